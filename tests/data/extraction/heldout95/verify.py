#!/usr/bin/env python3
"""Self-check for the heldout95 extraction evaluation set.

  python3 verify.py                 run every check on this folder
  python3 verify.py --dir DIR       run them on another copy
  python3 verify.py --stats         also print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE in the
                                    extraction JSON shape of shared/docs/domain.md

Needs only the standard library and the scorer module score_claims.py, found in
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
"""
import argparse
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
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
ISO2 = set("AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BG BH BR BY CA CH CN CY CZ DE DK EE ES FI "
           "FR GB GE GR HR HU IE IL IN IS IT JP KG KZ LT LU LV MD ME MK MT NL NO PL PT RO RS RU "
           "SE SI SK TJ TM TR UA US UZ".split())
LANG_PLAN = {"en": 14, "ru": 10, "be": 6}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text):
    """Word tokens of a report; an English possessive 's is cut off."""
    return [re.sub(r"['’]s$", "", t) for t in TOKEN.findall(text)]


def prefix4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def precision(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def valid_date(s):
    if not s or not DATE.match(s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def oracle(args):
    """Print the gold of the report whose body equals FILE, as extractor output."""
    body = open(args.oracle, encoding="utf-8").read()
    for stem in stems(args.dir):
        pub, lang, text = read_report(os.path.join(args.dir, stem + ".txt"))
        if text == body:
            gold = json.load(open(os.path.join(args.dir, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"].split()[-1],
                              "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0,
                               "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": args.published or pub,
                              "language": args.lang or lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"error": "unknown report"}))
    return 1


def check(d, stats=False):
    errs = []
    err = errs.append
    names = stems(d)
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"spellings.json unreadable: {e}")
        spell = {}
    langs = Counter()
    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0
    words = {}
    for stem in names:
        pub, lang, text = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        where = f"{stem}:"
        # 7. header, length, dates
        langs[lang] += 1
        if not valid_date(pub) or len(pub) != 10:
            err(f"{where} bad publication date {pub!r}")
        elif not FIRST_PUB <= pub <= LAST_PUB:
            err(f"{where} publication date {pub} outside {FIRST_PUB}..{LAST_PUB}")
        if lang not in LANG_PLAN:
            err(f"{where} bad language {lang!r}")
        raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read().split("\n")
        if len(raw) < 4 or raw[2].strip() != "":
            err(f"{where} line 3 must be blank")
        n_words = len(text.split())
        words[stem] = n_words
        if not 150 <= n_words <= 550:
            err(f"{where} {n_words} words, want 150-550")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"{where} gold header differs from report header")
        # 8. scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                err(f"{where} Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                err(f"{where} Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                err(f"{where} Russian text has ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", text):
                err(f"{where} English text has Cyrillic")
        toks = tokens(text)
        caps = sorted({t for t in toks if t[:1].isupper()})
        sp = spell.get(stem)
        if not sp:
            err(f"{where} no spellings entry")
            continue
        if sp.get("language") != lang:
            err(f"{where} spellings language differs")
        people = {p["person"]: p for p in sp.get("persons", [])}
        listed_sur = {f for p in people.values() for f in p.get("surname_forms", [])}
        listed_all = listed_sur | {f for p in people.values() for f in p.get("given_forms", [])}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {t["person"] for t in traps}
        for name in sorted(gold_people | trap_people):
            if name not in people:
                err(f"{where} {name} missing from spellings.json")
        # 1-3. names, keys and spellings
        for name, p in people.items():
            keys = p.get("surname_keys") or []
            forms = p.get("surname_forms") or []
            rels = p.get("relatives") or []
            rel_forms = set()
            for r in rels:
                if r not in people:
                    err(f"{where} relative {r} of {name} not listed")
                    continue
                rel_forms |= set(people[r].get("surname_forms", []))
                if name not in (people[r].get("relatives") or []):
                    err(f"{where} relative link {name} -> {r} is one-way")
                if sc.person_matches(r, keys, name):
                    err(f"{where} {r} matches {name}'s keys")
                if sc.person_matches(name, people[r].get("surname_keys") or [], r):
                    err(f"{where} {name} matches {r}'s keys")
            if not keys or any(k != k.lower() or re.search(r"[^a-z]", k) for k in keys):
                err(f"{where} {name}: keys must be lower-case Latin: {keys}")
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(f"{where} {name} is not named by any token of the report")
            if not sc.person_matches(name, keys, name):
                err(f"{where} {name} does not match its own keys")
            if not forms:
                err(f"{where} {name} has no surname forms")
            stems2 = {re.sub(r"[^a-z]", "", sc.fold(x))[:2] for x in name.split()[-1:]}
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err(f"{where} {name}: keys {keys} miss listed form {f}")
                if re.sub(r"[^a-z]", "", sc.fold(f))[:2] not in stems2:
                    err(f"{where} {name}: listed form {f} does not begin like the surname")
            for t in caps:
                if t in forms or t in rel_forms:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    err(f"{where} {name}: keys {keys} also match unlisted word {t}")
            for f in forms + list(p.get("given_forms") or []):
                if f not in toks:
                    err(f"{where} {name}: listed spelling {f} does not occur")
        for c in claims:
            if c.get("person") and c.get("person") in people and \
                    c.get("surname_keys") != people[c["person"]].get("surname_keys"):
                err(f"{where} gold keys of {c['person']} differ from spellings.json")
        for t in caps:
            if t in listed_all:
                continue
            for f in listed_sur:
                if len(prefix4(f)) == 4 and prefix4(t) == prefix4(f):
                    err(f"{where} capitalised {t} shares a prefix with {f} but is not listed")
                    break
        # 5-6. claims and traps
        n_claims += len(claims)
        n_traps += len(traps)
        for c in claims:
            typ = c.get("type")
            type_count[typ] += 1
            if typ not in TYPES:
                err(f"{where} unknown type {typ}")
                continue
            if list(c.keys()) != FIELDS:
                err(f"{where} claim fields {list(c.keys())}")
            if c.get("date") is not None:
                if not valid_date(c["date"]):
                    err(f"{where} bad date {c['date']}")
                elif c["date"] > pub[:len(c["date"])]:
                    err(f"{where} date {c['date']} after publication {pub}")
            if typ == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    err(f"{where} group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(f"{where} group_release needs a positive count")
            else:
                if not c.get("person"):
                    err(f"{where} {typ} without a person")
                if c.get("count") is not None:
                    err(f"{where} count on {typ}")
            if typ == "deported":
                if c.get("destination_country") not in ISO2:
                    err(f"{where} deported {c.get('person')} without ISO country")
                if not any(x["type"] == "released" and x.get("person") == c["person"] for x in claims):
                    err(f"{where} deported {c['person']} without released")
            elif c.get("destination_country") is not None:
                err(f"{where} destination_country on {typ}")
            if typ == "pardoned" and not any(
                    x["type"] == "released" and x.get("person") == c["person"] for x in claims):
                err(f"{where} pardoned {c['person']} without released")
            if typ == "sentenced":
                if c.get("term_months") is not None and (
                        not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    err(f"{where} bad term {c['term_months']}")
            elif c.get("term_months") is not None:
                err(f"{where} term_months on {typ}")
        seen = set()
        for t in traps:
            kind_count[t.get("kind")] += 1
            key = (t.get("type"), t.get("person"))
            if key in seen:
                err(f"{where} trap listed twice: {key}")
            seen.add(key)
            if t.get("type") not in TYPES or t.get("type") == "group_release":
                err(f"{where} bad trap type {t.get('type')}")
            if t.get("kind") not in KINDS:
                err(f"{where} bad trap kind {t.get('kind')}")
            if not isinstance(t.get("why"), str) or len(t["why"].strip()) < 5:
                err(f"{where} trap without a why")
            if set(t.keys()) != {"type", "person", "why", "kind"}:
                err(f"{where} trap fields {sorted(t.keys())}")
            name = t.get("person") or ""
            own = (people.get(name) or {}).get("surname_keys") or []
            if not any(sc.key_matches_token(k, x) for k in (own or sc.keys_for(name)) for x in toks):
                err(f"{where} trap person {name} is not named in the text")
            for c in claims:
                if c["type"] != t.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name) or \
                        (own and sc.person_matches(c["person"], own, name)):
                    err(f"{where} trap {t['type']} {name} is matched by gold {c['person']}")
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(t.get("type"), set())
            for c in claims:
                if c["type"] in excl and c.get("person") == name:
                    err(f"{where} trap {t['type']} {name} contradicts gold {c['type']}")
    # 7-8. set-level
    for lang, n in LANG_PLAN.items():
        if langs[lang] != n:
            err(f"set: {langs[lang]} {lang} reports, want {n}")
    order = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
    for stem in names:
        _, lang, _ = read_report(os.path.join(d, stem + ".txt"))
        if lang in order and stem.isdigit() and int(stem) not in order[lang]:
            err(f"{stem}: language {lang} out of its block")
    for typ in TYPES:
        if not type_count[typ]:
            err(f"set: no gold claim of type {typ}")
    for kind in KINDS:
        if not kind_count[kind]:
            err(f"set: no trap of kind {kind}")
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not 0.25 <= share <= 0.30:
        err(f"set: traps are {share:.1%} of entries, want 25-30 %")
    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == len(names) == 30
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err(f"scorer on oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
            f"attributes={a}")
        for line in res["details"][:20]:
            err("  " + line)
    if stats:
        print(f"reports: {len(names)}  languages: {dict(langs)}")
        print(f"words: total {sum(words.values())}, min {min(words.values())}, "
              f"max {max(words.values())}; by language " + ", ".join(
                  f"{lg} {sum(w for s, w in words.items() if read_report(os.path.join(d, s + '.txt'))[1] == lg)}"
                  for lg in LANG_PLAN))
        print(f"claims: {n_claims}  traps: {n_traps}  trap share: {share:.1%}")
        print("claims by type: " + ", ".join(f"{t} {type_count[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k} {kind_count[k]}" for k in KINDS))
        print(f"scorer on oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} attributes={a}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    errs = check(args.dir, args.stats)
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
