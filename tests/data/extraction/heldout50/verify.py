#!/usr/bin/env python3
"""Self-checks for the heldout50 blind evaluation set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                               (used internally) print the gold of the article whose text is FILE,
                               in the extraction JSON shape, so that score_claims.score can score it

The scorer's own functions (fold, key_matches_token, person_matches, keys_for, score) are imported
from /work/shared/tools/score_claims.py so that the checks use exactly the matching rules of the
evaluation.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never write a __pycache__ next to the shared scorer
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

EVENT_TYPES = {
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
}
TRAP_KINDS = {
    "relative_same_surname", "official", "rumour", "denial", "negation", "future_conditional",
    "question", "demand", "correction", "left_voluntarily", "refused_to_leave",
}
ISO_COUNTRIES = {"LT", "PL", "UA", "GE", "DE", "LV", "KZ", "TR", "US", "CZ", "EE", "AM", "RS"}
EXPECTED_SPLIT = {"en": 14, "ru": 10, "be": 6}
BODY_MIN, BODY_MAX = 200, 600
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+")
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*")
LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
CYRL_RE = re.compile(r"^[\u0400-\u04FF][\u0400-\u04FF'’ -]*$")


def articles():
    out = []
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith(".gold.json"):
            stem = fname[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, fname), encoding="utf-8"))
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
            out.append((stem, gold, raw))
    return out


def text_of(raw):
    """What the scorer hands to the extractor: everything after the first three lines."""
    return "\n".join(raw.split("\n")[3:])


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem, gold, raw in articles():
        if text_of(raw) == text:
            claims = []
            for g in gold["claims"]:
                person = None
                if g["person"]:
                    person = {"name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": g["date"],
                               "date_precision": precision_of(g["date"]),
                               "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("oracle: article not found", file=sys.stderr)
    return 1


class Checker:
    def __init__(self):
        self.failures = []

    def fail(self, check, msg):
        self.failures.append(f"[{check}] {msg}")


def valid_date(d):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def not_after(d, published):
    return d <= published[: len(d)]


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    ck = Checker()
    arts = articles()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = {}
    types_seen = set()
    kinds_seen = {}

    for stem, gold, raw in arts:
        lines = raw.split("\n")
        text = text_of(raw)
        tokens = TOKEN_RE.findall(text)
        caps = {t for t in tokens if t[:1].isupper()}
        sp = spellings.get(stem)
        lang = gold.get("language")
        langs[lang] = langs.get(lang, 0) + 1
        if set(gold) != {"published", "language", "claims", "must_not"}:
            ck.fail(8, f"{stem}: gold keys {sorted(gold)}")
        if sp is None:
            ck.fail(2, f"{stem}: missing from spellings.json")
            continue
        persons = sp["persons"]
        relatives = set(sp.get("relatives", []))
        gold_people = {g["person"] for g in gold["claims"] if g["person"]}
        if gold_people != set(persons):
            ck.fail(2, f"{stem}: spellings persons {sorted(persons)} != gold persons {sorted(gold_people)}")

        # (1) every gold person is matched by a token of its article
        for g in gold["claims"]:
            if not g["person"]:
                continue
            keys = g["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                ck.fail(1, f"{stem}: bad surname_keys {keys} for {g['person']}")
            if g["person"] in persons and keys != persons[g["person"]]["surname_keys"]:
                ck.fail(1, f"{stem}: keys of {g['person']} differ from spellings.json")
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                ck.fail(1, f"{stem}: no token matches {g['person']} {keys}")
            if not sc.person_matches(g["person"], keys, g["person"]):
                ck.fail(1, f"{stem}: gold name {g['person']} not matched by its own keys")

        # (2) keys vs listed spellings and the other capitalised words of the article
        for person, info in persons.items():
            keys, spells = info["surname_keys"], info["spellings"]
            allowed = set(spells) | relatives
            for s in spells:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    ck.fail(2, f"{stem}: keys {keys} of {person} miss spelling {s}")
            for t in sorted(caps - allowed):
                if any(sc.key_matches_token(k, t) for k in keys):
                    ck.fail(2, f"{stem}: keys {keys} of {person} also match unlisted word {t}")
            prefixes = {sc.fold(s)[:4] for s in spells}
            for t in sorted(caps - allowed):
                if sc.fold(t)[:4] in prefixes:
                    ck.fail(2, f"{stem}: capitalised {t} shares a 4-letter prefix with {person}'s spellings but is not listed")
            if not any(s in caps for s in spells):
                ck.fail(2, f"{stem}: none of {person}'s spellings occurs in the article")
        for r in relatives:
            if r not in caps:
                ck.fail(2, f"{stem}: relative token {r} does not occur in the article")

        # (4) no must_not is matched by a gold claim of the same type; (5) named in the text
        mn = gold["must_not"]
        if not 3 <= len(mn) <= 5:
            ck.fail(4, f"{stem}: {len(mn)} must_not entries (want 3-5)")
        for m in mn:
            if set(m) != {"type", "person", "why", "kind"} or not m["why"]:
                ck.fail(4, f"{stem}: malformed must_not {m}")
            if m["type"] not in EVENT_TYPES or m["kind"] not in TRAP_KINDS:
                ck.fail(4, f"{stem}: bad type/kind in {m}")
            kinds_seen[m["kind"]] = kinds_seen.get(m["kind"], 0) + 1
            mkeys = sc.keys_for(m["person"])
            for g in gold["claims"]:
                if g["type"] == m["type"] and g["person"] and sc.person_matches(g["person"], mkeys, m["person"]):
                    ck.fail(4, f"{stem}: must_not {m['type']} {m['person']} matched by gold {g['person']}")
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in tokens):
                ck.fail(5, f"{stem}: must_not surname of {m['person']} not in text")
            given = sc.fold(m["person"].split()[0])[:3]
            if not any(sc.fold(t).startswith(given) for t in tokens):
                ck.fail(5, f"{stem}: must_not given name of {m['person']} not in text")

        # (6) dates
        pub = gold["published"]
        if not valid_date(pub) or len(pub) != 10 or not PUB_MIN <= pub <= PUB_MAX:
            ck.fail(6, f"{stem}: published {pub} invalid or out of range")
        for g in gold["claims"]:
            d = g["date"]
            if d is None:
                continue
            if not valid_date(d):
                ck.fail(6, f"{stem}: invalid date {d}")
            elif not not_after(d, pub):
                ck.fail(6, f"{stem}: date {d} after publication {pub}")

        # (7) structural rules
        released = {g["person"] for g in gold["claims"] if g["type"] == "released"}
        for g in gold["claims"]:
            t = g["type"]
            types_seen.add(t)
            if set(g) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                ck.fail(7, f"{stem}: malformed claim {g}")
            if t not in EVENT_TYPES:
                ck.fail(7, f"{stem}: unknown type {t}")
            if t == "deported":
                if g["person"] not in released:
                    ck.fail(7, f"{stem}: deported {g['person']} without released")
                if g["destination_country"] not in ISO_COUNTRIES:
                    ck.fail(7, f"{stem}: deported {g['person']} without ISO country")
            elif g["destination_country"] is not None:
                ck.fail(7, f"{stem}: destination on {t}")
            if t == "pardoned" and g["person"] not in released:
                ck.fail(7, f"{stem}: pardoned {g['person']} without released")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] or not isinstance(g["count"], int) or g["count"] <= 0:
                    ck.fail(7, f"{stem}: bad group_release {g}")
            else:
                if not g["person"] or g["count"] is not None:
                    ck.fail(7, f"{stem}: {t} needs a person and no count")
            if g["term_months"] is not None and (t != "sentenced" or not isinstance(g["term_months"], int)):
                ck.fail(7, f"{stem}: term_months on {t}")

        # (8) layout, body length, names in the article's script
        if lines[0].strip() != pub or lines[1].strip() != lang:
            ck.fail(8, f"{stem}: header lines do not match gold")
        if len(lines) < 6 or lines[2].strip() or not lines[3].strip() or lines[4].strip():
            ck.fail(8, f"{stem}: expected date, language, blank, headline, blank, body")
        body = "\n".join(lines[5:])
        n = len(WORD_RE.findall(body))
        if not BODY_MIN <= n <= BODY_MAX:
            ck.fail(8, f"{stem}: body has {n} words")
        names = [g["person"] for g in gold["claims"] if g["person"]] + [m["person"] for m in mn]
        for name in names:
            if lang == "en" and not LATIN_RE.match(name):
                ck.fail(8, f"{stem}: {name} not in Latin script")
            if lang in ("ru", "be") and not CYRL_RE.match(name):
                ck.fail(8, f"{stem}: {name} not in Cyrillic script")
            if lang == "be" and re.search(r"[ищъИЩЪ]", name):
                ck.fail(8, f"{stem}: {name} has Russian-only letters in a Belarusian article")
            if lang == "ru" and re.search(r"[іўІЎ]", name):
                ck.fail(8, f"{stem}: {name} has Belarusian-only letters in a Russian article")
            if len(name.split()) < 2:
                ck.fail(8, f"{stem}: {name} is not a full name")

    if langs != EXPECTED_SPLIT:
        ck.fail(8, f"language split {langs} != {EXPECTED_SPLIT}")
    if types_seen != EVENT_TYPES:
        ck.fail(8, f"event types not covered: {sorted(EVENT_TYPES - types_seen)}")
    if set(kinds_seen) != TRAP_KINDS:
        ck.fail(4, f"trap kinds not covered: {sorted(TRAP_KINDS - set(kinds_seen))}")
    years = {g["published"][:4] for _, g, _ in arts}
    if not {str(y) for y in range(2021, 2027)} <= years:
        ck.fail(6, f"publication years not spread: {sorted(years)}")

    # (3) the oracle scores perfectly through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == len(arts)):
        ck.fail(3, f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                   f"violations={res['violations']} errors={res['errors']} details={res['details'][:10]}")
    else:
        a = res["attributes"]
        if a.get("date_ok") != a.get("date_total") or a.get("term_ok") != a.get("term_total") \
                or a.get("dest_ok") != a.get("dest_total"):
            ck.fail(3, f"oracle attributes not perfect: {a}")

    print(f"articles={len(arts)} split={langs} claims={sum(len(g['claims']) for _, g, _ in arts)} "
          f"must_not={sum(len(g['must_not']) for _, g, _ in arts)}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']}")
    if ck.failures:
        for f in ck.failures:
            print("FAIL", f)
        print(f"{len(ck.failures)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
