#!/usr/bin/env python3
"""Self-checks for the blind evaluation set heldout156.

Usage:
  python3 verify.py [--dir DIR] [--stats]
      run the eight checks (see README.md) over the set in DIR (default: this folder);
      prints ok / FAILED per check and ALL CHECKS PASSED; exit status 0 only then.
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape.
  python3 verify.py [--dir DIR] --careless FILE --published DATE --lang LANG
      the same, plus one claim for every trap (a deliberately careless extractor).

The scorer module is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "156"
NUMBERS = [f"{n:02d}" for n in range(1, 31)]
FIRST_DATE, LAST_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
MIN_WORDS, MAX_WORDS = 150, 550
TRAP_SHARE = (0.25, 0.30)

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
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
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc-][^\W\d_]+)*")


def lang_for(num: str) -> str:
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    path = os.path.join(d, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def tokens(text: str) -> list:
    """Runs of letters with an optional inner apostrophe or hyphen; English possessive 's stripped."""
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        t = re.sub(r"['\u2019]s$", "", t)
        if t:
            out.append(t)
    return out


def parse_date(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if isinstance(s, str) and len(s) == n:
            try:
                return datetime.datetime.strptime(s, fmt).date(), n
            except ValueError:
                return None, None
    return None, None


def precision_of(date):
    return {None: None, 4: "year", 7: "month", 10: "day"}[len(date) if date else None]


class Report:
    def __init__(self, folder, num):
        self.num = num
        self.path = os.path.join(folder, num + ".txt")
        raw = open(self.path, encoding="utf-8").read()
        self.lines = raw.split("\n")
        self.published = self.lines[0].strip() if self.lines else ""
        self.lang = self.lines[1].strip() if len(self.lines) > 1 else ""
        self.text = "\n".join(self.lines[3:])
        self.tokens = tokens(self.text)
        self.caps = sorted({t for t in self.tokens if t[:1].isupper()})
        gp = os.path.join(folder, num + ".gold.json")
        self.gold = json.load(open(gp, encoding="utf-8"))
        self.claims = self.gold.get("claims", [])
        self.traps = self.gold.get("must_not", [])


def load(folder):
    reports = {}
    for num in NUMBERS:
        if os.path.exists(os.path.join(folder, num + ".txt")) and os.path.exists(
                os.path.join(folder, num + ".gold.json")):
            reports[num] = Report(folder, num)
    spellings = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    return reports, spellings


def people_of(spellings, num):
    return {p["name"]: p for p in spellings.get(num, spellings.get(str(int(num)), []))}


def fold_letters(sc, s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


# ---------------------------------------------------------------- checks

def check1(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        for c in r.claims:
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in r.tokens):
                errs.append(f"{num}: no token of the text matches keys {keys} of {name}")
            if not sc.person_matches(name or "", keys, name or ""):
                errs.append(f"{num}: person_matches rejects gold name {name} with its own keys")
    return errs


def check2(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys of {name} miss listed spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                allowed |= set(people.get(rel, {}).get("surnames", []))
            for t in r.caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys of {name} also match unrelated token {t}")
            for rel in p.get("relatives", []):
                q = people.get(rel)
                if q is None:
                    errs.append(f"{num}: relative {rel} of {name} is not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name) or sc.person_matches(name, q.get("keys", []), rel):
                    errs.append(f"{num}: person_matches confuses relatives {name} / {rel}")
        for c in r.claims:
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{num}: gold person {c.get('person')} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{num}: gold keys of {c.get('person')} differ from spellings.json")
    return errs


def check3(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        toks = set(r.tokens)
        listed = set()
        for p in people.values():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in toks:
                    errs.append(f"{num}: listed spelling {s} of {p['name']} does not occur")
        prefixes = {fold_letters(sc, s)[:4] for p in people.values() for s in p.get("surnames", [])
                    if len(fold_letters(sc, s)) >= 4}
        for t in r.caps:
            f = fold_letters(sc, t)
            if len(f) >= 4 and f[:4] in prefixes and t not in listed:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(sc, reports, spellings, folder):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
    res = sc.score(folder, cmd, 120)
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    a = res["attributes"]
    want = Counter()
    for r in reports.values():
        for c in r.claims:
            want["date_total"] += bool(c.get("date"))
            want["dest_total"] += bool(c.get("destination_country"))
            want["term_total"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0) or a.get(f"{k}_total", 0) != want[f"{k}_total"]:
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}, gold has {want[k + '_total']}")
    errs += [d for d in res["details"]][:20]
    return errs


def check5(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        seen = set()
        for m in r.traps:
            t, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            if t not in TYPES or t == "group_release":
                errs.append(f"{num}: trap type {t}")
            if kind not in KINDS:
                errs.append(f"{num}: trap kind {kind}")
            if not isinstance(why, str) or not why.strip():
                errs.append(f"{num}: trap on {name} has no why")
            if (t, name) in seen:
                errs.append(f"{num}: duplicate trap ({t}, {name})")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{num}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, tok) for k in p["keys"] for tok in r.tokens):
                errs.append(f"{num}: trap person {name} not named in the text")
            if not sc.person_matches(name, sc.keys_for(name), name):
                errs.append(f"{num}: a careless claim naming {name} would not hit the trap")
            for c in r.claims:
                if c.get("type") != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name) or \
                        sc.person_matches(c["person"], p["keys"], name):
                    errs.append(f"{num}: trap ({t}, {name}) is matched by gold claim of {c['person']}")
    return errs


def check6(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        pub, _ = parse_date(r.published)
        by = {}
        for c in r.claims:
            by.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in r.claims:
            t = c.get("type")
            where = f"{num}: {t} {c.get('person') or c.get('count')}"
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{where}: fields {sorted(c)}")
                continue
            if t not in TYPES:
                errs.append(f"{where}: unknown type")
            if c["date"] is not None:
                d, _ = parse_date(c["date"])
                if d is None:
                    errs.append(f"{where}: bad date {c['date']}")
                elif pub and d > pub:
                    errs.append(f"{where}: date {c['date']} after publication")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not (
                        isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{where}: group_release needs null person, [] keys, positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{where}: person missing")
                if not c["surname_keys"] or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k)
                                                    for k in c["surname_keys"]):
                    errs.append(f"{where}: surname_keys must be lower-case Latin")
                if c["count"] is not None:
                    errs.append(f"{where}: count only on group_release")
            if t == "deported":
                if c["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{where}: destination {c['destination_country']} is not ISO alpha-2")
                if "released" not in by.get(c["person"], set()):
                    errs.append(f"{where}: deported without released")
            elif c["destination_country"] is not None:
                errs.append(f"{where}: destination only on deported")
            if t == "sentenced":
                if c["term_months"] is not None and not (isinstance(c["term_months"], int) and c["term_months"] > 0):
                    errs.append(f"{where}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{where}: term only on sentenced")
            if t == "pardoned" and "released" not in by.get(c["person"], set()):
                errs.append(f"{where}: pardoned without released")
        for m in r.traps:
            gold_types = by.get(m.get("person"), set())
            if m.get("type") == "released" and gold_types & {"released", "pardoned", "deported"}:
                errs.append(f"{num}: released trap on {m.get('person')} who has gold release-type claims")
            if m.get("type") in ("pardoned", "deported") and m.get("type") in gold_types:
                errs.append(f"{num}: {m.get('type')} trap on {m.get('person')} who has that gold type")
    return errs


def check7(sc, reports, spellings, folder):
    errs = []
    names = set(os.listdir(folder))
    for num in NUMBERS:
        for suffix in (".txt", ".gold.json"):
            if num + suffix not in names:
                errs.append(f"missing {num}{suffix}")
    for n in names:
        m = re.fullmatch(r"(\d+)\.(txt|gold\.json)", n)
        if (n.endswith(".txt") or n.endswith(".gold.json")) and not (m and m.group(1) in NUMBERS):
            errs.append(f"unexpected file {n}")
    for num, r in reports.items():
        d, n = parse_date(r.published)
        if d is None or n != 10 or not (FIRST_DATE <= d <= LAST_DATE):
            errs.append(f"{num}: line 1 {r.published!r} is not a date in range")
        if r.lang != lang_for(num):
            errs.append(f"{num}: line 2 {r.lang!r}, expected {lang_for(num)}")
        if len(r.lines) < 4 or r.lines[2].strip() != "":
            errs.append(f"{num}: line 3 is not blank")
        w = len(r.tokens)
        if not (MIN_WORDS <= w <= MAX_WORDS):
            errs.append(f"{num}: {w} words")
    return errs


def check8(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        body = r.text
        if r.lang == "be":
            if re.search("[иИщЩъЪ]", body):
                errs.append(f"{num}: Belarusian text contains и/щ/ъ")
            if not re.search("[ўЎ]", body) or not re.search("[іІ]", body):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif r.lang == "ru":
            if re.search("[ўЎіІ]", body):
                errs.append(f"{num}: Russian text contains ў/і")
        elif r.lang == "en":
            if re.search("[\u0400-\u04ff]", body):
                errs.append(f"{num}: English text contains Cyrillic")
    types = Counter(c.get("type") for r in reports.values() for c in r.claims)
    kinds = Counter(m.get("kind") for r in reports.values() for m in r.traps)
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} never used")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} never used")
    n_claims, n_traps = sum(types.values()), sum(kinds.values())
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not (TRAP_SHARE[0] <= share <= TRAP_SHARE[1]):
        errs.append(f"trap share {share:.3f} outside {TRAP_SHARE}")
    return errs


# ---------------------------------------------------------------- oracle

def find_report(folder, text):
    for num in NUMBERS:
        p = os.path.join(folder, num + ".txt")
        if not os.path.exists(p):
            continue
        body = "\n".join(open(p, encoding="utf-8").read().split("\n")[3:])
        if body == text or body.strip() == text.strip():
            return num
    return None


def evidence(text, claim, sc):
    keys = claim.get("surname_keys") or []
    for m in TOKEN_RE.finditer(text):
        if any(sc.key_matches_token(k, m.group(0)) for k in keys):
            return {"start": m.start(), "end": m.end(), "text": m.group(0)}
    if claim.get("count") is not None:
        i = text.find(str(claim["count"]))
        if i >= 0:
            return {"start": i, "end": i + len(str(claim["count"])), "text": str(claim["count"])}
    return {"start": 0, "end": 0, "text": ""}


def as_prediction(text, claim, sc):
    name = claim.get("person")
    return {"type": claim["type"],
            "person": None if name is None else {"name": name, "mention": name, "person_id": None},
            "date": claim.get("date"), "date_precision": precision_of(claim.get("date")),
            "destination_country": claim.get("destination_country"),
            "term_months": claim.get("term_months"), "count": claim.get("count"),
            "confidence": 1.0, "evidence": evidence(text, claim, sc)}


def oracle(folder, path, published, lang, careless=False):
    sc = load_scorer()
    text = open(path, encoding="utf-8").read()
    num = find_report(folder, text)
    if num is None:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 1
    gold = json.load(open(os.path.join(folder, num + ".gold.json"), encoding="utf-8"))
    claims = [as_prediction(text, c, sc) for c in gold["claims"]]
    if careless:
        for m in gold.get("must_not", []):
            fake = {"type": m["type"], "person": m["person"], "surname_keys": sc.keys_for(m["person"]),
                    "date": None, "destination_country": None, "term_months": None, "count": None}
            claims.append(as_prediction(text, fake, sc))
    print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- stats

def stats(reports, spellings):
    types = Counter(c["type"] for r in reports.values() for c in r.claims)
    kinds = Counter(m["kind"] for r in reports.values() for m in r.traps)
    words = {n: len(r.tokens) for n, r in reports.items()}
    dates = sorted(r.published for r in reports.values())
    n_c, n_t = sum(types.values()), sum(kinds.values())
    people = sum(len(people_of(spellings, n)) for n in reports)
    print(f"reports {len(reports)} (en {sum(r.lang == 'en' for r in reports.values())}, "
          f"ru {sum(r.lang == 'ru' for r in reports.values())}, be {sum(r.lang == 'be' for r in reports.values())})")
    print(f"dates {dates[0]} .. {dates[-1]}; by year "
          + ", ".join(f"{y}: {c}" for y, c in sorted(Counter(d[:4] for d in dates).items())))
    print(f"words {sum(words.values())} (min {min(words.values())}, max {max(words.values())})")
    print(f"gold claims {n_c}; traps {n_t}; trap share {n_t / (n_c + n_t):.3f}; people listed {people}")
    print("claims by type: " + ", ".join(f"{t} {types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("dated claims: " + str(sum(1 for r in reports.values() for c in r.claims if c["date"])))
    for n, r in reports.items():
        print(f"  {n} {r.published} {r.lang} words={words[n]} claims={len(r.claims)} traps={len(r.traps)} "
              f"people={len(people_of(spellings, n))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    folder = os.path.abspath(args.dir)
    if args.oracle or args.careless:
        return oracle(folder, args.oracle or args.careless, args.published, args.lang, bool(args.careless))
    sc = load_scorer()
    try:
        reports, spellings = load(folder)
    except Exception as exc:  # unreadable set: every check fails
        print(f"FAILED cannot load the set: {exc}")
        return 1
    checks = [
        ("1 gold people are in the text", lambda: check1(sc, reports, spellings)),
        ("2 keys fit", lambda: check2(sc, reports, spellings)),
        ("3 spellings are complete", lambda: check3(sc, reports, spellings)),
        ("4 perfect oracle score", lambda: check4(sc, reports, spellings, folder)),
        ("5 traps are sound", lambda: check5(sc, reports, spellings)),
        ("6 fields and logic", lambda: check6(sc, reports, spellings)),
        ("7 headers and size", lambda: check7(sc, reports, spellings, folder)),
        ("8 scripts and coverage", lambda: check8(sc, reports, spellings)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:
            errs = [f"check crashed: {exc!r}"]
        if errs:
            failed += 1
            print(f"FAILED {label}")
            for e in errs[:25]:
                print(f"    {e}")
            if len(errs) > 25:
                print(f"    ... {len(errs) - 25} more")
        else:
            print(f"ok     {label}")
    if args.stats:
        stats(reports, spellings)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
