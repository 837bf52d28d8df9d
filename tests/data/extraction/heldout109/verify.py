#!/usr/bin/env python3
"""Self-check for the heldout109 extraction set (women political prisoners).

Usage:
  python3 verify.py                      check this directory, print ALL CHECKS PASSED or the problems
  python3 verify.py --dir DIR            check another copy of the set
  python3 verify.py --stats              also print the counts
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         `volia extract` output (used by check 4 through the scorer)

Only the standard library and the scorer module (score_claims.py, from $VOLIA_SCORER_DIR or
../../../../../shared/tools) are used. Nothing is written anywhere.
"""
import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    dirs = []
    if os.environ.get("VOLIA_SCORER_DIR"):
        dirs.append(os.environ["VOLIA_SCORER_DIR"])
    dirs.append(os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")))
    for d in dirs:
        if os.path.isfile(os.path.join(d, "score_claims.py")):
            sys.path.insert(0, d)
            import score_claims  # noqa: E402
            return score_claims
    sys.exit("verify.py: cannot find score_claims.py (set VOLIA_SCORER_DIR)")


SC = load_scorer()


# ---------------------------------------------------------------- reading

def read_report(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    header = lines[:3]
    body = "\n".join(lines[3:])
    return raw, header, body


def word_count(body):
    return len(body.split())


def tokens(body, lang):
    if lang == "be":
        pat = r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*"
    else:
        pat = r"[^\W\d_]+(?:-[^\W\d_]+)*"
    return re.findall(pat, body)


def capitalised(toks):
    return sorted({t for t in toks if t[:1].isupper()})


def letters(word):
    return re.sub(r"[^a-z]", "", SC.fold(word))


def valid_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision_of(d):
    if not d:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(d)]


def stems(d):
    return sorted(f[: -len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    for stem in stems(d):
        _, header, body = read_report(os.path.join(d, stem + ".txt"))
        if body != text:
            continue
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        persons = spell.get(stem, {}).get("persons", {})
        claims = []
        for c in gold["claims"]:
            person, evidence = None, None
            if c["person"]:
                forms = persons.get(c["person"], {}).get("surname_forms") or [c["person"].split()[-1]]
                mention = forms[0]
                start = body.find(mention)
                person = {"name": c["person"], "mention": mention, "person_id": None}
                if start >= 0:
                    evidence = {"start": start, "end": start + len(mention), "text": mention}
            claims.append({
                "type": c["type"], "person": person, "date": c["date"],
                "date_precision": precision_of(c["date"]),
                "destination_country": c["destination_country"],
                "term_months": c["term_months"], "count": c["count"],
                "confidence": 1.0, "evidence": evidence,
            })
        print(json.dumps({"published": published or header[0].strip(),
                          "language": lang or header[1].strip(), "claims": claims},
                         ensure_ascii=False))
        return 0
    print("oracle: no report of this set has that text", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

class Problems:
    def __init__(self):
        self.items = []

    def add(self, check, msg):
        self.items.append((check, msg))


def check_all(d):
    P = Problems()
    S = stems(d)
    reports = {}
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        P.add(2, f"spellings.json unreadable: {exc}")
        spell = {}

    # ---- 7: files, headers, split, words, dates
    expected = [f"{i:02d}" for i in range(1, 31)]
    if S != expected:
        P.add(7, f"reports are {S}, expected 01..30")
    allowed = {f"{s}.txt" for s in expected} | {f"{s}.gold.json" for s in expected} | {
        "spellings.json", "verify.py", "README.md"}
    extra = sorted(set(os.listdir(d)) - allowed)
    if extra:
        P.add(7, f"unexpected files in the set: {extra}")
    for stem in S:
        try:
            raw, header, body = read_report(os.path.join(d, stem + ".txt"))
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            P.add(7, f"{stem}: unreadable: {exc}")
            continue
        published, lang = header[0], header[1] if len(header) > 1 else ""
        if not valid_date(published) or len(published) != 10:
            P.add(7, f"{stem}: line 1 is not a date: {published!r}")
        elif not FIRST_DAY <= published <= LAST_DAY:
            P.add(7, f"{stem}: publication date {published} outside {FIRST_DAY}..{LAST_DAY}")
        if lang not in ("en", "ru", "be"):
            P.add(7, f"{stem}: line 2 is not a language: {lang!r}")
        elif LANG_OF.get(stem) and lang != LANG_OF[stem]:
            P.add(7, f"{stem}: language {lang}, the split wants {LANG_OF[stem]}")
        if len(header) < 3 or header[2] != "":
            P.add(7, f"{stem}: line 3 is not blank")
        if not body.split("\n")[0].strip():
            P.add(7, f"{stem}: no headline on line 4")
        wc = word_count(body)
        if not 150 <= wc <= 550:
            P.add(7, f"{stem}: {wc} words, outside 150..550")
        if gold.get("published") != published or gold.get("language") != lang:
            P.add(7, f"{stem}: gold header {gold.get('published')}/{gold.get('language')} "
                     f"differs from the text header {published}/{lang}")
        reports[stem] = {"published": published, "lang": lang, "body": body, "gold": gold,
                         "toks": tokens(body, lang)}
    langs = Counter(r["lang"] for r in reports.values())
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        P.add(7, f"language split {dict(langs)}, expected en 14 / ru 10 / be 6")

    # ---- 8: scripts
    for stem, r in reports.items():
        b, lang = r["body"], r["lang"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", b)))
            if bad:
                P.add(8, f"{stem}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", b) or not re.search(r"[іІ]", b):
                P.add(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", b)))
            if bad:
                P.add(8, f"{stem}: Russian text contains {bad}")
        elif lang == "en":
            if CYRILLIC.search(b):
                P.add(8, f"{stem}: English text contains Cyrillic")

    all_claims, all_traps = [], []
    for stem, r in reports.items():
        gold, body, toks = r["gold"], r["body"], r["toks"]
        caps = capitalised(toks)
        tokset = set(toks)
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        all_claims += claims
        all_traps += traps
        entry = spell.get(stem, {})
        persons = entry.get("persons", {}) if isinstance(entry, dict) else {}
        if entry and entry.get("language") != r["lang"]:
            P.add(2, f"{stem}: spellings language {entry.get('language')} != {r['lang']}")
        if not entry:
            P.add(2, f"{stem}: no spellings entry")

        # ---- 6: claim shape, dates, fields, implications
        for c in claims:
            if list(c.keys()) != CLAIM_FIELDS and set(c.keys()) != set(CLAIM_FIELDS):
                P.add(6, f"{stem}: claim fields {sorted(c.keys())}")
                continue
            t = c["type"]
            if t not in TYPES:
                P.add(6, f"{stem}: unknown claim type {t}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    P.add(6, f"{stem}: invalid date {c['date']!r} on {t} {c['person']}")
                elif c["date"] > r["published"][: len(c["date"])]:
                    P.add(6, f"{stem}: {t} {c['person']} dated {c['date']}, after publication")
            if (c["destination_country"] is not None) != (t == "deported"):
                P.add(6, f"{stem}: destination_country misplaced on {t} {c['person']}")
            if t == "deported" and c["destination_country"] not in ISO_ALPHA2:
                P.add(6, f"{stem}: deported {c['person']} to non-ISO {c['destination_country']!r}")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                 or c["term_months"] <= 0):
                P.add(6, f"{stem}: term_months misplaced or invalid on {t} {c['person']}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    P.add(6, f"{stem}: group_release with a person or keys")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    P.add(6, f"{stem}: group_release without a positive count")
            else:
                if c["count"] is not None:
                    P.add(6, f"{stem}: count on {t} {c['person']}")
                if not isinstance(c["person"], str) or not c["person"].strip():
                    P.add(6, f"{stem}: {t} without a person")
                if (not isinstance(c["surname_keys"], list) or not c["surname_keys"]
                        or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"])):
                    P.add(6, f"{stem}: bad surname_keys on {t} {c['person']}")
        people_by_type = {}
        for c in claims:
            people_by_type.setdefault(c["type"], []).append(c["person"])
        for c in claims:
            if c["type"] in ("deported", "pardoned") and c["person"] not in people_by_type.get("released", []):
                P.add(6, f"{stem}: {c['type']} {c['person']} without a released claim")

        # ---- 5 and 6: traps
        seen = set()
        for m in traps:
            if set(m.keys()) != set(TRAP_FIELDS):
                P.add(5, f"{stem}: trap fields {sorted(m.keys())}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                P.add(5, f"{stem}: trap type {m['type']!r} invalid")
            if m["kind"] not in KINDS:
                P.add(5, f"{stem}: trap kind {m['kind']!r} invalid")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                P.add(5, f"{stem}: trap {m['type']} {m['person']} without a reason")
            if (m["type"], m["person"]) in seen:
                P.add(5, f"{stem}: trap {m['type']} {m['person']} listed twice")
            seen.add((m["type"], m["person"]))
            sp = persons.get(m["person"])
            if not sp:
                P.add(5, f"{stem}: trap person {m['person']} missing from spellings.json")
                own = SC.keys_for(m["person"])
            else:
                own = sp.get("surname_keys", [])
            if not any(SC.key_matches_token(k, tok) for k in own for tok in toks):
                P.add(5, f"{stem}: trap person {m['person']} is not named in the text")
            for c in claims:
                if c["person"] is None:
                    continue
                same = SC.person_matches(c["person"], own, m["person"]) or c["person"] == m["person"]
                if c["type"] == m["type"]:
                    if SC.person_matches(c["person"], SC.keys_for(m["person"]), m["person"]) or same:
                        P.add(5, f"{stem}: gold {c['type']} {c['person']} matches trap {m['person']}")
                if m["type"] == "released" and c["type"] in ("released", "pardoned", "deported") and same:
                    P.add(6, f"{stem}: released trap on {m['person']} but gold {c['type']}")
                if m["type"] in ("pardoned", "deported") and c["type"] == m["type"] and same:
                    P.add(6, f"{stem}: {m['type']} trap on {m['person']} but gold {c['type']}")

        # ---- 1, 2, 3: persons and spellings
        named = {c["person"] for c in claims if c["person"]} | {m["person"] for m in traps}
        if set(persons) != named:
            P.add(2, f"{stem}: spellings persons {sorted(set(persons) ^ named)} differ from gold/trap persons")
        for c in claims:
            if not c["person"]:
                continue
            sp = persons.get(c["person"])
            if sp is None:
                P.add(1, f"{stem}: gold person {c['person']} has no spellings entry")
                continue
            if not any(SC.person_matches(tok, c["surname_keys"]) for tok in toks):
                P.add(1, f"{stem}: no token of the text matches gold person {c['person']}")
            if not SC.person_matches(c["person"], c["surname_keys"], c["person"]):
                P.add(1, f"{stem}: person_matches rejects {c['person']} with its own keys")
            if c["surname_keys"] != sp.get("surname_keys"):
                P.add(2, f"{stem}: keys of {c['type']} {c['person']} differ from spellings.json")
        for name, sp in persons.items():
            keys = sp.get("surname_keys", [])
            forms = sp.get("surname_forms", [])
            given = sp.get("given_forms", [])
            rels = sp.get("relatives", [])
            if not keys or not forms:
                P.add(2, f"{stem}: {name} has no keys or no surname forms")
            rel_forms = set()
            for rel in rels:
                rsp = persons.get(rel)
                if rsp is None:
                    P.add(2, f"{stem}: relative {rel} of {name} not in spellings")
                    continue
                rel_forms |= set(rsp.get("surname_forms", []))
                if name not in rsp.get("relatives", []):
                    P.add(2, f"{stem}: {name} -> {rel} is not linked back")
                if SC.person_matches(name, rsp.get("surname_keys", []), rel):
                    P.add(2, f"{stem}: person_matches takes {name} for relative {rel}")
                if SC.person_matches(rel, keys, name):
                    P.add(2, f"{stem}: person_matches takes relative {rel} for {name}")
            for f in forms:
                if not any(SC.key_matches_token(k, f) for k in keys):
                    P.add(2, f"{stem}: keys {keys} of {name} miss the spelling {f}")
            for tok in caps:
                if tok in forms or tok in rel_forms:
                    continue
                if any(SC.key_matches_token(k, tok) for k in keys):
                    P.add(2, f"{stem}: keys {keys} of {name} also match {tok!r}")
            for other, osp in persons.items():
                if other == name or other in rels:
                    continue
                if any(SC.key_matches_token(k, f) for k in keys for f in osp.get("surname_forms", [])):
                    P.add(2, f"{stem}: {name} and {other} share a surname but are not linked as relatives")
            for f in forms + given:
                if f not in tokset:
                    P.add(3, f"{stem}: listed spelling {f!r} of {name} does not occur in the text")
            prefixes = {letters(f)[:4] for f in forms if len(letters(f)) >= 4}
            for tok in caps:
                if letters(tok)[:4] in prefixes and tok not in forms and tok not in rel_forms:
                    P.add(3, f"{stem}: {tok!r} shares a prefix with {name}'s surname but is not listed")
            if name not in named:
                continue
            if not any(g in tokset for g in given) and len(name.split()) > 1:
                P.add(3, f"{stem}: no given-name form of {name} listed")

    # ---- 8: coverage and share
    ctypes = Counter(c.get("type") for c in all_claims)
    kinds = Counter(m.get("kind") for m in all_traps)
    for t in TYPES:
        if not ctypes[t]:
            P.add(8, f"no gold claim of type {t}")
    for k in KINDS:
        if not kinds[k]:
            P.add(8, f"no trap of kind {k}")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        P.add(8, f"traps are {share:.1%} of all entries, outside 25-30 %")

    # ---- 4: oracle through the scorer
    if reports:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        try:
            res = SC.score(d, cmd, 120)
        except Exception as exc:  # noqa: BLE001
            P.add(4, f"scorer failed: {exc}")
            res = None
        if res:
            a = res["attributes"]
            ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
                  and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
                  and a.get("date_ok", 0) == a.get("date_total", 0)
                  and a.get("dest_ok", 0) == a.get("dest_total", 0)
                  and a.get("term_ok", 0) == a.get("term_total", 0))
            if not ok:
                P.add(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
                         f"violations={res['violations']} errors={res['errors']} "
                         f"articles={res['articles']} attributes={a} {res['details'][:5]}")
    return P, reports, all_claims, all_traps


def print_stats(reports, claims, traps):
    print("report  date        lang  words  claims  traps")
    tw = 0
    for stem, r in sorted(reports.items()):
        wc = word_count(r["body"])
        tw += wc
        print(f"{stem}      {r['published']}  {r['lang']}    {wc:5d}  {len(r['gold']['claims']):6d}  "
              f"{len(r['gold']['must_not']):5d}")
    print(f"reports {len(reports)}, words {tw}")
    print("claims by type:")
    ct = Counter(c["type"] for c in claims)
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print("traps by kind:")
    kt = Counter(m["kind"] for m in traps)
    for k in KINDS:
        print(f"  {k:26} {kt[k]}")
    total = len(claims) + len(traps)
    print(f"claims {len(claims)}, traps {len(traps)}, trap share {len(traps) / total:.1%}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(d, args.oracle, args.published, args.lang)
    P, reports, claims, traps = check_all(d)
    if args.stats:
        print_stats(reports, claims, traps)
    for check, msg in sorted(P.items, key=lambda x: x[0]):
        print(f"CHECK {check} FAILED: {msg}")
    if P.items:
        fired = sorted({c for c, _ in P.items})
        print(f"{len(P.items)} problem(s); checks failing: {fired}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
