#!/usr/bin/env python3
"""Consistency checks for the heldout63 evaluation set.

  python3 verify.py            run all checks, print ALL CHECKS PASSED or the failures
  python3 verify.py --oracle FILE --published D --lang L
                               print the gold of the article whose body is FILE as if it
                               were extractor output (used by check 3 through the scorer)

The graders' scorer is imported from $VOLIA_SCORER_DIR or from ../../../../../shared/tools
relative to this file.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.dont_write_bytecode = True
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"}
RELEASE_TYPES = {"released", "pardoned", "deported"}
TRAP_KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily",
              "demand", "refused_to_leave", "denial", "question", "correction",
              "pretrial_custody"}
ISO2 = {"LT", "PL", "UA", "LV", "DE", "GE", "RU", "US", "CZ", "EE", "SE"}
WANT_LANGS = {"en": 14, "ru": 10, "be": 6}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-’'ʼ][^\W\d_]+)*")


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def cap_tokens(text):
    out = set()
    for t in tokens(text):
        if t[0].isupper():
            out.add(t)
            if "-" in t:
                out.update(p for p in t.split("-") if p and p[0].isupper())
    return out


def fold4(word):
    f = re.sub(r"[^a-z]", "", sc.fold(word))
    return f[:4] if len(f) >= 4 else None


def keys_match(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        _, published, lang, body = read_article(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                prec = {4: "year", 7: "month", 10: "day"}.get(len(c["date"] or ""), None)
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"].split()[-1],
                              "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print("no article with this body", file=sys.stderr)
    return 1


def valid_date(s):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    errors = []

    def err(stem, msg):
        errors.append(f"{stem}: {msg}")

    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    all_stems = stems()
    if all_stems != [f"{i:02d}" for i in range(1, 31)]:
        errors.append(f"expected 01..30, got {all_stems}")
    langs = {}
    types_seen = set()
    n_claims = n_traps = 0
    for stem in all_stems:
        raw, published, lang, body = read_article(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        claims, must_not = gold["claims"], gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(must_not)
        langs[lang] = langs.get(lang, 0) + 1
        toks = tokens(body)
        tokset = set(toks)
        caps = cap_tokens(body)
        sp = spellings.get(stem)

        # ---- check 8: header, length, language, dates
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0]) or raw[0] != published:
            err(stem, "line 1 is not a YYYY-MM-DD date")
        if raw[1] not in WANT_LANGS:
            err(stem, f"line 2 language {raw[1]!r}")
        if raw[2] != "":
            err(stem, "line 3 not blank")
        if gold.get("published") != published or gold.get("language") != lang:
            err(stem, "gold published/language differ from header")
        if not ("2021-01-01" <= published <= "2026-11-20") or not valid_date(published):
            err(stem, f"publication date {published} out of range")
        words = len(body.split())
        if not 150 <= words <= 550:
            err(stem, f"body has {words} words")
        low = body.lower()
        if lang == "be":
            if "ў" not in low or "і" not in low:
                err(stem, "Belarusian text without ў or і")
            bad = set(low) & set("иъщ")
            if bad:
                err(stem, f"Belarusian text contains Russian letters {bad}")
        if lang == "ru" and (set(low) & set("ўі")):
            err(stem, "Russian text contains ў or і")
        if lang == "en" and re.search(r"[а-яё]", low):
            err(stem, "English text contains Cyrillic")

        if sp is None:
            err(stem, "no spellings.json entry")
            sp = {"people": [], "relatives_sharing_surname": []}
        people = {p["name"]: p for p in sp["people"]}
        listed = set()
        for p in sp["people"]:
            listed.update(p["surname_forms"])
            listed.update(p["given_forms"])
        relatives = {}
        for group in sp.get("relatives_sharing_surname", []):
            for a in group:
                relatives.setdefault(a, set()).update(x for x in group if x != a)

        # ---- check 2 (part): every listed spelling occurs; prefix coverage
        for s in sorted(listed):
            if s not in tokset and s not in caps:
                err(stem, f"listed spelling {s!r} does not occur in the text")
        prefixes = {fold4(s) for s in listed if fold4(s)}
        for t in sorted(caps):
            if t in listed:
                continue
            if fold4(t) in prefixes:
                err(stem, f"capitalised token {t!r} shares a 4-letter prefix with a listed spelling but is not listed")

        gold_people = {}
        for c in claims:
            t = c.get("type")
            types_seen.add(t)
            if t not in TYPES:
                err(stem, f"unknown type {t}")
                continue
            for f in ("type", "person", "surname_keys", "date", "destination_country",
                      "term_months", "count"):
                if f not in c:
                    err(stem, f"claim lacks field {f}: {c}")
            # ---- check 6
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    err(stem, f"invalid date {c['date']}")
                elif c["date"] > published[: len(c["date"])]:
                    err(stem, f"date {c['date']} after publication {published}")
            # ---- check 7 (shape)
            if c["term_months"] is not None and t != "sentenced":
                err(stem, f"term_months on {t}")
            if c["term_months"] is not None and not (isinstance(c["term_months"], int) and c["term_months"] > 0):
                err(stem, f"bad term_months {c['term_months']}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    err(stem, f"deported without ISO country: {c}")
            elif c["destination_country"] is not None:
                err(stem, f"destination_country on {t}")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["surname_keys"]:
                    err(stem, f"group_release must have null person, no keys and a count: {c}")
                continue
            if c["count"] is not None:
                err(stem, f"count on {t}")
            if not c["person"] or not c["surname_keys"]:
                err(stem, f"claim without person or keys: {c}")
                continue
            gold_people.setdefault(c["person"], set()).update(c["surname_keys"])
            # ---- check 1
            if not any(keys_match(c["surname_keys"], tok) for tok in toks):
                err(stem, f"no token of the text matches keys of {c['person']}")
            if not sc.person_matches(c["person"], c["surname_keys"], c["person"]):
                err(stem, f"gold name {c['person']} fails person_matches with its keys")

        # consistent keys per person
        for c in claims:
            if c["person"] and set(c["surname_keys"]) != gold_people.get(c["person"], set()):
                err(stem, f"{c['person']} has differing surname_keys across claims")

        # ---- check 2: keys vs spellings and other capitalised words
        for name, keys in gold_people.items():
            p = people.get(name)
            if p is None:
                err(stem, f"gold person {name} missing from spellings.json")
                continue
            if p.get("role") != "gold":
                err(stem, f"{name} has gold claims but role {p.get('role')}")
            if not p["surname_forms"]:
                err(stem, f"{name}: no surname forms listed")
            for s in p["surname_forms"]:
                if not keys_match(keys, s):
                    err(stem, f"keys {sorted(keys)} of {name} do not match listed spelling {s!r}")
            exempt = set(p["surname_forms"])
            for r in relatives.get(name, ()):
                exempt.update(people.get(r, {}).get("surname_forms", []))
            for t in sorted(caps):
                if t in exempt:
                    continue
                if keys_match(keys, t):
                    err(stem, f"keys {sorted(keys)} of {name} also match capitalised word {t!r}")
        for name, p in people.items():
            if p.get("role") == "gold" and name not in gold_people:
                err(stem, f"{name} listed as gold but has no gold claim")
            if p.get("role") not in ("gold", "trap", "other"):
                err(stem, f"{name}: bad role {p.get('role')}")

        # ---- relatives must be distinguishable by the scorer
        for a, others in relatives.items():
            for b in others:
                if a not in people or b not in people:
                    err(stem, f"relative {a}/{b} not in people")
                    continue
                ga, gb = sc.tokens_of(a)[-1], sc.tokens_of(b)[-1]
                gen_a, gen_b = sc.surname_gender(ga), sc.surname_gender(gb)
                differs_gender = gen_a and gen_b and gen_a != gen_b
                differs_given = not sc.given_compatible(sc.tokens_of(a)[0], sc.tokens_of(b)[0])
                if not (differs_gender or differs_given):
                    err(stem, f"relatives {a} / {b} are indistinguishable for the scorer")

        # ---- check 4, 5, 7 (traps)
        for m in must_not:
            for f in ("type", "person", "why", "kind"):
                if not m.get(f):
                    err(stem, f"must_not lacks {f}: {m}")
            if m.get("type") not in TYPES - {"group_release"}:
                err(stem, f"must_not with bad type {m.get('type')}")
            if m.get("kind") not in TRAP_KINDS:
                err(stem, f"must_not with unknown kind {m.get('kind')}")
            mk = sc.keys_for(m["person"])
            for c in claims:
                if c["person"] is None:
                    continue
                same = c["person"] == m["person"] or sc.person_matches(c["person"], mk, m["person"])
                if c["type"] == m["type"] and same:
                    err(stem, f"must_not {m['type']} {m['person']} is matched by gold claim of {c['person']}")
                if m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and same:
                    err(stem, f"{m['person']} is caught by release-type trap {m['type']} but has gold {c['type']}")
            if not any(sc.key_matches_token(mk[0], tok) for tok in toks):
                err(stem, f"must_not person {m['person']} not named in the text")
            p = people.get(m["person"])
            if p is None:
                err(stem, f"must_not person {m['person']} missing from spellings.json")
            elif not any(s in tokset for s in p["surname_forms"]):
                err(stem, f"must_not person {m['person']}: no surname form in the text")

        # ---- check 7 (implications)
        by_person = {}
        for c in claims:
            if c["person"]:
                by_person.setdefault(c["person"], set()).add(c["type"])
        for name, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                err(stem, f"{name}: deported without released")
            if "pardoned" in ts and "released" not in ts:
                err(stem, f"{name}: pardoned without released")

    # ---- check 8 (set level)
    if langs != WANT_LANGS:
        errors.append(f"language split {langs}, want {WANT_LANGS}")
    missing = TYPES - types_seen
    if missing:
        errors.append(f"event types not covered: {sorted(missing)}")

    # ---- check 3: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errors.append(f"oracle P/R/F1 {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:10]}")
    if res["violations"] or res["errors"]:
        errors.append(f"oracle violations={res['violations']} errors={res['errors']}: {res['details'][:10]}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errors.append(f"oracle attribute {k}: {a.get(k + '_ok')}/{a.get(k + '_total')}")
    if res["articles"] != 30:
        errors.append(f"scorer saw {res['articles']} articles")

    for e in errors:
        print("FAIL", e)
    print(f"{len(all_stems)} articles, {n_claims} gold claims, {n_traps} must_not entries "
          f"({n_traps / max(n_claims + n_traps, 1):.0%} traps)")
    if errors:
        print(f"{len(errors)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
