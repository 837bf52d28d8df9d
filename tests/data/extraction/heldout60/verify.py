#!/usr/bin/env python3
"""Consistency checks for the heldout60 blind extraction set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED at the end
  python3 verify.py --oracle FILE --published DATE --lang LANG
                               (internal) print the gold claims of the article whose body
                               equals FILE, in the extraction output format; used by check 3

The checks import the scorer (shared/tools/score_claims.py) so that names, keys and dates are
judged exactly the way the scorer will judge them. Set VOLIA_SCORER_DIR to point at another
copy of the scorer.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
if not os.path.isfile(os.path.join(SCORER_DIR, "score_claims.py")):
    SCORER_DIR = "/work/shared/tools"
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

EVENT_TYPES = {
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
}
TRAP_KINDS = {
    "relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
    "correction", "left_voluntarily", "refused_to_leave", "pretrial",
}
LANG_TARGET = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
ISO_3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

FAILURES = []


def fail(msg):
    FAILURES.append(msg)


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def capitalised(text):
    return [t for t in tokens(text) if t[0].isupper()]


def prefix4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def valid_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- oracle mode
def oracle(argv):
    path = argv[0]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        _, body = read_article(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                person = None
                if g["person"]:
                    person = {"name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({
                    "type": g["type"], "person": person, "date": g["date"],
                    "date_precision": {None: None, 4: "year", 7: "month", 10: "day"}[len(g["date"]) if g["date"] else None],
                    "destination_country": g["destination_country"], "term_months": g["term_months"],
                    "count": g["count"], "confidence": 1.0, "evidence": None,
                })
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("no article with this body", file=sys.stderr)
    return 2


# ---------------------------------------------------------------- checks
def main():
    all_stems = stems()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    golds, bodies, raws = {}, {}, {}
    for stem in all_stems:
        golds[stem] = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        raws[stem], bodies[stem] = read_article(stem)

    # ---- 8. layout, headers, sizes, language split, type coverage
    expected = [f"{i:02d}" for i in range(1, 31)]
    if all_stems != expected:
        fail(f"8: expected gold files 01..30, found {all_stems}")
    for stem in expected:
        if not os.path.isfile(os.path.join(HERE, stem + ".txt")):
            fail(f"8: {stem}.txt missing")
    langs = {"en": 0, "ru": 0, "be": 0}
    types_seen = set()
    for stem in all_stems:
        raw, body, gold = raws[stem], bodies[stem], golds[stem]
        pub, lang = raw[0], raw[1]
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub) and PUB_MIN <= pub <= PUB_MAX):
            fail(f"8: {stem} bad publication date line {pub!r}")
        if lang not in langs:
            fail(f"8: {stem} bad language line {lang!r}")
        else:
            langs[lang] += 1
        if raw[2] != "":
            fail(f"8: {stem} line 3 is not blank")
        n = len(body.split())
        if not WORDS_MIN <= n <= WORDS_MAX:
            fail(f"8: {stem} body has {n} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"8: {stem} gold header {gold.get('published')}/{gold.get('language')} != {pub}/{lang}")
        low = body.lower()
        if lang == "be" and not ("ў" in low and "і" in low):
            fail(f"8: {stem} Belarusian text lacks ў/і")
        if lang == "ru" and ("ў" in low or "і" in low):
            fail(f"8: {stem} Russian text contains ў/і")
        if lang == "en" and re.search(r"[а-яё]", low):
            fail(f"8: {stem} English text contains Cyrillic")
        for g in gold["claims"]:
            types_seen.add(g["type"])
    if langs != LANG_TARGET:
        fail(f"8: language split {langs} != {LANG_TARGET}")
    if types_seen != EVENT_TYPES:
        fail(f"8: event types missing {EVENT_TYPES - types_seen}, unknown {types_seen - EVENT_TYPES}")

    for stem in all_stems:
        gold, body, pub = golds[stem], bodies[stem], raws[stem][0]
        toks = tokens(body)
        caps = capitalised(body)
        tokset = set(toks)
        sp = spellings.get(stem)
        if sp is None:
            fail(f"2: {stem} missing from spellings.json")
            continue
        persons = sp["persons"]
        rel_pairs = sp.get("relatives_sharing_surname", [])

        def relatives_of(name):
            out = set()
            for a, b in rel_pairs:
                if a == name:
                    out.add(b)
                if b == name:
                    out.add(a)
            return out

        # field shape (needed by checks 1-7)
        for g in gold["claims"]:
            if list(g.keys()) != CLAIM_FIELDS:
                fail(f"7: {stem} claim fields {list(g.keys())}")
            if g["type"] not in EVENT_TYPES:
                fail(f"7: {stem} unknown type {g['type']}")
        for m in gold["must_not"]:
            if set(m.keys()) != {"type", "person", "why", "kind"}:
                fail(f"4: {stem} must_not fields {sorted(m.keys())}")
            if m["type"] not in EVENT_TYPES:
                fail(f"4: {stem} must_not unknown type {m['type']}")
            if m.get("kind") not in TRAP_KINDS:
                fail(f"4: {stem} must_not kind {m.get('kind')!r}")
            if not (m.get("why") or "").strip():
                fail(f"4: {stem} must_not without why")

        # ---- 1. every gold person is matched by a token of its article
        for g in gold["claims"]:
            if g["person"] is None:
                continue
            keys = g["surname_keys"]
            if not keys:
                fail(f"1: {stem} {g['type']} {g['person']} has no surname_keys")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fail(f"1: {stem} {g['person']}: no token of the article matches keys {keys}")
            if not sc.person_matches(g["person"], keys, g["person"]):
                fail(f"1: {stem} {g['person']}: the gold name itself does not match its keys {keys}")

        # ---- 2. keys vs spellings, prefix completeness
        gold_people = {}
        for g in gold["claims"]:
            if g["person"] is not None:
                prev = gold_people.setdefault(g["person"], g["surname_keys"])
                if prev != g["surname_keys"]:
                    fail(f"2: {stem} {g['person']} has different surname_keys across claims")
        named = set(gold_people) | {m["person"] for m in gold["must_not"]}
        for name in sorted(named):
            if name not in persons:
                fail(f"2: {stem} {name} missing from spellings.json")
        listed = set()
        for name, forms in persons.items():
            for f in forms["surname"] + forms["given"]:
                listed.add(f)
                if f not in tokset:
                    fail(f"2: {stem} listed spelling {f!r} of {name} does not occur in the text")
        for name, keys in gold_people.items():
            if name not in persons:
                continue
            own = set(persons[name]["surname"])
            allowed = set(own)
            for r in relatives_of(name):
                allowed |= set(persons.get(r, {}).get("surname", []))
            for f in own:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(f"2: {stem} keys {keys} of {name} do not match listed spelling {f!r}")
            for t in set(caps):
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    fail(f"2: {stem} keys {keys} of {name} also match unrelated word {t!r}")
        prefixes = {prefix4(f) for f in listed}
        for t in sorted(set(caps)):
            if t not in listed and prefix4(t) in prefixes:
                fail(f"2: {stem} capitalised {t!r} shares a 4-letter prefix with a listed spelling but is not listed")
        for a, b in rel_pairs:
            if a not in persons or b not in persons:
                fail(f"2: {stem} relative pair {a}/{b} not in persons")
                continue
            ka = gold_people.get(a) or sc.keys_for(a)
            if not any(sc.key_matches_token(k, f) for k in ka for f in persons[b]["surname"]):
                fail(f"2: {stem} relatives {a}/{b} do not share a surname by key")

        # ---- 4. no must_not entry matched by a gold claim of the same type
        for m in gold["must_not"]:
            mkeys = sc.keys_for(m["person"])
            for g in gold["claims"]:
                if g["type"] == m["type"] and g["person"] and sc.person_matches(g["person"], mkeys, m["person"]):
                    fail(f"4: {stem} must_not {m['type']} {m['person']} is matched by gold claim {g['person']}")

        # ---- 5. every must_not person is named in the text
        for m in gold["must_not"]:
            mkeys = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in toks):
                fail(f"5: {stem} must_not person {m['person']} (keys {mkeys}) not found in the text")
            p = persons.get(m["person"])
            if not p or not p["given"] or not p["surname"]:
                fail(f"5: {stem} must_not person {m['person']} lacks listed given name and surname")

        # ---- 6. dates
        for g in gold["claims"]:
            d = g["date"]
            if d is None:
                continue
            if not valid_date(d):
                fail(f"6: {stem} invalid date {d!r}")
            elif d > pub[: len(d)]:
                fail(f"6: {stem} date {d} after publication {pub}")

        # ---- 7. claim-level rules
        released = {g["person"] for g in gold["claims"] if g["type"] == "released"}
        for g in gold["claims"]:
            t = g["type"]
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"]:
                    fail(f"7: {stem} group_release with a person")
                if not isinstance(g["count"], int) or g["count"] <= 0:
                    fail(f"7: {stem} group_release without count")
            else:
                if not g["person"]:
                    fail(f"7: {stem} {t} without person")
                if g["count"] is not None:
                    fail(f"7: {stem} count on {t}")
            if t == "deported":
                if g["person"] not in released:
                    fail(f"7: {stem} deported {g['person']} without released")
                if g["destination_country"] not in ISO_3166:
                    fail(f"7: {stem} deported {g['person']} country {g['destination_country']!r} not ISO 3166-1")
            elif g["destination_country"] is not None:
                fail(f"7: {stem} destination_country on {t}")
            if t == "pardoned" and g["person"] not in released:
                fail(f"7: {stem} pardoned {g['person']} without released")
            if g["term_months"] is not None:
                if t != "sentenced":
                    fail(f"7: {stem} term_months on {t}")
                elif not isinstance(g["term_months"], int) or g["term_months"] <= 0:
                    fail(f"7: {stem} bad term_months {g['term_months']!r}")
        # a person still inside must never get a release-type claim that a trap forbids
        for m in gold["must_not"]:
            if m["type"] in ("released", "pardoned", "deported") and m["kind"] in (
                    "refused_to_leave", "negation", "correction", "future", "question", "demand", "rumour"):
                for g in gold["claims"]:
                    if g["type"] in ("released", "pardoned", "deported") and g["person"] == m["person"]:
                        fail(f"7: {stem} {m['person']} is a {m['kind']} trap but has gold {g['type']}")

    # ---- 3. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    if " " in sys.executable or " " in os.path.abspath(__file__):
        fail("3: paths with spaces cannot be passed through the scorer's cmd.split()")
    else:
        res = sc.score(HERE, cmd, 60)
        a = res["attributes"]
        if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
            fail(f"3: oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:10]}")
        if res["violations"] or res["errors"]:
            fail(f"3: oracle violations={res['violations']} errors={res['errors']}")
        if res["articles"] != len(all_stems):
            fail(f"3: scorer saw {res['articles']} articles")
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                fail(f"3: oracle attribute {k} {a.get(k + '_ok')}/{a.get(k + '_total')}")
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
              f"attributes={a}")

    # ---- summary table
    rows = {}
    for stem in all_stems:
        lang = raws[stem][1]
        r = rows.setdefault(lang, [0, 0, 0, 0])
        r[0] += 1
        r[1] += len(bodies[stem].split())
        r[2] += len(golds[stem]["claims"])
        r[3] += len(golds[stem]["must_not"])
    total = [sum(r[i] for r in rows.values()) for i in range(4)]
    print("language | reports | body words | gold claims | must_not")
    for lang in ("en", "ru", "be"):
        if lang in rows:
            print(f"{lang} | " + " | ".join(str(x) for x in rows[lang]))
    print("total | " + " | ".join(str(x) for x in total))
    share = total[3] / (total[2] + total[3]) if total[2] + total[3] else 0
    print(f"must_not share of all entries: {share:.2f}")
    if not 0.25 <= share <= 0.45:
        fail(f"traps are {share:.2f} of all entries, expected about a third")

    if FAILURES:
        for f in FAILURES:
            print("FAIL", f)
        print(f"{len(FAILURES)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2:]))
    sys.exit(main())
