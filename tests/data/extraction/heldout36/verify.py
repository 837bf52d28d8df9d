#!/usr/bin/env python3
"""Self-checks for the heldout36 gold files, using the graders' own scorer functions.

Run:  python3 verify.py            (from anywhere)
      python3 verify.py --oracle-cmd   (internal: acts as an oracle extractor)

Checks
 1. header: line 1 = published date, line 2 = language, line 3 blank; body 200-320 words.
 2. every gold person (and every must_not person) is matched by a token of its article;
    the gold nominative name itself matches its surname_keys.
 3. capitalised tokens that look like a gold surname (same first 3 skeleton letters) but are not
    matched by its keys are listed for review (inflection misses).
 4. no must_not entry is matched by a gold claim of the same type (scorer's person_matches).
 5. no two gold persons of one article cross-match each other's keys.
 6. dates are well formed and not after publication; deported has a country; group_release has
    a count and no person.
 7. an oracle that prints exactly the gold claims scores P=R=1 with 0 violations (scorer's score()).
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score_claims", "/work/shared/tools/score_claims.py")
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)


def articles():
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".gold.json"):
            stem = f[:-10]
            gold = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
            yield stem, gold, raw


def oracle(path):
    body = open(path, encoding="utf-8").read()
    for stem, gold, raw in articles():
        if "\n".join(raw.split("\n")[3:]) == body:
            claims = [{"type": c["type"], "person": {"name": c["person"]} if c["person"] else None,
                       "date": c["date"], "destination_country": c["destination_country"],
                       "term_months": c["term_months"], "count": c["count"]} for c in gold["claims"]]
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims}))
            return
    print(json.dumps({"claims": []}))


def main():
    problems, notes = [], []
    words = {}
    for stem, gold, raw in articles():
        lines = raw.split("\n")
        pub, lang = lines[0].strip(), lines[1].strip()
        body = "\n".join(lines[3:])
        if lines[2].strip() != "" or pub != gold["published"] or lang != gold["language"]:
            problems.append(f"{stem}: header mismatch")
        n = len(body.split())
        words.setdefault(lang, []).append(n)
        if not 200 <= n <= 320:
            problems.append(f"{stem}: body has {n} words")
        toks = [t for t in sc.tokens_of(re.sub(r"[^\w\s'’-]", " ", body))]
        people = {}
        for c in gold["claims"]:
            if c["type"] == "group_release":
                if c["person"] is not None or not c["count"]:
                    problems.append(f"{stem}: bad group_release {c}")
            else:
                people.setdefault(c["person"], c["surname_keys"])
            if c["type"] == "deported" and not c["destination_country"]:
                problems.append(f"{stem}: deported without country {c['person']}")
            d = c["date"]
            if d:
                if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d):
                    problems.append(f"{stem}: bad date {d}")
                if d > pub[: len(d)]:
                    problems.append(f"{stem}: date {d} after publication {pub}")
        for p, keys in people.items():
            if not sc.person_matches(p, keys):
                problems.append(f"{stem}: gold name {p} not matched by its keys {keys}")
            hits = [t for t in toks if any(sc.key_matches_token(k, t) for k in keys)]
            if not hits:
                problems.append(f"{stem}: gold person {p} matched by no token")
            ks = {sc.skeleton(k)[:3] for k in keys}
            near = sorted({t for t in toks if t[:1].isupper() and t not in hits
                           and sc.skeleton(t)[:3] in ks and len(t) > 3})
            if near:
                notes.append(f"{stem}: {p}: near-miss tokens {near}")
        for m in gold["must_not"]:
            mk = sc.keys_for(m["person"])
            if not any(any(sc.key_matches_token(k, t) for k in mk) for t in toks):
                problems.append(f"{stem}: must_not person {m['person']} not in text")
            for c in gold["claims"]:
                if c["type"] == m["type"] and c["person"] and sc.person_matches(c["person"], mk, m["person"]):
                    problems.append(f"{stem}: gold {c['type']} {c['person']} hits must_not {m['person']}")
        for a, ka in people.items():
            for b, kb in people.items():
                if a != b and sc.person_matches(a, kb, b):
                    # same surname, different given names: fine only if scorer separates them
                    problems.append(f"{stem}: {a} cross-matches {b}")
    res = sc.score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle-cmd", 60)
    ok = res["precision"] == 1.0 and res["recall"] == 1.0 and res["violations"] == 0 and res["errors"] == 0
    if not ok:
        problems.append(f"oracle: {res['precision']} {res['recall']} {res['violations']} {res['details'][:10]}")
    a = res["attributes"]
    if a.get("date_ok") != a.get("date_total") or a.get("term_ok") != a.get("term_total") or a.get("dest_ok") != a.get("dest_total"):
        problems.append(f"oracle attributes {a}")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print("words by language:", {k: (len(v), sum(v)) for k, v in words.items()})
    print(f"oracle precision={res['precision']} recall={res['recall']} violations={res['violations']} attributes={a}")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--oracle-cmd":
        oracle(sys.argv[2])
    else:
        sys.exit(main())
