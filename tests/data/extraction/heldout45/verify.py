#!/usr/bin/env python3
"""Self-checks for the heldout45 blind extraction set.

Run:  python3 verify.py            (prints ALL CHECKS PASSED or the failures)
      python3 verify.py --oracle FILE --published D --lang L   (oracle mode, used by check 3)

Uses the scorer's own functions (shared/tools/score_claims.py); set SCORE_CLAIMS to override its path.
spellings.json lists, per article and person, the surname keys and every spelling the keys must
cover (inflected forms used in the text, Russian/Belarusian forms, Latin transliterations). Persons
with keys null there are same-surname relatives named in must_not: their forms are the only other
capitalised words a gold person's keys may match (check 4 proves the scorer still tells them apart).
"""
import datetime as dt
import importlib.util
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.environ.get("SCORE_CLAIMS", "/work/shared/tools/score_claims.py")
spec = importlib.util.spec_from_file_location("score_claims", SCORER)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
LANGS = {"en": 14, "ru": 10, "be": 6}
BODY_MIN, BODY_MAX = 260, 380
LAST_PUB = "2026-11-20"
WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*", re.UNICODE)


def load():
    arts = {}
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".gold.json"):
            stem = f[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
            arts[stem] = (gold, raw)
    return arts


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem, (gold, raw) in load().items():
        if "\n".join(raw.split("\n")[3:]) == text:
            out = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                out.append({"type": c["type"], "person": person, "date": c["date"],
                            "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(c["date"] or ""), None),
                            "destination_country": c["destination_country"], "term_months": c["term_months"],
                            "count": c["count"], "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": out},
                             ensure_ascii=False))
            return 0
    return 1


def tokens(text):
    return [m.group(0).strip("-'’ʼ") for m in WORD.finditer(text)]


def parse_date(s):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return None
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def main():
    arts = load()
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    fails = []
    counts = {}

    def fail(stem, msg):
        fails.append(f"{stem}: {msg}")

    if len(arts) != 30:
        fails.append(f"expected 30 articles, found {len(arts)}")
    for stem, (gold, raw) in arts.items():
        lines = raw.split("\n")
        text = "\n".join(lines[3:])
        toks = tokens(text)
        caps = {t for t in toks if t[:1].isupper()}
        caps |= {part for t in caps for part in t.split("-") if part[:1].isupper()}
        persons = spell.get(stem, {})
        counts[gold["language"]] = counts.get(gold["language"], 0) + 1

        # 8. header and body length
        if lines[0].strip() != gold["published"] or lines[1].strip() != gold["language"] or lines[2].strip():
            fail(stem, "header does not match gold")
        headline, body = lines[3], "\n".join(lines[4:])
        n = len(body.split())
        if not headline.strip() or not (BODY_MIN <= n <= BODY_MAX):
            fail(stem, f"body has {n} words (want {BODY_MIN}-{BODY_MAX}) or no headline")
        pub = parse_date(gold["published"])
        if not pub or len(gold["published"]) != 10 or not ("2021-01-01" <= gold["published"] <= LAST_PUB):
            fail(stem, f"bad publication date {gold['published']}")

        for c in gold["claims"]:
            if c["type"] not in TYPES:
                fail(stem, f"unknown type {c['type']}")
            # 6. dates
            if c["date"]:
                d = parse_date(c["date"])
                if d is None:
                    fail(stem, f"invalid date {c['date']}")
                elif pub and d > pub:
                    fail(stem, f"date {c['date']} after publication")
            # 7. group_release shape
            if c["type"] == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["count"] < 2:
                    fail(stem, "group_release needs null person and a count")
                continue
            if not c["person"] or not c["surname_keys"]:
                fail(stem, f"{c['type']} without person/keys")
                continue
            if c["count"] is not None:
                fail(stem, f"count on a {c['type']} claim")
            # 1. person matched by a token of the article
            if not any(sc.key_matches_token(k, t) for k in c["surname_keys"] for t in toks):
                fail(stem, f"{c['person']}: no token of the article matches keys {c['surname_keys']}")
            if c["person"] not in persons or persons[c["person"]]["keys"] != c["surname_keys"]:
                fail(stem, f"{c['person']}: keys differ from spellings.json")
        # 7. deported -> released ; pardoned -> released
        rel = {c["person"] for c in gold["claims"] if c["type"] == "released"}
        for c in gold["claims"]:
            if c["type"] in ("deported", "pardoned") and c["person"] not in rel:
                fail(stem, f"{c['type']} {c['person']} without released")
            if c["type"] == "deported" and not re.fullmatch(r"[A-Z]{2}", c["destination_country"] or ""):
                fail(stem, f"deported {c['person']} without ISO country")
            if c["type"] != "deported" and c["destination_country"]:
                fail(stem, f"destination on {c['type']}")

        # 2. keys cover every listed spelling and no other capitalised word of the article
        for name, info in persons.items():
            keys = info["keys"]
            if not keys:
                continue
            for s in info["spellings"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(stem, f"{name}: keys {keys} miss spelling {s}")
            allowed = set(info["spellings"])
            for other, oinfo in persons.items():
                # same-surname persons (relatives): their forms may share the prefix
                if other != name and any(sc.key_matches_token(k, sc.tokens_of(other)[-1]) for k in keys):
                    allowed |= set(oinfo["spellings"])
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    fail(stem, f"{name}: keys {keys} also match capitalised word {t!r}")

        # 4. no must_not entry is matched by a gold claim of the same type (both directions)
        for m in gold["must_not"]:
            if m["type"] not in TYPES or not m.get("why"):
                fail(stem, f"bad must_not {m}")
            for c in gold["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    fail(stem, f"must_not {m['type']} {m['person']} matched by gold {c['person']}")
                if sc.person_matches(m["person"], c["surname_keys"], c["person"]):
                    fail(stem, f"gold {m['type']} {c['person']} would absorb must_not {m['person']}")
            # 5. every must_not person named in the text
            if not any(sc.key_matches_token(k, t) for k in sc.keys_for(m["person"]) for t in toks):
                fail(stem, f"must_not person {m['person']} not named in the text")

    for lang, want in LANGS.items():
        if counts.get(lang, 0) != want:
            fails.append(f"language {lang}: {counts.get(lang, 0)} articles, want {want}")

    # 3. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0 and res["errors"] == 0):
        fails.append(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                     f"violations={res['violations']} errors={res['errors']} {res['details'][:10]}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            fails.append(f"oracle attribute {k}: {a.get(f'{k}_ok')}/{a.get(f'{k}_total')}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"articles={res['articles']}")

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
