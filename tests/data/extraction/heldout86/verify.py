#!/usr/bin/env python3
"""Self-check of the heldout86 blind evaluation set for `volia extract`.

Usage:
  python3 verify.py                  run all checks on this folder; prints ALL CHECKS PASSED
  python3 verify.py --dir DIR        check another copy of the set
  python3 verify.py --stats          also print counts (reports, claims, traps, by type, by kind)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                     print the gold of the report whose text is FILE as
                                     extractor output (the extraction JSON of domain.md)

Stdlib only, plus the scorer module score_claims.py, found in $VOLIA_SCORER_DIR or in
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
    os.path.join(HERE, "../../../../../shared/tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"}
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"}
ISO = set("AD AE AF AG AL AM AO AR AT AU AZ BA BD BE BG BH BR BY CA CH CL CN CO CY CZ DE DK EE EG "
          "ES FI FR GB GE GR HR HU IE IL IN IQ IR IS IT JP KG KR KZ LI LT LU LV MD ME MK MN MT MX NL "
          "NO NZ PL PT RO RS RU SE SG SI SK TJ TM TR UA US UZ VA".split())
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
TOKEN = re.compile(r"[^\W\d_]+")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def folded_letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def stems(folder):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(args):
    text = open(args.oracle, encoding="utf-8").read()
    for stem in stems(args.dir):
        _, _, _, body = read_report(os.path.join(args.dir, stem + ".txt"))
        if body == text:
            break
    else:
        print(json.dumps({"error": "report not found"}))
        return 2
    gold = json.load(open(os.path.join(args.dir, stem + ".gold.json"), encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        date = g["date"]
        prec = {None: None, 4: "year", 7: "month", 10: "day"}[len(date) if date else None]
        person = None
        start = 0
        if g["person"]:
            mention = g["person"].split()[-1]
            for tok in TOKEN.finditer(text):
                if any(sc.key_matches_token(k, tok.group()) for k in g["surname_keys"]):
                    mention, start = tok.group(), tok.start()
                    break
            person = {"name": g["person"], "mention": mention, "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": date, "date_precision": prec,
                       "destination_country": g["destination_country"],
                       "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                       "evidence": {"start": start, "end": start + 80,
                                    "text": text[start:start + 80]}})
    print(json.dumps({"published": args.published or gold["published"],
                      "language": args.lang or gold["language"], "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.fail = []
        self.stats = {}

    def err(self, check, stem, msg):
        self.fail.append(f"[{check}] {stem}: {msg}")

    def run(self, with_oracle=True):
        folder = self.folder
        spell_path = os.path.join(folder, "spellings.json")
        if not os.path.exists(spell_path):
            self.err(2, "-", "spellings.json missing")
            return
        spellings = json.load(open(spell_path, encoding="utf-8"))
        st = stems(folder)
        expected = [f"{i:02d}" for i in range(1, 31)]
        if st != expected:
            self.err(7, "-", f"reports are {st}, expected 01..30")
        langs = Counter()
        n_claims = n_traps = 0
        types, kinds = Counter(), Counter()
        table = []
        for stem in st:
            pub, lang, blank, body = read_report(os.path.join(folder, stem + ".txt"))
            gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
            sp = spellings.get(stem)
            if sp is None:
                self.err(2, stem, "no spellings entry")
                sp = {}
            langs[lang] += 1
            words = len(body.split())
            self.check_header(stem, pub, lang, blank, body, gold, words)
            self.check_script(stem, lang, body)
            tokens = TOKEN.findall(body)
            caps = {t for t in tokens if t[:1].isupper()}
            self.check_spellings(stem, tokens, caps, sp)
            self.check_claims(stem, pub, gold, sp, tokens)
            self.check_traps(stem, gold, sp, tokens)
            n_claims += len(gold["claims"])
            n_traps += len(gold.get("must_not", []))
            types.update(c["type"] for c in gold["claims"])
            kinds.update(m.get("kind") for m in gold.get("must_not", []))
            table.append((stem, lang, pub, words, len(gold["claims"]), len(gold.get("must_not", []))))
        if dict(langs) != LANG_SPLIT:
            self.err(7, "-", f"language split {dict(langs)} != {LANG_SPLIT}")
        for t in sorted(TYPES - set(types)):
            self.err(8, "-", f"event type {t} not covered")
        for k in sorted(KINDS - set(kinds)):
            self.err(8, "-", f"trap kind {k} not covered")
        total = n_claims + n_traps
        ratio = n_traps / total if total else 0
        if not 0.25 <= ratio <= 0.30:
            self.err(8, "-", f"traps are {ratio:.1%} of entries, need 25-30 %")
        self.stats = {"reports": len(st), "languages": dict(langs), "claims": n_claims,
                      "traps": n_traps, "trap_share": round(ratio, 4), "by_type": dict(types),
                      "by_kind": dict(kinds), "table": table}
        if with_oracle:
            self.check_oracle()

    # 7
    def check_header(self, stem, pub, lang, blank, body, gold, words):
        if not valid_date(pub) or len(pub) != 10:
            self.err(7, stem, f"bad publication date {pub!r}")
        elif not "2021-01-01" <= pub <= "2026-11-20":
            self.err(7, stem, f"publication date {pub} out of range")
        if lang not in LANG_SPLIT:
            self.err(7, stem, f"bad language {lang!r}")
        if blank.strip():
            self.err(7, stem, "line 3 is not blank")
        if not body.strip() or not body.split("\n")[0].strip():
            self.err(7, stem, "no headline on line 4")
        if not 150 <= words <= 550:
            self.err(7, stem, f"{words} words, need 150-550")
        if gold.get("published") != pub or gold.get("language") != lang:
            self.err(7, stem, "gold published/language differ from the report header")

    # 8 (script part)
    def check_script(self, stem, lang, body):
        low = body.lower()
        if lang == "be":
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                self.err(8, stem, f"Belarusian text has {bad}")
            if "ў" not in low or "і" not in low:
                self.err(8, stem, "Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(ch for ch in low if ch in "ўі"))
            if bad:
                self.err(8, stem, f"Russian text has {bad}")
        elif lang == "en":
            if CYRILLIC.search(body):
                self.err(8, stem, "English text has Cyrillic")

    # 2 and 3
    def check_spellings(self, stem, tokens, caps, sp):
        tokset = set(tokens)
        all_forms = set()
        for name, e in sp.items():
            all_forms.update(e.get("surname_forms", []))
            all_forms.update(e.get("given_forms", []))
        for name, e in sp.items():
            keys = e.get("surname_keys") or []
            forms = e.get("surname_forms") or []
            if not keys or not forms:
                self.err(2, stem, f"{name}: keys or surname forms missing")
                continue
            if any(k != folded_letters(k) or not k for k in keys):
                self.err(2, stem, f"{name}: keys must be lower-case folded Latin: {keys}")
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    self.err(2, stem, f"{name}: keys {keys} do not match listed spelling {f}")
            allowed = set(forms)
            rels = e.get("relatives", [])
            for r in rels:
                if r not in sp:
                    self.err(2, stem, f"{name}: relative {r} not listed")
                    continue
                allowed.update(sp[r].get("surname_forms", []))
                if name not in sp[r].get("relatives", []):
                    self.err(2, stem, f"relatives {name} / {r} not linked both ways")
                if sc.person_matches(r, keys, name):
                    self.err(2, stem, f"person_matches({r!r}, keys of {name}) accepts a relative")
                if sc.person_matches(name, sp[r]["surname_keys"], r):
                    self.err(2, stem, f"person_matches({name!r}, keys of {r}) accepts a relative")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    self.err(2, stem, f"{name}: keys {keys} also match {t!r}")
            for f in forms + (e.get("given_forms") or []):
                if f not in tokset:
                    self.err(3, stem, f"{name}: listed spelling {f!r} not in text")
        prefixes = {folded_letters(f)[:4] for e in sp.values() for f in e.get("surname_forms", [])}
        for t in caps:
            if folded_letters(t)[:4] in prefixes and t not in all_forms:
                self.err(3, stem, f"capitalised {t!r} shares a prefix with a surname but is not listed")

    # 1, 2 (gold keys), 6
    def check_claims(self, stem, pub, gold, sp, tokens):
        released = {}
        for c in gold["claims"]:
            released.setdefault(c["type"], set()).add(c["person"])
        for c in gold["claims"]:
            t, person = c.get("type"), c.get("person")
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                self.err(6, stem, f"claim fields {sorted(c)}")
            if t not in TYPES:
                self.err(6, stem, f"unknown type {t}")
                continue
            d = c.get("date")
            if not valid_date(d):
                self.err(6, stem, f"{t} {person}: bad date {d!r}")
            elif d and d > pub[:len(d)]:
                self.err(6, stem, f"{t} {person}: date {d} after publication {pub}")
            if t == "group_release":
                if person is not None or c["surname_keys"]:
                    self.err(6, stem, "group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    self.err(6, stem, "group_release without a positive count")
            else:
                if not person:
                    self.err(6, stem, f"{t} without a person")
                    continue
                if c.get("count") is not None:
                    self.err(6, stem, f"{t} {person}: count outside group_release")
                keys = c["surname_keys"]
                if person not in sp:
                    self.err(2, stem, f"{person} has no spellings entry")
                elif sp[person]["surname_keys"] != keys:
                    self.err(2, stem, f"{person}: gold keys {keys} != spellings keys")
                if not any(sc.key_matches_token(k, tok) for k in keys for tok in tokens):
                    self.err(1, stem, f"{person}: no token of the report matches {keys}")
                if not sc.person_matches(person, keys, person):
                    self.err(1, stem, f"{person}: person_matches rejects the gold name")
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    self.err(6, stem, f"deported {person}: bad country {c.get('destination_country')}")
                if person not in released.get("released", set()):
                    self.err(6, stem, f"deported {person} without released")
            elif c.get("destination_country") is not None:
                self.err(6, stem, f"{t} {person}: destination_country outside deported")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    self.err(6, stem, f"sentenced {person}: bad term {tm}")
            elif c.get("term_months") is not None:
                self.err(6, stem, f"{t} {person}: term_months outside sentenced")
            if t == "pardoned" and person not in released.get("released", set()):
                self.err(6, stem, f"pardoned {person} without released")

    # 5, 6
    def check_traps(self, stem, gold, sp, tokens):
        seen = set()
        for m in gold.get("must_not", []):
            t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if set(m) != {"type", "person", "why", "kind"}:
                self.err(5, stem, f"trap fields {sorted(m)}")
            if t not in TYPES or t == "group_release":
                self.err(5, stem, f"trap type {t}")
            if kind not in KINDS:
                self.err(5, stem, f"trap kind {kind}")
            if not isinstance(why, str) or len(why.strip()) < 8:
                self.err(5, stem, f"trap {t} {person}: why missing")
            if (t, person) in seen:
                self.err(5, stem, f"trap {t} {person} listed twice")
            seen.add((t, person))
            if not person or person not in sp:
                self.err(5, stem, f"trap person {person} has no spellings entry")
                continue
            own = sp[person]["surname_keys"]
            if not any(sc.key_matches_token(k, tok) for k in own for tok in tokens):
                self.err(5, stem, f"trap person {person} not named in the text")
            for c in gold["claims"]:
                if not c["person"]:
                    continue
                for keys in (sc.keys_for(person), own):
                    if c["type"] == t and sc.person_matches(c["person"], keys, person):
                        self.err(5, stem, f"gold {t} {c['person']} matches trap {t} {person} (keys {keys})")
                if c["person"] == person or sc.person_matches(c["person"], own, person):
                    if t == "released" and c["type"] in ("released", "pardoned", "deported"):
                        self.err(6, stem, f"released trap on {person} but gold {c['type']}")
                    if t in ("pardoned", "deported") and c["type"] == t:
                        self.err(6, stem, f"{t} trap on {person} but gold {t}")

    # 4
    def check_oracle(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.folder)} --oracle"
        if " " in os.path.abspath(__file__) or " " in os.path.abspath(self.folder):
            self.err(4, "-", "paths with spaces cannot be passed to the scorer command")
            return
        res = sc.score(self.folder, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["articles"] == 30 and res["violations"] == 0 and res["errors"] == 0
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        self.stats["oracle"] = {k: res[k] for k in ("precision", "recall", "f1", "violations",
                                                      "errors", "articles")}
        self.stats["oracle"]["attributes"] = a
        if not ok:
            self.err(4, "-", f"oracle score {self.stats['oracle']}")
            for line in res["details"][:20]:
                self.err(4, "-", line)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--no-oracle", action="store_true", help="skip check 4 (faster)")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    ch = Checker(args.dir)
    ch.run(with_oracle=not args.no_oracle)
    if args.stats:
        s = ch.stats
        print(f"reports {s.get('reports')}  languages {s.get('languages')}")
        print(f"claims {s.get('claims')}  traps {s.get('traps')}  traps share {s.get('trap_share', 0):.1%}")
        print("by type:", json.dumps(dict(sorted(s.get("by_type", {}).items())), ensure_ascii=False))
        print("by kind:", json.dumps(dict(sorted(s.get("by_kind", {}).items())), ensure_ascii=False))
        for row in s.get("table", []):
            print("  %s %s %s words=%d claims=%d traps=%d" % row)
        if "oracle" in s:
            print("oracle:", json.dumps(s["oracle"]))
    for f in ch.fail:
        print("FAIL", f)
    if ch.fail:
        print(f"{len(ch.fail)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
