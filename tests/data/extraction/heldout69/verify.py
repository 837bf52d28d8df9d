#!/usr/bin/env python3
"""Self-check of the heldout69 blind evaluation set.

  python3 verify.py                       run every check, print ALL CHECKS PASSED or the failures
  python3 verify.py --dir OTHER_COPY      check another copy of the set (e.g. a mutated one)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                          act as an extractor that prints the gold of the report
                                          whose text is FILE (extraction JSON of domain.md)

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, else from
../../../../../shared/tools relative to this file.  Standard library only otherwise.
"""
import argparse
import datetime as dt
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
import score_claims  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
RELEASE_TYPES = {"released", "pardoned", "deported"}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ------------------------------------------------------------------ loading
def read_report(folder, stem):
    raw = open(os.path.join(folder, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and len(t) > 2 and t[-2:] in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def caps(toks):
    return [t for t in toks if t[:1].isupper()]


def body_words(text):
    return [w for w in text.split() if re.search(r"\w", w)]


def stems(folder):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))


# ------------------------------------------------------------------ oracle
def precision_of(date):
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def oracle(folder, path, published, lang):
    text = open(path, encoding="utf-8").read()
    spellings = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    for stem in stems(folder):
        raw, body = read_report(folder, stem)
        if body.strip() != text.strip():
            continue
        gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
        people = {p["name"]: p for p in spellings.get(stem, [])}
        claims = []
        for c in gold["claims"]:
            person, start, end, mention = None, 0, 0, None
            if c["person"]:
                forms = people.get(c["person"], {}).get("surname_forms") or [c["person"]]
                for form in forms:
                    i = text.find(form)
                    if i >= 0:
                        start, end, mention = i, i + len(form), form
                        break
                person = {"name": c["person"], "mention": mention, "person_id": None}
            claims.append({"type": c["type"], "person": person, "date": c["date"],
                           "date_precision": precision_of(c["date"]),
                           "destination_country": c["destination_country"],
                           "term_months": c["term_months"], "count": c["count"],
                           "confidence": 1.0,
                           "evidence": {"start": start, "end": end, "text": text[start:end]}})
        print(json.dumps({"published": published, "language": lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


# ------------------------------------------------------------------ checks
class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.failures = []

    def fail(self, check, msg):
        self.failures.append(f"[{check}] {msg}")

    def run(self):
        folder = self.folder
        expected = [f"{i:02d}" for i in range(1, 31)]
        found = stems(folder)
        if found != expected:
            self.fail(7, f"gold files {found} != 01..30")
        spellings = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
        langs, all_types, all_kinds = {}, set(), set()
        n_claims = n_traps = 0
        for stem in found:
            raw, text = read_report(folder, stem)
            gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
            published, lang = raw[0].strip(), raw[1].strip()
            langs[lang] = langs.get(lang, 0) + 1
            toks = tokens(text, lang)
            tokset = set(toks)
            ctoks = caps(toks)
            people = spellings.get(stem)
            if not people:
                self.fail(3, f"{stem}: no spellings entry")
                people = []
            byname = {p["name"]: p for p in people}
            n_claims += len(gold["claims"])
            n_traps += len(gold["must_not"])
            all_types |= {c["type"] for c in gold["claims"]}
            all_kinds |= {m.get("kind") for m in gold["must_not"]}
            self.check_headers(stem, raw, text, gold, published, lang)
            self.check_spellings(stem, people, byname, toks, tokset, ctoks)
            self.check_claims(stem, gold, byname, toks, published)
            self.check_traps(stem, gold, byname, toks)
            if lang == "be":
                self.check_belarusian(stem, text)
            elif re.search(r"[ўЎіІ]", text):
                self.fail(8, f"{stem}: Belarusian letters in a {lang} report")
        for lang, n in LANG_SPLIT.items():
            if langs.get(lang, 0) != n:
                self.fail(7, f"{langs.get(lang, 0)} {lang} reports, want {n}")
        for t in TYPES:
            if t not in all_types:
                self.fail(8, f"event type {t} not covered by any gold claim")
        for k in KINDS:
            if k not in all_kinds:
                self.fail(8, f"trap kind {k} not used")
        share = n_traps / max(n_claims + n_traps, 1)
        if not 0.22 <= share <= 0.35:
            self.fail(8, f"traps are {share:.0%} of entries, want about 25-30%")
        self.stats = (n_claims, n_traps, share)
        self.check_oracle()
        return self.failures

    # (7) headers and sizes
    def check_headers(self, stem, raw, text, gold, published, lang):
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            self.fail(7, f"{stem}: bad publication date {published!r}")
        if not (PUB_MIN <= published <= PUB_MAX):
            self.fail(7, f"{stem}: publication date {published} out of range")
        if lang not in LANG_SPLIT:
            self.fail(7, f"{stem}: bad language {lang!r}")
        if raw[2].strip() != "":
            self.fail(7, f"{stem}: line 3 not blank")
        if len(raw) < 5 or not raw[3].strip() or raw[4].strip():
            self.fail(7, f"{stem}: expected a headline line followed by a blank line")
        n = len(body_words(text))
        if not 150 <= n <= 550:
            self.fail(7, f"{stem}: {n} body words")
        if gold.get("published") != published or gold.get("language") != lang:
            self.fail(7, f"{stem}: gold header differs from the report header")

    # (1)(2)(3) names
    def check_spellings(self, stem, people, byname, toks, tokset, ctoks):
        all_forms = set()
        for p in people:
            all_forms |= set(p["surname_forms"]) | set(p["given_forms"])
        for p in people:
            keys, forms = p["surname_keys"], p["surname_forms"]
            if not keys or any(not re.fullmatch(r"[a-z]+", k) for k in keys):
                self.fail(2, f"{stem}: {p['name']}: keys {keys} must be lower-case Latin")
                continue
            if not forms:
                self.fail(3, f"{stem}: {p['name']}: no surname forms listed")
            for form in forms + p["given_forms"]:
                if form not in tokset:
                    self.fail(3, f"{stem}: {p['name']}: listed spelling {form!r} not in the text")
            for form in forms:
                if not any(key_matches_token(k, form) for k in keys):
                    self.fail(2, f"{stem}: {p['name']}: keys {keys} miss spelling {form!r}")
            allowed = set(forms)
            for rel in p["relatives_sharing_surname"]:
                if rel not in byname:
                    self.fail(3, f"{stem}: {p['name']}: relative {rel!r} not listed")
                    continue
                allowed |= set(byname[rel]["surname_forms"])
                self.check_relative(stem, p, byname[rel])
            for t in set(ctoks) - allowed:
                if any(key_matches_token(k, t) for k in keys):
                    self.fail(2, f"{stem}: {p['name']}: keys {keys} also match {t!r}")
            if not person_matches(p["name"], keys, p["name"]):
                self.fail(1, f"{stem}: {p['name']}: person_matches rejects its own name")
        surname_forms = {f for p in people for f in p["surname_forms"]}
        prefixes = {re.sub(r"[^a-z]", "", fold(f))[:4] for f in surname_forms}
        for t in set(ctoks):
            if re.sub(r"[^a-z]", "", fold(t))[:4] in prefixes and t not in all_forms:
                self.fail(3, f"{stem}: capitalised {t!r} shares a prefix with a surname but is not listed")

    def check_relative(self, stem, p, r):
        g1 = score_claims.surname_gender(p["name"].split()[-1])
        g2 = score_claims.surname_gender(r["name"].split()[-1])
        if g1 and g2 and g1 != g2:
            return
        if not score_claims.given_compatible(p["name"].split()[0], r["name"].split()[0]):
            return
        self.fail(2, f"{stem}: relatives {p['name']} / {r['name']} are indistinguishable to the scorer")

    # (1)(6) claims
    def check_claims(self, stem, gold, byname, toks, published):
        claims = gold["claims"]
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                self.fail(6, f"{stem}: unknown type {t!r}")
                continue
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                self.fail(6, f"{stem}: claim fields {sorted(c)}")
            d = c["date"]
            if d is not None:
                ok = bool(DATE_RE.match(d))
                if ok:
                    try:
                        dt.date.fromisoformat((d + "-01-01")[:10] if len(d) == 4 else
                                              (d + "-01")[:10] if len(d) == 7 else d)
                    except ValueError:
                        ok = False
                if not ok:
                    self.fail(6, f"{stem}: invalid date {d!r}")
                elif d > published[:len(d)]:
                    self.fail(6, f"{stem}: {t} {c['person']} dated {d}, after publication {published}")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["count"] < 2:
                    self.fail(6, f"{stem}: group_release needs null person and a count")
            else:
                if c["count"] is not None:
                    self.fail(6, f"{stem}: count on {t}")
                name, keys = c["person"], c["surname_keys"]
                if not name or not keys:
                    self.fail(1, f"{stem}: {t} without person or keys")
                    continue
                if name not in byname:
                    self.fail(1, f"{stem}: {name} missing from spellings.json")
                elif byname[name]["surname_keys"] != keys:
                    self.fail(1, f"{stem}: {name}: claim keys differ from spellings.json")
                if not any(key_matches_token(k, tok) for k in keys for tok in toks):
                    self.fail(1, f"{stem}: {name}: no token of the report matches keys {keys}")
                if not person_matches(name, keys, name):
                    self.fail(1, f"{stem}: {name}: person_matches fails on its own keys")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    self.fail(6, f"{stem}: deported {c['person']} without ISO country")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                    self.fail(6, f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                self.fail(6, f"{stem}: destination_country on {t}")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == c["person"]
                                           for o in claims):
                self.fail(6, f"{stem}: pardoned {c['person']} without released")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int)
                                                     or c["term_months"] <= 0):
                    self.fail(6, f"{stem}: bad term {c['term_months']!r}")
            elif c["term_months"] is not None:
                self.fail(6, f"{stem}: term_months on {t}")

    # (5)(6) traps
    def check_traps(self, stem, gold, byname, toks):
        for m in gold["must_not"]:
            if m.get("type") not in TYPES or m.get("kind") not in KINDS or not m.get("why"):
                self.fail(5, f"{stem}: malformed must_not {m}")
                continue
            keys = keys_for(m["person"])
            if m["person"] not in byname:
                self.fail(5, f"{stem}: trap person {m['person']} missing from spellings.json")
            if not any(key_matches_token(k, tok) for k in keys for tok in toks):
                self.fail(5, f"{stem}: trap person {m['person']} is not named in the text")
            for c in gold["claims"]:
                if not c["person"]:
                    continue
                hit = person_matches(c["person"], keys, m["person"])
                if hit and c["type"] == m["type"]:
                    self.fail(5, f"{stem}: gold {c['type']} {c['person']} is caught by trap {m}")
                if hit and m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES:
                    self.fail(6, f"{stem}: {c['person']} has gold {c['type']} but a {m['type']} trap")

    # (8) orthography
    def check_belarusian(self, stem, text):
        bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
        if bad:
            self.fail(8, f"{stem}: Russian letters {bad} in Belarusian text")
        if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
            self.fail(8, f"{stem}: Belarusian text lacks ў or і")

    # (4) the gold itself, printed as extractor output, must score perfectly
    def check_oracle(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.folder)} --oracle"
        res = score(self.folder, cmd, 60)
        a = res["attributes"]
        want_dates = want_dest = want_term = 0
        for stem in stems(self.folder):
            for c in json.load(open(os.path.join(self.folder, stem + ".gold.json"),
                                    encoding="utf-8"))["claims"]:
                want_dates += bool(c["date"])
                want_dest += bool(c["destination_country"])
                want_term += bool(c["term_months"])
        problems = []
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
            problems.append(f"P/R/F1 {res['precision']}/{res['recall']}/{res['f1']}")
        if res["violations"] or res["errors"]:
            problems.append(f"violations={res['violations']} errors={res['errors']}")
        if (a.get("date_ok", 0), a.get("date_total", 0)) != (want_dates, want_dates):
            problems.append(f"dates {a.get('date_ok', 0)}/{a.get('date_total', 0)} of {want_dates}")
        if (a.get("dest_ok", 0), a.get("dest_total", 0)) != (want_dest, want_dest):
            problems.append(f"countries {a.get('dest_ok', 0)}/{a.get('dest_total', 0)} of {want_dest}")
        if (a.get("term_ok", 0), a.get("term_total", 0)) != (want_term, want_term):
            problems.append(f"terms {a.get('term_ok', 0)}/{a.get('term_total', 0)} of {want_term}")
        for p in problems:
            self.fail(4, "oracle: " + p)
        for line in res["details"]:
            self.fail(4, "oracle: " + line)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    checker = Checker(args.dir)
    failures = checker.run()
    n_claims, n_traps, share = checker.stats
    print(f"{n_claims} gold claims, {n_traps} must_not entries ({share:.0%} traps)")
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"{len(failures)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
