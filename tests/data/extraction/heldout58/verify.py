#!/usr/bin/env python3
"""Consistency checks for the heldout58 extraction set.

Run:  python3 verify.py            (all checks; prints ALL CHECKS PASSED at the end)
      python3 verify.py --dev      (skip the whole-set checks: 30 files, 14/10/6, type coverage)

The checks reuse the scorer's own functions (shared/tools/score_claims.py), so "matches" below
means exactly what it means when an extractor is scored.

  1. every gold person is matched by a token of its article (scorer's key matching);
  2. surname keys match every listed spelling (in the text and the listed variants) and no other
     capitalised word of the article, except the spellings of a relative who shares the surname;
     every capitalised token sharing a 4-letter folded prefix with a listed spelling is listed;
  3. an oracle that prints the gold claims scores P=R=F1=1.0 with 0 violations through the scorer
     (in gold order and in reverse order), and no gold claim can be taken by another gold person;
  4. no must_not entry is matched by a gold claim of the same type, and no must_not person can
     take a gold claim of the same type;
  5. every must_not person is named in the text;
  6. dates are valid YYYY[-MM[-DD]] and none is after the publication date;
  7. deported has a released claim and an ISO country; pardoned has released; group_release has a
     null person and a count; term_months only on sentenced;
  8. body lengths, header lines, the 14/10/6 language split, all 14 event types covered.
"""
import datetime
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # never write a __pycache__ next to the shared scorer
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
for cand in (SCORER_DIR, "/work/shared/tools"):
    if os.path.exists(os.path.join(cand, "score_claims.py")):
        sys.path.insert(0, cand)
        break
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "left_voluntarily", "refused_to_leave"}
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
MUST_NOT_FIELDS = {"type", "person", "why", "kind"}
ISO = set("""AD AE AF AG AL AM AO AR AT AU AZ BA BE BG BH BR BY CA CH CL CN CO CY CZ DE DK EE EG ES FI FR
GB GE GR HR HU IE IL IN IQ IR IS IT JP KG KR KZ LB LT LU LV MD ME MK MN MT MX NI NL NO NZ PL PT RO RS RU SE
SI SK TJ TM TR UA US UZ VE""".split())
WANT_LANG = {"en": 14, "ru": 10, "be": 6}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

FAILS = []


def fail(stem, msg):
    FAILS.append(f"{stem}: {msg}")


def stems_in(folder):
    return sorted(f[: -len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def tokens(text):
    # English possessives count as the bare name: Lozhkin's -> Lozhkin
    return [re.sub(r"['’]s$", "", t) for t in TOKEN_RE.findall(text)]


def cap_tokens(text):
    return sorted({t for t in tokens(text) if t[:1].isupper()})


def matches_any(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


def fold4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def parse_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


# ---------------------------------------------------------------- oracle mode
def oracle(path, reverse=False):
    text = open(path, encoding="utf-8").read()
    for stem in stems_in(HERE):
        if read_article(stem)[3] == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                person = None if g["person"] is None else {"name": g["person"], "mention": g["person"],
                                                             "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": g["date"],
                               "date_precision": None, "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                               "evidence": None})
            if reverse:
                claims.reverse()
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def check_article(stem, spellings, totals):
    raw, published, lang, body = read_article(stem)
    gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    sp = spellings.get(stem)
    if sp is None:
        fail(stem, "no entry in spellings.json")
        return
    people = sp["people"]
    shared = sp.get("shared_surname", {})
    toks = tokens(body)
    caps = cap_tokens(body)

    # 8. header lines and body length
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) or parse_date(published) is None:
        fail(stem, f"bad publication date line {published!r}")
    elif not ("2021-01-01" <= published <= "2026-11-20"):
        fail(stem, f"publication date {published} out of range")
    if lang not in WANT_LANG:
        fail(stem, f"bad language line {lang!r}")
    if len(raw) < 4 or raw[2].strip() != "":
        fail(stem, "line 3 must be blank")
    words = len(body.split())
    if not 150 <= words <= 550:
        fail(stem, f"body has {words} words (150-550)")
    if gold.get("published") != published or gold.get("language") != lang:
        fail(stem, "gold published/language differ from the .txt header")
    if lang == "be" and not ("ў" in body and "і" in body):
        fail(stem, "Belarusian text without ў/і")
    if lang == "ru" and ("ў" in body or "і" in body):
        fail(stem, "Russian text with Belarusian letters")
    totals["lang"][lang] = totals["lang"].get(lang, 0) + 1
    totals["words"].setdefault(lang, 0)
    totals["words"][lang] += words
    totals["claims"].setdefault(lang, 0)
    totals["claims"][lang] += len(gold["claims"])
    totals["must_not"].setdefault(lang, 0)
    totals["must_not"][lang] += len(gold.get("must_not", []))

    # spellings.json sanity: every listed in-text spelling occurs as a token
    tokset = set(toks)
    listed = set()
    for name, d in people.items():
        for s in d["in_text"]:
            listed.add(s)
            if s not in tokset:
                fail(stem, f"spelling {s!r} of {name} does not occur in the text")
        if not d["in_text"]:
            fail(stem, f"{name} has no in-text spelling")
    for name, rels in shared.items():
        for r in rels:
            if r not in people:
                fail(stem, f"relative {r} of {name} not in people")

    # field shapes
    for g in gold["claims"]:
        if set(g) != CLAIM_FIELDS:
            fail(stem, f"claim fields {sorted(g)}")
        if g["type"] not in TYPES:
            fail(stem, f"unknown type {g['type']}")
        totals["types"].add(g["type"])
    for m in gold.get("must_not", []):
        if set(m) != MUST_NOT_FIELDS:
            fail(stem, f"must_not fields {sorted(m)}")
        if m["type"] not in TYPES:
            fail(stem, f"must_not unknown type {m['type']}")
        if m.get("kind") not in KINDS:
            fail(stem, f"must_not kind {m.get('kind')!r}")
        if not m.get("why"):
            fail(stem, f"must_not without why: {m}")
        totals["kinds"][m.get("kind")] = totals["kinds"].get(m.get("kind"), 0) + 1

    persons = {}
    for g in gold["claims"]:
        if g["person"] is not None:
            persons.setdefault(g["person"], tuple(g["surname_keys"]))
            if tuple(g["surname_keys"]) != persons[g["person"]]:
                fail(stem, f"{g['person']} has different keys in different claims")

    # 1. every gold person is matched by a token of its article
    for name, keys in persons.items():
        if not keys:
            fail(stem, f"{name} has no surname keys")
            continue
        if not any(matches_any(keys, t) for t in toks):
            fail(stem, f"check1: {name} ({keys}) matches no token of the article")
        if not sc.person_matches(name, list(keys), name):
            fail(stem, f"check1: gold name {name} is not matched by its own keys")

    # 2. keys vs spellings; exclusivity; 4-letter prefix completeness
    for name, keys in persons.items():
        if name not in people:
            fail(stem, f"check2: {name} missing from spellings.json")
            continue
        for s in people[name]["in_text"] + people[name]["variants"]:
            if not matches_any(keys, s):
                fail(stem, f"check2: keys {keys} of {name} miss spelling {s!r}")
        allowed = set(people[name]["in_text"])
        for r in shared.get(name, []):
            allowed |= set(people.get(r, {}).get("in_text", []))
        for t in caps:
            if matches_any(keys, t) and t not in allowed:
                fail(stem, f"check2: keys {keys} of {name} also match {t!r}")
    prefixes = {fold4(s) for s in listed}
    for t in caps:
        if fold4(t) in prefixes and t not in listed:
            fail(stem, f"check2: capitalised {t!r} shares a 4-letter prefix with a listed spelling")

    # 3b. no gold claim can be taken by another gold person's claim of the same type
    cl = [g for g in gold["claims"] if g["person"]]
    for a in cl:
        for b in cl:
            if a["type"] == b["type"] and a["person"] != b["person"]:
                if sc.person_matches(b["person"], a["surname_keys"], a["person"]):
                    fail(stem, f"check3: {b['person']} would match gold {a['type']} of {a['person']}")
    grp = [g["count"] for g in gold["claims"] if g["type"] == "group_release"]
    if len(grp) != len(set(grp)):
        fail(stem, "check3: two group_release claims with the same count")

    # 4. must_not never matched by a gold claim of the same type (and the reverse)
    for m in gold.get("must_not", []):
        mkeys = sc.keys_for(m["person"])
        for g in gold["claims"]:
            if g["type"] != m["type"] or g["person"] is None:
                continue
            if sc.person_matches(g["person"], mkeys, m["person"]):
                fail(stem, f"check4: gold {g['type']} {g['person']} matches must_not {m['person']}")
            if sc.person_matches(m["person"], g["surname_keys"], g["person"]):
                fail(stem, f"check4: must_not {m['person']} would take gold {g['type']} {g['person']}")
        # 5. must_not person named in the text
        if not any(sc.key_matches_token(mkeys[0], t) for t in toks):
            fail(stem, f"check5: must_not person {m['person']} not named in the text")
        if m["person"] not in people:
            fail(stem, f"check5: must_not person {m['person']} missing from spellings.json")
        else:
            for s in people[m["person"]]["in_text"]:
                if not sc.key_matches_token(mkeys[0], s):
                    fail(stem, f"check5: key {mkeys} of must_not {m['person']} misses {s!r}")

    # 6. dates
    pub = parse_date(published)
    for g in gold["claims"]:
        d = g["date"]
        if d is None:
            continue
        pd = parse_date(d)
        if pd is None:
            fail(stem, f"check6: bad date {d!r}")
        elif pub and pd > pub:
            fail(stem, f"check6: date {d} after publication {published}")

    # 7. structure per type
    released = {g["person"] for g in gold["claims"] if g["type"] == "released"}
    for g in gold["claims"]:
        t = g["type"]
        if t == "deported":
            if g["person"] not in released:
                fail(stem, f"check7: deported {g['person']} without released")
            if g["destination_country"] not in ISO:
                fail(stem, f"check7: deported {g['person']} country {g['destination_country']!r}")
        elif g["destination_country"] is not None:
            fail(stem, f"check7: destination_country on {t}")
        if t == "pardoned" and g["person"] not in released:
            fail(stem, f"check7: pardoned {g['person']} without released")
        if t == "group_release":
            if g["person"] is not None or g["surname_keys"]:
                fail(stem, "check7: group_release with a person")
            if not isinstance(g["count"], int) or g["count"] <= 0:
                fail(stem, "check7: group_release without a count")
        else:
            if g["person"] is None:
                fail(stem, f"check7: {t} without a person")
            if g["count"] is not None:
                fail(stem, f"check7: count on {t}")
        if g["term_months"] is not None:
            if t != "sentenced":
                fail(stem, f"check7: term_months on {t}")
            elif not isinstance(g["term_months"], int) or g["term_months"] <= 0:
                fail(stem, f"check7: bad term_months {g['term_months']!r}")


def run_oracle(reverse):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle" + ("-reverse" if reverse else "")
    return sc.score(HERE, cmd, 60)


def main():
    if len(sys.argv) > 2 and sys.argv[1] in ("--oracle", "--oracle-reverse"):
        return oracle(sys.argv[2], reverse=sys.argv[1] == "--oracle-reverse")
    dev = "--dev" in sys.argv
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    totals = {"lang": {}, "words": {}, "claims": {}, "must_not": {}, "types": set(), "kinds": {}}
    stems = stems_in(HERE)
    for stem in stems:
        if not os.path.exists(os.path.join(HERE, stem + ".txt")):
            fail(stem, "missing .txt")
            continue
        check_article(stem, spellings, totals)

    # 3. oracle through the scorer
    for reverse in (False, True):
        res = run_oracle(reverse)
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
                and res["errors"] == 0 and res["articles"] == len(stems)):
            fail("oracle", f"reverse={reverse}: P={res['precision']} R={res['recall']} F1={res['f1']} "
                           f"violations={res['violations']} errors={res['errors']} {res['details'][:8]}")

    # 8. whole-set checks
    if not dev:
        expected = [f"{i:02d}" for i in range(1, 31)]
        if stems != expected:
            fail("set", f"expected 01..30, found {stems}")
        if totals["lang"] != WANT_LANG:
            fail("set", f"language split {totals['lang']} != {WANT_LANG}")
        missing = [t for t in TYPES if t not in totals["types"]]
        if missing:
            fail("set", f"event types not covered: {missing}")
        extra = set(os.listdir(HERE)) - {f"{s}.txt" for s in expected} - {f"{s}.gold.json" for s in expected} \
            - {"spellings.json", "verify.py", "README.md", "__pycache__"}
        if extra:
            fail("set", f"unexpected files: {sorted(extra)}")

    n_claims = sum(totals["claims"].values())
    n_mn = sum(totals["must_not"].values())
    print("language  reports  body_words  gold_claims  must_not")
    for lang in ("en", "ru", "be"):
        print(f"{lang:8}  {totals['lang'].get(lang, 0):7}  {totals['words'].get(lang, 0):10}  "
              f"{totals['claims'].get(lang, 0):11}  {totals['must_not'].get(lang, 0):8}")
    print(f"{'total':8}  {len(stems):7}  {sum(totals['words'].values()):10}  {n_claims:11}  {n_mn:8}")
    if n_claims + n_mn:
        print(f"must_not share of entries: {n_mn / (n_claims + n_mn):.2f}")
    print("types:", ", ".join(f"{t}" for t in TYPES if t in totals["types"]))
    print("trap kinds:", json.dumps(dict(sorted(totals["kinds"].items()))))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
