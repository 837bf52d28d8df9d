#!/usr/bin/env python3
"""Self-check for the heldout111 extraction set (letters from prison).

  python3 verify.py                      run all checks on this folder
  python3 verify.py --dir DIR            run all checks on another copy
  python3 verify.py --stats              also print counts
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                         print the gold of the report whose body is FILE,
                                         shaped as `volia extract` output (used by check 4)

Stdlib only, plus the scorer module score_claims.py from $VOLIA_SCORER_DIR or
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
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
REPORTS = ["%02d" % i for i in range(1, 31)]
LANG_OF = {nn: ("en" if int(nn) <= 14 else "ru" if int(nn) <= 24 else "be") for nn in REPORTS}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
EXPECTED_FILES = ({f"{nn}.txt" for nn in REPORTS} | {f"{nn}.gold.json" for nn in REPORTS}
                  | {"spellings.json", "verify.py", "README.md"})
TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def tokens(text):
    return TOKEN_RE.findall(text)


def capitalised(text):
    return [t for t in tokens(text) if t[0].isupper()]


def fold4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def valid_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), "unknown")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


# ---------------------------------------------------------------- oracle
def oracle(args):
    body = open(args.oracle, encoding="utf-8").read()
    for nn in REPORTS:
        p = os.path.join(args.dir, nn + ".txt")
        if not os.path.exists(p):
            continue
        _, text = read_report(p)
        if text != body:
            continue
        gold = json.load(open(os.path.join(args.dir, nn + ".gold.json"), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            person, start, end = None, 0, min(len(text), 80)
            if g["person"]:
                mention = g["person"].split()[-1]
                for tok in tokens(text):
                    if any(sc.key_matches_token(k, tok) for k in g["surname_keys"]):
                        mention = tok
                        break
                person = {"name": g["person"], "mention": mention, "person_id": None}
                i = text.find(mention)
                if i >= 0:
                    start, end = i, i + len(mention)
            claims.append({
                "type": g["type"], "person": person, "date": g["date"],
                "date_precision": precision_of(g["date"]),
                "destination_country": g["destination_country"],
                "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                "evidence": {"start": start, "end": end, "text": text[start:end]}})
        out = {"published": args.published or gold["published"],
               "language": args.lang or gold["language"], "claims": claims}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print("oracle: no report with this body in " + args.dir, file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self, d):
        self.d = d
        self.fail = {i: [] for i in range(1, 9)}

    def err(self, n, msg):
        self.fail[n].append(msg)

    def load(self):
        d = self.d
        self.texts, self.headers, self.golds = {}, {}, {}
        for nn in REPORTS:
            tp, gp = os.path.join(d, nn + ".txt"), os.path.join(d, nn + ".gold.json")
            if not os.path.exists(tp) or not os.path.exists(gp):
                self.err(7, f"{nn}: missing .txt or .gold.json")
                continue
            raw, text = read_report(tp)
            self.headers[nn], self.texts[nn] = raw, text
            try:
                self.golds[nn] = json.load(open(gp, encoding="utf-8"))
            except ValueError as e:
                self.err(6, f"{nn}: gold is not JSON ({e})")
        try:
            self.spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.err(2, f"spellings.json unreadable ({e})")
            self.spell = {}

    def persons(self, nn):
        return {p["person"]: p for p in self.spell.get(nn, {}).get("persons", [])}

    def keys_of(self, nn, name):
        p = self.persons(nn).get(name)
        return p["surname_keys"] if p else []

    def family(self, nn, name):
        ps = self.persons(nn)
        fam = {name} | set(ps.get(name, {}).get("relatives", []))
        return [ps[n] for n in fam if n in ps]

    # 1: gold persons are named in the text and accepted by their own keys
    def check1(self):
        for nn, gold in self.golds.items():
            toks = tokens(self.texts[nn])
            for g in gold.get("claims", []):
                if g.get("type") == "group_release":
                    continue
                name, keys = g.get("person"), g.get("surname_keys") or []
                if not name or not keys:
                    self.err(1, f"{nn}: {g.get('type')} without person or keys")
                    continue
                if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                    self.err(1, f"{nn}: no token of the text matches keys {keys} of {name}")
                if not sc.person_matches(name, keys, name):
                    self.err(1, f"{nn}: person_matches rejects {name} with its own keys")

    # 2: keys against spellings, other capitalised words, relatives
    def check2(self):
        for nn in REPORTS:
            if nn not in self.golds:
                continue
            entry = self.spell.get(nn)
            if not entry:
                self.err(2, f"{nn}: no spellings entry")
                continue
            if entry.get("language") != LANG_OF[nn]:
                self.err(2, f"{nn}: spellings language {entry.get('language')}")
            ps = self.persons(nn)
            gold = self.golds[nn]
            named = {g["person"] for g in gold.get("claims", []) if g.get("person")}
            named |= {m["person"] for m in gold.get("must_not", []) if m.get("person")}
            if set(ps) != named:
                self.err(2, f"{nn}: spellings persons differ from gold/trap persons: "
                            f"missing {sorted(named - set(ps))}, extra {sorted(set(ps) - named)}")
            for g in gold.get("claims", []):
                if g.get("person") and g["person"] in ps and \
                        list(g.get("surname_keys") or []) != list(ps[g["person"]]["surname_keys"]):
                    self.err(2, f"{nn}: gold keys of {g['person']} differ from spellings.json")
            caps = set(capitalised(self.texts[nn]))
            for name, p in ps.items():
                keys = p.get("surname_keys") or []
                if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                    self.err(2, f"{nn}: {name}: keys must be lower-case folded Latin: {keys}")
                    continue
                for form in p.get("surname_forms", []):
                    if not any(sc.key_matches_token(k, form) for k in keys):
                        self.err(2, f"{nn}: keys {keys} of {name} miss the spelling {form}")
                allowed = set()
                for q in self.family(nn, name):
                    allowed |= set(q.get("surname_forms", []))
                for tok in caps:
                    if tok not in allowed and any(sc.key_matches_token(k, tok) for k in keys):
                        self.err(2, f"{nn}: keys {keys} of {name} also match '{tok}'")
                for r in p.get("relatives", []):
                    if r not in ps:
                        self.err(2, f"{nn}: relative {r} of {name} is not listed")
                        continue
                    if name not in ps[r].get("relatives", []):
                        self.err(2, f"{nn}: {r} does not link back to {name}")
                    if sc.person_matches(r, keys, name):
                        self.err(2, f"{nn}: person_matches({r!r}, keys of {name}) is true")
                    if sc.person_matches(name, ps[r]["surname_keys"], r):
                        self.err(2, f"{nn}: person_matches({name!r}, keys of {r}) is true")

    # 3: spellings occur; capitalised look-alikes are listed
    def check3(self):
        for nn in REPORTS:
            if nn not in self.texts:
                continue
            toks = set(tokens(self.texts[nn]))
            caps = set(capitalised(self.texts[nn]))
            for name, p in self.persons(nn).items():
                for form in p.get("surname_forms", []) + p.get("given_forms", []):
                    if form not in toks:
                        self.err(3, f"{nn}: listed spelling '{form}' ({name}) not in the text")
                if not p.get("surname_forms"):
                    self.err(3, f"{nn}: {name} has no surname_forms")
                listed = set()
                for q in self.family(nn, name):
                    listed |= set(q.get("surname_forms", [])) | set(q.get("given_forms", []))
                prefixes = {fold4(f) for f in p.get("surname_forms", [])}
                for tok in caps:
                    if fold4(tok) in prefixes and tok not in listed:
                        self.err(3, f"{nn}: '{tok}' shares a prefix with {name} but is not listed")

    # 4: the gold, printed as extractor output, scores perfectly
    def check4(self):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        try:
            res = sc.score(self.d, cmd, 60)
        except Exception as e:  # pragma: no cover
            self.err(4, f"scorer failed: {e}")
            return
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            self.err(4, "oracle score: P={precision} R={recall} F1={f1} violations={violations} "
                        "errors={errors} articles={articles} ".format(**res) + json.dumps(a)
                     + " " + "; ".join(res["details"][:8]))
        self.score = res

    # 5: traps
    def check5(self):
        for nn, gold in self.golds.items():
            toks = tokens(self.texts[nn])
            seen = set()
            for m in gold.get("must_not", []):
                if set(m) != TRAP_FIELDS:
                    self.err(5, f"{nn}: trap fields {sorted(m)}")
                t, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
                if t not in TYPES or t == "group_release":
                    self.err(5, f"{nn}: trap type {t}")
                if kind not in KINDS:
                    self.err(5, f"{nn}: trap kind {kind}")
                if not isinstance(why, str) or len(why.strip()) < 8:
                    self.err(5, f"{nn}: trap why {why!r}")
                if not name:
                    self.err(5, f"{nn}: trap without person")
                    continue
                if (t, name) in seen:
                    self.err(5, f"{nn}: trap ({t}, {name}) listed twice")
                seen.add((t, name))
                own = self.keys_of(nn, name)
                for keys, label in ((sc.keys_for(name), "keys_for"), (own, "own keys")):
                    if not keys or not any(sc.key_matches_token(k, tk) for k in keys for tk in toks):
                        self.err(5, f"{nn}: trap person {name} not named in the text ({label})")
                    for g in gold.get("claims", []):
                        if g.get("type") == t and g.get("person") and keys and \
                                sc.person_matches(g["person"], keys, name):
                            self.err(5, f"{nn}: gold {t} {g['person']} matches trap {name} ({label})")

    # 6: claim fields, dates, dependencies
    def check6(self):
        for nn, gold in self.golds.items():
            pub = self.headers[nn][0].strip()
            if gold.get("published") != pub or gold.get("language") != self.headers[nn][1].strip():
                self.err(6, f"{nn}: gold published/language differ from the header")
            if set(gold) != {"published", "language", "claims", "must_not"}:
                self.err(6, f"{nn}: gold keys {sorted(gold)}")
            claims = gold.get("claims", [])
            by = Counter((g.get("type"), g.get("person")) for g in claims)
            for g in claims:
                t = g.get("type")
                if set(g) != CLAIM_FIELDS:
                    self.err(6, f"{nn}: claim fields {sorted(g)}")
                if t not in TYPES:
                    self.err(6, f"{nn}: claim type {t}")
                d = g.get("date")
                if d is not None and (not valid_date(d) or d > pub[:len(d)]):
                    self.err(6, f"{nn}: bad or future date {d} in {t} {g.get('person')}")
                dc, tm, cnt = g.get("destination_country"), g.get("term_months"), g.get("count")
                if t == "deported":
                    if dc not in ISO2:
                        self.err(6, f"{nn}: deported {g.get('person')} country {dc}")
                    if not by[("released", g.get("person"))]:
                        self.err(6, f"{nn}: deported {g.get('person')} without released")
                elif dc is not None:
                    self.err(6, f"{nn}: destination_country on {t}")
                if t == "sentenced":
                    if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                        self.err(6, f"{nn}: term {tm!r}")
                elif tm is not None:
                    self.err(6, f"{nn}: term_months on {t}")
                if t == "group_release":
                    if g.get("person") is not None or g.get("surname_keys"):
                        self.err(6, f"{nn}: group_release with a person")
                    if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt <= 0:
                        self.err(6, f"{nn}: group_release count {cnt!r}")
                else:
                    if cnt is not None:
                        self.err(6, f"{nn}: count on {t}")
                    if not g.get("person"):
                        self.err(6, f"{nn}: {t} without person")
                if t == "pardoned" and not by[("released", g.get("person"))]:
                    self.err(6, f"{nn}: pardoned {g.get('person')} without released")
            for m in gold.get("must_not", []):
                name = m.get("person") or ""
                keys = [k for k in (sc.keys_for(name), self.keys_of(nn, name)) if k]
                if m.get("type") == "released":
                    excl = {"released", "pardoned", "deported"}
                elif m.get("type") in ("pardoned", "deported"):
                    excl = {m["type"]}
                else:
                    continue
                for g in claims:
                    if g.get("type") in excl and g.get("person") and (
                            g["person"] == name or any(sc.person_matches(g["person"], k, name) for k in keys)):
                        self.err(6, f"{nn}: {m['type']} trap on {name} but gold {g['type']} {g['person']}")

    # 7: headers, lengths, split, dates, folder contents
    def check7(self):
        present = set(os.listdir(self.d))
        if present != EXPECTED_FILES:
            self.err(7, f"folder content: extra {sorted(present - EXPECTED_FILES)}, "
                        f"missing {sorted(EXPECTED_FILES - present)}")
        langs = Counter()
        for nn, raw in self.headers.items():
            if len(raw) < 5 or not valid_date(raw[0].strip()) or len(raw[0].strip()) != 10:
                self.err(7, f"{nn}: line 1 is not a YYYY-MM-DD date")
                continue
            if raw[1].strip() != LANG_OF[nn] or raw[2].strip() != "" or not raw[3].strip():
                self.err(7, f"{nn}: header: language {raw[1]!r} (want {LANG_OF[nn]}), "
                            f"blank line 3, headline line 4")
            langs[raw[1].strip()] += 1
            pub = raw[0].strip()
            if not FIRST_PUB <= pub <= LAST_PUB:
                self.err(7, f"{nn}: publication date {pub} out of range")
            n = len(self.texts[nn].split())
            if not 150 <= n <= 550:
                self.err(7, f"{nn}: {n} words")
        if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
            self.err(7, f"language split {dict(langs)}")

    # 8: scripts, coverage, trap share
    def check8(self):
        for nn, text in self.texts.items():
            lang = self.headers[nn][1].strip()
            low = text.lower()
            if lang == "be":
                if re.search("[ищъ]", low) or "ў" not in low or "і" not in low:
                    self.err(8, f"{nn}: Belarusian orthography (и/щ/ъ present or ў/і absent)")
            elif lang == "ru":
                if re.search("[ўі]", low):
                    self.err(8, f"{nn}: Russian text contains ў or і")
            elif lang == "en":
                if re.search("[\u0400-\u04ff]", text):
                    self.err(8, f"{nn}: English text contains Cyrillic")
        types = Counter(g["type"] for gd in self.golds.values() for g in gd.get("claims", []))
        kinds = Counter(m.get("kind") for gd in self.golds.values() for m in gd.get("must_not", []))
        for t in TYPES:
            if not types[t]:
                self.err(8, f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                self.err(8, f"trap kind {k} not covered")
        nc, nt = sum(types.values()), sum(kinds.values())
        share = nt / (nc + nt) if nc + nt else 0
        if not 0.25 <= share <= 0.30:
            self.err(8, f"trap share {share:.3f} outside 25-30 %")
        self.types, self.kinds, self.share = types, kinds, share

    def run(self):
        self.load()
        for i in range(1, 9):
            try:
                getattr(self, f"check{i}")()
            except Exception as e:
                self.err(i, f"check crashed: {type(e).__name__}: {e}")
        return self.fail


def stats(ch):
    words = {nn: len(t.split()) for nn, t in ch.texts.items()}
    by_lang = Counter()
    for nn, n in words.items():
        by_lang[LANG_OF[nn]] += n
    print(f"reports: {len(ch.texts)} (en {sum(1 for n in ch.texts if LANG_OF[n] == 'en')}, "
          f"ru {sum(1 for n in ch.texts if LANG_OF[n] == 'ru')}, "
          f"be {sum(1 for n in ch.texts if LANG_OF[n] == 'be')})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, "
          f"max {max(words.values())}; by language {dict(by_lang)}")
    for nn in REPORTS:
        g = ch.golds.get(nn, {})
        print(f"  {nn} {ch.headers[nn][0].strip()} {LANG_OF[nn]} words={words.get(nn)} "
              f"claims={len(g.get('claims', []))} traps={len(g.get('must_not', []))}")
    print("claims by type:", sum(ch.types.values()))
    for t in TYPES:
        print(f"  {t:26} {ch.types[t]}")
    print("traps by kind:", sum(ch.kinds.values()))
    for k in KINDS:
        print(f"  {k:26} {ch.kinds[k]}")
    print(f"trap share: {ch.share:.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    ch = Checker(args.dir)
    fail = ch.run()
    if args.stats and hasattr(ch, "types"):
        stats(ch)
    bad = [i for i in fail if fail[i]]
    for i in range(1, 9):
        for msg in fail[i][:25]:
            print(f"check {i}: {msg}")
        if len(fail[i]) > 25:
            print(f"check {i}: ... {len(fail[i]) - 25} more")
    if bad:
        print("FAILED checks: " + " ".join(map(str, bad)))
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
