#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout157 (court-hearing calendars).

  python3 verify.py [--dir DIR] [--stats]
      runs the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED.
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR] [--careless]
      prints the gold of the report whose text equals FILE in the `volia extract` JSON shape
      (with --careless: gold plus every must_not trap, to show that every trap is hit).

Standard library only. The scorer module is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.
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
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
DATE_MIN, DATE_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


# ----------------------------------------------------------------------------- loading
def load(d):
    reports = {}
    for stem in sorted(LANG_OF):
        p = os.path.join(d, stem + ".txt")
        if not os.path.exists(p):
            continue
        raw = open(p, encoding="utf-8").read()
        lines = raw.split("\n")
        gp = os.path.join(d, stem + ".gold.json")
        gold = json.load(open(gp, encoding="utf-8")) if os.path.exists(gp) else {"claims": [], "must_not": []}
        reports[stem] = {"raw": raw, "lines": lines, "text": "\n".join(lines[3:]),
                         "published": lines[0].strip(), "lang": lines[1].strip() if len(lines) > 1 else "",
                         "gold": gold}
    sp = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}
    return reports, spellings


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def letters(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def people_of(spellings, stem):
    return {p["name"]: p for p in spellings.get(str(int(stem)), spellings.get(stem, []))}


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), "unknown")


# ----------------------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir
    content = open(args.oracle, encoding="utf-8").read()
    reports, _ = load(d)
    match = [s for s, r in reports.items() if r["text"] == content]
    if len(match) > 1:
        match = [s for s in match if reports[s]["published"] == args.published] or match
    if not match:
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 0
    r = reports[match[0]]
    claims = []
    entries = list(r["gold"]["claims"])
    if args.careless:
        entries += [{"type": m["type"], "person": m["person"], "date": None,
                     "destination_country": None, "term_months": None, "count": None}
                    for m in r["gold"].get("must_not", [])]
    for g in entries:
        name = g.get("person")
        claims.append({
            "type": g["type"],
            "person": {"name": name, "mention": name, "person_id": None} if name else None,
            "date": g.get("date"), "date_precision": precision(g.get("date")),
            "destination_country": g.get("destination_country"), "term_months": g.get("term_months"),
            "count": g.get("count"), "confidence": 1.0,
            "evidence": {"start": 0, "end": 0, "text": ""}})
    print(json.dumps({"published": r["published"], "language": r["lang"], "claims": claims},
                     ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- checks
def check1(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        toks = tokens(r["text"], r["lang"])
        for g in r["gold"]["claims"]:
            if g.get("type") == "group_release":
                continue
            name, keys = g.get("person"), g.get("surname_keys") or []
            if not name or not keys:
                errs.append(f"{stem}: claim without person/keys {g.get('type')}")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{stem}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{stem}: person_matches rejects gold name {name}")
    return errs


def check2(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        people = people_of(spellings, stem)
        caps = {t for t in tokens(r["text"], r["lang"]) if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{stem}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{stem}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{stem}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(people[rel].get("surnames", []))
                if name not in people[rel].get("relatives", []):
                    errs.append(f"{stem}: relative link {name} -> {rel} not mirrored")
                if sc.person_matches(rel, keys, name) or sc.person_matches(name, people[rel]["keys"], rel):
                    errs.append(f"{stem}: relatives {name} / {rel} are not told apart")
            for t in caps - allowed:
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{stem}: keys {keys} of {name} also match '{t}'")
        for g in r["gold"]["claims"]:
            if g.get("type") == "group_release":
                continue
            p = people.get(g.get("person"))
            if p is None:
                errs.append(f"{stem}: gold person {g.get('person')} not in spellings.json")
            elif list(p.get("keys", [])) != list(g.get("surname_keys", [])):
                errs.append(f"{stem}: gold keys of {g.get('person')} differ from spellings.json")
    return errs


def check3(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        people = people_of(spellings, stem)
        toks = tokens(r["text"], r["lang"])
        tokset = set(toks)
        listed_sur, listed_all = set(), set()
        for name, p in people.items():
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    errs.append(f"{stem}: spelling '{s}' of {name} is not a token")
            listed_sur |= set(p.get("surnames", []))
            listed_all |= set(p.get("surnames", [])) | set(p.get("given", []))
        prefixes = {letters(s)[:4] for s in listed_sur if len(letters(s)) >= 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if letters(t)[:4] in prefixes and t not in listed_all:
                errs.append(f"{stem}: capitalised '{t}' shares a prefix with a listed surname but is not listed")
    return errs


def run_score(d, careless=False):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)}"
    if careless:
        cmd += " --careless"
    cmd += " --oracle"
    return sc.score(d, cmd, 60)


def check4(reports, spellings, d):
    errs = []
    res = run_score(d)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
        errs += res["details"][:20]
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    a = res["attributes"]
    n_date = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("date"))
    n_dest = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("destination_country"))
    n_term = sum(1 for r in reports.values() for g in r["gold"]["claims"] if g.get("term_months"))
    for k, n in (("date", n_date), ("dest", n_dest), ("term", n_term)):
        if a.get(f"{k}_ok", 0) != n or a.get(f"{k}_total", 0) != n:
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)} counted right, {n} expected")
    return errs


def check5(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        people = people_of(spellings, stem)
        toks = tokens(r["text"], r["lang"])
        seen = set()
        for m in r["gold"].get("must_not", []):
            t, name = m.get("type"), m.get("person")
            if set(m) != TRAP_FIELDS:
                errs.append(f"{stem}: trap fields {sorted(m)}")
            if t not in TYPES or t == "group_release":
                errs.append(f"{stem}: trap type {t}")
            if m.get("kind") not in KINDS:
                errs.append(f"{stem}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 5:
                errs.append(f"{stem}: trap on {name} has no why")
            if (t, name) in seen:
                errs.append(f"{stem}: trap ({t}, {name}) twice")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{stem}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, x) for k in p["keys"] for x in toks):
                errs.append(f"{stem}: trap person {name} not named in text")
            for g in r["gold"]["claims"]:
                if g["type"] != t or not g.get("person"):
                    continue
                if (sc.person_matches(g["person"], sc.keys_for(name), name)
                        or sc.person_matches(g["person"], p["keys"], name)
                        or sc.person_matches(name, g["surname_keys"], g["person"])):
                    errs.append(f"{stem}: trap ({t}, {name}) is matched by gold claim of {g['person']}")
    # a careless extractor (gold + every trap) must hit every trap
    res = run_score(d, careless=True)
    hits = {ln.split(" VIOLATION ")[0] + "|" + ln.split(" VIOLATION ")[1] for ln in res["details"]
            if " VIOLATION " in ln}
    for stem, r in reports.items():
        for m in r["gold"].get("must_not", []):
            if f"{stem}|{m['type']} {m['person']} ({m.get('why')})" not in hits:
                errs.append(f"{stem}: careless run does not hit trap ({m['type']}, {m['person']})")
    return errs


def same_person(a, b, keys_b):
    return sc.person_matches(a, keys_b, b)


def check6(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        pub = r["published"]
        claims = r["gold"].get("claims", [])
        if set(r["gold"]) != {"claims", "must_not"}:
            errs.append(f"{stem}: gold keys {sorted(r['gold'])}")
        for g in claims:
            t = g.get("type")
            if set(g) != FIELDS:
                errs.append(f"{stem}: claim fields {sorted(g)}")
                continue
            if t not in TYPES:
                errs.append(f"{stem}: type {t}")
            if not valid_date(g["date"]):
                errs.append(f"{stem}: bad date {g['date']}")
            elif g["date"] and g["date"] > pub[: len(g["date"])]:
                errs.append(f"{stem}: date {g['date']} after publication {pub}")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] != [] or not isinstance(g["count"], int) or g["count"] <= 0:
                    errs.append(f"{stem}: malformed group_release")
            else:
                if not isinstance(g["person"], str) or not g["person"] or not g["surname_keys"]:
                    errs.append(f"{stem}: {t} without person or keys")
                if g["count"] is not None:
                    errs.append(f"{stem}: count on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO2:
                    errs.append(f"{stem}: deported {g['person']} has country {g['destination_country']}")
                if not any(c["type"] == "released" and c["person"] == g["person"] for c in claims):
                    errs.append(f"{stem}: deported {g['person']} without released")
            elif g["destination_country"] is not None:
                errs.append(f"{stem}: destination on {t}")
            if t == "pardoned" and not any(c["type"] == "released" and c["person"] == g["person"] for c in claims):
                errs.append(f"{stem}: pardoned {g['person']} without released")
            if t == "sentenced":
                if g["term_months"] is not None and (not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                    errs.append(f"{stem}: bad term {g['term_months']}")
            elif g["term_months"] is not None:
                errs.append(f"{stem}: term on {t}")
        for m in r["gold"].get("must_not", []):
            bad = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                   "deported": ("deported",)}.get(m["type"], ())
            for g in claims:
                if g["type"] in bad and g.get("person") and same_person(m["person"], g["person"], g["surname_keys"]):
                    errs.append(f"{stem}: {m['type']} trap on {m['person']} but gold {g['type']}")
    return errs


def words(r):
    return len(r["text"].split())


def check7(reports, spellings, d):
    errs = []
    present = sorted(f[:-4] for f in os.listdir(d) if re.fullmatch(r"\d+\.txt", f))
    if present != sorted(LANG_OF):
        errs.append(f"report files present: {present}")
    golds = sorted(f[: -len('.gold.json')] for f in os.listdir(d) if f.endswith(".gold.json"))
    if golds != sorted(LANG_OF):
        errs.append(f"gold files present: {golds}")
    for stem, r in reports.items():
        ln = r["lines"]
        if len(ln) < 4 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ln[0]) or not valid_date(ln[0]) \
                or not (DATE_MIN <= ln[0] <= DATE_MAX):
            errs.append(f"{stem}: line 1 '{ln[0] if ln else ''}' is not a date in range")
        if len(ln) < 2 or ln[1] != LANG_OF[stem]:
            errs.append(f"{stem}: line 2 should be {LANG_OF[stem]}")
        if len(ln) < 3 or ln[2] != "":
            errs.append(f"{stem}: line 3 not blank")
        if not 150 <= words(r) <= 550:
            errs.append(f"{stem}: {words(r)} words")
    return errs


def all_entries(reports):
    claims = [g for r in reports.values() for g in r["gold"]["claims"]]
    traps = [m for r in reports.values() for m in r["gold"].get("must_not", [])]
    return claims, traps


def check8(reports, spellings, d):
    errs = []
    for stem, r in reports.items():
        text = r["text"].lower()
        if r["lang"] == "be":
            if re.search("[ищъ]", text):
                errs.append(f"{stem}: Belarusian text has и/щ/ъ")
            if "ў" not in text or "і" not in text:
                errs.append(f"{stem}: Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            if re.search("[ўі]", text):
                errs.append(f"{stem}: Russian text has ў/і")
        elif r["lang"] == "en":
            if re.search("[\u0400-\u04ff]", text):
                errs.append(f"{stem}: English text has Cyrillic")
    claims, traps = all_entries(reports)
    missing_t = set(TYPES) - {g["type"] for g in claims}
    missing_k = set(KINDS) - {m.get("kind") for m in traps}
    if missing_t:
        errs.append(f"event types missing: {sorted(missing_t)}")
    if missing_k:
        errs.append(f"trap kinds missing: {sorted(missing_k)}")
    share = len(traps) / max(len(claims) + len(traps), 1)
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f}")
    return errs


CHECKS = [
    ("1 gold people are in the text", check1),
    ("2 keys fit", check2),
    ("3 spellings are complete", check3),
    ("4 perfect oracle score", check4),
    ("5 traps are sound", check5),
    ("6 fields and logic", check6),
    ("7 headers and size", check7),
    ("8 scripts and coverage", check8),
]


def stats(reports, spellings):
    from collections import Counter
    claims, traps = all_entries(reports)
    w = [words(r) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    people = sum(len(people_of(spellings, s)) for s in reports)
    print(f"reports: {len(reports)} (en {sum(r['lang'] == 'en' for r in reports.values())}, "
          f"ru {sum(r['lang'] == 'ru' for r in reports.values())}, be {sum(r['lang'] == 'be' for r in reports.values())})")
    print(f"dates: {dates[0]} .. {dates[-1]}; by year: "
          + ", ".join(f"{y}: {n}" for y, n in sorted(Counter(x[:4] for x in dates).items())))
    print(f"words: total {sum(w)}, min {min(w)}, max {max(w)}, mean {sum(w) / len(w):.0f}")
    print(f"gold claims: {len(claims)}; traps: {len(traps)}; trap share {len(traps) / (len(claims) + len(traps)):.3f}")
    print(f"people listed: {people}")
    print("claims by type: " + ", ".join(f"{t} {Counter(g['type'] for g in claims)[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {Counter(m['kind'] for m in traps)[k]}" for k in KINDS))
    print("traps by type: " + ", ".join(f"{t} {n}" for t, n in Counter(m['type'] for m in traps).most_common()))
    dated = sum(1 for g in claims if g["date"])
    print(f"claims with date {dated}, with term {sum(1 for g in claims if g['term_months'])}, "
          f"with destination {sum(1 for g in claims if g['destination_country'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--careless", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    reports, spellings = load(args.dir)
    failed = 0
    for title, fn in CHECKS:
        try:
            errs = fn(reports, spellings, args.dir)
        except Exception as exc:  # a malformed file must fail the check, not crash the run
            errs = [f"exception: {exc!r}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {title}")
        for e in errs[: (1000 if args.verbose else 12)]:
            print(f"         {e}")
        if len(errs) > 12 and not args.verbose:
            print(f"         ... {len(errs) - 12} more")
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
