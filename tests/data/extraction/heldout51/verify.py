#!/usr/bin/env python3
"""Consistency checks for the heldout51 extraction evaluation set.

Run:  python3 verify.py            (prints ALL CHECKS PASSED or the failures)
The same file doubles as the oracle for check 3: when called as
  verify.py --oracle FILE --published DATE --lang LANG
it prints the gold claims of the article whose text equals FILE, in the extraction
output shape of shared/docs/domain.md.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "voluntary_departure", "refused_to_leave"}
WANT_LANG = {"en": 14, "ru": 10, "be": 6}
BODY_MIN, BODY_MAX = 120, 450
FIRST, LAST = "2021-01-01", "2026-11-20"
ISO2 = set("AD AE AF AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT "
           "KG KZ LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TJ TM TR UA US UZ".split())
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def articles():
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".gold.json"):
            stem = f[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
            yield stem, gold, raw


def scorer_text(raw):
    """The text exactly as score_claims.score hands it to the extractor."""
    return "\n".join(raw.split("\n")[3:])


def words(text):
    return re.findall(r"[^\W\d_]+", text)


def capitalised(text):
    return sorted({w for w in words(text) if w[0].isupper()})


def fold4(w):
    return re.sub(r"[^a-z]", "", sc.fold(w))[:4]


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem, gold, raw in articles():
        if scorer_text(raw) == text:
            out = []
            for c in gold["claims"]:
                d = c.get("date")
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                out.append({"type": c["type"],
                            "person": None if c["person"] is None else
                            {"name": c["person"], "mention": c["person"], "person_id": None},
                            "date": d, "date_precision": prec,
                            "destination_country": c.get("destination_country"),
                            "term_months": c.get("term_months"), "count": c.get("count"),
                            "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": out}, ensure_ascii=False))
            return 0
    print("oracle: no article matches", file=sys.stderr)
    return 1


def valid_date(d):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    try:
        if len(d) == 10:
            datetime.date.fromisoformat(d)
        elif len(d) == 7:
            datetime.date.fromisoformat(d + "-01")
        return True
    except ValueError:
        return False


def main():
    fails = []
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = Counter()
    types_seen = Counter()
    n_claims = n_must = 0
    arts = list(articles())
    if len(arts) != 30:
        fails.append(f"expected 30 articles, found {len(arts)}")
    for stem, gold, raw in arts:
        lines = raw.split("\n")
        text = scorer_text(raw)
        tokens = words(text)
        caps = capitalised(text)
        lang = gold["language"]
        langs[lang] += 1
        n_claims += len(gold["claims"])
        n_must += len(gold["must_not"])
        tag = f"{stem}:"

        # (8) header lines, body length, dates in range
        if lines[0].strip() != gold["published"] or lines[1].strip() != lang:
            fails.append(f"{tag} header lines {lines[:2]} != gold {gold['published']} {lang}")
        if lines[2].strip() != "" or not lines[3].strip() or lines[4].strip() != "":
            fails.append(f"{tag} layout must be date, lang, blank, headline, blank, body")
        body = "\n".join(lines[5:])
        nw = len(re.findall(r"\S+", body))
        if not BODY_MIN <= nw <= BODY_MAX:
            fails.append(f"{tag} body has {nw} words (want {BODY_MIN}-{BODY_MAX})")
        if not (FIRST <= gold["published"] <= LAST) or not valid_date(gold["published"]) or len(gold["published"]) != 10:
            fails.append(f"{tag} publication date {gold['published']} out of range")
        if lang not in WANT_LANG:
            fails.append(f"{tag} language {lang}")

        sp = spell.get(stem)
        if sp is None:
            fails.append(f"{tag} missing from spellings.json")
            continue
        persons = {c["person"] for c in gold["claims"] if c["person"]}
        if set(sp["persons"]) != persons:
            fails.append(f"{tag} spellings.json persons {sorted(sp['persons'])} != gold persons {sorted(persons)}")
        listed = set(sp["relatives"])
        for p in sp["persons"].values():
            listed |= set(p)
        keys_of = {}
        for c in gold["claims"]:
            if c["person"]:
                k = tuple(c["surname_keys"])
                if keys_of.setdefault(c["person"], k) != k:
                    fails.append(f"{tag} {c['person']} has different keys in different claims")

        # script of names
        def script_ok(name):
            if lang == "en":
                return not CYR.search(name) and LAT.search(name)
            return not LAT.search(name) and CYR.search(name)
        for name in list(persons) + [m["person"] for m in gold["must_not"]]:
            if not script_ok(name):
                fails.append(f"{tag} name '{name}' not in the article's script")

        for person, keys in keys_of.items():
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fails.append(f"{tag} {person}: keys must be lowercase Latin: {keys}")
            # (1) person matched by a token of the article
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                fails.append(f"{tag} {person}: no token of the article matches keys {keys}")
            # the gold name itself must satisfy the scorer
            if not sc.person_matches(person, list(keys), person):
                fails.append(f"{tag} {person}: gold name does not match its own keys")
            # (2a) keys match every listed spelling
            for s in sp["persons"].get(person, []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fails.append(f"{tag} {person}: keys {keys} miss spelling '{s}'")
            # (2b) keys match no other capitalised word (relatives / listed spellings excepted)
            for w in caps:
                if w not in listed and any(sc.key_matches_token(k, w) for k in keys):
                    fails.append(f"{tag} {person}: keys {keys} also match unrelated word '{w}'")
        # (2c) every capitalised token sharing a 4-letter prefix with a listed spelling is listed
        prefixes = {fold4(s) for s in listed if len(fold4(s)) == 4}
        for w in caps:
            if fold4(w) in prefixes and w not in listed:
                fails.append(f"{tag} capitalised '{w}' shares a prefix with a listed spelling but is not listed")

        # (4) no must_not is matched by a gold claim of the same type; (5) must_not named in text
        if not 3 <= len(gold["must_not"]) <= 5:
            fails.append(f"{tag} {len(gold['must_not'])} must_not entries (want 3-5)")
        for m in gold["must_not"]:
            if m["type"] not in TYPES or m.get("kind") not in KINDS or not m.get("why"):
                fails.append(f"{tag} bad must_not entry {m}")
            mkeys = sc.keys_for(m["person"])
            for c in gold["claims"]:
                if c["type"] == m["type"] and c["person"] and (
                        c["person"] == m["person"] or sc.person_matches(c["person"], mkeys, m["person"])):
                    fails.append(f"{tag} must_not {m['type']} {m['person']} is matched by gold claim for {c['person']}")
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in tokens):
                fails.append(f"{tag} must_not person {m['person']} is not named in the text")

        # (4b) two different gold persons with claims of the same type must not be confusable
        named = [c for c in gold["claims"] if c["person"]]
        for c1 in named:
            for c2 in named:
                if c1["type"] == c2["type"] and c1["person"] != c2["person"] and \
                        sc.person_matches(c1["person"], c2["surname_keys"], c2["person"]):
                    fails.append(f"{tag} gold {c1['type']} {c1['person']} would also match {c2['person']}")

        # (6) dates, (7) claim shape
        released = {c["person"] for c in gold["claims"] if c["type"] == "released"}
        for c in gold["claims"]:
            t = c["type"]
            types_seen[t] += 1
            if t not in TYPES:
                fails.append(f"{tag} unknown type {t}")
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    fails.append(f"{tag} invalid date {d}")
                elif d > gold["published"][: len(d)]:
                    fails.append(f"{tag} date {d} after publication {gold['published']}")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c.get("count"), int) or c["count"] < 2:
                    fails.append(f"{tag} group_release needs null person and a count: {c}")
            else:
                if not c["person"] or c.get("count") is not None:
                    fails.append(f"{tag} {t} needs a person and no count: {c}")
            if t == "deported":
                if c["person"] not in released:
                    fails.append(f"{tag} deported {c['person']} without released")
                if c.get("destination_country") not in ISO2:
                    fails.append(f"{tag} deported {c['person']} needs an ISO country, got {c.get('destination_country')}")
            elif c.get("destination_country") is not None:
                fails.append(f"{tag} destination_country on a {t} claim")
            if t == "pardoned" and c["person"] not in released:
                fails.append(f"{tag} pardoned {c['person']} without released")
            if c.get("term_months") is not None and (t != "sentenced" or not isinstance(c["term_months"], int)):
                fails.append(f"{tag} term_months on a {t} claim")

    # (8) language split and event-type coverage
    if dict(langs) != WANT_LANG:
        fails.append(f"language split {dict(langs)} != {WANT_LANG}")
    missing = TYPES - set(types_seen)
    if missing:
        fails.append(f"event types not covered: {sorted(missing)}")

    # (3) oracle through score_claims.score
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30):
        fails.append(f"oracle scored P={res['precision']} R={res['recall']} F1={res['f1']} "
                     f"violations={res['violations']} errors={res['errors']}: {res['details'][:10]}")
    a = res["attributes"]
    if a.get("date_ok") != a.get("date_total") or a.get("term_ok") != a.get("term_total") \
            or a.get("dest_ok") != a.get("dest_total"):
        fails.append(f"oracle attributes not perfect: {a}")

    print(f"articles={len(arts)} languages={dict(langs)} claims={n_claims} must_not={n_must}")
    print("claims per type: " + ", ".join(f"{t}={n}" for t, n in sorted(types_seen.items())))
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']}")
    if fails:
        for f in fails:
            print("FAIL", f)
        print(f"{len(fails)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
