#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout145 (deaths in custody).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]

Without --oracle it runs eight checks and prints `ok` or `FAILED` for each, then
`ALL CHECKS PASSED` only when all eight hold (exit status 0 only in that case).

With --oracle it behaves like `volia extract`: it finds the report in DIR whose text equals
FILE and prints that report's gold claims as extractor output, so that
  score_claims.py DIR --cmd 'python3 verify.py --oracle'
scores the gold against itself.

The scorer module is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Standard library only.
"""
import argparse
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)

ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and len(t) > 2 and t[-2:] in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_set(d):
    reports, golds = {}, {}
    for n in NUMBERS:
        tp, gp = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if os.path.exists(tp):
            reports[n] = read_report(tp)
        if os.path.exists(gp):
            golds[n] = json.load(open(gp, encoding="utf-8"))
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, golds, spellings


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for n in NUMBERS:
        tp = os.path.join(d, n + ".txt")
        if not os.path.exists(tp):
            continue
        pub, lg, _, body = read_report(tp)
        if body == text:
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c["date"]
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or pub, "language": lang or lg,
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks

class Check:
    def __init__(self, title):
        self.title = title
        self.problems = []

    def fail(self, msg):
        self.problems.append(msg)


def people_of(spellings, n):
    return {p["name"]: p for p in spellings.get(n, [])}


def check1(sc, reports, golds, spellings):
    c = Check("1. Gold people are in the text")
    for n, g in sorted(golds.items()):
        if n not in reports:
            continue
        toks = tokens(reports[n][3], reports[n][1])
        for cl in g.get("claims", []):
            name, keys = cl.get("person"), cl.get("surname_keys") or []
            if not name:
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                c.fail(f"{n}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                c.fail(f"{n}: person_matches rejects gold name {name} with {keys}")
    return c


def check2(sc, reports, golds, spellings):
    c = Check("2. Keys fit")
    for n in NUMBERS:
        if n not in reports:
            continue
        people = people_of(spellings, n)
        if not people:
            c.fail(f"{n}: no spellings")
            continue
        toks = tokens(reports[n][3], reports[n][1])
        caps = sorted({t for t in toks if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                c.fail(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    c.fail(f"{n}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r in people:
                    allowed |= set(people[r].get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    c.fail(f"{n}: keys {keys} of {name} also match '{t}'")
            for r in p.get("relatives", []):
                if r not in people:
                    c.fail(f"{n}: relative {r} of {name} not listed")
                    continue
                if name not in people[r].get("relatives", []):
                    c.fail(f"{n}: relative link {name} -> {r} not mirrored")
                if sc.person_matches(name, people[r]["keys"], r):
                    c.fail(f"{n}: person_matches({name!r}, keys of {r}) holds")
                if sc.person_matches(r, keys, name):
                    c.fail(f"{n}: person_matches({r!r}, keys of {name}) holds")
        for cl in golds.get(n, {}).get("claims", []):
            if cl.get("person"):
                p = people.get(cl["person"])
                if p is None:
                    c.fail(f"{n}: gold person {cl['person']} not in spellings")
                elif list(cl.get("surname_keys") or []) != list(p.get("keys") or []):
                    c.fail(f"{n}: gold keys of {cl['person']} differ from spellings")
    return c


def fold4(sc, s):
    return re.sub(r"[^a-z]", "", sc.fold(s))[:4]


def check3(sc, reports, golds, spellings):
    c = Check("3. Spellings are complete")
    for n in NUMBERS:
        if n not in reports:
            continue
        people = people_of(spellings, n)
        toks = tokens(reports[n][3], reports[n][1])
        tokset = set(toks)
        listed = set()
        surnames = set()
        for name, p in people.items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    c.fail(f"{n}: spelling '{s}' of {name} is not a token of the text")
            surnames |= set(p.get("surnames", []))
        prefixes = {fold4(sc, s) for s in surnames if len(fold4(sc, s)) == 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if fold4(sc, t) in prefixes and t not in listed:
                c.fail(f"{n}: capitalised token '{t}' shares a prefix with a surname but is not listed")
    return c


def check4(sc, d):
    c = Check("4. Perfect oracle score")
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    try:
        r = sc.score(d, cmd, 120)
    except Exception as e:  # pragma: no cover
        c.fail(f"scorer raised {e!r}")
        return c
    if r["articles"] != 30:
        c.fail(f"articles={r['articles']}")
    for k in ("precision", "recall", "f1"):
        if r[k] != 1.0:
            c.fail(f"{k}={r[k]}")
    if r["violations"] or r["errors"]:
        c.fail(f"violations={r['violations']} errors={r['errors']}")
    a = r["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            c.fail(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    for line in r["details"][:10]:
        c.fail(line)
    return c


def check5(sc, reports, golds, spellings):
    c = Check("5. Traps are sound")
    for n, g in sorted(golds.items()):
        people = people_of(spellings, n)
        toks = tokens(reports[n][3], reports[n][1]) if n in reports else []
        seen = set()
        for m in g.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                c.fail(f"{n}: trap fields {sorted(m)}")
                continue
            t, person, kind, why = m["type"], m["person"], m["kind"], m["why"]
            if t not in TYPES or t == "group_release":
                c.fail(f"{n}: trap type {t}")
            if kind not in KINDS:
                c.fail(f"{n}: trap kind {kind}")
            if not isinstance(why, str) or not why.strip():
                c.fail(f"{n}: trap on {person} has no why")
            if (t, person) in seen:
                c.fail(f"{n}: trap ({t}, {person}) twice")
            seen.add((t, person))
            p = people.get(person)
            if p is None:
                c.fail(f"{n}: trap person {person} not in spellings")
                continue
            if not any(sc.key_matches_token(k, x) for k in p["keys"] for x in toks):
                c.fail(f"{n}: trap person {person} not named in text")
            for cl in g.get("claims", []):
                if cl["type"] != t or not cl.get("person"):
                    continue
                if sc.person_matches(cl["person"], sc.keys_for(person), person):
                    c.fail(f"{n}: trap ({t}, {person}) matched by gold {cl['person']} (keys_for)")
                if sc.person_matches(cl["person"], p["keys"], person):
                    c.fail(f"{n}: trap ({t}, {person}) matched by gold {cl['person']} (spelling keys)")
    return c


def check6(sc, reports, golds, spellings):
    c = Check("6. Fields and logic")
    for n, g in sorted(golds.items()):
        pub = reports[n][0] if n in reports else "9999-12-31"
        claims = g.get("claims", [])
        by = {}
        for cl in claims:
            if set(cl) != FIELDS:
                c.fail(f"{n}: claim fields {sorted(cl)}")
                continue
            t = cl["type"]
            if t not in TYPES:
                c.fail(f"{n}: type {t}")
            if not valid_date(cl["date"]):
                c.fail(f"{n}: bad date {cl['date']}")
            elif cl["date"] and cl["date"] > pub[: len(cl["date"])]:
                c.fail(f"{n}: date {cl['date']} after publication {pub}")
            if t == "group_release":
                if cl["person"] is not None or cl["surname_keys"] != []:
                    c.fail(f"{n}: group_release with a person")
                if not isinstance(cl["count"], int) or cl["count"] <= 0:
                    c.fail(f"{n}: group_release count {cl['count']}")
            else:
                if not isinstance(cl["person"], str) or not cl["person"].strip():
                    c.fail(f"{n}: {t} without person")
                if not cl["surname_keys"]:
                    c.fail(f"{n}: {t} {cl['person']} without keys")
                if cl["count"] is not None:
                    c.fail(f"{n}: count on {t}")
            if t == "deported":
                if cl["destination_country"] not in ISO2:
                    c.fail(f"{n}: deported {cl['person']} country {cl['destination_country']}")
            elif cl["destination_country"] is not None:
                c.fail(f"{n}: destination on {t}")
            if t == "sentenced":
                tm = cl["term_months"]
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    c.fail(f"{n}: term {tm}")
            elif cl["term_months"] is not None:
                c.fail(f"{n}: term_months on {t}")
            by.setdefault(cl["person"], set()).add(t)
        for cl in claims:
            if cl.get("type") in ("deported", "pardoned") and "released" not in by.get(cl.get("person"), set()):
                c.fail(f"{n}: {cl['type']} {cl['person']} without released")
        for m in g.get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"),
                    "pardoned": ("pardoned",), "deported": ("deported",)}.get(m.get("type"))
            if not excl:
                continue
            for cl in claims:
                if cl.get("type") in excl and cl.get("person") and (
                        cl["person"] == m["person"] or
                        sc.person_matches(cl["person"], sc.keys_for(m["person"]), m["person"])):
                    c.fail(f"{n}: trap {m['type']} {m['person']} but gold {cl['type']}")
    return c


def count_words(text):
    return len(text.split())


def check7(sc, d, reports):
    c = Check("7. Headers and size")
    present_txt = {f[:-4] for f in os.listdir(d) if re.fullmatch(r"\d+\.txt", f)}
    present_gold = {f[:-10] for f in os.listdir(d) if re.fullmatch(r"\d+\.gold\.json", f)}
    if present_txt != set(NUMBERS) or present_gold != set(NUMBERS):
        c.fail(f"files: txt {sorted(present_txt ^ set(NUMBERS))} gold {sorted(present_gold ^ set(NUMBERS))} differ from 01-30")
    for n in NUMBERS:
        if n not in reports:
            continue
        pub, lang, blank, body = reports[n]
        try:
            dt = datetime.date.fromisoformat(pub)
            if not (MIN_PUB <= dt <= MAX_PUB) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                c.fail(f"{n}: date {pub} out of range")
        except ValueError:
            c.fail(f"{n}: line 1 '{pub}' is not a date")
        want = "en" if int(n) <= 14 else "ru" if int(n) <= 24 else "be"
        if lang != want:
            c.fail(f"{n}: language {lang}, expected {want}")
        if blank.strip() != "" or blank != "":
            c.fail(f"{n}: line 3 not blank")
        w = count_words(body)
        if not 150 <= w <= 550:
            c.fail(f"{n}: {w} words")
    return c


def check8(sc, reports, golds):
    c = Check("8. Scripts and coverage")
    for n, (pub, lang, _, body) in sorted(reports.items()):
        if lang == "be":
            bad = set(re.findall(r"[иИщЩъЪ]", body))
            if bad:
                c.fail(f"{n}: Belarusian text has {''.join(sorted(bad))}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                c.fail(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = set(re.findall(r"[ўЎіІ]", body))
            if bad:
                c.fail(f"{n}: Russian text has {''.join(sorted(bad))}")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                c.fail(f"{n}: English text has Cyrillic")
    types = {cl["type"] for g in golds.values() for cl in g.get("claims", [])}
    kinds = {m.get("kind") for g in golds.values() for m in g.get("must_not", [])}
    for t in TYPES:
        if t not in types:
            c.fail(f"type {t} never occurs")
    for k in KINDS:
        if k not in kinds:
            c.fail(f"trap kind {k} never occurs")
    nc = sum(len(g.get("claims", [])) for g in golds.values())
    nt = sum(len(g.get("must_not", [])) for g in golds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        c.fail(f"trap share {share:.3f} outside 0.25-0.30")
    return c


def stats(reports, golds):
    from collections import Counter
    words = {n: count_words(r[3]) for n, r in reports.items()}
    langs = Counter(r[1] for r in reports.values())
    types = Counter(cl["type"] for g in golds.values() for cl in g["claims"])
    kinds = Counter(m["kind"] for g in golds.values() for m in g["must_not"])
    ttypes = Counter(m["type"] for g in golds.values() for m in g["must_not"])
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: {sum(words.values())} total, min {min(words.values())}, max {max(words.values())}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types.get(t, 0)}")
    print(f"traps: {nt} ({nt / (nc + nt):.1%} of {nc + nt} entries)")
    for k in KINDS:
        print(f"  {k:26} {kinds.get(k, 0)}")
    print("traps by type: " + ", ".join(f"{t} {v}" for t, v in sorted(ttypes.items())))
    print("dates: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        {None: 'null', 4: 'year', 7: 'month', 10: 'day'}[len(cl['date']) if cl['date'] else None]
        for g in golds.values() for cl in g['claims']).items())))
    print("per report: " + " ".join(f"{n}:{len(golds[n]['claims'])}/{len(golds[n]['must_not'])}/{words[n]}w"
                                    for n in sorted(golds)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?")
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.file, args.published, args.lang)
    sc = load_scorer()
    d = args.dir
    reports, golds, spellings = load_set(d)
    if args.stats:
        stats(reports, golds)
        print()
    checks = [check1(sc, reports, golds, spellings), check2(sc, reports, golds, spellings),
              check3(sc, reports, golds, spellings), check4(sc, d),
              check5(sc, reports, golds, spellings), check6(sc, reports, golds, spellings),
              check7(sc, d, reports), check8(sc, reports, golds)]
    ok = True
    for c in checks:
        print(("ok     " if not c.problems else "FAILED ") + c.title)
        for p in c.problems[:25]:
            print("         " + p)
        if len(c.problems) > 25:
            print(f"         ... and {len(c.problems) - 25} more")
        ok = ok and not c.problems
    if ok:
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
