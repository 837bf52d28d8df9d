#!/usr/bin/env python3
"""Self-check for the heldout84 extraction set.

  python3 verify.py                 run every check, print ALL CHECKS PASSED on success
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --stats         print counts (reports, claims, traps, by type, by kind)
  python3 verify.py --oracle FILE --published DATE --lang LANG
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
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
ISO = set("AD AE AF AG AL AM AO AR AT AU AZ BA BE BG BR BY CA CH CL CN CY CZ DE DK EE ES FI FR "
          "GB GE GR HR HU IE IL IN IS IT JP KG KZ LT LU LV MD ME MK MN MT MX NL NO NZ PL PT RO "
          "RS RU SE SI SK TJ TM TR UA US UZ".split())
SPLIT = {"en": 14, "ru": 10, "be": 6}
FIRST, LAST = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN = re.compile(r"[^\W\d_]+(?:[’'ʼ][^\W\d_]+)*")


def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        t2 = re.sub(r"[’'ʼ]s$", "", t) if re.match(r"[A-Za-z]", t) else t
        out.append(t2)
    return out


def capitalised(text):
    return {t for t in tokens(text) if t[:1].isupper()}


def prefix4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:]), raw


def parse_date(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                return datetime.datetime.strptime(s, fmt).date()
            except ValueError:
                return None
    return None


def key_hit(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in stems(d):
        pub, lg, body, _ = read_report(os.path.join(d, stem + ".txt"))
        if body == text and pub == published and lg == lang:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")
                person = None if c.get("person") is None else {
                    "name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print("oracle: no report with this text", file=sys.stderr)
    return 1


class Checker:
    def __init__(self, d):
        self.d = d
        self.errors = []

    def err(self, n, stem, msg):
        self.errors.append(f"[check {n}] {stem}: {msg}")

    def load(self):
        self.reports = {}
        for stem in stems(self.d):
            pub, lang, body, raw = read_report(os.path.join(self.d, stem + ".txt"))
            gold = json.load(open(os.path.join(self.d, stem + ".gold.json"), encoding="utf-8"))
            self.reports[stem] = dict(pub=pub, lang=lang, body=body, raw=raw, gold=gold)
        self.spell = json.load(open(os.path.join(self.d, "spellings.json"), encoding="utf-8"))

    def persons(self, stem):
        return {p["person"]: p for p in self.spell.get(stem, {}).get("persons", [])}

    def run(self):
        self.load()
        for stem, r in self.reports.items():
            self.check_report(stem, r)
        self.check_oracle()
        self.check_set()
        return self.errors

    def check_report(self, stem, r):
        body, gold, lang = r["body"], r["gold"], r["lang"]
        toks = set(tokens(body))
        caps = capitalised(body)
        pers = self.persons(stem)
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        # 7. headers, words
        raw = r["raw"]
        pd = parse_date(r["pub"]) if len(r["pub"]) == 10 else None
        if not pd or not (FIRST <= pd <= LAST):
            self.err(7, stem, f"bad publication date {r['pub']!r}")
        if lang not in SPLIT:
            self.err(7, stem, f"bad language {lang!r}")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            self.err(7, stem, "header must be date, language, blank line, headline")
        words = len(body.split())
        if not 150 <= words <= 550:
            self.err(7, stem, f"{words} words")
        if gold.get("published") != r["pub"] or gold.get("language") != lang:
            self.err(7, stem, "gold published/language differ from the report header")
        # 8. script
        low = body.lower()
        if lang == "be":
            if re.search("[ищъ]", low):
                self.err(8, stem, "Belarusian text contains и/щ/ъ")
            if "ў" not in low or "і" not in low:
                self.err(8, stem, "Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўі]", low):
                self.err(8, stem, "Russian text contains ў/і")
        elif lang == "en":
            if re.search("[\u0400-\u04ff]", body):
                self.err(8, stem, "English text contains Cyrillic")
        # spellings sanity
        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {t["person"] for t in traps}
        for name in gold_people | trap_people:
            if name not in pers:
                self.err(2, stem, f"{name} missing from spellings.json")
        listed = set()
        for p in pers.values():
            listed |= set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
        # 1. gold persons found and self-matching
        for name in sorted(gold_people):
            p = pers.get(name)
            if not p:
                continue
            keys = p["surname_keys"]
            if not any(key_hit(keys, t) for t in toks):
                self.err(1, stem, f"no token of the report matches keys of {name}")
            if not sc.person_matches(name, keys, name):
                self.err(1, stem, f"person_matches rejects {name} with its own keys")
        # 2. keys vs forms, no stray matches, gold keys equal spellings keys, relatives
        for c in claims:
            if c.get("person") and c["person"] in pers:
                if sorted(c.get("surname_keys", [])) != sorted(pers[c["person"]]["surname_keys"]):
                    self.err(2, stem, f"gold keys of {c['person']} differ from spellings.json")
        for name, p in pers.items():
            keys = p["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                self.err(2, stem, f"bad keys for {name}: {keys}")
                continue
            for f in p.get("surname_forms", []):
                if not key_hit(keys, f):
                    self.err(2, stem, f"keys of {name} do not match its spelling {f}")
            allowed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                if rel not in pers:
                    self.err(2, stem, f"relative {rel} of {name} not listed")
                    continue
                q = pers[rel]
                allowed |= set(q.get("surname_forms", []))
                if name not in q.get("relatives", []):
                    self.err(2, stem, f"relatives {name} / {rel} not linked both ways")
                if sc.person_matches(name, q["surname_keys"], rel) or \
                        sc.person_matches(rel, keys, name):
                    self.err(2, stem, f"person_matches confuses relatives {name} / {rel}")
            for t in caps:
                if key_hit(keys, t) and t not in allowed:
                    self.err(2, stem, f"keys of {name} also match {t!r}")
        # 3. forms occur; 4-letter prefix neighbours listed
        for name, p in pers.items():
            for f in p.get("surname_forms", []) + p.get("given_forms", []):
                if f not in toks:
                    self.err(3, stem, f"spelling {f!r} of {name} does not occur")
            if not p.get("surname_forms"):
                self.err(3, stem, f"no surname spelling listed for {name}")
        pref = {prefix4(f) for p in pers.values() for f in p.get("surname_forms", [])}
        for t in caps:
            if prefix4(t) in pref and t not in listed:
                self.err(3, stem, f"capitalised {t!r} shares a prefix with a surname but is not listed")
        # 5. traps
        seen = set()
        for m in traps:
            if m.get("type") not in TYPES or m.get("kind") not in KINDS or not m.get("why") \
                    or not m.get("person"):
                self.err(5, stem, f"malformed trap {m}")
                continue
            sig = (m["type"], m["person"])
            if sig in seen:
                self.err(5, stem, f"trap listed twice {sig}")
            seen.add(sig)
            tkeys = pers.get(m["person"], {}).get("surname_keys", [])
            if not any(key_hit(tkeys, t) for t in toks) or \
                    not any(key_hit(sc.keys_for(m["person"]), t) for t in toks):
                self.err(5, stem, f"trap person {m['person']} not named in text")
            for c in claims:
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]) or \
                        (tkeys and sc.person_matches(c["person"], tkeys, m["person"])):
                    self.err(5, stem, f"gold {c['type']} {c['person']} matches trap {m['person']}")
            # 6. trap exclusions
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(m["type"], set())
            for c in claims:
                if c["type"] in excl and c.get("person") and (
                        c["person"] == m["person"] or
                        (tkeys and sc.person_matches(c["person"], tkeys, m["person"]))):
                    self.err(6, stem, f"{m['type']} trap on {m['person']} but gold {c['type']}")
        # 6. claims
        by_person = {}
        for c in claims:
            by_person.setdefault(c.get("person"), set()).add(c["type"])
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                self.err(6, stem, f"bad type {t}")
                continue
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                self.err(6, stem, f"claim fields {sorted(c)}")
            d = c.get("date")
            if d is not None:
                pdate = parse_date(d)
                if pdate is None:
                    self.err(6, stem, f"bad date {d}")
                elif pd and d > r["pub"][:len(d)]:
                    self.err(6, stem, f"date {d} after publication")
            if (c.get("destination_country") is not None) != (t == "deported"):
                self.err(6, stem, f"destination_country only and always on deported: {c}")
            if t == "deported" and c.get("destination_country") not in ISO:
                self.err(6, stem, f"bad country {c.get('destination_country')}")
            if c.get("term_months") is not None and (t != "sentenced" or
                                                     not isinstance(c["term_months"], int) or
                                                     c["term_months"] <= 0):
                self.err(6, stem, f"term_months misplaced {c}")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or \
                        c["count"] <= 0 or c.get("surname_keys"):
                    self.err(6, stem, f"bad group_release {c}")
            else:
                if c.get("count") is not None:
                    self.err(6, stem, f"count on {t}")
                if not c.get("person") or not c.get("surname_keys"):
                    self.err(6, stem, f"{t} without person/keys")
            if t in ("deported", "pardoned") and "released" not in by_person.get(c.get("person"), ()):
                self.err(6, stem, f"{t} of {c.get('person')} without released")

    def check_oracle(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        res = sc.score(self.d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
              and res["errors"] == 0 and res["articles"] == len(self.reports) == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            self.err(4, "*", f"oracle score P={res['precision']} R={res['recall']} "
                             f"F1={res['f1']} violations={res['violations']} errors={res['errors']} "
                             f"articles={res['articles']} attrs={a} {res['details'][:8]}")

    def check_set(self):
        langs = Counter(r["lang"] for r in self.reports.values())
        if dict(langs) != SPLIT or len(self.reports) != 30:
            self.err(7, "*", f"language split {dict(langs)}")
        expect = [f"{i:02d}" for i in range(1, 31)]
        if sorted(self.reports) != expect:
            self.err(7, "*", "reports must be 01..30")
        order = ["en"] * 14 + ["ru"] * 10 + ["be"] * 6
        for stem, lang in zip(expect, order):
            if stem in self.reports and self.reports[stem]["lang"] != lang:
                self.err(7, stem, f"expected language {lang}")
        types = Counter(c["type"] for r in self.reports.values() for c in r["gold"]["claims"])
        kinds = Counter(m.get("kind") for r in self.reports.values() for m in r["gold"]["must_not"])
        for t in TYPES:
            if not types[t]:
                self.err(8, "*", f"type {t} never appears in gold")
        for k in KINDS:
            if not kinds[k]:
                self.err(8, "*", f"trap kind {k} never appears")
        nc, nt = sum(types.values()), sum(kinds.values())
        share = nt / (nc + nt) if nc + nt else 0
        if not 0.25 <= share <= 0.30:
            self.err(8, "*", f"traps are {share:.1%} of entries")


def stats(d):
    c = Checker(d)
    c.load()
    types, kinds = Counter(), Counter()
    print(f"{'id':3} {'lang':4} {'published':10} {'words':>5} {'claims':>6} {'traps':>5}")
    for stem, r in c.reports.items():
        g = r["gold"]
        types.update(x["type"] for x in g["claims"])
        kinds.update(x["kind"] for x in g["must_not"])
        print(f"{stem:3} {r['lang']:4} {r['pub']:10} {len(r['body'].split()):5} "
              f"{len(g['claims']):6} {len(g['must_not']):5}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports={len(c.reports)} claims={nc} traps={nt} traps_share={nt / (nc + nt):.1%}")
    print("claims by type:", dict(sorted(types.items())))
    print("traps by kind:", dict(sorted(kinds.items())))


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
        return 0
    errors = Checker(args.dir).run()
    for e in errors:
        print(e)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
