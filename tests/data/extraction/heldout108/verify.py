#!/usr/bin/env python3
"""Self-check for the heldout108 evaluation set (regional roundups).

Usage:
  verify.py                      run all checks on this folder; prints ALL CHECKS PASSED or the failures
  verify.py --dir DIR            run the checks on another copy of the set
  verify.py --stats              print counts (reports, words, claims by type, traps by kind, trap share)
  verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                 print the gold of the report whose text is FILE as extractor output
                                 (the JSON shape of shared/docs/domain.md); used by check 4

Only the standard library and the scorer module (score_claims.py from $VOLIA_SCORER_DIR or
../../../../../shared/tools) are used.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT "
    "BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH "
    "ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT "
    "HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS "
    "LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI "
    "NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG "
    "SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG "
    "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
SPLIT = {"en": [f"{i:02d}" for i in range(1, 15)], "ru": [f"{i:02d}" for i in range(15, 25)],
         "be": [f"{i:02d}" for i in range(25, 31)]}
STEMS = [f"{i:02d}" for i in range(1, 31)]
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
SHARE_MIN, SHARE_MAX = 0.25, 0.30
ALLOWED_FILES = {f"{s}.txt" for s in STEMS} | {f"{s}.gold.json" for s in STEMS} | {
    "spellings.json", "verify.py", "README.md"}

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def capitalised(text, lang):
    return [t for t in tokens(text, lang) if t[:1].isupper()]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def parse_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return None
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return d


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def same_person(name, other, other_keys):
    return name == other or sc.person_matches(name, other_keys, other)


def load(d):
    reps = {}
    for s in STEMS:
        txt, gold = os.path.join(d, f"{s}.txt"), os.path.join(d, f"{s}.gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw, body = read_report(txt)
        reps[s] = {"raw": raw, "body": body, "gold": json.load(open(gold, encoding="utf-8"))}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reps, spell


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir or HERE
    text = open(args.oracle, encoding="utf-8").read()
    reps, _ = load(d)
    match = [s for s, r in reps.items() if r["body"].strip() == text.strip()]
    if not match:  # FILE may be a report with its three header lines
        body = "\n".join(text.split("\n")[3:])
        match = [s for s, r in reps.items() if r["body"].strip() == body.strip()]
        text = body
    if len(match) != 1:
        print(json.dumps({"error": "report not found"}))
        return 2
    s = match[0]
    gold, lang = reps[s]["gold"], args.lang or reps[s]["gold"]["language"]
    claims = []
    for g in gold["claims"]:
        person, ev = None, {"start": 0, "end": 0, "text": ""}
        if g["person"]:
            keys = g["surname_keys"]
            mention = g["person"].split()[-1]
            for m in TOKEN_RE.finditer(text):
                if any(sc.key_matches_token(k, m.group(0)) for k in keys):
                    mention = m.group(0)
                    a, b = max(0, m.start() - 60), min(len(text), m.end() + 60)
                    ev = {"start": a, "end": b, "text": text[a:b]}
                    break
            person = {"name": g["person"], "mention": mention, "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": g["date"],
                       "date_precision": precision_of(g["date"]) or "unknown",
                       "destination_country": g["destination_country"], "term_months": g["term_months"],
                       "count": g["count"], "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": args.published or gold["published"], "language": lang,
                      "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d):
    fails = []

    def fail(n, msg):
        fails.append(f"check {n}: {msg}")

    reps, spell = load(d)
    present = set(os.listdir(d))
    # ---- check 7: files, headers, split, words, publication dates
    extra = sorted(f for f in present if f not in ALLOWED_FILES and f != "__pycache__")
    if extra:
        fail(7, f"unexpected files: {extra}")
    missing = sorted(f for f in ALLOWED_FILES if f not in present)
    if missing:
        fail(7, f"missing files: {missing}")
    for lang, stems in SPLIT.items():
        for s in stems:
            if s not in reps:
                continue
            raw, body = reps[s]["raw"], reps[s]["body"]
            gold = reps[s]["gold"]
            if len(raw) < 5 or not parse_date(raw[0]) or len(raw[0]) != 10:
                fail(7, f"{s}: bad date line {raw[0]!r}")
                continue
            if raw[1] != lang:
                fail(7, f"{s}: language line {raw[1]!r}, split wants {lang}")
            if raw[2] != "":
                fail(7, f"{s}: line 3 not blank")
            if not raw[3].strip():
                fail(7, f"{s}: no headline on line 4")
            if not (PUB_MIN <= raw[0] <= PUB_MAX):
                fail(7, f"{s}: publication {raw[0]} outside {PUB_MIN}..{PUB_MAX}")
            if gold.get("published") != raw[0] or gold.get("language") != raw[1]:
                fail(7, f"{s}: gold published/language differ from the header")
            if spell.get(s, {}).get("language") != raw[1]:
                fail(7, f"{s}: spellings.json language differs from the header")
            n = len(body.split())
            if not (WORDS_MIN <= n <= WORDS_MAX):
                fail(7, f"{s}: {n} words, outside {WORDS_MIN}-{WORDS_MAX}")
    if sorted(reps) != STEMS:
        fail(7, f"reports present: {sorted(reps)}; want 01..30")

    all_claims, all_traps = [], []
    for s, r in sorted(reps.items()):
        gold, body, pub = r["gold"], r["body"], r["raw"][0]
        lang = r["raw"][1]
        toks = tokens(body, lang)
        tokset = set(toks)
        caps = set(capitalised(body, lang))
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        all_claims += [(s, c) for c in claims]
        all_traps += [(s, t) for t in traps]
        sp = {p["person"]: p for p in spell.get(s, {}).get("persons", [])}
        if set(gold) - {"published", "language", "claims", "must_not"}:
            fail(6, f"{s}: unexpected top-level gold fields")
        named = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for n in sorted(named - set(sp)):
            fail(2, f"{s}: {n} has no spellings.json entry")
        for n in sorted(set(sp) - named):
            fail(2, f"{s}: spellings.json lists {n}, who is in no claim or trap")

        # ---- check 1: gold persons are in the text and match their own keys
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fail(1, f"{s}: no token of the report matches the keys of {c['person']}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                fail(1, f"{s}: person_matches rejects {c['person']} with its own keys")

        # ---- check 2: keys vs spellings, relatives
        for c in claims:
            if c.get("person") and c["person"] in sp and c.get("surname_keys") != sp[c["person"]]["surname_keys"]:
                fail(2, f"{s}: gold keys of {c['person']} differ from spellings.json")
        for name, p in sp.items():
            keys = p.get("surname_keys") or []
            if not keys:
                fail(2, f"{s}: {name} has no surname keys")
                continue
            for k in keys:
                if k != k.lower() or not re.fullmatch(r"[a-z]+", k):
                    fail(2, f"{s}: key {k!r} of {name} is not lower-case folded Latin")
            for f in p.get("surname_forms", []):
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(2, f"{s}: no key of {name} matches its spelling {f}")
            allowed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                allowed |= set(sp.get(rel, {}).get("surname_forms", []))
            for t in sorted(caps):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    fail(2, f"{s}: keys of {name} also match '{t}'")
            for rel in p.get("relatives", []):
                if rel not in sp:
                    fail(2, f"{s}: relative {rel} of {name} has no entry")
                    continue
                if name not in sp[rel].get("relatives", []):
                    fail(2, f"{s}: {name} -> {rel} is not linked back")
                if sc.person_matches(name, sp[rel]["surname_keys"], rel):
                    fail(2, f"{s}: person_matches takes {name} for their relative {rel}")
            for other, q in sp.items():
                if other == name:
                    continue
                shares = any(sc.key_matches_token(k, other.split()[-1]) for k in keys)
                if shares and other not in p.get("relatives", []):
                    fail(2, f"{s}: {name} and {other} share a surname but are not linked as relatives")

        # ---- check 3: spellings occur; near-spellings are listed
        listed = set()
        for name, p in sp.items():
            listed |= set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
            if not p.get("surname_forms"):
                fail(3, f"{s}: {name} has no surname forms")
            for f in p.get("surname_forms", []) + p.get("given_forms", []):
                if f not in tokset:
                    fail(3, f"{s}: listed spelling {f!r} of {name} does not occur in the text")
        sur = {sc.fold(f)[:4] for p in sp.values() for f in p.get("surname_forms", [])}
        for t in sorted(caps):
            if sc.fold(t)[:4] in sur and t not in listed:
                fail(3, f"{s}: '{t}' shares a 4-letter prefix with a listed surname but is not listed")

        # ---- check 5: traps
        seen = set()
        for t in traps:
            if set(t) != set(TRAP_FIELDS):
                fail(5, f"{s}: trap fields {sorted(t)}")
            if t.get("type") not in TYPES:
                fail(5, f"{s}: trap type {t.get('type')!r}")
            if t.get("kind") not in KINDS:
                fail(5, f"{s}: trap kind {t.get('kind')!r}")
            if not isinstance(t.get("why"), str) or len(t.get("why", "").strip()) < 5:
                fail(5, f"{s}: trap on {t.get('person')} has no reason")
            key = (t.get("type"), t.get("person"))
            if key in seen:
                fail(5, f"{s}: trap {key} listed twice")
            seen.add(key)
            tp = t.get("person") or ""
            own = sp.get(tp, {}).get("surname_keys") or []
            if not tp or not any(sc.key_matches_token(k, x) for k in (own or sc.keys_for(tp)) for x in toks):
                fail(5, f"{s}: trap person {tp!r} is not named in the text")
            for c in claims:
                if c.get("type") != t.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(tp), tp) or (
                        own and sc.person_matches(c["person"], own, tp)):
                    fail(5, f"{s}: trap {t['type']} {tp} is matched by gold claim of {c['person']}")

        # ---- check 6: claim fields, dates, dependencies
        for c in claims:
            if list(c) != CLAIM_FIELDS and set(c) != set(CLAIM_FIELDS):
                fail(6, f"{s}: claim fields {sorted(c)}")
            ty = c.get("type")
            if ty not in TYPES:
                fail(6, f"{s}: claim type {ty!r}")
            if c.get("date") is not None:
                d_ = parse_date(c["date"])
                if not d_:
                    fail(6, f"{s}: bad date {c['date']!r}")
                elif d_ > pub[:len(d_)]:
                    fail(6, f"{s}: {ty} {c.get('person')} dated {d_}, after publication {pub}")
            if ty == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    fail(6, f"{s}: group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(6, f"{s}: group_release without a positive count")
            else:
                if not c.get("person") or not c.get("surname_keys"):
                    fail(6, f"{s}: {ty} without person or keys")
                if c.get("count") is not None:
                    fail(6, f"{s}: count on {ty}")
            if ty == "deported":
                if c.get("destination_country") not in ISO:
                    fail(6, f"{s}: deported {c.get('person')} without an ISO country")
                if not any(x.get("type") == "released" and x.get("person") == c.get("person") for x in claims):
                    fail(6, f"{s}: deported {c.get('person')} without released")
            elif c.get("destination_country") is not None:
                fail(6, f"{s}: destination_country on {ty}")
            if ty == "pardoned" and not any(
                    x.get("type") == "released" and x.get("person") == c.get("person") for x in claims):
                fail(6, f"{s}: pardoned {c.get('person')} without released")
            if ty == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(6, f"{s}: bad term {tm!r}")
            elif c.get("term_months") is not None:
                fail(6, f"{s}: term_months on {ty}")
        for t in traps:
            tp = t.get("person") or ""
            tkeys = sp.get(tp, {}).get("surname_keys") or sc.keys_for(tp)
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(t.get("type"), set())
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == tp or sc.person_matches(c["person"], tkeys, tp)):
                    fail(6, f"{s}: {t['type']} trap on {tp} contradicts gold {c['type']}")

        # ---- check 8 (per report): script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(8, f"{s}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, f"{s}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(8, f"{s}: Russian text contains ў/і")
        elif lang == "en":
            if CYRILLIC.search(body):
                fail(8, f"{s}: English text contains Cyrillic")
        for name, p in sp.items():
            script_ok = bool(CYRILLIC.search(name)) == (lang != "en")
            if not script_ok:
                fail(8, f"{s}: person name {name} is not in the report's script")

    # ---- check 8 (set): coverage and trap share
    types = Counter(c["type"] for _, c in all_claims)
    kinds = Counter(t.get("kind") for _, t in all_traps)
    for ty in TYPES:
        if not types[ty]:
            fail(8, f"event type {ty} not covered")
    for k in KINDS:
        if not kinds[k]:
            fail(8, f"trap kind {k} not covered")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not (SHARE_MIN <= share <= SHARE_MAX):
        fail(8, f"trap share {share:.3f} outside {SHARE_MIN}-{SHARE_MAX}")

    # ---- check 4: the gold, printed as extractor output, scores perfectly
    if len(reps) == 30:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            fail(4, f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}; "
                    f"first details: {res['details'][:6]}")
        if res["violations"] or res["errors"] or res["articles"] != 30:
            fail(4, f"oracle violations={res['violations']} errors={res['errors']} articles={res['articles']}")
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                fail(4, f"oracle {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    else:
        fail(4, "scoring skipped: not 30 reports")
    return fails, reps, all_claims, all_traps


def stats(d):
    fails, reps, claims, traps = run_checks(d)
    words = {s: len(r["body"].split()) for s, r in reps.items()}
    print(f"reports: {len(reps)} (en {len(SPLIT['en'])}, ru {len(SPLIT['ru'])}, be {len(SPLIT['be'])})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    for lang, stems in SPLIT.items():
        ws = [words[s] for s in stems if s in words]
        print(f"  {lang}: {sum(ws)} words in {len(ws)} reports")
    tc = Counter(c["type"] for _, c in claims)
    kc = Counter(t["kind"] for _, t in traps)
    print(f"claims: {len(claims)}")
    for ty in TYPES:
        print(f"  {ty:26} {tc[ty]}")
    print(f"traps: {len(traps)}")
    for k in KINDS:
        print(f"  {k:26} {kc[k]}")
    print(f"trap share: {len(traps)}/{len(claims) + len(traps)} = {len(traps) / (len(claims) + len(traps)):.3f}")
    per = []
    for s, r in sorted(reps.items()):
        per.append(f"  {s} {r['raw'][0]} {r['raw'][1]} words={words[s]} claims={len(r['gold']['claims'])} "
                   f"traps={len(r['gold']['must_not'])}")
    print("per report:")
    print("\n".join(per))
    print("checks:", "ALL CHECKS PASSED" if not fails else f"{len(fails)} failures")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = os.path.abspath(args.dir or HERE)
    if args.stats:
        stats(d)
        return 0
    fails, *_ = run_checks(d)
    if fails:
        for f in fails:
            print(f)
        print(f"{len(fails)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
