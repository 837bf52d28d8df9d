#!/usr/bin/env python3
"""Self-checks for the heldout49 extraction evaluation set.

Run:  python3 verify.py            (from anywhere)
Prints one line per failed check and, when nothing failed, ALL CHECKS PASSED.

Checks
 1. every gold person is matched (score_claims.key_matches_token) by a token of its article;
 2. the surname keys match every spelling listed in spellings.json and no other capitalised
    word of the article (relatives' surname tokens excepted), and every capitalised token that
    shares a 4-letter (folded) prefix with a listed spelling is itself listed;
 3. an oracle that prints the gold claims scores P=R=F1=1.0 with 0 violations and 0 errors
    through score_claims.score;
 4. no must_not entry is matched by a gold claim of the same type (score_claims.person_matches
    with the scorer's keys_for), and no count trap equals a gold group_release count;
 5. every must_not person is named in the text (surname and given name); every count trap's
    number appears in the text;
 6. dates are valid YYYY / YYYY-MM / YYYY-MM-DD and none is after the publication date;
 7. deported has a released claim and an ISO 3166-1 alpha-2 country; pardoned has released;
    group_release has a null person, no keys and a count; term_months only on sentenced,
    destination only on deported, count only on group_release;
 8. body length 250-650 words, header lines match the gold, the 14/10/6 language split,
    every event type covered, names in the article's script.
"""
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "voluntary_departure", "refused_to_leave", "total_count"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": 14, "ru": 10, "be": 6}
BODY_MIN, BODY_MAX = 250, 650
TOK = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYR_NAME = re.compile(r"^[А-Яа-яЁёІіЎў’ʼ' -]+$")
LAT_NAME = re.compile(r"^[A-Za-zÀ-ɏ’' -]+$")

failures = []


def fail(where, msg):
    failures.append(f"{where}: {msg}")


def letters(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def tokens(text, lang):
    out = []
    for t in TOK.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def load():
    arts = {}
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".gold.json"):
            nn = fn[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, fn), encoding="utf-8"))
            raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read()
            arts[nn] = (gold, raw)
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    return arts, spell


def date_ok(d, pub, where):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d or "")
    if not m:
        fail(where, f"bad date {d!r}")
        return
    y, mo, da = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(da or 1))
    except ValueError:
        fail(where, f"invalid date {d}")
        return
    if d > pub[: len(d)]:
        fail(where, f"date {d} after publication {pub}")


def count_in_text(n, text):
    s = str(n)
    forms = {s}
    if n >= 1000:
        a, b = s[:-3], s[-3:]
        forms |= {f"{a},{b}", f"{a} {b}", f"{a}\u00a0{b}", f"{a}\u202f{b}"}
    return any(re.search(r"(?<![\d,])" + re.escape(f) + r"(?![\d,])", text) for f in forms)


def check_article(nn, gold, raw, spell):
    lines = raw.split("\n")
    pub, lang = lines[0].strip(), lines[1].strip()
    # 8: header
    if pub != gold.get("published") or lang != gold.get("language"):
        fail(nn, f"header {pub}/{lang} != gold {gold.get('published')}/{gold.get('language')}")
    if lines[2].strip() != "" or not lines[3].strip() or lines[4].strip() != "":
        fail(nn, "layout must be date, lang, blank, headline, blank, body")
    if lang not in SPLIT:
        fail(nn, f"language {lang}")
    text = "\n".join(lines[3:])
    body = "\n".join(lines[5:])
    nwords = len([w for w in body.split() if re.search(r"\w", w)])
    if not BODY_MIN <= nwords <= BODY_MAX:
        fail(nn, f"body has {nwords} words, outside {BODY_MIN}-{BODY_MAX}")
    toks = tokens(text, lang)
    caps = {t for t in toks if t[:1].isupper()}
    info = spell.get(nn)
    if info is None:
        fail(nn, "no entry in spellings.json")
        info = {"people": {}, "relatives": []}
    rel = set(info.get("relatives", []))
    claims = gold.get("claims", [])
    mn = gold.get("must_not", [])

    # names and keys per person
    keys_by = {}
    for c in claims:
        t = c.get("type")
        if t not in TYPES:
            fail(nn, f"unknown type {t}")
        p = c.get("person")
        if p is None:
            continue
        k = tuple(c.get("surname_keys") or [])
        if not k:
            fail(nn, f"{p}: empty surname_keys")
        if p in keys_by and keys_by[p] != k:
            fail(nn, f"{p}: inconsistent surname_keys {keys_by[p]} vs {k}")
        keys_by[p] = k
        if any(not re.fullmatch(r"[a-z]+", x) for x in k):
            fail(nn, f"{p}: keys must be lowercase latin {k}")
    # 8: script of names
    names = set(keys_by) | {m["person"] for m in mn if m.get("person")}
    for p in names:
        rx = LAT_NAME if lang == "en" else CYR_NAME
        if not rx.match(p) or len(p.split()) < 2:
            fail(nn, f"name {p!r} is not a full name in the article's script")
    # 1: every gold person matched by a token
    for p, k in keys_by.items():
        if not any(sc.key_matches_token(x, t) for x in k for t in toks):
            fail(nn, f"check1: {p} keys {k} match no token of the article")
        if not any(sc.key_matches_token(x, p.split()[-1]) for x in k):
            fail(nn, f"check1: {p} keys {k} do not match the nominative surname")
    # 2: spellings
    if set(info["people"]) != set(keys_by):
        fail(nn, f"check2: spellings people {sorted(info['people'])} != gold people {sorted(keys_by)}")
    listed_all = set(rel)
    for p, sp in info["people"].items():
        listed_all |= set(sp)
    for p, sp in info["people"].items():
        k = keys_by.get(p, ())
        for s in sp:
            if not any(sc.key_matches_token(x, s) for x in k):
                fail(nn, f"check2: {p} keys {k} miss listed spelling {s}")
        for t in sorted(caps):
            if t in sp or t in rel:
                continue
            if any(sc.key_matches_token(x, t) for x in k):
                fail(nn, f"check2: {p} keys {k} also match unrelated capitalised word {t}")
        pref = {letters(s)[:4] for s in sp if len(letters(s)) >= 4}
        for t in sorted(caps):
            if len(letters(t)) >= 4 and letters(t)[:4] in pref and t not in sp and t not in rel:
                fail(nn, f"check2: capitalised {t} shares a 4-letter prefix with {p}'s spellings but is not listed")
    for r in rel:
        if r not in caps:
            fail(nn, f"check2: relative token {r} not in the article")
    # 4: must_not not matched by gold claims of the same type
    for m in mn:
        if m.get("kind") not in KINDS:
            fail(nn, f"must_not kind {m.get('kind')!r}")
        if not m.get("why"):
            fail(nn, "must_not without why")
        if m.get("person"):
            for c in claims:
                if c["type"] == m["type"] and c.get("person") and sc.person_matches(
                        c["person"], sc.keys_for(m["person"]), m["person"]):
                    fail(nn, f"check4: gold {c['type']} {c['person']} matches must_not {m['person']}")
        else:
            if m["type"] != "group_release" or not isinstance(m.get("count"), int):
                fail(nn, f"check4: personless must_not must be a group_release count trap: {m}")
            for c in claims:
                if c["type"] == "group_release" and c.get("count") == m.get("count"):
                    fail(nn, f"check4: count trap {m.get('count')} equals a gold group_release")
    # 5: must_not named in text
    for m in mn:
        if m.get("person"):
            parts = m["person"].split()
            if not any(sc.key_matches_token(k, t) for k in sc.keys_for(m["person"]) for t in toks):
                fail(nn, f"check5: must_not person {m['person']} surname not in text")
            g = letters(parts[0])[:3]
            if not any(letters(t).startswith(g) for t in caps):
                fail(nn, f"check5: must_not person {m['person']} given name not in text")
        elif isinstance(m.get("count"), int) and not count_in_text(m["count"], text):
            fail(nn, f"check5: count trap {m['count']} not in text")
    # 6 and 7
    by_person = {}
    for c in claims:
        by_person.setdefault(c.get("person"), set()).add(c["type"])
    for i, c in enumerate(claims):
        w = f"{nn} claim {i} {c['type']} {c.get('person')}"
        if c.get("date") is not None:
            date_ok(c["date"], pub, w)
        t = c["type"]
        if t == "deported":
            if c.get("destination_country") not in ISO:
                fail(w, f"deported needs ISO country, got {c.get('destination_country')}")
            if "released" not in by_person.get(c.get("person"), set()):
                fail(w, "deported without released")
        elif c.get("destination_country") is not None:
            fail(w, "destination_country only on deported")
        if t == "pardoned" and "released" not in by_person.get(c.get("person"), set()):
            fail(w, "pardoned without released")
        if t == "group_release":
            if c.get("person") is not None or c.get("surname_keys") or not isinstance(c.get("count"), int):
                fail(w, "group_release needs null person, no keys and an integer count")
        else:
            if c.get("person") is None:
                fail(w, "person missing")
            if c.get("count") is not None:
                fail(w, "count only on group_release")
        if c.get("term_months") is not None and (t != "sentenced" or not isinstance(c["term_months"], int)):
            fail(w, "term_months only (as int) on sentenced")
    return lang, {c["type"] for c in claims}


def oracle(gold_dir, path):
    text = open(path, encoding="utf-8").read()
    for fn in sorted(os.listdir(gold_dir)):
        if fn.endswith(".txt"):
            raw = open(os.path.join(gold_dir, fn), encoding="utf-8").read().split("\n")
            if "\n".join(raw[3:]) == text:
                gold = json.load(open(os.path.join(gold_dir, fn[:-4] + ".gold.json"), encoding="utf-8"))
                claims = []
                for c in gold["claims"]:
                    p = c.get("person")
                    claims.append({
                        "type": c["type"],
                        "person": {"name": p, "mention": p, "person_id": None} if p else None,
                        "date": c.get("date"), "date_precision": None,
                        "destination_country": c.get("destination_country"),
                        "term_months": c.get("term_months"), "count": c.get("count"),
                        "confidence": 1.0, "evidence": None})
                print(json.dumps({"published": gold["published"], "language": gold["language"],
                                  "claims": claims}, ensure_ascii=False))
                return 0
    print("{}")
    return 1


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        return oracle(sys.argv[2], sys.argv[3])
    arts, spell = load()
    langs = Counter()
    covered = set()
    for nn, (gold, raw) in arts.items():
        lang, types = check_article(nn, gold, raw, spell)
        langs[lang] += 1
        covered |= types
    if set(spell) != set(arts):
        fail("spellings.json", f"articles {sorted(set(spell) ^ set(arts))} mismatch")
    if dict(langs) != SPLIT:
        fail("split", f"languages {dict(langs)} != {SPLIT}")
    missing = [t for t in TYPES if t not in covered]
    if missing:
        fail("coverage", f"event types not covered: {missing}")
    # 3: oracle through the real scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle {HERE}"
    res = sc.score(HERE, cmd, 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0):
        fail("check3", f"oracle P={res['precision']} R={res['recall']} F1={res['f1']} "
                       f"violations={res['violations']} errors={res['errors']} {res['details'][:10]}")
    else:
        print(f"oracle: {res['articles']} articles, P=R=F1=1.0, violations=0")
    for f in failures:
        print("FAIL", f)
    if failures:
        print(f"{len(failures)} FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
