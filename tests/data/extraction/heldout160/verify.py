#!/usr/bin/env python3
"""Self-checks for the heldout160 extraction set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED when all hold.
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape.

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.
"""
import sys

sys.dont_write_bytecode = True

import argparse
import datetime
import importlib
import json
import os
import re
import shlex
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
sc = importlib.import_module("score_claims")

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
MIN_DATE, MAX_DATE = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")


# ----------------------------------------------------------------------------- loading
def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = re.sub(r"['’]s$", "", m.group(0))
        if t:
            out.append(t)
    return out


def words(text):
    return len(text.split())


def folded(t):
    return re.sub(r"[^a-z]", "", sc.fold(t))


def load(d):
    reports = {}
    for n in sorted(LANG_OF):
        txt, gold = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw, text = read_report(txt)
        reports[n] = {"raw": raw, "text": text, "gold": json.load(open(gold, encoding="utf-8")),
                      "tokens": tokens(text)}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


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


def precision(s):
    return None if not s else {4: "year", 7: "month", 10: "day"}[len(s)]


# ----------------------------------------------------------------------------- checks
def check_people_in_text(reports, spell):
    errs = []
    for n, r in reports.items():
        for c in r["gold"]["claims"]:
            if c.get("person") is None:
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in r["tokens"]):
                errs.append(f"{n}: keys {keys} of {c['person']} match no token")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{n}: person_matches rejects gold name {c['person']}")
    return errs


def check_keys_fit(reports, spell):
    errs = []
    for n, r in reports.items():
        people = {p["name"]: p for p in spell.get(n, [])}
        caps = sorted({t for t in r["tokens"] if t[:1].isupper()})
        for p in people.values():
            keys = p["keys"]
            if not keys:
                errs.append(f"{n}: {p['name']} has no keys")
                continue
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys {keys} miss spelling {s} of {p['name']}")
            allowed = set(p["surnames"])
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{n}: relative {rel} of {p['name']} is not listed")
                    continue
                allowed |= set(people[rel]["surnames"])
                if p["name"] not in people[rel].get("relatives", []):
                    errs.append(f"{n}: relative link {p['name']} -> {rel} is one-way")
                if sc.person_matches(rel, keys, p["name"]) or sc.person_matches(p["name"], people[rel]["keys"], rel):
                    errs.append(f"{n}: relatives {p['name']} / {rel} are not told apart by person_matches")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys {keys} of {p['name']} also match '{t}'")
        for c in r["gold"]["claims"]:
            if c.get("person") is None:
                continue
            if c["person"] not in people:
                errs.append(f"{n}: gold person {c['person']} missing from spellings.json")
            elif c["surname_keys"] != people[c["person"]]["keys"]:
                errs.append(f"{n}: gold keys of {c['person']} differ from spellings.json")
    return errs


def check_spellings(reports, spell):
    errs = []
    if set(spell) != set(reports):
        errs.append(f"spellings.json reports {sorted(spell)} differ from reports present")
    for n, r in reports.items():
        toks = set(r["tokens"])
        listed_sur, listed_all = set(), set()
        names = Counter()
        for p in spell.get(n, []):
            names[p["name"]] += 1
            if set(p) != {"name", "surnames", "given", "keys", "relatives"}:
                errs.append(f"{n}: {p.get('name')} has fields {sorted(p)}")
            if not p["surnames"]:
                errs.append(f"{n}: {p['name']} lists no surname spelling")
            for s in p["surnames"] + p["given"]:
                if s not in toks:
                    errs.append(f"{n}: spelling '{s}' of {p['name']} is not a token of the text")
            listed_sur |= set(p["surnames"])
            listed_all |= set(p["surnames"]) | set(p["given"])
        for name, k in names.items():
            if k > 1:
                errs.append(f"{n}: {name} listed {k} times")
        prefixes = {folded(s)[:4] for s in listed_sur if len(folded(s)) >= 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if folded(t)[:4] in prefixes and len(folded(t)) >= 4 and t not in listed_all:
                errs.append(f"{n}: token '{t}' shares a prefix with a listed surname but is not listed")
    return errs


def oracle_claims(gold, text):
    out = []
    for c in gold["claims"]:
        person = None
        ev = None
        if c.get("person"):
            person = {"name": c["person"], "mention": c["person"], "person_id": None}
            for t in TOKEN_RE.finditer(text):
                if any(sc.key_matches_token(k, t.group(0)) for k in c["surname_keys"]):
                    ev = {"start": t.start(), "end": t.end(), "text": t.group(0)}
                    break
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": ev})
    return out


def check_oracle(reports, spell, d):
    errs = []
    cmd = f"{shlex.quote(sys.executable)} {shlex.quote(os.path.abspath(__file__))} --dir {shlex.quote(os.path.abspath(d))} --oracle"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"{k} right {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs += [f"scorer: {x}" for x in res["details"]]
    return errs


def check_traps(reports, spell):
    errs = []
    for n, r in reports.items():
        people = {p["name"]: p for p in spell.get(n, [])}
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                errs.append(f"{n}: trap type {m['type']}")
            if m["kind"] not in KINDS:
                errs.append(f"{n}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                errs.append(f"{n}: trap on {m['person']} has no reason")
            if (m["type"], m["person"]) in seen:
                errs.append(f"{n}: trap ({m['type']}, {m['person']}) twice")
            seen.add((m["type"], m["person"]))
            if m["person"] not in people:
                errs.append(f"{n}: trap person {m['person']} not in spellings.json")
                continue
            own = people[m["person"]]["keys"]
            if not any(sc.key_matches_token(k, t) for k in own for t in r["tokens"]):
                errs.append(f"{n}: trap person {m['person']} not named in the text")
            for c in r["gold"]["claims"]:
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])
                        or sc.person_matches(c["person"], own, m["person"])
                        or sc.person_matches(m["person"], c["surname_keys"], c["person"])):
                    errs.append(f"{n}: trap ({m['type']}, {m['person']}) is matched by gold {c['person']}")
    return errs


def check_fields(reports, spell):
    errs = []
    for n, r in reports.items():
        pub = r["raw"][0].strip()
        g = r["gold"]
        if set(g) != {"claims", "must_not"}:
            errs.append(f"{n}: gold keys {sorted(g)}")
        have = Counter((c["type"], c.get("person")) for c in g["claims"])
        for c in g["claims"]:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{n}: bad type {t}")
            if not valid_date(c["date"]):
                errs.append(f"{n}: bad date {c['date']}")
            elif c["date"] and c["date"] > pub[:len(c["date"])]:
                errs.append(f"{n}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not isinstance(c["count"], int) or c["count"] <= 0:
                    errs.append(f"{n}: malformed group_release {c}")
            else:
                if not c["person"] or not c["surname_keys"]:
                    errs.append(f"{n}: {t} without person or keys")
                if c["count"] is not None:
                    errs.append(f"{n}: count on {t}")
                if not all(isinstance(k, str) and k == k.lower() and re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    errs.append(f"{n}: keys not folded lower-case Latin: {c['surname_keys']}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{n}: deported {c['person']} has country {c['destination_country']}")
                if not have[("released", c["person"])]:
                    errs.append(f"{n}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination on {t}")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    errs.append(f"{n}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term on {t}")
            if t == "pardoned" and not have[("released", c["person"])]:
                errs.append(f"{n}: pardoned {c['person']} without released")
        for m in g.get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            for t in excl:
                if have[(t, m.get("person"))]:
                    errs.append(f"{n}: {m['type']} trap on {m['person']} but gold has {t}")
    return errs


def check_headers(reports, spell, d):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    expected = sorted([f"{n}.txt" for n in LANG_OF] + [f"{n}.gold.json" for n in LANG_OF])
    if present != expected:
        errs.append(f"files present differ from 01..30: extra {sorted(set(present) - set(expected))}, "
                    f"missing {sorted(set(expected) - set(present))}")
    for n, r in reports.items():
        raw = r["raw"]
        if len(raw) < 4:
            errs.append(f"{n}: too short")
            continue
        if not valid_date(raw[0]) or len(raw[0]) != 10 or not (MIN_DATE <= raw[0] <= MAX_DATE):
            errs.append(f"{n}: line 1 '{raw[0]}' is not a date in {MIN_DATE}..{MAX_DATE}")
        if raw[1] != LANG_OF[n]:
            errs.append(f"{n}: line 2 '{raw[1]}', expected {LANG_OF[n]}")
        if raw[2] != "":
            errs.append(f"{n}: line 3 is not blank")
        w = words(r["text"])
        if not 150 <= w <= 550:
            errs.append(f"{n}: {w} words")
    return errs


def check_scripts(reports, spell):
    errs = []
    types, kinds = Counter(), Counter()
    nclaims = ntraps = 0
    for n, r in reports.items():
        text, lang = r["text"], LANG_OF[n]
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                errs.append(f"{n}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{n}: Russian text has ў/і")
        elif re.search(r"[\u0400-\u052F]", text):
            errs.append(f"{n}: English text has Cyrillic")
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
        nclaims += len(r["gold"]["claims"])
        ntraps += len(r["gold"].get("must_not", []))
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} never occurs")
    share = ntraps / max(nclaims + ntraps, 1)
    if not 0.25 <= share <= 0.30:
        errs.append(f"traps are {share:.1%} of entries")
    return errs


def stats(reports, spell):
    types, kinds = Counter(), Counter()
    langs = Counter()
    ws = []
    people = 0
    for n, r in reports.items():
        langs[LANG_OF[n]] += 1
        ws.append(words(r["text"]))
        people += len(spell.get(n, []))
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            kinds[m["kind"]] += 1
    nc, nt = sum(types.values()), sum(kinds.values())
    dates = sorted(r["raw"][0] for r in reports.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"dates: {dates[0]} .. {dates[-1]}; by year: "
          + ", ".join(f"{y} {c}" for y, c in sorted(Counter(d[:4] for d in dates).items())))
    print(f"words: {sum(ws)} (min {min(ws)}, max {max(ws)}, mean {sum(ws) / len(ws):.0f})")
    print(f"gold claims: {nc}; traps: {nt} ({nt / (nc + nt):.1%} of {nc + nt} entries); people: {people}")
    print("claims by type: " + ", ".join(f"{t} {types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    tk = Counter(m["type"] for r in reports.values() for m in r["gold"]["must_not"])
    print("traps by type: " + ", ".join(f"{t} {c}" for t, c in sorted(tk.items())))


def oracle(args):
    d = args.dir
    target = open(args.oracle, encoding="utf-8").read()
    for n in sorted(LANG_OF):
        p = os.path.join(d, n + ".txt")
        if not os.path.exists(p):
            continue
        raw, text = read_report(p)
        if text == target or text.strip() == target.strip():
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            print(json.dumps({"published": args.published or raw[0], "language": args.lang or raw[1],
                              "claims": oracle_claims(gold, text)}, ensure_ascii=False, indent=1))
            return 0
    print(f"no report in {d} has the text of {args.oracle}", file=sys.stderr)
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = args.dir
    reports, spell = load(d)
    checks = [
        ("1 gold people are in the text", lambda: check_people_in_text(reports, spell)),
        ("2 keys fit", lambda: check_keys_fit(reports, spell)),
        ("3 spellings are complete", lambda: check_spellings(reports, spell)),
        ("4 perfect oracle score", lambda: check_oracle(reports, spell, d)),
        ("5 traps are sound", lambda: check_traps(reports, spell)),
        ("6 fields and logic", lambda: check_fields(reports, spell)),
        ("7 headers and size", lambda: check_headers(reports, spell, d)),
        ("8 scripts and coverage", lambda: check_scripts(reports, spell)),
    ]
    failed = 0
    for name, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"crashed: {type(exc).__name__}: {exc}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {name}")
        for e in errs[:40]:
            print(f"         {e}")
        if len(errs) > 40:
            print(f"         ... {len(errs) - 40} more")
        failed += bool(errs)
    if args.stats and reports:
        stats(reports, spell)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
