#!/usr/bin/env python3
"""Self-checks for the heldout154 extraction set (culture news: artists, musicians, writers).

Usage:
  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok / FAILED per check and ALL CHECKS PASSED (exit 0)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape
  python3 verify.py --careless FILE --published DATE --lang LANG [--dir DIR]
      the same, plus one claim for every trap (must_not) of that report

Standard library only. The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR,
or else from ../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
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
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
STEMS = sorted(LANG_OF)
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ---------------------------------------------------------------- loading helpers
def read_report(d, stem):
    raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:]), raw


def load_gold(d, stem):
    return json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))


def load_spellings(d):
    return json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        t = re.sub(r"['’]s$", "", t) if re.search(r"[A-Za-z]['’]s$", t) else t
        if t:
            out.append(t)
    return out


def capitalised(text):
    return {t for t in tokens(text) if t[:1].isupper()}


def letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def any_key(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


def parse_date(s):
    """Start of the period a gold date names."""
    parts = [int(x) for x in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def word_count(text):
    return len(text.split())


# ---------------------------------------------------------------- oracle
def find_report(d, path):
    text = open(path, encoding="utf-8").read()
    for stem in STEMS:
        if not os.path.exists(os.path.join(d, stem + ".txt")):
            continue
        pub, lang, body, _ = read_report(d, stem)
        if body == text or body.rstrip("\n") == text.rstrip("\n"):
            return stem, pub, lang, body
    return None, None, None, text


def as_extract(claim, body, ctype=None, person=None):
    ctype = ctype or claim["type"]
    name = person if person is not None else claim.get("person")
    date = claim.get("date") if claim else None
    prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
    ev = {"start": 0, "end": 0, "text": ""}
    if name:
        keys = (claim or {}).get("surname_keys") or sc.keys_for(name)
        for m in TOKEN_RE.finditer(body):
            if any_key(keys, m.group(0)):
                s, e = max(0, m.start() - 60), min(len(body), m.end() + 60)
                ev = {"start": s, "end": e, "text": body[s:e]}
                break
    return {"type": ctype,
            "person": {"name": name, "mention": name, "person_id": None} if name else None,
            "date": date, "date_precision": prec,
            "destination_country": (claim or {}).get("destination_country"),
            "term_months": (claim or {}).get("term_months"),
            "count": (claim or {}).get("count"),
            "confidence": 1.0, "evidence": ev}


def oracle(d, path, published, lang, careless=False):
    stem, pub, rlang, body = find_report(d, path)
    out = {"published": published or pub, "language": lang or rlang, "claims": []}
    if stem is None:
        print(json.dumps(out, ensure_ascii=False))
        return 1
    gold = load_gold(d, stem)
    out["claims"] = [as_extract(c, body) for c in gold["claims"]]
    if careless:
        for m in gold.get("must_not", []):
            out["claims"].append(as_extract({"date": None}, body, m["type"], m["person"]))
    print(json.dumps(out, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
class Ctx:
    def __init__(self, d):
        self.d = d
        self.reports, self.gold, self.errors = {}, {}, []
        for stem in STEMS:
            try:
                self.reports[stem] = read_report(d, stem)
            except Exception as exc:  # noqa: BLE001
                self.errors.append(f"{stem}.txt unreadable: {exc}")
            try:
                self.gold[stem] = load_gold(d, stem)
            except Exception as exc:  # noqa: BLE001
                self.errors.append(f"{stem}.gold.json unreadable: {exc}")
        try:
            self.spell = load_spellings(d)
        except Exception as exc:  # noqa: BLE001
            self.spell = {}
            self.errors.append(f"spellings.json unreadable: {exc}")

    def people(self, stem):
        return {p["name"]: p for p in self.spell.get(stem, [])}

    def body(self, stem):
        return self.reports[stem][2] if stem in self.reports else ""


def check1(cx):
    bad = []
    for stem, g in cx.gold.items():
        toks = set(tokens(cx.body(stem)))
        for c in g["claims"]:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(any_key(keys, t) for t in toks):
                bad.append(f"{stem}: keys {keys} of {c['person']} match no token")
            if not sc.person_matches(c["person"], keys, c["person"]):
                bad.append(f"{stem}: person_matches rejects gold name {c['person']}")
    return bad


def check2(cx):
    bad = []
    for stem in STEMS:
        people = cx.people(stem)
        caps = capitalised(cx.body(stem))
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                bad.append(f"{stem}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key(keys, s):
                    bad.append(f"{stem}: keys {keys} miss listed spelling {s} of {name}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in sorted(caps - allowed):
                if any_key(keys, t):
                    bad.append(f"{stem}: keys {keys} of {name} also match unrelated token {t}")
            for r in p.get("relatives", []):
                rp = people.get(r)
                if rp is None:
                    bad.append(f"{stem}: relative {r} of {name} not listed")
                    continue
                if name not in rp.get("relatives", []):
                    bad.append(f"{stem}: relative link {name} -> {r} not reciprocated")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, rp.get("keys", []), r):
                    bad.append(f"{stem}: person_matches confuses relatives {name} / {r}")
        for c in cx.gold.get(stem, {}).get("claims", []):
            if c.get("person"):
                p = people.get(c["person"])
                if p is None:
                    bad.append(f"{stem}: gold person {c['person']} missing from spellings.json")
                elif c.get("surname_keys") != p.get("keys"):
                    bad.append(f"{stem}: gold keys of {c['person']} differ from spellings.json")
    return bad


def check3(cx):
    bad = []
    for stem in STEMS:
        people = cx.people(stem)
        toks = set(tokens(cx.body(stem)))
        listed_sur = set()
        listed_all = set()
        for name, p in people.items():
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in toks:
                    bad.append(f"{stem}: spelling {s} of {name} is not a token of the text")
            listed_sur |= set(p.get("surnames", []))
            listed_all |= set(p.get("surnames", [])) | set(p.get("given", []))
            if not p.get("surnames"):
                bad.append(f"{stem}: {name} has no surname spelling")
        prefixes = {letters(s)[:4] for s in listed_sur if len(letters(s)) >= 4}
        for t in sorted(capitalised(cx.body(stem)) - listed_all):
            lt = letters(t)
            if len(lt) >= 4 and lt[:4] in prefixes:
                bad.append(f"{stem}: token {t} shares a 4-letter prefix with a surname but is unlisted")
    return bad


def check4(cx):
    me = os.path.abspath(__file__)
    cmd = f"{sys.executable} {me} --dir {os.path.abspath(cx.d)} --oracle"
    res = sc.score(cx.d, cmd, 120)
    bad = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        bad.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        bad.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            bad.append(f"{k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    want = Counter()
    for g in cx.gold.values():
        for c in g["claims"]:
            want["date"] += bool(c.get("date"))
            want["dest"] += bool(c.get("destination_country"))
            want["term"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_total", 0) != want[k]:
            bad.append(f"{k} counted {a.get(f'{k}_total', 0)} of {want[k]}")
    if res["articles"] != len(STEMS):
        bad.append(f"articles={res['articles']}")
    bad.extend(res["details"][:20])
    return bad


def check5(cx):
    bad = []
    n_traps = 0
    for stem, g in cx.gold.items():
        people = cx.people(stem)
        toks = set(tokens(cx.body(stem)))
        seen = set()
        for m in g.get("must_not", []):
            n_traps += 1
            who = m.get("person")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                bad.append(f"{stem}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                bad.append(f"{stem}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                bad.append(f"{stem}: trap why missing for {who}")
            if set(m) != {"type", "person", "why", "kind"}:
                bad.append(f"{stem}: trap fields {sorted(m)}")
            if (m.get("type"), who) in seen:
                bad.append(f"{stem}: duplicate trap {m.get('type')} {who}")
            seen.add((m.get("type"), who))
            p = people.get(who)
            if p is None:
                bad.append(f"{stem}: trap person {who} not in spellings.json")
                continue
            if not any(any_key(p["keys"], t) for t in toks):
                bad.append(f"{stem}: trap person {who} not named in the text")
            if not sc.person_matches(who, sc.keys_for(who), who):
                bad.append(f"{stem}: trap {who} could never be hit")
            for c in g["claims"]:
                if c["type"] != m.get("type") or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(who), who)
                        or sc.person_matches(c["person"], p["keys"], who)):
                    bad.append(f"{stem}: trap {m['type']} {who} is matched by gold {c['person']}")
    # a careless extractor (gold + every trap) must hit every trap
    me = os.path.abspath(__file__)
    cmd = f"{sys.executable} {me} --dir {os.path.abspath(cx.d)} --careless"
    res = sc.score(cx.d, cmd, 120)
    hit = Counter()
    for line in res["details"]:
        mm = re.match(r"(\d\d) VIOLATION (\S+) (.+?) \(", line)
        if mm:
            hit[(mm.group(1), mm.group(2), mm.group(3))] += 1
    for stem, g in cx.gold.items():
        for m in g.get("must_not", []):
            if not hit[(stem, m["type"], m["person"])]:
                bad.append(f"{stem}: careless run does not hit trap {m['type']} {m['person']}")
    if res["violations"] != n_traps:
        bad.append(f"careless run: {res['violations']} violations for {n_traps} traps")
    return bad


def check6(cx):
    bad = []
    for stem, g in cx.gold.items():
        pub = parse_date(cx.reports[stem][0]) if stem in cx.reports else MAX_PUB
        claims = g.get("claims", [])
        if set(g) != {"claims", "must_not"}:
            bad.append(f"{stem}: gold top-level keys {sorted(g)}")
        have = {(c["type"], c.get("person")) for c in claims}
        for c in claims:
            if set(c) != FIELDS:
                bad.append(f"{stem}: claim fields {sorted(c)}")
                continue
            t, who = c["type"], c["person"]
            if t not in TYPES:
                bad.append(f"{stem}: type {t}")
            if c["date"] is not None:
                if not isinstance(c["date"], str) or not DATE_RE.match(c["date"]):
                    bad.append(f"{stem}: bad date {c['date']}")
                else:
                    try:
                        if parse_date(c["date"]) > pub:
                            bad.append(f"{stem}: {t} {who} dated {c['date']} after publication")
                    except ValueError:
                        bad.append(f"{stem}: invalid date {c['date']}")
            if t == "group_release":
                if who is not None or c["surname_keys"] != [] or not (
                        isinstance(c["count"], int) and c["count"] > 0):
                    bad.append(f"{stem}: malformed group_release")
            else:
                if not isinstance(who, str) or not who or not c["surname_keys"]:
                    bad.append(f"{stem}: {t} without person or keys")
                if c["count"] is not None:
                    bad.append(f"{stem}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    bad.append(f"{stem}: deported {who} country {c['destination_country']}")
                if ("released", who) not in have:
                    bad.append(f"{stem}: deported {who} without released")
            elif c["destination_country"] is not None:
                bad.append(f"{stem}: destination on {t}")
            if t == "pardoned" and ("released", who) not in have:
                bad.append(f"{stem}: pardoned {who} without released")
            if t == "sentenced":
                if c["term_months"] is not None and not (
                        isinstance(c["term_months"], int) and c["term_months"] > 0):
                    bad.append(f"{stem}: term {c['term_months']}")
            elif c["term_months"] is not None:
                bad.append(f"{stem}: term on {t}")
            if c["surname_keys"] and any(k != k.lower() or not re.fullmatch(r"[a-z]+", k)
                                         for k in c["surname_keys"]):
                bad.append(f"{stem}: keys not folded lower-case Latin: {c['surname_keys']}")
        for m in g.get("must_not", []):
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"), set())
            for c in claims:
                if c["type"] in excl and c.get("person") and (
                        c["person"] == m["person"]
                        or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])):
                    bad.append(f"{stem}: {m['type']} trap on {m['person']} but gold {c['type']}")
    return bad


def check7(cx):
    bad = []
    present = sorted(f[:-4] for f in os.listdir(cx.d) if re.fullmatch(r"\d+\.txt", f))
    if present != STEMS:
        bad.append(f"report files present: {present}")
    gpresent = sorted(f[:-10] for f in os.listdir(cx.d) if f.endswith(".gold.json"))
    if gpresent != STEMS:
        bad.append(f"gold files present: {gpresent}")
    for stem, (pub, lang, body, raw) in cx.reports.items():
        try:
            d = datetime.date.fromisoformat(pub)
            if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and MIN_PUB <= d <= MAX_PUB):
                bad.append(f"{stem}: publication {pub} out of range")
        except ValueError:
            bad.append(f"{stem}: bad date line {pub!r}")
        if lang != LANG_OF[stem]:
            bad.append(f"{stem}: language {lang!r}, expected {LANG_OF[stem]}")
        if len(raw) < 4 or raw[2].strip() != "":
            bad.append(f"{stem}: line 3 not blank")
        n = word_count(body)
        if not 150 <= n <= 550:
            bad.append(f"{stem}: {n} words")
    return bad


def check8(cx):
    bad = []
    for stem, (pub, lang, body, raw) in cx.reports.items():
        low = body.lower()
        if LANG_OF[stem] == "be":
            if re.search(r"[ищъ]", low):
                bad.append(f"{stem}: Belarusian text has и/щ/ъ")
            if "ў" not in low or "і" not in low:
                bad.append(f"{stem}: Belarusian text lacks ў or і")
        elif LANG_OF[stem] == "ru":
            if re.search(r"[ўі]", low):
                bad.append(f"{stem}: Russian text has ў/і")
        elif re.search(r"[\u0400-\u04FF]", body):
            bad.append(f"{stem}: English text has Cyrillic")
    types = Counter(c["type"] for g in cx.gold.values() for c in g["claims"])
    kinds = Counter(m.get("kind") for g in cx.gold.values() for m in g.get("must_not", []))
    for t in TYPES:
        if not types[t]:
            bad.append(f"event type {t} never used")
    for k in KINDS:
        if not kinds[k]:
            bad.append(f"trap kind {k} never used")
    n_c, n_t = sum(types.values()), sum(kinds.values())
    share = n_t / (n_c + n_t) if n_c + n_t else 0
    if not 0.25 <= share <= 0.30:
        bad.append(f"trap share {share:.3f}")
    return bad


CHECKS = [
    ("1 gold people are in the text", check1),
    ("2 keys fit", check2),
    ("3 spellings are complete", check3),
    ("4 perfect oracle score", check4),
    ("5 traps are sound", check5),
    ("6 fields and logic", check6),
    ("7 headers and size", check7),
    ("8 scripts and coverage", check8),
]


def stats(cx):
    words = {s: word_count(r[2]) for s, r in cx.reports.items()}
    dates = sorted(r[0] for r in cx.reports.values())
    types = Counter(c["type"] for g in cx.gold.values() for c in g["claims"])
    kinds = Counter(m.get("kind") for g in cx.gold.values() for m in g.get("must_not", []))
    ttypes = Counter(m.get("type") for g in cx.gold.values() for m in g.get("must_not", []))
    n_c, n_t = sum(types.values()), sum(kinds.values())
    people = sum(len(v) for v in cx.spell.values())
    langs = Counter(r[1] for r in cx.reports.values())
    print(f"reports: {len(cx.reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"dates: {dates[0]} .. {dates[-1]}; by year: "
          + ", ".join(f"{y} {n}" for y, n in sorted(Counter(d[:4] for d in dates).items())))
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    print(f"gold claims: {n_c}; traps: {n_t}; trap share: {n_t / (n_c + n_t):.3f}")
    print(f"people listed: {people}")
    print("claims by type: " + ", ".join(f"{t} {types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("traps by type: " + ", ".join(f"{t} {ttypes[t]}" for t in TYPES if ttypes[t]))
    for s in STEMS:
        if s in cx.gold:
            print(f"  {s} {cx.reports[s][0]} {cx.reports[s][1]} words={words[s]} "
                  f"claims={len(cx.gold[s]['claims'])} traps={len(cx.gold[s]['must_not'])} "
                  f"people={len(cx.spell.get(s, []))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every problem found")
    args = ap.parse_args()
    if args.oracle or args.careless:
        return oracle(args.dir, args.oracle or args.careless, args.published, args.lang,
                      careless=bool(args.careless))
    cx = Ctx(args.dir)
    for e in cx.errors:
        print("error:", e)
    passed = not cx.errors
    for label, fn in CHECKS:
        try:
            bad = fn(cx)
        except Exception as exc:  # noqa: BLE001
            bad = [f"crashed: {type(exc).__name__}: {exc}"]
        print(f"{'ok' if not bad else 'FAILED'}  {label}")
        for line in bad[: None if args.verbose else 12]:
            print("    " + line)
        if bad and not args.verbose and len(bad) > 12:
            print(f"    ... {len(bad) - 12} more")
        passed &= not bad
    if args.stats:
        stats(cx)
    if passed:
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
