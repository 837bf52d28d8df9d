#!/usr/bin/env python3
"""Consistency checks for the heldout68 extraction evaluation set.

Usage:
  python3 verify.py                      run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose body is FILE as
                                         extractor output (used by check 4 through the scorer)

The graders' scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools
relative to this file. Nothing is written into the scorer's folder.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
WORD = re.compile(r"[^\W\d_]+(?:[-’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EXPECTED_LANGS = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def stems():
    return sorted(f[: -len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        _, pub, lang, body = read_report(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                d = g.get("date")
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                claims.append({"type": g["type"],
                               "person": None if g["person"] is None else
                               {"name": g["person"], "mention": g["person"], "person_id": None},
                               "date": d, "date_precision": prec,
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": pub, "language": lang, "claims": claims}, ensure_ascii=False))
            return 0
    print("no matching report", file=sys.stderr)
    return 1


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def main():
    errors = []
    fail = errors.append
    all_stems = stems()
    expected = [f"{i:02d}" for i in range(1, 31)]
    if all_stems != expected:
        fail(f"gold files are {all_stems}, expected 01..30")
    allowed = {f"{s}.txt" for s in expected} | {f"{s}.gold.json" for s in expected} | {
        "spellings.json", "verify.py", "README.md"}
    extra = sorted(set(os.listdir(HERE)) - allowed)
    if extra:
        fail(f"unexpected files in folder: {extra}")
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    if sorted(spell) != all_stems:
        fail("spellings.json does not cover exactly the reports")
    langs = {}
    types_seen, kinds_seen = set(), set()
    n_claims = n_traps = 0
    for stem in all_stems:
        raw, pub, lang, body = read_report(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        # 7. headers, lengths, dates
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub) or not valid_date(pub):
            fail(f"{stem}: bad publication date line {pub!r}")
        if not (PUB_MIN <= pub <= PUB_MAX):
            fail(f"{stem}: publication date {pub} out of range")
        if lang not in EXPECTED_LANGS:
            fail(f"{stem}: bad language line {lang!r}")
        if len(raw) < 4 or raw[2].strip() != "":
            fail(f"{stem}: line 3 must be blank")
        langs[lang] = langs.get(lang, 0) + 1
        words = len(body.split())
        if not 150 <= words <= 550:
            fail(f"{stem}: body has {words} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{stem}: gold published/language differ from header")
        # 8. Belarusian orthography
        if lang == "be":
            low = body.lower()
            if "ў" not in low or "і" not in low:
                fail(f"{stem}: Belarusian text lacks ў or і")
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                fail(f"{stem}: Belarusian text contains {bad}")
        tokens = WORD.findall(body)
        caps = sorted(set(t for t in tokens if t[0].isupper() and len(t) > 1))
        people = {p["name"]: p for p in spell.get(stem, [])}
        listed = set()
        for p in people.values():
            listed |= set(p["surname_forms"]) | set(p["given_forms"])
        # 2 and 3. spellings
        for name, p in people.items():
            keys = p["surname_keys"]
            if not keys or any(k != k.lower() for k in keys):
                fail(f"{stem}: {name}: surname keys must be non-empty lower case")
            if not p["surname_forms"]:
                fail(f"{stem}: {name}: no surname forms listed")
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tokens:
                    fail(f"{stem}: {name}: listed spelling {f!r} does not occur")
            for f in p["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    fail(f"{stem}: {name}: keys {keys} miss spelling {f!r}")
            rel_forms = set()
            for r in p["relatives_sharing_surname"]:
                if r not in people:
                    fail(f"{stem}: {name}: relative {r!r} not listed as a person")
                else:
                    rel_forms |= set(people[r]["surname_forms"])
            own = set(p["surname_forms"]) | rel_forms
            for t in caps:
                if t not in own and any(key_matches_token(k, t) for k in keys):
                    fail(f"{stem}: {name}: keys {keys} also match unrelated word {t!r}")
            for f in p["surname_forms"]:
                pre = fold(f)[:4]
                for t in caps:
                    if len(fold(t)) >= 4 and fold(t)[:4] == pre and t not in listed:
                        fail(f"{stem}: {name}: capitalised {t!r} shares prefix with {f!r} but is not listed")
        # 1. gold persons
        claims = gold.get("claims", [])
        must = gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(must)
        for c in claims:
            for fld in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if fld not in c:
                    fail(f"{stem}: claim lacks field {fld}: {c}")
            t = c.get("type")
            if t not in TYPES:
                fail(f"{stem}: unknown type {t}")
                continue
            types_seen.add(t)
            person = c.get("person")
            if t == "group_release":
                if person is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(f"{stem}: group_release needs null person and a positive count")
            else:
                if not person:
                    fail(f"{stem}: {t} claim without person")
                    continue
                keys = c.get("surname_keys") or []
                if person not in people:
                    fail(f"{stem}: gold person {person!r} missing from spellings.json")
                elif people[person]["surname_keys"] != keys:
                    fail(f"{stem}: {person}: claim keys differ from spellings.json")
                if not any(key_matches_token(k, tok) for k in keys for tok in tokens):
                    fail(f"{stem}: {person}: no token of the report matches keys {keys}")
                if not person_matches(person, keys, person):
                    fail(f"{stem}: {person}: person_matches fails with own keys")
                if c.get("count") is not None:
                    fail(f"{stem}: count on non-group claim {c}")
            # 6. attributes and dates
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    fail(f"{stem}: invalid date {d}")
                elif d > pub[: len(d)]:
                    fail(f"{stem}: date {d} after publication {pub}")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(f"{stem}: bad term_months {tm}")
            elif c.get("term_months") is not None:
                fail(f"{stem}: term_months on {t}")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    fail(f"{stem}: deported {person} without ISO country")
                if not any(o["type"] == "released" and o["person"] == person for o in claims):
                    fail(f"{stem}: deported {person} without released")
            elif c.get("destination_country") is not None:
                fail(f"{stem}: destination_country on {t}")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == person for o in claims):
                fail(f"{stem}: pardoned {person} without released")
        # 5. traps
        for m in must:
            for fld in ("type", "person", "why", "kind"):
                if not m.get(fld):
                    fail(f"{stem}: must_not lacks {fld}: {m}")
            if m.get("type") not in TYPES:
                fail(f"{stem}: must_not unknown type {m.get('type')}")
            if m.get("kind") not in KINDS:
                fail(f"{stem}: must_not unknown kind {m.get('kind')}")
            kinds_seen.add(m.get("kind"))
            mp = m.get("person") or ""
            if mp not in people:
                fail(f"{stem}: must_not person {mp!r} missing from spellings.json")
            else:
                pk = people[mp]["surname_keys"]
                if not any(key_matches_token(k, tok) for k in pk for tok in tokens):
                    fail(f"{stem}: must_not person {mp!r} not named in the text")
            mk = keys_for(mp)
            for c in claims:
                if not c.get("person"):
                    continue
                if c["type"] == m["type"] and person_matches(c["person"], mk, mp):
                    fail(f"{stem}: must_not {m['type']} {mp} matched by gold claim of {c['person']}")
                if m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and person_matches(c["person"], mk, mp):
                    fail(f"{stem}: {mp} caught by release trap but {c['person']} has gold {c['type']}")
    if langs != EXPECTED_LANGS:
        fail(f"language split {langs}, expected {EXPECTED_LANGS}")
    missing = [t for t in TYPES if t not in types_seen]
    if missing:
        fail(f"event types not covered: {missing}")
    missing_k = [k for k in KINDS if k not in kinds_seen]
    if missing_k:
        fail(f"trap kinds not covered: {missing_k}")
    # 4. oracle through the scorer
    if not errors:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
        res = score(HERE, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} errors={res['errors']} attributes={a}")
        if not ok:
            fail("oracle run is not perfect: " + "; ".join(res["details"][:20]))
    total = n_claims + n_traps
    print(f"reports={len(all_stems)} languages={langs} claims={n_claims} must_not={n_traps} "
          f"trap_share={n_traps / total if total else 0:.2f}")
    for e in errors:
        print("FAIL", e)
    if errors:
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
