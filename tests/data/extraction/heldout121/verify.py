#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout121 (see README.md, "What verify.py checks").

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

The second form prints the gold of the report in DIR whose body equals FILE as extractor output
JSON, so that the scorer can run this script as if it were `volia extract`.
Standard library only; the scorer module comes from $VOLIA_SCORER_DIR or
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
MIN_WORDS, MAX_WORDS = 150, 550
SHARE_MIN, SHARE_MAX = 0.25, 0.30
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
FIELDS = {"destination_country": "deported", "term_months": "sentenced", "count": "group_release"}
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.abspath(d))
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip() if raw else "", raw[1].strip() if len(raw) > 1 else "", raw, "\n".join(raw[3:])


def words(text, lang):
    out = []
    for m in WORD.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


# ---------------------------------------------------------------- oracle
def oracle(args):
    body = open(args.oracle, encoding="utf-8").read()
    for fname in sorted(os.listdir(args.dir)):
        if not re.match(r"^\d\d\.txt$", fname):
            continue
        published, lang, _raw, text = read_report(os.path.join(args.dir, fname))
        if text != body:
            continue
        gold = json.load(open(os.path.join(args.dir, fname[:-4] + ".gold.json"), encoding="utf-8"))
        claims = []
        for c in gold["claims"]:
            name = c.get("person")
            claims.append({
                "type": c["type"],
                "person": None if name is None else {"name": name, "mention": name.split()[-1], "person_id": None},
                "date": c.get("date"), "date_precision": precision(c.get("date")),
                "destination_country": c.get("destination_country"), "term_months": c.get("term_months"),
                "count": c.get("count"), "confidence": 1.0,
                "evidence": {"start": 0, "end": 0, "text": ""}})
        print(json.dumps({"published": args.published or published, "language": args.lang or lang,
                          "claims": claims}, ensure_ascii=False))
        return 0
    print(json.dumps({"error": "no report with this body"}), file=sys.stderr)
    return 2


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self, d):
        self.d = os.path.abspath(d)
        self.fails = []
        self.sc = load_scorer()

    def fail(self, n, msg):
        self.fails.append((n, msg))

    def load(self):
        self.reports = {}
        names = sorted(f for f in os.listdir(self.d) if re.match(r"^\d\d\.txt$", f))
        golds = sorted(f for f in os.listdir(self.d) if re.match(r"^\d\d\.gold\.json$", f))
        stems = [f[:2] for f in names]
        if stems != sorted(LANG_OF) or [g[:2] for g in golds] != sorted(LANG_OF):
            self.fail(7, f"expected 01..30 .txt and .gold.json, found {len(names)} txt / {len(golds)} gold")
        for f in names:
            stem = f[:2]
            published, lang, raw, text = read_report(os.path.join(self.d, f))
            try:
                gold = json.load(open(os.path.join(self.d, stem + ".gold.json"), encoding="utf-8"))
            except Exception as e:  # noqa: BLE001
                self.fail(6, f"{stem}: gold unreadable: {e}")
                gold = {"claims": [], "must_not": []}
            self.reports[stem] = {"published": published, "lang": lang, "raw": raw, "text": text,
                                  "gold": gold, "words": words(text, lang)}
        try:
            self.spell = json.load(open(os.path.join(self.d, "spellings.json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            self.fail(2, f"spellings.json unreadable: {e}")
            self.spell = {}

    def persons(self, stem):
        return {p["name"]: p for p in self.spell.get(stem, [])}

    # 1 -------------------------------------------------------------
    def check1(self):
        sc = self.sc
        for stem, r in self.reports.items():
            for c in r["gold"].get("claims", []):
                name = c.get("person")
                if not name:
                    continue
                keys = c.get("surname_keys") or []
                if not any(sc.key_matches_token(k, t) for k in keys for t in r["words"]):
                    self.fail(1, f"{stem}: no token of the report matches keys {keys} of {name}")
                if not sc.person_matches(name, keys, name):
                    self.fail(1, f"{stem}: person_matches rejects {name} with its own keys {keys}")

    # 2 -------------------------------------------------------------
    def check2(self):
        sc = self.sc
        for stem, r in self.reports.items():
            ps = self.persons(stem)
            g = r["gold"]
            for c in g.get("claims", []):
                if c.get("person") is None:
                    continue
                p = ps.get(c["person"])
                if p is None:
                    self.fail(2, f"{stem}: gold person {c['person']} missing from spellings.json")
                elif list(c.get("surname_keys") or []) != list(p["keys"]):
                    self.fail(2, f"{stem}: gold keys {c.get('surname_keys')} of {c['person']} != spellings {p['keys']}")
            for m in g.get("must_not", []):
                if m.get("person") not in ps:
                    self.fail(2, f"{stem}: trap person {m.get('person')} missing from spellings.json")
            caps = sorted({t for t in r["words"] if t[:1].isupper()})
            for name, p in ps.items():
                keys = p.get("keys") or []
                if not keys:
                    self.fail(2, f"{stem}: {name} has no keys")
                for s in p.get("surnames", []):
                    if not any(sc.key_matches_token(k, s) for k in keys):
                        self.fail(2, f"{stem}: keys {keys} of {name} miss listed spelling {s}")
                allowed = set(p.get("surnames", []))
                for rel in p.get("relatives", []):
                    allowed |= set(ps.get(rel, {}).get("surnames", []))
                for t in caps:
                    if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                        self.fail(2, f"{stem}: keys {keys} of {name} also match unrelated word {t}")
                for rel in p.get("relatives", []):
                    q = ps.get(rel)
                    if q is None:
                        self.fail(2, f"{stem}: relative {rel} of {name} not listed")
                        continue
                    if name not in q.get("relatives", []):
                        self.fail(2, f"{stem}: relation {name} -> {rel} not linked back")
                    if sc.person_matches(rel, keys, name):
                        self.fail(2, f"{stem}: person_matches takes relative {rel} for {name}")
                    if sc.person_matches(name, q.get("keys") or [], rel):
                        self.fail(2, f"{stem}: person_matches takes {name} for relative {rel}")
        extra = set(self.spell) - set(self.reports)
        if extra:
            self.fail(2, f"spellings.json has entries for unknown reports {sorted(extra)}")

    # 3 -------------------------------------------------------------
    def check3(self):
        fold = self.sc.fold
        for stem, r in self.reports.items():
            toks = set(r["words"])
            ps = self.persons(stem)
            listed = set()
            surnames = set()
            for name, p in ps.items():
                for s in p.get("surnames", []) + p.get("given", []):
                    listed.add(s)
                    if s not in toks:
                        self.fail(3, f"{stem}: listed spelling {s} of {name} does not occur in the text")
                surnames |= set(p.get("surnames", []))
            pref = {re.sub(r"[^a-z]", "", fold(s))[:4] for s in surnames}
            for t in sorted(toks):
                if not t[:1].isupper() or t in listed:
                    continue
                if re.sub(r"[^a-z]", "", fold(t))[:4] in pref:
                    self.fail(3, f"{stem}: capitalised {t} shares a 4-letter prefix with a listed surname but is not listed")

    # 4 -------------------------------------------------------------
    def check4(self):
        me = os.path.abspath(__file__)
        if " " in me or " " in self.d:
            self.fail(4, "paths with spaces cannot be passed to the scorer's --cmd")
            return
        cmd = f"{sys.executable} {me} --dir {self.d} --oracle"
        res = self.sc.score(self.d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0 and res["violations"] == 0
              and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            self.fail(4, "oracle run: P={precision} R={recall} F1={f1} violations={violations} errors={errors} "
                         "articles={articles} attributes={attributes}".format(**res)
                      + "; " + "; ".join(res["details"][:10]))
        self.oracle_result = res

    # 5 -------------------------------------------------------------
    def check5(self):
        sc = self.sc
        for stem, r in self.reports.items():
            ps = self.persons(stem)
            seen = set()
            for m in r["gold"].get("must_not", []):
                name = m.get("person")
                if m.get("type") not in TYPES:
                    self.fail(5, f"{stem}: trap type {m.get('type')} invalid")
                if m.get("kind") not in KINDS:
                    self.fail(5, f"{stem}: trap kind {m.get('kind')} invalid")
                if not isinstance(m.get("why"), str) or not m.get("why").strip():
                    self.fail(5, f"{stem}: trap on {name} without why")
                if not name:
                    self.fail(5, f"{stem}: trap without person")
                    continue
                key = (m.get("type"), name)
                if key in seen:
                    self.fail(5, f"{stem}: trap {key} listed twice")
                seen.add(key)
                own = (ps.get(name) or {}).get("keys") or []
                kf = sc.keys_for(name)
                if not any(sc.key_matches_token(k, t) for k in kf + own for t in r["words"]):
                    self.fail(5, f"{stem}: trap person {name} not named in the text")
                for c in r["gold"].get("claims", []):
                    if c.get("type") != m.get("type") or not c.get("person"):
                        continue
                    if sc.person_matches(c["person"], kf, name) or (own and sc.person_matches(c["person"], own, name)):
                        self.fail(5, f"{stem}: gold {c['type']} {c['person']} would hit trap on {name}")

    # 6 -------------------------------------------------------------
    def check6(self):
        for stem, r in self.reports.items():
            pub = r["published"]
            claims = r["gold"].get("claims", [])
            have = defaultdict(set)
            for c in claims:
                have[c.get("type")].add(c.get("person"))
            for c in claims:
                t, name = c.get("type"), c.get("person")
                if t not in TYPES:
                    self.fail(6, f"{stem}: claim type {t} invalid")
                for f in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                    if f not in c:
                        self.fail(6, f"{stem}: claim {t} {name} lacks field {f}")
                d = c.get("date")
                if d is not None:
                    if not valid_date(d):
                        self.fail(6, f"{stem}: invalid date {d} on {t} {name}")
                    elif d > pub[:len(d)]:
                        self.fail(6, f"{stem}: date {d} on {t} {name} is after publication {pub}")
                for f, owner in FIELDS.items():
                    if t != owner and c.get(f) is not None:
                        self.fail(6, f"{stem}: field {f} set on {t} {name}")
                if t == "deported":
                    if c.get("destination_country") not in ISO2:
                        self.fail(6, f"{stem}: deported {name} has no ISO country ({c.get('destination_country')})")
                    if name not in have["released"]:
                        self.fail(6, f"{stem}: deported {name} without released")
                if t == "pardoned" and name not in have["released"]:
                    self.fail(6, f"{stem}: pardoned {name} without released")
                if t == "sentenced" and c.get("term_months") is not None:
                    if not isinstance(c["term_months"], int) or c["term_months"] <= 0:
                        self.fail(6, f"{stem}: bad term on {name}")
                if t == "group_release":
                    if name is not None or c.get("surname_keys"):
                        self.fail(6, f"{stem}: group_release with a person")
                    if not isinstance(c.get("count"), int) or c["count"] <= 0:
                        self.fail(6, f"{stem}: group_release without positive count")
                    if precision(d) != "day":
                        self.fail(6, f"{stem}: group_release not dated to the day")
                elif not name:
                    self.fail(6, f"{stem}: {t} claim without person")
            for m in r["gold"].get("must_not", []):
                t, name = m.get("type"), m.get("person")
                if t == "released":
                    for x in ("released", "pardoned", "deported"):
                        if name in have[x]:
                            self.fail(6, f"{stem}: released trap on {name} but gold has {x}")
                if t in ("pardoned", "deported") and name in have[t]:
                    self.fail(6, f"{stem}: {t} trap on {name} but gold has {t}")

    # 7 -------------------------------------------------------------
    def check7(self):
        for stem, r in self.reports.items():
            raw = r["raw"]
            if not valid_date(r["published"]) or len(r["published"]) != 10:
                self.fail(7, f"{stem}: bad publication date {r['published']!r}")
            elif not (PUB_MIN <= r["published"] <= PUB_MAX):
                self.fail(7, f"{stem}: publication date {r['published']} outside {PUB_MIN}..{PUB_MAX}")
            if r["lang"] not in ("en", "ru", "be"):
                self.fail(7, f"{stem}: bad language {r['lang']!r}")
            elif LANG_OF.get(stem) != r["lang"]:
                self.fail(7, f"{stem}: language {r['lang']} but {LANG_OF.get(stem)} expected for this number")
            if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
                self.fail(7, f"{stem}: header must be date, language, blank line, then the headline")
            n = len(r["text"].split())
            if not (MIN_WORDS <= n <= MAX_WORDS):
                self.fail(7, f"{stem}: {n} words, outside {MIN_WORDS}..{MAX_WORDS}")

    # 8 -------------------------------------------------------------
    def check8(self):
        types, kinds = Counter(), Counter()
        for stem, r in self.reports.items():
            text, lang = r["text"], r["lang"]
            if lang == "be":
                if re.search(r"[иИщЩъЪ]", text):
                    self.fail(8, f"{stem}: Belarusian text contains и/щ/ъ")
                if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                    self.fail(8, f"{stem}: Belarusian text lacks ў or і")
            elif lang == "ru":
                if re.search(r"[ўЎіІ]", text):
                    self.fail(8, f"{stem}: Russian text contains ў/і")
            elif lang == "en":
                if re.search(r"[\u0400-\u04FF]", text):
                    self.fail(8, f"{stem}: English text contains Cyrillic")
            for c in r["gold"].get("claims", []):
                types[c.get("type")] += 1
            for m in r["gold"].get("must_not", []):
                kinds[m.get("kind")] += 1
        for t in TYPES:
            if not types[t]:
                self.fail(8, f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.fail(8, f"trap kind {k} not covered")
        nc, nt = sum(types.values()), sum(kinds.values())
        share = nt / (nc + nt) if nc + nt else 0
        if not (SHARE_MIN <= share <= SHARE_MAX):
            self.fail(8, f"trap share {share:.3f} outside {SHARE_MIN}..{SHARE_MAX}")
        self.types, self.kinds, self.share = types, kinds, share

    def run(self):
        self.load()
        for n in range(1, 9):
            getattr(self, f"check{n}")()
        return self.fails


def stats(ch):
    rs = ch.reports
    by_lang = Counter()
    w_lang = Counter()
    for stem, r in rs.items():
        by_lang[r["lang"]] += 1
        w_lang[r["lang"]] += len(r["text"].split())
    nc, nt = sum(ch.types.values()), sum(ch.kinds.values())
    print(f"reports: {len(rs)} ({', '.join(f'{k} {v}' for k, v in sorted(by_lang.items()))})")
    print(f"words: {sum(w_lang.values())} ({', '.join(f'{k} {v}' for k, v in sorted(w_lang.items()))}); "
          f"min {min(len(r['text'].split()) for r in rs.values())}, max {max(len(r['text'].split()) for r in rs.values())}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ch.types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {ch.kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {ch.share:.3f}")
    for stem, r in sorted(rs.items()):
        print(f"  {stem} {r['published']} {r['lang']} words={len(r['text'].split()):3} "
              f"claims={len(r['gold'].get('claims', [])):2} traps={len(r['gold'].get('must_not', []))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    ch = Checker(args.dir)
    fails = list(dict.fromkeys(ch.run()))
    if args.stats:
        stats(ch)
    for n, msg in fails:
        print(f"FAIL check {n}: {msg}")
    if fails:
        print(f"{len(fails)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
