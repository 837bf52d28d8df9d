#!/usr/bin/env python3
"""Checks for the heldout147 extraction evaluation set (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published YYYY-MM-DD --lang LANG [--dir DIR]

Without --oracle it runs the eight checks described in README.md, printing `ok` or `FAILED`
for each and `ALL CHECKS PASSED` when all hold (exit status 0 only then).
With --oracle it finds the report whose text equals FILE and prints that report's gold as
extraction output (the JSON shape of shared/docs/domain.md), so the scorer can run the gold
as if it were an extractor:
  score_claims.py DIR --cmd 'python3 DIR/verify.py --oracle'
score_claims.py is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools
relative to this file.
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
NUMS = [f"{i:02d}" for i in range(1, 31)]
LANG_OF = {n: ("en" if int(n) <= 14 else "ru" if int(n) <= 24 else "be") for n in NUMS}
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
MIN_DATE, MAX_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc-][^\W\d_]+)*")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# ----------------------------------------------------------------------------------------------
# loading

def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(d, num):
    raw = open(os.path.join(d, f"{num}.txt"), encoding="utf-8").read().split("\n")
    return raw


def report_text(raw):
    return "\n".join(raw[3:])


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = re.sub(r"['\u2019]s$", "", m.group(0))
        if t:
            out.append(t)
    return out


def is_cap(tok):
    return tok[:1].isupper()


def parse_date(s):
    """Return (first day, last day) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    m = DATE_RE.match(s or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if mo is None:
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        mo = int(mo)
        if d is None:
            first = datetime.date(y, mo, 1)
            nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        day = datetime.date(y, mo, int(d))
        return day, day
    except ValueError:
        return None


class Data:
    def __init__(self, d):
        self.dir = d
        self.raw, self.gold, self.text, self.toks = {}, {}, {}, {}
        self.errors = []
        for n in NUMS:
            try:
                self.raw[n] = read_report(d, n)
                self.text[n] = report_text(self.raw[n])
                self.toks[n] = tokens(self.text[n])
            except OSError as e:
                self.errors.append(f"{n}: cannot read text ({e})")
            try:
                self.gold[n] = json.load(open(os.path.join(d, f"{n}.gold.json"), encoding="utf-8"))
            except (OSError, ValueError) as e:
                self.errors.append(f"{n}: cannot read gold ({e})")
        try:
            self.spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.spell = {}
            self.errors.append(f"spellings.json: {e}")

    def people(self, n):
        return {p["name"]: p for p in self.spell.get(n, [])}

    def claims(self, n):
        return self.gold.get(n, {}).get("claims", [])

    def traps(self, n):
        return self.gold.get(n, {}).get("must_not", [])


# ----------------------------------------------------------------------------------------------
# checks; each returns a list of problems

def check1(D, sc):
    probs = []
    for n in NUMS:
        toks = D.toks.get(n, [])
        for c in D.claims(n):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person") or "", c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                probs.append(f"{n}: keys {keys} of {name} match no token of the report")
            if not sc.person_matches(name, keys, name):
                probs.append(f"{n}: person_matches rejects the gold name {name} with {keys}")
    return probs


def check2(D, sc):
    probs = []
    for n in NUMS:
        people = D.people(n)
        caps = sorted({t for t in D.toks.get(n, []) if is_cap(t)})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                probs.append(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    probs.append(f"{n}: keys {keys} of {name} do not match spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    probs.append(f"{n}: keys {keys} of {name} also match unrelated token {t}")
            for r in p.get("relatives", []):
                q = people.get(r)
                if q is None:
                    probs.append(f"{n}: relative {r} of {name} is not listed")
                    continue
                if name not in q.get("relatives", []):
                    probs.append(f"{n}: {r} does not list {name} back as a relative")
                if sc.person_matches(name, q.get("keys", []), r):
                    probs.append(f"{n}: person_matches confuses {name} with relative {r}")
                if sc.person_matches(r, keys, name):
                    probs.append(f"{n}: person_matches confuses {r} with relative {name}")
        for c in D.claims(n):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                probs.append(f"{n}: gold person {c.get('person')} is not in spellings.json")
            elif c.get("surname_keys") != p.get("keys"):
                probs.append(f"{n}: gold keys {c.get('surname_keys')} of {c.get('person')} "
                             f"differ from spellings keys {p.get('keys')}")
    return probs


def fold_letters(sc, s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def check3(D, sc):
    probs = []
    for n in NUMS:
        tokset = set(D.toks.get(n, []))
        people = D.people(n)
        all_surnames = set()
        for p in people.values():
            all_surnames |= set(p.get("surnames", []))
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    probs.append(f"{n}: listed spelling {s} of {p['name']} is not a token of the text")
        prefixes = set()
        for s in all_surnames:
            f = fold_letters(sc, s)
            prefixes.add(f[:4])
        for t in sorted({t for t in tokset if is_cap(t)}):
            tf = fold_letters(sc, t)
            if any(tf[:len(pf)] == pf for pf in prefixes if pf) and t not in all_surnames:
                probs.append(f"{n}: capitalised token {t} shares a surname prefix but is not listed")
    return probs


def check4(D, sc):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(D.dir)}"
    res = sc.score(D.dir, cmd, 60)
    probs = []
    if res["articles"] != 30:
        probs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            probs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        probs.append(f"violations = {res['violations']}, errors = {res['errors']}")
    a = res["attributes"]
    for what in ("date", "dest", "term"):
        if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
            probs.append(f"{what}: {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)} right")
    probs.extend(res["details"][:20])
    return probs


def check5(D, sc):
    probs = []
    for n in NUMS:
        people = D.people(n)
        toks = D.toks.get(n, [])
        seen = set()
        for m in D.traps(n):
            t, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES or t == "group_release":
                probs.append(f"{n}: trap type {t!r} is not valid")
            if kind not in KINDS:
                probs.append(f"{n}: trap kind {kind!r} is not valid")
            if not isinstance(why, str) or not why.strip():
                probs.append(f"{n}: trap on {name} has no 'why'")
            if (t, name) in seen:
                probs.append(f"{n}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                probs.append(f"{n}: trap person {name} is not listed in spellings.json")
                skeys = []
            else:
                skeys = p.get("keys", [])
                if not any(sc.key_matches_token(k, x) for k in skeys for x in toks):
                    probs.append(f"{n}: trap person {name} is not named in the text")
            for c in D.claims(n):
                if c.get("type") != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name):
                    probs.append(f"{n}: gold {t} {c['person']} matches trap on {name} (keys_for)")
                if skeys and sc.person_matches(c["person"], skeys, name):
                    probs.append(f"{n}: gold {t} {c['person']} matches trap on {name} (spelling keys)")
    return probs


def check6(D, sc):
    probs = []
    for n in NUMS:
        pub = parse_date(D.raw.get(n, [""])[0].strip())
        pub = pub[0] if pub else None
        claims = D.claims(n)
        by = Counter((c.get("type"), c.get("person")) for c in claims)
        for c in claims:
            t, name = c.get("type"), c.get("person")
            if set(c) != CLAIM_FIELDS:
                probs.append(f"{n}: claim {t} {name} has fields {sorted(c)}")
                continue
            if t not in TYPES:
                probs.append(f"{n}: claim type {t!r} is not valid")
            if c["date"] is not None:
                rng = parse_date(c["date"])
                if rng is None:
                    probs.append(f"{n}: bad date {c['date']!r} on {t} {name}")
                elif pub and rng[0] > pub:
                    probs.append(f"{n}: date {c['date']} on {t} {name} is after publication")
            if t == "group_release":
                if name is not None or c["surname_keys"] != []:
                    probs.append(f"{n}: group_release must have null person and [] keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    probs.append(f"{n}: group_release count {c['count']!r} is not positive")
            else:
                if not isinstance(name, str) or not name.strip():
                    probs.append(f"{n}: {t} claim without a person")
                ks = c["surname_keys"]
                if not isinstance(ks, list) or not ks or not all(
                        isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in ks):
                    probs.append(f"{n}: bad surname_keys {ks!r} on {t} {name}")
                if c["count"] is not None:
                    probs.append(f"{n}: count on {t} {name}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    probs.append(f"{n}: deported {name} has country {c['destination_country']!r}")
                if not by[("released", name)]:
                    probs.append(f"{n}: deported {name} has no released")
            elif c["destination_country"] is not None:
                probs.append(f"{n}: destination_country on {t} {name}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    probs.append(f"{n}: bad term_months {tm!r} on {name}")
            elif c["term_months"] is not None:
                probs.append(f"{n}: term_months on {t} {name}")
            if t == "pardoned" and not by[("released", name)]:
                probs.append(f"{n}: pardoned {name} has no released")
        for m in D.traps(n):
            if set(m) != TRAP_FIELDS:
                probs.append(f"{n}: trap on {m.get('person')} has fields {sorted(m)}")
                continue
            t, name = m["type"], m["person"]
            excl = ["released", "pardoned", "deported"] if t == "released" else \
                [t] if t in ("pardoned", "deported") else []
            for e in excl:
                if by[(e, name)]:
                    probs.append(f"{n}: {t} trap on {name} but gold has {e} for that person")
    return probs


def check7(D, sc):
    probs = list(D.errors)
    names = set(os.listdir(D.dir))
    want = {f"{n}.txt" for n in NUMS} | {f"{n}.gold.json" for n in NUMS}
    numbered = {f for f in names if re.match(r"^\d+\.(txt|gold\.json)$", f)}
    if numbered != want:
        probs.append(f"numbered files differ: missing {sorted(want - numbered)}, "
                     f"extra {sorted(numbered - want)}")
    for n in NUMS:
        raw = D.raw.get(n)
        if not raw or len(raw) < 4:
            probs.append(f"{n}: too short to have a header")
            continue
        rng = parse_date(raw[0].strip()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0].strip()) else None
        if rng is None or not (MIN_DATE <= rng[0] <= MAX_DATE):
            probs.append(f"{n}: line 1 {raw[0]!r} is not a date in {MIN_DATE}..{MAX_DATE}")
        if raw[1].strip() != LANG_OF[n]:
            probs.append(f"{n}: line 2 {raw[1]!r}, expected {LANG_OF[n]}")
        if raw[2].strip() != "":
            probs.append(f"{n}: line 3 is not blank")
        words = len(D.text[n].split())
        if not 150 <= words <= 550:
            probs.append(f"{n}: {words} words, outside 150-550")
    return probs


def check8(D, sc):
    probs = []
    for n in NUMS:
        text = D.text.get(n, "")
        lang = LANG_OF[n]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                probs.append(f"{n}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                probs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
            if bad:
                probs.append(f"{n}: Russian text contains {bad}")
        elif re.search(r"[\u0400-\u04ff]", text):
            probs.append(f"{n}: English text contains Cyrillic")
    ctypes = Counter(c.get("type") for n in NUMS for c in D.claims(n))
    kinds = Counter(m.get("kind") for n in NUMS for m in D.traps(n))
    for t in TYPES:
        if not ctypes[t]:
            probs.append(f"no gold claim of type {t}")
    for k in KINDS:
        if not kinds[k]:
            probs.append(f"no trap of kind {k}")
    nc, nt = sum(ctypes.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0.0
    if not 0.25 <= share <= 0.30:
        probs.append(f"trap share {share:.3f} outside 0.25-0.30 ({nt} traps, {nc} claims)")
    return probs


CHECKS = [
    (1, "gold people are in the text", check1),
    (2, "keys fit", check2),
    (3, "spellings are complete", check3),
    (4, "perfect oracle score", check4),
    (5, "traps are sound", check5),
    (6, "fields and logic", check6),
    (7, "headers and size", check7),
    (8, "scripts and coverage", check8),
]


def stats(D):
    ctypes, kinds = Counter(), Counter()
    total_words = 0
    print("report  lang  date        words  claims  traps")
    for n in NUMS:
        words = len(D.text.get(n, "").split())
        total_words += words
        cl, tr = D.claims(n), D.traps(n)
        ctypes.update(c.get("type") for c in cl)
        kinds.update(m.get("kind") for m in tr)
        print(f"{n:6}  {LANG_OF[n]:4}  {D.raw.get(n, [''])[0]:10}  {words:5}  {len(cl):6}  {len(tr):5}")
    nc, nt = sum(ctypes.values()), sum(kinds.values())
    print(f"total words {total_words}, claims {nc}, traps {nt}, "
          f"trap share {nt / (nc + nt):.3f}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {ctypes[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")


def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for n in NUMS:
        try:
            raw = read_report(d, n)
        except OSError:
            continue
        if report_text(raw) == text or report_text(raw).strip() == text.strip():
            gold = json.load(open(os.path.join(d, f"{n}.gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}.get(len(date))
                person = None if c.get("person") is None else {
                    "name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec or "unknown",
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or raw[0].strip(),
                              "language": lang or raw[1].strip(), "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE, help="folder holding the set (default: this file's folder)")
    ap.add_argument("--stats", action="store_true", help="print counts per report, type and trap kind")
    ap.add_argument("--oracle", action="store_true", help="print the gold of the report in FILE")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        if not args.file:
            ap.error("--oracle needs FILE")
        return oracle(args.dir, args.file, args.published, args.lang)
    sc = load_scorer()
    D = Data(args.dir)
    if args.stats:
        stats(D)
    failed = 0
    for num, title, fn in CHECKS:
        try:
            probs = fn(D, sc)
        except Exception as e:  # a crash is a failure, not a pass
            probs = [f"check crashed: {type(e).__name__}: {e}"]
        if probs:
            failed += 1
            print(f"FAILED  {num}. {title}")
            for p in probs[:40]:
                print(f"        - {p}")
            if len(probs) > 40:
                print(f"        ... and {len(probs) - 40} more")
        else:
            print(f"ok      {num}. {title}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
