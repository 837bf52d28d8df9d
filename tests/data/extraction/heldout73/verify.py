#!/usr/bin/env python3
"""Self-checks for the heldout73 blind evaluation set.

  python3 verify.py                      run every check, print ALL CHECKS PASSED or the failures
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         act as a perfect extractor: print the gold of the report
                                         whose body is FILE, in the extraction JSON of domain.md

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

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
EXPECTED_LANGS = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


# ----------------------------------------------------------------------------- loading
def load_reports(folder):
    reports = {}
    for fname in sorted(os.listdir(folder)):
        m = re.match(r"^(\d\d)\.txt$", fname)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(folder, fname), encoding="utf-8").read()
        lines = raw.split("\n")
        gold_path = os.path.join(folder, nn + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        reports[nn] = {"raw": raw, "lines": lines, "body": "\n".join(lines[3:]), "gold": gold}
    return reports


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        t = re.sub(r"['’]s$", "", t)  # English possessive
        if t:
            out.append(t)
    return out


def capitalised(text):
    return [t for t in tokens(text) if t[:1].isupper()]


def fold4(word):
    return re.sub(r"[^a-z]", "", fold(word))[:4]


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def valid_date(date):
    if not DATE_RE.match(date):
        return False
    parts = [int(x) for x in date.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------------------- oracle
def oracle(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for nn, rep in load_reports(HERE).items():
        if rep["body"] == text:
            claims = []
            for c in rep["gold"]["claims"]:
                name = c["person"]
                mention, start, end = None, 0, 0
                if name:
                    for m in TOKEN_RE.finditer(text):
                        if any(key_matches_token(k, m.group(0)) for k in c["surname_keys"]):
                            mention, start, end = m.group(0), m.start(), m.end()
                            break
                claims.append({
                    "type": c["type"],
                    "person": {"name": name, "mention": mention, "person_id": None} if name else None,
                    "date": c["date"], "date_precision": precision_of(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0,
                    "evidence": {"start": start, "end": end, "text": text[start:end]},
                })
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


# ----------------------------------------------------------------------------- checks
def run_checks(folder):
    errors = []

    def err(nn, msg):
        errors.append(f"{nn}: {msg}")

    reports = load_reports(folder)
    spell_path = os.path.join(folder, "spellings.json")
    spellings = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    if not spellings:
        err("--", "spellings.json missing or empty")

    # (7) headers, lengths, split, dates
    langs = {}
    for nn, rep in reports.items():
        lines = rep["lines"]
        if len(lines) < 5:
            err(nn, "file too short")
            continue
        pub, lang = lines[0], lines[1]
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub) or not valid_date(pub):
            err(nn, f"line 1 is not a date: {pub!r}")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            err(nn, f"publication date {pub} out of range")
        if lang not in EXPECTED_LANGS:
            err(nn, f"line 2 is not a language: {lang!r}")
        if lines[2] != "":
            err(nn, "line 3 is not blank")
        if not lines[3].strip():
            err(nn, "line 4 (headline) is empty")
        words = len(rep["body"].split())
        if not (WORDS_MIN <= words <= WORDS_MAX):
            err(nn, f"body has {words} words")
        langs[lang] = langs.get(lang, 0) + 1
        g = rep["gold"]
        if g is None:
            err(nn, "gold file missing")
            continue
        if g.get("published") != pub or g.get("language") != lang:
            err(nn, "gold published/language differ from the header")
    if langs != EXPECTED_LANGS:
        err("--", f"language split {langs}, expected {EXPECTED_LANGS}")
    if len(reports) != 30 or sorted(reports) != [f"{i:02d}" for i in range(1, 31)]:
        err("--", f"expected reports 01..30, found {sorted(reports)}")
    for name in os.listdir(folder):
        if name.endswith(".gold.json") and name[:2] not in reports:
            err("--", f"gold without report: {name}")

    type_seen, kind_seen = set(), set()
    for nn, rep in reports.items():
        g = rep["gold"]
        if g is None:
            continue
        body, pub = rep["body"], rep["lines"][0]
        toks = tokens(body)
        tokset = set(toks)
        caps = set(capitalised(body))
        persons = spellings.get(nn, [])
        by_name = {p["name"]: p for p in persons}
        if nn not in spellings:
            err(nn, "no spellings entry")

        # (8) Belarusian orthography
        if rep["lines"][1] == "be":
            if re.search(r"[иИщЩъЪ]", rep["raw"]):
                err(nn, "Belarusian text contains и/щ/ъ")
            if "ў" not in body or "і" not in body:
                err(nn, "Belarusian text lacks ў or і")
        if rep["lines"][1] == "ru" and re.search(r"[ўЎіІ]", rep["raw"]):
            err(nn, "Russian text contains ў/і")

        # spellings structure, (2) and (3)
        all_forms = set()
        for p in persons:
            for field in ("name", "surname_keys", "surname_forms", "given_forms", "relatives_sharing_surname"):
                if field not in p:
                    err(nn, f"spellings entry {p.get('name')} lacks {field}")
            all_forms.update(p.get("surname_forms", []))
        for p in persons:
            keys = p.get("surname_keys") or []
            if not keys:
                err(nn, f"{p['name']}: no surname keys")
                continue
            for k in keys:
                if k != k.lower() or re.search(r"[^a-z]", k):
                    err(nn, f"{p['name']}: key {k!r} is not folded lower-case Latin")
            own = set(p.get("surname_forms", []))
            allowed = set(own)
            for rel in p.get("relatives_sharing_surname", []):
                if rel not in by_name:
                    err(nn, f"{p['name']}: relative {rel} not in spellings")
                    continue
                allowed.update(by_name[rel]["surname_forms"])
            for form in own:
                if form not in tokset:
                    err(nn, f"{p['name']}: surname form {form!r} does not occur")
                if not any(key_matches_token(k, form) for k in keys):
                    err(nn, f"{p['name']}: keys {keys} miss surname form {form!r}")
            for form in p.get("given_forms", []):
                if form not in tokset:
                    err(nn, f"{p['name']}: given form {form!r} does not occur")
            for t in caps:
                if t in allowed:
                    continue
                if any(key_matches_token(k, t) for k in keys):
                    err(nn, f"{p['name']}: keys {keys} also match capitalised word {t!r}")
        prefixes = {fold4(f) for f in all_forms}
        for t in caps:
            if fold4(t) in prefixes and t not in all_forms:
                err(nn, f"capitalised {t!r} shares a 4-letter prefix with a surname but is not listed")

        # gold claims: (1), (6)
        claims = g.get("claims", [])
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                err(nn, f"unknown type {t}")
                continue
            type_seen.add(t)
            for field in ("person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if field not in c:
                    err(nn, f"{t}: field {field} missing")
            d = c.get("date")
            if d is not None and (not valid_date(d) or d > pub[:len(d)]):
                err(nn, f"{t} {c.get('person')}: bad date {d}")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] < 2:
                    err(nn, "group_release needs null person and a count")
            elif not c.get("person"):
                err(nn, f"{t}: person missing")
            elif c.get("count") is not None:
                err(nn, f"{t}: count only on group_release")
            if t != "sentenced" and c.get("term_months") is not None:
                err(nn, f"{t}: term_months only on sentenced")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(nn, "sentenced: bad term_months")
            if t != "deported" and c.get("destination_country") is not None:
                err(nn, f"{t}: destination_country only on deported")
            name = c.get("person")
            if not name:
                continue
            keys = c.get("surname_keys") or []
            if name not in by_name:
                err(nn, f"gold person {name} not in spellings")
            elif by_name[name]["surname_keys"] != keys:
                err(nn, f"{name}: gold keys {keys} differ from spellings")
            if not any(key_matches_token(k, tok) for k in keys for tok in toks):
                err(nn, f"{name}: no token of the report matches keys {keys}")
            if not person_matches(name, keys, name):
                err(nn, f"{name}: person_matches rejects its own keys")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    err(nn, f"{name}: deported without ISO country")
                if not any(o["type"] == "released" and o["person"] == name for o in claims):
                    err(nn, f"{name}: deported without released")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == name for o in claims):
                err(nn, f"{name}: pardoned without released")

        # must_not: (5), (6)
        for m in g.get("must_not", []):
            t, name, kind = m.get("type"), m.get("person"), m.get("kind")
            if t not in TYPES:
                err(nn, f"must_not with unknown type {t}")
            if kind not in KINDS:
                err(nn, f"must_not {name} with unknown kind {kind}")
            else:
                kind_seen.add(kind)
            if not m.get("why"):
                err(nn, f"must_not {name}: why missing")
            if not name:
                err(nn, "must_not without person")
                continue
            mkeys = keys_for(name)
            if name not in by_name:
                err(nn, f"trap person {name} not in spellings")
            if not any(key_matches_token(k, tok) for k in mkeys for tok in toks):
                err(nn, f"trap person {name} is not named in the text")
            for c in claims:
                if c.get("person") and c["type"] == t and person_matches(c["person"], mkeys, name):
                    err(nn, f"must_not {t} {name} is matched by gold claim {c['person']}")
            if t in RELEASE_TYPES:
                for c in claims:
                    if c.get("person") and c["type"] in RELEASE_TYPES and person_matches(c["person"], mkeys, name):
                        err(nn, f"{name} has release-type trap {t} and gold {c['type']}")

    # (8) coverage
    for t in TYPES:
        if t not in type_seen:
            err("--", f"no gold claim of type {t}")
    for k in KINDS:
        if k not in kind_seen:
            err("--", f"no trap of kind {k}")

    # (4) oracle through the scorer (the oracle serves the gold of the folder being checked)
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    try:
        res = score(folder, cmd, 120)
    except Exception as exc:  # a broken gold file must not hide the other failures
        errors.append(f"oracle: scorer raised {exc!r}")
        res = None
    if res is not None:
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            errors.append(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']}: "
                          + "; ".join(res["details"][:10]))
        if res["violations"] or res["errors"]:
            errors.append(f"oracle: violations={res['violations']} errors={res['errors']}")
        for what in ("date", "dest", "term"):
            if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
                errors.append(f"oracle: {what} {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")
        if res["articles"] != len(reports):
            errors.append(f"oracle: scored {res['articles']} articles")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang)
    errors = list(dict.fromkeys(run_checks(HERE)))
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
