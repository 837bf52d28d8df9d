#!/usr/bin/env python3
"""Consistency checks for the heldout149 extraction set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle [--dir DIR] FILE --published DATE --lang LANG

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. --oracle prints the gold of the report whose
text equals FILE as extractor output, so that `score_claims.py DIR --cmd 'python3 verify.py
--oracle'` scores the gold against itself.
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
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
MIN_DATE, MAX_DATE = "2021-01-01", "2026-11-20"
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def lang_for(nn):
    n = int(nn)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(d, nn):
    raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read()
    lines = raw.split("\n")
    return {"raw": raw, "lines": lines, "published": lines[0].strip() if lines else "",
            "lang": lines[1].strip() if len(lines) > 1 else "", "body": "\n".join(lines[3:])}


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
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def words(body):
    return len(body.split())


# ----------------------------------------------------------------------------- oracle

def oracle(args):
    text = open(args.file, encoding="utf-8").read()
    found = None
    for nn in NUMBERS:
        p = os.path.join(args.dir, nn + ".txt")
        if not os.path.exists(p):
            continue
        rep = read_report(args.dir, nn)
        if rep["body"] == text or rep["body"].strip() == text.strip():
            found = nn
            break
    if found is None:
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 0
    gold = json.load(open(os.path.join(args.dir, found + ".gold.json"), encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        d = g.get("date")
        prec = None if not d else {4: "year", 7: "month", 10: "day"}.get(len(d))
        person = None if g.get("person") is None else {
            "name": g["person"], "mention": g["person"], "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": d, "date_precision": prec,
                       "destination_country": g.get("destination_country"),
                       "term_months": g.get("term_months"), "count": g.get("count"),
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": args.published, "language": args.lang, "claims": claims},
                     ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- loading

def load_all(d):
    reps, golds, problems = {}, {}, []
    for nn in NUMBERS:
        try:
            reps[nn] = read_report(d, nn)
        except OSError as e:
            problems.append(f"{nn}: cannot read text ({e})")
        try:
            golds[nn] = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            problems.append(f"{nn}: cannot read gold ({e})")
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        spell = {}
        problems.append(f"spellings.json: {e}")
    return reps, golds, spell, problems


def people_of(spell, nn):
    return {p["name"]: p for p in spell.get(nn, [])}


# ----------------------------------------------------------------------------- checks

def check1(sc, reps, golds, spell):
    errs = []
    for nn in NUMBERS:
        if nn not in reps or nn not in golds:
            continue
        toks = tokens(reps[nn]["body"], reps[nn]["lang"])
        for g in golds[nn].get("claims", []):
            name, keys = g.get("person"), g.get("surname_keys") or []
            if name is None:
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{nn}: keys {keys} of {name} match no token of the report")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{nn}: person_matches rejects the gold name {name} with its own keys")
    return errs


def check2(sc, reps, golds, spell):
    errs = []
    for nn in NUMBERS:
        if nn not in reps:
            continue
        ppl = people_of(spell, nn)
        if not ppl:
            errs.append(f"{nn}: no people in spellings.json")
            continue
        toks = set(t for t in tokens(reps[nn]["body"], reps[nn]["lang"]) if t[:1].isupper())
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{nn}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{nn}: keys {keys} of {name} do not match the listed spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in ppl:
                    errs.append(f"{nn}: relative {r} of {name} is not listed")
                    continue
                allowed |= set(ppl[r].get("surnames", []))
                if name not in ppl[r].get("relatives", []):
                    errs.append(f"{nn}: relative link {name} -> {r} is not reciprocal")
                for a, b in ((name, r), (r, name)):
                    kb = ppl[b].get("keys") or []
                    if sc.person_matches(a, kb, b) or sc.person_matches(a, sc.keys_for(b), b):
                        errs.append(f"{nn}: person_matches confuses relatives {a} and {b}")
            for t in sorted(toks):
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{nn}: key of {name} also matches the unrelated token {t}")
        for g in golds.get(nn, {}).get("claims", []):
            if g.get("person") is None:
                continue
            if g["person"] not in ppl:
                errs.append(f"{nn}: gold person {g['person']} missing from spellings.json")
            elif list(g.get("surname_keys") or []) != list(ppl[g["person"]].get("keys") or []):
                errs.append(f"{nn}: surname_keys of {g['person']} differ from spellings.json")
    return errs


def fold_prefix(sc, t):
    return re.sub(r"[^a-z]", "", sc.fold(t))[:4]


def check3(sc, reps, golds, spell):
    errs = []
    for nn in NUMBERS:
        if nn not in reps:
            continue
        ppl = people_of(spell, nn)
        toks = tokens(reps[nn]["body"], reps[nn]["lang"])
        tokset = set(toks)
        listed, sur_prefixes = set(), set()
        for name, p in ppl.items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{nn}: listed spelling {s} of {name} does not occur as a token")
            for s in p.get("surnames", []):
                sur_prefixes.add(fold_prefix(sc, s))
        for t in sorted(set(x for x in toks if x[:1].isupper())):
            if t not in listed and fold_prefix(sc, t) in sur_prefixes:
                errs.append(f"{nn}: token {t} shares a surname prefix but is not listed")
    return errs


def check4(sc, d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 120)
    errs = []
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    for what in ("date", "dest", "term"):
        if a.get(what + "_ok", 0) != a.get(what + "_total", 0):
            errs.append(f"{what} counted right {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")
    errs.extend(res["details"][:20])
    return errs


def check5(sc, reps, golds, spell):
    errs = []
    for nn in NUMBERS:
        if nn not in golds or nn not in reps:
            continue
        ppl = people_of(spell, nn)
        toks = tokens(reps[nn]["body"], reps[nn]["lang"])
        seen = set()
        for m in golds[nn].get("must_not", []):
            t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES:
                errs.append(f"{nn}: trap type {t!r} invalid")
            if kind not in KINDS:
                errs.append(f"{nn}: trap kind {kind!r} invalid")
            if not isinstance(why, str) or not why.strip():
                errs.append(f"{nn}: trap {t} {person} has no why")
            if set(m) != {"type", "person", "why", "kind"}:
                errs.append(f"{nn}: trap {t} {person} has fields {sorted(m)}")
            if (t, person) in seen:
                errs.append(f"{nn}: trap ({t}, {person}) appears twice")
            seen.add((t, person))
            if not isinstance(person, str) or person not in ppl:
                errs.append(f"{nn}: trap person {person} not listed in spellings.json")
                continue
            own = ppl[person].get("keys") or []
            if not any(sc.key_matches_token(k, x) for k in own for x in toks):
                errs.append(f"{nn}: trap person {person} is not named in the text")
            for g in golds[nn].get("claims", []):
                if g.get("type") != t or g.get("person") is None:
                    continue
                if (sc.person_matches(g["person"], sc.keys_for(person), person)
                        or sc.person_matches(g["person"], own, person)):
                    errs.append(f"{nn}: trap ({t}, {person}) is matched by gold claim of {g['person']}")
    return errs


def check6(sc, reps, golds, spell):
    errs = []
    for nn in NUMBERS:
        if nn not in golds:
            continue
        gold = golds[nn]
        if set(gold) != {"claims", "must_not"}:
            errs.append(f"{nn}: gold top-level keys {sorted(gold)}")
        pub = reps[nn]["published"] if nn in reps else MAX_DATE
        claims = gold.get("claims", [])
        by_person = {}
        for g in claims:
            by_person.setdefault(g.get("person"), set()).add(g.get("type"))
        for g in claims:
            where = f"{nn}: {g.get('type')} {g.get('person')}"
            if set(g) != FIELDS:
                errs.append(f"{where}: fields {sorted(g)}")
                continue
            if g["type"] not in TYPES:
                errs.append(f"{where}: unknown type")
            if not valid_date(g["date"]):
                errs.append(f"{where}: invalid date {g['date']!r}")
            elif g["date"] and g["date"] > pub[: len(g["date"])]:
                errs.append(f"{where}: date {g['date']} after publication {pub}")
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"] != []:
                    errs.append(f"{where}: group_release must have null person and []")
                if not isinstance(g["count"], int) or isinstance(g["count"], bool) or g["count"] <= 0:
                    errs.append(f"{where}: group_release needs a positive count")
            else:
                if not isinstance(g["person"], str) or not g["person"]:
                    errs.append(f"{where}: person missing")
                if not g["surname_keys"] or not all(isinstance(k, str) and k == k.lower() for k in g["surname_keys"]):
                    errs.append(f"{where}: surname_keys must be non-empty lower-case strings")
                if g["count"] is not None:
                    errs.append(f"{where}: count only on group_release")
            if g["type"] == "deported":
                if g["destination_country"] not in ISO:
                    errs.append(f"{where}: destination {g['destination_country']!r} not ISO alpha-2")
                if "released" not in by_person.get(g["person"], set()):
                    errs.append(f"{where}: deported without released")
            elif g["destination_country"] is not None:
                errs.append(f"{where}: destination only on deported")
            if g["type"] == "sentenced":
                tm = g["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{where}: term_months must be a positive integer or null")
            elif g["term_months"] is not None:
                errs.append(f"{where}: term_months only on sentenced")
            if g["type"] == "pardoned" and "released" not in by_person.get(g["person"], set()):
                errs.append(f"{where}: pardoned without released")
        for m in gold.get("must_not", []):
            have = by_person.get(m.get("person"), set())
            if m.get("type") == "released" and have & {"released", "pardoned", "deported"}:
                errs.append(f"{nn}: released trap on {m.get('person')} who has gold {sorted(have & {'released', 'pardoned', 'deported'})}")
            if m.get("type") in ("pardoned", "deported") and m.get("type") in have:
                errs.append(f"{nn}: {m.get('type')} trap on {m.get('person')} who has that gold")
    return errs


def check7(d, reps):
    errs = []
    present = sorted(f for f in os.listdir(d) if f.endswith(".txt") or f.endswith(".gold.json"))
    expected = sorted([nn + ".txt" for nn in NUMBERS] + [nn + ".gold.json" for nn in NUMBERS])
    if present != expected:
        errs.append(f"report files present differ from 01..30: extra {sorted(set(present) - set(expected))}, "
                    f"missing {sorted(set(expected) - set(present))}")
    for nn in NUMBERS:
        if nn not in reps:
            continue
        r = reps[nn]
        lines = r["lines"]
        if not valid_date(r["published"]) or len(r["published"]) != 10:
            errs.append(f"{nn}: line 1 {r['published']!r} is not a date")
        elif not (MIN_DATE <= r["published"] <= MAX_DATE):
            errs.append(f"{nn}: publication {r['published']} outside {MIN_DATE}..{MAX_DATE}")
        if r["lang"] != lang_for(nn):
            errs.append(f"{nn}: line 2 {r['lang']!r}, expected {lang_for(nn)}")
        if len(lines) < 4 or lines[2].strip() != "":
            errs.append(f"{nn}: line 3 is not blank")
        w = words(r["body"])
        if not 150 <= w <= 550:
            errs.append(f"{nn}: {w} words")
    return errs


def check8(reps, golds):
    errs = []
    for nn in NUMBERS:
        if nn not in reps:
            continue
        body, lang = reps[nn]["body"], lang_for(nn)
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                errs.append(f"{nn}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{nn}: Belarusian text lacks ў or і")
            if re.search(r"[A-Za-z]", body):
                errs.append(f"{nn}: Latin letters in Belarusian text")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                errs.append(f"{nn}: Russian text contains {bad}")
            if re.search(r"[A-Za-z]", body):
                errs.append(f"{nn}: Latin letters in Russian text")
        else:
            if CYRILLIC_RE.search(body):
                errs.append(f"{nn}: Cyrillic in English text")
    types = Counter(g.get("type") for gd in golds.values() for g in gd.get("claims", []))
    kinds = Counter(m.get("kind") for gd in golds.values() for m in gd.get("must_not", []))
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} never occurs")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25..0.30")
    return errs


def stats(reps, golds):
    types = Counter(g["type"] for gd in golds.values() for g in gd["claims"])
    kinds = Counter(m["kind"] for gd in golds.values() for m in gd["must_not"])
    nc, nt = sum(types.values()), sum(kinds.values())
    tw = 0
    print("report lang published  words claims traps")
    for nn in NUMBERS:
        w = words(reps[nn]["body"])
        tw += w
        print(f"{nn}     {reps[nn]['lang']}   {reps[nn]['published']} {w:5} {len(golds[nn]['claims']):6} "
              f"{len(golds[nn]['must_not']):5}")
    print(f"reports=30 words={tw} claims={nc} traps={nt} trap_share={nt / (nc + nt):.3f}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    ttypes = Counter(m["type"] for gd in golds.values() for m in gd["must_not"])
    print("traps by type:", dict(sorted(ttypes.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = os.path.abspath(args.dir)
    sc = load_scorer()
    reps, golds, spell, problems = load_all(d)
    if args.stats and not problems:
        stats(reps, golds)
        print()
    results = [
        ("1. gold people are in the text", lambda: check1(sc, reps, golds, spell)),
        ("2. keys fit", lambda: check2(sc, reps, golds, spell)),
        ("3. spellings are complete", lambda: check3(sc, reps, golds, spell)),
        ("4. perfect oracle score", lambda: check4(sc, d)),
        ("5. traps are sound", lambda: check5(sc, reps, golds, spell)),
        ("6. fields and logic", lambda: check6(sc, reps, golds, spell)),
        ("7. headers and size", lambda: check7(d, reps)),
        ("8. scripts and coverage", lambda: check8(reps, golds)),
    ]
    failed = bool(problems)
    for p in problems:
        print("  load:", p)
    for label, fn in results:
        try:
            errs = fn()
        except Exception as e:  # a crash inside a check is a failure of that check
            errs = [f"check crashed: {type(e).__name__}: {e}"]
        print(("ok      " if not errs else "FAILED  ") + label)
        for e in errs[:25]:
            print("    " + e)
        if len(errs) > 25:
            print(f"    ... {len(errs) - 25} more")
        failed = failed or bool(errs)
    if failed:
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
