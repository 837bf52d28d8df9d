#!/usr/bin/env python3
"""Checks for the heldout159 evaluation set (health and medical-care alerts).

Usage:
  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED when all hold
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape
  python3 verify.py --careless FILE --published DATE --lang LANG [--dir DIR]
      like --oracle, but also prints one claim for every must_not trap (should hit every trap)

Standard library only. The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR,
or else from ../../../../../shared/tools relative to this file.
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
THIS = os.path.abspath(__file__)


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


SC = load_scorer()

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
LANG_OF = {**{n: "en" for n in range(1, 15)}, **{n: "ru" for n in range(15, 25)},
           **{n: "be" for n in range(25, 31)}}
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ----------------------------------------------------------------------------- loading

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        t = re.sub(r"['’]s$", "", t)
        if t:
            out.append(t)
    return out


def folded_letters(s):
    return re.sub(r"[^a-z]", "", SC.fold(s))


def load_set(d):
    reports = {}
    for n in range(1, 31):
        stem = f"{n:02d}"
        rep = {"stem": stem, "n": n}
        tp, gp = os.path.join(d, stem + ".txt"), os.path.join(d, stem + ".gold.json")
        if os.path.exists(tp):
            rep["raw"], rep["text"] = read_report(tp)
        if os.path.exists(gp):
            rep["gold"] = json.load(open(gp, encoding="utf-8"))
        reports[stem] = rep
    sp = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}
    return reports, spellings


def people_of(spellings, stem):
    return {p["name"]: p for p in spellings.get(stem, spellings.get(str(int(stem)), []))}


# ----------------------------------------------------------------------------- helpers

def key_hits(keys, tok):
    return any(SC.key_matches_token(k, tok) for k in keys)


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def not_after(date, published):
    return date <= published[: len(date)]


def claims(rep):
    return (rep.get("gold") or {}).get("claims", [])


def traps(rep):
    return (rep.get("gold") or {}).get("must_not", [])


def precision_of(date):
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown")


# ----------------------------------------------------------------------------- checks

def check1(reports, spellings):
    errs = []
    for stem, rep in reports.items():
        toks = tokens(rep.get("text", ""))
        for c in claims(rep):
            if c.get("type") == "group_release":
                continue
            keys, name = c.get("surname_keys") or [], c.get("person") or ""
            if not any(key_hits(keys, t) for t in toks):
                errs.append(f"{stem}: keys {keys} of {name} match no token")
            if not SC.person_matches(name, keys, name):
                errs.append(f"{stem}: person_matches rejects gold name {name}")
    return errs


def check2(reports, spellings):
    errs = []
    for stem, rep in reports.items():
        people = people_of(spellings, stem)
        toks = set(tokens(rep.get("text", "")))
        caps = {t for t in toks if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{stem}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not key_hits(keys, s):
                    errs.append(f"{stem}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in sorted(caps - allowed):
                if key_hits(keys, t):
                    errs.append(f"{stem}: keys {keys} of {name} also match unrelated token {t}")
            for r in p.get("relatives", []):
                if r not in people:
                    errs.append(f"{stem}: relative {r} of {name} not listed")
                    continue
                if name not in people[r].get("relatives", []):
                    errs.append(f"{stem}: relative link {name} -> {r} not mirrored")
                if SC.person_matches(r, keys, name):
                    errs.append(f"{stem}: relative {r} is accepted as {name}")
                if SC.person_matches(name, people[r].get("keys") or [], r):
                    errs.append(f"{stem}: {name} is accepted as relative {r}")
        for c in claims(rep):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{stem}: gold person {c.get('person')} not in spellings.json")
            elif list(p.get("keys") or []) != list(c.get("surname_keys") or []):
                errs.append(f"{stem}: surname_keys of {c.get('person')} differ from spellings.json")
    return errs


def check3(reports, spellings):
    errs = []
    for stem, rep in reports.items():
        people = people_of(spellings, stem)
        toks = set(tokens(rep.get("text", "")))
        listed = set()
        for name, p in people.items():
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in toks:
                    errs.append(f"{stem}: spelling {s} of {name} does not occur as a token")
            listed |= set(p.get("surnames", []))
        prefixes = {folded_letters(s)[:4] for s in listed if len(folded_letters(s)) >= 4}
        for t in sorted(toks):
            if t[:1].isupper() and t not in listed and folded_letters(t)[:4] in prefixes:
                errs.append(f"{stem}: capitalised token {t} shares a prefix with a surname but is not listed")
    return errs


def run_score(d, mode):
    cmd = f"{sys.executable} {THIS} --dir {d} {mode}"
    return SC.score(d, cmd, 120)


def check4(reports, spellings, d):
    errs = []
    res = run_score(d, "--oracle")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    n_dates = sum(1 for r in reports.values() for c in claims(r) if c.get("date"))
    n_dest = sum(1 for r in reports.values() for c in claims(r) if c.get("destination_country"))
    n_term = sum(1 for r in reports.values() for c in claims(r) if c.get("term_months"))
    for k, n in (("date", n_dates), ("dest", n_dest), ("term", n_term)):
        if a.get(f"{k}_ok", 0) != n or a.get(f"{k}_total", 0) != n:
            errs.append(f"oracle {k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)} of {n}")
    if res["articles"] != 30:
        errs.append(f"oracle scored {res['articles']} articles")
    errs += [f"oracle: {x}" for x in res["details"]][:20]
    return errs


def check5(reports, spellings, d):
    errs = []
    for stem, rep in reports.items():
        people = people_of(spellings, stem)
        toks = tokens(rep.get("text", ""))
        seen = set()
        for t in traps(rep):
            ty, person = t.get("type"), t.get("person")
            if ty not in TYPES or ty == "group_release":
                errs.append(f"{stem}: trap type {ty} invalid")
            if t.get("kind") not in KINDS:
                errs.append(f"{stem}: trap kind {t.get('kind')} invalid")
            if not isinstance(t.get("why"), str) or len(t.get("why", "").strip()) < 5:
                errs.append(f"{stem}: trap {ty} {person} has no why")
            if (ty, person) in seen:
                errs.append(f"{stem}: trap ({ty}, {person}) appears twice")
            seen.add((ty, person))
            p = people.get(person)
            if p is None:
                errs.append(f"{stem}: trap person {person} not in spellings.json")
                own = []
            else:
                own = p.get("keys") or []
                if not any(key_hits(own, x) for x in toks):
                    errs.append(f"{stem}: trap person {person} not named in the text")
            for c in claims(rep):
                if c.get("type") != ty or not c.get("person"):
                    continue
                for keys in (SC.keys_for(person), own):
                    if keys and SC.person_matches(c["person"], keys, person):
                        errs.append(f"{stem}: gold {ty} {c['person']} is caught by trap on {person}")
                        break
    # careless run: gold + every trap printed; every trap must be hit
    res = run_score(d, "--careless")
    hits = Counter(x for x in res["details"] if " VIOLATION " in x)
    for stem, rep in reports.items():
        for t in traps(rep):
            tag = f"{stem} VIOLATION {t['type']} {t['person']} ("
            if not any(h.startswith(tag) for h in hits):
                errs.append(f"{stem}: careless run does not hit trap {t['type']} {t['person']}")
    if res["violations"] < sum(len(traps(r)) for r in reports.values()):
        errs.append(f"careless run: {res['violations']} violations for "
                    f"{sum(len(traps(r)) for r in reports.values())} traps")
    return errs


def check6(reports, spellings):
    errs = []
    for stem, rep in reports.items():
        pub = (rep.get("raw") or [""])[0].strip()
        cl = claims(rep)
        if not isinstance(rep.get("gold"), dict) or set(rep["gold"]) != {"claims", "must_not"}:
            errs.append(f"{stem}: gold must have exactly claims and must_not")
        by = {}
        for c in cl:
            by.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in cl:
            ty = c.get("type")
            if list(c.keys()) != FIELDS and set(c.keys()) != set(FIELDS):
                errs.append(f"{stem}: claim fields {sorted(c.keys())}")
                continue
            if len(c) != 7:
                errs.append(f"{stem}: claim has {len(c)} fields")
            if ty not in TYPES:
                errs.append(f"{stem}: bad type {ty}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    errs.append(f"{stem}: bad date {c['date']}")
                elif not not_after(c["date"], pub):
                    errs.append(f"{stem}: date {c['date']} after publication {pub}")
            if ty == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{stem}: group_release with a person or keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{stem}: group_release count {c['count']}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{stem}: {ty} without a person")
                keys = c["surname_keys"]
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    errs.append(f"{stem}: bad surname_keys {keys}")
                if c["count"] is not None:
                    errs.append(f"{stem}: count on {ty}")
            if ty == "deported":
                if c["destination_country"] not in ISO:
                    errs.append(f"{stem}: deported {c['person']} with country {c['destination_country']}")
                if "released" not in by.get(c["person"], set()):
                    errs.append(f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{stem}: destination_country on {ty}")
            if ty == "pardoned" and "released" not in by.get(c["person"], set()):
                errs.append(f"{stem}: pardoned {c['person']} without released")
            if ty == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{stem}: bad term_months {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{stem}: term_months on {ty}")
        for t in traps(rep):
            if set(t.keys()) != set(TRAP_FIELDS):
                errs.append(f"{stem}: trap fields {sorted(t.keys())}")
            have = by.get(t.get("person"), set())
            if t.get("type") == "released" and have & {"released", "pardoned", "deported"}:
                errs.append(f"{stem}: released trap on {t['person']} who has gold {sorted(have & {'released', 'pardoned', 'deported'})}")
            if t.get("type") in ("pardoned", "deported") and t["type"] in have:
                errs.append(f"{stem}: {t['type']} trap on {t['person']} who has that gold")
    return errs


def check7(reports, spellings, d):
    errs = []
    expected = {f"{n:02d}.txt" for n in range(1, 31)} | {f"{n:02d}.gold.json" for n in range(1, 31)}
    present = {f for f in os.listdir(d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f)}
    if present != expected:
        errs.append(f"files: missing {sorted(expected - present)} extra {sorted(present - expected)}")
    for stem, rep in reports.items():
        raw = rep.get("raw")
        if raw is None:
            errs.append(f"{stem}: no report")
            continue
        try:
            pub = datetime.date.fromisoformat(raw[0].strip())
            if raw[0] != raw[0].strip() or not (MIN_PUB <= pub <= MAX_PUB):
                errs.append(f"{stem}: publication date {raw[0]} out of range")
        except ValueError:
            errs.append(f"{stem}: line 1 {raw[0]!r} is not a date")
        if len(raw) < 4 or raw[1] != LANG_OF[rep["n"]]:
            errs.append(f"{stem}: line 2 should be {LANG_OF[rep['n']]}")
        if len(raw) < 4 or raw[2] != "":
            errs.append(f"{stem}: line 3 is not blank")
        words = len(rep["text"].split())
        if not 150 <= words <= 550:
            errs.append(f"{stem}: {words} words")
    return errs


def check8(reports, spellings):
    errs = []
    for stem, rep in reports.items():
        text, lang = rep.get("text", ""), LANG_OF[rep["n"]]
        if lang == "be":
            bad = set(re.findall(r"[иИщЩъЪ]", text))
            if bad:
                errs.append(f"{stem}: Belarusian text has {sorted(bad)}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = set(re.findall(r"[ўЎіІ]", text))
            if bad:
                errs.append(f"{stem}: Russian text has {sorted(bad)}")
        elif re.search(r"[\u0400-\u04FF]", text):
            errs.append(f"{stem}: English text has Cyrillic")
    types = {c["type"] for r in reports.values() for c in claims(r)}
    kinds = {t.get("kind") for r in reports.values() for t in traps(r)}
    if set(TYPES) - types:
        errs.append(f"types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    nc = sum(len(claims(r)) for r in reports.values())
    nt = sum(len(traps(r)) for r in reports.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


# ----------------------------------------------------------------------------- stats

def stats(reports, spellings):
    nc = sum(len(claims(r)) for r in reports.values())
    nt = sum(len(traps(r)) for r in reports.values())
    words = {s: len(r.get("text", "").split()) for s, r in reports.items()}
    dates = sorted(r["raw"][0] for r in reports.values() if r.get("raw"))
    people = sum(len(people_of(spellings, s)) for s in reports)
    print(f"reports: {len(reports)} (en {sum(1 for r in reports.values() if LANG_OF[r['n']] == 'en')}, "
          f"ru {sum(1 for r in reports.values() if LANG_OF[r['n']] == 'ru')}, "
          f"be {sum(1 for r in reports.values() if LANG_OF[r['n']] == 'be')})")
    print(f"dates: {dates[0]} .. {dates[-1]}; by year {dict(sorted(Counter(x[:4] for x in dates).items()))}")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    print(f"gold claims: {nc}; traps: {nt}; trap share {nt / (nc + nt):.3f}; people named: {people}")
    print("claims by type:")
    for ty in TYPES:
        print(f"  {ty:26} {sum(1 for r in reports.values() for c in claims(r) if c['type'] == ty)}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {sum(1 for r in reports.values() for t in traps(r) if t.get('kind') == k)}")
    print("traps by type:")
    for ty in TYPES:
        n = sum(1 for r in reports.values() for t in traps(r) if t.get("type") == ty)
        if n:
            print(f"  {ty:26} {n}")
    print("per report (claims/traps/words):")
    print("  " + " ".join(f"{s}:{len(claims(r))}/{len(traps(r))}/{words[s]}" for s, r in reports.items()))


# ----------------------------------------------------------------------------- oracle

def oracle(d, file, published, lang, careless=False):
    want = open(file, encoding="utf-8").read()
    reports, _ = load_set(d)
    rep = next((r for r in reports.values() if r.get("text") == want), None)
    if rep is None:
        rep = next((r for r in reports.values() if r.get("text", "").strip() == want.strip()), None)
    if rep is None:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 1
    out = []
    text = rep["text"]
    for c in claims(rep):
        person = None
        if c["person"]:
            person = {"name": c["person"], "mention": c["person"], "person_id": None}
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision_of(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0,
                    "evidence": {"start": 0, "end": 0, "text": ""}})
    if careless:
        for t in traps(rep):
            out.append({"type": t["type"], "person": {"name": t["person"], "mention": t["person"],
                                                     "person_id": None},
                        "date": None, "date_precision": "unknown", "destination_country": None,
                        "term_months": None, "count": None, "confidence": 0.5,
                        "evidence": {"start": 0, "end": 0, "text": ""}})
    print(json.dumps({"published": published or rep["raw"][0], "language": lang or rep["raw"][1],
                      "claims": out}, ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle or args.careless:
        return oracle(d, args.oracle or args.careless, args.published, args.lang, careless=bool(args.careless))
    reports, spellings = load_set(d)
    checks = [
        ("1 gold people are in the text", lambda: check1(reports, spellings)),
        ("2 keys fit", lambda: check2(reports, spellings)),
        ("3 spellings are complete", lambda: check3(reports, spellings)),
        ("4 perfect oracle score", lambda: check4(reports, spellings, d)),
        ("5 traps are sound", lambda: check5(reports, spellings, d)),
        ("6 fields and logic", lambda: check6(reports, spellings)),
        ("7 headers and size", lambda: check7(reports, spellings, d)),
        ("8 scripts and coverage", lambda: check8(reports, spellings)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"crashed: {type(exc).__name__}: {exc}"]
        print(f"{'ok' if not errs else 'FAILED'}  {label}")
        for e in errs[:25]:
            print(f"      {e}")
        if len(errs) > 25:
            print(f"      ... {len(errs) - 25} more")
        failed += bool(errs)
    if args.stats:
        stats(reports, spellings)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
