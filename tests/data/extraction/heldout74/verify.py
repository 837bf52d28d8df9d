#!/usr/bin/env python3
"""Self-checks for the heldout74 blind evaluation set.

    python3 verify.py                      run every check, print ALL CHECKS PASSED or the failures
    python3 verify.py --oracle FILE --published DATE --lang LANG
                                           print the gold of the report whose text is FILE as
                                           extractor output (used by check 4 through the scorer)

The scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools relative to
this file. Only the standard library and the scorer are used.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
# A trap on type T conflicts with gold claims of any type that implies T.
IMPLIES = {"released": {"released", "pardoned", "deported"},
           "pardoned": {"pardoned"}, "deported": {"deported"}}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text):
    """Words of a text: runs of letters (hyphens and apostrophes split words)."""
    return re.findall(r"[^\W\d_]+", text)


def letters(word):
    return re.sub(r"[^a-z]", "", fold(word))


def read_report(nn, base=HERE):
    raw = open(os.path.join(base, nn + ".txt"), encoding="utf-8").read().split("\n")
    gold = json.load(open(os.path.join(base, nn + ".gold.json"), encoding="utf-8"))
    return raw, gold


def report_ids(base=HERE):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(base) if f.endswith(".gold.json"))


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), "unknown")


# ----------------------------------------------------------------------------------------- oracle
def oracle(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for nn in report_ids():
        raw, gold = read_report(nn)
        if "\n".join(raw[3:]) == text and raw[0].strip() == published and raw[1].strip() == lang:
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    toks = list(re.finditer(r"[^\W\d_]+", text))
    claims = []
    for g in gold["claims"]:
        person, evidence = None, {"start": 0, "end": 0, "text": ""}
        if g["person"]:
            mention = g["person"]
            for m in toks:
                if any(key_matches_token(k, m.group(0)) for k in g["surname_keys"]):
                    mention = m.group(0)
                    evidence = {"start": m.start(), "end": m.end(), "text": m.group(0)}
                    break
            person = {"name": g["person"], "mention": mention, "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": g["date"],
                       "date_precision": precision_of(g["date"]),
                       "destination_country": g["destination_country"],
                       "term_months": g["term_months"], "count": g["count"],
                       "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------------------- checks
def run_checks():
    errors = []

    def err(check, nn, msg):
        errors.append(f"[{check}] {nn}: {msg}")

    ids = report_ids()
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    expected_ids = [f"{i:02d}" for i in range(1, 31)]
    if ids != expected_ids:
        err(7, "-", f"expected reports 01..30 with gold, found {ids}")
    for f in os.listdir(HERE):
        if f.endswith(".txt") and f[:-4] not in ids:
            err(7, f, "report without a gold file")
    if sorted(spell) != ids:
        err(2, "-", "spellings.json must have exactly one entry per report")

    lang_count = Counter()
    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0

    for nn in ids:
        raw, gold = read_report(nn)
        text = "\n".join(raw[3:])
        toks = tokens(text)
        tokset = set(toks)
        caps = sorted(set(t for t in toks if t[0].isupper()))
        persons = {p["name"]: p for p in spell.get(nn, [])}
        published, lang = raw[0].strip(), raw[1].strip()

        # ---- (7) headers, sizes, split, dates in range
        if not valid_date(published) or len(published) != 10:
            err(7, nn, f"line 1 is not a date: {raw[0]!r}")
        elif not (PUB_MIN <= published <= PUB_MAX):
            err(7, nn, f"publication date {published} out of range")
        if lang not in LANG_SPLIT:
            err(7, nn, f"line 2 is not a language: {raw[1]!r}")
        lang_count[lang] += 1
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(7, nn, "line 3 must be blank and line 4 a headline")
        words = len(text.split())
        if not (WORDS_MIN <= words <= WORDS_MAX):
            err(7, nn, f"body has {words} words")
        if gold.get("published") != published or gold.get("language") != lang:
            err(7, nn, "gold published/language differ from the report header")

        # ---- (8) orthography
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                err(8, nn, f"Belarusian text contains {bad}")
            if "ў" not in text.lower() or "і" not in text.lower():
                err(8, nn, "Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                err(8, nn, "Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", text):
                err(8, nn, "English text contains Cyrillic")

        # ---- spellings table sanity + (2) + (3)
        listed = set()
        for p in persons.values():
            listed.update(p["surname_forms"])
            listed.update(p["given_forms"])
        for name, p in persons.items():
            keys = p["surname_keys"]
            if not keys:
                err(2, nn, f"{name}: no surname keys")
                continue
            for f in p["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    err(2, nn, f"{name}: keys {keys} do not match listed spelling {f!r}")
                if f not in tokset:
                    err(3, nn, f"{name}: listed spelling {f!r} does not occur in the text")
            for f in p["given_forms"]:
                if f not in tokset:
                    err(3, nn, f"{name}: listed given form {f!r} does not occur in the text")
            allowed = set(p["surname_forms"])
            for rel in p["relatives_sharing_surname"]:
                if rel not in persons:
                    err(2, nn, f"{name}: relative {rel!r} has no spellings entry")
                    continue
                allowed.update(persons[rel]["surname_forms"])
                if name not in persons[rel]["relatives_sharing_surname"]:
                    err(2, nn, f"{name}: relative link to {rel!r} is not reciprocal")
                # the scorer must be able to tell relatives apart
                if person_matches(rel, keys, name) or person_matches(name, persons[rel]["surname_keys"], rel):
                    err(2, nn, f"{name} and relative {rel} are indistinguishable to the scorer")
            for t in caps:
                if any(key_matches_token(k, t) for k in keys) and t not in allowed:
                    err(2, nn, f"{name}: keys {keys} also match unrelated word {t!r}")
        forms_all = [f for p in persons.values() for f in p["surname_forms"]]
        prefixes = {letters(f)[:4] for f in forms_all if len(letters(f)) >= 4}
        for t in caps:
            if len(letters(t)) >= 4 and letters(t)[:4] in prefixes and t not in listed:
                err(3, nn, f"capitalised word {t!r} shares a prefix with a listed surname but is not listed")

        # ---- claims: (1), (6)
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        by_person = {}
        for c in claims:
            for field in ("type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"):
                if field not in c:
                    err(6, nn, f"claim lacks field {field}: {c}")
            typ, person, keys = c.get("type"), c.get("person"), c.get("surname_keys") or []
            if typ not in TYPES:
                err(6, nn, f"unknown claim type {typ}")
                continue
            type_count[typ] += 1
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    err(6, nn, f"invalid date {d!r} in {typ} {person}")
                elif d > published[:len(d)]:
                    err(6, nn, f"date {d} after publication in {typ} {person}")
            if typ == "group_release":
                if person is not None or keys:
                    err(6, nn, "group_release must have a null person and no keys")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(6, nn, "group_release needs a positive count")
            else:
                if not person or not keys:
                    err(1, nn, f"{typ} claim needs a person and surname keys")
                    continue
                if c.get("count") is not None:
                    err(6, nn, f"count on a {typ} claim")
                by_person.setdefault(person, set()).add(typ)
                if person not in persons:
                    err(2, nn, f"gold person {person} has no spellings entry")
                elif sorted(persons[person]["surname_keys"]) != sorted(keys):
                    err(2, nn, f"{person}: gold keys {keys} differ from spellings.json")
                if not any(key_matches_token(k, t) for k in keys for t in toks):
                    err(1, nn, f"{person}: no token of the report matches keys {keys}")
                if not person_matches(person, keys, person):
                    err(1, nn, f"{person}: person_matches rejects the gold name with its own keys")
            if typ == "deported":
                if c.get("destination_country") not in ISO:
                    err(6, nn, f"deported {person}: bad country {c.get('destination_country')!r}")
            elif c.get("destination_country") is not None:
                err(6, nn, f"destination_country on a {typ} claim")
            tm = c.get("term_months")
            if typ != "sentenced" and tm is not None:
                err(6, nn, f"term_months on a {typ} claim")
            if tm is not None and (not isinstance(tm, int) or tm <= 0):
                err(6, nn, f"bad term_months {tm!r}")
        for person, types in by_person.items():
            if "deported" in types and "released" not in types:
                err(6, nn, f"{person}: deported without released")
            if "pardoned" in types and "released" not in types:
                err(6, nn, f"{person}: pardoned without released")

        # ---- traps: (5), (6)
        seen = set()
        for m in traps:
            typ, person, kind = m.get("type"), m.get("person"), m.get("kind")
            if typ not in TYPES or typ == "group_release":
                err(5, nn, f"trap with bad type {typ}")
                continue
            if kind not in KINDS:
                err(5, nn, f"trap with bad kind {kind}")
            kind_count[kind] += 1
            if not m.get("why"):
                err(5, nn, f"trap {typ} {person} has no 'why'")
            if (typ, person) in seen:
                err(5, nn, f"duplicate trap {typ} {person}")
            seen.add((typ, person))
            if not person:
                err(5, nn, "trap without a person")
                continue
            tkeys = keys_for(person)
            skeys = persons.get(person, {}).get("surname_keys", [])
            if person not in persons:
                err(2, nn, f"trap person {person} has no spellings entry")
            if not any(key_matches_token(k, t) for k in tkeys + skeys for t in toks):
                err(5, nn, f"trap person {person} is not named in the text")
            for c in claims:
                if not c.get("person"):
                    continue
                hit = any(person_matches(c["person"], ks, person) for ks in (tkeys, skeys) if ks)
                if c["type"] == typ and hit:
                    err(5, nn, f"gold {c['type']} {c['person']} is caught by trap {typ} {person}")
                if typ in IMPLIES and c["type"] in IMPLIES[typ] and hit:
                    err(6, nn, f"{person} has a release-type trap ({typ}) but gold {c['type']}")

    # ---- split and coverage
    if dict(lang_count) != LANG_SPLIT:
        err(7, "-", f"language split {dict(lang_count)} != {LANG_SPLIT}")
    missing_types = [t for t in TYPES if not type_count[t]]
    if missing_types:
        err(8, "-", f"event types not covered: {missing_types}")
    missing_kinds = [k for k in KINDS if not kind_count[k]]
    if missing_kinds:
        err(8, "-", f"trap kinds not covered: {missing_kinds}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not (0.25 <= share <= 0.30):
        err(8, "-", f"traps are {share:.1%} of entries (aim 25-30%)")

    # ---- (4) the gold, printed as extractor output, must score perfectly
    if not errors or os.environ.get("VERIFY_ALWAYS_ORACLE"):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
        res = score(HERE, cmd, 120)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == len(ids)
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            err(4, "-", "oracle does not score perfectly: " + json.dumps(
                {k: res[k] for k in ("precision", "recall", "f1", "violations", "errors",
                                     "articles", "attributes")}) + " " + "; ".join(res["details"][:10]))
    else:
        err(4, "-", "skipped the oracle scoring because earlier checks failed")

    print(f"reports={len(ids)} claims={n_claims} must_not={n_traps} trap_share={share:.1%}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang)
    return run_checks()


if __name__ == "__main__":
    sys.exit(main())
