#!/usr/bin/env python3
"""Consistency checks for the heldout128 extraction set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs checks 1-8 (see README.md) over NN.txt / NN.gold.json /
spellings.json in DIR (default: the folder of this script) and prints ALL CHECKS PASSED
only when every check holds. With --oracle it prints the gold claims of the report whose
body equals the contents of FILE as `volia extract` output, so that score_claims.py can run
this script as the command under test.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    sys.dont_write_bytecode = True
    cand = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                              "shared", "tools")
    sys.path.insert(0, os.path.abspath(cand))
    import score_claims  # noqa: E402
    return score_claims


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        tok = m.group(0)
        if lang == "en" and re.search(r"['’]s$", tok):
            tok = tok[:-2]
        out.append((tok, m.start(), m.start() + len(tok)))
    return out


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def load_set(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.fullmatch(r"(\d\d)\.txt", name)
        if m:
            stem = m.group(1)
            pub, lang, blank, body = read_report(os.path.join(d, name))
            gpath = os.path.join(d, stem + ".gold.json")
            gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
            reports[stem] = {"published": pub, "lang": lang, "blank": blank, "body": body,
                             "gold": gold}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), None)


# ---------------------------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    sc = load_scorer()
    text = open(path, encoding="utf-8").read()
    reports, _ = load_set(d)
    for stem, r in reports.items():
        if r["body"] == text and r["published"] == published and r["lang"] == lang:
            toks = tokens(text, lang)
            claims = []
            for g in r["gold"]["claims"]:
                mention, ev = None, {"start": 0, "end": 0, "text": ""}
                if g["person"]:
                    for tok, a, b in toks:
                        if any(sc.key_matches_token(k, tok) for k in g["surname_keys"]):
                            mention, ev = tok, {"start": a, "end": b, "text": text[a:b]}
                            break
                claims.append({
                    "type": g["type"],
                    "person": ({"name": g["person"], "mention": mention, "person_id": None}
                               if g["person"] else None),
                    "date": g["date"], "date_precision": precision(g["date"]),
                    "destination_country": g["destination_country"],
                    "term_months": g["term_months"], "count": g["count"],
                    "confidence": 1.0, "evidence": ev})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


# ---------------------------------------------------------------------------------- checks
class Checks:
    def __init__(self, d):
        self.d = d
        self.sc = load_scorer()
        self.reports, self.spellings = load_set(d)
        self.failures = {i: [] for i in range(1, 9)}

    def fail(self, n, msg):
        self.failures[n].append(msg)

    def people(self, stem):
        return {p["name"]: p for p in self.spellings.get(stem, [])}

    def gold_claims(self, stem):
        g = self.reports[stem]["gold"] or {}
        return g.get("claims", []), g.get("must_not", [])

    def run(self):
        if not self.reports:
            self.fail(7, "no reports found")
        for stem, r in self.reports.items():
            if r["gold"] is None:
                self.fail(7, f"{stem}: no gold file")
                r["gold"] = {"claims": [], "must_not": []}
            elif set(r["gold"]) != {"claims", "must_not"}:
                self.fail(6, f"{stem}: gold keys {sorted(r['gold'])}")
        self.check1()
        self.check2()
        self.check3()
        self.check4()
        self.check5()
        self.check6()
        self.check7()
        self.check8()
        ok = True
        for n in range(1, 9):
            msgs = self.failures[n]
            print(f"check {n}: {'ok' if not msgs else 'FAILED (%d)' % len(msgs)}")
            for m in msgs[:40]:
                print(f"    {m}")
            ok = ok and not msgs
        if ok:
            print("ALL CHECKS PASSED")
        return 0 if ok else 1

    # 1. gold people are in the text and match themselves
    def check1(self):
        sc = self.sc
        for stem, r in self.reports.items():
            toks = [t for t, _, _ in tokens(r["body"], r["lang"])]
            claims, _ = self.gold_claims(stem)
            for c in claims:
                if not c.get("person"):
                    continue
                keys = c.get("surname_keys") or []
                if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                    self.fail(1, f"{stem}: no token of the report matches {c['person']} {keys}")
                if not sc.person_matches(c["person"], keys, c["person"]):
                    self.fail(1, f"{stem}: person_matches rejects {c['person']} with its own keys")

    # 2. keys against spellings and the other capitalised words; relatives
    def check2(self):
        sc = self.sc
        for stem, r in self.reports.items():
            people = self.people(stem)
            caps = sorted({t for t, _, _ in tokens(r["body"], r["lang"]) if t[:1].isupper()})
            for name, p in people.items():
                keys = p.get("keys") or []
                if not keys:
                    self.fail(2, f"{stem}: {name} has no keys")
                for s in p.get("surnames", []):
                    if not any(sc.key_matches_token(k, s) for k in keys):
                        self.fail(2, f"{stem}: keys {keys} of {name} miss spelling {s}")
                allowed = set(p.get("surnames", []))
                for rel in p.get("relatives", []):
                    allowed |= set(people.get(rel, {}).get("surnames", []))
                for t in caps:
                    if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                        self.fail(2, f"{stem}: keys {keys} of {name} also match '{t}'")
                for rel in p.get("relatives", []):
                    q = people.get(rel)
                    if q is None:
                        self.fail(2, f"{stem}: relative {rel} of {name} not listed")
                        continue
                    if name not in q.get("relatives", []):
                        self.fail(2, f"{stem}: {rel} does not link back to {name}")
                    if sc.person_matches(name, q["keys"], rel):
                        self.fail(2, f"{stem}: {name} is taken for relative {rel}")
                    if sc.person_matches(rel, keys, name):
                        self.fail(2, f"{stem}: relative {rel} is taken for {name}")
            claims, _ = self.gold_claims(stem)
            for c in claims:
                if not c.get("person"):
                    continue
                p = people.get(c["person"])
                if p is None:
                    self.fail(2, f"{stem}: {c['person']} missing from spellings.json")
                elif c.get("surname_keys") != p.get("keys"):
                    self.fail(2, f"{stem}: keys of {c['person']} differ from spellings.json")

    # 3. spellings occur; no unlisted form of a listed surname
    def check3(self):
        sc = self.sc
        for stem, r in self.reports.items():
            toks = tokens(r["body"], r["lang"])
            present = {t for t, _, _ in toks}
            listed, surnames = set(), set()
            for name, p in self.people(stem).items():
                for s in p.get("surnames", []) + p.get("given", []):
                    listed.add(s)
                    if s not in present:
                        self.fail(3, f"{stem}: spelling '{s}' of {name} not in the text")
                surnames |= set(p.get("surnames", []))
                if not p.get("surnames"):
                    self.fail(3, f"{stem}: {name} lists no surname spelling")
            prefixes = {re.sub(r"[^a-z]", "", sc.fold(s))[:4] for s in surnames}
            for t in sorted({t for t, _, _ in toks if t[:1].isupper()}):
                if t in listed:
                    continue
                if re.sub(r"[^a-z]", "", sc.fold(t))[:4] in prefixes:
                    self.fail(3, f"{stem}: '{t}' shares a prefix with a listed surname but is not listed")

    # 4. the gold, run through the scorer as extractor output, scores perfectly
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        try:
            res = self.sc.score(self.d, cmd, 60)
        except Exception as exc:  # pragma: no cover
            self.fail(4, f"scorer raised {exc!r}")
            return
        a = res["attributes"]
        want = {"precision": 1.0, "recall": 1.0, "f1": 1.0, "violations": 0, "errors": 0,
                "articles": 30}
        for k, v in want.items():
            if res[k] != v:
                self.fail(4, f"{k} = {res[k]} (want {v})")
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                self.fail(4, f"{k} attributes {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
        for line in res["details"][:20]:
            self.fail(4, line)

    # 5. traps
    def check5(self):
        sc = self.sc
        for stem, r in self.reports.items():
            toks = [t for t, _, _ in tokens(r["body"], r["lang"])]
            people = self.people(stem)
            claims, traps = self.gold_claims(stem)
            seen = set()
            for m in traps:
                if set(m) != {"type", "person", "why", "kind"}:
                    self.fail(5, f"{stem}: trap fields {sorted(m)}")
                if m.get("type") not in TYPES or m.get("type") == "group_release":
                    self.fail(5, f"{stem}: trap type {m.get('type')}")
                if m.get("kind") not in KINDS:
                    self.fail(5, f"{stem}: trap kind {m.get('kind')}")
                if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 8:
                    self.fail(5, f"{stem}: trap without a reason: {m}")
                if (m.get("type"), m.get("person")) in seen:
                    self.fail(5, f"{stem}: trap listed twice: {m.get('type')} {m.get('person')}")
                seen.add((m.get("type"), m.get("person")))
                person = m.get("person") or ""
                own = people.get(person, {}).get("keys", [])
                if person not in people:
                    self.fail(5, f"{stem}: trap person {person} missing from spellings.json")
                kf = sc.keys_for(person)
                if not any(sc.key_matches_token(k, t) for k in kf + own for t in toks):
                    self.fail(5, f"{stem}: trap person {person} is not named in the text")
                for c in claims:
                    if c["type"] != m.get("type") or not c.get("person"):
                        continue
                    if sc.person_matches(c["person"], kf, person) or (
                            own and sc.person_matches(c["person"], own, person)):
                        self.fail(5, f"{stem}: trap {m['type']} {person} is matched by gold "
                                     f"claim for {c['person']}")

    # 6. claim fields and logic
    def check6(self):
        sc = self.sc
        for stem, r in self.reports.items():
            pub = r["published"]
            claims, traps = self.gold_claims(stem)
            by_person = {}
            for c in claims:
                by_person.setdefault(c.get("person"), set()).add(c.get("type"))
            for c in claims:
                where = f"{stem}: {c.get('type')} {c.get('person')}"
                if list(c) != CLAIM_FIELDS:
                    self.fail(6, f"{where}: fields {list(c)}")
                    continue
                if c["type"] not in TYPES:
                    self.fail(6, f"{where}: unknown type")
                if c["date"] is not None:
                    if not valid_date(c["date"]):
                        self.fail(6, f"{where}: bad date {c['date']}")
                    elif c["date"] > pub[:len(c["date"])]:
                        self.fail(6, f"{where}: date {c['date']} after publication {pub}")
                if c["type"] == "group_release":
                    if c["person"] is not None or c["surname_keys"] != []:
                        self.fail(6, f"{where}: group_release with a person")
                    if not isinstance(c["count"], int) or c["count"] <= 0:
                        self.fail(6, f"{where}: group_release needs a positive count")
                else:
                    if not c["person"] or not c["surname_keys"]:
                        self.fail(6, f"{where}: person and keys required")
                    if c["count"] is not None:
                        self.fail(6, f"{where}: count outside group_release")
                if c["type"] == "deported":
                    if c["destination_country"] not in ISO:
                        self.fail(6, f"{where}: country {c['destination_country']} not ISO alpha-2")
                    if "released" not in by_person.get(c["person"], set()):
                        self.fail(6, f"{where}: deported without released")
                elif c["destination_country"] is not None:
                    self.fail(6, f"{where}: destination_country outside deported")
                if c["type"] == "sentenced":
                    t = c["term_months"]
                    if t is not None and (not isinstance(t, int) or t <= 0):
                        self.fail(6, f"{where}: bad term {t}")
                elif c["term_months"] is not None:
                    self.fail(6, f"{where}: term_months outside sentenced")
                if c["type"] == "pardoned" and "released" not in by_person.get(c["person"], set()):
                    self.fail(6, f"{where}: pardoned without released")
            for m in traps:
                person, kf = m.get("person") or "", sc.keys_for(m.get("person") or "")
                excl = {"released": {"released", "pardoned", "deported"},
                        "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"))
                if not excl:
                    continue
                for c in claims:
                    if c["type"] in excl and c.get("person") and (
                            c["person"] == person or sc.person_matches(c["person"], kf, person)):
                        self.fail(6, f"{stem}: {m['type']} trap on {person} but gold has "
                                     f"{c['type']} {c['person']}")

    # 7. headers, lengths, split, dates
    def check7(self):
        stems = sorted(self.reports)
        if stems != sorted(LANG_OF):
            self.fail(7, f"reports {stems} (want 01..30)")
        for stem, r in self.reports.items():
            if not valid_date(r["published"]) or len(r["published"]) != 10:
                self.fail(7, f"{stem}: bad publication date {r['published']!r}")
            elif not FIRST_DAY <= r["published"] <= LAST_DAY:
                self.fail(7, f"{stem}: publication date {r['published']} out of range")
            if r["lang"] != LANG_OF.get(stem):
                self.fail(7, f"{stem}: language {r['lang']!r} (want {LANG_OF.get(stem)})")
            if r["blank"].strip() != "":
                self.fail(7, f"{stem}: line 3 is not blank")
            words = len(r["body"].split())
            if not 150 <= words <= 550:
                self.fail(7, f"{stem}: {words} words")
            if not r["body"].strip():
                self.fail(7, f"{stem}: empty report")

    # 8. scripts, coverage, trap share
    def check8(self):
        types, kinds, n_claims, n_traps = Counter(), Counter(), 0, 0
        for stem, r in self.reports.items():
            body = r["body"]
            if r["lang"] == "be":
                if re.search(r"[иИщЩъЪ]", body):
                    self.fail(8, f"{stem}: Belarusian text has и/щ/ъ")
                if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                    self.fail(8, f"{stem}: Belarusian text lacks ў or і")
            elif r["lang"] == "ru":
                if re.search(r"[ўЎіІ]", body):
                    self.fail(8, f"{stem}: Russian text has ў/і")
            elif r["lang"] == "en":
                if re.search(r"[\u0400-\u04FF]", body):
                    self.fail(8, f"{stem}: English text has Cyrillic")
            claims, traps = self.gold_claims(stem)
            types.update(c.get("type") for c in claims)
            kinds.update(m.get("kind") for m in traps)
            n_claims += len(claims)
            n_traps += len(traps)
        for t in TYPES:
            if not types[t]:
                self.fail(8, f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.fail(8, f"trap kind {k} not covered")
        share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
        if not 0.25 <= share <= 0.30:
            self.fail(8, f"trap share {share:.3f} outside 0.25-0.30")


def stats(d):
    reports, _ = load_set(d)
    types, kinds, words, n_claims, n_traps = Counter(), Counter(), Counter(), 0, 0
    for stem, r in reports.items():
        g = r["gold"] or {"claims": [], "must_not": []}
        types.update(c["type"] for c in g["claims"])
        kinds.update(m["kind"] for m in g["must_not"])
        n_claims += len(g["claims"])
        n_traps += len(g["must_not"])
        words[r["lang"]] += len(r["body"].split())
        print(f"{stem} {r['published']} {r['lang']} words={len(r['body'].split()):4} "
              f"claims={len(g['claims']):3} traps={len(g['must_not']):2}")
    print("reports:", len(reports), "words:", sum(words.values()), dict(words))
    print("claims:", n_claims, "traps:", n_traps,
          "trap share: %.3f" % (n_traps / max(n_claims + n_traps, 1)))
    for t in TYPES:
        print(f"  type {t:26} {types[t]}")
    for k in KINDS:
        print(f"  kind {k:26} {kinds[k]}")


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
    if args.stats:
        stats(args.dir)
    return Checks(args.dir).run()


if __name__ == "__main__":
    sys.exit(main())
