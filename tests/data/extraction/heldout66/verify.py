#!/usr/bin/env python3
"""Consistency checks for the held-out extraction set heldout66.

Usage:
  python3 verify.py                      run every check, print ALL CHECKS PASSED or the failures
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as if it
                                         were `volia extract` output (used by check 4)

The scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools relative to
this file. Nothing is written into the scorer's folder (no bytecode is written).
"""
import sys

sys.dont_write_bytecode = True

import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

N_REPORTS = 30
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"}
ISO2 = {"LT", "PL", "LV", "UA", "DE", "RU", "BY", "TJ", "KZ", "KG", "UZ", "TM", "AZ", "GE", "TR",
        "FR", "US", "GB", "CZ", "EE", "AM", "MD", "NL", "SE", "FI", "NO", "AT", "CH", "IT", "ES"}
CLAIM_KEYS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
              "count"}
TOKEN = re.compile(r"[^\W\d_]+")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EXPECTED_FILES = ({f"{i:02d}.txt" for i in range(1, N_REPORTS + 1)}
                  | {f"{i:02d}.gold.json" for i in range(1, N_REPORTS + 1)}
                  | {"spellings.json", "verify.py", "README.md"})


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def stems():
    return [f"{i:02d}" for i in range(1, N_REPORTS + 1)]


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


# --------------------------------------------------------------------------- oracle
def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt")):
        raw, body = read_report(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None
                if c.get("person"):
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({
                    "type": c["type"], "person": person, "date": c.get("date"),
                    "date_precision": precision_of(c.get("date")),
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("oracle: no report with this text", file=sys.stderr)
    return 1


# --------------------------------------------------------------------------- checks
def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    errors = []
    err = errors.append

    present = set(os.listdir(HERE))
    if present != EXPECTED_FILES:
        err(f"files: missing {sorted(EXPECTED_FILES - present)}, extra {sorted(present - EXPECTED_FILES)}")
        if EXPECTED_FILES - present:
            for e in errors:
                print("FAIL", e)
            return 1

    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = {}
    types_seen = set()
    n_claims = n_traps = 0
    for stem in stems():
        raw, body = read_report(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        tokens = TOKEN.findall(body)
        token_set = set(tokens)
        caps = {t for t in tokens if t[0].isupper()}
        people = spellings.get(stem)
        if not isinstance(people, list) or not people:
            err(f"{stem}: no spellings entry")
            continue
        by_name = {p["name"]: p for p in people}

        # ---- 7. header, lengths, dates
        published, lang = raw[0].strip(), raw[1].strip()
        if not valid_date(published) or len(published) != 10 or not (PUB_MIN <= published <= PUB_MAX):
            err(f"{stem}: bad publication date {published!r}")
        if lang not in LANG_SPLIT:
            err(f"{stem}: bad language {lang!r}")
        if len(raw) < 4 or raw[2].strip() != "":
            err(f"{stem}: line 3 must be blank")
        langs[lang] = langs.get(lang, 0) + 1
        words = len(body.split())
        if not 150 <= words <= 550:
            err(f"{stem}: body has {words} words")
        if gold.get("published") != published or gold.get("language") != lang:
            err(f"{stem}: gold header differs from text header")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            err(f"{stem}: gold keys {sorted(gold)}")

        # ---- 8. orthography
        low = body.lower()
        if lang == "be":
            if "ў" not in low or "і" not in low:
                err(f"{stem}: Belarusian text without ў or і")
            for bad in "ищъ":
                if bad in low:
                    err(f"{stem}: Belarusian text contains {bad!r}")
        if lang == "ru" and ("ў" in low or "і" in low):
            err(f"{stem}: Russian text contains ў or і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            err(f"{stem}: English text contains Cyrillic")

        # ---- spellings structure, 2 and 3
        all_listed = set()
        for p in people:
            for f in ("name", "surname_keys", "surname_forms", "given_forms", "relatives_sharing_surname"):
                if f not in p:
                    err(f"{stem}: spellings for {p.get('name')} lacks {f}")
            all_listed |= set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
        for p in people:
            keys, forms = p["surname_keys"], p["surname_forms"]
            if not keys or not forms:
                err(f"{stem}: {p['name']} without keys or forms")
                continue
            for form in forms + p["given_forms"]:
                if form not in token_set:
                    err(f"{stem}: listed form {form!r} of {p['name']} does not occur")
            for form in forms:
                if not any(key_matches_token(k, form) for k in keys):
                    err(f"{stem}: keys {keys} of {p['name']} miss form {form!r}")
            allowed = set(forms)
            for rel in p["relatives_sharing_surname"]:
                if rel not in by_name:
                    err(f"{stem}: relative {rel!r} of {p['name']} not in spellings")
                    continue
                allowed |= set(by_name[rel]["surname_forms"])
                if person_matches(rel, keys, p["name"]) or person_matches(
                        p["name"], by_name[rel]["surname_keys"], rel):
                    err(f"{stem}: scorer cannot tell {p['name']} from relative {rel}")
            for t in caps - allowed:
                if any(key_matches_token(k, t) for k in keys):
                    err(f"{stem}: keys {keys} of {p['name']} also match {t!r}")
            for form in forms + p["given_forms"]:
                pre = fold(form)[:4]
                if len(pre) < 4:
                    continue
                for t in caps:
                    if fold(t).startswith(pre) and t not in all_listed:
                        err(f"{stem}: {t!r} shares prefix with {form!r} but is not listed")

        # ---- claims: 1 and 6
        gold_people = []
        for c in gold["claims"]:
            n_claims += 1
            if set(c) != CLAIM_KEYS:
                err(f"{stem}: claim keys {sorted(c)}")
            t = c.get("type")
            if t not in TYPES:
                err(f"{stem}: bad type {t}")
                continue
            types_seen.add(t)
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    err(f"{stem}: bad date {d!r}")
                elif d > published[: len(d)]:
                    err(f"{stem}: {t} {c.get('person')} dated {d} after publication {published}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(f"{stem}: group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] < 2:
                    err(f"{stem}: group_release without count")
            else:
                if c.get("count") is not None:
                    err(f"{stem}: count on {t}")
                name, keys = c.get("person"), c.get("surname_keys")
                if not name or not keys:
                    err(f"{stem}: {t} without person or keys")
                    continue
                gold_people.append((name, keys))
                if name not in by_name:
                    err(f"{stem}: gold person {name} not in spellings")
                elif by_name[name]["surname_keys"] != keys:
                    err(f"{stem}: keys of {name} differ between gold and spellings")
                if not any(key_matches_token(k, tok) for k in keys for tok in tokens):
                    err(f"{stem}: no token of the report matches keys of {name}")
                if not person_matches(name, keys, name):
                    err(f"{stem}: person_matches fails for {name} with {keys}")
            if t != "sentenced" and c.get("term_months") is not None:
                err(f"{stem}: term_months on {t}")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{stem}: bad term_months {c['term_months']}")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    err(f"{stem}: deported {c['person']} without ISO country")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in gold["claims"]):
                    err(f"{stem}: deported {c['person']} without released")
            elif c.get("destination_country") is not None:
                err(f"{stem}: destination_country on {t}")
            if t == "pardoned" and not any(
                    o["type"] == "released" and o["person"] == c["person"] for o in gold["claims"]):
                err(f"{stem}: pardoned {c['person']} without released")

        # ---- must_not: 5 and the release-trap rule
        for m in gold["must_not"]:
            n_traps += 1
            if set(m) != {"type", "person", "why", "kind"}:
                err(f"{stem}: must_not keys {sorted(m)}")
            if m.get("kind") not in KINDS:
                err(f"{stem}: bad trap kind {m.get('kind')}")
            if m.get("type") not in TYPES or m["type"] == "group_release":
                err(f"{stem}: bad trap type {m.get('type')}")
            if m["person"] not in by_name:
                err(f"{stem}: trap person {m['person']} not in spellings")
            mkeys = keys_for(m["person"])
            if not any(key_matches_token(k, tok) for k in mkeys for tok in tokens):
                err(f"{stem}: trap person {m['person']} is not named in the text")
            for c in gold["claims"]:
                if not c.get("person"):
                    continue
                hit = person_matches(c["person"], mkeys, m["person"])
                if c["type"] == m["type"] and hit:
                    err(f"{stem}: gold {c['type']} {c['person']} matches trap {m['person']}")
                if m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and hit:
                    err(f"{stem}: {m['person']} has a release trap and gold {c['type']}")

        for p in people:
            named = p["name"] in [g[0] for g in gold_people] or p["name"] in [m["person"] for m in gold["must_not"]]
            if not named and p.get("role") not in ("namesake", "mentioned"):
                err(f"{stem}: {p['name']} in spellings but in no claim or trap and not marked")

    # ---- 7. split
    if langs != LANG_SPLIT:
        err(f"language split {langs}, expected {LANG_SPLIT}")
    # ---- 8. coverage
    missing = [t for t in TYPES if t not in types_seen]
    if missing:
        err(f"event types not covered: {missing}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.35:
        err(f"traps are {share:.1%} of all entries, expected about 30%")

    # ---- README: required sections and the claim counts it states
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for sec in ("## GENRE", "As written:", "## Claims by type", "## Traps by kind", "## Size",
                "## Blindness statement"):
        if sec not in readme:
            err(f"README lacks {sec!r}")
    counted = {}
    for stem in stems():
        for c in json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))["claims"]:
            counted[c["type"]] = counted.get(c["type"], 0) + 1
    for t in TYPES:
        m = re.search(r"^\| " + t + r" \| (\d+) \|", readme, re.M)
        if not m or int(m.group(1)) != counted.get(t, 0):
            err(f"README count for {t} does not match the gold ({counted.get(t, 0)})")

    # ---- 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        err(f"oracle P/R/F1 {res['precision']}/{res['recall']}/{res['f1']}: "
            + "; ".join(res["details"][:20]))
    if res["violations"] or res["errors"]:
        err(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            err(f"oracle attribute {k}: {a.get(k + '_ok')}/{a.get(k + '_total')}")

    for e in errors:
        print("FAIL", e)
    print(f"reports={sum(langs.values())} {langs} claims={n_claims} must_not={n_traps} "
          f"({share:.1%}) types={len(types_seen)}/14 oracle P={res['precision']} R={res['recall']} "
          f"F1={res['f1']} violations={res['violations']} errors={res['errors']}")
    if errors:
        print(f"{len(errors)} CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
