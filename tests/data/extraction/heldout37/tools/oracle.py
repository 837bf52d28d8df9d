#!/usr/bin/env python3
"""Oracle extractor: prints exactly the gold claims of the article whose text is given.
Used only to check that the gold files are self-consistent with score_claims.py."""
import json, os, sys
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
text = open(sys.argv[1], encoding="utf-8").read()
for f in sorted(os.listdir(HERE)):
    if f.endswith(".gold.json"):
        raw = open(os.path.join(HERE, f[:-10] + ".txt"), encoding="utf-8").read().split("\n")
        if "\n".join(raw[3:]) == text:
            g = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
            out = []
            for c in g["claims"]:
                out.append({"type": c["type"],
                            "person": ({"name": c["person"], "mention": c["person"], "person_id": None} if c["person"] else None),
                            "date": c["date"], "date_precision": None,
                            "destination_country": c["destination_country"], "term_months": c["term_months"],
                            "count": c["count"], "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": g["published"], "language": g["language"], "claims": out}, ensure_ascii=False))
            sys.exit(0)
sys.exit(1)
