#!/usr/bin/env python3
"""Self-check of the heldout81 evaluation set.

  python3 verify.py                      run every check, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         extractor output (the extraction JSON of domain.md)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANGS = {"en": 14, "ru": 10, "be": 6}
ISO2 = set("AD AE AF AG AL AM AO AR AT AU AZ BA BE BG BY CA CH CN CY CZ DE DK EE ES FI FR GB GE GR HR "
           "HU IE IL IS IT JP KZ LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TR UA US UZ".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOK = re.compile(r"[^\W\d_](?:[\w'’ʼ-]*\w)?")


def tokens(text):
    return TOK.findall(text)


def folded(s, n=None):
    s = re.sub(r"[^a-z]", "", fold(s))
    return s[:n] if n else s


def load(d):
    reps = {}
    for f in sorted(os.listdir(d)):
        m = re.fullmatch(r"(\d\d)\.txt", f)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(d, f), encoding="utf-8").read()
        gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        reps[nn] = (raw, gold)
    return reps


def parse_date(s):
    parts = [int(x) for x in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def precision(d):
    return {1: "year", 2: "month", 3: "day"}[len(d.split("-"))] if d else None


def oracle(path, d=HERE):
    text = open(path, encoding="utf-8").read()
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    for nn, (raw, gold) in load(d).items():
        if "\n".join(raw.split("\n")[3:]).strip() != text.strip():
            continue
        out = []
        for c in gold["claims"]:
            person, ev = None, {"start": 0, "end": 0, "text": ""}
            if c["person"]:
                forms = spell[nn][c["person"]]["surname_forms"]
                mention = forms[0] if forms else c["person"]
                pos = text.find(mention)
                ev = {"start": max(pos, 0), "end": max(pos, 0) + len(mention), "text": mention}
                person = {"name": c["person"], "mention": mention, "person_id": None}
            out.append({"type": c["type"], "person": person, "date": c["date"],
                        "date_precision": precision(c["date"]),
                        "destination_country": c["destination_country"], "term_months": c["term_months"],
                        "count": c["count"], "confidence": 1.0, "evidence": ev})
        print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": out},
                         ensure_ascii=False))
        return 0
    print(json.dumps({"error": "unknown report"}))
    return 1


def check(d=HERE):
    errs = []
    E = errs.append
    reps = load(d)
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"spellings.json unreadable: {e}"]
    nns = sorted(reps)
    if nns != ["%02d" % i for i in range(1, 31)]:
        E(f"expected reports 01..30, found {nns}")
    type_count, kind_count, lang_count = Counter(), Counter(), Counter()
    n_claims = n_traps = 0
    for nn in nns:
        raw, gold = reps[nn]
        lines = raw.split("\n")
        pub, lang = lines[0].strip(), lines[1].strip() if len(lines) > 1 else ""
        body = "\n".join(lines[3:])
        # 7. headers, length
        if len(lines) < 5 or lines[2].strip() != "":
            E(f"{nn}: header must be date, language, blank line")
        try:
            pd = datetime.date.fromisoformat(pub)
            if not (datetime.date(2021, 1, 1) <= pd <= datetime.date(2026, 11, 20)):
                E(f"{nn}: publication date {pub} out of range")
        except ValueError:
            E(f"{nn}: bad publication date {pub!r}")
            pd = datetime.date(2026, 11, 20)
        if lang not in LANGS:
            E(f"{nn}: bad language {lang!r}")
        lang_count[lang] += 1
        if gold.get("published") != pub or gold.get("language") != lang:
            E(f"{nn}: gold published/language differ from header")
        nw = len(body.split())
        if not 150 <= nw <= 550:
            E(f"{nn}: {nw} words, need 150-550")
        if len([l for l in body.split("\n") if l.strip()]) < 2:
            E(f"{nn}: need a headline and a body")
        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                E(f"{nn}: Belarusian text contains и/щ/ъ")
            if not (re.search(r"[ўЎ]", body) and re.search(r"[іІ]", body)):
                E(f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                E(f"{nn}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                E(f"{nn}: English text contains Cyrillic")
        toks = tokens(body)
        tokset = set(toks)
        caps = {t for t in toks if t[0].isupper()}
        sp = spell.get(nn)
        if not isinstance(sp, dict):
            E(f"{nn}: missing from spellings.json")
            continue
        all_forms = set()
        for name, s in sp.items():
            all_forms |= set(s.get("surname_forms", [])) | set(s.get("given_forms", []))
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {m["person"] for m in traps}
        for name in gold_people | trap_people:
            if name not in sp:
                E(f"{nn}: {name} not in spellings.json")
        # 1-3. names and keys
        for name, s in sp.items():
            keys, sforms, gforms = s.get("keys", []), s.get("surname_forms", []), s.get("given_forms", [])
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                E(f"{nn}: {name}: keys must be lower-case Latin prefixes: {keys}")
                continue
            if not any(key_matches_token(k, t) for t in toks for k in keys):
                E(f"{nn}: {name}: no token of the report matches keys {keys}")
            if not person_matches(name, keys, name):
                E(f"{nn}: {name}: person_matches rejects the name with its own keys")
            if not sforms:
                E(f"{nn}: {name}: no surname spelling listed")
            for f in sforms:
                if not any(key_matches_token(k, f) for k in keys):
                    E(f"{nn}: {name}: keys {keys} do not match spelling {f}")
            for f in sforms + gforms:
                if f not in tokset:
                    E(f"{nn}: {name}: listed spelling {f} not in text")
            allowed = set(sforms) | set(gforms)
            for rname in s.get("relatives", []):
                if rname not in sp:
                    E(f"{nn}: {name}: relative {rname} not in spellings")
                    continue
                rs = sp[rname]
                allowed |= set(rs.get("surname_forms", [])) | set(rs.get("given_forms", []))
                if name not in rs.get("relatives", []):
                    E(f"{nn}: relatives {name} / {rname} not linked both ways")
                for ka, na, nb in ((keys, name, rname), (rs["keys"], rname, name)):
                    if person_matches(nb, ka, na) or person_matches(nb, keys_for(na), na):
                        E(f"{nn}: scorer confuses relatives {na} and {nb}")
            for t in caps:
                if t not in allowed and any(key_matches_token(k, t) for k in keys):
                    E(f"{nn}: {name}: keys {keys} also match unrelated word {t}")
        for c in claims:
            if c.get("person") and c["person"] in sp and c.get("surname_keys") != sp[c["person"]]["keys"]:
                E(f"{nn}: {c['person']}: gold keys {c.get('surname_keys')} differ from spellings.json")
        sur_forms = set()
        for s in sp.values():
            sur_forms |= set(s.get("surname_forms", []))
        for t in caps:
            if t in all_forms:
                continue
            for f in sur_forms:
                if len(folded(f)) >= 4 and folded(t, 4) == folded(f, 4):
                    E(f"{nn}: token {t} shares a prefix with surname {f} but is not listed")
        # 6. claim structure
        seen_claims = Counter()
        for c in claims:
            t = c.get("type")
            type_count[t] += 1
            if t not in TYPES:
                E(f"{nn}: bad claim type {t}")
                continue
            for fld in ("person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if fld not in c:
                    E(f"{nn}: claim {t} lacks field {fld}")
            dt = c.get("date")
            if dt is not None:
                try:
                    if not DATE_RE.match(dt) or parse_date(dt) > pd:
                        E(f"{nn}: {t} {c.get('person')}: date {dt} invalid or after publication")
                except ValueError:
                    E(f"{nn}: {t} {c.get('person')}: invalid date {dt}")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    E(f"{nn}: group_release needs null person and positive count")
            elif not c.get("person"):
                E(f"{nn}: {t} without a person")
            if t != "sentenced" and c.get("term_months") is not None:
                E(f"{nn}: term_months on {t}")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                E(f"{nn}: bad term_months {c['term_months']}")
            if t != "deported" and c.get("destination_country") is not None:
                E(f"{nn}: destination_country on {t}")
            if t == "deported" and c.get("destination_country") not in ISO2:
                E(f"{nn}: deported {c.get('person')} needs an ISO country")
            if t != "group_release" and c.get("count") is not None:
                E(f"{nn}: count on {t}")
            seen_claims[(t, c.get("person"), c.get("count"))] += 1
        for k, v in seen_claims.items():
            if v > 1:
                E(f"{nn}: claim {k} listed {v} times")
        have = {(c["type"], c["person"]) for c in claims if c.get("person")}
        for (t, p) in have:
            if t in ("deported", "pardoned") and ("released", p) not in have:
                E(f"{nn}: {t} {p} without released")
        # 5. traps
        seen_traps = Counter()
        for m in traps:
            t, p, k = m.get("type"), m.get("person"), m.get("kind")
            kind_count[k] += 1
            seen_traps[(t, p)] += 1
            if t not in TYPES or t == "group_release":
                E(f"{nn}: trap with bad type {t}")
            if k not in KINDS:
                E(f"{nn}: trap {t} {p} with bad kind {k}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 8:
                E(f"{nn}: trap {t} {p} needs a why")
            if not p:
                E(f"{nn}: trap without person")
                continue
            own = sp.get(p, {}).get("keys", [])
            if not any(key_matches_token(kk, tok) for tok in toks for kk in own + keys_for(p)):
                E(f"{nn}: trap person {p} is not named in the text")
            for c in claims:
                if c["type"] != t or not c.get("person"):
                    continue
                if person_matches(c["person"], keys_for(p), p) or (own and person_matches(c["person"], own, p)):
                    E(f"{nn}: trap {t} {p} is matched by gold claim {t} {c['person']}")
            if t == "released":
                for tt in ("released", "pardoned", "deported"):
                    if (tt, p) in have:
                        E(f"{nn}: trap released {p} contradicts gold {tt}")
            if t in ("pardoned", "deported") and (t, p) in have:
                E(f"{nn}: trap {t} {p} contradicts gold {t}")
        for k, v in seen_traps.items():
            if v > 1:
                E(f"{nn}: trap {k} listed {v} times")
    # 7/8. totals
    if dict(lang_count) != LANGS:
        E(f"language split {dict(lang_count)}, need {LANGS}")
    for t in TYPES:
        if not type_count[t]:
            E(f"event type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            E(f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        E(f"traps are {share:.3f} of all entries, need 0.25-0.30")
    # 4. oracle through the scorer
    if not errs:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
        res = score(d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
              and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            E("oracle scoring failed: " + json.dumps({k: v for k, v in res.items() if k != "by_type"},
                                                     ensure_ascii=False)[:3000])
    stats = {"claims": n_claims, "traps": n_traps, "share": round(share, 3),
             "types": dict(type_count), "kinds": dict(kind_count), "langs": dict(lang_count)}
    return errs, stats


def main(argv):
    if "--oracle" in argv:
        return oracle(argv[argv.index("--oracle") + 1])
    d = HERE
    if "--dir" in argv:
        d = os.path.abspath(argv[argv.index("--dir") + 1])
    res = check(d)
    errs, stats = res if isinstance(res, tuple) else (res, {})
    for e in errs:
        print("FAIL", e)
    if stats:
        print(json.dumps(stats, ensure_ascii=False))
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
