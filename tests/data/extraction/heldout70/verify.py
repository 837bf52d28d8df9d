#!/usr/bin/env python3
"""Self-check of the heldout70 blind evaluation set.

    python3 verify.py                 run all checks, print ALL CHECKS PASSED or the failures
    python3 verify.py --oracle FILE --published DATE --lang LANG
                                      act as a perfect extractor: print the gold of the report whose
                                      text equals FILE, in the extraction JSON of docs/domain.md

The scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools relative to
this file. Checks (numbers as in README.md):
 1 every gold person is named by a token of its report and matched by person_matches with its keys
 2 spellings.json: keys match every listed surname spelling and no other capitalised word of the
   report except the forms of a relative sharing the surname; relatives sharing a surname differ
   in surname gender or in a non-equivalent given-name initial (person_matches tells them apart)
 3 every listed spelling occurs; every capitalised token sharing a 4-letter folded prefix with a
   listed surname spelling is itself listed
 4 the gold, printed by --oracle, scores P = R = F1 = 1.0, 0 violations, 0 errors, and all dates,
   countries and terms right through the scorer's score()
 5 no must_not entry is matched by a gold claim of the same type; every trap person is named
 6 claim sanity: dates valid and not after publication, deported has released and an ISO country,
   pardoned has released, group_release has null person and a count, term_months only on
   sentenced, nobody caught by a release-type trap has a release-type gold claim
 7 headers, 150-550 body words, 14/10/6 language split, publication dates in range
 8 Belarusian orthography (and no Belarusian letters in Russian), all 14 event types and
   all 13 trap kinds covered
"""
import argparse
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
RELEASE_TRAP_TYPES = {"released", "pardoned"}
RELEASE_GOLD_TYPES = {"released", "pardoned", "deported"}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def caps(text):
    return [t for t in tokens(text) if t[0].isupper()]


def letters(s):
    return re.sub(r"[^a-z]", "", fold(s))


def load(d):
    reports = {}
    for fname in sorted(os.listdir(d)):
        m = re.fullmatch(r"(\d\d)\.txt", fname)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(d, fname), encoding="utf-8").read()
        lines = raw.split("\n")
        gold_path = os.path.join(d, nn + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        reports[nn] = {"raw": raw, "lines": lines, "text": "\n".join(lines[3:]), "gold": gold}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------- oracle
def oracle(path, published, lang, d):
    text = open(path, encoding="utf-8").read()
    reports, _ = load(d)
    hit = [nn for nn, r in reports.items() if r["text"] == text]
    if len(hit) != 1:
        print(f"oracle: no unique report for {path}", file=sys.stderr)
        return 2
    r = reports[hit[0]]
    gold = r["gold"]
    toks = tokens(text)
    claims = []
    for g in gold["claims"]:
        person = None
        start, end = 0, 0
        if g["person"]:
            mention = next((t for t in toks if any(key_matches_token(k, t) for k in g["surname_keys"])),
                           g["person"])
            start = text.find(mention)
            end = start + len(mention)
            person = {"name": g["person"], "mention": mention, "person_id": None}
        date = g["date"]
        prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
        claims.append({"type": g["type"], "person": person, "date": date, "date_precision": prec,
                       "destination_country": g["destination_country"], "term_months": g["term_months"],
                       "count": g["count"], "confidence": 1.0,
                       "evidence": {"start": max(start, 0), "end": max(end, 0),
                                    "text": text[max(start, 0):max(end, 0)]}})
    print(json.dumps({"published": published or gold["published"], "language": lang or gold["language"],
                      "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------------------------------- checks
def check1(reports, spellings):
    errs = []
    for nn, r in reports.items():
        toks = tokens(r["text"])
        for g in r["gold"]["claims"]:
            if not g["person"]:
                continue
            keys = g["surname_keys"]
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{nn}: {g['person']} ({keys}) not named by any token")
            if not person_matches(g["person"], keys, g["person"]):
                errs.append(f"{nn}: person_matches fails on own name {g['person']} {keys}")
    return errs


def check2(reports, spellings):
    errs = []
    for nn, r in reports.items():
        people = spellings.get(nn)
        if people is None:
            errs.append(f"{nn}: missing in spellings.json")
            continue
        by_name = {p["name"]: p for p in people}
        named = {g["person"] for g in r["gold"]["claims"] if g["person"]} | {m["person"] for m in r["gold"]["must_not"]}
        for n in sorted(named - set(by_name)):
            errs.append(f"{nn}: {n} not in spellings.json")
        for g in r["gold"]["claims"]:
            if g["person"] and g["person"] in by_name and by_name[g["person"]]["surname_keys"] != g["surname_keys"]:
                errs.append(f"{nn}: gold keys of {g['person']} differ from spellings.json")
        cap = caps(r["text"])
        for p in people:
            keys = p["surname_keys"]
            if not keys:
                errs.append(f"{nn}: {p['name']} has no keys")
            for f in p["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    errs.append(f"{nn}: keys of {p['name']} miss spelling {f}")
            allowed = set(p["surname_forms"])
            for rel in p["relatives_sharing_surname"]:
                if rel not in by_name:
                    errs.append(f"{nn}: relative {rel} of {p['name']} not listed")
                    continue
                allowed |= set(by_name[rel]["surname_forms"])
                # relatives must differ in surname gender or in a non-equivalent given-name initial
                if person_matches(rel, keys_for(p["name"]), p["name"]) or person_matches(rel, keys, p["name"]):
                    errs.append(f"{nn}: relative {rel} cannot be told apart from {p['name']}")
            for t in sorted(set(cap) - allowed):
                if any(key_matches_token(k, t) for k in keys):
                    errs.append(f"{nn}: keys of {p['name']} also match '{t}'")
    return errs


def check3(reports, spellings):
    errs = []
    for nn, r in reports.items():
        people = spellings.get(nn, [])
        toks = set(tokens(r["text"]))
        listed = set()
        for p in people:
            listed |= set(p["surname_forms"]) | set(p["given_forms"])
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in toks:
                    errs.append(f"{nn}: listed spelling '{f}' of {p['name']} does not occur")
            if not p["surname_forms"]:
                errs.append(f"{nn}: {p['name']} has no surname forms")
        prefixes = {letters(f)[:4] for p in people for f in p["surname_forms"] if len(letters(f)) >= 4}
        for t in sorted(set(caps(r["text"]))):
            if len(letters(t)) >= 4 and letters(t)[:4] in prefixes and t not in listed:
                errs.append(f"{nn}: capitalised '{t}' shares a prefix with a listed surname but is not listed")
    return errs


def check4(d):
    errs = []
    me = os.path.abspath(__file__)
    d = os.path.abspath(d)
    cmd = f"{sys.executable} {me} --dir {d} --oracle"
    if " " in sys.executable or " " in me or " " in d:
        return ["path with spaces: cannot build oracle command"]
    res = score(d, cmd, 120)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: " + "; ".join(res["details"][:10]))
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"oracle attribute {k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    return errs


def check5(reports, spellings):
    errs = []
    for nn, r in reports.items():
        toks = tokens(r["text"])
        for m in r["gold"]["must_not"]:
            if m.get("kind") not in KINDS:
                errs.append(f"{nn}: bad trap kind {m.get('kind')}")
            if m.get("type") not in TYPES:
                errs.append(f"{nn}: bad trap type {m.get('type')}")
            if not m.get("why"):
                errs.append(f"{nn}: trap without why")
            mk = keys_for(m["person"])
            if not any(key_matches_token(k, t) for k in mk for t in toks):
                errs.append(f"{nn}: trap person {m['person']} not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] == m["type"] and g["person"] and person_matches(g["person"], mk, m["person"]):
                    errs.append(f"{nn}: gold {g['type']} {g['person']} is caught by trap on {m['person']}")
    return errs


def check6(reports, spellings):
    errs = []
    for nn, r in reports.items():
        gold = r["gold"]
        pub = gold["published"]
        claims = gold["claims"]
        for g in claims:
            fields = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
            if set(g) != fields:
                errs.append(f"{nn}: claim fields {sorted(g)}")
                continue
            t = g["type"]
            if t not in TYPES:
                errs.append(f"{nn}: bad type {t}")
            if g["date"] is not None:
                if not valid_date(g["date"]):
                    errs.append(f"{nn}: bad date {g['date']}")
                elif g["date"] > pub[:len(g["date"])]:
                    errs.append(f"{nn}: date {g['date']} after publication {pub}")
            if t == "sentenced":
                if g["term_months"] is not None and (not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                    errs.append(f"{nn}: bad term {g['term_months']}")
            elif g["term_months"] is not None:
                errs.append(f"{nn}: term_months on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO:
                    errs.append(f"{nn}: deported {g['person']} without ISO country")
                if not any(c["type"] == "released" and c["person"] == g["person"] for c in claims):
                    errs.append(f"{nn}: deported {g['person']} without released")
            elif g["destination_country"] is not None:
                errs.append(f"{nn}: destination on {t}")
            if t == "pardoned" and not any(c["type"] == "released" and c["person"] == g["person"] for c in claims):
                errs.append(f"{nn}: pardoned {g['person']} without released")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] or not isinstance(g["count"], int) or g["count"] <= 0:
                    errs.append(f"{nn}: malformed group_release")
            else:
                if g["count"] is not None:
                    errs.append(f"{nn}: count on {t}")
                if not g["person"] or not g["surname_keys"]:
                    errs.append(f"{nn}: {t} without person or keys")
        for m in gold["must_not"]:
            if m["type"] not in RELEASE_TRAP_TYPES:
                continue
            mk = keys_for(m["person"])
            for g in claims:
                if g["type"] in RELEASE_GOLD_TYPES and g["person"] and person_matches(g["person"], mk, m["person"]):
                    errs.append(f"{nn}: {g['person']} has gold {g['type']} but is caught by a {m['type']} trap")
    return errs


def check7(reports, spellings):
    errs = []
    langs = {}
    expected = [f"{i:02d}" for i in range(1, 31)]
    if sorted(reports) != expected:
        errs.append(f"reports are {sorted(reports)}, expected 01..30")
    for nn, r in reports.items():
        lines = r["lines"]
        if len(lines) < 5:
            errs.append(f"{nn}: too short")
            continue
        pub, lang = lines[0], lines[1]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
            errs.append(f"{nn}: line 1 is not a date")
        elif not PUB_MIN <= pub <= PUB_MAX:
            errs.append(f"{nn}: publication date {pub} out of range")
        if lang not in LANG_SPLIT:
            errs.append(f"{nn}: line 2 language '{lang}'")
        langs[lang] = langs.get(lang, 0) + 1
        if lines[2] != "":
            errs.append(f"{nn}: line 3 not blank")
        if not lines[3].strip():
            errs.append(f"{nn}: no headline on line 4")
        words = len(r["text"].split())
        if not 150 <= words <= 550:
            errs.append(f"{nn}: {words} body words")
        if r["gold"] is None:
            errs.append(f"{nn}: no gold file")
            continue
        if r["gold"].get("published") != pub or r["gold"].get("language") != lang:
            errs.append(f"{nn}: gold header differs from text header")
        if set(r["gold"]) != {"published", "language", "claims", "must_not"}:
            errs.append(f"{nn}: gold keys {sorted(r['gold'])}")
    if langs != LANG_SPLIT:
        errs.append(f"language split {langs}, expected {LANG_SPLIT}")
    return errs


def check8(reports, spellings):
    errs = []
    types, kinds = set(), set()
    for nn, r in reports.items():
        lang = r["lines"][1] if len(r["lines"]) > 1 else ""
        text = r["text"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[ищъИЩЪ]", text)))
            if bad:
                errs.append(f"{nn}: Russian letters in Belarusian text: {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{nn}: Belarusian text without ў or і")
        if lang == "ru":
            bad = sorted(set(re.findall(r"[іўІЎ]", text)))
            if bad:
                errs.append(f"{nn}: Belarusian letters in Russian text: {bad}")
        if r["gold"]:
            types |= {g["type"] for g in r["gold"]["claims"]}
            kinds |= {m.get("kind") for m in r["gold"]["must_not"]}
    for t in TYPES:
        if t not in types:
            errs.append(f"event type {t} not covered")
    for k in KINDS:
        if k not in kinds:
            errs.append(f"trap kind {k} not covered")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--dir", default=HERE, help="folder of the set (default: this file's folder)")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang, args.dir)
    reports, spellings = load(args.dir)
    failed = 0
    checks = [("1 gold persons named and self-matching", lambda: check1(reports, spellings)),
              ("2 keys vs spellings", lambda: check2(reports, spellings)),
              ("3 spellings complete", lambda: check3(reports, spellings)),
              ("4 oracle scores 1.0", lambda: check4(args.dir)),
              ("5 traps", lambda: check5(reports, spellings)),
              ("6 claim sanity", lambda: check6(reports, spellings)),
              ("7 headers, sizes, split", lambda: check7(reports, spellings)),
              ("8 orthography and coverage", lambda: check8(reports, spellings))]
    for name, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a malformed file must fail, not crash
            errs = [f"exception {type(exc).__name__}: {exc}"]
        if errs:
            failed += 1
            print(f"FAIL check {name}: {len(errs)} problem(s)")
            for e in errs[:40]:
                print("   ", e)
        else:
            print(f"ok   check {name}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
