#!/usr/bin/env python3
"""Checks for the heldout142 extraction set (religious believers and clergy prosecuted).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published YYYY-MM-DD --lang LANG [--dir DIR]

Without --oracle it runs the eight checks described in README.md, prints `ok` or `FAILED`
for each, and `ALL CHECKS PASSED` (exit status 0) only when all of them hold.

With --oracle it finds the report whose text equals FILE and prints that report's gold
claims in the extraction format of shared/docs/domain.md, so that
  score_claims.py DIR --cmd 'python3 verify.py --oracle'
scores the gold against itself.

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file. Standard library only.
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

TYPES = [
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
]
KINDS = [
    "official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
    "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave",
]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
MIN_DATE, MAX_DATE = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def language_for(num: str) -> str:
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def load_scorer():
    base = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")
    base = os.path.abspath(base)
    if base not in sys.path:
        sys.path.insert(0, base)
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- reading the set

def read_report(d: str, num: str):
    """Return (published, lang, header_lines, text) exactly as the scorer reads them."""
    raw = open(os.path.join(d, num + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", raw[:3], "\n".join(raw[3:])


def tokens(text: str) -> list:
    out = []
    for t in TOKEN_RE.findall(text):
        if t.endswith("'s") or t.endswith("’s"):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def words(text: str) -> int:
    return len([w for w in text.split() if re.search(r"\w", w)])


def folded_letters(sc, s: str) -> str:
    return re.sub(r"[^a-z]", "", sc.fold(s))


def valid_date(s) -> bool:
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


def precision_of(date) -> str:
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown")


# ---------------------------------------------------------------- oracle

def oracle(args) -> int:
    d = os.path.abspath(args.dir)
    text = open(args.oracle, encoding="utf-8").read()
    for num in NUMBERS:
        path = os.path.join(d, num + ".txt")
        if not os.path.exists(path):
            continue
        published, lang, _, body = read_report(d, num)
        if body != text:
            continue
        if args.published and args.published != published:
            continue
        if args.lang and args.lang != lang:
            continue
        gold = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            person = None
            if g["person"]:
                person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
            claims.append({
                "type": g["type"], "person": person, "date": g["date"],
                "date_precision": precision_of(g["date"]),
                "destination_country": g["destination_country"], "term_months": g["term_months"],
                "count": g["count"], "confidence": 1.0,
                "evidence": {"start": 0, "end": 0, "text": ""},
            })
        print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
        return 0
    print("oracle: no report matches this text", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

class Ctx:
    def __init__(self, d, sc):
        self.d, self.sc = d, sc
        self.reports, self.gold = {}, {}
        self.spell = {}
        self.load_errors = []
        for num in NUMBERS:
            try:
                self.reports[num] = read_report(d, num)
            except OSError as e:
                self.load_errors.append(f"{num}.txt: {e}")
            try:
                self.gold[num] = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
            except (OSError, ValueError) as e:
                self.load_errors.append(f"{num}.gold.json: {e}")
        try:
            self.spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.load_errors.append(f"spellings.json: {e}")

    def people(self, num):
        return {p["name"]: p for p in self.spell.get(num, [])}

    def toks(self, num):
        return tokens(self.reports[num][3]) if num in self.reports else []

    def claims(self, num):
        return self.gold.get(num, {}).get("claims", [])

    def traps(self, num):
        return self.gold.get(num, {}).get("must_not", [])


def check_people_in_text(c: Ctx):
    sc, errs = c.sc, []
    for num in NUMBERS:
        toks = c.toks(num)
        for g in c.claims(num):
            name, keys = g.get("person"), g.get("surname_keys") or []
            if g.get("type") == "group_release" or not name:
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys {keys} of {name} match no token of the report")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects the gold name {name} with its own keys")
    return errs


def check_keys_fit(c: Ctx):
    sc, errs = c.sc, []
    for num in NUMBERS:
        people = c.people(num)
        caps = sorted({t for t in c.toks(num) if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} miss the spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match the token {t}")
            for r in p.get("relatives", []):
                if r not in people:
                    errs.append(f"{num}: relative {r} of {name} is not listed")
                    continue
                if name not in people[r].get("relatives", []):
                    errs.append(f"{num}: {r} does not link back to {name}")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, people[r].get("keys") or [], r):
                    errs.append(f"{num}: person_matches does not separate relatives {name} / {r}")
        for g in c.claims(num):
            if g.get("type") == "group_release" or not g.get("person"):
                continue
            p = people.get(g["person"])
            if p is None:
                errs.append(f"{num}: gold person {g['person']} is not in spellings.json")
            elif list(g.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{num}: gold keys {g.get('surname_keys')} of {g['person']} differ from spellings {p.get('keys')}")
    return errs


def check_spellings_complete(c: Ctx):
    sc, errs = c.sc, []
    for num in NUMBERS:
        toks = c.toks(num)
        tokset = set(toks)
        listed = set()
        surn = set()
        for name, p in c.people(num).items():
            for s in p.get("surnames", []):
                listed.add(s)
                surn.add(s)
                if s not in tokset:
                    errs.append(f"{num}: surname spelling {s} of {name} is not a token of the report")
            for s in p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{num}: given-name spelling {s} of {name} is not a token of the report")
        prefixes = {folded_letters(sc, s)[:4] for s in surn}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if t in listed:
                continue
            if folded_letters(sc, t)[:4] in prefixes:
                errs.append(f"{num}: capitalised token {t} shares a 4-letter prefix with a listed surname but is not listed")
    return errs


def check_oracle(c: Ctx):
    sc = c.sc
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {c.d} --oracle"
    res = sc.score(c.d, cmd, 120)
    a = res["attributes"]
    errs = []
    if res["articles"] != len(NUMBERS):
        errs.append(f"scored {res['articles']} articles, expected {len(NUMBERS)}")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"{k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)} counted right")
    errs.extend(res["details"][:20])
    return errs


def check_traps(c: Ctx):
    sc, errs = c.sc, []
    for num in NUMBERS:
        people, tokset = c.people(num), set(c.toks(num))
        seen = Counter((m.get("type"), m.get("person")) for m in c.traps(num))
        for (t, p), n in seen.items():
            if n > 1:
                errs.append(f"{num}: trap ({t}, {p}) appears {n} times")
        for m in c.traps(num):
            t, p = m.get("type"), m.get("person")
            if t not in TYPES:
                errs.append(f"{num}: trap type {t!r} is not an event type")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')!r} is not valid")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{num}: trap ({t}, {p}) has no why")
            if not isinstance(p, str) or not p:
                errs.append(f"{num}: trap of type {t} has no person")
                continue
            entry = people.get(p)
            if entry is None:
                errs.append(f"{num}: trap person {p} is not listed in spellings.json")
                continue
            forms = set(entry.get("surnames", [])) | set(entry.get("given", []))
            if not forms & tokset:
                errs.append(f"{num}: trap person {p} is not named in the text")
            if not sc.person_matches(p, sc.keys_for(p), p):
                errs.append(f"{num}: trap ({t}, {p}) would not fire on its own name")
            for g in c.claims(num):
                if g.get("type") != t or not g.get("person"):
                    continue
                for keys in (sc.keys_for(p), entry.get("keys") or []):
                    if sc.person_matches(g["person"], keys, p):
                        errs.append(f"{num}: trap ({t}, {p}) is matched by gold claim for {g['person']} with keys {keys}")
    return errs


def check_fields(c: Ctx):
    errs = []
    for num in NUMBERS:
        pub = c.reports.get(num, ("",))[0]
        claims = c.claims(num)
        by_person = {}
        for g in claims:
            by_person.setdefault(g.get("person"), set()).add(g.get("type"))
        for g in claims:
            where = f"{num}: {g.get('type')} {g.get('person')}"
            if set(g) != CLAIM_FIELDS:
                errs.append(f"{where}: fields {sorted(g)}")
                continue
            t = g["type"]
            if t not in TYPES:
                errs.append(f"{where}: unknown type")
            if g["date"] is not None:
                if not valid_date(g["date"]):
                    errs.append(f"{where}: invalid date {g['date']!r}")
                elif g["date"] > pub[: len(g["date"])]:
                    errs.append(f"{where}: date {g['date']} after publication {pub}")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] != []:
                    errs.append(f"{where}: group_release must have null person and [] keys")
                if not isinstance(g["count"], int) or isinstance(g["count"], bool) or g["count"] <= 0:
                    errs.append(f"{where}: group_release needs a positive count")
            else:
                if not isinstance(g["person"], str) or not g["person"].strip():
                    errs.append(f"{where}: person missing")
                keys = g["surname_keys"]
                if not isinstance(keys, list) or not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    errs.append(f"{where}: surname_keys must be lower-case Latin strings")
                if g["count"] is not None:
                    errs.append(f"{where}: count only on group_release")
            if t == "deported":
                if g["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{where}: destination {g['destination_country']!r} is not ISO 3166-1 alpha-2")
                if "released" not in by_person.get(g["person"], set()):
                    errs.append(f"{where}: deported without released")
            elif g["destination_country"] is not None:
                errs.append(f"{where}: destination_country only on deported")
            if t == "sentenced":
                tm = g["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{where}: bad term_months {tm!r}")
            elif g["term_months"] is not None:
                errs.append(f"{where}: term_months only on sentenced")
            if t == "pardoned" and "released" not in by_person.get(g["person"], set()):
                errs.append(f"{where}: pardoned without released")
        for m in c.traps(num):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
                continue
            have = by_person.get(m["person"], set())
            if m["type"] == "released" and have & {"released", "pardoned", "deported"}:
                errs.append(f"{num}: released trap on {m['person']} who has gold {sorted(have & {'released', 'pardoned', 'deported'})}")
            if m["type"] in ("pardoned", "deported") and m["type"] in have:
                errs.append(f"{num}: {m['type']} trap on {m['person']} who has gold {m['type']}")
    return errs


def check_headers(c: Ctx):
    errs = list(c.load_errors)
    present = sorted(f for f in os.listdir(c.d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        extra = sorted(set(present) - set(expected))
        missing = sorted(set(expected) - set(present))
        errs.append(f"report files differ from 01-30: extra {extra}, missing {missing}")
    for num, (pub, lang, head, text) in sorted(c.reports.items()):
        if not valid_date(pub) or len(pub) != 10:
            errs.append(f"{num}: line 1 {pub!r} is not a date")
        elif not (MIN_DATE <= pub <= MAX_DATE):
            errs.append(f"{num}: date {pub} outside {MIN_DATE} .. {MAX_DATE}")
        if lang != language_for(num):
            errs.append(f"{num}: language {lang!r}, expected {language_for(num)}")
        if len(head) < 3 or head[2].strip() != "":
            errs.append(f"{num}: line 3 is not blank")
        n = words(text)
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words (150-550)")
    return errs


def check_scripts(c: Ctx):
    errs = []
    for num, (pub, lang, head, text) in sorted(c.reports.items()):
        lang = language_for(num)
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                errs.append(f"{num}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
            if bad:
                errs.append(f"{num}: Russian text contains {bad}")
        elif CYRILLIC_RE.search(text):
            errs.append(f"{num}: English text contains Cyrillic")
    types = Counter(g.get("type") for n in NUMBERS for g in c.claims(n))
    kinds = Counter(m.get("kind") for n in NUMBERS for m in c.traps(n))
    missing_t = [t for t in TYPES if not types[t]]
    missing_k = [k for k in KINDS if not kinds[k]]
    if missing_t:
        errs.append(f"event types never used: {missing_t}")
    if missing_k:
        errs.append(f"trap kinds never used: {missing_k}")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0.0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25-0.30 ({nt} traps, {nc} claims)")
    return errs


CHECKS = [
    ("1 gold people are in the text", check_people_in_text),
    ("2 keys fit", check_keys_fit),
    ("3 spellings are complete", check_spellings_complete),
    ("4 perfect oracle score", check_oracle),
    ("5 traps are sound", check_traps),
    ("6 fields and logic", check_fields),
    ("7 headers and size", check_headers),
    ("8 scripts and coverage", check_scripts),
]


def stats(c: Ctx):
    types = Counter(g.get("type") for n in NUMBERS for g in c.claims(n))
    kinds = Counter(m.get("kind") for n in NUMBERS for m in c.traps(n))
    wl = Counter()
    for num, (pub, lang, head, text) in c.reports.items():
        wl[lang] += words(text)
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(c.reports)}  words: {sum(wl.values())} ({', '.join(f'{k} {v}' for k, v in sorted(wl.items()))})")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt / (nc + nt):.3f}" if nc + nt else "trap share: n/a")
    years = Counter(r[0][:4] for r in c.reports.values())
    print("publication years: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", nargs="?", const="", default=None, metavar="FILE")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle is not None:
        if not args.oracle:
            args.oracle = args.file
        if not args.oracle:
            ap.error("--oracle needs a FILE")
        return oracle(args)
    sc = load_scorer()
    c = Ctx(os.path.abspath(args.dir), sc)
    if args.stats:
        stats(c)
    failed = 0
    for label, fn in CHECKS:
        try:
            errs = fn(c)
        except Exception as e:  # a crash inside a check is a failure of that check
            errs = [f"check crashed: {type(e).__name__}: {e}"]
        if errs:
            failed += 1
            print(f"FAILED {label}")
            for e in errs[:40]:
                print(f"    {e}")
            if len(errs) > 40:
                print(f"    ... {len(errs) - 40} more")
        else:
            print(f"ok     {label}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
