"""Sanity check of heldout4 gold files (shape, dates, keys vs text via score_claims folding).
Run: /work/main/.venv/bin/python check_gold.py"""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, "/work/shared/tools")
from score_claims import key_matches_token, person_matches, tokens_of, keys_for
D = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained","charged","sentenced","transferred","incommunicado","solitary_confinement","released",
         "pardoned","deported","died_in_custody","recognized","recognition_withdrawn","persecuted_after_release","group_release"}
KEYS = ["type","person","surname_keys","date","destination_country","term_months","count"]
errs = []; bytype = Counter(); bylang = Counter(); mn = Counter(); nclaims = 0
for stem in sorted(f[:-10] for f in os.listdir(D) if f.endswith(".gold.json")):
    raw = open(f"{D}/{stem}.txt", encoding="utf-8").read().split("\n")
    pub, lang, blank, text = raw[0], raw[1], raw[2], "\n".join(raw[3:])
    def E(m): errs.append(f"{stem}: {m}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub): E("bad pub")
    if lang not in ("en","ru","be") or blank != "": E("bad header")
    words = len(text.split())
    if not 200 <= words <= 600: E(f"word count {words}")
    g = json.load(open(f"{D}/{stem}.gold.json", encoding="utf-8"))
    if g.get("published") != pub or g.get("language") != lang: E("header mismatch")
    bylang[lang] += 1
    toks = [t for t in re.split(r"[\s,.;:!?()«»\"“”—–/]+", text) if t]
    for c in g["claims"]:
        nclaims += 1
        if list(c) != KEYS: E(f"keys {list(c)}")
        t = c["type"]; bytype[t] += 1
        if t not in TYPES: E(f"type {t}")
        d = c["date"]
        if d is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d): E(f"date {d}")
        if d is not None and d[:len(pub)] > pub: E(f"date after publication {d}")
        if c["destination_country"] is not None and not re.fullmatch(r"[A-Z]{2}", c["destination_country"]): E("dest")
        if (c["destination_country"] is not None) != (t == "deported"): E(f"dest/type {t}")
        if c["term_months"] is not None and (not isinstance(c["term_months"], int) or t != "sentenced"): E("term")
        if t == "group_release":
            if c["person"] is not None or c["surname_keys"] or not isinstance(c["count"], int): E("group shape")
            continue
        if c["count"] is not None: E("count on person claim")
        p, ks = c["person"], c["surname_keys"]
        if not isinstance(p, str) or len(tokens_of(p)) < 2: E(f"person {p}")
        if not (1 <= len(ks) <= 5) or any(not re.fullmatch(r"[a-z]+", k) for k in ks): E(f"keys {ks}")
        if not person_matches(p, ks, p): E(f"person does not match own keys {p} {ks}")
        if not any(key_matches_token(k, tok) for k in ks for tok in toks): E(f"no text token for {p} {ks}")
    # released abroad -> deported check
    rel = {c["person"] for c in g["claims"] if c["type"]=="released"}
    for c in g["claims"]:
        if c["type"]=="deported" and c["person"] not in rel: E(f"deported without released {c['person']}")
    for m in g["must_not"]:
        mn[m["type"]] += 1
        if set(m) != {"type","person","why"} or m["type"] not in TYPES: E(f"must_not shape {m}")
        sur = tokens_of(m["person"])[-1]
        if not any(key_matches_token(k, tok) for k in keys_for(m["person"]) for tok in toks): E(f"must_not person not in text {m['person']}")
        # must_not must not collide with a gold claim of the same type and person
        for c in g["claims"]:
            if c["type"] == m["type"] and c["person"] and person_matches(c["person"], keys_for(m["person"]), m["person"]):
                E(f"must_not collides with gold {m} vs {c['person']}")
print("\n".join(errs) or "NO ERRORS")
print("articles", sum(bylang.values()), dict(bylang), "claims", nclaims, "must_not", sum(mn.values()))
for t in sorted(TYPES): print(f"  {t:26} {bytype[t]:3}   must_not {mn[t]}")
