#!/usr/bin/env python3
"""Self-check for the heldout99 extraction evaluation set.

  python3 verify.py                  run every check on this folder
  python3 verify.py --dir DIR        run the checks on another copy
  python3 verify.py --stats          print counts (claims by type, traps by kind, languages, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                     print the gold of the report whose text is FILE as
                                     extractor output (the JSON shape of shared/docs/domain.md)

Needs only the standard library and the scorer module score_claims.py, taken from
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
"""
import argparse
import calendar
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
EXPECT_LANG = {**{f"{i:02d}": "en" for i in range(1, 15)},
               **{f"{i:02d}": "ru" for i in range(15, 25)},
               **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
FIELD_OF = {"deported": "destination_country", "sentenced": "term_months", "group_release": "count"}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
            out.extend(x for x in re.split(r"['’]", t) if x)
        else:
            out.append(t)
    return out


def capitalised(text, lang):
    return {t for t in tokens(text, lang) if t[:1].isupper()}


def fold4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        return False
    return True


def load(d):
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))
    reports = {}
    for s in stems:
        pub, lang, blank, body = read_report(os.path.join(d, s + ".txt"))
        gold = json.load(open(os.path.join(d, s + ".gold.json"), encoding="utf-8"))
        reports[s] = dict(pub=pub, lang=lang, blank=blank, body=body, gold=gold)
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return reports, spell


def oracle(d, fname, published, lang):
    text = open(fname, encoding="utf-8").read()
    reports, _ = load(d)
    for s, r in reports.items():
        if r["body"].strip() == text.strip():
            claims = []
            for g in r["gold"]["claims"]:
                d_ = g["date"]
                prec = {4: "year", 7: "month", 10: "day"}.get(len(d_ or ""), None)
                person = None if g["person"] is None else {
                    "name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": d_,
                               "date_precision": prec,
                               "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or r["pub"], "language": lang or r["lang"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("no report with this text", file=sys.stderr)
    return 1


def check(d, problems):
    def bad(msg):
        problems.append(msg)

    reports, spell = load(d)
    all_claims, all_traps = [], []
    langs = Counter()
    for s, r in reports.items():
        pub, lang, body, gold = r["pub"], r["lang"], r["body"], r["gold"]
        # 7. header, words, split, dates
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
            bad(f"{s}: bad publication date {pub!r}")
        if not FIRST_DAY <= pub <= LAST_DAY:
            bad(f"{s}: publication date {pub} outside {FIRST_DAY}..{LAST_DAY}")
        if lang not in ("en", "ru", "be"):
            bad(f"{s}: bad language {lang!r}")
        if r["blank"].strip():
            bad(f"{s}: line 3 is not blank")
        if EXPECT_LANG.get(s) != lang:
            bad(f"{s}: language {lang} breaks the 14/10/6 split (expected {EXPECT_LANG.get(s)})")
        if gold.get("published") != pub or gold.get("language") != lang:
            bad(f"{s}: gold header differs from the report header")
        words = len(body.split())
        if not 150 <= words <= 550:
            bad(f"{s}: {words} words, outside 150..550")
        langs[lang] += 1
        # 8. script
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", body):
                bad(f"{s}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                bad(f"{s}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                bad(f"{s}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04ff]", body):
                bad(f"{s}: English text contains Cyrillic")

        sp = spell.get(s)
        if not sp or sp.get("language") != lang:
            bad(f"{s}: spellings.json entry missing or wrong language")
            continue
        persons = {p["person"]: p for p in sp["persons"]}
        toks = tokens(body, lang)
        tokset = set(toks)
        caps = capitalised(body, lang)
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        all_claims += claims
        all_traps += traps
        named = {c["person"] for c in claims if c.get("person")} | {t["person"] for t in traps}
        for n in named:
            if n not in persons:
                bad(f"{s}: {n} has no spellings.json entry")
        # 2 + 3. spellings
        for name, p in persons.items():
            keys = p["surname_keys"]
            rel_forms = set()
            for rel in p["relatives"]:
                if rel not in persons:
                    bad(f"{s}: relative {rel} of {name} has no entry")
                    continue
                if name not in persons[rel]["relatives"]:
                    bad(f"{s}: relative link {name} -> {rel} is one-way")
                rel_forms |= set(persons[rel]["surname_forms"])
                if sc.person_matches(rel, keys, name):
                    bad(f"{s}: relative {rel} is accepted as {name}")
                if sc.person_matches(name, persons[rel]["surname_keys"], rel):
                    bad(f"{s}: {name} is accepted as relative {rel}")
            own = set(p["surname_forms"])
            for f in p["surname_forms"]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    bad(f"{s}: keys {keys} of {name} miss listed form {f}")
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tokset:
                    bad(f"{s}: listed form {f} of {name} does not occur in the text")
            for t in caps - own - rel_forms:
                if any(sc.key_matches_token(k, t) for k in keys):
                    bad(f"{s}: keys {keys} of {name} also match unlisted word {t}")
            prefixes = {fold4(f) for f in own}
            for t in caps - own - rel_forms:
                if fold4(t) in prefixes and len(fold4(t)) == 4:
                    bad(f"{s}: word {t} shares a prefix with {name}'s surname but is not listed")
        # 1. gold persons
        for c in claims:
            n = c.get("person")
            if not n:
                continue
            if n in persons and c["surname_keys"] != persons[n]["surname_keys"]:
                bad(f"{s}: gold keys of {n} differ from spellings.json")
            if not any(sc.person_matches(t, c["surname_keys"]) for t in toks):
                bad(f"{s}: no token of the text matches gold person {n}")
            if not sc.person_matches(n, c["surname_keys"], n):
                bad(f"{s}: person_matches rejects {n} with its own keys")
        # 6. claim fields and dates
        byp = {}
        for c in claims:
            byp.setdefault(c.get("person"), set()).add(c["type"])
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                bad(f"{s}: unknown type {t}")
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                bad(f"{s}: claim fields {sorted(c)}")
            if not valid_date(c.get("date")):
                bad(f"{s}: invalid date {c.get('date')!r}")
            elif c.get("date") and c["date"] > pub[:len(c["date"])]:
                bad(f"{s}: date {c['date']} after publication {pub}")
            for fld in ("destination_country", "term_months", "count"):
                if c.get(fld) is not None and FIELD_OF.get(t) != fld:
                    bad(f"{s}: {fld} set on {t}")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    bad(f"{s}: deported {c['person']} without ISO country")
                if "released" not in byp[c["person"]]:
                    bad(f"{s}: deported {c['person']} without released")
            if t == "pardoned" and "released" not in byp[c["person"]]:
                bad(f"{s}: pardoned {c['person']} without released")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    bad(f"{s}: group_release needs null person and positive count")
            elif not c.get("person"):
                bad(f"{s}: {t} without person")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                bad(f"{s}: bad term {c['term_months']}")
        # 5. traps
        seen = set()
        for m in traps:
            t, n, k, w = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES:
                bad(f"{s}: trap type {t}")
            if k not in KINDS:
                bad(f"{s}: trap kind {k}")
            if not isinstance(w, str) or not w.strip():
                bad(f"{s}: trap without why")
            if set(m) != {"type", "person", "why", "kind"}:
                bad(f"{s}: trap fields {sorted(m)}")
            if (t, n) in seen:
                bad(f"{s}: trap {t} {n} listed twice")
            seen.add((t, n))
            own_keys = persons[n]["surname_keys"] if n in persons else sc.keys_for(n)
            if not any(sc.person_matches(tok, own_keys) for tok in toks):
                bad(f"{s}: trap person {n} not named in the text")
            for c in claims:
                if c["type"] != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(n), n) or \
                        sc.person_matches(c["person"], own_keys, n):
                    bad(f"{s}: trap {t} {n} is matched by gold claim for {c['person']}")
            mine = byp.get(n, set())
            if t == "released" and mine & {"released", "pardoned", "deported"}:
                bad(f"{s}: released trap on {n} but gold has {sorted(mine)}")
            if t in ("pardoned", "deported") and t in mine:
                bad(f"{s}: {t} trap on {n} contradicts gold")
    # 7/8. set-wide
    if len(reports) != 30 or sorted(reports) != sorted(EXPECT_LANG):
        bad(f"expected reports 01..30, found {len(reports)}")
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        bad(f"language split {dict(langs)} is not 14/10/6")
    missing = set(TYPES) - {c["type"] for c in all_claims}
    if missing:
        bad(f"types missing from gold: {sorted(missing)}")
    missing = set(KINDS) - {m.get("kind") for m in all_traps}
    if missing:
        bad(f"trap kinds missing: {sorted(missing)}")
    share = len(all_traps) / max(1, len(all_traps) + len(all_claims))
    if not 0.25 <= share <= 0.30:
        bad(f"trap share {share:.3f} outside 0.25..0.30")
    # 4. oracle through the scorer
    if True:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
                and res["errors"] == 0 and res["articles"] == 30
                and a.get("date_ok", 0) == a.get("date_total", 0)
                and a.get("dest_ok", 0) == a.get("dest_total", 0)
                and a.get("term_ok", 0) == a.get("term_total", 0)):
            bad(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
                f"violations={res['violations']} errors={res['errors']} attributes={a} "
                f"details={res['details'][:10]}")
    return reports, all_claims, all_traps


def stats(d):
    reports, spell = load(d)
    claims = [c for r in reports.values() for c in r["gold"]["claims"]]
    traps = [m for r in reports.values() for m in r["gold"]["must_not"]]
    words = {s: len(r["body"].split()) for s, r in reports.items()}
    print(f"reports: {len(reports)}  languages: {dict(Counter(r['lang'] for r in reports.values()))}")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    for lang in ("en", "ru", "be"):
        w = [words[s] for s, r in reports.items() if r["lang"] == lang]
        print(f"  {lang}: {sum(w)} words in {len(w)} reports")
    print(f"claims: {len(claims)}")
    for t, n in sorted(Counter(c["type"] for c in claims).items(), key=lambda kv: TYPES.index(kv[0])):
        print(f"  {t:26} {n}")
    print(f"traps: {len(traps)}  share {len(traps) / (len(traps) + len(claims)):.3f}")
    for k, n in sorted(Counter(m["kind"] for m in traps).items(), key=lambda kv: KINDS.index(kv[0])):
        print(f"  {k:26} {n}")
    print(f"persons in spellings.json: {sum(len(v['persons']) for v in spell.values())}")
    dated = Counter(len(c["date"]) if c["date"] else 0 for c in claims)
    print(f"claim dates: day {dated[10]}, month {dated[7]}, year {dated[4]}, null {dated[0]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    if args.stats:
        stats(args.dir)
        return 0
    problems = []
    check(args.dir, problems)
    for p in problems:
        print("FAIL", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
