#!/usr/bin/env python3
"""Self-checks for the heldout46 blind extraction set.

Run:  python3 verify.py          -> prints ALL CHECKS PASSED or the failures
      (verify.py --oracle FILE --published D --lang L is the oracle 'extractor' used by check 3:
       it prints the gold claims of the article whose text is FILE.)
Imports the scorer's own functions from /work/shared/tools/score_claims.py.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
BODY_MIN, BODY_MAX = 90, 220
LANG_TARGET = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def load(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    return raw, gold


def words(text):
    return re.findall(r"[^\W\d_]+", text)


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        raw, gold = load(stem)
        if "\n".join(raw[3:]) == text:
            claims = []
            for g in gold["claims"]:
                name = g["person"]
                claims.append({"type": g["type"],
                               "person": None if name is None else {"name": name, "mention": name, "person_id": None},
                               "date": g["date"],
                               "date_precision": None if not g["date"] else {4: "year", 7: "month", 10: "day"}[len(g["date"])],
                               "destination_country": g["destination_country"], "term_months": g["term_months"],
                               "count": g["count"], "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("{}")
    return 1


def valid_date(s):
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(s))
    if not fmt or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", s):
        return False
    try:
        datetime.datetime.strptime(s, fmt)
        return True
    except ValueError:
        return False


def main():
    fails = []
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = Counter()
    types_seen = Counter()
    n_mn = 0
    all_stems = stems()
    if all_stems != [f"{i:02d}" for i in range(1, 31)]:
        fails.append(f"expected 01..30, got {all_stems}")
    for stem in all_stems:
        raw, gold = load(stem)
        text = "\n".join(raw[3:])
        toks = words(text)
        caps = sorted({t for t in toks if t[:1].isupper()})
        pub = gold["published"]
        langs[gold["language"]] += 1
        # ---- 8: header and body length
        if raw[0].strip() != pub or raw[1].strip() != gold["language"] or raw[2].strip() != "":
            fails.append(f"{stem}: header does not match gold")
        if not (PUB_MIN <= pub <= PUB_MAX) or not valid_date(pub) or len(pub) != 10:
            fails.append(f"{stem}: bad publication date {pub}")
        body = "\n".join(raw[4:])
        nb = len(re.findall(r"\w+", body))
        if not BODY_MIN <= nb <= BODY_MAX:
            fails.append(f"{stem}: body has {nb} words, outside {BODY_MIN}-{BODY_MAX}")
        if not raw[3].strip():
            fails.append(f"{stem}: no headline line")
        forms = spell.get(stem, {}).get("forms", {})
        rels = spell.get(stem, {}).get("relatives", {})
        persons = {}
        for g in gold["claims"]:
            types_seen[g["type"]] += 1
            if g["type"] not in TYPES:
                fails.append(f"{stem}: unknown type {g['type']}")
            # ---- 7: shape rules
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"] or not isinstance(g["count"], int) or g["count"] <= 0:
                    fails.append(f"{stem}: group_release must have null person and a count")
                continue
            if not g["person"] or g["count"] is not None:
                fails.append(f"{stem}: {g['type']} needs a person and no count")
                continue
            persons.setdefault(g["person"], g["surname_keys"])
            if persons[g["person"]] != g["surname_keys"]:
                fails.append(f"{stem}: inconsistent keys for {g['person']}")
            if g["type"] == "deported" and not re.fullmatch(r"[A-Z]{2}", g["destination_country"] or ""):
                fails.append(f"{stem}: deported {g['person']} without ISO country")
            if g["type"] != "deported" and g["destination_country"]:
                fails.append(f"{stem}: destination on non-deported claim")
            if g["type"] in ("deported", "pardoned"):
                if not any(x["type"] == "released" and x["person"] == g["person"] for x in gold["claims"]):
                    fails.append(f"{stem}: {g['type']} {g['person']} has no released claim")
            if g["term_months"] is not None and (g["type"] != "sentenced" or g["term_months"] <= 0):
                fails.append(f"{stem}: term_months on a non-sentence claim")
            # ---- 6: dates
            d = g["date"]
            if d is not None:
                if not valid_date(d):
                    fails.append(f"{stem}: invalid date {d}")
                elif d > pub[:len(d)]:
                    fails.append(f"{stem}: date {d} after publication {pub}")
            # script of the person name matches the article
            cyr = bool(re.search(r"[\u0400-\u04FF]", g["person"]))
            if cyr != (gold["language"] in ("ru", "be")):
                fails.append(f"{stem}: {g['person']} not in the article's script")
        for person, keys in persons.items():
            # ---- 1: gold person matched by a token of the article
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fails.append(f"{stem}: no token matches keys {keys} of {person}")
            if keys != [k.lower() for k in keys] or not all(re.fullmatch(r"[a-z]+", k) for k in keys):
                fails.append(f"{stem}: keys of {person} are not lowercase Latin")
            # ---- 2: keys match every listed spelling ...
            if person not in forms:
                fails.append(f"{stem}: no spellings listed for {person}")
                continue
            for f in forms[person]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fails.append(f"{stem}: keys {keys} of {person} miss spelling {f}")
            # ... every surname token of the person's own mentions (last word of the name) is listed
            allowed = set(forms[person])
            rel = rels.get(person, {})
            for rname, rforms in rel.items():
                allowed |= set(rforms)
                if sc.person_matches(rname, keys, person):
                    fails.append(f"{stem}: relative {rname} would be scored as {person}")
            # ... and no other capitalised word of the article
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    fails.append(f"{stem}: keys {keys} of {person} also match '{t}'")
            # ... and every inflected form of the surname that the article uses is listed
            stems4 = {re.sub(r"[^a-z]", "", sc.fold(f))[:4] for f in forms[person]}
            for t in caps:
                ft = re.sub(r"[^a-z]", "", sc.fold(t))
                if len(ft) >= 5 and ft[:4] in stems4 and t not in allowed:
                    fails.append(f"{stem}: '{t}' looks like a form of {person} but is not listed")
        for p in forms:
            if p not in persons:
                fails.append(f"{stem}: spellings for {p} who has no claim")
        # forms used in the text must be among the listed spellings (inflected forms actually used)
        # ---- 4 and 5: must_not
        for m in gold.get("must_not", []):
            n_mn += 1
            if m["type"] not in TYPES or not m.get("why"):
                fails.append(f"{stem}: bad must_not entry {m}")
            mkeys = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in toks):
                fails.append(f"{stem}: must_not person {m['person']} not named in the text")
            for g in gold["claims"]:
                if g["type"] == m["type"] and g["person"] and sc.person_matches(g["person"], mkeys, m["person"]):
                    fails.append(f"{stem}: gold {g['type']} {g['person']} matches must_not {m['person']}")
    # ---- set-level targets
    if dict(langs) != LANG_TARGET:
        fails.append(f"language split {dict(langs)} != {LANG_TARGET}")
    missing = TYPES - set(types_seen)
    if missing:
        fails.append(f"event types not covered: {sorted(missing)}")
    if not 90 <= n_mn <= 130:
        fails.append(f"{n_mn} must_not entries, outside 90-130")
    # ---- 3: oracle through the scorer
    res = sc.score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30):
        fails.append(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                     f"violations={res['violations']} errors={res['errors']} {res['details'][:10]}")
    n_claims = sum(types_seen.values())
    print(f"articles={len(all_stems)} claims={n_claims} must_not={n_mn} languages={dict(langs)}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']}")
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"{len(fails)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
