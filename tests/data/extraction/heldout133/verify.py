#!/usr/bin/env python3
"""Self-check for the heldout133 blind evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]      run the eight checks
  python3 verify.py --dir DIR --oracle FILE --published D --lang L
                                               print the gold of the article in FILE as
                                               `volia extract` output (used by check 4)

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
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
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
NUMS = ["%02d" % i for i in range(1, 31)]
LANG_OF = {n: ("en" if i <= 14 else "ru" if i <= 24 else "be") for i, n in enumerate(NUMS, 1)}
PUB_MIN, PUB_MAX = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        t = re.sub(r"['’]s$", "", t)
        if t:
            out.append(t)
    return out


def cap_tokens(text):
    return {t for t in tokens(text) if t[:1].isupper()}


def prefix4(token):
    return re.sub(r"[^a-z]", "", sc.fold(token))[:4]


def read_article(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def valid_date(s):
    if not isinstance(s, str):
        return False
    for fmt, n in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
        if len(s) == n:
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


class Set:
    def __init__(self, d):
        self.dir = d
        self.txt, self.text, self.gold, self.header = {}, {}, {}, {}
        for n in NUMS:
            p = os.path.join(d, n + ".txt")
            if os.path.exists(p):
                raw, text = read_article(p)
                self.header[n], self.text[n] = raw[:3], text
            g = os.path.join(d, n + ".gold.json")
            if os.path.exists(g):
                self.gold[n] = json.load(open(g, encoding="utf-8"))
        sp = os.path.join(d, "spellings.json")
        self.spell = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}

    def people(self, n):
        return {p["name"]: p for p in self.spell.get(n, [])}

    def claims(self, n):
        return self.gold.get(n, {}).get("claims", [])

    def traps(self, n):
        return self.gold.get(n, {}).get("must_not", [])


def any_key(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


# ---------------------------------------------------------------- checks
def check1(S):
    errs = []
    for n in NUMS:
        toks = tokens(S.text.get(n, ""))
        for c in S.claims(n):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not any(any_key(keys, t) for t in toks):
                errs.append(f"{n}: keys {keys} of {name} match no token")
            if not sc.person_matches(name or "", keys, name or ""):
                errs.append(f"{n}: person_matches rejects gold name {name}")
    return errs


def check2(S):
    errs = []
    for n in NUMS:
        ppl = S.people(n)
        caps = cap_tokens(S.text.get(n, ""))
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key(keys, s):
                    errs.append(f"{n}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in ppl:
                    errs.append(f"{n}: relative {r} of {name} not listed")
                    continue
                allowed |= set(ppl[r].get("surnames", []))
                if name not in ppl[r].get("relatives", []):
                    errs.append(f"{n}: relative link {name} -> {r} not mirrored")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{n}: relative {r} matches keys of {name}")
                if sc.person_matches(name, ppl[r].get("keys") or [], r):
                    errs.append(f"{n}: {name} matches keys of relative {r}")
            for t in caps:
                if t not in allowed and any_key(keys, t):
                    errs.append(f"{n}: keys {keys} of {name} also match token {t}")
        for c in S.claims(n):
            if c.get("type") == "group_release":
                continue
            p = ppl.get(c.get("person"))
            if p is None:
                errs.append(f"{n}: gold person {c.get('person')} not in spellings.json")
            elif sorted(p.get("keys") or []) != sorted(c.get("surname_keys") or []):
                errs.append(f"{n}: surname_keys of {c.get('person')} differ from spellings.json")
    return errs


def check3(S):
    errs = []
    for n in NUMS:
        toks = set(tokens(S.text.get(n, "")))
        caps = cap_tokens(S.text.get(n, ""))
        listed = set()
        surn = set()
        for p in S.spell.get(n, []):
            listed |= set(p.get("surnames", [])) | set(p.get("given", []))
            surn |= set(p.get("surnames", []))
            if not p.get("surnames"):
                errs.append(f"{n}: {p['name']} has no surname spellings")
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in toks:
                    errs.append(f"{n}: listed spelling {s} ({p['name']}) is not a token")
        pref = {prefix4(s) for s in surn}
        for t in caps:
            if prefix4(t) in pref and t not in listed:
                errs.append(f"{n}: token {t} shares a prefix with a listed surname but is unlisted")
    return errs


def oracle_cmd(d):
    return f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"


def check4(S):
    res = sc.score(S.dir, oracle_cmd(S.dir), 60)
    a = res["attributes"]
    errs = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    want = Counter()
    for n in NUMS:
        for c in S.claims(n):
            want["date"] += bool(c.get("date"))
            want["dest"] += bool(c.get("destination_country"))
            want["term"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(k + "_total", 0) != want[k]:
            errs.append(f"{k} counted {a.get(k + '_total', 0)} of {want[k]}")
    errs += res["details"][:20]
    return errs


def check5(S):
    errs = []
    for n in NUMS:
        ppl = S.people(n)
        toks = tokens(S.text.get(n, ""))
        seen = set()
        for m in S.traps(n):
            t, person = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                errs.append(f"{n}: trap type {t}")
            if m.get("kind") not in KINDS:
                errs.append(f"{n}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 5:
                errs.append(f"{n}: trap on {person} lacks a why")
            if (t, person) in seen:
                errs.append(f"{n}: trap ({t}, {person}) twice")
            seen.add((t, person))
            p = ppl.get(person)
            if p is None:
                errs.append(f"{n}: trap person {person} not in spellings.json")
                continue
            if not any(any_key(p.get("keys") or [], x) for x in toks):
                errs.append(f"{n}: trap person {person} not named in the text")
            for c in S.claims(n):
                if c.get("type") != t or not c.get("person"):
                    continue
                for keys in (sc.keys_for(person), p.get("keys") or []):
                    if sc.person_matches(c["person"], keys, person):
                        errs.append(f"{n}: gold {t} {c['person']} hits trap on {person} ({keys})")
    return errs


def check6(S):
    errs = []
    for n in NUMS:
        pub = S.header.get(n, ["", "", ""])[0].strip()
        claims = S.claims(n)
        gold_of = Counter((c.get("type"), c.get("person")) for c in claims)
        for c in claims:
            t = c.get("type")
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            if t not in TYPES:
                errs.append(f"{n}: claim type {t}")
            d = c["date"]
            if d is not None:
                if not valid_date(d):
                    errs.append(f"{n}: bad date {d}")
                elif d > pub[:len(d)]:
                    errs.append(f"{n}: date {d} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{n}: group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    errs.append(f"{n}: group_release count {c['count']}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{n}: {t} without a person")
                if not c["surname_keys"] or not all(
                        isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    errs.append(f"{n}: bad surname_keys {c['surname_keys']}")
                if c["count"] is not None:
                    errs.append(f"{n}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{n}: deported {c['person']} to {c['destination_country']}")
                if not gold_of[("released", c["person"])]:
                    errs.append(f"{n}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination on {t}")
            if t == "pardoned" and not gold_of[("released", c["person"])]:
                errs.append(f"{n}: pardoned {c['person']} without released")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    errs.append(f"{n}: term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term_months on {t}")
        for m in S.traps(n):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
            t, p = m.get("type"), m.get("person")
            if t == "released":
                for x in ("released", "pardoned", "deported"):
                    if gold_of[(x, p)]:
                        errs.append(f"{n}: released trap on {p} but gold {x}")
            if t in ("pardoned", "deported") and gold_of[(t, p)]:
                errs.append(f"{n}: {t} trap on {p} but gold {t}")
    return errs


def check7(S):
    errs = []
    present = {f[:-4] for f in os.listdir(S.dir) if re.fullmatch(r"\d+\.txt", f)}
    gpresent = {f[:-10] for f in os.listdir(S.dir) if re.fullmatch(r"\d+\.gold\.json", f)}
    if present != set(NUMS) or gpresent != set(NUMS):
        errs.append(f"files: txt {sorted(present ^ set(NUMS))} gold {sorted(gpresent ^ set(NUMS))}")
    for n in NUMS:
        h = S.header.get(n)
        if not h:
            continue
        try:
            d = datetime.date.fromisoformat(h[0].strip())
            if not (PUB_MIN <= d <= PUB_MAX) or h[0] != d.isoformat():
                errs.append(f"{n}: publication date {h[0]} out of range")
        except ValueError:
            errs.append(f"{n}: line 1 is not a date: {h[0]!r}")
        if h[1] != LANG_OF[n]:
            errs.append(f"{n}: language {h[1]!r}, expected {LANG_OF[n]}")
        if h[2] != "":
            errs.append(f"{n}: line 3 not blank")
        w = len(S.text[n].split())
        if not 150 <= w <= 550:
            errs.append(f"{n}: {w} words")
    return errs


def stats(S):
    types, kinds = Counter(), Counter()
    for n in NUMS:
        types.update(c["type"] for c in S.claims(n))
        kinds.update(m["kind"] for m in S.traps(n))
    nc, nt = sum(types.values()), sum(kinds.values())
    return types, kinds, nc, nt


def check8(S):
    errs = []
    for n in NUMS:
        text, lang = S.text.get(n, ""), LANG_OF[n]
        low = text.lower()
        if lang == "be":
            bad = sorted(set(re.findall(r"[ищъ]", low)))
            if bad:
                errs.append(f"{n}: Belarusian text contains {bad}")
            if "ў" not in low or "і" not in low:
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўі]", low):
                errs.append(f"{n}: Russian text contains ў/і")
        elif CYRILLIC.search(text):
            errs.append(f"{n}: English text contains Cyrillic")
    types, kinds, nc, nt = stats(S)
    miss_t = [t for t in TYPES if not types[t]]
    miss_k = [k for k in KINDS if not kinds[k]]
    if miss_t:
        errs.append(f"event types missing: {miss_t}")
    if miss_k:
        errs.append(f"trap kinds missing: {miss_k}")
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f}")
    return errs


CHECKS = [("gold people are in the text", check1), ("keys fit", check2),
          ("spellings are complete", check3), ("perfect oracle score", check4),
          ("traps are sound", check5), ("fields and logic", check6),
          ("headers and size", check7), ("scripts and coverage", check8)]


def oracle(d, path, published, lang):
    body = open(path, encoding="utf-8").read()
    for n in NUMS:
        p = os.path.join(d, n + ".txt")
        if not os.path.exists(p):
            continue
        raw, text = read_article(p)
        if text == body:
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                d_ = c["date"]
                prec = None if not d_ else {4: "year", 7: "month", 10: "day"}[len(d_)]
                claims.append({"type": c["type"],
                               "person": None if c["person"] is None else
                               {"name": c["person"], "mention": c["person"], "person_id": None},
                               "date": d_, "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or raw[0], "language": lang or raw[1],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    a = ap.parse_args()
    if a.oracle:
        if not a.file:
            # print the whole gold as oracle output, one article per line
            for n in NUMS:
                p = os.path.join(a.dir, n + ".txt")
                if os.path.exists(p):
                    raw, _ = read_article(p)
                    sys.stdout.write(n + "\t")
                    sys.stdout.flush()
                    oracle_file_text(a.dir, n, raw[0], raw[1])
            return 0
        return oracle(a.dir, a.file, a.published, a.lang)
    S = Set(a.dir)
    failed = 0
    for title, fn in CHECKS:
        try:
            errs = fn(S)
        except Exception as e:  # a crash is a failure
            errs = [f"crashed: {type(e).__name__}: {e}"]
        print(f"{'ok' if not errs else 'FAILED'}  {CHECKS.index((title, fn)) + 1}. {title}")
        for e in errs[:25]:
            print("      " + e)
        if len(errs) > 25:
            print(f"      ... {len(errs) - 25} more")
        failed += bool(errs)
    if a.stats:
        types, kinds, nc, nt = stats(S)
        words = {n: len(S.text.get(n, "").split()) for n in NUMS}
        print(f"reports={len(S.text)} words={sum(words.values())} "
              f"(min {min(words.values())}, max {max(words.values())})")
        for lang in ("en", "ru", "be"):
            print(f"  {lang}: {sum(w for n, w in words.items() if LANG_OF[n] == lang)} words")
        print(f"claims={nc}")
        for t in TYPES:
            print(f"  {t:26} {types[t]}")
        print(f"traps={nt}")
        for k in KINDS:
            print(f"  {k:26} {kinds[k]}")
        print(f"trap share={nt / (nc + nt):.3f}" if nc + nt else "trap share=n/a")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def oracle_file_text(d, n, published, lang):
    """Oracle for article N, fed the way the scorer feeds it (body only, in a temp file)."""
    import tempfile
    _, text = read_article(os.path.join(d, n + ".txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        tmp = fh.name
    try:
        oracle(d, tmp, published, lang)
    finally:
        os.unlink(tmp)


if __name__ == "__main__":
    sys.exit(main())
