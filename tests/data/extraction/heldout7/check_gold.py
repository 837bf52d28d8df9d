import json, os, re, sys, importlib.util, tempfile, shutil
spec = importlib.util.spec_from_file_location("sc", "/work/shared/tools/score_claims.py")
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
D = sys.argv[1]
TYPES = {"detained","charged","sentenced","transferred","incommunicado","solitary_confinement","released","pardoned",
         "deported","died_in_custody","recognized","recognition_withdrawn","persecuted_after_release","group_release"}
KEYS = ["type","person","surname_keys","date","destination_country","term_months","count"]
errs = []; tot = {"claims":0, "must_not":0}; types = {}; langs = {}
def bad(m): errs.append(m)
stems = sorted(f[:-10] for f in os.listdir(D) if f.endswith(".gold.json"))
for s in stems:
    raw = open(os.path.join(D, s+".txt"), encoding="utf-8").read().split("\n")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", raw[0]) or raw[1] not in ("en","ru","be") or raw[2] != "": bad(f"{s} header")
    text = "\n".join(raw[3:]); nw = len(text.split())
    if not 200 <= nw <= 450: bad(f"{s} words {nw}")
    langs[raw[1]] = langs.get(raw[1],0)+1
    words = set(w for w in re.findall(r"[\w'’ʼ-]+", text))
    g = json.load(open(os.path.join(D, s+".gold.json"), encoding="utf-8"))
    if g.get("published") != raw[0] or g.get("language") != raw[1]: bad(f"{s} published/lang mismatch")
    for c in g["claims"]:
        tot["claims"] += 1; types[c["type"]] = types.get(c["type"],0)+1
        if sorted(c) != sorted(KEYS): bad(f"{s} keys {sorted(c)}")
        if c["type"] not in TYPES: bad(f"{s} type {c['type']}")
        if c["date"] is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", c["date"]): bad(f"{s} date {c['date']}")
        if c["date"] and c["date"] > raw[0][:len(c["date"])]: bad(f"{s} date after publication {c}")
        if c["destination_country"] and (c["type"] != "deported" or not re.fullmatch(r"[A-Z]{2}", c["destination_country"])): bad(f"{s} dest {c}")
        if c["type"] == "deported" and not c["destination_country"]: bad(f"{s} deported without dest")
        if c["term_months"] is not None and (c["type"] != "sentenced" or not isinstance(c["term_months"], int)): bad(f"{s} term {c}")
        if c["type"] == "group_release":
            if c["person"] is not None or not isinstance(c["count"], int) or str(c["count"]) not in text: bad(f"{s} group {c}")
            continue
        p = c["person"]; ks = c["surname_keys"]
        if not p or not ks: bad(f"{s} no person/keys {c}"); continue
        first = p.split()[0]
        if first[0] in "ГЕЮЯЁЙ" or first.lower() in ("oleg","gennady","aksana","олег","геннадий","аксана"): bad(f"{s} risky given name {p}")
        if not any(sc.key_matches_token(k, w) for k in ks for w in words): bad(f"{s} no key of {p} {ks} matches a word in text")
        if not any(sc.key_matches_token(k, w) for k in ks for w in sc.tokens_of(p)): bad(f"{s} no key matches gold name {p}")
        if not sc.person_matches(p, ks, p): bad(f"{s} gold name {p} fails own keys")
        for m in g["must_not"]:
            if m["type"] == c["type"] and sc.person_matches(p, sc.keys_for(m["person"]), m["person"]): bad(f"{s} gold {c['type']} {p} collides with must_not {m['person']}")
        for c2 in g["claims"]:
            if c2 is not c and c2["type"] == c["type"] and c2["person"] and c2["person"] != p and sc.person_matches(p, c2["surname_keys"], c2["person"]):
                bad(f"{s} ambiguous {c['type']} {p} ~ {c2['person']}")
    for m in g["must_not"]:
        tot["must_not"] += 1
        if sorted(m) != ["person","type","why"] or m["type"] not in TYPES: bad(f"{s} must_not shape {m}")
        if not any(sc.key_matches_token(sc.keys_for(m["person"])[0], w) for w in words): bad(f"{s} must_not person {m['person']} not in text")
# gold as predictions through the scorer's own loop
tmp = tempfile.mkdtemp()
fake = os.path.join(tmp, "fake.py")
open(fake, "w").write("import json,sys,os\nD=%r\nt=open(sys.argv[1],encoding='utf-8').read()\n"
    "for f in sorted(os.listdir(D)):\n"
    "  if f.endswith('.txt') and '\\n'.join(open(os.path.join(D,f),encoding='utf-8').read().split('\\n')[3:])==t:\n"
    "    g=json.load(open(os.path.join(D,f[:-4]+'.gold.json'),encoding='utf-8'))\n"
    "    print(json.dumps({'claims':[dict(c,person=({'name':c['person'],'mention':c['person'],'person_id':None} if c['person'] else None)) for c in g['claims']]}))\n" % D)
r = sc.score(D, sys.executable + " " + fake, 60)
shutil.rmtree(tmp)
print(json.dumps({k: r[k] for k in ("precision","recall","f1","violations","errors","articles","attributes")}))
if r["f1"] != 1.0 or r["violations"] or r["errors"]: bad("self-score not perfect: " + "; ".join(r["details"]))
print("claims", tot, "langs", langs); print("types", dict(sorted(types.items())))
missing = TYPES - set(types); 
if missing: bad(f"types never used: {missing}")
print("\n".join(errs) or "OK"); sys.exit(1 if errs else 0)
