#!/usr/bin/env python3
"""Consistency checks for the heldout57 extraction evaluation set.

Usage:
  python3 verify.py                 run every check, print ALL CHECKS PASSED at the end
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    (used internally) print the gold claims of the article
                                    whose text is FILE, in the extraction output format

The scorer (shared/tools/score_claims.py) is imported, not copied: its fold/skeleton key
matching, person_matches, keys_for and score() are what this set must agree with.
Set SCORE_CLAIMS=/path/to/score_claims.py if it is not found automatically.
"""
import importlib.util
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "left_voluntarily", "refused_to_leave"}
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
EXPECTED_LANGS = {"en": 14, "ru": 10, "be": 6}
FIRST, LAST = date(2021, 1, 1), date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[’'ʼ\-][^\W\d_]+)*")


def load_scorer():
    cands = [os.environ.get("SCORE_CLAIMS", "")]
    d = HERE
    for _ in range(8):
        cands.append(os.path.join(d, "shared", "tools", "score_claims.py"))
        cands.append(os.path.join(d, "tools", "score_claims.py"))
        d = os.path.dirname(d)
    cands.append("/work/shared/tools/score_claims.py")
    for c in cands:
        if c and os.path.isfile(c):
            spec = importlib.util.spec_from_file_location("score_claims", c)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod, c
    sys.exit("score_claims.py not found; set SCORE_CLAIMS")


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and (t.endswith("’s") or t.endswith("'s")):
            t = t[:-2]
        out.append(t)
        if "-" in t:
            out.extend(x for x in t.split("-") if x)
    return out


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        _, pub, lang, body = read_article(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                d = g["date"]
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                claims.append({
                    "type": g["type"],
                    "person": None if g["person"] is None else
                    {"name": g["person"], "mention": g["person"], "person_id": None},
                    "date": d, "date_precision": prec,
                    "destination_country": g["destination_country"], "term_months": g["term_months"],
                    "count": g["count"], "confidence": 1.0,
                    "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": pub, "language": lang, "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 1


def valid_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return m


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    sc, scorer_path = load_scorer()
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    def f4(w):
        return re.sub(r"[^a-z]", "", sc.fold(w))[:4]

    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    all_stems = stems()
    check(all_stems == [f"{i:02d}" for i in range(1, 31)], f"expected 01..30, got {all_stems}")
    check(sorted(spell) == all_stems, "spellings.json must have one entry per article")
    langs, types_seen, totals = {}, set(), {"claims": 0, "must_not": 0}

    for stem in all_stems:
        raw, pub, lang, body = read_article(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        sp = spell.get(stem, {"people": {}, "relatives": []})
        people = sp["people"]
        toks = tokens(body, lang)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})

        # 8. header lines, body size, language
        check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0]) is not None, f"{stem}: line 1 must be a date")
        check(raw[1] in EXPECTED_LANGS, f"{stem}: line 2 must be en/ru/be")
        check(raw[2] == "", f"{stem}: line 3 must be blank")
        check(raw[3].strip() != "", f"{stem}: report must start on line 4")
        nwords = len(body.split())
        check(150 <= nwords <= 550, f"{stem}: body has {nwords} words")
        langs[lang] = langs.get(lang, 0) + 1
        check(gold.get("published") == pub and gold.get("language") == lang, f"{stem}: gold header differs")
        try:
            pubd = date.fromisoformat(pub)
            check(FIRST <= pubd <= LAST, f"{stem}: publication date {pub} out of range")
        except ValueError:
            fails.append(f"{stem}: bad publication date {pub}")
            pubd = LAST
        if lang == "be":
            check("ў" in body and "і" in body, f"{stem}: Belarusian text lacks ў/і")
            check(not re.search(r"[ищъ]", body.lower()), f"{stem}: Russian-only letters in Belarusian text")
        if lang == "ru":
            check(not re.search(r"[ўі]", body.lower()), f"{stem}: Belarusian letters in Russian text")

        claims, must_not = gold["claims"], gold["must_not"]
        totals["claims"] += len(claims)
        totals["must_not"] += len(must_not)
        for g in claims:
            check(set(g) == CLAIM_FIELDS, f"{stem}: claim fields {sorted(g)}")
            check(g["type"] in TYPES, f"{stem}: unknown type {g['type']}")
            types_seen.add(g["type"])
            # 6. dates
            if g["date"] is not None:
                mt = valid_date(g["date"])
                check(mt is not None, f"{stem}: bad date {g['date']}")
                if mt:
                    check(g["date"] <= pub[:len(g["date"])], f"{stem}: date {g['date']} after publication {pub}")
            # 7. shape rules
            if g["type"] == "group_release":
                check(g["person"] is None and g["surname_keys"] == [], f"{stem}: group_release with a person")
                check(isinstance(g["count"], int) and g["count"] > 0, f"{stem}: group_release without count")
            else:
                check(isinstance(g["person"], str) and g["person"], f"{stem}: {g['type']} without person")
                check(g["count"] is None, f"{stem}: count on {g['type']}")
                check(bool(g["surname_keys"]), f"{stem}: {g['person']} without surname keys")
            if g["type"] != "sentenced":
                check(g["term_months"] is None, f"{stem}: term_months on {g['type']}")
            elif g["term_months"] is not None:
                check(isinstance(g["term_months"], int) and g["term_months"] > 0, f"{stem}: bad term")
            if g["type"] == "deported":
                check(g["destination_country"] in ISO, f"{stem}: deported {g['person']} without ISO country")
                check(any(x["type"] == "released" and x["person"] == g["person"] for x in claims),
                      f"{stem}: deported {g['person']} without released")
            else:
                check(g["destination_country"] is None, f"{stem}: destination on {g['type']}")
            if g["type"] == "pardoned":
                check(any(x["type"] == "released" and x["person"] == g["person"] for x in claims),
                      f"{stem}: pardoned {g['person']} without released")

        gold_people = sorted({g["person"] for g in claims if g["person"]})
        for p in gold_people:
            keys = next(g["surname_keys"] for g in claims if g["person"] == p)
            check(all(g["surname_keys"] == keys for g in claims if g["person"] == p),
                  f"{stem}: {p} has differing surname keys")
            # 1. the gold person is found in the article by the scorer's key matching
            check(any(sc.key_matches_token(k, t) for k in keys for t in toks),
                  f"{stem}: no token of the article matches keys {keys} of {p}")
            check(sc.person_matches(p, keys, p), f"{stem}: gold name {p} does not match its own keys")
            # 2. keys vs listed spellings
            own = people.get(p)
            check(bool(own), f"{stem}: no spellings listed for {p}")
            own = own or []
            for s in own:
                check(any(sc.key_matches_token(k, s) for k in keys), f"{stem}: keys {keys} miss spelling {s} of {p}")
            allowed = set(own)
            for r in sp["relatives"]:
                if r["shares_surname_with"] == p:
                    allowed |= set(r["spellings"])
            for t in caps:
                if t in allowed:
                    continue
                check(not any(sc.key_matches_token(k, t) for k in keys),
                      f"{stem}: keys {keys} of {p} also match unrelated capitalised word {t}")
        listed = set()
        for n, ss in people.items():
            for s in ss:
                check(s in tokset, f"{stem}: listed spelling {s} of {n} not in the article")
                listed.add(s)
        prefixes = {f4(s) for s in listed}
        for t in caps:
            if f4(t) in prefixes:
                check(t in listed, f"{stem}: capitalised {t} shares a 4-letter prefix with a listed spelling but is not listed")
        for r in sp["relatives"]:
            check(r["person"] in people and r["shares_surname_with"] in people,
                  f"{stem}: relative entry {r['person']} refers to unlisted people")
            check(r["spellings"] == people.get(r["person"]), f"{stem}: relative spellings of {r['person']} differ")

        for mm in must_not:
            check(set(mm) == {"type", "person", "why", "kind"}, f"{stem}: must_not fields {sorted(mm)}")
            check(mm["type"] in TYPES and mm["type"] != "group_release", f"{stem}: must_not type {mm['type']}")
            check(mm["kind"] in KINDS, f"{stem}: must_not kind {mm['kind']}")
            check(bool(mm["why"]), f"{stem}: must_not without why")
            mk = sc.keys_for(mm["person"])
            # 5. the trap person is named in the text
            check(any(sc.key_matches_token(k, t) for k in mk for t in toks),
                  f"{stem}: must_not person {mm['person']} not named in the text")
            check(mm["person"] in people, f"{stem}: must_not person {mm['person']} missing from spellings.json")
            # 4. no gold claim of the same type is caught by the trap (and vice versa)
            for g in claims:
                if g["type"] != mm["type"] or not g["person"]:
                    continue
                check(g["person"] != mm["person"], f"{stem}: {mm['person']} is both gold and must_not {mm['type']}")
                check(not sc.person_matches(g["person"], mk, mm["person"]),
                      f"{stem}: gold {g['type']} {g['person']} would count as violation of must_not {mm['person']}")
                check(not sc.person_matches(mm["person"], g["surname_keys"], g["person"]),
                      f"{stem}: trap {mm['person']} would be credited as gold {g['type']} {g['person']}")
        check(len(set((m_["type"], m_["person"]) for m_ in must_not)) == len(must_not), f"{stem}: duplicate must_not")

    # 8. split and coverage
    check(langs == EXPECTED_LANGS, f"language split {langs}, expected {EXPECTED_LANGS}")
    check(types_seen == TYPES, f"event types not covered: {sorted(TYPES - types_seen)}")

    # 3. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    check(res["errors"] == 0, f"oracle errors: {res['errors']}")
    check(res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0,
          f"oracle scored P={res['precision']} R={res['recall']} F1={res['f1']}: {res['details'][:10]}")
    check(res["violations"] == 0, f"oracle violations: {res['violations']}")
    check(res["articles"] == 30, f"scorer saw {res['articles']} articles")
    a = res["attributes"]
    check(a.get("date_ok", 0) == a.get("date_total", 0) and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0), f"oracle attributes {a}")

    share = totals["must_not"] / (totals["claims"] + totals["must_not"])
    print(f"scorer: {scorer_path}")
    print(f"articles={len(all_stems)} languages={langs} gold claims={totals['claims']} "
          f"must_not={totals['must_not']} (trap share {share:.2f})")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"attributes={a}")
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"{len(fails)} CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
