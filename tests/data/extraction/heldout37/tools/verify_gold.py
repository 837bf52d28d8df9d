#!/usr/bin/env python3
"""Self-checks for the heldout37 gold files, using the graders' own scorer functions."""
import json, os, re, subprocess, sys
sys.path.insert(0, "/work/shared/tools")
from score_claims import key_matches_token, person_matches, keys_for, tokens_of, score
HERE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement", "released",
         "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
problems = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith(".gold.json"):
        continue
    nn = f[:-10]
    g = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
    raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read().split("\n")
    pub, lang, body = raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])
    if raw[2].strip() or g["published"] != pub or g["language"] != lang:
        problems.append(f"{nn}: header mismatch")
    words = len(body.split())
    if not 200 <= words <= 320:
        problems.append(f"{nn}: body has {words} words")
    toks = [x for t in re.split(r"[\s,.;:!?()«»\"“”'’—–/]+", body) if t for x in tokens_of(t)]
    for c in g["claims"]:
        if c["type"] not in TYPES:
            problems.append(f"{nn}: bad type {c['type']}")
        if c["date"] and c["date"] > pub:
            problems.append(f"{nn}: date after publication {c}")
        if c["type"] == "group_release":
            if c["person"] is not None or not c["count"]:
                problems.append(f"{nn}: group_release shape")
            continue
        keys = c["surname_keys"]
        script_ok = bool(re.search("[А-Яа-яІіЎў]", c["person"])) == (lang in ("ru", "be"))
        if not script_ok:
            problems.append(f"{nn}: person script {c['person']}")
        if not any(key_matches_token(k, t) for k in keys for t in toks):
            problems.append(f"{nn}: no token of the text matches keys {keys} of {c['person']}")
        if not person_matches(c["person"], keys, c["person"]):
            problems.append(f"{nn}: gold name does not match its own keys {c['person']}")
        if c["type"] == "deported" and not c["destination_country"]:
            problems.append(f"{nn}: deported without country")
    for m in g["must_not"]:
        mk = keys_for(m["person"])
        if not any(key_matches_token(k, t) for k in mk for t in toks):
            problems.append(f"{nn}: must_not person not in text {m['person']}")
        for c in g["claims"]:
            if c["type"] != m["type"] or not c["person"]:
                continue
            if person_matches(c["person"], mk, m["person"]):
                problems.append(f"{nn}: must_not {m} matched by gold claim {c['person']}")
            if person_matches(m["person"], c["surname_keys"], c["person"]):
                problems.append(f"{nn}: must_not {m['person']} would be absorbed by gold claim {c['person']}")
res = score(HERE, "python3 " + os.path.join(HERE, "tools", "oracle.py"), 60)
a = res["attributes"]
ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["violations"] == 0 and res["errors"] == 0
      and a.get("date_ok") == a.get("date_total") and a.get("dest_ok") == a.get("dest_total")
      and a.get("term_ok") == a.get("term_total"))
print("oracle:", {k: res[k] for k in ("precision", "recall", "f1", "violations", "errors", "articles")}, a)
if not ok:
    problems.append("oracle does not score perfectly: " + "; ".join(res["details"][:20]))
print("\n".join(problems) if problems else "all checks passed")
sys.exit(1 if problems else 0)
