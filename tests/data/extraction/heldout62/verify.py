#!/usr/bin/env python3
"""Consistency checks for the heldout62 evaluation set.

    python3 verify.py            run every check, print ALL CHECKS PASSED or the failures
    python3 verify.py --oracle FILE --published DATE --lang LANG
                                 act as an extractor that knows the gold: print the gold claims
                                 of the article whose text is in FILE, in the extraction JSON
                                 shape of shared/docs/domain.md (used by check 3)

The scorer is imported from $VOLIA_SCORER_DIR or from ../../../../../shared/tools relative to
this file (score_claims.py). Nothing here runs or reads an extractor.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
sys.dont_write_bytecode = True  # leave no __pycache__ beside the shared scorer
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
TRAP_KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily",
              "demand", "refused_to_leave", "denial", "question", "correction",
              "pretrial_custody"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
EXPECTED_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

FAILS = []


def fail(msg):
    FAILS.append(msg)


def load():
    arts = {}
    for fname in sorted(os.listdir(HERE)):
        m = re.fullmatch(r"(\d\d)\.txt", fname)
        if not m:
            continue
        stem = m.group(1)
        raw = open(os.path.join(HERE, fname), encoding="utf-8").read().split("\n")
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        arts[stem] = {"raw": raw, "published": raw[0].strip(), "lang": raw[1].strip(),
                      "body": "\n".join(raw[3:]), "gold": gold}
    return arts


def parse_date(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                return datetime.datetime.strptime(s, fmt).date()
            except ValueError:
                return None
    return None


def pfx(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem, a in load().items():
        if a["body"] == text:
            g = a["gold"]
            claims = []
            for c in g["claims"]:
                d = c.get("date")
                prec = {4: "year", 7: "month", 10: "day"}.get(len(d or ""), "unknown")
                person = None
                if c.get("person"):
                    person = {"name": c["person"], "mention": c["person"].split()[-1],
                              "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": d,
                               "date_precision": prec,
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": g["published"], "language": g["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("oracle: article not found", file=sys.stderr)
    return 1


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    arts = load()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    split = {"en": 0, "ru": 0, "be": 0}
    seen_types = set()
    n_claims = n_traps = 0

    for stem, a in arts.items():
        raw, body, gold, pub, lang = a["raw"], a["body"], a["gold"], a["published"], a["lang"]
        tag = stem
        # ---- 8. header, length, language, orthography
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", raw[0]) or parse_date(raw[0]) is None:
            fail(f"{tag}: line 1 is not a date: {raw[0]!r}")
        if raw[1] not in EXPECTED_SPLIT:
            fail(f"{tag}: line 2 is not en/ru/be: {raw[1]!r}")
        if raw[2] != "":
            fail(f"{tag}: line 3 is not blank")
        if not (PUB_MIN <= pub <= PUB_MAX):
            fail(f"{tag}: publication date {pub} outside {PUB_MIN}..{PUB_MAX}")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{tag}: gold published/language differ from the header")
        split[lang] = split.get(lang, 0) + 1
        words = len(body.split())
        if not 150 <= words <= 550:
            fail(f"{tag}: body has {words} words (150..550)")
        low = body.lower()
        if lang == "be":
            if "ў" not in low or "і" not in low:
                fail(f"{tag}: Belarusian text without ў or і")
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                fail(f"{tag}: Belarusian text contains Russian-only letters {bad}")
        elif lang == "ru":
            bad = sorted(set(ch for ch in low if ch in "ўі"))
            if bad:
                fail(f"{tag}: Russian text contains Belarusian letters {bad}")
        elif lang == "en" and CYRILLIC.search(body):
            fail(f"{tag}: English text contains Cyrillic")

        tokens = TOKEN_RE.findall(body)
        tokset = set(tokens)
        caps = sorted(set(t for t in tokens if t[0].isupper()))
        sp = {p["name"]: p for p in spellings.get(stem, [])}
        listed = set()
        for p in sp.values():
            listed.update(p["surname_forms"])
            listed.update(p["given_forms"])

        claims, traps = gold["claims"], gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        gold_people = {}
        for c in claims:
            if c["type"] not in TYPES:
                fail(f"{tag}: unknown type {c['type']}")
            seen_types.add(c["type"])
            if c.get("person"):
                gold_people.setdefault(c["person"], c.get("surname_keys") or [])
                if gold_people[c["person"]] != (c.get("surname_keys") or []):
                    fail(f"{tag}: {c['person']} has different surname_keys on different claims")
                script_cyr = bool(CYRILLIC.search(c["person"]))
                if script_cyr != (lang in ("ru", "be")):
                    fail(f"{tag}: {c['person']} is not in the script of the article")

        # ---- 1. every gold person is matched by a token and by its own name
        for name, keys in gold_people.items():
            if not keys:
                fail(f"{tag}: {name} has no surname_keys")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                fail(f"{tag}: no token of the article matches the keys of {name}")
            if not sc.person_matches(name, keys, name):
                fail(f"{tag}: gold name {name} does not pass person_matches with its keys")
            if name not in sp:
                fail(f"{tag}: gold person {name} missing from spellings.json")

        # ---- 2. spellings
        for name, p in sp.items():
            for form in p["surname_forms"] + p["given_forms"]:
                if form not in tokset:
                    fail(f"{tag}: listed spelling {form!r} of {name} does not occur in the text")
            for form in p["surname_forms"] + p["given_forms"]:
                for t in caps:
                    if pfx(t) == pfx(form) and len(pfx(form)) == 4 and t not in listed:
                        fail(f"{tag}: token {t!r} shares a prefix with {form!r} ({name}) "
                             f"but is not listed")
            for rel in p.get("relatives_sharing_surname", []):
                if rel not in sp:
                    fail(f"{tag}: relative {rel} of {name} not in spellings.json")
        for name, keys in gold_people.items():
            if name not in sp:
                continue
            p = sp[name]
            for form in p["surname_forms"]:
                if not any(sc.key_matches_token(k, form) for k in keys):
                    fail(f"{tag}: keys of {name} do not match its spelling {form!r}")
            allowed = set(p["surname_forms"])
            for rel in p.get("relatives_sharing_surname", []):
                allowed.update(sp.get(rel, {}).get("surname_forms", []))
            for t in caps:
                if t in allowed:
                    continue
                parts = [t] + (t.split("-") if "-" in t else [])
                if any(sc.key_matches_token(k, x) for k in keys for x in parts):
                    fail(f"{tag}: keys of {name} also match the word {t!r}")

        # ---- 4, 5, 7 traps
        for m in traps:
            for fld in ("type", "person", "why", "kind"):
                if not m.get(fld):
                    fail(f"{tag}: must_not entry without {fld}: {m}")
            if m.get("kind") not in TRAP_KINDS:
                fail(f"{tag}: unknown trap kind {m.get('kind')}")
            if m.get("type") not in TYPES:
                fail(f"{tag}: unknown trap type {m.get('type')}")
            mk = sc.keys_for(m["person"])
            for c in claims:
                if not c.get("person"):
                    continue
                same_person = (sc.person_matches(c["person"], mk, m["person"])
                               or sc.person_matches(m["person"], c["surname_keys"], c["person"]))
                if c["type"] == m["type"] and same_person:
                    fail(f"{tag}: must_not {m['type']} {m['person']} is matched by gold claim "
                         f"{c['type']} {c['person']}")
                if (m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES
                        and sc.person_matches(c["person"], mk, m["person"])):
                    fail(f"{tag}: {c['person']} is caught by release-type trap {m['type']} "
                         f"{m['person']} but has gold {c['type']}")
            if not any(sc.key_matches_token(k, t) for k in mk for t in tokens):
                fail(f"{tag}: must_not person {m['person']} is not named in the text")
            if m["person"] not in sp:
                fail(f"{tag}: must_not person {m['person']} missing from spellings.json")

        # ---- 6, 7 claims
        by_person = {}
        for c in claims:
            by_person.setdefault(c.get("person"), set()).add(c["type"])
        for c in claims:
            t = c["type"]
            d = c.get("date")
            if d is not None:
                pd = parse_date(d)
                if pd is None:
                    fail(f"{tag}: invalid date {d!r} on {t} {c.get('person')}")
                elif d > pub[:len(d)]:
                    fail(f"{tag}: date {d} after publication {pub} on {t} {c.get('person')}")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    fail(f"{tag}: deported {c['person']} without ISO country")
                if "released" not in by_person.get(c["person"], set()):
                    fail(f"{tag}: deported {c['person']} without released")
            elif c.get("destination_country") is not None:
                fail(f"{tag}: destination_country on {t} {c.get('person')}")
            if t == "pardoned" and "released" not in by_person.get(c["person"], set()):
                fail(f"{tag}: pardoned {c['person']} without released")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] < 2:
                    fail(f"{tag}: group_release needs null person and a count")
            else:
                if not c.get("person"):
                    fail(f"{tag}: {t} without person")
                if c.get("count") is not None:
                    fail(f"{tag}: count on {t}")
            if c.get("term_months") is not None:
                if t != "sentenced":
                    fail(f"{tag}: term_months on {t}")
                elif not isinstance(c["term_months"], int) or c["term_months"] <= 0:
                    fail(f"{tag}: bad term_months {c['term_months']}")

    # ---- 8. set-level
    if split != EXPECTED_SPLIT:
        fail(f"language split {split}, expected {EXPECTED_SPLIT}")
    if len(arts) != 30:
        fail(f"{len(arts)} articles, expected 30")
    missing = [t for t in TYPES if t not in seen_types]
    if missing:
        fail(f"event types not covered: {missing}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.42:
        fail(f"traps are {share:.2f} of all entries (about a third wanted)")

    # ---- 3. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    at = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']}: "
             f"{res['details'][:10]}")
    if res["violations"] or res["errors"]:
        fail(f"oracle: violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if at.get(f"{k}_ok", 0) != at.get(f"{k}_total", 0):
            fail(f"oracle: attribute {k} {at.get(f'{k}_ok', 0)}/{at.get(f'{k}_total', 0)}")

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} check(s) failed")
        return 1
    print(f"articles={len(arts)} claims={n_claims} must_not={n_traps} "
          f"oracle P={res['precision']} R={res['recall']} F1={res['f1']} "
          f"attributes={dict(at)}")
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
