#!/usr/bin/env python3
"""Self-checks for the blind evaluation set heldout161 (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED when all hold
      (exit status 0 only then). --stats also prints the counts used in README.md.
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print, in the `volia extract` JSON shape, the gold of the report whose text equals FILE
      (score_claims.py then gives P = R = F1 = 1.0).
  python3 verify.py --careless FILE --published DATE --lang LANG [--dir DIR]
      the same plus one claim for every must_not entry (every trap must then be hit).

The scorer module is imported from $VOLIA_SCORER_DIR, or else from ../../../../../shared/tools
relative to this file.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMS = [f"{i:02d}" for i in range(1, 31)]
MIN_DATE, MAX_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {n: ("en" if int(n) <= 14 else "ru" if int(n) <= 24 else "be") for n in NUMS}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
WORD_RE = re.compile(r"\w")


# ---------------------------------------------------------------- loading
def split_report(raw):
    lines = raw.split("\n")
    return lines[0].strip(), lines[1].strip() if len(lines) > 1 else "", lines[2] if len(lines) > 2 else None, "\n".join(lines[3:])


def load(d):
    reports = {}
    for n in NUMS:
        tp, gp = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        raw = open(tp, encoding="utf-8").read()
        pub, lang, blank, text = split_report(raw)
        reports[n] = {"published": pub, "lang": lang, "blank": blank, "text": text,
                      "gold": json.load(open(gp, encoding="utf-8"))}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        t = re.sub(r"['’]s$", "", t) if re.search(r"['’]s$", t) else t
        out.append(t)
    return out


def capitalised(toks):
    return sorted({t for t in toks if t[:1].isupper()})


def folded(t):
    return re.sub(r"[^a-z]", "", sc.fold(t))


def words(text):
    return [w for w in text.split() if WORD_RE.search(w)]


def parse_date(s):
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            return datetime.date(int(s), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return datetime.date(int(s[:4]), int(s[5:7]), 1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return datetime.date.fromisoformat(s)
    except ValueError:
        return None
    return None


def precision_of(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), None)


# ---------------------------------------------------------------- checks
def check1(reports, spell):
    errs = []
    for n, r in reports.items():
        toks = tokens(r["text"])
        for c in r["gold"]["claims"]:
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{n}: keys {keys} of {name} match no token")
            if not sc.person_matches(name or "", keys, name or ""):
                errs.append(f"{n}: person_matches rejects gold name {name}")
    return errs


def check2(reports, spell):
    errs = []
    for n, r in reports.items():
        people = {p["name"]: p for p in spell.get(n, [])}
        caps = capitalised(tokens(r["text"]))
        for p in people.values():
            keys = p["keys"]
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys {keys} of {p['name']} miss spelling {s}")
            allowed = set(p["surnames"])
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{n}: relative {rel} of {p['name']} not listed")
                    continue
                allowed |= set(people[rel]["surnames"])
                if p["name"] not in people[rel].get("relatives", []):
                    errs.append(f"{n}: relative link {p['name']} -> {rel} not reciprocal")
                if sc.person_matches(rel, keys, p["name"]) or sc.person_matches(p["name"], people[rel]["keys"], rel):
                    errs.append(f"{n}: relatives {p['name']} / {rel} are not kept apart by person_matches")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys {keys} of {p['name']} also match token {t}")
        for c in r["gold"]["claims"]:
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{n}: gold person {c.get('person')} not in spellings.json")
            elif c.get("surname_keys") != p["keys"]:
                errs.append(f"{n}: gold keys of {c['person']} differ from spellings.json")
    return errs


def check3(reports, spell):
    errs = []
    for n, r in reports.items():
        toks = tokens(r["text"])
        tokset = set(toks)
        listed = set()
        for p in spell.get(n, []):
            for s in p["surnames"] + p["given"]:
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{n}: listed spelling {s} ({p['name']}) is not a token of the text")
        prefixes = {folded(s)[:4] for p in spell.get(n, []) for s in p["surnames"] if len(folded(s)) >= 4}
        for t in capitalised(toks):
            if t not in listed and len(folded(t)) >= 4 and folded(t)[:4] in prefixes:
                errs.append(f"{n}: capitalised token {t} shares a surname prefix but is not listed")
    if set(spell) - set(NUMS):
        errs.append(f"spellings.json has unknown reports {sorted(set(spell) - set(NUMS))}")
    return errs


def oracle_output(gold, published, lang, with_traps=False):
    claims = []
    for c in gold["claims"]:
        person = None
        if c["type"] != "group_release":
            person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
        claims.append({"type": c["type"], "person": person, "date": c["date"],
                       "date_precision": precision_of(c["date"]) if c["date"] else None,
                       "destination_country": c["destination_country"],
                       "term_months": c["term_months"], "count": c["count"],
                       "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
    if with_traps:
        for m in gold.get("must_not", []):
            claims.append({"type": m["type"],
                           "person": {"name": m["person"], "mention": m["person"].split()[-1], "person_id": None},
                           "date": None, "date_precision": None, "destination_country": None,
                           "term_months": None, "count": None, "confidence": 0.5,
                           "evidence": {"start": 0, "end": 0, "text": ""}})
    return {"published": published, "language": lang, "claims": claims}


def run_scorer(d, mode):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --{mode}"
    return sc.score(os.path.abspath(d), cmd, 60)


def check4(reports, spell, d):
    errs = []
    res = run_scorer(d, "oracle")
    a = res["attributes"]
    want_dates = sum(1 for r in reports.values() for c in r["gold"]["claims"] if c.get("date"))
    want_dest = sum(1 for r in reports.values() for c in r["gold"]["claims"] if c.get("destination_country"))
    want_term = sum(1 for r in reports.values() for c in r["gold"]["claims"] if c.get("term_months"))
    if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: "
                    + "; ".join(res["details"][:6]))
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    if res["articles"] != len(NUMS):
        errs.append(f"oracle scored {res['articles']} articles")
    if (a.get("date_ok", 0), a.get("date_total", 0)) != (want_dates, want_dates):
        errs.append(f"dates {a.get('date_ok', 0)}/{a.get('date_total', 0)}, expected {want_dates}")
    if (a.get("dest_ok", 0), a.get("dest_total", 0)) != (want_dest, want_dest):
        errs.append(f"destinations {a.get('dest_ok', 0)}/{a.get('dest_total', 0)}, expected {want_dest}")
    if (a.get("term_ok", 0), a.get("term_total", 0)) != (want_term, want_term):
        errs.append(f"terms {a.get('term_ok', 0)}/{a.get('term_total', 0)}, expected {want_term}")
    return errs


def check5(reports, spell):
    errs = []
    for n, r in reports.items():
        people = {p["name"]: p for p in spell.get(n, [])}
        toks = tokens(r["text"])
        seen = set()
        gold_pairs = {(c["type"], c.get("person")) for c in r["gold"]["claims"]}
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
                continue
            t, name = m["type"], m["person"]
            if t not in TYPES or t == "group_release":
                errs.append(f"{n}: trap type {t}")
            if m["kind"] not in KINDS:
                errs.append(f"{n}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                errs.append(f"{n}: trap {t} {name} has no why")
            if (t, name) in seen:
                errs.append(f"{n}: trap ({t}, {name}) twice")
            seen.add((t, name))
            if (t, name) in gold_pairs:
                errs.append(f"{n}: trap ({t}, {name}) also gold")
            p = people.get(name)
            if p is None:
                errs.append(f"{n}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, tok) for k in p["keys"] for tok in toks):
                errs.append(f"{n}: trap person {name} not named in the text")
            for c in r["gold"]["claims"]:
                if c["type"] != t or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(name), name)
                        or sc.person_matches(c["person"], p["keys"], name)
                        or sc.person_matches(name, c["surname_keys"], c["person"])):
                    errs.append(f"{n}: trap ({t}, {name}) is matched by gold claim of {c['person']}")
    return errs


def check6(reports, spell):
    errs = []
    for n, r in reports.items():
        pub = parse_date(r["published"])
        claims = r["gold"]["claims"]
        by = Counter((c.get("type"), c.get("person")) for c in claims)
        for c in claims:
            if set(c) != FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            t, name = c["type"], c["person"]
            if t not in TYPES:
                errs.append(f"{n}: claim type {t}")
            if c["date"] is not None:
                d = parse_date(c["date"])
                if d is None:
                    errs.append(f"{n}: bad date {c['date']}")
                elif pub and d > pub:
                    errs.append(f"{n}: date {c['date']} after publication")
            if t == "group_release":
                if name is not None or c["surname_keys"] != [] or not (isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{n}: malformed group_release {c}")
            else:
                if not isinstance(name, str) or not name.strip() or not c["surname_keys"]:
                    errs.append(f"{n}: {t} without person or keys")
                if c["count"] is not None:
                    errs.append(f"{n}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{n}: deported {name} has destination {c['destination_country']}")
                if not by[("released", name)]:
                    errs.append(f"{n}: deported {name} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination on {t}")
            if t == "sentenced":
                if c["term_months"] is not None and not (isinstance(c["term_months"], int) and c["term_months"] > 0):
                    errs.append(f"{n}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term on {t}")
            if t == "pardoned" and not by[("released", name)]:
                errs.append(f"{n}: pardoned {name} without released")
        for m in r["gold"].get("must_not", []):
            name = m.get("person")
            if m.get("type") == "released":
                for t in ("released", "pardoned", "deported"):
                    if by[(t, name)]:
                        errs.append(f"{n}: released trap on {name} but gold {t}")
            if m.get("type") in ("pardoned", "deported") and by[(m["type"], name)]:
                errs.append(f"{n}: {m['type']} trap on {name} but gold {m['type']}")
    return errs


def check7(reports, spell, d):
    errs = []
    present = sorted(f[:-4] for f in os.listdir(d) if re.fullmatch(r"\d+\.txt", f))
    gold_present = sorted(f[:-10] for f in os.listdir(d) if re.fullmatch(r"\d+\.gold\.json", f))
    if present != NUMS or gold_present != NUMS:
        errs.append(f"report files {present} / gold files {gold_present} are not exactly 01-30")
    for n in NUMS:
        r = reports.get(n)
        if r is None:
            continue
        try:
            pub = datetime.date.fromisoformat(r["published"])
            if not (MIN_DATE <= pub <= MAX_DATE) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]):
                errs.append(f"{n}: publication date {r['published']} out of range")
        except ValueError:
            errs.append(f"{n}: line 1 {r['published']!r} is not a date")
        if r["lang"] != LANG_OF[n]:
            errs.append(f"{n}: language {r['lang']}, expected {LANG_OF[n]}")
        if r["blank"] is None or r["blank"].strip():
            errs.append(f"{n}: line 3 is not blank")
        w = len(words(r["text"]))
        if not 150 <= w <= 550:
            errs.append(f"{n}: {w} words")
    return errs


def check8(reports, spell):
    errs = []
    types, kinds, nclaims, ntraps = set(), set(), 0, 0
    for n, r in reports.items():
        text, lang = r["text"], LANG_OF[n]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                errs.append(f"{n}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
            if bad:
                errs.append(f"{n}: Russian text contains {bad}")
        else:
            if re.search(r"[\u0400-\u04FF]", text):
                errs.append(f"{n}: English text contains Cyrillic")
        types |= {c.get("type") for c in r["gold"]["claims"]}
        kinds |= {m.get("kind") for m in r["gold"].get("must_not", [])}
        nclaims += len(r["gold"]["claims"])
        ntraps += len(r["gold"].get("must_not", []))
    if set(TYPES) - types:
        errs.append(f"event types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    share = ntraps / (nclaims + ntraps) if nclaims + ntraps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"traps are {share:.1%} of entries ({ntraps}/{nclaims + ntraps})")
    return errs


# ---------------------------------------------------------------- stats
def stats(reports, spell, d):
    by_lang = {}
    for n, r in reports.items():
        s = by_lang.setdefault(r["lang"], Counter())
        s["reports"] += 1
        s["words"] += len(words(r["text"]))
        s["claims"] += len(r["gold"]["claims"])
        s["traps"] += len(r["gold"].get("must_not", []))
        s["people"] += len(spell.get(n, []))
    tot = Counter()
    for s in by_lang.values():
        tot.update(s)
    ws = [len(words(r["text"])) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    print(f"reports={tot['reports']} words={tot['words']} (min {min(ws)}, max {max(ws)}) "
          f"dates {dates[0]} .. {dates[-1]}")
    print("years:", dict(sorted(Counter(x[:4] for x in dates).items())))
    for lang in ("en", "ru", "be", "all"):
        s = tot if lang == "all" else by_lang.get(lang, Counter())
        share = s["traps"] / (s["claims"] + s["traps"]) if s["claims"] + s["traps"] else 0
        print(f"{lang:4} reports={s['reports']:2} words={s['words']:5} claims={s['claims']:3} "
              f"traps={s['traps']:3} share={share:.1%} people={s['people']}")
    ct = Counter(c["type"] for r in reports.values() for c in r["gold"]["claims"])
    ck = Counter(m["kind"] for r in reports.values() for m in r["gold"].get("must_not", []))
    print("claims by type:", ", ".join(f"{t}={ct[t]}" for t in TYPES))
    print("traps by kind:", ", ".join(f"{k}={ck[k]}" for k in KINDS))
    res = run_scorer(d, "careless")
    hit = Counter()
    for line in res["details"]:
        m = re.match(r"(\d+) VIOLATION (\S+) (.+) \(", line)
        if m:
            hit[(m.group(1), m.group(2), m.group(3))] += 1
    missed = [(n, m["type"], m["person"]) for n, r in reports.items() for m in r["gold"].get("must_not", [])
              if not hit[(n, m["type"], m["person"])]]
    print(f"careless run (gold + every trap): violations={res['violations']} traps={tot['traps']} "
          f"missed={missed} recall={res['recall']}")


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    reports, spell = load(args.dir)

    if args.oracle or args.careless:
        path = args.oracle or args.careless
        text = open(path, encoding="utf-8").read()
        for n, r in sorted(reports.items()):
            if r["text"] == text:
                out = oracle_output(r["gold"], args.published or r["published"], args.lang or r["lang"],
                                    with_traps=bool(args.careless))
                print(json.dumps(out, ensure_ascii=False))
                return 0
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 1

    checks = [
        ("1 gold people are in the text", lambda: check1(reports, spell)),
        ("2 keys fit", lambda: check2(reports, spell)),
        ("3 spellings are complete", lambda: check3(reports, spell)),
        ("4 perfect oracle score", lambda: check4(reports, spell, args.dir)),
        ("5 traps are sound", lambda: check5(reports, spell)),
        ("6 fields and logic", lambda: check6(reports, spell)),
        ("7 headers and size", lambda: check7(reports, spell, args.dir)),
        ("8 scripts and coverage", lambda: check8(reports, spell)),
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
        stats(reports, spell, args.dir)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
