#!/usr/bin/env python3
"""Consistency checks for the heldout65 extraction evaluation set.

Usage:
  python3 verify.py                      run every check, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         `volia extract` output (used by check 4)

The graders' scorer is imported from $VOLIA_SCORER_DIR or ../../../../../shared/tools relative
to this file. Nothing is written into the scorer's folder.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        raw, body = read_report(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                d = c.get("date")
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                person = None if c["person"] is None else {
                    "name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": d,
                               "date_precision": prec,
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("no report matches", file=sys.stderr)
    return 1


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    errors = []
    err = errors.append
    all_stems = stems()
    expected = [f"{i:02d}" for i in range(1, 31)]
    if all_stems != expected:
        err(f"gold files are {all_stems}, expected 01..30")
    expected_files = {f"{s}.txt" for s in expected} | {f"{s}.gold.json" for s in expected} | {
        "spellings.json", "verify.py", "README.md"}
    actual = {f for f in os.listdir(HERE) if not f.startswith(".") and f != "__pycache__"}
    if actual != expected_files:
        err(f"folder contents differ: extra {sorted(actual - expected_files)}, "
            f"missing {sorted(expected_files - actual)}")
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = {"en": 0, "ru": 0, "be": 0}
    types_seen, kinds_seen = set(), set()
    n_claims = n_traps = 0
    for stem in all_stems:
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        raw, body = read_report(stem)
        # 7. headers, body length, publication date
        pub, lang = raw[0].strip(), raw[1].strip()
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub) or not valid_date(pub):
            err(f"{stem}: bad date line {pub!r}")
            continue
        if lang not in langs:
            err(f"{stem}: bad language line {lang!r}")
            continue
        langs[lang] += 1
        if raw[2].strip() != "":
            err(f"{stem}: line 3 is not blank")
        if not (PUB_MIN <= pub <= PUB_MAX):
            err(f"{stem}: publication date {pub} out of range")
        words = len(body.split())
        if not 150 <= words <= 550:
            err(f"{stem}: body has {words} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"{stem}: gold published/language differ from the header")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            err(f"{stem}: gold keys {sorted(gold)}")
        # 8. Belarusian orthography
        if lang == "be":
            low = body.lower()
            if "ў" not in low or "і" not in low:
                err(f"{stem}: Belarusian text lacks ў or і")
            for ch in "ищъ":
                if ch in low:
                    err(f"{stem}: Belarusian text contains {ch}")
        toks = TOKEN.findall(body)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[0].isupper()})
        sp = spellings.get(stem)
        if sp is None:
            err(f"{stem}: no spellings entry")
            continue
        by_name = {e["name"]: e for e in sp}
        if len(by_name) != len(sp):
            err(f"{stem}: duplicate names in spellings")
        listed = set()
        for e in sp:
            listed |= set(e["surname_forms"]) | set(e["given_forms"])
        listed4 = {fold(f)[:4] for f in listed if len(re.sub(r"[^a-z]", "", fold(f))) >= 4}
        # 2. and 3. spellings
        for e in sp:
            keys = e["surname_keys"]
            if not keys or not e["surname_forms"]:
                err(f"{stem}: {e['name']}: no keys or no surname forms")
                continue
            for f in e["surname_forms"] + e["given_forms"]:
                if f not in tokset:
                    err(f"{stem}: {e['name']}: listed spelling {f!r} does not occur")
            for f in e["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    err(f"{stem}: {e['name']}: keys {keys} do not match spelling {f!r}")
            allowed = set(e["surname_forms"])
            for r in e["relatives_sharing_surname"]:
                if r not in by_name:
                    err(f"{stem}: {e['name']}: relative {r!r} not in spellings")
                    continue
                allowed |= set(by_name[r]["surname_forms"])
            for t in caps:
                if t in allowed:
                    continue
                if any(key_matches_token(k, t) for k in keys):
                    err(f"{stem}: {e['name']}: keys {keys} also match other word {t!r}")
        for t in caps:
            ft = fold(t)
            if len(re.sub(r"[^a-z]", "", ft)) >= 4 and ft[:4] in listed4 and t not in listed:
                err(f"{stem}: capitalised {t!r} shares a prefix with a listed spelling but is not listed")
        # 1. gold persons
        claims = gold["claims"]
        for c in claims:
            n_claims += 1
            if set(c) != CLAIM_FIELDS:
                err(f"{stem}: claim fields {sorted(c)}")
                continue
            if c["type"] not in TYPES:
                err(f"{stem}: bad type {c['type']}")
                continue
            types_seen.add(c["type"])
            # 6. attributes
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    err(f"{stem}: bad date {c['date']}")
                elif c["date"] > pub[: len(c["date"])]:
                    err(f"{stem}: date {c['date']} after publication {pub}")
            if c["type"] != "sentenced" and c["term_months"] is not None:
                err(f"{stem}: term_months on {c['type']}")
            if c["type"] == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{stem}: bad term_months {c['term_months']}")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO2:
                    err(f"{stem}: deported {c['person']} without ISO country")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                    err(f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(f"{stem}: destination_country on {c['type']}")
            if c["type"] == "pardoned" and not any(
                    o["type"] == "released" and o["person"] == c["person"] for o in claims):
                err(f"{stem}: pardoned {c['person']} without released")
            if c["type"] == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["count"] < 2:
                    err(f"{stem}: bad group_release {c}")
                continue
            if c["count"] is not None:
                err(f"{stem}: count on {c['type']}")
            name, keys = c["person"], c["surname_keys"]
            if not name or not keys:
                err(f"{stem}: claim without person or keys: {c}")
                continue
            if name not in by_name:
                err(f"{stem}: gold person {name!r} not in spellings")
            elif by_name[name]["surname_keys"] != keys:
                err(f"{stem}: keys of {name!r} differ from spellings")
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                err(f"{stem}: {name!r} not matched by any token of the report")
            if not person_matches(name, keys, name):
                err(f"{stem}: {name!r} does not pass person_matches with its own keys")
        # 5. and 6. traps
        for m in gold["must_not"]:
            n_traps += 1
            if set(m) != {"type", "person", "why", "kind"} or m["kind"] not in KINDS or not m["why"]:
                err(f"{stem}: bad must_not entry {m}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                err(f"{stem}: bad must_not type {m['type']}")
            kinds_seen.add(m["kind"])
            e = by_name.get(m["person"])
            if e is None:
                err(f"{stem}: must_not person {m['person']!r} not in spellings")
            elif not any(key_matches_token(k, t) for k in e["surname_keys"] for t in toks):
                err(f"{stem}: must_not person {m['person']!r} not named in the text")
            if not any(key_matches_token(k, t) for k in keys_for(m["person"]) for t in toks):
                err(f"{stem}: must_not person {m['person']!r}: scorer key {keys_for(m['person'])} "
                    f"matches no token")
            for c in claims:
                if c["person"] is None:
                    continue
                hit = person_matches(c["person"], keys_for(m["person"]), m["person"])
                if c["type"] == m["type"] and hit:
                    err(f"{stem}: must_not {m['type']} {m['person']} matched by gold {c['person']}")
                if m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and hit:
                    err(f"{stem}: release trap on {m['person']} but gold {c['type']} {c['person']}")
    for lg, n in LANG_SPLIT.items():
        if langs[lg] != n:
            err(f"language split: {lg}={langs[lg]}, expected {n}")
    missing = set(TYPES) - types_seen
    if missing:
        err(f"event types not covered: {sorted(missing)}")
    # 4. oracle through the graders' scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 60)
    a = res["attributes"]
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
          and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
          and a.get("date_ok", 0) == a.get("date_total", 0)
          and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0))
    if not ok:
        err(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"violations={res['violations']} errors={res['errors']} attributes={a} "
            f"details={res['details'][:10]}")
    print(f"reports={len(all_stems)} languages={langs} claims={n_claims} must_not={n_traps} "
          f"trap_share={n_traps / max(n_claims + n_traps, 1):.2f}")
    print(f"event types covered: {len(types_seen)}/14; trap kinds used: {len(kinds_seen)}/13")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} attributes={a}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
