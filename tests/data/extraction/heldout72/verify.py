#!/usr/bin/env python3
"""Self-check of the heldout72 evaluation set.

  python3 verify.py                      run all checks, print ALL CHECKS PASSED or the failures
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         extractor output (the extraction JSON of domain.md);
                                         used by check (4) through the scorer.

The scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools relative to
this file. Only the standard library and the scorer are used.
"""
import argparse
import calendar
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
RELEASE_TYPES = ("released", "deported", "pardoned")
# ISO 3166-1 alpha-2 codes plausible as destinations (neighbours, EU, and others); extend if needed.
ISO = set("AT BE BG CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IT KZ LT LU LV MD MT NL NO PL PT "
          "RO RS SE SI SK TR UA US AM AZ KG UZ CA AU".split())
EXPECT_LANG = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
TRAP_SHARE = (0.25, 0.30)
TOKEN_RE = re.compile(r"[^\W\d_]+")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text):
    return TOKEN_RE.findall(text)


def caps(text):
    return [t for t in tokens(text) if t[0].isupper()]


def valid_date(d):
    m = DATE_RE.match(d or "")
    if not m:
        return False
    y, mo, da = m.groups()
    if mo and not 1 <= int(mo) <= 12:
        return False
    if da and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), "unknown")


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        raw, body = read_report(stem)
        if body == text:
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    out = []
    for c in gold["claims"]:
        person, ev = None, {"start": 0, "end": 0, "text": ""}
        if c["person"]:
            mention = c["person"]
            for m in TOKEN_RE.finditer(text):
                if any(key_matches_token(k, m.group()) for k in c["surname_keys"]):
                    mention = m.group()
                    ev = {"start": m.start(), "end": m.end(), "text": m.group()}
                    break
            person = {"name": c["person"], "mention": mention, "person_id": None}
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.failures = []

    def fail(self, check, msg):
        self.failures.append(f"({check}) {msg}")

    def run(self):
        spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
        all_types, all_kinds, langs = set(), set(), {}
        n_claims = n_traps = 0
        for stem in stems():
            raw, body = read_report(stem)
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            people = spellings.get(stem)
            if people is None:
                self.fail(7, f"{stem}: no entry in spellings.json")
                people = []
            pub, lang = raw[0].strip(), raw[1].strip()
            langs[lang] = langs.get(lang, 0) + 1
            n_claims += len(gold["claims"])
            n_traps += len(gold["must_not"])
            all_types |= {c.get("type") for c in gold["claims"]}
            all_kinds |= {m.get("kind") for m in gold["must_not"]}
            self.check_header(stem, raw, body, gold)
            self.check_lang(stem, lang, body)
            self.check_spellings(stem, body, gold, people)
            self.check_claims(stem, body, pub, gold)
            self.check_traps(stem, body, gold, people)
        # (7) split
        if langs != EXPECT_LANG:
            self.fail(7, f"language split {langs}, expected {EXPECT_LANG}")
        # (8) coverage
        for t in TYPES:
            if t not in all_types:
                self.fail(8, f"event type {t} not covered by any gold claim")
        for k in KINDS:
            if k not in all_kinds:
                self.fail(8, f"trap kind {k} not used")
        share = n_traps / max(n_claims + n_traps, 1)
        if not TRAP_SHARE[0] <= share <= TRAP_SHARE[1]:
            self.fail(8, f"trap share {share:.3f} outside {TRAP_SHARE}")
        extra = set(spellings) - set(stems())
        if extra:
            self.fail(7, f"spellings.json has reports without gold: {sorted(extra)}")
        # (4) oracle through the scorer
        self.check_oracle()
        return n_claims, n_traps, share

    # (7) headers and size
    def check_header(self, stem, raw, body, gold):
        if len(raw) < 5 or not re.match(r"^\d{4}-\d{2}-\d{2}$", raw[0]) or raw[1] not in EXPECT_LANG or raw[2] != "":
            self.fail(7, f"{stem}: bad header (date / language / blank line)")
            return
        if not valid_date(raw[0]) or not PUB_MIN <= raw[0] <= PUB_MAX:
            self.fail(7, f"{stem}: publication date {raw[0]} invalid or out of range")
        if gold.get("published") != raw[0] or gold.get("language") != raw[1]:
            self.fail(7, f"{stem}: gold published/language differ from the header")
        if not raw[3].strip():
            self.fail(7, f"{stem}: line 4 must be the headline")
        n = len(body.split())
        if not WORDS_MIN <= n <= WORDS_MAX:
            self.fail(7, f"{stem}: body has {n} words, outside {WORDS_MIN}-{WORDS_MAX}")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            self.fail(7, f"{stem}: gold keys {sorted(gold)}")

    # (8) orthography
    def check_lang(self, stem, lang, body):
        cyr = re.findall(r"[\u0400-\u04ff]", body)
        if lang == "en" and cyr:
            self.fail(8, f"{stem}: Cyrillic letters in an English report")
        if lang == "ru":
            bad = set(re.findall(r"[іІўЎ]", body))
            if bad:
                self.fail(8, f"{stem}: Belarusian letters {bad} in a Russian report")
            if not cyr:
                self.fail(8, f"{stem}: Russian report without Cyrillic")
        if lang == "be":
            bad = set(re.findall(r"[иИщЩъЪ]", body))
            if bad:
                self.fail(8, f"{stem}: non-Belarusian letters {bad} in a Belarusian report")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                self.fail(8, f"{stem}: Belarusian report without ў or і")

    # (1) (2) (3) names and spellings
    def check_spellings(self, stem, body, gold, people):
        toks = set(tokens(body))
        cap = set(caps(body))
        by_name = {p["name"]: p for p in people}
        listed = set()
        for p in people:
            listed |= set(p["surname_forms"]) | set(p["given_forms"])
        # gold persons must be in spellings with the same keys; (1) matched by a token
        for c in gold["claims"]:
            if not c.get("person"):
                continue
            p = by_name.get(c["person"])
            if p is None:
                self.fail(1, f"{stem}: gold person {c['person']} missing from spellings.json")
            elif p["surname_keys"] != c.get("surname_keys"):
                self.fail(1, f"{stem}: keys of {c['person']} differ between gold and spellings")
            if not c.get("surname_keys"):
                self.fail(1, f"{stem}: {c['person']} has no surname_keys")
                continue
            if not any(key_matches_token(k, t) for k in c["surname_keys"] for t in toks):
                self.fail(1, f"{stem}: no token of the report matches keys {c['surname_keys']} of {c['person']}")
            if not person_matches(c["person"], c["surname_keys"], c["person"]):
                self.fail(1, f"{stem}: person_matches rejects {c['person']} with its own keys")
        for p in people:
            keys = p["surname_keys"]
            own = set(p["surname_forms"])
            allowed = set(own)
            for r in p["relatives_sharing_surname"]:
                if r not in by_name:
                    self.fail(2, f"{stem}: relative {r} of {p['name']} not listed")
                else:
                    allowed |= set(by_name[r]["surname_forms"])
                    if p["name"] not in by_name[r]["relatives_sharing_surname"]:
                        self.fail(2, f"{stem}: relative link {p['name']} -> {r} not symmetric")
            if not own:
                self.fail(3, f"{stem}: {p['name']} has no surname form")
            # (2) keys match every listed spelling and no other capitalised word
            for f in own:
                if not any(key_matches_token(k, f) for k in keys):
                    self.fail(2, f"{stem}: keys {keys} of {p['name']} miss the form {f}")
            for t in cap:
                if any(key_matches_token(k, t) for k in keys) and t not in allowed:
                    self.fail(2, f"{stem}: keys {keys} of {p['name']} also match unlisted word {t}")
            # (3) listed spellings occur
            for f in list(own) + list(p["given_forms"]):
                if f not in toks:
                    self.fail(3, f"{stem}: listed form {f} of {p['name']} does not occur")
            # (3) lookalikes must be listed
            for f in own:
                pre = re.sub(r"[^a-z]", "", fold(f))[:4]
                for t in cap:
                    if re.sub(r"[^a-z]", "", fold(t))[:4] == pre and t not in listed:
                        self.fail(3, f"{stem}: {t} shares the prefix '{pre}' with {f} but is not listed")
            # relatives who share a surname must be distinguishable by the scorer
            for r in p["relatives_sharing_surname"]:
                if person_matches(r, keys_for(p["name"]), p["name"]):
                    self.fail(2, f"{stem}: scorer cannot tell {r} from {p['name']}")
            # given forms: the nominative given name should occur or an inflected form be listed
            if not p["given_forms"]:
                self.fail(3, f"{stem}: {p['name']} has no given-name form")

    # (6) claim shape, dates, consistency
    def check_claims(self, stem, body, pub, gold):
        claims = gold["claims"]
        fields = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
        bad_shape = [c for c in claims if list(c) != fields]
        for c in bad_shape:
            self.fail(6, f"{stem}: claim fields {list(c)} (expected {fields})")
        claims = [c for c in claims if list(c) == fields]
        for c in claims:
            if c["type"] not in TYPES:
                self.fail(6, f"{stem}: unknown type {c['type']}")
            if c["date"] is not None and (not valid_date(c["date"]) or c["date"] > pub[:len(c["date"])]):
                self.fail(6, f"{stem}: bad or future date {c['date']} in {c['type']} {c['person']}")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] or not isinstance(c["count"], int) or c["count"] <= 0:
                    self.fail(6, f"{stem}: group_release needs null person, no keys and a positive count")
            else:
                if not c["person"] or c["count"] is not None:
                    self.fail(6, f"{stem}: {c['type']} needs a person and no count")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO:
                    self.fail(6, f"{stem}: deported {c['person']} without an ISO country")
            elif c["destination_country"] is not None:
                self.fail(6, f"{stem}: destination_country on {c['type']}")
            if c["type"] != "sentenced" and c["term_months"] is not None:
                self.fail(6, f"{stem}: term_months on {c['type']}")
            if c["type"] == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                self.fail(6, f"{stem}: bad term_months {c['term_months']}")
            for k in c["surname_keys"]:
                if k != k.lower() or re.search(r"[^a-z]", k):
                    self.fail(6, f"{stem}: key {k!r} is not lower-case folded Latin")
        have = {(c["type"], c["person"]) for c in claims}
        for c in claims:
            if c["type"] in ("deported", "pardoned") and ("released", c["person"]) not in have:
                self.fail(6, f"{stem}: {c['type']} {c['person']} without a released claim")
        for c in claims:
            same = [d for d in claims if d is not c and d["type"] == c["type"] and d["person"] == c["person"]
                    and d["date"] == c["date"] and d["type"] != "group_release"]
            if same:
                self.fail(6, f"{stem}: duplicate {c['type']} {c['person']} {c['date']}")

    # (5) traps
    def check_traps(self, stem, body, gold, people):
        toks = set(tokens(body))
        names = {p["name"] for p in people}
        seen = set()
        for m in gold["must_not"]:
            if list(m) != ["type", "person", "why", "kind"]:
                self.fail(5, f"{stem}: must_not fields {list(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS or not m.get("why"):
                self.fail(5, f"{stem}: bad must_not entry {m}")
            if (m["type"], m["person"]) in seen:
                self.fail(5, f"{stem}: duplicate must_not {m['type']} {m['person']}")
            seen.add((m["type"], m["person"]))
            if m["person"] not in names:
                self.fail(5, f"{stem}: trap person {m['person']} missing from spellings.json")
            tkeys = keys_for(m["person"])
            if not any(key_matches_token(k, t) for k in tkeys for t in toks):
                self.fail(5, f"{stem}: trap person {m['person']} is not named in the text")
            for c in gold["claims"]:
                if not c.get("person"):
                    continue
                hit = person_matches(c["person"], tkeys, m["person"])
                if hit and c.get("type") == m["type"]:
                    self.fail(5, f"{stem}: gold {c['type']} {c['person']} is matched by must_not {m['person']}")
                if hit and m["type"] == "released" and c.get("type") in RELEASE_TYPES:
                    self.fail(6, f"{stem}: {c['person']} has gold {c['type']} but a released trap")

    # (4)
    def check_oracle(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
        res = score(HERE, cmd, 120)
        a = res["attributes"]
        if res["errors"]:
            self.fail(4, f"oracle: {res['errors']} errors")
        if res["violations"]:
            self.fail(4, f"oracle: {res['violations']} violations")
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
            self.fail(4, f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']}; "
                         + "; ".join(res["details"][:10]))
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                self.fail(4, f"oracle: {k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
        if res["articles"] != len(stems()):
            self.fail(4, f"oracle: scored {res['articles']} articles")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang)
    ch = Checker()
    n_claims, n_traps, share = ch.run()
    print(f"reports={len(stems())} claims={n_claims} must_not={n_traps} trap_share={share:.3f}")
    if ch.failures:
        for f in ch.failures:
            print("FAIL", f)
        print(f"{len(ch.failures)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
