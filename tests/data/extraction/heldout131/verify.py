#!/usr/bin/env python3
"""Check the heldout131 evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --dir DIR --oracle FILE --published YYYY-MM-DD --lang xx

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Eight checks are run; each prints
"ok" or "FAILED", and "ALL CHECKS PASSED" is printed (exit 0) only when all hold.
With --oracle the script acts as a perfect extractor: it finds the report whose text
equals FILE and prints its gold claims in the `volia extract` output format.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        if t:
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


def load_set(d):
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))
    txts = sorted(f[:-4] for f in os.listdir(d) if re.match(r"^\d\d\.txt$", f))
    data = {}
    for s in sorted(set(stems) | set(txts)):
        item = {"stem": s}
        tp = os.path.join(d, s + ".txt")
        gp = os.path.join(d, s + ".gold.json")
        if os.path.exists(tp):
            raw, body = read_report(tp)
            item["raw"], item["body"] = raw, body
        if os.path.exists(gp):
            item["gold"] = json.load(open(gp, encoding="utf-8"))
        data[s] = item
    spell_path = os.path.join(d, "spellings.json")
    spell = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    return data, spell


def oracle(args):
    d = args.dir
    text = open(args.file, encoding="utf-8").read()
    for f in sorted(os.listdir(d)):
        if not re.match(r"^\d\d\.txt$", f):
            continue
        raw, body = read_report(os.path.join(d, f))
        if body == text:
            gold = json.load(open(os.path.join(d, f[:-4] + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                date = g.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                person = None
                if g.get("person"):
                    person = {"name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": raw[0].strip(), "language": raw[1].strip(),
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("oracle: no report with this text", file=sys.stderr)
    return 2


class Checker:
    def __init__(self, d):
        self.d = d
        self.sc = load_scorer()
        self.data, self.spell = load_set(d)
        self.problems = {}

    def people(self, stem):
        return {p["name"]: p for p in self.spell.get(stem, [])}

    def report_tokens(self, stem):
        item = self.data[stem]
        lang = item["raw"][1].strip() if "raw" in item else "en"
        return tokens(item.get("body", ""), lang)

    # 1 ------------------------------------------------------------------
    def check1(self):
        bad = []
        for s, item in self.data.items():
            if "gold" not in item or "body" not in item:
                continue
            toks = self.report_tokens(s)
            ppl = self.people(s)
            for c in item["gold"].get("claims", []):
                name = c.get("person")
                if not name:
                    continue
                keys = c.get("surname_keys") or []
                if not any(self.sc.key_matches_token(k, t) for k in keys for t in toks):
                    bad.append(f"{s}: keys {keys} of {name} match no token")
                if not self.sc.person_matches(name, keys, name):
                    bad.append(f"{s}: person_matches rejects gold name {name}")
                if name not in ppl:
                    bad.append(f"{s}: {name} not in spellings.json")
        return bad

    # 2 ------------------------------------------------------------------
    def check2(self):
        bad = []
        for s, item in self.data.items():
            if "body" not in item:
                continue
            ppl = self.people(s)
            caps = {t for t in self.report_tokens(s) if t[:1].isupper()}
            for name, p in ppl.items():
                keys = p.get("keys") or []
                if not keys:
                    bad.append(f"{s}: {name} has no keys")
                    continue
                for sp in p.get("surnames", []):
                    if not any(self.sc.key_matches_token(k, sp) for k in keys):
                        bad.append(f"{s}: keys {keys} of {name} miss spelling {sp}")
                allowed = set(p.get("surnames", []))
                for r in p.get("relatives", []):
                    allowed |= set(ppl.get(r, {}).get("surnames", []))
                for t in caps:
                    if t in allowed:
                        continue
                    if any(self.sc.key_matches_token(k, t) for k in keys):
                        bad.append(f"{s}: keys {keys} of {name} also match '{t}'")
                for r in p.get("relatives", []):
                    rp = ppl.get(r)
                    if rp is None:
                        bad.append(f"{s}: relative {r} of {name} not listed")
                        continue
                    if name not in rp.get("relatives", []):
                        bad.append(f"{s}: relative link {name} -> {r} not reciprocated")
                    if self.sc.person_matches(r, keys, name):
                        bad.append(f"{s}: person_matches confuses {r} with {name}")
                    if self.sc.person_matches(name, rp.get("keys", []), r):
                        bad.append(f"{s}: person_matches confuses {name} with {r}")
            if "gold" in item:
                for c in item["gold"].get("claims", []):
                    if c.get("person") and c.get("person") in ppl:
                        if c.get("surname_keys") != ppl[c["person"]].get("keys"):
                            bad.append(f"{s}: gold keys of {c['person']} differ from spellings.json")
        return bad

    # 3 ------------------------------------------------------------------
    def check3(self):
        bad = []
        for s, item in self.data.items():
            if "body" not in item:
                continue
            toks = self.report_tokens(s)
            tokset = set(toks)
            listed, surn = set(), set()
            for p in self.spell.get(s, []):
                for sp in p.get("surnames", []):
                    listed.add(sp)
                    surn.add(sp)
                    if sp not in tokset:
                        bad.append(f"{s}: surname spelling '{sp}' of {p['name']} not in text")
                for g in p.get("given", []):
                    listed.add(g)
                    if g not in tokset:
                        bad.append(f"{s}: given-name spelling '{g}' of {p['name']} not in text")

            def pre(w):
                return re.sub(r"[^a-z]", "", self.sc.fold(w))[:4]
            prefixes = {pre(w) for w in surn if len(pre(w)) == 4}
            for t in sorted({t for t in toks if t[:1].isupper()}):
                if t not in listed and pre(t) in prefixes:
                    bad.append(f"{s}: capitalised '{t}' shares a prefix with a surname but is not listed")
        return bad

    # 4 ------------------------------------------------------------------
    def check4(self):
        bad = []
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(self.d)} --oracle"
        try:
            res = self.sc.score(self.d, cmd, 120)
        except Exception as exc:  # noqa: BLE001
            return [f"scorer raised {exc!r}"]
        n_date = n_dest = n_term = 0
        for item in self.data.values():
            for c in item.get("gold", {}).get("claims", []):
                n_date += bool(c.get("date"))
                n_dest += bool(c.get("destination_country"))
                n_term += bool(c.get("term_months"))
        a = res["attributes"]
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
            bad.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:5]}")
        if res["violations"] or res["errors"]:
            bad.append(f"violations={res['violations']} errors={res['errors']}")
        if res["articles"] != 30:
            bad.append(f"articles={res['articles']}")
        if (a.get("date_ok", 0), a.get("date_total", 0)) != (n_date, n_date):
            bad.append(f"dates {a.get('date_ok', 0)}/{a.get('date_total', 0)} of {n_date}")
        if (a.get("dest_ok", 0), a.get("dest_total", 0)) != (n_dest, n_dest):
            bad.append(f"destinations {a.get('dest_ok', 0)}/{a.get('dest_total', 0)} of {n_dest}")
        if (a.get("term_ok", 0), a.get("term_total", 0)) != (n_term, n_term):
            bad.append(f"terms {a.get('term_ok', 0)}/{a.get('term_total', 0)} of {n_term}")
        self.score_result = res
        return bad

    # 5 ------------------------------------------------------------------
    def check5(self):
        bad = []
        for s, item in self.data.items():
            if "gold" not in item:
                continue
            ppl = self.people(s)
            toks = self.report_tokens(s) if "body" in item else []
            seen = set()
            for m in item["gold"].get("must_not", []):
                t, name = m.get("type"), m.get("person")
                if t not in TYPES:
                    bad.append(f"{s}: trap type {t!r}")
                if m.get("kind") not in KINDS:
                    bad.append(f"{s}: trap kind {m.get('kind')!r}")
                if not isinstance(m.get("why"), str) or not m.get("why").strip():
                    bad.append(f"{s}: trap on {name} has no why")
                if set(m) != TRAP_FIELDS:
                    bad.append(f"{s}: trap fields {sorted(m)}")
                if (t, name) in seen:
                    bad.append(f"{s}: duplicate trap ({t}, {name})")
                seen.add((t, name))
                if name not in ppl:
                    bad.append(f"{s}: trap person {name} not in spellings.json")
                    own = []
                else:
                    own = ppl[name].get("keys", [])
                    if not any(self.sc.key_matches_token(k, tk) for k in own for tk in toks):
                        bad.append(f"{s}: trap person {name} not named in the text")
                for c in item["gold"].get("claims", []):
                    if c.get("type") != t or not c.get("person"):
                        continue
                    for keys in (self.sc.keys_for(name), own):
                        if keys and self.sc.person_matches(c["person"], keys, name):
                            bad.append(f"{s}: gold {t} {c['person']} is matched by trap on {name}")
        return bad

    # 6 ------------------------------------------------------------------
    def check6(self):
        bad = []
        for s, item in self.data.items():
            if "gold" not in item:
                continue
            pub = item["raw"][0].strip() if "raw" in item else "9999-12-31"
            claims = item["gold"].get("claims", [])
            by = Counter((c.get("type"), c.get("person")) for c in claims)
            for c in claims:
                t = c.get("type")
                if set(c) != CLAIM_FIELDS:
                    bad.append(f"{s}: claim fields {sorted(c)}")
                    continue
                if t not in TYPES:
                    bad.append(f"{s}: claim type {t!r}")
                d = c["date"]
                if d is not None:
                    if not valid_date(d):
                        bad.append(f"{s}: bad date {d!r}")
                    elif d > pub[:len(d)]:
                        bad.append(f"{s}: date {d} after publication {pub}")
                if t == "group_release":
                    if c["person"] is not None or c["surname_keys"] != []:
                        bad.append(f"{s}: group_release with a person")
                    if not isinstance(c["count"], int) or c["count"] <= 0:
                        bad.append(f"{s}: group_release count {c['count']!r}")
                else:
                    if not isinstance(c["person"], str) or not c["person"].strip():
                        bad.append(f"{s}: {t} without person")
                    if not c["surname_keys"]:
                        bad.append(f"{s}: {t} {c['person']} without keys")
                    if c["count"] is not None:
                        bad.append(f"{s}: count on {t}")
                if t == "deported":
                    if c["destination_country"] not in ISO2:
                        bad.append(f"{s}: deported {c['person']} country {c['destination_country']!r}")
                    if not by[("released", c["person"])]:
                        bad.append(f"{s}: deported {c['person']} has no released")
                elif c["destination_country"] is not None:
                    bad.append(f"{s}: destination on {t}")
                if t == "pardoned" and not by[("released", c["person"])]:
                    bad.append(f"{s}: pardoned {c['person']} has no released")
                if t == "sentenced":
                    if c["term_months"] is not None and (not isinstance(c["term_months"], int)
                                                         or c["term_months"] <= 0):
                        bad.append(f"{s}: term {c['term_months']!r}")
                elif c["term_months"] is not None:
                    bad.append(f"{s}: term_months on {t}")
            for m in item["gold"].get("must_not", []):
                p = m.get("person")
                if m.get("type") == "released":
                    for t in ("released", "pardoned", "deported"):
                        if by[(t, p)]:
                            bad.append(f"{s}: released trap on {p} but gold {t}")
                if m.get("type") in ("pardoned", "deported") and by[(m["type"], p)]:
                    bad.append(f"{s}: {m['type']} trap on {p} but gold {m['type']}")
        return bad

    # 7 ------------------------------------------------------------------
    def check7(self):
        bad = []
        want = [f"{i:02d}" for i in range(1, 31)]
        have_txt = sorted(s for s, i in self.data.items() if "raw" in i)
        have_gold = sorted(s for s, i in self.data.items() if "gold" in i)
        if have_txt != want or have_gold != want:
            bad.append(f"files: txt {have_txt} gold {have_gold}")
        for s, item in self.data.items():
            if "raw" not in item:
                continue
            raw = item["raw"]
            if len(raw) < 4:
                bad.append(f"{s}: too short")
                continue
            d = raw[0].strip()
            if raw[0] != d or not re.match(r"^\d{4}-\d{2}-\d{2}$", d) or not valid_date(d) \
                    or not ("2021-01-01" <= d <= "2026-11-20"):
                bad.append(f"{s}: bad publication date {raw[0]!r}")
            if raw[1] != LANG_OF.get(s):
                bad.append(f"{s}: language {raw[1]!r}, expected {LANG_OF.get(s)}")
            if raw[2] != "":
                bad.append(f"{s}: line 3 not blank")
            n = len(item["body"].split())
            if not 150 <= n <= 550:
                bad.append(f"{s}: {n} words")
        return bad

    # 8 ------------------------------------------------------------------
    def check8(self):
        bad = []
        types, kinds = Counter(), Counter()
        n_claims = n_traps = 0
        for s, item in self.data.items():
            if "raw" in item:
                lang, body = item["raw"][1], item["body"]
                if lang == "be":
                    if re.search(r"[иИщЩъЪ]", body):
                        bad.append(f"{s}: Belarusian text contains и/щ/ъ")
                    if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                        bad.append(f"{s}: Belarusian text lacks ў or і")
                elif lang == "ru":
                    if re.search(r"[ўЎіІ]", body):
                        bad.append(f"{s}: Russian text contains ў/і")
                elif lang == "en":
                    if CYRILLIC.search(body):
                        bad.append(f"{s}: English text contains Cyrillic")
            g = item.get("gold", {})
            for c in g.get("claims", []):
                types[c.get("type")] += 1
                n_claims += 1
            for m in g.get("must_not", []):
                kinds[m.get("kind")] += 1
                n_traps += 1
        for t in TYPES:
            if not types[t]:
                bad.append(f"event type {t} not covered")
        for k in KINDS:
            if not kinds[k]:
                bad.append(f"trap kind {k} not covered")
        share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
        if not 0.25 <= share <= 0.30:
            bad.append(f"trap share {share:.3f} outside 0.25-0.30")
        return bad

    def run(self):
        names = ["gold people are in the text", "keys fit", "spellings are complete",
                 "perfect oracle score", "traps are sound", "fields and logic",
                 "headers and size", "scripts and coverage"]
        ok_all = True
        for i, name in enumerate(names, 1):
            try:
                bad = getattr(self, f"check{i}")()
            except Exception as exc:  # noqa: BLE001
                bad = [f"check crashed: {exc!r}"]
            status = "ok" if not bad else "FAILED"
            ok_all &= not bad
            print(f"[{i}] {name}: {status}")
            for b in bad[:25]:
                print(f"      - {b}")
            if len(bad) > 25:
                print(f"      ... {len(bad) - 25} more")
        if ok_all:
            print("ALL CHECKS PASSED")
        return 0 if ok_all else 1

    def stats(self):
        types, kinds, langs = Counter(), Counter(), Counter()
        n_claims = n_traps = 0
        words = {}
        for s, item in sorted(self.data.items()):
            words[s] = len(item.get("body", "").split())
            g = item.get("gold", {})
            for c in g.get("claims", []):
                types[c["type"]] += 1
                n_claims += 1
                langs[item["raw"][1]] += 1
            for m in g.get("must_not", []):
                kinds[m["kind"]] += 1
                n_traps += 1
        print(f"reports: {len(self.data)}  words: {sum(words.values())} "
              f"(min {min(words.values())}, max {max(words.values())})")
        print("words per report: " + ", ".join(f"{s}:{n}" for s, n in words.items()))
        print(f"claims: {n_claims}  traps: {n_traps}  trap share: "
              f"{n_traps / (n_claims + n_traps):.3f}")
        print("claims by language: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
        print("claims by type:")
        for t in TYPES:
            print(f"  {t:26} {types[t]}")
        print("traps by kind:")
        for k in KINDS:
            print(f"  {k:26} {kinds[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("file", nargs="?")
    args = ap.parse_args()
    if args.oracle:
        if not args.file:
            ap.error("--oracle needs the article file")
        return oracle(args)
    ch = Checker(args.dir)
    if args.stats:
        ch.stats()
    return ch.run()


if __name__ == "__main__":
    sys.exit(main())
