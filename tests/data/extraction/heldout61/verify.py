#!/usr/bin/env python3
"""Consistency checks for the heldout61 evaluation set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED (exit 0) or the failures (exit 1)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                               print the gold claims of the article whose body is FILE, in the
                               extraction JSON shape (used by check 3 through the scorer)

The graders' scorer is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # leave no __pycache__ beside the shared scorer
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
RELEASE_TYPES = {"released", "deported", "pardoned"}
TRAP_KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
              "refused_to_leave", "denial", "question", "correction", "pretrial_custody"}
ISO = {"LT", "PL", "UA", "DE", "AT", "JP", "TR", "LV", "FR", "GB", "US", "GE", "KZ", "AZ", "IR", "MM",
       "QA", "OM", "CZ", "SE", "NL", "BE"}
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
EXPECTED_SPLIT = {"en": 14, "ru": 10, "be": 6}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[’'ʼ\-][^\W\d_]+)*")


def load_articles():
    arts = []
    for fname in sorted(os.listdir(HERE)):
        if not fname.endswith(".gold.json"):
            continue
        stem = fname[: -len(".gold.json")]
        raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
        gold = json.load(open(os.path.join(HERE, fname), encoding="utf-8"))
        arts.append({"stem": stem, "raw": raw, "published": raw[0].strip(), "lang": raw[1].strip(),
                     "text": "\n".join(raw[3:]), "gold": gold})
    return arts


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for art in load_articles():
        if art["text"] == text:
            claims = []
            for g in art["gold"]["claims"]:
                d = g["date"]
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                person = None if g["person"] is None else {
                    "name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": d, "date_precision": prec,
                               "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                               "evidence": None})
            print(json.dumps({"published": art["published"], "language": art["lang"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("oracle: no article with this text", file=sys.stderr)
    return 1


def letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(d):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    errors = []
    err = errors.append
    arts = load_articles()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))

    # ---- 8. headers, lengths, split, dates, orthography, coverage -------------------------------
    split = Counter()
    types_seen = set()
    if len(arts) != 30:
        err(f"expected 30 articles, found {len(arts)}")
    for a in arts:
        s, raw = a["stem"], a["raw"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0]) or not valid_date(raw[0]):
            err(f"{s}: line 1 is not a date")
        elif not ("2021-01-01" <= raw[0] <= "2026-11-20"):
            err(f"{s}: publication date {raw[0]} out of range")
        if raw[1] not in EXPECTED_SPLIT:
            err(f"{s}: line 2 is not en/ru/be")
        if raw[2] != "":
            err(f"{s}: line 3 is not blank")
        if a["gold"].get("published") != a["published"] or a["gold"].get("language") != a["lang"]:
            err(f"{s}: gold published/language differ from the header")
        split[a["lang"]] += 1
        words = len(a["text"].split())
        if not 150 <= words <= 550:
            err(f"{s}: body has {words} words")
        low = a["text"].lower()
        if a["lang"] == "be":
            if "ў" not in low or "і" not in low:
                err(f"{s}: Belarusian text lacks ў or і")
            bad = set(low) & set("ищъ")
            if bad:
                err(f"{s}: Belarusian text contains Russian letters {sorted(bad)}")
        if a["lang"] == "ru" and (set(low) & set("ўі")):
            err(f"{s}: Russian text contains ў/і")
        if a["lang"] == "en" and re.search(r"[\u0400-\u04ff]", a["text"]):
            err(f"{s}: English text contains Cyrillic")
        for g in a["gold"]["claims"]:
            types_seen.add(g["type"])
    if dict(split) != EXPECTED_SPLIT:
        err(f"language split {dict(split)} != {EXPECTED_SPLIT}")
    missing = set(TYPES) - types_seen
    if missing:
        err(f"event types not covered: {sorted(missing)}")
    unknown = types_seen - set(TYPES)
    if unknown:
        err(f"unknown event types: {sorted(unknown)}")

    for a in arts:
        s, text, gold = a["stem"], a["text"], a["gold"]
        claims, must = gold["claims"], gold.get("must_not", [])
        tokens = TOKEN_RE.findall(text)
        token_set = set(tokens)
        caps = sorted({t for t in tokens if t[0].isupper()})
        sp = spellings.get(s)
        if sp is None:
            err(f"{s}: no entry in spellings.json")
            continue
        people = {p["name"]: p for p in sp["people"]}
        relatives = {}
        for pair in sp["relatives_sharing_surname"]:
            for x in pair:
                if x not in people:
                    err(f"{s}: relative {x} not listed in people")
                relatives.setdefault(x, set()).update(y for y in pair if y != x)
        gold_keys = {}
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                err(f"{s}: claim fields {sorted(g)}")
            if g["type"] == "group_release":
                continue
            if g["person"] in gold_keys and gold_keys[g["person"]] != g["surname_keys"]:
                err(f"{s}: {g['person']} has different surname_keys in different claims")
            gold_keys[g["person"]] = g["surname_keys"]

        # ---- 1. every gold person is found in the text; the gold name matches its keys ----------
        for name, keys in gold_keys.items():
            if not name or not keys:
                err(f"{s}: person claim without name or keys ({name})")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                err(f"{s}: no token of the text matches the keys of {name}")
            if not sc.person_matches(name, keys, name):
                err(f"{s}: gold name {name} does not pass person_matches with its keys")

        # ---- 2. spellings -----------------------------------------------------------------------
        listed = set()
        for p in people.values():
            for form in p["surnames"] + p["given_names"]:
                listed.add(form)
                if form not in token_set:
                    err(f"{s}: listed spelling {form!r} ({p['name']}) does not occur in the text")
        for name, keys in gold_keys.items():
            if name not in people:
                err(f"{s}: gold person {name} missing from spellings.json")
                continue
            own = set(people[name]["surnames"])
            for form in own:
                if not any(sc.key_matches_token(k, form) for k in keys):
                    err(f"{s}: keys {keys} of {name} do not match listed spelling {form!r}")
            allowed = set(own)
            for r in relatives.get(name, ()):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    err(f"{s}: keys {keys} of {name} also match unrelated word {t!r}")
        for t in caps:
            if t in listed:
                continue
            lt = letters(t)
            if len(lt) < 4:
                continue
            for form in listed:
                lf = letters(form)
                if len(lf) >= 4 and lf[:4] == lt[:4]:
                    err(f"{s}: capitalised {t!r} shares a 4-letter prefix with {form!r} but is not listed")
                    break
        for name, rels in relatives.items():
            for r in rels:
                rk = gold_keys.get(r) or sc.keys_for(r)
                nk = gold_keys.get(name) or sc.keys_for(name)
                if sc.person_matches(name, rk, r) or sc.person_matches(r, nk, name):
                    err(f"{s}: the scorer cannot tell relatives {name} and {r} apart")

        # ---- 4. no must_not entry is matched by a gold claim of the same type ---------------------
        for m in must:
            if set(m) != {"type", "person", "why", "kind"}:
                err(f"{s}: must_not fields {sorted(m)}")
            if m["kind"] not in TRAP_KINDS:
                err(f"{s}: unknown trap kind {m['kind']}")
            if m["type"] not in TYPES:
                err(f"{s}: unknown must_not type {m['type']}")
            for g in claims:
                if g["type"] != m["type"] or g["person"] is None:
                    continue
                if sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]):
                    err(f"{s}: gold {g['type']} {g['person']} matches must_not {m['person']}")
                if sc.person_matches(m["person"], g["surname_keys"], g["person"]):
                    err(f"{s}: must_not {m['type']} {m['person']} would be taken for gold {g['person']}")

        # ---- 5. every must_not person is named in the text --------------------------------------
            keys = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                err(f"{s}: must_not person {m['person']} is not named in the text")
            if m["person"] not in people:
                err(f"{s}: must_not person {m['person']} missing from spellings.json")

        # ---- 6. dates ----------------------------------------------------------------------------
        pub = a["published"]
        for g in claims:
            d = g["date"]
            if d is None:
                continue
            if not isinstance(d, str) or not valid_date(d):
                err(f"{s}: bad date {d!r} on {g['type']} {g['person']}")
            elif d > pub[: len(d)]:
                err(f"{s}: date {d} after publication {pub} on {g['type']} {g['person']}")

        # ---- 7. shape rules -----------------------------------------------------------------------
        have = {(g["type"], g["person"]) for g in claims}
        for g in claims:
            t, p = g["type"], g["person"]
            if t == "deported":
                if ("released", p) not in have:
                    err(f"{s}: deported {p} without released")
                if g["destination_country"] not in ISO:
                    err(f"{s}: deported {p} has country {g['destination_country']!r}")
            elif g["destination_country"] is not None:
                err(f"{s}: destination_country on {t} {p}")
            if t == "pardoned" and ("released", p) not in have:
                err(f"{s}: pardoned {p} without released")
            if t == "group_release":
                if p is not None or g["surname_keys"] or not isinstance(g["count"], int) or g["count"] < 2:
                    err(f"{s}: malformed group_release {g}")
            else:
                if g["count"] is not None:
                    err(f"{s}: count on {t} {p}")
                if not isinstance(p, str) or not p.strip():
                    err(f"{s}: {t} without person")
            if g["term_months"] is not None:
                if t != "sentenced":
                    err(f"{s}: term_months on {t} {p}")
                elif not isinstance(g["term_months"], int) or g["term_months"] <= 0:
                    err(f"{s}: bad term_months on {p}")
        for m in must:
            if m["type"] not in RELEASE_TYPES:
                continue
            for g in claims:
                if g["type"] in RELEASE_TYPES and g["person"] is not None and (
                        g["person"] == m["person"]
                        or sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"])):
                    err(f"{s}: {m['person']} is caught by a {m['type']} trap but has gold {g['type']}")

    # ---- 3. the oracle scores perfectly through the graders' scorer -------------------------------
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 120)
    at = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        err(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:10]}")
    if res["violations"] or res["errors"]:
        err(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if at.get(f"{k}_ok", 0) != at.get(f"{k}_total", 0):
            err(f"oracle attribute {k}: {at.get(f'{k}_ok', 0)}/{at.get(f'{k}_total', 0)}")
    if res["articles"] != len(arts):
        err(f"scorer saw {res['articles']} articles")

    n_claims = sum(len(a["gold"]["claims"]) for a in arts)
    n_must = sum(len(a["gold"].get("must_not", [])) for a in arts)
    print(f"articles={len(arts)} claims={n_claims} must_not={n_must} "
          f"trap_share={n_must / max(n_claims + n_must, 1):.2f} attributes={at}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
