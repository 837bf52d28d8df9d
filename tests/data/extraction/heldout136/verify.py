#!/usr/bin/env python3
"""Self-check for the heldout136 evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      runs the eight checks described in README.md and prints `ok` / `FAILED` for each,
      then `ALL CHECKS PASSED` (exit 0) or exits 1.
  python3 verify.py --oracle [--dir DIR] FILE --published DATE --lang LANG
      the "perfect extractor": finds the report in DIR whose text equals FILE and prints its
      gold claims in the `volia extract` output shape. Check 4 runs it through the scorer.

The scorer (`score_claims.py`) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime as dt
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
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"


def lang_for(n):
    i = int(n)
    return "en" if i <= 14 else ("ru" if i <= 24 else "be")


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = re.sub(r"['’][sS]$", "", m.group(0))
        if t:
            out.append(t)
    return out


def caps(text):
    return {t for t in tokens(text) if t[0].isupper()}


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), None)


def read_report(d, n):
    raw = open(os.path.join(d, n + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def load(d):
    data = {}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    for n in NUMBERS:
        if not os.path.exists(os.path.join(d, n + ".txt")):
            continue
        raw, text = read_report(d, n)
        gp = os.path.join(d, n + ".gold.json")
        gold = json.load(open(gp, encoding="utf-8")) if os.path.exists(gp) else {"claims": [], "must_not": []}
        people = {p["name"]: p for p in spell.get(n, [])}
        data[n] = {"raw": raw, "text": text, "gold": gold, "people": people}
    return data, spell


# ----------------------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    hits = []
    for n in NUMBERS:
        p = os.path.join(d, n + ".txt")
        if not os.path.exists(p):
            continue
        raw, body = read_report(d, n)
        if body == text:
            hits.append((raw[0].strip() == published and raw[1].strip() == lang, n))
    if not hits:
        print("oracle: no report matches this text", file=sys.stderr)
        return 1
    n = sorted(hits, reverse=True)[0][1]
    gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        person = None
        if g["person"]:
            person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": g["date"],
                       "date_precision": precision(g["date"]),
                       "destination_country": g["destination_country"],
                       "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                       "evidence": {"start": 0, "end": 0, "text": ""}})
    print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- checks
def check1(data, spell):
    errs = []
    for n, r in data.items():
        toks = tokens(r["text"])
        for g in r["gold"]["claims"]:
            if g.get("person") is None:
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{n}: keys {keys} of {g['person']} match no token")
            if not sc.person_matches(g["person"], keys, g["person"]):
                errs.append(f"{n}: person_matches rejects gold name {g['person']}")
    return errs


def check2(data, spell):
    errs = []
    for n, r in data.items():
        people = r["people"]
        cap = caps(r["text"])
        for name, p in people.items():
            keys = p["keys"]
            if not keys:
                errs.append(f"{n}: {name} has no keys")
                continue
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys {keys} miss spelling {s} of {name}")
            allowed = set(p["surnames"])
            for rel in p["relatives"]:
                if rel in people:
                    allowed |= set(people[rel]["surnames"])
            for t in sorted(cap - allowed):
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys {keys} of {name} also match '{t}'")
            for rel in p["relatives"]:
                q = people.get(rel)
                if q is None:
                    errs.append(f"{n}: relative {rel} of {name} not listed")
                    continue
                if name not in q["relatives"]:
                    errs.append(f"{n}: {rel} does not link back to {name}")
                for keyset in (q["keys"], sc.keys_for(rel)):
                    if sc.person_matches(name, keyset, rel):
                        errs.append(f"{n}: person_matches confuses {name} with relative {rel}")
        for g in r["gold"]["claims"]:
            if g.get("person") is None:
                continue
            p = people.get(g["person"])
            if p is None:
                errs.append(f"{n}: gold person {g['person']} not in spellings.json")
            elif g.get("surname_keys") != p["keys"]:
                errs.append(f"{n}: surname_keys of {g['person']} differ from spellings.json")
    return errs


def check3(data, spell):
    errs = []
    for n, r in data.items():
        toks = set(tokens(r["text"]))
        cap = caps(r["text"])
        listed = set()
        prefixes = set()
        for name, p in r["people"].items():
            for s in p["surnames"] + p["given"]:
                listed.add(s)
                if s not in toks:
                    errs.append(f"{n}: listed spelling '{s}' of {name} is not a token")
            for s in p["surnames"]:
                f = folded(s)
                if len(f) >= 4:
                    prefixes.add(f[:4])
        for t in sorted(cap - listed):
            if folded(t)[:4] in prefixes:
                errs.append(f"{n}: capitalised token '{t}' looks like a listed surname but is not listed")
    return errs


def check4(data, spell, d):
    me = os.path.abspath(__file__)
    cmd = f"{sys.executable} {me} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    errs = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs.extend(res["details"][:10])
    return errs


def check5(data, spell):
    errs = []
    for n, r in data.items():
        seen = set()
        toks = set(tokens(r["text"]))
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS:
                errs.append(f"{n}: bad trap type/kind {m['type']}/{m['kind']}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                errs.append(f"{n}: trap without why: {m['person']}")
            key = (m["type"], m["person"])
            if key in seen:
                errs.append(f"{n}: duplicate trap {key}")
            seen.add(key)
            p = r["people"].get(m["person"])
            if p is None:
                errs.append(f"{n}: trap person {m['person']} not in spellings.json")
                continue
            if not any(s in toks for s in p["surnames"]):
                errs.append(f"{n}: trap person {m['person']} not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] != m["type"] or not g.get("person"):
                    continue
                for keyset in (sc.keys_for(m["person"]), p["keys"]):
                    if sc.person_matches(g["person"], keyset, m["person"]):
                        errs.append(f"{n}: trap {m['type']} {m['person']} is matched by gold {g['person']}")
                if sc.person_matches(m["person"], g["surname_keys"], g["person"]):
                    errs.append(f"{n}: trap person {m['person']} would match gold {g['type']} {g['person']}")
    return errs


def check6(data, spell):
    errs = []
    for n, r in data.items():
        pub = r["raw"][0].strip()
        claims = r["gold"]["claims"]
        have = Counter((g.get("type"), g.get("person")) for g in claims)
        for g in claims:
            tag = f"{n}: {g.get('type')} {g.get('person')}"
            if set(g) != FIELDS:
                errs.append(f"{tag}: fields {sorted(g)}")
                continue
            if g["type"] not in TYPES:
                errs.append(f"{tag}: unknown type")
            if g["date"] is not None:
                if not valid_date(g["date"]):
                    errs.append(f"{tag}: invalid date {g['date']}")
                elif g["date"] > pub[:len(g["date"])]:
                    errs.append(f"{tag}: date {g['date']} after publication {pub}")
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"] != []:
                    errs.append(f"{tag}: group_release must have null person and []")
                if not isinstance(g["count"], int) or g["count"] <= 0:
                    errs.append(f"{tag}: group_release needs a positive count")
            else:
                if not isinstance(g["person"], str) or not g["person"].strip() or not g["surname_keys"]:
                    errs.append(f"{tag}: person and keys required")
                if g["count"] is not None:
                    errs.append(f"{tag}: count only on group_release")
            if g["type"] == "deported":
                if g["destination_country"] not in ISO2:
                    errs.append(f"{tag}: destination {g['destination_country']} is not ISO alpha-2")
                if not have[("released", g["person"])]:
                    errs.append(f"{tag}: deported without released")
            elif g["destination_country"] is not None:
                errs.append(f"{tag}: destination only on deported")
            if g["type"] == "pardoned" and not have[("released", g["person"])]:
                errs.append(f"{tag}: pardoned without released")
            if g["type"] == "sentenced":
                if g["term_months"] is not None and (not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                    errs.append(f"{tag}: bad term {g['term_months']}")
            elif g["term_months"] is not None:
                errs.append(f"{tag}: term only on sentenced")
        for m in r["gold"].get("must_not", []):
            if m.get("type") == "released":
                bad = [t for t in ("released", "pardoned", "deported") if have[(t, m["person"])]]
            elif m.get("type") in ("pardoned", "deported"):
                bad = [m["type"]] if have[(m["type"], m["person"])] else []
            else:
                bad = []
            if bad:
                errs.append(f"{n}: {m['type']} trap on {m['person']} contradicts gold {bad}")
    return errs


def check7(data, spell, d):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f))
    want = sorted([x + ".txt" for x in NUMBERS] + [x + ".gold.json" for x in NUMBERS])
    if present != want:
        errs.append(f"files: extra {sorted(set(present) - set(want))} missing {sorted(set(want) - set(present))}")
    for n, r in data.items():
        raw = r["raw"]
        if len(raw) < 4:
            errs.append(f"{n}: too short")
            continue
        if not valid_date(raw[0]) or len(raw[0]) != 10 or not (PUB_MIN <= raw[0] <= PUB_MAX):
            errs.append(f"{n}: line 1 '{raw[0]}' is not a date in {PUB_MIN}..{PUB_MAX}")
        if raw[1] != lang_for(n):
            errs.append(f"{n}: line 2 '{raw[1]}' should be {lang_for(n)}")
        if raw[2] != "":
            errs.append(f"{n}: line 3 is not blank")
        w = len(r["text"].split())
        if not 150 <= w <= 550:
            errs.append(f"{n}: {w} words")
    return errs


def check8(data, spell):
    errs = []
    for n, r in data.items():
        t, lang = r["text"], lang_for(n)
        if lang == "en" and re.search(r"[\u0400-\u04FF]", t):
            errs.append(f"{n}: Cyrillic in an English report")
        if lang == "ru" and re.search(r"[ўЎіІ]", t):
            errs.append(f"{n}: ў/і in a Russian report")
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", t):
                errs.append(f"{n}: и/щ/ъ in a Belarusian report")
            if not re.search(r"[ўЎ]", t) or not re.search(r"[іІ]", t):
                errs.append(f"{n}: Belarusian report lacks ў or і")
    types = {g["type"] for r in data.values() for g in r["gold"]["claims"]}
    kinds = {m.get("kind") for r in data.values() for m in r["gold"].get("must_not", [])}
    if set(TYPES) - types:
        errs.append(f"event types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    nc = sum(len(r["gold"]["claims"]) for r in data.values())
    nt = sum(len(r["gold"].get("must_not", [])) for r in data.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25..0.30")
    return errs


def stats(data):
    words = Counter()
    for n, r in data.items():
        words[lang_for(n)] += len(r["text"].split())
    ct = Counter(g["type"] for r in data.values() for g in r["gold"]["claims"])
    tk = Counter(m["kind"] for r in data.values() for m in r["gold"].get("must_not", []))
    tt = Counter(m["type"] for r in data.values() for m in r["gold"].get("must_not", []))
    nc, nt = sum(ct.values()), sum(tk.values())
    langs = Counter(lang_for(n) for n in data)
    print(f"reports: {len(data)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: {sum(words.values())} ({', '.join(f'{k} {v}' for k, v in sorted(words.items()))}); "
          f"per report {min(len(r['text'].split()) for r in data.values())}-"
          f"{max(len(r['text'].split()) for r in data.values())}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ct.get(t, 0)}")
    print(f"traps: {nt}  share {nt / (nc + nt):.3f}")
    for k in KINDS:
        print(f"  {k:26} {tk.get(k, 0)}")
    print("traps by type: " + ", ".join(f"{t} {tt[t]}" for t in TYPES if tt.get(t)))
    dated = [g["date"] for r in data.values() for g in r["gold"]["claims"]]
    print("dates: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(precision(x) or "null" for x in dated).items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(d, args.file, args.published, args.lang)
    data, spell = load(d)
    checks = [
        ("1. gold people are in the text", lambda: check1(data, spell)),
        ("2. keys fit", lambda: check2(data, spell)),
        ("3. spellings are complete", lambda: check3(data, spell)),
        ("4. perfect oracle score", lambda: check4(data, spell, d)),
        ("5. traps are sound", lambda: check5(data, spell)),
        ("6. fields and logic", lambda: check6(data, spell)),
        ("7. headers and size", lambda: check7(data, spell, d)),
        ("8. scripts and coverage", lambda: check8(data, spell)),
    ]
    failed = 0
    for name, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"{type(exc).__name__}: {exc}"]
        if errs:
            failed += 1
            print(f"FAILED {name}")
            for e in errs[:15]:
                print(f"    {e}")
            if len(errs) > 15:
                print(f"    ... and {len(errs) - 15} more")
        else:
            print(f"ok     {name}")
    if args.stats:
        stats(data)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
