#!/usr/bin/env python3
"""Self-checks for the heldout148 extraction evaluation set (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published YYYY-MM-DD --lang LANG

Without --oracle it runs eight checks, prints `ok` or `FAILED` for each, and prints
`ALL CHECKS PASSED` (exit status 0) only when all eight hold.

With --oracle it finds the report whose text equals FILE and prints that report's gold claims
as `volia extract` output, so that
  score_claims.py DIR --cmd 'python3 verify.py --oracle'
scores the gold against itself.

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")


def lang_for(num):
    n = int(num)
    return "en" if n <= 14 else "ru" if n <= 24 else "be"


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if len(t) > 2 and t[-2:] in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def parse_date(s):
    """Return (earliest day, latest day) covered by a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            y = int(s)
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = int(s[:4]), int(s[5:])
            first = datetime.date(y, m, 1)
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            d = datetime.date.fromisoformat(s)
            return d, d
    except ValueError:
        return None
    return None


class Set:
    def __init__(self, d):
        self.dir = d
        self.files = sorted(os.listdir(d))
        self.reports = {}
        for num in NUMBERS:
            tp, gp = os.path.join(d, f"{num}.txt"), os.path.join(d, f"{num}.gold.json")
            if not (os.path.exists(tp) and os.path.exists(gp)):
                continue
            raw = open(tp, encoding="utf-8").read()
            lines = raw.split("\n")
            self.reports[num] = {
                "raw": raw, "lines": lines, "published": lines[0].strip(),
                "lang": lines[1].strip() if len(lines) > 1 else "",
                "text": "\n".join(lines[3:]),
                "gold": json.load(open(gp, encoding="utf-8")),
            }
        sp = os.path.join(d, "spellings.json")
        self.spell = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}

    def people(self, num):
        return {p["name"]: p for p in self.spell.get(num, [])}


def check_people_in_text(S):
    errs = []
    for num, r in S.reports.items():
        toks = tokens(r["text"])
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not name or not keys:
                errs.append(f"{num}: claim without person/keys {c}")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects own name {name}")
    return errs


def check_keys_fit(S):
    errs = []
    for num, r in S.reports.items():
        ppl = S.people(num)
        caps = {t for t in tokens(r["text"]) if t[:1].isupper()}
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} do not match spelling {s} of {name}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in ppl:
                    errs.append(f"{num}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(ppl[rel].get("surnames", []))
                if name not in ppl[rel].get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {rel} not returned")
                if sc.person_matches(name, ppl[rel]["keys"], rel) or sc.person_matches(rel, keys, name):
                    errs.append(f"{num}: relatives {name} / {rel} are not kept apart by person_matches")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match token {t}")
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            p = ppl.get(c.get("person"))
            if p is None:
                errs.append(f"{num}: gold person {c.get('person')} not in spellings")
            elif list(c.get("surname_keys") or []) != list(p["keys"]):
                errs.append(f"{num}: gold keys {c.get('surname_keys')} != spellings keys {p['keys']} for {p['name']}")
    return errs


def check_spellings_complete(S):
    errs = []
    for num, r in S.reports.items():
        toks = tokens(r["text"])
        tokset = set(toks)
        listed = set()
        surn = []
        for p in S.spell.get(num, []):
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{num}: spelling {s} of {p['name']} does not occur as a token")
            surn += p.get("surnames", [])
        prefixes = {folded(s)[:4] for s in surn if len(folded(s)) >= 4}
        for t in tokset:
            if not t[:1].isupper() or t in listed:
                continue
            f = folded(t)
            if len(f) >= 4 and f[:4] in prefixes:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    for num in S.reports:
        if num not in S.spell:
            errs.append(f"{num}: no spellings entry")
    return errs


def oracle_cmd(S):
    return f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(S.dir)} --oracle"


def check_oracle(S):
    errs = []
    res = sc.score(S.dir, oracle_cmd(S), 60)
    if res["articles"] != 30:
        errs.append(f"articles scored: {res['articles']}")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    want = Counter()
    for r in S.reports.values():
        for c in r["gold"].get("claims", []):
            want["date"] += bool(c.get("date"))
            want["dest"] += bool(c.get("destination_country"))
            want["term"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0) or a.get(f"{k}_total", 0) != want[k]:
            errs.append(f"{k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)} (gold has {want[k]})")
    errs += res["details"][:20]
    return errs


def check_traps(S):
    errs = []
    for num, r in S.reports.items():
        ppl = S.people(num)
        toks = tokens(r["text"])
        seen = set()
        claims = r["gold"].get("claims", [])
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            t, name = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                errs.append(f"{num}: trap type {t}")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m["why"].strip():
                errs.append(f"{num}: trap without why")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) twice")
            seen.add((t, name))
            p = ppl.get(name)
            if p is None:
                errs.append(f"{num}: trap person {name} not in spellings")
                continue
            if not any(sc.key_matches_token(k, tok) for k in p["keys"] for tok in toks):
                errs.append(f"{num}: trap person {name} not named in text")
            for c in claims:
                if c.get("type") != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name) or \
                        sc.person_matches(c["person"], p["keys"], name):
                    errs.append(f"{num}: trap ({t}, {name}) is matched by gold claim of {c['person']}")
    return errs


def check_fields(S):
    errs = []
    for num, r in S.reports.items():
        pub = parse_date(r["published"])
        claims = r["gold"].get("claims", [])
        if set(r["gold"]) != {"claims", "must_not"}:
            errs.append(f"{num}: gold keys {sorted(r['gold'])}")
        by = {}
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{num}: type {t}")
            if c["date"] is not None:
                d = parse_date(c["date"])
                if d is None:
                    errs.append(f"{num}: bad date {c['date']}")
                elif pub and d[0] > pub[0]:
                    errs.append(f"{num}: date {c['date']} after publication")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not isinstance(c["count"], int) \
                        or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{num}: bad group_release {c}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{num}: claim without person {c}")
                keys = c["surname_keys"]
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    errs.append(f"{num}: bad surname_keys {keys}")
                if c["count"] is not None:
                    errs.append(f"{num}: count on {t}")
            if t == "deported":
                if not isinstance(c["destination_country"], str) or c["destination_country"] not in ISO2:
                    errs.append(f"{num}: deported without ISO alpha-2 country: {c['destination_country']}")
            elif c["destination_country"] is not None:
                errs.append(f"{num}: destination_country on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{num}: bad term_months {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{num}: term_months on {t}")
            by.setdefault(c["person"], set()).add(t)
        for person, ts in by.items():
            if "deported" in ts and "released" not in ts:
                errs.append(f"{num}: deported without released for {person}")
            if "pardoned" in ts and "released" not in ts:
                errs.append(f"{num}: pardoned without released for {person}")
        for m in r["gold"].get("must_not", []):
            t, name = m.get("type"), m.get("person")
            if t == "released":
                excl = {"released", "pardoned", "deported"}
            elif t in ("pardoned", "deported"):
                excl = {t}
            else:
                continue
            for c in claims:
                if c["type"] in excl and c.get("person") and (
                        c["person"] == name or sc.person_matches(c["person"], sc.keys_for(name), name)):
                    errs.append(f"{num}: {t} trap on {name} but gold {c['type']} for {c['person']}")
    return errs


def check_headers(S):
    errs = []
    want = {f"{n}.txt" for n in NUMBERS} | {f"{n}.gold.json" for n in NUMBERS}
    have = {f for f in S.files if re.fullmatch(r"\d+\.(txt|gold\.json)", f)}
    if have != want:
        errs.append(f"report files differ: missing {sorted(want - have)}, extra {sorted(have - want)}")
    for num, r in S.reports.items():
        lines = r["lines"]
        d = parse_date(r["published"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]) or d is None or not MIN_PUB <= d[0] <= MAX_PUB:
            errs.append(f"{num}: bad publication date {r['published']!r}")
        if r["lang"] != lang_for(num):
            errs.append(f"{num}: language {r['lang']!r}, expected {lang_for(num)}")
        if len(lines) < 4 or lines[2].strip() != "":
            errs.append(f"{num}: line 3 is not blank")
        n = len(r["text"].split())
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words")
    return errs


def check_scripts_coverage(S):
    errs = []
    types, kinds = Counter(), Counter()
    nclaims = ntraps = 0
    for num, r in S.reports.items():
        text, lang = r["text"], lang_for(num)
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                errs.append(f"{num}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{num}: Russian text contains ў/і")
        elif re.search(r"[\u0400-\u04FF]", text):
            errs.append(f"{num}: English text contains Cyrillic")
        for c in r["gold"].get("claims", []):
            types[c.get("type")] += 1
            nclaims += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
            ntraps += 1
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} never occurs")
    share = ntraps / (nclaims + ntraps) if nclaims + ntraps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


CHECKS = [
    ("1 gold people are in the text", check_people_in_text),
    ("2 keys fit", check_keys_fit),
    ("3 spellings are complete", check_spellings_complete),
    ("4 perfect oracle score", check_oracle),
    ("5 traps are sound", check_traps),
    ("6 fields and logic", check_fields),
    ("7 headers and size", check_headers),
    ("8 scripts and coverage", check_scripts_coverage),
]


def stats(S):
    types, kinds, langs = Counter(), Counter(), Counter()
    words = 0
    for num, r in S.reports.items():
        words += len(r["text"].split())
        langs[lang_for(num)] += 1
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            kinds[m["kind"]] += 1
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(S.reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}); words: {words}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


def oracle(S, path, published, lang):
    text = open(path, encoding="utf-8").read()
    found = None
    for num, r in S.reports.items():
        if r["text"] == text:
            found = num
            break
    if found is None:
        norm = " ".join(text.split())
        for num, r in S.reports.items():
            if " ".join(r["text"].split()) == norm and (not published or r["published"] == published):
                found = num
                break
    if found is None:
        print("report not found", file=sys.stderr)
        return 1
    r = S.reports[found]
    out = []
    for c in r["gold"]["claims"]:
        date = c["date"]
        prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
        name = c["person"]
        person = None
        evidence = None
        if name:
            mention = next((t for t in tokens(text) if any(sc.key_matches_token(k, t) for k in c["surname_keys"])), name)
            pos = text.find(mention)
            person = {"name": name, "mention": mention, "person_id": None}
            if pos >= 0:
                evidence = {"start": pos, "end": pos + len(mention), "text": mention}
        out.append({"type": c["type"], "person": person, "date": date, "date_precision": prec,
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published or r["published"], "language": lang or r["lang"], "claims": out},
                     ensure_ascii=False))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    S = Set(args.dir)
    if args.oracle:
        return oracle(S, args.oracle, args.published, args.lang)
    failed = 0
    for label, fn in CHECKS:
        try:
            errs = fn(S)
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"{type(exc).__name__}: {exc}"]
        print(f"{'ok' if not errs else 'FAILED'}  {label}")
        for e in errs[:25]:
            print(f"      {e}")
        if len(errs) > 25:
            print(f"      ... {len(errs) - 25} more")
        failed += bool(errs)
    if args.stats:
        stats(S)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
