#!/usr/bin/env python3
"""Check the heldout115 evaluation set (health in custody) for internal consistency.

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published YYYY-MM-DD --lang en|ru|be

Without --oracle it runs checks 1-8 (see README.md) and prints ALL CHECKS PASSED only when
every check holds. With --oracle it prints, as `volia extract` output JSON, the gold claims of
the report in DIR whose body (everything after the three header lines) equals FILE, so that
the scorer can run this script as its extraction command.

Standard library only. The scorer is imported from $VOLIA_SCORER_DIR or, by default, from
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess  # noqa: F401  (the scorer runs the oracle through subprocess)
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
FIRST_DAY, LAST_DAY = dt.date(2021, 1, 1), dt.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


# ---------------------------------------------------------------- loading

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return {"published": raw[0].strip(), "lang": raw[1].strip(), "blank": raw[2] if len(raw) > 2 else None,
            "body": "\n".join(raw[3:])}


def tokens(body, lang):
    out = []
    for t in TOKEN_RE.findall(body):
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def folded4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return None
    parts = [int(x) for x in s.split("-")]
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None


def load(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.fullmatch(r"(\d\d)\.txt", name)
        if m:
            reports[m.group(1)] = read_report(os.path.join(d, name))
    golds = {}
    for name in sorted(os.listdir(d)):
        m = re.fullmatch(r"(\d\d)\.gold\.json", name)
        if m:
            golds[m.group(1)] = json.load(open(os.path.join(d, name), encoding="utf-8"))
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, golds, spellings


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, golds, _ = load(d)
    for n, r in reports.items():
        if r["body"] == text:
            if (published and published != r["published"]) or (lang and lang != r["lang"]):
                print(f"oracle: header mismatch for {n}", file=sys.stderr)
                return 2
            claims = []
            for g in golds.get(n, {}).get("claims", []):
                date = g.get("date")
                prec = {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None
                person = None
                if g.get("person"):
                    person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": r["published"], "language": r["lang"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("oracle: no report with this body", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

class Checker:
    def __init__(self, d):
        self.d = os.path.abspath(d)
        self.fail = []
        self.reports, self.golds, self.spellings = load(self.d)

    def err(self, check, msg):
        line = f"FAIL [check {check}] {msg}"
        if line not in self.fail:
            self.fail.append(line)

    def people(self, n):
        return {p["name"]: p for p in self.spellings.get(n, [])}

    # 1. gold persons are in the text and accept their own name
    def check1(self):
        for n, g in self.golds.items():
            r = self.reports.get(n)
            if not r:
                continue
            toks = tokens(r["body"], r["lang"])
            for c in g.get("claims", []):
                p, keys = c.get("person"), c.get("surname_keys") or []
                if not p:
                    continue
                if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                    self.err(1, f"{n}: no token of the report matches the keys {keys} of {p}")
                if not sc.person_matches(p, keys, p):
                    self.err(1, f"{n}: person_matches rejects {p} with its own keys {keys}")

    # 2. keys against spellings, other words, gold keys and relatives
    def check2(self):
        for n, r in self.reports.items():
            people = self.people(n)
            toks = tokens(r["body"], r["lang"])
            caps = sorted({t for t in toks if t[:1].isupper()})
            for name, p in people.items():
                keys = p.get("keys") or []
                if not keys:
                    self.err(2, f"{n}: {name} has no keys")
                for s in p.get("surnames", []):
                    if not any(sc.key_matches_token(k, s) for k in keys):
                        self.err(2, f"{n}: keys {keys} of {name} miss the spelling {s}")
                allowed = set(p.get("surnames", []))
                for rel in p.get("relatives", []):
                    allowed |= set(people.get(rel, {}).get("surnames", []))
                for t in caps:
                    if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                        self.err(2, f"{n}: keys {keys} of {name} also match the word '{t}'")
                for rel in p.get("relatives", []):
                    q = people.get(rel)
                    if not q:
                        self.err(2, f"{n}: relative {rel} of {name} is not listed")
                        continue
                    if name not in q.get("relatives", []):
                        self.err(2, f"{n}: {rel} does not list {name} back as a relative")
                    if sc.person_matches(rel, keys, name):
                        self.err(2, f"{n}: person_matches accepts relative {rel} as {name}")
                    if sc.person_matches(name, q.get("keys") or [], rel):
                        self.err(2, f"{n}: person_matches accepts {name} as relative {rel}")
            g = self.golds.get(n, {})
            for c in g.get("claims", []):
                if c.get("person"):
                    if c["person"] not in people:
                        self.err(2, f"{n}: gold person {c['person']} missing from spellings.json")
                    elif c.get("surname_keys") != people[c["person"]].get("keys"):
                        self.err(2, f"{n}: keys of {c['person']} differ between gold and spellings.json")
            for m in g.get("must_not", []):
                if m.get("person") not in people:
                    self.err(2, f"{n}: trap person {m.get('person')} missing from spellings.json")

    # 3. listed spellings occur; look-alike capitalised words are listed
    def check3(self):
        for n, r in self.reports.items():
            people = self.people(n)
            toks = tokens(r["body"], r["lang"])
            tokset = set(toks)
            listed_sur, listed_all = set(), set()
            for name, p in people.items():
                for s in p.get("surnames", []) + p.get("given", []):
                    listed_all.add(s)
                    if s not in tokset:
                        self.err(3, f"{n}: spelling '{s}' of {name} does not occur in the text")
                listed_sur |= set(p.get("surnames", []))
            prefixes = {folded4(s) for s in listed_sur}
            for t in sorted({t for t in toks if t[:1].isupper()}):
                if folded4(t) in prefixes and t not in listed_all:
                    self.err(3, f"{n}: '{t}' shares a 4-letter prefix with a listed surname but is not listed")

    # 4. the gold, as extractor output, scores perfectly
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {self.d} --oracle"
        res = sc.score(self.d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            self.err(4, "oracle does not score P=R=F1=1.0 with 0 violations/errors over 30 articles "
                        f"and all attributes right: P={res['precision']} R={res['recall']} "
                        f"F1={res['f1']} violations={res['violations']} errors={res['errors']} "
                        f"articles={res['articles']} attributes={a}")
            for line in res["details"][:20]:
                self.fail.append("    " + line)

    # 5. traps
    def check5(self):
        for n, g in self.golds.items():
            r = self.reports.get(n)
            if not r:
                continue
            people = self.people(n)
            toks = tokens(r["body"], r["lang"])
            seen = set()
            for m in g.get("must_not", []):
                t, p, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
                if set(m) != TRAP_FIELDS:
                    self.err(5, f"{n}: trap fields {sorted(m)} are not {sorted(TRAP_FIELDS)}")
                if t not in TYPES or t == "group_release":
                    self.err(5, f"{n}: trap type {t!r} is invalid")
                if kind not in KINDS:
                    self.err(5, f"{n}: trap kind {kind!r} is invalid")
                if not isinstance(why, str) or not why.strip():
                    self.err(5, f"{n}: trap on {p} has no 'why'")
                if not p:
                    self.err(5, f"{n}: trap without a person")
                    continue
                if (t, p) in seen:
                    self.err(5, f"{n}: trap ({t}, {p}) listed twice")
                seen.add((t, p))
                own = (people.get(p) or {}).get("keys") or []
                if not any(sc.key_matches_token(k, tok) for k in sc.keys_for(p) for tok in toks):
                    self.err(5, f"{n}: trap person {p} is not named in the text (keys_for)")
                if own and not any(sc.key_matches_token(k, tok) for k in own for tok in toks):
                    self.err(5, f"{n}: trap person {p} is not named in the text (own keys)")
                for c in g.get("claims", []):
                    if c.get("type") != t or not c.get("person"):
                        continue
                    if sc.person_matches(c["person"], sc.keys_for(p), p):
                        self.err(5, f"{n}: trap ({t}, {p}) is matched by gold claim of {c['person']} (keys_for)")
                    if own and sc.person_matches(c["person"], own, p):
                        self.err(5, f"{n}: trap ({t}, {p}) is matched by gold claim of {c['person']} (own keys)")

    # 6. claim fields and dates
    def check6(self):
        for n, g in self.golds.items():
            r = self.reports.get(n)
            pub = parse_date(r["published"]) if r else None
            claims = g.get("claims", [])
            by_person = {}
            for c in claims:
                by_person.setdefault(c.get("person"), set()).add(c.get("type"))
            for c in claims:
                t, p = c.get("type"), c.get("person")
                if set(c) != CLAIM_FIELDS:
                    self.err(6, f"{n}: claim fields {sorted(c)} are not {sorted(CLAIM_FIELDS)}")
                if t not in TYPES:
                    self.err(6, f"{n}: claim type {t!r} is invalid")
                d = c.get("date")
                if d is not None:
                    pd = parse_date(d)
                    if pd is None:
                        self.err(6, f"{n}: invalid date {d!r} on {t} {p}")
                    elif pub and d > r["published"][:len(d)]:
                        self.err(6, f"{n}: date {d} of {t} {p} is after publication {r['published']}")
                if t == "group_release":
                    if p is not None or c.get("surname_keys"):
                        self.err(6, f"{n}: group_release must have a null person and no keys")
                    if not isinstance(c.get("count"), int) or c["count"] <= 0:
                        self.err(6, f"{n}: group_release needs a positive count")
                else:
                    if not p or not c.get("surname_keys"):
                        self.err(6, f"{n}: {t} claim needs a person and keys")
                    if c.get("count") is not None:
                        self.err(6, f"{n}: count on a {t} claim")
                if t == "deported":
                    if c.get("destination_country") not in ISO2:
                        self.err(6, f"{n}: deported {p} needs an ISO alpha-2 country")
                    if "released" not in by_person.get(p, set()):
                        self.err(6, f"{n}: deported {p} without released")
                elif c.get("destination_country") is not None:
                    self.err(6, f"{n}: destination_country on a {t} claim")
                if t == "sentenced":
                    tm = c.get("term_months")
                    if tm is not None and (not isinstance(tm, int) or tm <= 0):
                        self.err(6, f"{n}: bad term_months {tm!r} on {p}")
                elif c.get("term_months") is not None:
                    self.err(6, f"{n}: term_months on a {t} claim")
                if t == "pardoned" and "released" not in by_person.get(p, set()):
                    self.err(6, f"{n}: pardoned {p} without released")
            for m in g.get("must_not", []):
                excl = {"released": {"released", "pardoned", "deported"},
                        "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"))
                if not excl:
                    continue
                for c in claims:
                    if c.get("type") in excl and c.get("person") and (
                            c["person"] == m.get("person")
                            or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])):
                        self.err(6, f"{n}: {m['type']} trap on {m['person']} but gold has {c['type']} for {c['person']}")

    # 7. headers, lengths, split, dates
    def check7(self):
        expected = [f"{i:02d}" for i in range(1, 31)]
        if sorted(self.reports) != expected:
            self.err(7, f"reports are {sorted(self.reports)}, expected 01..30")
        if sorted(self.golds) != expected:
            self.err(7, f"gold files are {sorted(self.golds)}, expected 01..30")
        for n, r in self.reports.items():
            d = parse_date(r["published"])
            if d is None or len(r["published"]) != 10:
                self.err(7, f"{n}: bad publication date {r['published']!r}")
            elif not FIRST_DAY <= d <= LAST_DAY:
                self.err(7, f"{n}: publication date {d} outside {FIRST_DAY} .. {LAST_DAY}")
            want = next((lang for lang, rng in SPLIT.items() if int(n) in rng), None)
            if r["lang"] != want:
                self.err(7, f"{n}: language {r['lang']!r}, expected {want!r}")
            if r["blank"] != "":
                self.err(7, f"{n}: line 3 is not blank")
            words = len(r["body"].split())
            if not 150 <= words <= 550:
                self.err(7, f"{n}: {words} words, outside 150..550")
            g = self.golds.get(n)
            if g and (g.get("published") != r["published"] or g.get("language") != r["lang"]):
                self.err(7, f"{n}: gold header differs from the report header")

    # 8. scripts, coverage, trap share
    def check8(self):
        for n, r in self.reports.items():
            b = r["body"]
            if r["lang"] == "be":
                if re.search(r"[ищъИЩЪ]", b):
                    self.err(8, f"{n}: Belarusian text contains и/щ/ъ")
                if not re.search(r"[ўЎ]", b) or not re.search(r"[іІ]", b):
                    self.err(8, f"{n}: Belarusian text lacks ў or і")
            elif r["lang"] == "ru":
                if re.search(r"[ўЎіІ]", b):
                    self.err(8, f"{n}: Russian text contains ў/і")
            elif r["lang"] == "en":
                if CYRILLIC_RE.search(b):
                    self.err(8, f"{n}: English text contains Cyrillic")
        types = {c["type"] for g in self.golds.values() for c in g.get("claims", [])}
        kinds = {m.get("kind") for g in self.golds.values() for m in g.get("must_not", [])}
        for t in TYPES:
            if t not in types:
                self.err(8, f"event type {t} is not covered")
        for k in KINDS:
            if k not in kinds:
                self.err(8, f"trap kind {k} is not covered")
        nc, nt = self.counts()
        share = nt / (nc + nt) if nc + nt else 0
        if not 0.25 <= share <= 0.30:
            self.err(8, f"trap share {share:.3f} outside 0.25..0.30")

    def counts(self):
        nc = sum(len(g.get("claims", [])) for g in self.golds.values())
        nt = sum(len(g.get("must_not", [])) for g in self.golds.values())
        return nc, nt

    def run(self):
        for i, f in enumerate([self.check1, self.check2, self.check3, self.check4,
                               self.check5, self.check6, self.check7, self.check8], 1):
            try:
                f()
            except Exception as e:  # a broken file must fail the check, not crash the run
                self.err(i, f"crashed: {type(e).__name__}: {e}")
        return self.fail

    def stats(self):
        from collections import Counter
        words = Counter()
        for r in self.reports.values():
            words[r["lang"]] += len(r["body"].split())
        by_type = Counter(c["type"] for g in self.golds.values() for c in g.get("claims", []))
        by_kind = Counter(m.get("kind") for g in self.golds.values() for m in g.get("must_not", []))
        nc, nt = self.counts()
        langs = Counter(r["lang"] for r in self.reports.values())
        print(f"reports: {len(self.reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
        print(f"words: {sum(words.values())} ({', '.join(f'{k} {v}' for k, v in sorted(words.items()))})")
        print(f"claims: {nc}")
        for t in TYPES:
            print(f"  {t:26} {by_type.get(t, 0)}")
        print(f"traps: {nt}")
        for k in KINDS:
            print(f"  {k:26} {by_kind.get(k, 0)}")
        print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    ch = Checker(args.dir)
    if args.stats:
        ch.stats()
    fails = ch.run()
    for line in fails:
        print(line)
    if fails:
        print(f"{sum(1 for f in fails if f.startswith('FAIL'))} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
