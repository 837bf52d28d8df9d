#!/usr/bin/env python3
"""Consistency checks for the held-out extraction set 64.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                               print the gold claims of the article whose text is FILE in the
                               extractor output format (used by check 3 through the scorer)

The graders' scorer is imported from $VOLIA_SCORER_DIR or from ../../../../../shared/tools
relative to this file.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # never write __pycache__ into the scorer's folder
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
RELEASE_TYPES = {"released", "pardoned", "deported"}
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"}
ISO = {"LT", "PL", "UA", "DE", "TR", "GE", "LV", "EE", "CZ", "US", "GB", "FR", "AM", "KZ", "RU", "BY"}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
MIN_WORDS, MAX_WORDS = 150, 550
FIRST, LAST = "2021-01-01", "2026-11-20"
TOKEN = re.compile(r"[^\W\d_]+")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

FAILS = []


def fail(msg):
    FAILS.append(msg)


def articles():
    out = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".gold.json"):
            continue
        nn = name[: -len(".gold.json")]
        raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read()
        lines = raw.split("\n")
        gold = json.load(open(os.path.join(HERE, name), encoding="utf-8"))
        out.append((nn, lines, "\n".join(lines[3:]), gold))
    return out


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for nn, lines, body, gold in articles():
        if body == text:
            claims = []
            for g in gold["claims"]:
                date = g.get("date")
                precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
                person = None
                if g.get("person"):
                    person = {"name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": date,
                               "date_precision": precision,
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 1


def cap_tokens(text):
    return [t for t in TOKEN.findall(text) if t[0].isupper()]


def letters(word):
    return re.sub(r"[^a-z]", "", fold(word))


def valid_date(d):
    if not DATE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    arts = articles()
    langs = Counter()
    types_seen = Counter()
    n_claims = n_traps = 0
    for nn, lines, body, gold in arts:
        tag = f"[{nn}]"
        # ---- check 8: header, length, language, dates
        published, lang = lines[0].strip(), lines[1].strip()
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", published) or not valid_date(published):
            fail(f"{tag} bad publication date line {published!r}")
        if lang not in LANG_SPLIT:
            fail(f"{tag} bad language line {lang!r}")
        if len(lines) < 4 or lines[2].strip() != "":
            fail(f"{tag} line 3 must be blank")
        if not (FIRST <= published <= LAST):
            fail(f"{tag} publication date {published} outside {FIRST}..{LAST}")
        if gold.get("published") != published or gold.get("language") != lang:
            fail(f"{tag} gold published/language differ from the header")
        words = len(body.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            fail(f"{tag} body has {words} words")
        langs[lang] += 1
        if lang == "be":
            if "ў" not in body or "і" not in body:
                fail(f"{tag} Belarusian text without ў or і")
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                fail(f"{tag} Belarusian text contains Russian letters {bad}")
        if lang == "ru" and re.search(r"[ўЎіІ]", body):
            fail(f"{tag} Russian text contains ў or і")
        if lang == "en" and re.search(r"[а-яА-ЯёЁ]", body):
            fail(f"{tag} English text contains Cyrillic")

        tokens = TOKEN.findall(body)
        caps = set(cap_tokens(body))
        all_tokens = set(tokens)
        sp = spellings.get(nn)
        if not sp:
            fail(f"{tag} missing from spellings.json")
            continue
        people = {p["name"]: p for p in sp["persons"]}
        listed = set()
        for p in sp["persons"]:
            listed.update(p["surname_forms"])
            listed.update(p["given_forms"])

        # ---- spellings: every listed form occurs; 4-letter prefix rule
        for p in sp["persons"]:
            if not p["surname_forms"]:
                fail(f"{tag} {p['name']}: no surname form listed")
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in all_tokens:
                    fail(f"{tag} {p['name']}: listed spelling {f!r} does not occur in the text")
            for rel in p["relatives_sharing_surname"]:
                if rel not in people:
                    fail(f"{tag} {p['name']}: relative {rel!r} not in spellings")
            for f in p["surname_forms"] + p["given_forms"]:
                pre = letters(f)[:4]
                if len(pre) < 4:
                    continue
                for t in caps:
                    if letters(t)[:4] == pre and t not in listed:
                        fail(f"{tag} token {t!r} shares prefix {pre!r} with {f!r} but is not listed")

        # ---- check 1 and 2 for every gold person
        gold_people = {}
        for c in gold["claims"]:
            if c.get("person"):
                gold_people.setdefault(c["person"], c.get("surname_keys") or [])
                if (c.get("surname_keys") or []) != gold_people[c["person"]]:
                    fail(f"{tag} {c['person']}: inconsistent surname_keys")
        for name, keys in gold_people.items():
            if not keys:
                fail(f"{tag} {name}: empty surname_keys")
                continue
            if not any(key_matches_token(k, t) for k in keys for t in tokens):
                fail(f"{tag} {name}: no token of the article matches its keys")
            if not person_matches(name, keys, name):
                fail(f"{tag} {name}: gold name fails person_matches with its own keys")
            p = people.get(name)
            if p is None:
                fail(f"{tag} {name}: gold person missing from spellings.json")
                continue
            for f in p["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    fail(f"{tag} {name}: keys {keys} miss listed spelling {f!r}")
            allowed = set(p["surname_forms"])
            for rel in p["relatives_sharing_surname"]:
                allowed.update(people.get(rel, {}).get("surname_forms", []))
            for t in caps:
                if t not in allowed and any(key_matches_token(k, t) for k in keys):
                    fail(f"{tag} {name}: keys {keys} also match unrelated word {t!r}")

        # ---- claim shape, check 6 and check 7
        by_person = {}
        for c in gold["claims"]:
            n_claims += 1
            t = c.get("type")
            types_seen[t] += 1
            if t not in TYPES:
                fail(f"{tag} unknown type {t}")
            for field in ("type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"):
                if field not in c:
                    fail(f"{tag} claim {c} lacks {field}")
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    fail(f"{tag} invalid date {d!r}")
                elif d > published[: len(d)]:
                    fail(f"{tag} date {d} after publication {published}")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(f"{tag} group_release needs null person and a positive count")
            else:
                if not c.get("person"):
                    fail(f"{tag} {t} without person")
                if c.get("count") is not None:
                    fail(f"{tag} count on non-group claim {t}")
                by_person.setdefault(c["person"], set()).add(t)
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    fail(f"{tag} deported {c['person']} without ISO country")
            elif c.get("destination_country") is not None:
                fail(f"{tag} destination on {t}")
            if c.get("term_months") is not None and t != "sentenced":
                fail(f"{tag} term_months on {t}")
        for name, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                fail(f"{tag} {name}: deported without released")
            if "pardoned" in ts and "released" not in ts:
                fail(f"{tag} {name}: pardoned without released")

        # ---- must_not: checks 4, 5, 7
        for m in gold.get("must_not", []):
            n_traps += 1
            for field in ("type", "person", "why", "kind"):
                if not m.get(field):
                    fail(f"{tag} must_not {m} lacks {field}")
            if m.get("kind") not in KINDS:
                fail(f"{tag} must_not kind {m.get('kind')!r} unknown")
            if m.get("type") not in TYPES:
                fail(f"{tag} must_not type {m.get('type')!r} unknown")
            mkeys = keys_for(m["person"])
            if not any(key_matches_token(k, t) for k in mkeys for t in tokens):
                fail(f"{tag} must_not person {m['person']} not named in the text")
            if m["person"] not in people:
                fail(f"{tag} must_not person {m['person']} missing from spellings.json")
            for c in gold["claims"]:
                if not c.get("person"):
                    continue
                hit = person_matches(c["person"], mkeys, m["person"])
                if c["type"] == m["type"] and hit:
                    fail(f"{tag} gold {c['type']} {c['person']} is caught by must_not {m['person']}")
                if m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and hit:
                    fail(f"{tag} {c['person']} has gold {c['type']} but a {m['type']} trap")

    # ---- set-level check 8
    for lang, n in LANG_SPLIT.items():
        if langs[lang] != n:
            fail(f"language split: {lang} has {langs[lang]} reports, expected {n}")
    missing = TYPES - set(types_seen)
    if missing:
        fail(f"event types not covered: {sorted(missing)}")

    # ---- check 3: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:10]}")
    if res["violations"] or res["errors"]:
        fail(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            fail(f"oracle attribute {k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    tp = sum(c.get("tp", 0) for c in res["by_type"].values())
    if tp != n_claims:
        fail(f"oracle matched {tp} of {n_claims} gold claims")

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} check(s) failed")
        return 1
    share = n_traps / (n_claims + n_traps)
    print(f"{len(arts)} reports, {n_claims} gold claims, {n_traps} must_not ({share:.0%} of entries)")
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
