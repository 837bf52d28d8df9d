#!/usr/bin/env python3
"""Self-check for the heldout106 extraction set (clergy and believers).

Usage:
  python3 verify.py                      run all checks on this folder
  python3 verify.py --dir DIR            run all checks on another copy of the set
  python3 verify.py --stats              print counts (reports, words, claims, traps)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                         print the gold of FILE as `volia extract` output

Only the standard library and the scorer module (score_claims.py, from $VOLIA_SCORER_DIR or
../../../../../shared/tools) are used. Prints ALL CHECKS PASSED when every check holds.
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
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {n: ("en" if n <= 14 else "ru" if n <= 24 else "be") for n in range(1, 31)}
STEMS = [f"{n:02d}" for n in range(1, 31)]
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
EXPECTED_FILES = ({f"{s}.txt" for s in STEMS} | {f"{s}.gold.json" for s in STEMS}
                  | {"spellings.json", "verify.py", "README.md"})


def tokens(text):
    """Word tokens of a text (letters only; apostrophes, hyphens and digits split)."""
    return re.findall(r"[^\W\d_]+", text)


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def parse_date(s):
    """First and last day covered by YYYY / YYYY-MM / YYYY-MM-DD, or None if invalid."""
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
            d = datetime.date.fromisoformat(s)
            return d, d
    except ValueError:
        return None
    return None


def precision_of(date):
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def load(d):
    reports = {}
    for stem in STEMS:
        tp, gp = os.path.join(d, stem + ".txt"), os.path.join(d, stem + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        raw = open(tp, encoding="utf-8").read()
        lines = raw.split("\n")
        reports[stem] = {"raw": raw, "lines": lines, "body": "\n".join(lines[3:]),
                         "gold": json.load(open(gp, encoding="utf-8"))}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


def oracle(args):
    d = args.dir or HERE
    text = open(args.oracle, encoding="utf-8").read()
    reports, _ = load(d)
    for stem, r in reports.items():
        if r["body"] == text:
            g = r["gold"]
            break
    else:
        print(json.dumps({"error": "report not in set"}))
        return 1
    claims = []
    for c in g["claims"]:
        person = None
        if c["person"]:
            person = {"name": c["person"], "mention": c["person"], "person_id": None}
        claims.append({"type": c["type"], "person": person, "date": c["date"],
                       "date_precision": precision_of(c["date"]),
                       "destination_country": c["destination_country"],
                       "term_months": c["term_months"], "count": c["count"],
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": args.published or g["published"],
                      "language": args.lang or g["language"], "claims": claims},
                     ensure_ascii=False))
    return 0


class Checker:
    def __init__(self, d):
        self.d = d
        self.fails = {i: [] for i in range(1, 9)}
        self.reports, self.spell = load(d)

    def fail(self, n, msg):
        self.fails[n].append(msg)

    def persons(self, stem):
        entry = self.spell.get(stem) or {}
        return {p["person"]: p for p in entry.get("persons", [])}

    # 1. gold persons are named and accepted by person_matches with their own keys
    def check1(self):
        for stem, r in self.reports.items():
            toks = tokens(r["body"])
            for c in r["gold"].get("claims", []):
                if c.get("type") == "group_release":
                    continue
                name, keys = c.get("person") or "", c.get("surname_keys") or []
                if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                    self.fail(1, f"{stem}: {name} not matched by any token of the report")
                if not sc.person_matches(name, keys, name):
                    self.fail(1, f"{stem}: person_matches rejects {name} with its own keys")

    # 2. keys against spellings, other capitalised words, relatives
    def check2(self):
        for stem, r in self.reports.items():
            ps = self.persons(stem)
            caps = sorted({t for t in tokens(r["body"]) if t[:1].isupper()})
            for c in r["gold"].get("claims", []):
                if c.get("type") == "group_release":
                    continue
                p = ps.get(c.get("person"))
                if p is None:
                    self.fail(2, f"{stem}: gold person {c.get('person')} missing in spellings.json")
                elif list(c.get("surname_keys") or []) != list(p["surname_keys"]):
                    self.fail(2, f"{stem}: keys of {c['person']} differ from spellings.json")
            for name, p in ps.items():
                keys = p.get("surname_keys") or []
                if not keys:
                    self.fail(2, f"{stem}: {name} has no keys")
                for f in p.get("surname_forms", []):
                    if not any(sc.key_matches_token(k, f) for k in keys):
                        self.fail(2, f"{stem}: keys of {name} miss listed spelling {f}")
                allowed = set(p.get("surname_forms", []))
                for rel in p.get("relatives", []):
                    allowed |= set((ps.get(rel) or {}).get("surname_forms", []))
                for t in caps:
                    if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                        self.fail(2, f"{stem}: keys of {name} also match '{t}'")
                for rel in p.get("relatives", []):
                    q = ps.get(rel)
                    if q is None:
                        self.fail(2, f"{stem}: relative {rel} of {name} not listed")
                        continue
                    if name not in q.get("relatives", []):
                        self.fail(2, f"{stem}: {rel} does not link back to {name}")
                    if sc.person_matches(name, q["surname_keys"], rel):
                        self.fail(2, f"{stem}: {name} matches relative {rel}")
                    if sc.person_matches(rel, keys, name):
                        self.fail(2, f"{stem}: relative {rel} matches {name}")

    # 3. listed spellings occur; look-alike capitalised tokens are listed
    def check3(self):
        for stem, r in self.reports.items():
            ps = self.persons(stem)
            toks = tokens(r["body"])
            tokset = set(toks)
            listed = set()
            sur = set()
            for name, p in ps.items():
                for f in p.get("surname_forms", []) + p.get("given_forms", []):
                    listed.add(f)
                    if f not in tokset:
                        self.fail(3, f"{stem}: listed spelling '{f}' of {name} not in the text")
                sur |= set(p.get("surname_forms", []))
                if not p.get("surname_forms"):
                    self.fail(3, f"{stem}: {name} has no surname forms")
            prefixes = {folded(f)[:4] for f in sur if len(folded(f)) >= 4}
            for t in sorted({t for t in toks if t[:1].isupper()}):
                ft = folded(t)
                if len(ft) >= 4 and ft[:4] in prefixes and t not in listed:
                    self.fail(3, f"{stem}: '{t}' looks like a listed surname but is not listed")

    # 4. the gold, printed as extractor output, scores perfectly
    def check4(self):
        if len(self.reports) != 30:
            self.fail(4, f"{len(self.reports)} reports instead of 30")
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        res = sc.score(self.d, cmd, 120)
        for k in ("precision", "recall", "f1"):
            if res[k] != 1.0:
                self.fail(4, f"{k} = {res[k]}")
        if res["violations"] or res["errors"] or res["articles"] != 30:
            self.fail(4, f"violations={res['violations']} errors={res['errors']} "
                         f"articles={res['articles']}")
        a = res["attributes"]
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                self.fail(4, f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
        for line in res["details"][:10]:
            self.fail(4, line)

    # 5. traps
    def check5(self):
        for stem, r in self.reports.items():
            ps = self.persons(stem)
            toks = tokens(r["body"])
            seen = set()
            for m in r["gold"].get("must_not", []):
                t, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
                if t not in TYPES or t == "group_release":
                    self.fail(5, f"{stem}: trap type {t}")
                if kind not in KINDS:
                    self.fail(5, f"{stem}: trap kind {kind}")
                if not isinstance(why, str) or len(why.strip()) < 5:
                    self.fail(5, f"{stem}: trap on {name} has no reason")
                if set(m) != {"type", "person", "why", "kind"}:
                    self.fail(5, f"{stem}: trap fields {sorted(m)}")
                if (t, name) in seen:
                    self.fail(5, f"{stem}: trap {t} {name} listed twice")
                seen.add((t, name))
                if not name:
                    self.fail(5, f"{stem}: trap without a person")
                    continue
                p = ps.get(name)
                if p is None:
                    self.fail(5, f"{stem}: trap person {name} missing in spellings.json")
                own = (p or {}).get("surname_keys") or []
                kf = sc.keys_for(name)
                if not any(sc.key_matches_token(k, tok) for k in kf + own for tok in toks):
                    self.fail(5, f"{stem}: trap person {name} not named in the text")
                for c in r["gold"].get("claims", []):
                    if c.get("type") != t or not c.get("person"):
                        continue
                    for keys in (kf, own):
                        if keys and sc.person_matches(c["person"], keys, name):
                            self.fail(5, f"{stem}: gold {t} {c['person']} matches trap {name}")

    # 6. dates and field discipline
    def check6(self):
        for stem, r in self.reports.items():
            g = r["gold"]
            pub = parse_date(g.get("published"))
            claims = g.get("claims", [])
            by_person = {}
            for c in claims:
                if set(c) != CLAIM_FIELDS:
                    self.fail(6, f"{stem}: claim fields {sorted(c)}")
                    continue
                t = c["type"]
                if t not in TYPES:
                    self.fail(6, f"{stem}: claim type {t}")
                if c["date"] is not None:
                    rng = parse_date(c["date"])
                    if rng is None:
                        self.fail(6, f"{stem}: bad date {c['date']}")
                    elif pub and rng[0] > pub[0]:
                        self.fail(6, f"{stem}: date {c['date']} after publication")
                if t == "group_release":
                    if c["person"] is not None or c["surname_keys"]:
                        self.fail(6, f"{stem}: group_release with a person")
                    if not isinstance(c["count"], int) or c["count"] <= 0:
                        self.fail(6, f"{stem}: group_release count {c['count']}")
                else:
                    if not c["person"] or not c["surname_keys"]:
                        self.fail(6, f"{stem}: {t} without person or keys")
                    if c["count"] is not None:
                        self.fail(6, f"{stem}: count on {t}")
                if t == "deported":
                    if c["destination_country"] not in ISO:
                        self.fail(6, f"{stem}: deported {c['person']} country {c['destination_country']}")
                elif c["destination_country"] is not None:
                    self.fail(6, f"{stem}: destination_country on {t}")
                if t == "sentenced":
                    tm = c["term_months"]
                    if tm is not None and (not isinstance(tm, int) or tm <= 0):
                        self.fail(6, f"{stem}: term {tm}")
                elif c["term_months"] is not None:
                    self.fail(6, f"{stem}: term_months on {t}")
                by_person.setdefault(c["person"], set()).add(t)
            for name, ts in by_person.items():
                if "deported" in ts and "released" not in ts:
                    self.fail(6, f"{stem}: {name} deported without released")
                if "pardoned" in ts and "released" not in ts:
                    self.fail(6, f"{stem}: {name} pardoned without released")
            for m in g.get("must_not", []):
                excl = {"released": {"released", "pardoned", "deported"},
                        "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"))
                if not excl or not m.get("person"):
                    continue
                for c in claims:
                    if c.get("type") in excl and c.get("person") and (
                            c["person"] == m["person"]
                            or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])):
                        self.fail(6, f"{stem}: {m['type']} trap on {m['person']} but gold {c['type']}")

    # 7. headers, lengths, split, publication dates, files
    def check7(self):
        missing = [s for s in STEMS if s not in self.reports]
        if missing:
            self.fail(7, f"missing reports {missing}")
        present = set(os.listdir(self.d))
        extra = sorted(present - EXPECTED_FILES)
        if extra:
            self.fail(7, f"unexpected files {extra}")
        absent = sorted(EXPECTED_FILES - present)
        if absent:
            self.fail(7, f"missing files {absent}")
        langs = Counter()
        for stem, r in self.reports.items():
            lines, g = r["lines"], r["gold"]
            pub, lang = lines[0].strip() if lines else "", lines[1].strip() if len(lines) > 1 else ""
            if parse_date(pub) is None or len(pub) != 10:
                self.fail(7, f"{stem}: header date '{pub}'")
            elif not FIRST_PUB <= pub <= LAST_PUB:
                self.fail(7, f"{stem}: published {pub} out of range")
            if lang != LANG_OF[int(stem)]:
                self.fail(7, f"{stem}: language '{lang}', expected {LANG_OF[int(stem)]}")
            if len(lines) < 5 or lines[2].strip() != "" or not lines[3].strip():
                self.fail(7, f"{stem}: header layout (date, language, blank, headline)")
            if g.get("published") != pub or g.get("language") != lang:
                self.fail(7, f"{stem}: gold header differs from the text header")
            if set(g) != {"published", "language", "claims", "must_not"}:
                self.fail(7, f"{stem}: gold keys {sorted(g)}")
            n = len(r["body"].split())
            if not 150 <= n <= 550:
                self.fail(7, f"{stem}: {n} words")
            langs[lang] += 1
            sp = self.spell.get(stem)
            if not sp or sp.get("language") != lang:
                self.fail(7, f"{stem}: spellings.json entry missing or wrong language")
        if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
            self.fail(7, f"split {dict(langs)}")

    # 8. scripts, coverage, trap share
    def check8(self):
        types, kinds = Counter(), Counter()
        for stem, r in self.reports.items():
            body, lang = r["body"], r["gold"].get("language")
            low = body.lower()
            if lang == "be":
                bad = sorted(set(ch for ch in low if ch in "ищъ"))
                if bad:
                    self.fail(8, f"{stem}: Belarusian text has {bad}")
                if "ў" not in low or "і" not in low:
                    self.fail(8, f"{stem}: Belarusian text lacks ў or і")
            elif lang == "ru":
                bad = sorted(set(ch for ch in low if ch in "ўі"))
                if bad:
                    self.fail(8, f"{stem}: Russian text has {bad}")
            elif lang == "en":
                if re.search(r"[\u0400-\u04FF]", body):
                    self.fail(8, f"{stem}: English text has Cyrillic")
            for c in r["gold"].get("claims", []):
                types[c.get("type")] += 1
            for m in r["gold"].get("must_not", []):
                kinds[m.get("kind")] += 1
        for t in TYPES:
            if not types[t]:
                self.fail(8, f"type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.fail(8, f"trap kind {k} not covered")
        n_c, n_t = sum(types.values()), sum(kinds.values())
        share = n_t / (n_c + n_t) if n_c + n_t else 0
        if not 0.25 <= share <= 0.30:
            self.fail(8, f"trap share {share:.3f}")
        self.types, self.kinds, self.share = types, kinds, share

    def run(self):
        for i in range(1, 9):
            try:
                getattr(self, f"check{i}")()
            except Exception as e:  # a malformed file must fail, not crash
                self.fail(i, f"crashed: {type(e).__name__}: {e}")
        ok = True
        for i in range(1, 9):
            msgs = self.fails[i]
            print(f"check {i}: {'ok' if not msgs else 'FAILED'}")
            for msg in msgs[:25]:
                print(f"   {msg}")
            if len(msgs) > 25:
                print(f"   ... {len(msgs) - 25} more")
            ok = ok and not msgs
        print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
        return 0 if ok else 1


def stats(d):
    reports, spell = load(d)
    types, kinds, langs, words = Counter(), Counter(), Counter(), {}
    for stem, r in reports.items():
        langs[r["gold"]["language"]] += 1
        words[stem] = len(r["body"].split())
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            kinds[m["kind"]] += 1
    n_c, n_t = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, "
          f"max {max(words.values())}")
    print("per report: " + ", ".join(
        f"{s} {reports[s]['gold']['published']} {reports[s]['gold']['language']} {words[s]}w "
        f"{len(reports[s]['gold']['claims'])}c {len(reports[s]['gold']['must_not'])}t"
        for s in sorted(reports)))
    print(f"claims: {n_c}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {n_t}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {n_t}/{n_c + n_t} = {n_t / (n_c + n_t):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = args.dir or HERE
    if args.stats:
        stats(d)
        return 0
    return Checker(d).run()


if __name__ == "__main__":
    sys.exit(main())
