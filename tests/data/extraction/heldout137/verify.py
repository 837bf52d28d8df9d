#!/usr/bin/env python3
"""Self-check for the heldout137 blind evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE [--published D] [--lang L]

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Eight checks are run; each prints
`ok` or `FAILED`, and `ALL CHECKS PASSED` is printed (exit status 0) only when all hold.

--oracle FILE prints, as `volia extract` would, the gold claims of the report whose text
(everything after the three header lines) equals FILE. It is used by check 4.
"""
import argparse
import datetime
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
LANG_OF = {n: ("en" if i <= 14 else "ru" if i <= 24 else "be") for i, n in enumerate(NUMBERS, 1)}
FIRST_DAY, LAST_DAY = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    if SCORER_DIR not in sys.path:
        sys.path.insert(0, SCORER_DIR)
    return importlib.import_module("score_claims")


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        t = re.sub(r"['’ʼ]s$", "", t)
        if t:
            out.append(t)
    return out


def letters(sc, word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def read_report(d, n):
    raw = open(os.path.join(d, f"{n}.txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def load_all(d):
    reports, golds = {}, {}
    for n in NUMBERS:
        if os.path.exists(os.path.join(d, f"{n}.txt")):
            reports[n] = read_report(d, n)
        if os.path.exists(os.path.join(d, f"{n}.gold.json")):
            golds[n] = json.load(open(os.path.join(d, f"{n}.gold.json"), encoding="utf-8"))
    path = os.path.join(d, "spellings.json")
    spellings = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    return reports, golds, spellings


def valid_date(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s or "")
    if not m:
        return False
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        datetime.date(y, int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def not_after(date, published):
    return date <= published[: len(date)]


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, golds, _ = load_all(d)
    for n, (pub, lg, _, body) in reports.items():
        if body == text:
            claims = []
            for g in golds[n]["claims"]:
                claims.append({
                    "type": g["type"],
                    "person": ({"name": g["person"], "mention": g["person"], "person_id": None}
                               if g["person"] else None),
                    "date": g["date"], "date_precision": None,
                    "destination_country": g["destination_country"],
                    "term_months": g["term_months"], "count": g["count"],
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or pub, "language": lang or lg,
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("no report with this text", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def people_of(spellings, n):
    return {p["name"]: p for p in spellings.get(n, [])}


def check1(sc, reports, golds, spellings):
    errs = []
    for n, gold in golds.items():
        toks = tokens(reports[n][3])
        for g in gold["claims"]:
            if not g.get("person"):
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{n}: keys {keys} of {g['person']} match no token")
            if not sc.person_matches(g["person"], keys, g["person"]):
                errs.append(f"{n}: person_matches rejects gold name {g['person']}")
    return errs


def check2(sc, reports, golds, spellings):
    errs = []
    for n in NUMBERS:
        if n not in reports:
            continue
        people = people_of(spellings, n)
        caps = sorted({t for t in tokens(reports[n][3]) if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{n}: {name} has no keys")
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in people:
                    errs.append(f"{n}: relative {r} of {name} not listed")
                    continue
                allowed |= set(people[r].get("surnames", []))
                if name not in people[r].get("relatives", []):
                    errs.append(f"{n}: relative link {name} -> {r} not mirrored")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{n}: person_matches confuses {r} with {name}")
                if sc.person_matches(name, people[r].get("keys") or [], r):
                    errs.append(f"{n}: person_matches confuses {name} with {r}")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys of {name} also match token {t}")
        for g in golds.get(n, {}).get("claims", []):
            if g.get("person"):
                if g["person"] not in people:
                    errs.append(f"{n}: gold person {g['person']} not in spellings")
                elif g.get("surname_keys") != people[g["person"]].get("keys"):
                    errs.append(f"{n}: gold keys of {g['person']} differ from spellings")
    return errs


def check3(sc, reports, golds, spellings):
    errs = []
    for n in NUMBERS:
        if n not in reports:
            continue
        toks = tokens(reports[n][3])
        tokset = set(toks)
        people = spellings.get(n, [])
        listed = set()
        for p in people:
            listed |= set(p.get("surnames", [])) | set(p.get("given", []))
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    errs.append(f"{n}: spelling {s} of {p['name']} is not a token of the text")
        prefixes = {letters(sc, s)[:4] for p in people for s in p.get("surnames", [])
                    if len(letters(sc, s)) >= 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if letters(sc, t)[:4] in prefixes and t not in listed:
                errs.append(f"{n}: token {t} shares a surname prefix but is not listed")
    return errs


def check4(sc, d, golds):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != len(NUMBERS):
        errs.append(f"articles={res['articles']}")
    a = res["attributes"]
    want = {"date": 0, "dest": 0, "term": 0}
    for gold in golds.values():
        for g in gold["claims"]:
            want["date"] += bool(g.get("date"))
            want["dest"] += bool(g.get("destination_country"))
            want["term"] += bool(g.get("term_months"))
    for k, v in want.items():
        if a.get(f"{k}_total", 0) != v or a.get(f"{k}_ok", 0) != v:
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}, expected {v}/{v}")
    errs.extend(res["details"][:10])
    return errs


def check5(sc, reports, golds, spellings):
    errs = []
    for n, gold in golds.items():
        people = people_of(spellings, n)
        toks = tokens(reports[n][3]) if n in reports else []
        seen = set()
        for m in gold.get("must_not", []):
            t, person = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                errs.append(f"{n}: trap type {t!r}")
            if m.get("kind") not in KINDS:
                errs.append(f"{n}: trap kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or not m["why"].strip():
                errs.append(f"{n}: trap on {person} has no why")
            if (t, person) in seen:
                errs.append(f"{n}: trap ({t}, {person}) twice")
            seen.add((t, person))
            if person not in people:
                errs.append(f"{n}: trap person {person} not in spellings")
                continue
            own = people[person].get("keys") or []
            if not any(sc.key_matches_token(k, x) for k in own for x in toks):
                errs.append(f"{n}: trap person {person} not named in the text")
            for g in gold["claims"]:
                if g["type"] != t or not g.get("person"):
                    continue
                for keys in (sc.keys_for(person), own):
                    if sc.person_matches(g["person"], keys, person):
                        errs.append(f"{n}: trap ({t}, {person}) is hit by gold {g['person']}")
                        break
    return errs


def same_person(sc, a, b, keys_b):
    return a == b or sc.person_matches(a, keys_b, b)


def check6(sc, reports, golds, spellings):
    errs = []
    for n, gold in golds.items():
        if set(gold) != {"claims", "must_not"}:
            errs.append(f"{n}: top-level fields {sorted(gold)}")
        pub = reports[n][0] if n in reports else "9999-99-99"
        people = people_of(spellings, n)
        claims = gold.get("claims", [])
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                errs.append(f"{n}: claim fields {sorted(g)}")
                continue
            t, person = g["type"], g["person"]
            if t not in TYPES:
                errs.append(f"{n}: claim type {t!r}")
            if g["date"] is not None and (not valid_date(g["date"]) or not not_after(g["date"], pub)):
                errs.append(f"{n}: bad date {g['date']} ({t} {person})")
            if t == "group_release":
                if person is not None or g["surname_keys"] != [] or not (
                        isinstance(g["count"], int) and g["count"] > 0):
                    errs.append(f"{n}: malformed group_release")
            else:
                if not person or not g["surname_keys"]:
                    errs.append(f"{n}: {t} without person or keys")
                if g["count"] is not None:
                    errs.append(f"{n}: count on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{n}: bad destination {g['destination_country']}")
                if not any(c["type"] == "released" and c["person"] == person for c in claims):
                    errs.append(f"{n}: deported {person} without released")
            elif g["destination_country"] is not None:
                errs.append(f"{n}: destination on {t}")
            if t == "sentenced":
                if g["term_months"] is not None and not (
                        isinstance(g["term_months"], int) and g["term_months"] > 0):
                    errs.append(f"{n}: bad term {g['term_months']}")
            elif g["term_months"] is not None:
                errs.append(f"{n}: term on {t}")
            if t == "pardoned" and not any(
                    c["type"] == "released" and c["person"] == person for c in claims):
                errs.append(f"{n}: pardoned {person} without released")
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
                continue
            keys = (people.get(m["person"]) or {}).get("keys") or sc.keys_for(m["person"])
            excluded = {"released": {"released", "pardoned", "deported"},
                        "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m["type"], set())
            for g in claims:
                if g["type"] in excluded and g.get("person") and same_person(
                        sc, g["person"], m["person"], keys):
                    errs.append(f"{n}: {m['type']} trap on {m['person']} but gold {g['type']}")
    return errs


def check7(d, reports):
    errs = []
    names = set(os.listdir(d))
    txt = {x[:-4] for x in names if re.fullmatch(r"\d+\.txt", x)}
    gold = {x[:-10] for x in names if re.fullmatch(r"\d+\.gold\.json", x)}
    if txt != set(NUMBERS):
        errs.append(f"report files {sorted(txt ^ set(NUMBERS))} wrong")
    if gold != set(NUMBERS):
        errs.append(f"gold files {sorted(gold ^ set(NUMBERS))} wrong")
    for n, (pub, lang, blank, body) in reports.items():
        try:
            day = datetime.date.fromisoformat(pub)
            if not (FIRST_DAY <= day <= LAST_DAY) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
                errs.append(f"{n}: date {pub} out of range")
        except ValueError:
            errs.append(f"{n}: bad date line {pub!r}")
        if lang != LANG_OF[n]:
            errs.append(f"{n}: language {lang!r}, expected {LANG_OF[n]}")
        if blank.strip():
            errs.append(f"{n}: line 3 not blank")
        words = len(body.split())
        if not 150 <= words <= 550:
            errs.append(f"{n}: {words} words")
    return errs


def counts(golds):
    by_type, by_kind = {t: 0 for t in TYPES}, {k: 0 for k in KINDS}
    for gold in golds.values():
        for g in gold["claims"]:
            by_type[g["type"]] = by_type.get(g["type"], 0) + 1
        for m in gold["must_not"]:
            by_kind[m["kind"]] = by_kind.get(m["kind"], 0) + 1
    return by_type, by_kind


def check8(reports, golds):
    errs = []
    for n, (_, lang, _, body) in reports.items():
        if LANG_OF[n] == "be":
            if re.search(r"[иИщЩъЪ]", body):
                errs.append(f"{n}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif LANG_OF[n] == "ru":
            if re.search(r"[ўЎіІ]", body):
                errs.append(f"{n}: Russian text has ў/і")
        elif CYRILLIC_RE.search(body):
            errs.append(f"{n}: English text has Cyrillic")
    by_type, by_kind = counts(golds)
    errs += [f"no claim of type {t}" for t in TYPES if not by_type.get(t)]
    errs += [f"no trap of kind {k}" for k in KINDS if not by_kind.get(k)]
    c, t = sum(by_type.values()), sum(by_kind.values())
    share = t / (c + t) if c + t else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


def stats(reports, golds):
    by_type, by_kind = counts(golds)
    words = {}
    for n, (_, lang, _, body) in reports.items():
        words.setdefault(lang, []).append(len(body.split()))
    print(f"reports: {len(reports)}")
    for lang in ("en", "ru", "be"):
        w = words.get(lang, [])
        if w:
            print(f"  {lang}: {len(w)} reports, {sum(w)} words (min {min(w)}, max {max(w)})")
    print(f"  words total: {sum(sum(w) for w in words.values())}")
    c, t = sum(by_type.values()), sum(by_kind.values())
    print(f"claims: {c}")
    for k, v in by_type.items():
        print(f"  {k:26} {v}")
    print(f"traps: {t}")
    for k, v in by_kind.items():
        print(f"  {k:26} {v}")
    print(f"trap share: {t}/{c + t} = {t / (c + t):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    sc = load_scorer()
    reports, golds, spellings = load_all(args.dir)
    checks = [
        ("1 gold people are in the text", lambda: check1(sc, reports, golds, spellings)),
        ("2 keys fit", lambda: check2(sc, reports, golds, spellings)),
        ("3 spellings are complete", lambda: check3(sc, reports, golds, spellings)),
        ("4 perfect oracle score", lambda: check4(sc, args.dir, golds)),
        ("5 traps are sound", lambda: check5(sc, reports, golds, spellings)),
        ("6 fields and logic", lambda: check6(sc, reports, golds, spellings)),
        ("7 headers and size", lambda: check7(args.dir, reports)),
        ("8 scripts and coverage", lambda: check8(reports, golds)),
    ]
    failed = 0
    for title, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"crashed: {exc!r}"]
        print(f"{'ok' if not errs else 'FAILED'}  {title}")
        for e in errs[:25]:
            print(f"      {e}")
        if len(errs) > 25:
            print(f"      ... {len(errs) - 25} more")
        failed += bool(errs)
    if args.stats:
        stats(reports, golds)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
