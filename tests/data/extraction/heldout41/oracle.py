#!/usr/bin/env python3
"""Oracle for heldout41: prints exactly the gold claims of the article it is given.

Used only by verify.py to check that the gold files score P=R=F1=1 with the shared scorer.
Usage (as the scorer calls it): oracle.py TEXTFILE --published DATE --lang LANG
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        if "\n".join(lines[3:]) == text:
            gold = json.load(open(path[:-4] + ".gold.json", encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                claims.append({
                    "type": g["type"],
                    "person": None if g["person"] is None else {"name": g["person"], "mention": g["person"], "person_id": None},
                    "date": g["date"], "date_precision": None,
                    "destination_country": g["destination_country"], "term_months": g["term_months"],
                    "count": g["count"], "confidence": 1.0, "evidence": None,
                })
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
