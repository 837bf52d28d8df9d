#!/usr/bin/env python3
"""Checks for the heldout141 extraction set (students, lecturers and school teachers prosecuted).

Usage:
  python3 verify.py [--dir DIR] [--stats]
      run the eight checks on DIR (default: the folder of this file); prints ok/FAILED per
      check and ALL CHECKS PASSED when all eight hold (exit status 0 only then).
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
      print the gold of the report whose text is FILE as `volia extract` output, so that
      score_claims.py can be run with this command as the extractor.

The scorer's functions (fold, key_matches_token, person_matches, keys_for, score) are imported
from score_claims.py in $VOLIA_SCORER_DIR, or else from ../../../../../shared/tools relative to
this file. Standard library only.
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
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ\-][^\W_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    path = os.path.join(d, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def lang_for(nn):
    n = int(nn)
    return "en" if n <= 14 else "ru" if n <= 24 else "be"


def tokens(text):
    """Runs of letters, possibly with an inner apostrophe or hyphen; English 's stripped."""
    return [re.sub(r"['’]s$", "", t) for t in TOKEN_RE.findall(text)]


def read_report(d, nn):
    raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def parse_date(s):
    """Return (first_day, last_day) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            y = int(s)
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            first = datetime.date(y, m, 1)
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            x = datetime.date.fromisoformat(s)
            return x, x
    except ValueError:
        return None
    return None


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), None)


class Data:
    def __init__(self, d):
        self.dir = d
        self.raw, self.body, self.gold, self.tokens = {}, {}, {}, {}
        self.load_errors = []
        for nn in NUMBERS:
            try:
                self.raw[nn], self.body[nn] = read_report(d, nn)
                self.tokens[nn] = tokens(self.body[nn])
            except OSError as e:
                self.load_errors.append(f"{nn}.txt: {e}")
            try:
                self.gold[nn] = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
            except (OSError, ValueError) as e:
                self.load_errors.append(f"{nn}.gold.json: {e}")
        try:
            self.spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.spell = {}
            self.load_errors.append(f"spellings.json: {e}")

    def people(self, nn):
        return {p["name"]: p for p in self.spell.get(nn, [])}

    def claims(self, nn):
        return self.gold.get(nn, {}).get("claims", [])

    def traps(self, nn):
        return self.gold.get(nn, {}).get("must_not", [])


# ---------------------------------------------------------------- checks

def check_people_in_text(D, sc):
    errs = []
    for nn in NUMBERS:
        toks = D.tokens.get(nn, [])
        for c in D.claims(nn):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{nn}: no token of the text matches the keys {keys} of {name}")
            if not sc.person_matches(name or "", keys, name or ""):
                errs.append(f"{nn}: person_matches rejects the gold name {name} with its own keys")
    return errs


def check_keys_fit(D, sc):
    errs = []
    for nn in NUMBERS:
        people = D.people(nn)
        caps = sorted({t for t in D.tokens.get(nn, []) if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{nn}: {name} has no keys")
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{nn}: keys of {name} do not match the listed spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in caps:
                if t in allowed:
                    continue
                hit = [k for k in keys if sc.key_matches_token(k, t)]
                if hit:
                    errs.append(f"{nn}: key {hit[0]} of {name} also matches the token {t}")
            for r in p.get("relatives", []):
                q = people.get(r)
                if q is None:
                    errs.append(f"{nn}: relative {r} of {name} is not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{nn}: relative link {name} -> {r} is not mirrored")
                if sc.person_matches(name, q.get("keys") or [], r):
                    errs.append(f"{nn}: person_matches takes {name} for the relative {r}")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{nn}: person_matches takes {r} for the relative {name}")
        for c in D.claims(nn):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{nn}: gold person {c.get('person')} is not in spellings.json")
            elif c.get("surname_keys") != p.get("keys"):
                errs.append(f"{nn}: surname_keys of {c.get('person')} differ from spellings.json")
    return errs


def check_spellings_complete(D, sc):
    errs = []

    def pre(t):
        return re.sub(r"[^a-z]", "", sc.fold(t))[:4]

    if sorted(D.spell) != NUMBERS:
        errs.append("spellings.json must have exactly the keys 01..30")
    for nn in NUMBERS:
        toks = set(D.tokens.get(nn, []))
        listed = set()
        for p in D.spell.get(nn, []):
            for field in ("name", "surnames", "given", "keys", "relatives"):
                if field not in p:
                    errs.append(f"{nn}: {p.get('name')} lacks the field {field}")
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in toks:
                    errs.append(f"{nn}: listed spelling {s} of {p.get('name')} is not a token of the text")
            if not p.get("surnames"):
                errs.append(f"{nn}: {p.get('name')} has no surname spelling")
        prefixes = {pre(s) for p in D.spell.get(nn, []) for s in p.get("surnames", []) if len(pre(s)) == 4}
        for t in sorted(toks):
            if t[:1].isupper() and pre(t) in prefixes and t not in listed:
                errs.append(f"{nn}: token {t} shares a 4-letter prefix with a listed surname but is not listed")
    return errs


def check_oracle(D, sc):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(D.dir)} --oracle"
    if " " in os.path.abspath(D.dir) or " " in os.path.abspath(__file__):
        return ["paths with spaces cannot be passed to score_claims.py --cmd"]
    res = sc.score(D.dir, cmd, 120)
    if res["articles"] != 30:
        errs.append(f"scorer saw {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"oracle {k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    want = Counter()
    for nn in NUMBERS:
        for c in D.claims(nn):
            want["date"] += bool(c.get("date"))
            want["dest"] += bool(c.get("destination_country"))
            want["term"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != want[k] or a.get(f"{k}_total", 0) != want[k]:
            errs.append(f"oracle {k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}, expected {want[k]}/{want[k]}")
    errs.extend(res["details"][:20])
    return errs


def check_traps(D, sc):
    errs = []
    for nn in NUMBERS:
        people = D.people(nn)
        toks = D.tokens.get(nn, [])
        seen = set()
        for m in D.traps(nn):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{nn}: trap fields {sorted(m)}")
            typ, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if typ not in TYPES or typ == "group_release":
                errs.append(f"{nn}: trap type {typ}")
            if kind not in KINDS:
                errs.append(f"{nn}: trap kind {kind}")
            if not isinstance(why, str) or not why.strip():
                errs.append(f"{nn}: trap on {name} has no why")
            if (typ, name) in seen:
                errs.append(f"{nn}: trap ({typ}, {name}) appears twice")
            seen.add((typ, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{nn}: trap person {name} is not listed in spellings.json")
                continue
            if not any(sc.key_matches_token(k, t) for k in p["keys"] for t in toks):
                errs.append(f"{nn}: trap person {name} is not named in the text")
            for c in D.claims(nn):
                if c.get("type") != typ or not c.get("person"):
                    continue
                for keys in (sc.keys_for(name), p["keys"]):
                    if sc.person_matches(c["person"], keys, name):
                        errs.append(f"{nn}: gold {typ} {c['person']} is matched by the trap on {name} (keys {keys})")
    return errs


def check_fields(D, sc):
    errs = []
    for nn in NUMBERS:
        people = D.people(nn)
        g = D.gold.get(nn, {})
        if set(g) != {"claims", "must_not"}:
            errs.append(f"{nn}: gold top-level keys {sorted(g)}")
        pub = parse_date(D.raw.get(nn, [""])[0].strip())
        claims = D.claims(nn)
        for c in claims:
            where = f"{nn}: {c.get('type')} {c.get('person') or c.get('count')}"
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{where}: fields {sorted(c)}")
                continue
            typ = c["type"]
            if typ not in TYPES:
                errs.append(f"{where}: unknown type")
            if c["date"] is not None:
                span = parse_date(c["date"])
                if span is None:
                    errs.append(f"{where}: invalid date {c['date']}")
                elif pub and span[0] > pub[0]:
                    errs.append(f"{where}: date {c['date']} after publication")
            if typ == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{where}: group_release needs a null person and [] keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{where}: group_release needs a positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{where}: person missing")
                if not isinstance(c["surname_keys"], list) or not c["surname_keys"] or \
                        any(not isinstance(k, str) or k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    errs.append(f"{where}: surname_keys must be lower-case folded Latin")
                if c["count"] is not None:
                    errs.append(f"{where}: count only on group_release")
            if typ == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{where}: destination {c['destination_country']} is not ISO alpha-2")
            elif c["destination_country"] is not None:
                errs.append(f"{where}: destination_country only on deported")
            if typ == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{where}: bad term_months {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{where}: term_months only on sentenced")
            if typ in ("deported", "pardoned"):
                if not any(o.get("type") == "released" and o.get("person") == c["person"] for o in claims):
                    errs.append(f"{where}: {typ} without a released claim for the same person")
        for m in D.traps(nn):
            name = m.get("person")
            keys = people.get(name, {}).get("keys") or sc.keys_for(name or "")
            if m.get("type") == "released":
                excl = ("released", "pardoned", "deported")
            elif m.get("type") in ("pardoned", "deported"):
                excl = (m.get("type"),)
            else:
                continue
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == name or sc.person_matches(c["person"], keys, name)):
                    errs.append(f"{nn}: {m['type']} trap on {name} but gold {c['type']} for {c['person']}")
    return errs


def check_headers(D, sc):
    errs = list(D.load_errors)
    present = sorted(f for f in os.listdir(D.dir) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        errs.append(f"report files present differ from 01..30: extra {sorted(set(present) - set(expected))}, "
                    f"missing {sorted(set(expected) - set(present))}")
    for nn in NUMBERS:
        raw = D.raw.get(nn)
        if raw is None:
            continue
        span = parse_date(raw[0].strip()) if raw else None
        if raw[0] != raw[0].strip() or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0]) or span is None \
                or not (MIN_PUB <= span[0] <= MAX_PUB):
            errs.append(f"{nn}: line 1 is not a date in {MIN_PUB}..{MAX_PUB}: {raw[0]!r}")
        if len(raw) < 4 or raw[1] != lang_for(nn):
            errs.append(f"{nn}: line 2 should be {lang_for(nn)}")
        if len(raw) < 4 or raw[2] != "":
            errs.append(f"{nn}: line 3 should be blank")
        words = len(WORD_RE.findall(D.body[nn]))
        if not 150 <= words <= 550:
            errs.append(f"{nn}: {words} words, expected 150..550")
    return errs


def check_scripts(D, sc):
    errs = []
    for nn in NUMBERS:
        body = D.body.get(nn, "")
        lang = lang_for(nn)
        if lang == "be":
            bad = sorted(set(re.findall(r"[ищъИЩЪ]", body)))
            if bad:
                errs.append(f"{nn}: Belarusian text contains {''.join(bad)}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                errs.append(f"{nn}: Russian text contains ў or і")
        elif CYRILLIC_RE.search(body):
            errs.append(f"{nn}: English text contains Cyrillic")
    types = Counter(c.get("type") for nn in NUMBERS for c in D.claims(nn))
    kinds = Counter(m.get("kind") for nn in NUMBERS for m in D.traps(nn))
    for t in TYPES:
        if not types[t]:
            errs.append(f"no gold claim of type {t}")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"no trap of kind {k}")
    n_claims, n_traps = sum(types.values()), sum(kinds.values())
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25..0.30 ({n_traps} traps, {n_claims} claims)")
    return errs


CHECKS = [
    ("1. gold people are in the text", check_people_in_text),
    ("2. keys fit", check_keys_fit),
    ("3. spellings are complete", check_spellings_complete),
    ("4. perfect oracle score", check_oracle),
    ("5. traps are sound", check_traps),
    ("6. fields and logic", check_fields),
    ("7. headers and size", check_headers),
    ("8. scripts and coverage", check_scripts),
]


def stats(D):
    types = Counter(c.get("type") for nn in NUMBERS for c in D.claims(nn))
    kinds = Counter(m.get("kind") for nn in NUMBERS for m in D.traps(nn))
    total_words = 0
    print("report  lang  published   words  claims  traps")
    for nn in NUMBERS:
        if nn not in D.raw:
            continue
        w = len(WORD_RE.findall(D.body[nn]))
        total_words += w
        print(f"{nn:6}  {lang_for(nn):4}  {D.raw[nn][0]:10}  {w:5}  {len(D.claims(nn)):6}  {len(D.traps(nn)):5}")
    n_c, n_t = sum(types.values()), sum(kinds.values())
    print(f"total words {total_words}, claims {n_c}, traps {n_t}, trap share {n_t / max(n_c + n_t, 1):.3f}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")


def oracle(d, path):
    text = open(path, encoding="utf-8").read()
    for nn in NUMBERS:
        try:
            raw, body = read_report(d, nn)
        except OSError:
            continue
        if body == text or body.strip() == text.strip():
            gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None if c["person"] is None else {"name": c["person"], "mention": c["person"],
                                                            "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            return {"published": raw[0].strip(), "language": raw[1].strip(), "claims": claims}
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        out = oracle(args.dir, args.oracle)
        if out is None:
            print("no report of this set has that text", file=sys.stderr)
            return 2
        print(json.dumps(out, ensure_ascii=False))
        return 0
    sc = load_scorer()
    D = Data(args.dir)
    failed = 0
    for title, fn in CHECKS:
        try:
            errs = fn(D, sc)
        except Exception as e:  # a malformed file must fail the check, not crash the run
            errs = [f"check crashed: {type(e).__name__}: {e}"]
        print(f"{'ok' if not errs else 'FAILED'}  {title}")
        for e in errs[:25]:
            print(f"    {e}")
        if len(errs) > 25:
            print(f"    ... {len(errs) - 25} more")
        failed += bool(errs)
    if args.stats:
        stats(D)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
