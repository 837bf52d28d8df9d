"""Validate heldout6 gold: shape, types, dates, keys vs text, must_not collisions, and
feeding gold as predictions through score_claims.score (expects F1 1.0, 0 violations).
Run: /work/main/.venv/bin/python validate_gold.py"""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained","charged","sentenced","transferred","incommunicado","solitary_confinement","released",
         "pardoned","deported","died_in_custody","recognized","recognition_withdrawn",
         "persecuted_after_release","group_release"}
def feed(path):
    text = open(path, encoding="utf-8").read()
    for f in sorted(os.listdir(D)):
        if f.endswith(".txt"):
            raw = open(os.path.join(D, f), encoding="utf-8").read().split("\n")
            if "\n".join(raw[3:]) == text:
                g = json.load(open(os.path.join(D, f[:-4] + ".gold.json"), encoding="utf-8"))
                claims = []
                for c in g["claims"]:
                    claims.append({"type": c["type"],
                                   "person": ({"name": c["person"], "mention": c["person"], "person_id": None} if c["person"] else None),
                                   "date": c["date"], "destination_country": c["destination_country"],
                                   "term_months": c["term_months"], "count": c["count"]})
                print(json.dumps({"published": g["published"], "language": g["language"], "claims": claims}))
                sys.exit(0)
    sys.exit(1)

if len(sys.argv) > 2 and sys.argv[1] == '--feed':
    feed(sys.argv[2])

CLAIM_KEYS = {"type","person","surname_keys","date","destination_country","term_months","count"}
errs = []; types = Counter(); langs = Counter(); nclaims = 0; nmust = 0
stems = sorted(f[:-10] for f in os.listdir(D) if f.endswith(".gold.json"))
for s in stems:
    raw = open(f"{D}/{s}.txt", encoding="utf-8").read().split("\n")
    pub, lang, blank, text = raw[0], raw[1], raw[2], "\n".join(raw[3:])
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or lang not in ("en","ru","be") or blank.strip():
        errs.append(f"{s}: bad header")
    langs[lang] += 1
    wc = len(text.split())
    if not 250 <= wc <= 550: errs.append(f"{s}: {wc} words")
    toks = sc.tokens_of(re.sub(r"[^\w\s'’ʼ-]", " ", text))
    try:
        g = json.load(open(f"{D}/{s}.gold.json", encoding="utf-8"))
    except Exception as e:
        errs.append(f"{s}: json {e}"); continue
    if g.get("published") != pub or g.get("language") != lang: errs.append(f"{s}: header mismatch")
    for c in g["claims"]:
        nclaims += 1; types[c["type"]] += 1
        if set(c) != CLAIM_KEYS: errs.append(f"{s}: keys {set(c) ^ CLAIM_KEYS}")
        if c["type"] not in TYPES: errs.append(f"{s}: type {c['type']}")
        if c["date"] and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["date"]): errs.append(f"{s}: date {c['date']}")
        if c["date"] and c["date"] > pub[:len(c["date"])]: errs.append(f"{s}: date after publication {c}")
        if c["type"] == "group_release":
            if not isinstance(c["count"], int) or c["person"]: errs.append(f"{s}: group {c}")
            continue
        if c["type"] == "deported" and not re.fullmatch(r"[A-Z]{2}", c["destination_country"] or ""): errs.append(f"{s}: dest {c}")
        if c["destination_country"] and c["type"] != "deported": errs.append(f"{s}: dest on non-deported")
        if c["term_months"] and c["type"] != "sentenced": errs.append(f"{s}: term on non-sentenced")
        keys = c["surname_keys"]
        if not keys or not c["person"]: errs.append(f"{s}: no person/keys {c}"); continue
        first = sc.fold(c["person"].split()[0])
        if sc.fold(c["person"].split()[0][:1]) in ("e","iu","ia","y") or c["person"].split()[0][:1] in "ЕЮЯ" or first.startswith(("oleg","gennad","aksan")):
            errs.append(f"{s}: risky given name {c['person']}")
        if not sc.person_matches(c["person"], keys, c["person"]): errs.append(f"{s}: keys do not match own name {c['person']} {keys}")
        for k in keys:
            if not any(sc.key_matches_token(k, t) for t in toks):
                if k == keys[0] or not any(sc.key_matches_token(kk, t) for kk in keys for t in toks):
                    errs.append(f"{s}: key {k!r} of {c['person']} matches no text token")
        for m in g["must_not"]:
            if m["type"] == c["type"] and sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                errs.append(f"{s}: gold claim {c['type']} {c['person']} collides with must_not {m['person']}")
    for m in g["must_not"]:
        nmust += 1
        if set(m) != {"type","person","why"} or m["type"] not in TYPES: errs.append(f"{s}: must_not shape {m}")
        if not any(sc.key_matches_token(sc.keys_for(m["person"])[0], t) for t in toks):
            errs.append(f"{s}: must_not person {m['person']} not in text")
res = sc.score(D, f"{sys.executable} {os.path.abspath(__file__)} --feed", 60)
print("errors:", *errs, sep="\n  ")
print({k: res[k] for k in ("precision","recall","f1","violations","errors","articles")}, res["attributes"])
print("details:", res["details"])
print("claims", nclaims, "must_not", nmust, dict(langs))
print(dict(sorted(types.items())))
