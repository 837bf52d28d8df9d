#!/usr/bin/env python3
"""Self-check for the heldout112 extraction set (monthly monitoring reviews).

  python3 verify.py                      run all checks on this folder
  python3 verify.py --dir DIR            run all checks on another copy
  python3 verify.py --stats              print counts as well
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of FILE (a report body, as the scorer
                                         writes it) in the extractor output shape

Only the standard library and the scorer module (shared/tools/score_claims.py, found through
$VOLIA_SCORER_DIR or ../../../../../shared/tools) are used.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
EXPECTED_EXTRA = {"spellings.json", "verify.py", "README.md"}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOK = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def parse_date(s):
    """Return the first day covered by a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        return datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def load(d):
    reports = {}
    for fname in sorted(os.listdir(d)):
        if fname.endswith(".gold.json"):
            stem = fname[: -len(".gold.json")]
            raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read()
            gold = json.load(open(os.path.join(d, fname), encoding="utf-8"))
            lines = raw.split("\n")
            reports[stem] = {"raw": raw, "lines": lines, "body": "\n".join(lines[3:]), "gold": gold}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


def tokens(text):
    return TOK.findall(text)


def caps(text):
    return [t for t in tokens(text) if t[0].isupper()]


def prefix4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def persons_of(spell, stem):
    return {p["person"]: p for p in spell.get(stem, {}).get("persons", [])}


# ---------------------------------------------------------------- oracle
def oracle(args):
    text = open(args.oracle, encoding="utf-8").read()
    d = args.dir or HERE
    reports, spell = load(d)
    for stem, r in reports.items():
        if r["body"] == text or r["body"].strip() == text.strip():
            break
    else:
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 0
    people = persons_of(spell, stem)
    claims = []
    for g in r["gold"]["claims"]:
        person, start, end, mention = None, 0, 0, ""
        if g["person"]:
            forms = people.get(g["person"], {}).get("surname_forms", []) or [g["person"].split()[-1]]
            for f in forms:
                m = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
                if m:
                    start, end, mention = m.start(), m.end(), f
                    break
            person = {"name": g["person"], "mention": mention or g["person"], "person_id": None}
        else:
            m = re.search(r"(?<!\d)" + str(g.get("count")) + r"(?!\d)", text)
            if m:
                start, end = m.start(), m.end()
        date = g.get("date")
        precision = {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None
        claims.append({"type": g["type"], "person": person, "date": date, "date_precision": precision,
                       "destination_country": g.get("destination_country"),
                       "term_months": g.get("term_months"), "count": g.get("count"),
                       "confidence": 1.0, "evidence": {"start": start, "end": end, "text": text[start:end]}})
    print(json.dumps({"published": args.published or r["lines"][0].strip(),
                      "language": args.lang or r["lines"][1].strip(), "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def check1(reports, spell):
    err = []
    for stem, r in reports.items():
        toks = tokens(r["body"])
        for g in r["gold"]["claims"]:
            if not g.get("person"):
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.person_matches(t, keys) for t in toks):
                err.append(f"{stem}: no token of the report matches {g['person']} with {keys}")
            if not sc.person_matches(g["person"], keys, g["person"]):
                err.append(f"{stem}: person_matches rejects {g['person']} with its own keys {keys}")
    return err


def check2(reports, spell):
    err = []
    for stem, r in reports.items():
        people = persons_of(spell, stem)
        if stem not in spell:
            err.append(f"{stem}: missing from spellings.json")
            continue
        if spell[stem].get("language") != r["lines"][1].strip():
            err.append(f"{stem}: spellings language differs from header")
        named = {g["person"] for g in r["gold"]["claims"] if g.get("person")}
        named |= {m["person"] for m in r["gold"].get("must_not", [])}
        for n in sorted(named - set(people)):
            err.append(f"{stem}: {n} has no spellings entry")
        for n in sorted(set(people) - named):
            err.append(f"{stem}: spellings entry {n} is in no claim or trap")
        for g in r["gold"]["claims"]:
            if g.get("person") and g["person"] in people and g.get("surname_keys") != people[g["person"]]["surname_keys"]:
                err.append(f"{stem}: gold keys of {g['person']} differ from spellings.json")
        cap = caps(r["body"])
        for name, p in people.items():
            keys = p["surname_keys"]
            for f in p["surname_forms"]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err.append(f"{stem}: keys of {name} do not match listed form {f}")
            allowed = set(p["surname_forms"])
            for rname in p.get("relatives", []):
                allowed |= set(people.get(rname, {}).get("surname_forms", []))
            for t in sorted(set(cap)):
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    err.append(f"{stem}: keys of {name} also match the unrelated word {t}")
            for rname in p.get("relatives", []):
                q = people.get(rname)
                if q is None:
                    err.append(f"{stem}: relative {rname} of {name} has no entry")
                    continue
                if name not in q.get("relatives", []):
                    err.append(f"{stem}: {name} -> {rname} is not linked back")
                if sc.person_matches(name, q["surname_keys"], rname):
                    err.append(f"{stem}: {name} would be taken for relative {rname}")
                if sc.person_matches(rname, keys, name):
                    err.append(f"{stem}: {rname} would be taken for relative {name}")
    return err


def check3(reports, spell):
    err = []
    for stem, r in reports.items():
        people = persons_of(spell, stem)
        toks = set(tokens(r["body"]))
        cap = set(caps(r["body"]))
        for name, p in people.items():
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in toks:
                    err.append(f"{stem}: listed spelling {f} of {name} does not occur in the text")
            if not p["surname_forms"]:
                err.append(f"{stem}: {name} has no surname form")
            listed = set(p["surname_forms"]) | set(p["given_forms"])
            for rname in p.get("relatives", []):
                q = people.get(rname, {})
                listed |= set(q.get("surname_forms", [])) | set(q.get("given_forms", []))
            pref = {prefix4(f) for f in p["surname_forms"]}
            for t in sorted(cap):
                if prefix4(t) in pref and t not in listed:
                    err.append(f"{stem}: {t} shares a prefix with a surname of {name} but is not listed")
    return err


def check4(reports, spell, d):
    err = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 120)
    if res["articles"] != 30:
        err.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            err.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        err.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    n_date = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("date"))
    n_dest = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("destination_country"))
    n_term = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("term_months"))
    for name, ok, total, want in (("date", a.get("date_ok", 0), a.get("date_total", 0), n_date),
                                  ("destination", a.get("dest_ok", 0), a.get("dest_total", 0), n_dest),
                                  ("term", a.get("term_ok", 0), a.get("term_total", 0), n_term)):
        if ok != total or total != want:
            err.append(f"{name}: {ok}/{total} right, {want} expected")
    err.extend(res["details"][:20])
    return err


def check5(reports, spell):
    err = []
    for stem, r in reports.items():
        people = persons_of(spell, stem)
        toks = tokens(r["body"])
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                err.append(f"{stem}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES:
                err.append(f"{stem}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                err.append(f"{stem}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 5:
                err.append(f"{stem}: trap on {m.get('person')} has no reason")
            if not m.get("person"):
                err.append(f"{stem}: trap without a person")
                continue
            key = (m["type"], m["person"])
            if key in seen:
                err.append(f"{stem}: trap {key} listed twice")
            seen.add(key)
            own = people.get(m["person"], {}).get("surname_keys") or sc.keys_for(m["person"])
            if not any(sc.person_matches(t, own) for t in toks):
                err.append(f"{stem}: trap person {m['person']} is not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] != m["type"] or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]):
                    err.append(f"{stem}: gold {g['type']} {g['person']} matches trap on {m['person']} (keys_for)")
                if sc.person_matches(g["person"], own, m["person"]):
                    err.append(f"{stem}: gold {g['type']} {g['person']} matches trap on {m['person']} (own keys)")
    return err


def same_person(g_name, m_name, m_keys):
    return (sc.person_matches(g_name, sc.keys_for(m_name), m_name)
            or sc.person_matches(g_name, m_keys, m_name))


def check6(reports, spell):
    err = []
    for stem, r in reports.items():
        people = persons_of(spell, stem)
        pub = parse_date(r["lines"][0].strip())
        claims = r["gold"]["claims"]
        by = Counter((g["type"], g.get("person")) for g in claims)
        for g in claims:
            who = f"{stem}: {g.get('type')} {g.get('person') or g.get('count')}"
            if set(g) != CLAIM_FIELDS:
                err.append(f"{who}: fields {sorted(g)}")
                continue
            if g["type"] not in TYPES:
                err.append(f"{who}: unknown type")
            if g["date"] is not None:
                d = parse_date(g["date"])
                if d is None:
                    err.append(f"{who}: bad date {g['date']}")
                elif pub and d > pub:
                    err.append(f"{who}: date {g['date']} after publication")
            if g["type"] == "deported":
                if g["destination_country"] not in ISO:
                    err.append(f"{who}: bad country {g['destination_country']}")
                if not by[("released", g["person"])]:
                    err.append(f"{who}: deported without released")
            elif g["destination_country"] is not None:
                err.append(f"{who}: destination_country on a non-deported claim")
            if g["type"] == "pardoned" and not by[("released", g["person"])]:
                err.append(f"{who}: pardoned without released")
            if g["type"] == "sentenced":
                if g["term_months"] is not None and (not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                    err.append(f"{who}: bad term {g['term_months']}")
            elif g["term_months"] is not None:
                err.append(f"{who}: term_months on a non-sentenced claim")
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"]:
                    err.append(f"{who}: group_release with a person")
                if not isinstance(g["count"], int) or g["count"] <= 0:
                    err.append(f"{who}: group_release count {g['count']}")
            else:
                if g["count"] is not None:
                    err.append(f"{who}: count on a non-group claim")
                if not g["person"] or not g["surname_keys"]:
                    err.append(f"{who}: claim without person or keys")
        for m in r["gold"].get("must_not", []):
            own = people.get(m["person"], {}).get("surname_keys") or sc.keys_for(m["person"])
            if m["type"] == "released":
                excluded = ("released", "pardoned", "deported")
            elif m["type"] in ("pardoned", "deported"):
                excluded = (m["type"],)
            else:
                excluded = ()
            for g in claims:
                if g["type"] in excluded and g.get("person") and same_person(g["person"], m["person"], own):
                    err.append(f"{stem}: {m['type']} trap on {m['person']} but gold has {g['type']} {g['person']}")
    return err


def check7(reports, spell, d):
    err = []
    stems = sorted(reports)
    if stems != [f"{i:02d}" for i in range(1, 31)]:
        err.append(f"reports are {stems}, expected 01..30")
    allowed = EXPECTED_EXTRA | {f"{s}.txt" for s in LANG_OF} | {f"{s}.gold.json" for s in LANG_OF}
    extra = sorted(set(os.listdir(d)) - allowed)
    if extra:
        err.append(f"unexpected files: {extra}")
    langs = Counter()
    for stem, r in reports.items():
        lines = r["lines"]
        pub = lines[0].strip() if lines else ""
        if parse_date(pub) is None or len(pub) != 10 or lines[0] != pub:
            err.append(f"{stem}: bad date line {lines[0]!r}")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            err.append(f"{stem}: publication {pub} out of range")
        if len(lines) < 5 or lines[1] not in ("en", "ru", "be") or lines[2] != "" or not lines[3].strip():
            err.append(f"{stem}: bad header")
            continue
        langs[lines[1]] += 1
        if LANG_OF.get(stem) != lines[1]:
            err.append(f"{stem}: language {lines[1]}, expected {LANG_OF.get(stem)}")
        if r["gold"].get("published") != pub or r["gold"].get("language") != lines[1]:
            err.append(f"{stem}: gold published/language differ from the header")
        n = len(r["body"].split())
        if not 150 <= n <= 550:
            err.append(f"{stem}: {n} words")
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        err.append(f"split {dict(langs)}, expected 14/10/6")
    return err


def check8(reports, spell):
    err = []
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    for stem, r in reports.items():
        lang, body = r["lines"][1], r["body"]
        low = body.lower()
        if lang == "be":
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                err.append(f"{stem}: Belarusian text has {bad}")
            if "ў" not in low or "і" not in low:
                err.append(f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(ch for ch in low if ch in "ўі"))
            if bad:
                err.append(f"{stem}: Russian text has {bad}")
        elif lang == "en" and CYRILLIC.search(body):
            err.append(f"{stem}: English text has Cyrillic")
        for g in r["gold"]["claims"]:
            types[g["type"]] += 1
            n_claims += 1
        for m in r["gold"].get("must_not", []):
            kinds[m["kind"]] += 1
            n_traps += 1
    for t in TYPES:
        if not types[t]:
            err.append(f"type {t} not covered")
    for k in KINDS:
        if not kinds[k]:
            err.append(f"trap kind {k} not covered")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        err.append(f"trap share {share:.3f} outside 25-30 %")
    return err


def stats(reports):
    words = {s: len(r["body"].split()) for s, r in reports.items()}
    types, kinds, langs = Counter(), Counter(), Counter()
    for r in reports.values():
        langs[r["lines"][1]] += 1
        types.update(g["type"] for g in r["gold"]["claims"])
        kinds.update(m["kind"] for m in r["gold"].get("must_not", []))
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    for s, r in sorted(reports.items()):
        print(f"  {s} {r['lines'][0]} {r['lines'][1]} words={words[s]} claims={len(r['gold']['claims'])} "
              f"traps={len(r['gold'].get('must_not', []))}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / max(nc + nt, 1):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = os.path.abspath(args.dir or HERE)
    reports, spell = load(d)
    if args.stats:
        stats(reports)
    checks = [("1 persons found and self-matching", lambda: check1(reports, spell)),
              ("2 keys, spellings and relatives", lambda: check2(reports, spell)),
              ("3 listed spellings occur, look-alikes listed", lambda: check3(reports, spell)),
              ("4 oracle scores 1.0 through the scorer", lambda: check4(reports, spell, d)),
              ("5 traps not matched by gold, well formed", lambda: check5(reports, spell)),
              ("6 dates, fields and claim consistency", lambda: check6(reports, spell)),
              ("7 headers, lengths, split, dates, files", lambda: check7(reports, spell, d)),
              ("8 scripts, coverage and trap share", lambda: check8(reports, spell))]
    failed = 0
    for name, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a malformed file must fail, not crash
            errs = [f"{type(exc).__name__}: {exc}"]
        if errs:
            failed += 1
            print(f"check {name}: FAILED")
            for e in errs[:40]:
                print(f"    {e}")
            if len(errs) > 40:
                print(f"    ... {len(errs) - 40} more")
        else:
            print(f"check {name}: ok")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
