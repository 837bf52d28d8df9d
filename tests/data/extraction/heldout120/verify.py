#!/usr/bin/env python3
"""Consistency checks for the heldout120 extraction evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

The scorer `score_claims.py` is imported from $VOLIA_SCORER_DIR, or from
../../../../../shared/tools relative to this file.  With --oracle the script prints the gold of
the report whose body equals FILE as `volia extract` output, so the scorer can run it as a command.
Prints ALL CHECKS PASSED only when all eight checks hold.
"""
import argparse
import datetime
import importlib.util
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANGS = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    path = os.path.join(d, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return {"published": raw[0].strip() if raw else "", "lang": raw[1].strip() if len(raw) > 1 else "",
            "blank": raw[2] if len(raw) > 2 else None, "body": "\n".join(raw[3:])}


def tokens(body, lang):
    out = []
    for m in WORD_RE.finditer(body):
        t = m.group(0)
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def capitalised(toks):
    return [t for t in toks if t[:1].isupper()]


def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def load_set(d):
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))
    reports = {}
    for s in stems:
        rep = read_report(os.path.join(d, s + ".txt"))
        rep["gold"] = json.load(open(os.path.join(d, s + ".gold.json"), encoding="utf-8"))
        reports[s] = rep
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return reports, spell


def oracle(d, path, published, lang):
    body = open(path, encoding="utf-8").read()
    reports, _ = load_set(d)
    for stem, rep in reports.items():
        if rep["body"] != body:
            continue
        out = []
        for c in rep["gold"]["claims"]:
            date = c.get("date")
            prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")
            person, ev = None, {"start": 0, "end": 0, "text": ""}
            if c.get("person"):
                person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
                for m in WORD_RE.finditer(body):
                    if any(SC.key_matches_token(k, m.group(0)) for k in c["surname_keys"]):
                        ev = {"start": m.start(), "end": m.end(), "text": m.group(0)}
                        person["mention"] = m.group(0)
                        break
            out.append({"type": c["type"], "person": person, "date": date, "date_precision": prec,
                        "destination_country": c.get("destination_country"),
                        "term_months": c.get("term_months"), "count": c.get("count"),
                        "confidence": 1.0, "evidence": ev})
        print(json.dumps({"published": published or rep["published"], "language": lang or rep["lang"],
                          "claims": out}, ensure_ascii=False))
        return 0
    print(f"no report in {d} has this body", file=sys.stderr)
    return 2


class Checker:
    def __init__(self, d):
        self.d = d
        self.reports, self.spell = load_set(d)
        self.fails = {i: [] for i in range(1, 9)}

    def fail(self, n, msg):
        self.fails[n].append(msg)

    def people(self, stem):
        return {p["person"]: p for p in self.spell.get(stem, [])}

    # 1 -------------------------------------------------------------------------------------
    def check1(self):
        for stem, rep in self.reports.items():
            toks = tokens(rep["body"], rep["lang"])
            for c in rep["gold"]["claims"]:
                if not c.get("person"):
                    continue
                keys = c.get("surname_keys") or []
                if not any(SC.key_matches_token(k, t) for k in keys for t in toks):
                    self.fail(1, f"{stem}: no token of the report matches keys {keys} of {c['person']}")
                if not SC.person_matches(c["person"], keys, c["person"]):
                    self.fail(1, f"{stem}: person_matches rejects {c['person']} with its own keys")

    # 2 -------------------------------------------------------------------------------------
    def check2(self):
        for stem, rep in self.reports.items():
            people = self.people(stem)
            caps = set(capitalised(tokens(rep["body"], rep["lang"])))
            named = {c["person"] for c in rep["gold"]["claims"] if c.get("person")}
            named |= {m["person"] for m in rep["gold"]["must_not"]}
            for n in sorted(named - set(people)):
                self.fail(2, f"{stem}: {n} is missing from spellings.json")
            for c in rep["gold"]["claims"]:
                p = people.get(c.get("person"))
                if p and list(c.get("surname_keys") or []) != list(p["keys"]):
                    self.fail(2, f"{stem}: gold keys of {p['person']} differ from spellings.json")
            for name, p in people.items():
                for s in p["surnames"]:
                    if not any(SC.key_matches_token(k, s) for k in p["keys"]):
                        self.fail(2, f"{stem}: keys {p['keys']} miss the spelling {s} of {name}")
                allowed = set(p["surnames"])
                for r in p["relatives"]:
                    q = people.get(r)
                    if not q:
                        self.fail(2, f"{stem}: relative {r} of {name} is not listed")
                        continue
                    allowed |= set(q["surnames"]) | set(q["given"])
                    if name not in q["relatives"]:
                        self.fail(2, f"{stem}: relation {name} -> {r} is not listed both ways")
                    if SC.person_matches(r, p["keys"], name) or SC.person_matches(name, q["keys"], r):
                        self.fail(2, f"{stem}: person_matches confuses relatives {name} / {r}")
                for t in sorted(caps - allowed):
                    if any(SC.key_matches_token(k, t) for k in p["keys"]):
                        self.fail(2, f"{stem}: keys of {name} also match the word {t}")

    # 3 -------------------------------------------------------------------------------------
    def check3(self):
        def pre(t):
            return re.sub(r"[^a-z]", "", SC.fold(t))[:4]
        for stem, rep in self.reports.items():
            toks = tokens(rep["body"], rep["lang"])
            tokset = set(toks)
            people = self.people(stem)
            listed = set()
            prefixes = set()
            for name, p in people.items():
                for s in p["surnames"] + p["given"]:
                    listed.add(s)
                    if s not in tokset:
                        self.fail(3, f"{stem}: listed spelling {s} of {name} does not occur in the text")
                prefixes |= {pre(s) for s in p["surnames"]}
            for t in sorted(set(capitalised(toks))):
                if pre(t) in prefixes and t not in listed:
                    self.fail(3, f"{stem}: capitalised {t} shares a prefix with a listed surname but is not listed")

    # 4 -------------------------------------------------------------------------------------
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        res = SC.score(self.d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            self.fail(4, "oracle run: P={precision} R={recall} F1={f1} violations={violations} "
                         "errors={errors} articles={articles} ".format(**res) + json.dumps(a))
            for line in res["details"][:20]:
                self.fail(4, "  " + line)
        self.oracle_result = res

    # 5 -------------------------------------------------------------------------------------
    def check5(self):
        for stem, rep in self.reports.items():
            people = self.people(stem)
            toks = tokens(rep["body"], rep["lang"])
            seen = set()
            for m in rep["gold"]["must_not"]:
                if list(m) != TRAP_FIELDS:
                    self.fail(5, f"{stem}: trap fields {list(m)}")
                if m.get("type") not in TYPES or m.get("kind") not in KINDS:
                    self.fail(5, f"{stem}: trap type/kind invalid: {m.get('type')} / {m.get('kind')}")
                if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 5:
                    self.fail(5, f"{stem}: trap on {m.get('person')} has no reason")
                if not m.get("person"):
                    self.fail(5, f"{stem}: trap without a person")
                    continue
                key = (m["type"], m["person"])
                if key in seen:
                    self.fail(5, f"{stem}: trap {key} listed twice")
                seen.add(key)
                own = people.get(m["person"], {}).get("keys", [])
                kf = SC.keys_for(m["person"])
                if not any(SC.key_matches_token(k, t) for k in kf for t in toks) or \
                        not any(SC.key_matches_token(k, t) for k in own for t in toks):
                    self.fail(5, f"{stem}: trap person {m['person']} is not named in the text")
                for c in rep["gold"]["claims"]:
                    if c["type"] != m["type"] or not c.get("person"):
                        continue
                    if SC.person_matches(c["person"], kf, m["person"]) or \
                            (own and SC.person_matches(c["person"], own, m["person"])):
                        self.fail(5, f"{stem}: trap {m['type']} {m['person']} matched by gold {c['person']}")

    # 6 -------------------------------------------------------------------------------------
    def check6(self):
        for stem, rep in self.reports.items():
            pub = rep["published"]
            claims = rep["gold"]["claims"]
            has = {(c["type"], c.get("person")) for c in claims}
            for c in claims:
                if list(c) != CLAIM_FIELDS:
                    self.fail(6, f"{stem}: claim fields {list(c)}")
                t, d = c.get("type"), c.get("date")
                if t not in TYPES:
                    self.fail(6, f"{stem}: unknown type {t}")
                if d is not None and (not valid_date(d) or d > pub[:len(d)]):
                    self.fail(6, f"{stem}: bad or future date {d} on {t} {c.get('person')}")
                if (c.get("destination_country") is not None) != (t == "deported"):
                    self.fail(6, f"{stem}: destination_country misplaced on {t} {c.get('person')}")
                if t == "deported" and c.get("destination_country") not in ISO2:
                    self.fail(6, f"{stem}: not an ISO country: {c.get('destination_country')}")
                if c.get("term_months") is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                         or c["term_months"] <= 0):
                    self.fail(6, f"{stem}: term_months misplaced on {t} {c.get('person')}")
                if (c.get("count") is not None) != (t == "group_release"):
                    self.fail(6, f"{stem}: count misplaced on {t} {c.get('person')}")
                if t == "group_release":
                    if c.get("person") is not None or c.get("surname_keys") or \
                            not isinstance(c.get("count"), int) or c["count"] <= 0:
                        self.fail(6, f"{stem}: group_release needs a null person and a positive count")
                    if not d or len(d) != 10:
                        self.fail(6, f"{stem}: group_release should be dated to the day")
                elif not c.get("person") or not c.get("surname_keys"):
                    self.fail(6, f"{stem}: {t} claim without a person or keys")
                if t in ("deported", "pardoned") and ("released", c.get("person")) not in has:
                    self.fail(6, f"{stem}: {t} {c.get('person')} has no released claim")
            for m in rep["gold"]["must_not"]:
                excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                        "deported": ("deported",)}.get(m["type"], ())
                for c in claims:
                    if c["type"] in excl and c.get("person") and (
                            c["person"] == m["person"] or
                            SC.person_matches(c["person"], SC.keys_for(m["person"]), m["person"])):
                        self.fail(6, f"{stem}: {m['type']} trap on {m['person']} but gold {c['type']} {c['person']}")

    # 7 -------------------------------------------------------------------------------------
    def check7(self):
        want = [f"{i:02d}" for i in range(1, 31)]
        if sorted(self.reports) != want:
            self.fail(7, f"reports are {sorted(self.reports)}, want 01..30")
        for f in sorted(os.listdir(self.d)):
            if f.endswith(".txt") and f[:-4] not in self.reports:
                self.fail(7, f"{f} has no gold file")
        for stem, rep in self.reports.items():
            pub = rep["published"]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub) or \
                    not FIRST_PUB <= pub <= LAST_PUB:
                self.fail(7, f"{stem}: publication date {pub!r} invalid or out of range")
            want_lang = next((lg for lg, rng in LANGS.items() if stem.isdigit() and int(stem) in rng), None)
            if rep["lang"] != want_lang:
                self.fail(7, f"{stem}: language {rep['lang']!r}, want {want_lang!r}")
            if rep["blank"] != "":
                self.fail(7, f"{stem}: line 3 is not blank")
            n = len(rep["body"].split())
            if not 150 <= n <= 550:
                self.fail(7, f"{stem}: {n} words, want 150-550")

    # 8 -------------------------------------------------------------------------------------
    def check8(self):
        types, kinds = Counter(), Counter()
        for stem, rep in self.reports.items():
            body, lang = rep["body"], rep["lang"]
            low = body.lower()
            if lang == "be":
                bad = sorted(set(ch for ch in low if ch in "ищъ"))
                if bad or "ў" not in low or "і" not in low:
                    self.fail(8, f"{stem}: Belarusian orthography (forbidden {bad}, ў/і present: "
                                 f"{'ў' in low}/{'і' in low})")
            elif lang == "ru":
                if "ў" in low or "і" in low:
                    self.fail(8, f"{stem}: Russian text contains ў or і")
            elif lang == "en":
                if re.search(r"[\u0400-\u04FF]", body):
                    self.fail(8, f"{stem}: English text contains Cyrillic")
            types.update(c["type"] for c in rep["gold"]["claims"])
            kinds.update(m["kind"] for m in rep["gold"]["must_not"])
        for t in TYPES:
            if not types[t]:
                self.fail(8, f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.fail(8, f"trap kind {k} not covered")
        n_claims, n_traps = sum(types.values()), sum(kinds.values())
        share = n_traps / max(n_claims + n_traps, 1)
        if not 0.25 <= share <= 0.30:
            self.fail(8, f"trap share {share:.3f} outside 25-30 %")
        self.types, self.kinds, self.share = types, kinds, share

    def run(self):
        names = {1: "gold persons are in the text and match themselves",
                 2: "keys vs spellings, other words and relatives",
                 3: "spellings occur and are complete",
                 4: "oracle scores 1.0 through score_claims.score",
                 5: "traps are sound and not matched by gold",
                 6: "dates and fields",
                 7: "headers, split, length, publication dates",
                 8: "script, coverage, trap share"}
        for i in range(1, 9):
            try:
                getattr(self, f"check{i}")()
            except Exception as exc:  # a crash is a failure of that check
                self.fail(i, f"crashed: {exc!r}")
            status = "ok" if not self.fails[i] else f"FAILED ({len(self.fails[i])})"
            print(f"check {i} [{names[i]}]: {status}")
            for msg in self.fails[i][:25]:
                print("    " + msg)
        return not any(self.fails.values())


def stats(ch):
    types, kinds = Counter(), Counter()
    words = {}
    for stem, rep in ch.reports.items():
        types.update(c["type"] for c in rep["gold"]["claims"])
        kinds.update(m["kind"] for m in rep["gold"]["must_not"])
        words[stem] = len(rep["body"].split())
    nc, nt = sum(types.values()), sum(kinds.values())
    by_lang = Counter(rep["lang"] for rep in ch.reports.values())
    print(f"reports: {len(ch.reports)} ({', '.join(f'{k} {v}' for k, v in sorted(by_lang.items()))})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}  (share {nt / (nc + nt):.3f})")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print("per report: " + ", ".join(f"{s}:{words[s]}w/{len(ch.reports[s]['gold']['claims'])}c/"
                                     f"{len(ch.reports[s]['gold']['must_not'])}t" for s in sorted(words)))


def main():
    global SC
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    SC = load_scorer()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    ch = Checker(args.dir)
    ok = ch.run()
    if args.stats:
        stats(ch)
    if ok:
        print("ALL CHECKS PASSED")
        return 0
    print("SOME CHECKS FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
