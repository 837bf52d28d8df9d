#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout114 (defence lawyers).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG

The first form runs every check (see README.md, "What verify.py checks") and prints
ALL CHECKS PASSED when none fails. The second form is the oracle: it finds the report in DIR
whose body equals the text of FILE and prints its gold claims as extractor output, so that the
shared scorer can run it as a command.

Standard library only. The scorer is imported from $VOLIA_SCORER_DIR or from
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
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
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text):
    """Word tokens: letter runs (apostrophes, hyphens, digits and punctuation split them)."""
    return re.findall(r"[^\W\d_]+", text)


def letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def load(d):
    reports = {}
    for fname in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", fname)
        if not m:
            continue
        nn = m.group(1)
        pub, lang, blank, body = read_report(os.path.join(d, fname))
        gpath = os.path.join(d, nn + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[nn] = {"pub": pub, "lang": lang, "blank": blank, "body": body, "gold": gold}
    spath = os.path.join(d, "spellings.json")
    spell = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    return reports, spell


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def oracle(d, path, published, lang):
    reports, _ = load(d)
    text = open(path, encoding="utf-8").read()
    hit = [nn for nn, r in reports.items() if r["body"] == text]
    if not hit:
        hit = [nn for nn, r in reports.items() if r["body"].strip() == text.strip()]
    if len(hit) != 1:
        print(f"oracle: {len(hit)} reports match {path}", file=sys.stderr)
        return 2
    gold = reports[hit[0]]["gold"]
    claims = []
    for c in gold["claims"]:
        person = None
        if c.get("person"):
            person = {"name": c["person"], "mention": c["person"], "person_id": None}
        claims.append({"type": c["type"], "person": person, "date": c.get("date"),
                       "date_precision": precision_of(c.get("date")),
                       "destination_country": c.get("destination_country"),
                       "term_months": c.get("term_months"), "count": c.get("count"),
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False))
    return 0


class Checker:
    def __init__(self, d):
        self.d = d
        self.fails = []

    def fail(self, check, msg):
        self.fails.append((check, msg))

    def run(self):
        reports, spell = load(self.d)
        self.reports, self.spell = reports, spell
        self.check7(reports)
        ok_reports = {nn: r for nn, r in reports.items() if r["gold"] is not None}
        for nn, r in sorted(ok_reports.items()):
            people = {p["person"]: p for p in spell.get(nn, [])}
            if nn not in spell:
                self.fail(2, f"{nn}: no entry in spellings.json")
            toks = tokens(r["body"])
            self.check1(nn, r, people, toks)
            self.check2(nn, r, people, toks)
            self.check3(nn, r, people, toks)
            self.check5(nn, r, people, toks)
            self.check6(nn, r, people)
        self.check8(ok_reports)
        self.check4()
        return self.fails

    # 1. gold persons are named in the report and their keys accept the gold name
    def check1(self, nn, r, people, toks):
        for c in r["gold"]["claims"]:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.person_matches(t, keys) for t in toks):
                self.fail(1, f"{nn}: no token of the report matches {c['person']} with keys {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                self.fail(1, f"{nn}: person_matches rejects {c['person']} with its own keys {keys}")

    # 2. keys match the person's spellings and nothing else capitalised except a relative's forms
    def check2(self, nn, r, people, toks):
        caps = sorted({t for t in toks if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                self.fail(2, f"{nn}: {name} has no keys")
                continue
            for s in p.get("surname_spellings", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    self.fail(2, f"{nn}: keys {keys} of {name} do not match spelling {s}")
            allowed = set(p.get("surname_spellings", []))
            for rel in p.get("relatives", []):
                if rel in people:
                    allowed |= set(people[rel].get("surname_spellings", []))
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    self.fail(2, f"{nn}: keys {keys} of {name} also match unrelated word {t}")
            for rel in p.get("relatives", []):
                if rel not in people:
                    self.fail(2, f"{nn}: relative {rel} of {name} not listed")
                    continue
                if name not in people[rel].get("relatives", []):
                    self.fail(2, f"{nn}: {rel} does not link back to relative {name}")
                if sc.person_matches(name, people[rel]["keys"], rel):
                    self.fail(2, f"{nn}: {name} is matched as relative {rel}")
                if sc.person_matches(rel, keys, name):
                    self.fail(2, f"{nn}: relative {rel} is matched as {name}")
        for c in r["gold"]["claims"]:
            if not c.get("person"):
                continue
            if c["person"] not in people:
                self.fail(2, f"{nn}: gold person {c['person']} missing from spellings.json")
            elif list(c.get("surname_keys") or []) != list(people[c["person"]]["keys"]):
                self.fail(2, f"{nn}: gold keys of {c['person']} differ from spellings.json")

    # 3. spellings occur in the text; near-spellings of a surname are listed
    def check3(self, nn, r, people, toks):
        tokset = set(toks)
        listed, surnames = set(), set()
        for name, p in people.items():
            for s in p.get("surname_spellings", []) + p.get("given_spellings", []):
                listed.add(s)
                if s not in tokset:
                    self.fail(3, f"{nn}: spelling {s} of {name} does not occur in the text")
            surnames |= set(p.get("surname_spellings", []))
        prefixes = {letters(s)[:4] for s in surnames if len(letters(s)) >= 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if t not in listed and letters(t)[:4] in prefixes:
                self.fail(3, f"{nn}: capitalised {t} shares a prefix with a surname but is not listed")

    # 5. traps are well formed and no gold claim falls into one
    def check5(self, nn, r, people, toks):
        seen = set()
        for t in r["gold"].get("must_not", []):
            if set(t) != TRAP_FIELDS:
                self.fail(5, f"{nn}: trap fields {sorted(t)}")
            typ, person, kind, why = t.get("type"), t.get("person"), t.get("kind"), t.get("why")
            if typ not in TYPES or typ == "group_release":
                self.fail(5, f"{nn}: trap type {typ}")
            if kind not in KINDS:
                self.fail(5, f"{nn}: trap kind {kind}")
            if not isinstance(why, str) or len(why.strip()) < 5:
                self.fail(5, f"{nn}: trap why {why!r}")
            if (typ, person) in seen:
                self.fail(5, f"{nn}: trap {typ} {person} listed twice")
            seen.add((typ, person))
            if not person or person not in people:
                self.fail(5, f"{nn}: trap person {person} missing from spellings.json")
                continue
            own = people[person]["keys"]
            if not any(sc.person_matches(tok, own) for tok in toks):
                self.fail(5, f"{nn}: trap person {person} is not named in the text")
            for c in r["gold"]["claims"]:
                if c["type"] != typ or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(person), person):
                    self.fail(5, f"{nn}: gold {typ} {c['person']} falls into trap on {person} (keys_for)")
                if sc.person_matches(c["person"], own, person):
                    self.fail(5, f"{nn}: gold {typ} {c['person']} falls into trap on {person} (own keys)")

    # 6. dates, fields and consistency of the gold
    def check6(self, nn, r, people):
        pub = r["pub"]
        claims = r["gold"].get("claims", [])
        gold_types = {}
        for c in claims:
            gold_types.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                self.fail(6, f"{nn}: claim fields {sorted(c)}")
                continue
            typ, person, d = c["type"], c["person"], c["date"]
            if typ not in TYPES:
                self.fail(6, f"{nn}: claim type {typ}")
            if d is not None:
                if not valid_date(d):
                    self.fail(6, f"{nn}: invalid date {d!r} on {typ} {person}")
                elif d > pub[:len(d)]:
                    self.fail(6, f"{nn}: date {d} after publication {pub} on {typ} {person}")
            if typ == "group_release":
                if person is not None or c["surname_keys"]:
                    self.fail(6, f"{nn}: group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    self.fail(6, f"{nn}: group_release count {c['count']!r}")
            else:
                if not person or not c["surname_keys"]:
                    self.fail(6, f"{nn}: {typ} without person or keys")
                if c["count"] is not None:
                    self.fail(6, f"{nn}: count on {typ}")
            if typ == "deported":
                if c["destination_country"] not in ISO2:
                    self.fail(6, f"{nn}: deported {person} country {c['destination_country']!r}")
                if "released" not in gold_types.get(person, set()):
                    self.fail(6, f"{nn}: deported {person} without released")
            elif c["destination_country"] is not None:
                self.fail(6, f"{nn}: destination_country on {typ}")
            if typ == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    self.fail(6, f"{nn}: term_months {tm!r}")
            elif c["term_months"] is not None:
                self.fail(6, f"{nn}: term_months on {typ}")
            if typ == "pardoned" and "released" not in gold_types.get(person, set()):
                self.fail(6, f"{nn}: pardoned {person} without released")
        for t in r["gold"].get("must_not", []):
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(t.get("type"), set())
            if not excl or t.get("person") not in people:
                continue
            own = people[t["person"]]["keys"]
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == t["person"] or sc.person_matches(c["person"], own, t["person"])):
                    self.fail(6, f"{nn}: {t['type']} trap on {t['person']} contradicts gold {c['type']}")

    # 7. headers, lengths, language split, publication dates
    def check7(self, reports):
        expected = sorted(LANG_OF)
        if sorted(reports) != expected:
            self.fail(7, f"report files {sorted(reports)} are not 01..30")
        for nn, r in sorted(reports.items()):
            if not valid_date(r["pub"]) or len(r["pub"]) != 10:
                self.fail(7, f"{nn}: bad publication date {r['pub']!r}")
            elif not FIRST_PUB <= r["pub"] <= LAST_PUB:
                self.fail(7, f"{nn}: publication date {r['pub']} outside {FIRST_PUB}..{LAST_PUB}")
            if r["lang"] != LANG_OF.get(nn):
                self.fail(7, f"{nn}: language {r['lang']!r}, expected {LANG_OF.get(nn)}")
            if r["blank"].strip():
                self.fail(7, f"{nn}: line 3 is not blank")
            n = len(r["body"].split())
            if not 150 <= n <= 550:
                self.fail(7, f"{nn}: {n} words")
            if r["gold"] is None:
                self.fail(7, f"{nn}: no gold file")

    # 8. scripts, coverage, trap share
    def check8(self, reports):
        types, kinds = Counter(), Counter()
        for nn, r in sorted(reports.items()):
            body = r["body"]
            low = body.lower()
            if r["lang"] == "be":
                if re.search(r"[ищъ]", low):
                    self.fail(8, f"{nn}: Belarusian text contains и/щ/ъ")
                if "ў" not in low or "і" not in low:
                    self.fail(8, f"{nn}: Belarusian text lacks ў or і")
            elif r["lang"] == "ru":
                if re.search(r"[ўі]", low):
                    self.fail(8, f"{nn}: Russian text contains ў/і")
            elif r["lang"] == "en":
                if CYRILLIC.search(body):
                    self.fail(8, f"{nn}: English text contains Cyrillic")
            types.update(c["type"] for c in r["gold"]["claims"])
            kinds.update(t["kind"] for t in r["gold"].get("must_not", []))
        for t in TYPES:
            if not types[t]:
                self.fail(8, f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.fail(8, f"trap kind {k} not covered")
        nc, nt = sum(types.values()), sum(kinds.values())
        share = nt / (nc + nt) if nc + nt else 0
        if not 0.25 <= share <= 0.30:
            self.fail(8, f"trap share {share:.3f} outside 0.25..0.30 ({nt} traps, {nc} claims)")

    # 4. the oracle scores perfectly through the shared scorer
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        if any(ch.isspace() for ch in os.path.abspath(self.d) + os.path.abspath(__file__)):
            self.fail(4, "paths with whitespace cannot be passed to the scorer")
            return
        res = sc.score(self.d, cmd, 120)
        a = res["attributes"]
        problems = []
        for k in ("precision", "recall", "f1"):
            if res[k] != 1.0:
                problems.append(f"{k}={res[k]}")
        if res["articles"] != 30:
            problems.append(f"articles={res['articles']}")
        if res["violations"] or res["errors"]:
            problems.append(f"violations={res['violations']} errors={res['errors']}")
        for k in ("date", "dest", "term"):
            if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
                problems.append(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
        if problems:
            self.fail(4, "oracle through score_claims.score: " + ", ".join(problems)
                      + ("; " + "; ".join(res["details"][:10]) if res["details"] else ""))


def stats(d):
    reports, spell = load(d)
    types, kinds, words, langs = Counter(), Counter(), 0, Counter()
    for nn, r in sorted(reports.items()):
        n = len(r["body"].split())
        words += n
        langs[r["lang"]] += 1
        g = r["gold"] or {"claims": [], "must_not": []}
        types.update(c["type"] for c in g["claims"])
        kinds.update(t["kind"] for t in g["must_not"])
        print(f"{nn} {r['pub']} {r['lang']} words={n} claims={len(g['claims'])} traps={len(g['must_not'])}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports={len(reports)} ({dict(langs)}) words={words}")
    print(f"claims={nc} traps={nt} trap_share={nt / max(nc + nt, 1):.3f}")
    for t in TYPES:
        print(f"  type {t:26} {types[t]}")
    for k in KINDS:
        print(f"  kind {k:26} {kinds[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    if args.stats:
        stats(args.dir)
    fails = Checker(args.dir).run()
    for check, msg in fails:
        print(f"FAIL check {check}: {msg}")
    if fails:
        print(f"{len(fails)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
