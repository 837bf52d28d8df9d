#!/usr/bin/env python3
"""Checks for the heldout153 extraction evaluation set.

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published YYYY-MM-DD --lang LANG [--dir DIR]

Without --oracle it runs the eight checks of README.md, prints `ok` or `FAILED` for each, and
`ALL CHECKS PASSED` (exit 0) only when all eight hold.  With --oracle it reads FILE (the article
text as the scorer writes it), finds the report of DIR with exactly that text and prints its gold
claims as `volia extract` output, so that the scorer can be run with this script as command.

The scorer module `score_claims.py` is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.  Standard library only.
"""
import argparse
import calendar
import datetime
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))

EVENT_TYPES = [
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
]
TRAP_KINDS = [
    "official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
    "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave",
]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
REPORTS = sorted(LANG_OF)
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"
MIN_WORDS, MAX_WORDS = 150, 550
TRAP_SHARE = (0.25, 0.30)

# ISO 3166-1 alpha-2 (officially assigned codes)
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- reading the set

def read_report(d, num):
    raw = open(os.path.join(d, f"{num}.txt"), encoding="utf-8").read().split("\n")
    header = raw[:3]
    text = "\n".join(raw[3:])
    return header, text


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and len(t) > 2 and t[-2:].lower() in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def is_cap(tok):
    return tok[:1].isupper()


def words(text):
    return len(text.split())


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        if len(parts) == 1:
            return 1900 <= parts[0] <= 2100
        if len(parts) == 2:
            return 1 <= parts[1] <= 12
        datetime.date(*parts)
        return True
    except ValueError:
        return False


def not_after(date, published):
    return date <= published[: len(date)]


# ---------------------------------------------------------------- oracle

def oracle(args):
    text = open(args.file, encoding="utf-8").read()
    for num in REPORTS:
        path = os.path.join(args.dir, f"{num}.txt")
        if not os.path.exists(path):
            continue
        header, body = read_report(args.dir, num)
        if body == text:
            gold = json.load(open(os.path.join(args.dir, f"{num}.gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                d = c["date"]
                prec = None if d is None else {4: "year", 7: "month", 10: "day"}[len(d)]
                person = None if c["person"] is None else {
                    "name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": d, "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": header[0].strip(), "language": header[1].strip(),
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
    return 1


# ---------------------------------------------------------------- checks

class Ctx:
    def __init__(self, d, sc):
        self.d, self.sc = d, sc
        self.reports = {}
        self.problems = {}
        present = sorted(f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f))
        self.present = present
        sp_path = os.path.join(d, "spellings.json")
        self.spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
        for num in REPORTS:
            if not (os.path.exists(os.path.join(d, f"{num}.txt"))
                    and os.path.exists(os.path.join(d, f"{num}.gold.json"))):
                continue
            header, text = read_report(d, num)
            gold = json.load(open(os.path.join(d, f"{num}.gold.json"), encoding="utf-8"))
            lang = header[1].strip() if len(header) > 1 else ""
            toks = tokens(text, lang)
            people = {p["name"]: p for p in self.spellings.get(num, [])}
            self.reports[num] = dict(header=header, text=text, gold=gold, lang=lang, toks=toks,
                                     tokset=set(toks), people=people)


def check_people_in_text(c):
    bad = []
    for num, r in c.reports.items():
        for g in r["gold"]["claims"]:
            if g.get("type") == "group_release" or g.get("person") is None:
                continue
            keys = g.get("surname_keys") or []
            if not any(c.sc.key_matches_token(k, t) for k in keys for t in r["toks"]):
                bad.append(f"{num}: keys {keys} of {g['person']} match no token")
            if not c.sc.person_matches(g["person"], keys, g["person"]):
                bad.append(f"{num}: person_matches rejects gold name {g['person']}")
    return bad


def check_keys_fit(c):
    bad = []
    for num, r in c.reports.items():
        people = r["people"]
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                bad.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(c.sc.key_matches_token(k, s) for k in keys):
                    bad.append(f"{num}: keys {keys} miss surname form {s} of {name}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    bad.append(f"{num}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(people[rel].get("surnames", []))
                if name not in people[rel].get("relatives", []):
                    bad.append(f"{num}: relative link {name} -> {rel} not mirrored")
                if c.sc.person_matches(rel, keys, name):
                    bad.append(f"{num}: {rel} is accepted as {name}")
                if c.sc.person_matches(name, people[rel].get("keys") or [], rel):
                    bad.append(f"{num}: {name} is accepted as {rel}")
            for t in sorted(r["tokset"]):
                if is_cap(t) and t not in allowed and any(c.sc.key_matches_token(k, t) for k in keys):
                    bad.append(f"{num}: keys {keys} of {name} also match token {t}")
        for g in r["gold"]["claims"]:
            if g.get("person") is None:
                continue
            p = people.get(g["person"])
            if p is None:
                bad.append(f"{num}: gold person {g['person']} not in spellings.json")
            elif g.get("surname_keys") != p.get("keys"):
                bad.append(f"{num}: gold keys of {g['person']} differ from spellings.json")
    for num in REPORTS:
        if num in c.reports and num not in c.spellings:
            bad.append(f"{num}: no entry in spellings.json")
    return bad


def check_spellings_complete(c):
    bad = []
    for num, r in c.reports.items():
        listed = set()
        sur_prefixes = set()
        for name, p in r["people"].items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in r["tokset"]:
                    bad.append(f"{num}: listed form {s} of {name} is not a token of the text")
            if not p.get("surnames"):
                bad.append(f"{num}: {name} lists no surname")
            for s in p.get("surnames", []):
                sur_prefixes.add(re.sub(r"[^a-z]", "", c.sc.fold(s))[:4])
        for t in sorted(r["tokset"]):
            if not is_cap(t) or t in listed:
                continue
            if re.sub(r"[^a-z]", "", c.sc.fold(t))[:4] in sur_prefixes:
                bad.append(f"{num}: token {t} shares a surname prefix but is not listed")
    return bad


def check_oracle(c):
    bad = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(c.d)}"
    res = c.sc.score(c.d, cmd, 120)
    if res["articles"] != len(REPORTS):
        bad.append(f"scored {res['articles']} articles, expected {len(REPORTS)}")
    if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
        bad.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        bad.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            bad.append(f"{k} right {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    bad.extend(res["details"][:20])
    return bad


def check_traps(c):
    bad = []
    for num, r in c.reports.items():
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                bad.append(f"{num}: trap fields {sorted(m)}")
                continue
            t, name = m["type"], m["person"]
            if t not in EVENT_TYPES:
                bad.append(f"{num}: trap type {t}")
            if m["kind"] not in TRAP_KINDS:
                bad.append(f"{num}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                bad.append(f"{num}: trap why missing for {name}")
            if (t, name) in seen:
                bad.append(f"{num}: trap ({t}, {name}) twice")
            seen.add((t, name))
            p = r["people"].get(name)
            if not isinstance(name, str) or not name:
                bad.append(f"{num}: trap without person")
                continue
            if p is None:
                bad.append(f"{num}: trap person {name} not in spellings.json")
                continue
            if not any(c.sc.key_matches_token(k, tok) for k in p["keys"] for tok in r["toks"]):
                bad.append(f"{num}: trap person {name} not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] != t or g.get("person") is None:
                    continue
                if (c.sc.person_matches(g["person"], c.sc.keys_for(name), name)
                        or c.sc.person_matches(g["person"], p["keys"], name)):
                    bad.append(f"{num}: trap ({t}, {name}) is matched by gold {g['person']}")
    return bad


def same_person(c, a, a_keys, b):
    return a == b or c.sc.person_matches(b, a_keys, a)


def check_fields(c):
    bad = []
    for num, r in c.reports.items():
        pub = r["header"][0].strip()
        claims = r["gold"].get("claims", [])
        if set(r["gold"]) != {"claims", "must_not"}:
            bad.append(f"{num}: gold top-level keys {sorted(r['gold'])}")
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                bad.append(f"{num}: claim fields {sorted(g)}")
                continue
            t = g["type"]
            if t not in EVENT_TYPES:
                bad.append(f"{num}: claim type {t}")
            d = g["date"]
            if d is not None and not valid_date(d):
                bad.append(f"{num}: bad date {d}")
            elif d is not None and valid_date(pub) and not not_after(d, pub):
                bad.append(f"{num}: date {d} after publication {pub}")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] != []:
                    bad.append(f"{num}: group_release with person/keys")
                if not (isinstance(g["count"], int) and g["count"] > 0):
                    bad.append(f"{num}: group_release count {g['count']}")
            else:
                if not isinstance(g["person"], str) or not g["person"].strip():
                    bad.append(f"{num}: {t} without person")
                if not (isinstance(g["surname_keys"], list) and g["surname_keys"]
                        and all(isinstance(k, str) and k == k.lower() and re.fullmatch(r"[a-z]+", k)
                                for k in g["surname_keys"])):
                    bad.append(f"{num}: bad surname_keys {g['surname_keys']} of {g['person']}")
                if g["count"] is not None:
                    bad.append(f"{num}: count on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO2:
                    bad.append(f"{num}: deported {g['person']} to {g['destination_country']}")
            elif g["destination_country"] is not None:
                bad.append(f"{num}: destination on {t}")
            if t == "sentenced":
                tm = g["term_months"]
                if tm is not None and not (isinstance(tm, int) and tm > 0):
                    bad.append(f"{num}: term {tm}")
            elif g["term_months"] is not None:
                bad.append(f"{num}: term on {t}")
            if t in ("deported", "pardoned"):
                if not any(h["type"] == "released" and h["person"] == g["person"] for h in claims):
                    bad.append(f"{num}: {t} of {g['person']} without released")
        for m in r["gold"].get("must_not", []):
            if not isinstance(m, dict) or "type" not in m or "person" not in m:
                continue
            p = r["people"].get(m["person"]) or {}
            keys = p.get("keys") or c.sc.keys_for(m["person"])
            excl = {"released": ("released", "pardoned", "deported"),
                    "pardoned": ("pardoned",), "deported": ("deported",)}.get(m["type"], ())
            for g in claims:
                if g.get("type") in excl and g.get("person") and same_person(c, m["person"], keys, g["person"]):
                    bad.append(f"{num}: {m['type']} trap on {m['person']} but gold {g['type']}")
    return bad


def check_headers(c):
    bad = []
    expected = sorted([f"{n}.txt" for n in REPORTS] + [f"{n}.gold.json" for n in REPORTS])
    if c.present != expected:
        extra = sorted(set(c.present) - set(expected))
        missing = sorted(set(expected) - set(c.present))
        bad.append(f"files: missing {missing} extra {extra}")
    for num, r in c.reports.items():
        h = r["header"]
        if len(h) < 3:
            bad.append(f"{num}: short header")
            continue
        if not (valid_date(h[0]) and len(h[0]) == 10 and MIN_PUB <= h[0] <= MAX_PUB):
            bad.append(f"{num}: line 1 {h[0]!r}")
        if h[1] != LANG_OF[num]:
            bad.append(f"{num}: line 2 {h[1]!r}, expected {LANG_OF[num]}")
        if h[2] != "":
            bad.append(f"{num}: line 3 not blank")
        w = words(r["text"])
        if not MIN_WORDS <= w <= MAX_WORDS:
            bad.append(f"{num}: {w} words")
    return bad


def check_scripts(c):
    bad = []
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    for num, r in c.reports.items():
        text, lang = r["text"], LANG_OF[num]
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                bad.append(f"{num}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                bad.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                bad.append(f"{num}: Russian text has ў/і")
        elif re.search(r"[\u0400-\u052f]", text):
            bad.append(f"{num}: English text has Cyrillic")
        for g in r["gold"]["claims"]:
            types[g.get("type")] += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
        n_claims += len(r["gold"]["claims"])
        n_traps += len(r["gold"].get("must_not", []))
    for t in EVENT_TYPES:
        if not types[t]:
            bad.append(f"event type {t} not covered")
    for k in TRAP_KINDS:
        if not kinds[k]:
            bad.append(f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not TRAP_SHARE[0] <= share <= TRAP_SHARE[1]:
        bad.append(f"trap share {share:.3f}")
    return bad


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


def stats(c):
    types, kinds = Counter(), Counter()
    wsum = 0
    print("report lang published words claims traps")
    for num, r in sorted(c.reports.items()):
        w = words(r["text"])
        wsum += w
        cl, tr = r["gold"]["claims"], r["gold"].get("must_not", [])
        types.update(g["type"] for g in cl)
        kinds.update(m["kind"] for m in tr)
        print(f"{num}     {r['lang']}   {r['header'][0]} {w:5} {len(cl):6} {len(tr):5}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports={len(c.reports)} words={wsum} claims={nc} traps={nt} "
          f"trap_share={nt / max(nc + nt, 1):.3f}")
    print("claims by type:")
    for t in EVENT_TYPES:
        print(f"  {t:26} {types[t]}")
    print("traps by kind:")
    for k in TRAP_KINDS:
        print(f"  {k:26} {kinds[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?")
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        if not args.file:
            ap.error("--oracle needs FILE")
        return oracle(args)
    sc = load_scorer()
    c = Ctx(args.dir, sc)
    if args.stats:
        stats(c)
    failed = 0
    for title, fn in CHECKS:
        try:
            bad = fn(c)
        except Exception as exc:  # a crash is a failure, not a pass
            bad = [f"check crashed: {exc!r}"]
        print(f"{'ok' if not bad else 'FAILED'}  {title}")
        for line in bad[:40]:
            print(f"      {line}")
        if len(bad) > 40:
            print(f"      ... {len(bad) - 40} more")
        failed += bool(bad)
    if failed:
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
