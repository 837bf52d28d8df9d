#!/usr/bin/env python3
"""Checks for the heldout151 extraction set (returnees arrested at the border).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE [--published D] [--lang L] [--dir DIR]

Imports score_claims.py from $VOLIA_SCORER_DIR, or from ../../../../../shared/tools relative to
this file. Prints ok / FAILED per check and ALL CHECKS PASSED when all eight hold (exit 0 only then).
With --oracle it finds the report whose text equals FILE and prints its gold as extractor output.
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
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
NUMBERS = ["%02d" % i for i in range(1, 31)]
LANG_OF = {n: ("en" if i <= 14 else "ru" if i <= 24 else "be") for i, n in enumerate(NUMBERS, 1)}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ.,-][^\W_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
MAX_SHOWN = 12


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                           "shared", "tools")
    d = os.path.abspath(d)
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    try:
        if len(s) == 4:
            datetime.date(int(s), 1, 1)
        elif len(s) == 7:
            datetime.date(int(s[:4]), int(s[5:7]), 1)
        else:
            datetime.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def load_set(d):
    reports, golds = {}, {}
    for n in NUMBERS:
        p = os.path.join(d, n + ".txt")
        g = os.path.join(d, n + ".gold.json")
        if os.path.exists(p):
            reports[n] = read_report(p)
        if os.path.exists(g):
            golds[n] = json.load(open(g, encoding="utf-8"))
    spell_path = os.path.join(d, "spellings.json")
    spell = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    return reports, golds, spell


# ---------------------------------------------------------------- oracle
def oracle(args):
    raw_text = open(args.file, encoding="utf-8").read()
    d = args.dir or HERE
    for n in NUMBERS:
        p = os.path.join(d, n + ".txt")
        if not os.path.exists(p):
            continue
        raw, text = read_report(p)
        if text == raw_text or text.strip() == raw_text.strip():
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                claims.append({
                    "type": c["type"],
                    "person": None if c.get("person") is None else
                    {"name": c["person"], "mention": c["person"], "person_id": None},
                    "date": date, "date_precision": prec or "unknown",
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": args.published or raw[0].strip(),
                              "language": args.lang or raw[1].strip(), "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
class Check:
    def __init__(self):
        self.problems = []

    def fail(self, msg):
        self.problems.append(msg)


def person_index(spell, n):
    return {p["name"]: p for p in spell.get(n, [])}


def check_people_in_text(sc, reports, golds, spell):
    c = Check()
    for n, gold in sorted(golds.items()):
        if n not in reports:
            continue
        toks = tokens(reports[n][1])
        idx = person_index(spell, n)
        for cl in gold.get("claims", []):
            name = cl.get("person")
            if name is None:
                continue
            keys = cl.get("surname_keys") or []
            if name not in idx:
                c.fail(f"{n}: gold person {name!r} not in spellings.json")
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                c.fail(f"{n}: keys {keys} of {name!r} match no token of the report")
            if not sc.person_matches(name, keys, name):
                c.fail(f"{n}: person_matches rejects gold name {name!r} with its own keys")
    return c


def check_keys_fit(sc, reports, golds, spell):
    c = Check()
    for n in NUMBERS:
        if n not in reports:
            continue
        people = spell.get(n, [])
        idx = person_index(spell, n)
        caps = {t for t in tokens(reports[n][1]) if t[:1].isupper()}
        for p in people:
            keys = p.get("keys") or []
            if not keys:
                c.fail(f"{n}: {p['name']!r} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    c.fail(f"{n}: keys {keys} of {p['name']!r} miss spelling {s!r}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in idx:
                    c.fail(f"{n}: relative {r!r} of {p['name']!r} is not listed")
                    continue
                allowed |= set(idx[r].get("surnames", []))
                if p["name"] not in idx[r].get("relatives", []):
                    c.fail(f"{n}: relative link {p['name']!r} -> {r!r} is one-way")
                if sc.person_matches(r, keys, p["name"]):
                    c.fail(f"{n}: person_matches({r!r}, keys of {p['name']!r}) succeeds")
                if sc.person_matches(p["name"], idx[r].get("keys", []), r):
                    c.fail(f"{n}: person_matches({p['name']!r}, keys of {r!r}) succeeds")
            for t in sorted(caps - allowed):
                if any(sc.key_matches_token(k, t) for k in keys):
                    c.fail(f"{n}: keys {keys} of {p['name']!r} also match {t!r}")
        for cl in golds.get(n, {}).get("claims", []):
            if cl.get("person") in idx and cl.get("surname_keys") != idx[cl["person"]].get("keys"):
                c.fail(f"{n}: gold keys of {cl['person']!r} differ from spellings.json")
    return c


def check_spellings_complete(sc, reports, golds, spell):
    c = Check()
    for n in NUMBERS:
        if n not in reports:
            continue
        if n not in spell:
            c.fail(f"{n}: no entry in spellings.json")
            continue
        toks = tokens(reports[n][1])
        tokset = set(toks)
        listed_sur, listed_all = set(), set()
        for p in spell[n]:
            for field in ("name", "surnames", "given", "keys", "relatives"):
                if field not in p:
                    c.fail(f"{n}: {p.get('name')!r} lacks field {field!r}")
            listed_sur |= set(p.get("surnames", []))
            listed_all |= set(p.get("surnames", [])) | set(p.get("given", []))
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    c.fail(f"{n}: listed spelling {s!r} of {p['name']!r} does not occur")
        def pref(w):
            return re.sub(r"[^a-z]", "", sc.fold(w))[:4]
        prefixes = {pref(s) for s in listed_sur if pref(s)}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if any(pref(t)[:len(p)] == p for p in prefixes) and t not in listed_all:
                c.fail(f"{n}: capitalised token {t!r} shares a prefix with a surname but is not listed")
    return c


def check_oracle(sc, d, golds):
    c = Check()
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 60)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        c.fail(f"oracle P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        c.fail(f"oracle violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        c.fail(f"scorer saw {res['articles']} articles")
    a = res["attributes"]
    want_d = sum(1 for g in golds.values() for cl in g["claims"] if cl.get("date"))
    want_c = sum(1 for g in golds.values() for cl in g["claims"] if cl.get("destination_country"))
    want_t = sum(1 for g in golds.values() for cl in g["claims"] if cl.get("term_months"))
    for k, want in (("date", want_d), ("dest", want_c), ("term", want_t)):
        if a.get(k + "_ok", 0) != want or a.get(k + "_total", 0) != want:
            c.fail(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)} counted right, {want} expected")
    for line in res["details"][:MAX_SHOWN]:
        c.fail(line)
    return c


def check_traps(sc, reports, golds, spell):
    c = Check()
    for n, gold in sorted(golds.items()):
        idx = person_index(spell, n)
        toks = tokens(reports[n][1]) if n in reports else []
        seen = set()
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                c.fail(f"{n}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                c.fail(f"{n}: trap type {m.get('type')!r}")
            if m.get("kind") not in KINDS:
                c.fail(f"{n}: trap kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 5:
                c.fail(f"{n}: trap why {m.get('why')!r}")
            pair = (m.get("type"), m.get("person"))
            if pair in seen:
                c.fail(f"{n}: trap {pair} appears twice")
            seen.add(pair)
            name = m.get("person")
            if name not in idx:
                c.fail(f"{n}: trap person {name!r} not in spellings.json")
                continue
            own = idx[name].get("keys", [])
            if not any(sc.key_matches_token(k, t) for k in own for t in toks):
                c.fail(f"{n}: trap person {name!r} is not named in the text")
            for cl in gold.get("claims", []):
                if cl["type"] != m["type"] or not cl.get("person"):
                    continue
                if sc.person_matches(cl["person"], sc.keys_for(name), name) or \
                        sc.person_matches(cl["person"], own, name):
                    c.fail(f"{n}: trap {m['type']} {name!r} is matched by gold {cl['person']!r}")
    return c


def check_fields(sc, reports, golds, spell):
    c = Check()
    for n, gold in sorted(golds.items()):
        pub = reports[n][0][0].strip() if n in reports else "9999-12-31"
        claims = gold.get("claims", [])
        if set(gold) != {"claims", "must_not"}:
            c.fail(f"{n}: gold keys {sorted(gold)}")
        for cl in claims:
            t = cl.get("type")
            if set(cl) != FIELDS:
                c.fail(f"{n}: claim fields {sorted(cl)}")
                continue
            if t not in TYPES:
                c.fail(f"{n}: claim type {t!r}")
            if not valid_date(cl["date"]):
                c.fail(f"{n}: bad date {cl['date']!r}")
            elif cl["date"] and cl["date"] > pub[:len(cl["date"])]:
                c.fail(f"{n}: date {cl['date']} after publication {pub}")
            if (cl["destination_country"] is not None) != (t == "deported"):
                c.fail(f"{n}: destination_country on {t} {cl['person']!r}")
            if t == "deported" and cl["destination_country"] not in ISO2:
                c.fail(f"{n}: bad country {cl['destination_country']!r}")
            if t != "sentenced" and cl["term_months"] is not None:
                c.fail(f"{n}: term_months on {t}")
            if t == "sentenced" and cl["term_months"] is not None and \
                    (not isinstance(cl["term_months"], int) or cl["term_months"] <= 0):
                c.fail(f"{n}: bad term {cl['term_months']!r}")
            if t == "group_release":
                if cl["person"] is not None or cl["surname_keys"] != [] or \
                        not isinstance(cl["count"], int) or cl["count"] <= 0:
                    c.fail(f"{n}: malformed group_release")
            else:
                if cl["count"] is not None:
                    c.fail(f"{n}: count on {t}")
                if not isinstance(cl["person"], str) or not cl["person"] or not cl["surname_keys"]:
                    c.fail(f"{n}: {t} without person or keys")
            if t in ("deported", "pardoned") and not any(
                    o["type"] == "released" and o["person"] == cl["person"] for o in claims):
                c.fail(f"{n}: {t} {cl['person']!r} has no released")
        for m in gold.get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            for cl in claims:
                if cl["type"] in excl and cl["person"] == m.get("person"):
                    c.fail(f"{n}: {m['type']} trap on {m['person']!r} beside gold {cl['type']}")
    return c


def check_headers(sc, reports, golds, spell, d):
    c = Check()
    present = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    want = [n + ".txt" for n in NUMBERS]
    if present != want:
        c.fail(f"report files {present} != 01.txt..30.txt")
    gpresent = sorted(f for f in os.listdir(d) if f.endswith(".gold.json"))
    if gpresent != [n + ".gold.json" for n in NUMBERS]:
        c.fail("gold files are not exactly 01..30")
    for n in NUMBERS:
        if n not in reports:
            c.fail(f"{n}: missing")
            continue
        raw, text = reports[n]
        try:
            day = datetime.date.fromisoformat(raw[0].strip())
            if not (datetime.date(2021, 1, 1) <= day <= datetime.date(2026, 11, 20)) or \
                    raw[0] != raw[0].strip() or len(raw[0]) != 10:
                c.fail(f"{n}: date {raw[0]!r} out of range")
        except ValueError:
            c.fail(f"{n}: line 1 {raw[0]!r} is not a date")
        if len(raw) < 4 or raw[1] != LANG_OF[n]:
            c.fail(f"{n}: language {raw[1] if len(raw) > 1 else None!r}, want {LANG_OF[n]}")
        if len(raw) < 4 or raw[2] != "":
            c.fail(f"{n}: line 3 is not blank")
        words = len(WORD_RE.findall(text))
        if not 150 <= words <= 550:
            c.fail(f"{n}: {words} words")
    return c


def check_scripts(sc, reports, golds, spell):
    c = Check()
    for n, (raw, text) in sorted(reports.items()):
        lang = LANG_OF[n]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                c.fail(f"{n}: Belarusian text has {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                c.fail(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
            if bad:
                c.fail(f"{n}: Russian text has {bad}")
        elif CYRILLIC_RE.search(text):
            c.fail(f"{n}: English text has Cyrillic {sorted(set(CYRILLIC_RE.findall(text)))}")
    types = Counter(cl["type"] for g in golds.values() for cl in g["claims"])
    kinds = Counter(m["kind"] for g in golds.values() for m in g["must_not"])
    for t in TYPES:
        if not types[t]:
            c.fail(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            c.fail(f"trap kind {k} never occurs")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        c.fail(f"trap share {share:.3f} outside 0.25-0.30 ({nt} traps, {nc} claims)")
    return c


def stats(reports, golds):
    words = {n: len(WORD_RE.findall(t)) for n, (r, t) in reports.items()}
    types = Counter(cl["type"] for g in golds.values() for cl in g["claims"])
    kinds = Counter(m["kind"] for g in golds.values() for m in g["must_not"])
    prec = Counter({4: "year", 7: "month", 10: "day"}.get(len(cl["date"] or ""), "null")
                   for g in golds.values() for cl in g["claims"])
    langs = Counter(LANG_OF[n] for n in reports)
    years = Counter(r[0][:4] for r, t in reports.values())
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)} {dict(sorted(langs.items()))}; years {dict(sorted(years.items()))}")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    print("words per report: " + " ".join(f"{n}:{w}" for n, w in sorted(words.items())))
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}" if nc + nt else "trap share: n/a")
    print("date precision: " + ", ".join(f"{k} {v}" for k, v in sorted(prec.items())))
    print(f"people listed: {sum(len(v) for v in json.load(open(os.path.join(ARGS.dir or HERE, 'spellings.json'), encoding='utf-8')).values())}")


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?")
    ap.add_argument("--dir")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ARGS = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = os.path.abspath(args.dir or HERE)
    sc = load_scorer()
    reports, golds, spell = load_set(d)
    if args.stats:
        stats(reports, golds)
    checks = [
        ("1 gold people are in the text", lambda: check_people_in_text(sc, reports, golds, spell)),
        ("2 keys fit", lambda: check_keys_fit(sc, reports, golds, spell)),
        ("3 spellings are complete", lambda: check_spellings_complete(sc, reports, golds, spell)),
        ("4 perfect oracle score", lambda: check_oracle(sc, d, golds)),
        ("5 traps are sound", lambda: check_traps(sc, reports, golds, spell)),
        ("6 fields and logic", lambda: check_fields(sc, reports, golds, spell)),
        ("7 headers and size", lambda: check_headers(sc, reports, golds, spell, d)),
        ("8 scripts and coverage", lambda: check_scripts(sc, reports, golds, spell)),
    ]
    failed = 0
    for title, fn in checks:
        try:
            c = fn()
        except Exception as exc:  # a crash is a failure, not a pass
            c = Check()
            c.fail(f"crashed: {type(exc).__name__}: {exc}")
        if c.problems:
            failed += 1
            print(f"FAILED  {title}")
            for p in c.problems[:MAX_SHOWN]:
                print(f"        {p}")
            if len(c.problems) > MAX_SHOWN:
                print(f"        ... {len(c.problems) - MAX_SHOWN} more")
        else:
            print(f"ok      {title}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


ARGS = None

if __name__ == "__main__":
    sys.exit(main())
