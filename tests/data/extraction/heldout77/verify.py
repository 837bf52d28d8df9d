#!/usr/bin/env python3
"""Self-checks for the heldout77 evaluation set of `volia extract`.

Usage:
  python3 verify.py [SET_DIR]
      run every check on SET_DIR (default: the folder holding this file) and print
      ALL CHECKS PASSED only when everything holds (exit status 0; 1 otherwise).
  python3 verify.py [--set SET_DIR] --oracle FILE --published DATE --lang LANG
      print the gold of the report whose text is FILE as extractor output in the
      extraction JSON of shared/docs/domain.md (used by check 4 through the scorer).

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, otherwise from
../../../../../shared/tools relative to this file. Only the standard library is used
besides the scorer.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
RELEASE_TRAP_EXCLUDES = {"released": {"released", "pardoned", "deported"},
                         "pardoned": {"pardoned"}, "deported": {"deported"}}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}


# ---------------------------------------------------------------- loading
def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def load_set(set_dir):
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(set_dir) if f.endswith(".gold.json"))
    reports = {}
    for stem in stems:
        txt = os.path.join(set_dir, stem + ".txt")
        if not os.path.exists(txt):
            reports[stem] = None
            continue
        pub, lang, blank, text = read_report(txt)
        gold = json.load(open(os.path.join(set_dir, stem + ".gold.json"), encoding="utf-8"))
        reports[stem] = {"published": pub, "language": lang, "blank": blank, "text": text,
                         "gold": gold}
    spath = os.path.join(set_dir, "spellings.json")
    spellings = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else None
    return reports, spellings


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def capitalised(text):
    return [t for t in tokens(text) if t[0].isupper()]


def letters(word):
    return re.sub(r"[^a-z]", "", fold(word))


def occurs(spelling, text):
    return re.search(r"(?<![^\W\d_])" + re.escape(spelling) + r"(?![^\W\d_])", text) is not None


def valid_date(value):
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    for fmt, rx in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y", r"\d{4}")):
        if re.fullmatch(rx, value):
            try:
                datetime.datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


def precision(value):
    return {None: None, 4: "year", 7: "month", 10: "day"}.get(len(value) if value else None)


# ---------------------------------------------------------------- oracle
def oracle(set_dir, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, spellings = load_set(set_dir)
    for stem, rep in reports.items():
        if rep and rep["text"] == text and rep["published"] == published and rep["language"] == lang:
            people = {p["name"]: p for p in (spellings or {}).get(stem, [])}
            claims = []
            for g in rep["gold"]["claims"]:
                person = None
                ev = {"start": 0, "end": 0, "text": ""}
                if g.get("person"):
                    mention = g["person"]
                    for sp in people.get(g["person"], {}).get("surname_spellings", []):
                        m = re.search(re.escape(sp), text)
                        if m:
                            mention = sp
                            ev = {"start": m.start(), "end": m.end(), "text": text[m.start():m.end()]}
                            break
                    person = {"name": g["person"], "mention": mention, "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": g.get("date"),
                               "date_precision": precision(g.get("date")),
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": ev})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print("no report in the set has this text", file=sys.stderr)
    return 2


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self, set_dir):
        self.set_dir = os.path.abspath(set_dir)
        self.reports, self.spellings = load_set(self.set_dir)
        self.errors = {}

    def fail(self, check, msg):
        self.errors.setdefault(check, []).append(msg)

    def people(self, stem):
        return {p.get("name"): p for p in (self.spellings or {}).get(stem, [])}

    def gold_persons(self, rep):
        out = {}
        for c in rep["gold"].get("claims", []):
            if c.get("person"):
                out.setdefault(c["person"], c.get("surname_keys") or [])
        return out

    # 1 -----------------------------------------------------------------
    def check1(self):
        for stem, rep in self.ok_reports():
            toks = tokens(rep["text"])
            for name, keys in self.gold_persons(rep).items():
                if not keys:
                    self.fail(1, f"{stem}: {name} has no surname_keys")
                    continue
                if not any(key_matches_token(k, t) for k in keys for t in toks):
                    self.fail(1, f"{stem}: no token of the report matches the keys {keys} of {name}")
                if not person_matches(name, keys, name):
                    self.fail(1, f"{stem}: person_matches rejects {name} with its own keys {keys}")

    # 2 -----------------------------------------------------------------
    def check2(self):
        if self.spellings is None:
            self.fail(2, "spellings.json missing")
            return
        if sorted(self.spellings) != sorted(self.reports):
            self.fail(2, "spellings.json reports differ from the set's reports")
        for stem, rep in self.ok_reports():
            people = self.people(stem)
            for name, keys in self.gold_persons(rep).items():
                if name not in people:
                    self.fail(2, f"{stem}: gold person {name} not in spellings.json")
                    continue
                if sorted(people[name].get("keys", [])) != sorted(keys):
                    self.fail(2, f"{stem}: keys of {name} differ between gold {keys} and spellings.json")
                for c in rep["gold"]["claims"]:
                    if c.get("person") == name and sorted(c.get("surname_keys") or []) != sorted(keys):
                        self.fail(2, f"{stem}: {name} has different keys in different claims")
            for name, p in people.items():
                keys = p.get("keys") or []
                if not keys:
                    self.fail(2, f"{stem}: {name} has no keys in spellings.json")
                    continue
                for sp in p.get("surname_spellings", []):
                    if not any(key_matches_token(k, sp) for k in keys):
                        self.fail(2, f"{stem}: keys {keys} of {name} miss the listed spelling {sp}")
                for rel in p.get("relatives", []):
                    if rel not in people:
                        self.fail(2, f"{stem}: relative {rel} of {name} not in spellings.json")
                        continue
                    if name not in people[rel].get("relatives", []):
                        self.fail(2, f"{stem}: relative link {name} -> {rel} is not mutual")
                    rkeys = people[rel].get("keys") or []
                    for a, b, bkeys in ((rel, name, keys), (rel, name, keys_for(name)),
                                        (name, rel, rkeys), (name, rel, keys_for(rel))):
                        if person_matches(a, bkeys, b):
                            self.fail(2, f"{stem}: scorer confuses relatives: {a} matches {b} (keys {bkeys})")
            gold_names = set(self.gold_persons(rep))
            for name in gold_names & set(people):
                p = people[name]
                allowed = set(p.get("surname_spellings", [])) | set(p.get("given_spellings", []))
                for rel in p.get("relatives", []):
                    rp = people.get(rel, {})
                    allowed |= set(rp.get("surname_spellings", [])) | set(rp.get("given_spellings", []))
                allowed_tokens = set()
                for a in allowed:
                    allowed_tokens.update(tokens(a))
                for tok in set(capitalised(rep["text"])):
                    if tok in allowed_tokens:
                        continue
                    if any(key_matches_token(k, tok) for k in p["keys"]):
                        self.fail(2, f"{stem}: keys {p['keys']} of {name} also match the unrelated word {tok}")

    # 3 -----------------------------------------------------------------
    def check3(self):
        if self.spellings is None:
            return
        for stem, rep in self.ok_reports():
            people = self.people(stem)
            listed_sur, listed_all = set(), set()
            for name, p in people.items():
                sur, giv = p.get("surname_spellings", []), p.get("given_spellings", [])
                if not sur:
                    self.fail(3, f"{stem}: {name} lists no surname spelling")
                for sp in sur + giv:
                    if not occurs(sp, rep["text"]):
                        self.fail(3, f"{stem}: listed spelling {sp} of {name} does not occur in the text")
                listed_sur.update(sur)
                for sp in sur + giv:
                    listed_all.update(tokens(sp))
            prefixes = {letters(s)[:4] for s in listed_sur if len(letters(s)) >= 4}
            for tok in sorted(set(capitalised(rep["text"]))):
                lt = letters(tok)
                if len(lt) >= 4 and lt[:4] in prefixes and tok not in listed_all:
                    self.fail(3, f"{stem}: {tok} shares a prefix with a listed surname but is not listed")

    # 4 -----------------------------------------------------------------
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --set {self.set_dir} --oracle"
        if " " in self.set_dir or " " in os.path.abspath(__file__):
            self.fail(4, "paths with spaces are not supported by the scorer's command splitting")
            return
        res = score(self.set_dir, cmd, 60)
        a = res["attributes"]
        problems = []
        if res["articles"] != 30:
            problems.append(f"articles={res['articles']}")
        for k in ("precision", "recall", "f1"):
            if res[k] != 1.0:
                problems.append(f"{k}={res[k]}")
        if res["violations"]:
            problems.append(f"violations={res['violations']}")
        if res["errors"]:
            problems.append(f"errors={res['errors']}")
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                problems.append(f"{k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
        if problems:
            self.fail(4, "oracle run through the scorer: " + ", ".join(problems)
                      + "; " + "; ".join(res["details"][:10]))
        self.score_result = res

    # 5 -----------------------------------------------------------------
    def check5(self):
        for stem, rep in self.ok_reports():
            people = self.people(stem)
            toks = tokens(rep["text"])
            seen = set()
            for m in rep["gold"].get("must_not", []):
                if set(m) != TRAP_FIELDS:
                    self.fail(5, f"{stem}: trap fields {sorted(m)} != {sorted(TRAP_FIELDS)}")
                t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
                if t not in TYPES or t == "group_release":
                    self.fail(5, f"{stem}: trap type {t!r} invalid")
                if kind not in KINDS:
                    self.fail(5, f"{stem}: trap kind {kind!r} invalid")
                if not isinstance(why, str) or len(why.strip()) < 8:
                    self.fail(5, f"{stem}: trap on {person} has no real 'why'")
                if not isinstance(person, str) or not person.strip():
                    self.fail(5, f"{stem}: trap without a person")
                    continue
                if (t, person) in seen:
                    self.fail(5, f"{stem}: trap {t} {person} listed twice")
                seen.add((t, person))
                own = people.get(person, {}).get("keys")
                if not own:
                    self.fail(5, f"{stem}: trap person {person} not in spellings.json")
                    own = []
                if not any(key_matches_token(k, tok) for k in own + keys_for(person) for tok in toks):
                    self.fail(5, f"{stem}: trap person {person} is not named in the text")
                for g in rep["gold"]["claims"]:
                    if g.get("type") != t or not g.get("person"):
                        continue
                    for keys in (keys_for(person), own):
                        if keys and person_matches(g["person"], keys, person):
                            self.fail(5, f"{stem}: gold {t} {g['person']} matches the trap on {person}")
                            break

    # 6 -----------------------------------------------------------------
    def check6(self):
        for stem, rep in self.ok_reports():
            pub = rep["published"]
            claims = rep["gold"].get("claims", [])
            by_person = {}
            for c in claims:
                if set(c) != CLAIM_FIELDS:
                    self.fail(6, f"{stem}: claim fields {sorted(c)} != {sorted(CLAIM_FIELDS)}")
                t = c.get("type")
                if t not in TYPES:
                    self.fail(6, f"{stem}: claim type {t!r} invalid")
                d = c.get("date")
                if not valid_date(d):
                    self.fail(6, f"{stem}: invalid date {d!r} on {t} {c.get('person')}")
                elif d and d > pub[:len(d)]:
                    self.fail(6, f"{stem}: date {d} after publication {pub}")
                if t == "group_release":
                    if c.get("person") is not None or c.get("surname_keys"):
                        self.fail(6, f"{stem}: group_release must have a null person and no keys")
                    if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] <= 0:
                        self.fail(6, f"{stem}: group_release needs a positive count")
                else:
                    if not isinstance(c.get("person"), str) or not c["person"].strip():
                        self.fail(6, f"{stem}: {t} claim without a person")
                    if c.get("count") is not None:
                        self.fail(6, f"{stem}: count set on {t}")
                    by_person.setdefault(c.get("person"), set()).add(t)
                if t == "sentenced":
                    tm = c.get("term_months")
                    if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                        self.fail(6, f"{stem}: bad term_months {tm!r}")
                elif c.get("term_months") is not None:
                    self.fail(6, f"{stem}: term_months set on {t}")
                if t == "deported":
                    if c.get("destination_country") not in ISO2:
                        self.fail(6, f"{stem}: deported {c.get('person')} lacks an ISO country")
                elif c.get("destination_country") is not None:
                    self.fail(6, f"{stem}: destination_country set on {t}")
            for person, types in by_person.items():
                if "deported" in types and "released" not in types:
                    self.fail(6, f"{stem}: {person} deported without released")
                if "pardoned" in types and "released" not in types:
                    self.fail(6, f"{stem}: {person} pardoned without released")
            people = self.people(stem)
            for m in rep["gold"].get("must_not", []):
                excl = RELEASE_TRAP_EXCLUDES.get(m.get("type"))
                if not excl:
                    continue
                tkeys = [k for k in (people.get(m.get("person"), {}).get("keys") or [])] + keys_for(m.get("person") or "")
                for g in claims:
                    if g.get("type") in excl and g.get("person") and (
                            g["person"] == m.get("person") or person_matches(g["person"], tkeys, m["person"])):
                        self.fail(6, f"{stem}: trap {m['type']} on {m['person']} contradicts gold {g['type']} {g['person']}")

    # 7 -----------------------------------------------------------------
    def check7(self):
        expected = [f"{i:02d}" for i in range(1, 31)]
        if sorted(self.reports) != expected:
            self.fail(7, f"expected reports 01..30, found {sorted(self.reports)}")
        langs = {"en": 0, "ru": 0, "be": 0}
        for stem, rep in self.reports.items():
            if rep is None:
                self.fail(7, f"{stem}: .txt missing")
                continue
            pub, lang = rep["published"], rep["language"]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
                self.fail(7, f"{stem}: bad publication date {pub!r}")
            elif not (MIN_PUB <= pub <= MAX_PUB):
                self.fail(7, f"{stem}: publication date {pub} outside {MIN_PUB}..{MAX_PUB}")
            if lang not in langs:
                self.fail(7, f"{stem}: bad language {lang!r}")
            else:
                langs[lang] += 1
            if LANG_OF.get(stem) != lang:
                self.fail(7, f"{stem}: language {lang} but the numbering wants {LANG_OF.get(stem)}")
            if rep["blank"].strip():
                self.fail(7, f"{stem}: line 3 is not blank")
            lines = rep["text"].split("\n")
            if not lines[0].strip():
                self.fail(7, f"{stem}: no headline on line 4")
            if len([l for l in lines[1:] if l.strip()]) < 2:
                self.fail(7, f"{stem}: body too short")
            words = len(rep["text"].split())
            if not 150 <= words <= 550:
                self.fail(7, f"{stem}: {words} words, expected 150-550")
            g = rep["gold"]
            if g.get("published") != pub or g.get("language") != lang:
                self.fail(7, f"{stem}: gold header {g.get('published')}/{g.get('language')} != {pub}/{lang}")
            if set(g) != {"published", "language", "claims", "must_not"}:
                self.fail(7, f"{stem}: gold keys {sorted(g)}")
        if langs != {"en": 14, "ru": 10, "be": 6}:
            self.fail(7, f"language split {langs}, expected 14/10/6")

    # 8 -----------------------------------------------------------------
    def check8(self):
        types, kinds = set(), set()
        n_claims = n_traps = 0
        for stem, rep in self.ok_reports():
            text, lang = rep["text"], rep["language"]
            if lang == "be":
                bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
                if bad:
                    self.fail(8, f"{stem}: Belarusian text contains {bad}")
                if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                    self.fail(8, f"{stem}: Belarusian text lacks ў or і")
            elif lang == "ru":
                bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
                if bad:
                    self.fail(8, f"{stem}: Russian text contains {bad}")
            elif lang == "en":
                if re.search(r"[\u0400-\u04FF]", text):
                    self.fail(8, f"{stem}: English text contains Cyrillic")
            for c in rep["gold"].get("claims", []):
                types.add(c.get("type"))
                n_claims += 1
            for m in rep["gold"].get("must_not", []):
                kinds.add(m.get("kind"))
                n_traps += 1
        missing_t = [t for t in TYPES if t not in types]
        missing_k = [k for k in KINDS if k not in kinds]
        if missing_t:
            self.fail(8, f"event types not covered: {missing_t}")
        if missing_k:
            self.fail(8, f"trap kinds not covered: {missing_k}")
        share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
        if not 0.25 <= share <= 0.30:
            self.fail(8, f"traps are {share:.1%} of entries, expected 25-30 %")
        self.share = (n_claims, n_traps, share)

    def ok_reports(self):
        return [(s, r) for s, r in sorted(self.reports.items()) if r is not None]

    def run(self):
        names = {1: "gold persons are named and self-match",
                 2: "keys, spellings.json and relatives",
                 3: "listed spellings occur; prefix-sharing tokens listed",
                 4: "oracle scored by the scorer: P=R=F1=1.0",
                 5: "traps valid, named, not matched by gold",
                 6: "dates, attributes, release consistency",
                 7: "headers, word counts, language split, dates",
                 8: "scripts, coverage, trap share"}
        for i in range(1, 9):
            try:
                getattr(self, f"check{i}")()
            except Exception as exc:  # a crash is a failure, not a pass
                self.fail(i, f"check crashed: {type(exc).__name__}: {exc}")
            status = "ok" if i not in self.errors else f"FAILED ({len(self.errors[i])})"
            print(f"check {i}: {names[i]}: {status}")
            for msg in self.errors.get(i, [])[:25]:
                print(f"    - {msg}")
        if hasattr(self, "share"):
            c, t, s = self.share
            print(f"claims={c} traps={t} trap share={s:.1%}")
        if self.errors:
            print("CHECKS FAILED")
            return 1
        print("ALL CHECKS PASSED")
        return 0


def main(argv):
    args = list(argv)
    set_dir = HERE
    if "--set" in args:
        i = args.index("--set")
        set_dir = args[i + 1]
        del args[i:i + 2]
    if "--oracle" in args:
        def opt(name):
            i = args.index(name)
            return args[i + 1]
        return oracle(set_dir, opt("--oracle"), opt("--published"), opt("--lang"))
    if args:
        set_dir = args[0]
    return Checker(set_dir).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
