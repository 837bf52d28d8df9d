#!/usr/bin/env python3
"""Consistency checks for the heldout59 extraction set.

Run:  python3 verify.py            (prints ALL CHECKS PASSED at the end, exits 1 on failure)
The scorer is imported from /work/shared/tools/score_claims.py (override with SCORE_CLAIMS_DIR).
Internally, `verify.py --oracle FILE --published D --lang L` acts as an "extractor" that prints
the gold claims of the matching article; check 3 runs the scorer with it.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
for cand in (os.environ.get("SCORE_CLAIMS_DIR"), "/work/shared/tools",
             os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")):
    if cand and os.path.exists(os.path.join(cand, "score_claims.py")):
        sys.path.insert(0, os.path.abspath(cand))
        break
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "left_voluntarily", "refused_to_leave", "still_imprisoned"}
ISO = set("AD AE AL AM AT AZ BA BE BG BY CA CH CN CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT "
          "KG KZ LI LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TJ TM TR UA US UZ VA".split())
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOK = re.compile(r"[^\W\d_]+")


def articles():
    out = []
    for fname in sorted(os.listdir(HERE)):
        if not fname.endswith(".gold.json"):
            continue
        stem = fname[: -len(".gold.json")]
        gold = json.load(open(os.path.join(HERE, fname), encoding="utf-8"))
        raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
        out.append((stem, gold, raw, "\n".join(raw[3:])))
    return out


def oracle(argv):
    path = argv[0]
    text = open(path, encoding="utf-8").read()
    for stem, gold, raw, body in articles():
        if body == text:
            claims = []
            for g in gold["claims"]:
                d = g.get("date")
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                claims.append({
                    "type": g["type"],
                    "person": None if g["person"] is None else
                    {"name": g["person"], "mention": g["person"], "person_id": None},
                    "date": d, "date_precision": prec,
                    "destination_country": g.get("destination_country"),
                    "term_months": g.get("term_months"), "count": g.get("count"),
                    "confidence": 1.0, "evidence": None,
                })
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 1


def fold_letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def date_ok(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def main():
    errors = []

    def fail(msg):
        errors.append(msg)

    arts = articles()
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = Counter()
    types_seen = set()
    table = {}
    n_claims = n_must = 0

    for stem, gold, raw, body in arts:
        tokens = TOK.findall(body)
        token_set = set(tokens)
        caps = [t for t in tokens if t[0].isupper()]
        pub, lang = raw[0].strip(), raw[1].strip()
        claims, must_not = gold["claims"], gold.get("must_not", [])
        n_claims += len(claims)
        n_must += len(must_not)
        sp = spell.get(stem)
        if sp is None:
            fail(f"{stem}: no entry in spellings.json")
            continue
        persons = sp["persons"]

        # ---- check 8: header, body length, language -------------------------------------------
        if not (date_ok(pub) and len(pub) == 10 and PUB_MIN <= pub <= PUB_MAX):
            fail(f"{stem}: bad publication date {pub!r}")
        if lang not in LANG_SPLIT:
            fail(f"{stem}: bad language {lang!r}")
        if raw[2].strip() != "":
            fail(f"{stem}: line 3 is not blank")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{stem}: gold header differs from text header")
        words = len(body.split())
        if not 150 <= words <= 550:
            fail(f"{stem}: body has {words} words")
        if lang == "be" and not ("ў" in body and "і" in body):
            fail(f"{stem}: Belarusian text without ў/і")
        langs[lang] += 1
        row = table.setdefault(lang, Counter())
        row["reports"] += 1
        row["words"] += words
        row["claims"] += len(claims)
        row["must_not"] += len(must_not)

        # ---- claims: fields, check 6 and 7 ----------------------------------------------------
        seen = set()
        for g in claims:
            t, p = g.get("type"), g.get("person")
            tag = f"{stem}: {t} {p or g.get('count')}"
            if set(g) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                fail(f"{tag}: unexpected fields {sorted(g)}")
            if t not in TYPES:
                fail(f"{tag}: unknown type")
            types_seen.add(t)
            key = (t, p, g.get("date"), g.get("count"))
            if key in seen:
                fail(f"{tag}: duplicate claim")
            seen.add(key)
            d = g.get("date")
            if d is not None and not (date_ok(d) and d <= pub[: len(d)]):
                fail(f"{tag}: bad or future date {d!r}")
            if t == "group_release":
                if p is not None or g.get("surname_keys") or not isinstance(g.get("count"), int) or g["count"] <= 0:
                    fail(f"{tag}: group_release needs null person, no keys and a positive count")
            else:
                if not p or g.get("count") is not None:
                    fail(f"{tag}: needs a person and no count")
                keys = g.get("surname_keys") or []
                if not keys or any(not re.fullmatch(r"[a-z]+", k) for k in keys):
                    fail(f"{tag}: surname_keys must be non-empty lowercase ascii")
            if t == "sentenced":
                tm = g.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(f"{tag}: bad term_months")
            elif g.get("term_months") is not None:
                fail(f"{tag}: term_months only on sentenced")
            if t == "deported":
                if g.get("destination_country") not in ISO:
                    fail(f"{tag}: deported needs an ISO country")
                if not any(c["type"] == "released" and c["person"] == p for c in claims):
                    fail(f"{tag}: deported without released")
            elif g.get("destination_country") is not None:
                fail(f"{tag}: destination_country only on deported")
            if t == "pardoned" and not any(c["type"] == "released" and c["person"] == p for c in claims):
                fail(f"{tag}: pardoned without released")

        # ---- check 1: every gold person is matched by a token of its article ------------------
        for g in claims:
            p = g["person"]
            if p is None:
                continue
            keys = g["surname_keys"]
            if not sc.person_matches(p, keys, p):
                fail(f"{stem}: gold name {p} does not match its own keys {keys}")
            if not any(any(sc.key_matches_token(k, t) for k in keys) and sc.person_matches(t, keys, p)
                       for t in tokens):
                fail(f"{stem}: no token of the article matches {p} with keys {keys}")

        # ---- check 2: keys vs spellings -------------------------------------------------------
        gold_people = {g["person"] for g in claims if g["person"]}
        must_people = {m["person"] for m in must_not}
        for name in gold_people | must_people:
            if name not in persons:
                fail(f"{stem}: {name} missing from spellings.json")
        listed = set()
        for name, forms in persons.items():
            for f in forms["surname"] + forms["given"]:
                listed.add(f)
                if f not in token_set:
                    fail(f"{stem}: listed spelling {f!r} ({name}) does not occur in the text")
        groups = {}
        for grp in sp.get("shared_surname", []):
            for name in grp:
                if name not in persons:
                    fail(f"{stem}: shared-surname member {name} not in persons")
                groups.setdefault(name, set()).update(grp)
        keys_of = {}
        for g in claims:
            if g["person"]:
                keys_of.setdefault(g["person"], g["surname_keys"])
                if keys_of[g["person"]] != g["surname_keys"]:
                    fail(f"{stem}: {g['person']} has different keys in different claims")
        for name, keys in keys_of.items():
            own = persons.get(name, {"surname": []})["surname"]
            for f in own:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(f"{stem}: keys {keys} of {name} miss listed spelling {f!r}")
            allowed = set(own)
            for rel in groups.get(name, ()):
                allowed.update(persons[rel]["surname"])
            for t in sorted(set(caps)):
                if any(sc.key_matches_token(k, t) for k in keys) and t not in allowed:
                    fail(f"{stem}: keys {keys} of {name} also match unrelated word {t!r}")
        prefixes = {fold_letters(f)[:4] for f in listed if len(fold_letters(f)) >= 4}
        for t in set(caps):
            ft = fold_letters(t)
            if len(ft) >= 4 and ft[:4] in prefixes and t not in listed:
                fail(f"{stem}: capitalised {t!r} shares a 4-letter prefix with a listed spelling but is not listed")

        # ---- check 4 and 5: traps -------------------------------------------------------------
        for m in must_not:
            mt, mp = m.get("type"), m.get("person")
            tag = f"{stem}: must_not {mt} {mp}"
            if set(m) != {"type", "person", "why", "kind"} or not m.get("why"):
                fail(f"{tag}: needs exactly type, person, why, kind")
            if mt not in TYPES or mt == "group_release":
                fail(f"{tag}: bad type")
            if m.get("kind") not in KINDS:
                fail(f"{tag}: unknown kind {m.get('kind')!r}")
            mkeys = sc.keys_for(mp)
            for g in claims:
                if g["type"] != mt or not g["person"]:
                    continue
                if g["person"] == mp or sc.person_matches(g["person"], mkeys, mp):
                    fail(f"{tag}: matched by gold claim for {g['person']}")
                if sc.person_matches(mp, g["surname_keys"], g["person"]):
                    fail(f"{tag}: a prediction naming the trap person would match gold {g['person']}")
            forms = persons.get(mp, {"surname": [], "given": []})
            if not forms["surname"] or not all(f in token_set for f in forms["surname"]):
                fail(f"{tag}: surname not named in the text")
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in tokens):
                fail(f"{tag}: scorer keys {mkeys} match no token of the text")

    # ---- check 8: split and coverage -----------------------------------------------------------
    if dict(langs) != LANG_SPLIT:
        fail(f"language split {dict(langs)} != {LANG_SPLIT}")
    if len(arts) != 30:
        fail(f"{len(arts)} articles, expected 30")
    if types_seen != TYPES:
        fail(f"event types not covered: {sorted(TYPES - types_seen)}")
    share = n_must / (n_claims + n_must)
    if not 0.25 <= share <= 0.40:
        fail(f"must_not share {share:.2f} is not around a third")

    # ---- check 3: oracle through the scorer ----------------------------------------------------
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30):
        fail(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
             f"violations={res['violations']} errors={res['errors']} details={res['details'][:10]}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            fail(f"oracle attribute {k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")

    print("language  reports  body words  gold claims  must_not")
    tot = Counter()
    for lang in ("en", "ru", "be"):
        r = table.get(lang, Counter())
        tot.update(r)
        print(f"{lang:8} {r['reports']:8} {r['words']:11} {r['claims']:12} {r['must_not']:9}")
    print(f"{'total':8} {tot['reports']:8} {tot['words']:11} {tot['claims']:12} {tot['must_not']:9}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']}; "
          f"must_not share {share:.2f}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2:]))
    sys.exit(main())
