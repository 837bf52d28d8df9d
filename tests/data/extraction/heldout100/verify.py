#!/usr/bin/env python3
"""Self-check of the heldout100 extraction evaluation set.

  python3 verify.py                 run all checks, print ALL CHECKS PASSED or the failures
  python3 verify.py --stats         also print counts (claims by type, traps by kind, words)
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is in FILE as
                                    `volia extract` output (used by check 4 through the scorer)

Needs only the standard library and shared/tools/score_claims.py, found through
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
"""
import argparse
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def load(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", name)
        if not m:
            continue
        raw = open(os.path.join(d, name), encoding="utf-8").read().split("\n")
        gpath = os.path.join(d, m.group(1) + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[m.group(1)] = {"raw": raw, "gold": gold, "body": "\n".join(raw[3:])}
    spath = os.path.join(d, "spellings.json")
    spell = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    return reports, spell


def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, _ = load(d)
    for stem, r in reports.items():
        if r["body"] == text:
            gold = r["gold"]
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 1
    claims = []
    for g in gold["claims"]:
        date = g.get("date")
        prec = {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown") if date else "unknown"
        person = None
        if g.get("person"):
            person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": date, "date_precision": prec,
                       "destination_country": g.get("destination_country"),
                       "term_months": g.get("term_months"), "count": g.get("count"),
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False))
    return 0


def check(d, stats):
    fails = []
    reports, spell = load(d)

    def fail(n, msg):
        fails.append(f"[{n}] {msg}")

    type_count, kind_count, lang_count, words = Counter(), Counter(), Counter(), {}
    n_claims = n_traps = 0
    # 7. headers, lengths, split, dates
    expected = {f"{i:02d}": lang for lang, rng in SPLIT.items() for i in rng}
    if sorted(reports) != sorted(expected):
        fail(7, f"reports present {sorted(reports)} != 01..30")
    for stem, r in reports.items():
        raw, gold = r["raw"], r["gold"]
        pub, lang = raw[0].strip(), raw[1].strip() if len(raw) > 1 else ""
        if not valid_date(pub) or len(pub) != 10:
            fail(7, f"{stem}: bad publication date {pub!r}")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            fail(7, f"{stem}: publication date {pub} outside {PUB_MIN}..{PUB_MAX}")
        if lang not in SPLIT:
            fail(7, f"{stem}: bad language {lang!r}")
        elif expected.get(stem) != lang:
            fail(7, f"{stem}: language {lang} breaks the 14/10/6 split")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            fail(7, f"{stem}: header must be date, language, blank line, headline")
        nw = len(r["body"].split())
        words[stem] = nw
        if not 150 <= nw <= 550:
            fail(7, f"{stem}: {nw} words, outside 150..550")
        lang_count[lang] += 1
        if gold is None:
            fail(7, f"{stem}: missing gold")
            continue
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(7, f"{stem}: gold published/language differ from header")
        # 8. scripts
        body = r["body"]
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", body):
                fail(8, f"{stem}: Belarusian text contains и/щ/ъ")
            if "ў" not in body.lower() or "і" not in body.lower():
                fail(8, f"{stem}: Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўіЎІ]", body):
            fail(8, f"{stem}: Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            fail(8, f"{stem}: English text contains Cyrillic")

    for stem, r in reports.items():
        gold = r["gold"]
        if gold is None:
            continue
        lang = r["raw"][1].strip()
        pub = r["raw"][0].strip()
        toks = tokens(r["body"], lang)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        sp = spell.get(stem)
        if sp is None:
            fail(2, f"{stem}: no spellings entry")
            sp = {"language": lang, "persons": []}
        if sp.get("language") != lang:
            fail(2, f"{stem}: spellings language {sp.get('language')} != {lang}")
        persons = {p["person"]: p for p in sp["persons"]}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {t["person"] for t in traps}
        for name in gold_people | trap_people:
            if name not in persons:
                fail(2, f"{stem}: {name} missing from spellings.json")
        for name in persons:
            if name not in gold_people | trap_people:
                fail(2, f"{stem}: spellings.json lists {name}, who is in no claim or trap")
        listed_all = set()
        for p in persons.values():
            listed_all |= set(p["surname_forms"]) | set(p["given_forms"])
        surname_all = {f for p in persons.values() for f in p["surname_forms"]}

        # 1. gold persons are named in the text and accept their own name
        for name in gold_people:
            keys = persons.get(name, {}).get("surname_keys", [])
            if not any(sc.person_matches(t, keys) for t in tokset):
                fail(1, f"{stem}: no token of the report matches {name} with keys {keys}")
            if not sc.person_matches(name, keys, name):
                fail(1, f"{stem}: person_matches rejects {name} with its own keys")

        for name, p in persons.items():
            keys = p["surname_keys"]
            if not keys or any(k != k.lower() or not re.match(r"^[a-z]+$", k) for k in keys):
                fail(2, f"{stem}: {name}: keys must be lower-case folded Latin: {keys}")
            # 2. keys match every listed surname spelling, and no other capitalised word
            for f in p["surname_forms"]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {name} miss listed spelling {f}")
            allowed = set(p["surname_forms"])
            for rel in p["relatives"]:
                if rel not in persons:
                    fail(2, f"{stem}: relative {rel} of {name} not in spellings")
                    continue
                allowed |= set(persons[rel]["surname_forms"])
                if name not in persons[rel]["relatives"]:
                    fail(2, f"{stem}: relative link {name} -> {rel} is one-way")
                rk = persons[rel]["surname_keys"]
                if sc.person_matches(rel, keys, name):
                    fail(2, f"{stem}: person_matches takes relative {rel} for {name}")
                if sc.person_matches(name, rk, rel):
                    fail(2, f"{stem}: person_matches takes {name} for relative {rel}")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {name} also match unrelated word {t}")
            # 3. listed spellings occur
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tokset:
                    fail(3, f"{stem}: listed spelling {f} of {name} does not occur in the text")
        # 3. every capitalised token sharing a 4-letter prefix with a surname spelling is listed
        prefixes = {folded(f)[:4] for f in surname_all if len(folded(f)) >= 4}
        for t in caps:
            if folded(t)[:4] in prefixes and t not in listed_all:
                fail(3, f"{stem}: capitalised token {t} shares a prefix with a listed surname "
                        "but is not listed")
        # gold keys equal spellings keys; field discipline
        for c in claims:
            if list(c.keys()) != FIELDS and set(c.keys()) != set(FIELDS):
                fail(6, f"{stem}: claim fields {sorted(c.keys())}")
            t = c.get("type")
            if t not in TYPES:
                fail(6, f"{stem}: unknown type {t}")
                continue
            type_count[t] += 1
            name = c.get("person")
            if t == "group_release":
                if name is not None or c.get("surname_keys"):
                    fail(6, f"{stem}: group_release must have a null person and no keys")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(6, f"{stem}: group_release needs a positive count")
            else:
                if not name:
                    fail(6, f"{stem}: {t} without a person")
                elif name in persons and c.get("surname_keys") != persons[name]["surname_keys"]:
                    fail(2, f"{stem}: gold keys of {name} differ from spellings.json")
                if c.get("count") is not None:
                    fail(6, f"{stem}: count on {t}")
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    fail(6, f"{stem}: deported {name} without an ISO country")
                if not any(o["type"] == "released" and o.get("person") == name for o in claims):
                    fail(6, f"{stem}: deported {name} without released")
            elif c.get("destination_country") is not None:
                fail(6, f"{stem}: destination_country on {t}")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(6, f"{stem}: bad term {tm}")
            elif c.get("term_months") is not None:
                fail(6, f"{stem}: term_months on {t}")
            if t == "pardoned" and not any(o["type"] == "released" and o.get("person") == name
                                           for o in claims):
                fail(6, f"{stem}: pardoned {name} without released")
            dt = c.get("date")
            if dt is not None:
                if not isinstance(dt, str) or not valid_date(dt):
                    fail(6, f"{stem}: invalid date {dt!r}")
                elif dt > pub[:len(dt)]:
                    fail(6, f"{stem}: date {dt} after publication {pub}")
        # 5. traps
        seen = set()
        for m in traps:
            t, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES or t == "group_release":
                fail(5, f"{stem}: trap type {t}")
            if kind not in KINDS:
                fail(5, f"{stem}: trap kind {kind}")
            else:
                kind_count[kind] += 1
            if not isinstance(why, str) or len(why.strip()) < 5:
                fail(5, f"{stem}: trap on {name} lacks a why")
            if (t, name) in seen:
                fail(5, f"{stem}: trap {t} {name} listed twice")
            seen.add((t, name))
            own = persons.get(name, {}).get("surname_keys", [])
            kf = sc.keys_for(name or "")
            if not any(sc.person_matches(tok, kf) or sc.person_matches(tok, own) for tok in tokset):
                fail(5, f"{stem}: trap person {name} is not named in the text")
            for c in claims:
                if c["type"] != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], kf, name) or (own and sc.person_matches(c["person"], own, name)):
                    fail(5, f"{stem}: trap {t} {name} is matched by gold claim of {c['person']}")
            # 6. trap/gold exclusions
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(t, set())
            for c in claims:
                if c["type"] in excl and c.get("person") == name:
                    fail(6, f"{stem}: {t} trap on {name} but gold has {c['type']} for them")

    # 8. coverage and trap share
    for t in TYPES:
        if not type_count[t]:
            fail(8, f"type {t} never appears in gold")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, f"trap kind {k} never appears")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        fail(8, f"traps are {share:.3f} of all entries, outside 25-30 %")

    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        fail(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
                f"violations={res['violations']} errors={res['errors']} "
                f"articles={res['articles']} attributes={a} details={res['details'][:5]}")

    if stats:
        print(f"reports: {len(reports)}  languages: {dict(lang_count)}")
        print(f"claims: {n_claims}  traps: {n_traps}  trap share: {share:.3f}")
        print("claims by type: " + ", ".join(f"{t}={type_count[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k}={kind_count[k]}" for k in KINDS))
        wl = {lang: sum(words[s] for s in words if reports[s]["raw"][1].strip() == lang)
              for lang in SPLIT}
        print(f"words: total={sum(words.values())} min={min(words.values())} "
              f"max={max(words.values())} by language={wl}")
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} attributes={a}")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    fails = check(args.dir, args.stats)
    for f in fails:
        print("FAIL", f)
    if fails:
        print(f"{len(fails)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
