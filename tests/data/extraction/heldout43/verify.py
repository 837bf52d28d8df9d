#!/usr/bin/env python3
"""Checks for the heldout43 extraction set. Prints ALL CHECKS PASSED when every check holds.

Usage: verify.py            (run all checks)
       verify.py --oracle FILE --published D --lang L   (internal: print the gold as an extractor would)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
BODY_MIN, BODY_MAX = 200, 320


def articles():
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".gold.json"):
            nn = f[:-10]
            raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read()
            yield nn, raw, json.load(open(os.path.join(HERE, f), encoding="utf-8"))


def text_of(raw):
    return "\n".join(raw.split("\n")[3:])


def oracle(path):
    text = open(path, encoding="utf-8").read()
    for nn, raw, gold in articles():
        if text_of(raw) == text:
            claims = []
            for g in gold["claims"]:
                d = g["date"]
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                claims.append({"type": g["type"],
                               "person": {"name": g["person"], "mention": g["person"], "person_id": None} if g["person"] else None,
                               "date": d, "date_precision": prec, "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                               "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 0


def parse_date(d):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(d) == n:
            return datetime.datetime.strptime(d, fmt).date()
    raise ValueError(d)


def main():
    fails = []
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    n_claims = n_mn = 0
    for nn, raw, gold in articles():
        lines = raw.split("\n")
        text = text_of(raw)
        toks = re.findall(r"\w+", text)
        caps = {t for t in toks if t[0].isupper()}
        pub = datetime.date.fromisoformat(gold["published"])
        # 8. header and body length
        if lines[0].strip() != gold["published"] or lines[1].strip() != gold["language"] or lines[2].strip() != "":
            fails.append(f"{nn}: header does not match gold")
        if gold["language"] not in ("en", "ru", "be"):
            fails.append(f"{nn}: bad language")
        body_lines = [l for l in lines[3:] if l.strip()]
        body = " ".join(body_lines[1:])
        wc = len(body.split())
        if not BODY_MIN <= wc <= BODY_MAX:
            fails.append(f"{nn}: body has {wc} words")
        if pub > datetime.date(2026, 11, 20) or pub < datetime.date(2021, 1, 1):
            fails.append(f"{nn}: publication date out of range")
        n_claims += len(gold["claims"])
        n_mn += len(gold["must_not"])
        people = {}
        for g in gold["claims"]:
            if g["type"] not in TYPES:
                fails.append(f"{nn}: bad type {g['type']}")
            # 6. dates
            if g["date"]:
                try:
                    if parse_date(g["date"]) > pub:
                        fails.append(f"{nn}: date {g['date']} after publication")
                except ValueError:
                    fails.append(f"{nn}: bad date {g['date']}")
            if g["term_months"] is not None and g["type"] != "sentenced":
                fails.append(f"{nn}: term on non-sentence")
            if g["type"] == "group_release":
                if g["person"] is not None or not isinstance(g["count"], int) or g["surname_keys"]:
                    fails.append(f"{nn}: group_release needs null person and a count")
                continue
            if not g["person"] or not g["surname_keys"]:
                fails.append(f"{nn}: claim without person/keys {g}")
                continue
            people.setdefault(g["person"], [])
            if g["surname_keys"] not in people[g["person"]]:
                people[g["person"]].append(g["surname_keys"])
        # 7. deported/pardoned need released
        rel = {g["person"] for g in gold["claims"] if g["type"] == "released"}
        for g in gold["claims"]:
            if g["type"] in ("deported", "pardoned") and g["person"] not in rel:
                fails.append(f"{nn}: {g['type']} {g['person']} without released")
            if g["type"] == "deported" and not re.fullmatch(r"[A-Z]{2}", g["destination_country"] or ""):
                fails.append(f"{nn}: deported without ISO country")
        for p, keys in ((p, k) for p, ks in people.items() for k in ks):
            # 1. person named in text
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fails.append(f"{nn}: {p} not matched by any token")
            # 2. keys vs spellings and other capitalised words
            sp = spell.get(nn, {}).get(p)
            if not sp:
                fails.append(f"{nn}: no spellings listed for {p}")
                continue
            if sc.tokens_of(p)[-1] not in sp:
                fails.append(f"{nn}: nominative surname of {p} not in spellings")
            for s in sp:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fails.append(f"{nn}: keys of {p} miss spelling {s}")
            for t in caps:
                if t not in sp and any(sc.key_matches_token(k, t) for k in keys):
                    fails.append(f"{nn}: keys of {p} also match capitalised word {t}")
            if not sc.person_matches(p, keys, p):
                fails.append(f"{nn}: gold name {p} does not match its own keys")
        for m in gold["must_not"]:
            if m["type"] not in TYPES or not m.get("why"):
                fails.append(f"{nn}: bad must_not {m}")
            # 4. no gold claim of same type matches a must_not
            for g in gold["claims"]:
                if g["type"] == m["type"] and g["person"] and sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]):
                    fails.append(f"{nn}: must_not {m['type']} {m['person']} matched by gold {g['person']}")
            # 5. must_not person named in text
            mk = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in mk for t in toks):
                fails.append(f"{nn}: must_not person {m['person']} not named in text")
    # 3. oracle through the scorer
    res = sc.score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0 and res["errors"] == 0):
        fails.append(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} errors={res['errors']} {res['details'][:10]}")
    a = res["attributes"]
    if a.get("date_ok") != a.get("date_total") or a.get("dest_ok") != a.get("dest_total") or a.get("term_ok") != a.get("term_total"):
        fails.append(f"oracle attributes disagree: {a}")
    for f in fails:
        print("FAIL", f)
    print(f"articles={res['articles']} claims={n_claims} must_not={n_mn} oracle P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']}")
    if not fails:
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2]))
    sys.exit(main())
