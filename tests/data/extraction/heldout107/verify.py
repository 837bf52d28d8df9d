#!/usr/bin/env python3
"""Self-check for the heldout107 extraction set (students and young people).

  python3 verify.py                      run all checks on this folder
  python3 verify.py --dir DIR            run all checks on another copy
  python3 verify.py --stats              also print counts
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of FILE as `volia extract` output

Standard library only, plus the scorer module score_claims.py, found in $VOLIA_SCORER_DIR or
in ../../../../../shared/tools relative to this file. Prints ALL CHECKS PASSED only when the
eight checks described in README.md all hold.
"""
import argparse
import calendar
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
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": [f"{i:02d}" for i in range(1, 15)], "ru": [f"{i:02d}" for i in range(15, 25)],
         "be": [f"{i:02d}" for i in range(25, 31)]}
ALLOWED_FILES = ({f"{i:02d}.txt" for i in range(1, 31)} | {f"{i:02d}.gold.json" for i in range(1, 31)}
                 | {"spellings.json", "verify.py", "README.md"})
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def fold4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        return False
    return True


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def load(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", name)
        if not m:
            continue
        num = m.group(1)
        raw, text = read_report(os.path.join(d, name))
        gpath = os.path.join(d, num + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[num] = {"raw": raw, "text": text, "gold": gold}
    spath = os.path.join(d, "spellings.json")
    spell = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    return reports, spell


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = os.path.abspath(args.dir or HERE)
    text = open(args.oracle, encoding="utf-8").read()
    for name in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", name)
        if not m:
            continue
        raw, body = read_report(os.path.join(d, name))
        if body != text:
            continue
        if args.published and raw[0].strip() != args.published:
            continue
        if args.lang and raw[1].strip() != args.lang:
            continue
        gold = json.load(open(os.path.join(d, m.group(1) + ".gold.json"), encoding="utf-8"))
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        forms = {p["person"]: p["surname_forms"]
                 for p in spell.get(m.group(1), {}).get("persons", [])}
        claims = []
        for g in gold["claims"]:
            date = g.get("date")
            precision = {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown") if date else "unknown"
            person, evidence = None, None
            if g.get("person"):
                mention = g["person"].split()[-1]
                for f in forms.get(g["person"], []):
                    hit = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
                    if hit:
                        mention = f
                        lo, hi = max(0, hit.start() - 60), min(len(text), hit.end() + 60)
                        evidence = {"start": lo, "end": hi, "text": text[lo:hi]}
                        break
                person = {"name": g["person"], "mention": mention, "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": date,
                           "date_precision": precision,
                           "destination_country": g.get("destination_country"),
                           "term_months": g.get("term_months"), "count": g.get("count"),
                           "confidence": 1.0, "evidence": evidence})
        print(json.dumps({"published": gold["published"], "language": gold["language"],
                          "claims": claims}, ensure_ascii=False))
        return 0
    print(f"oracle: no report in {d} has this text", file=sys.stderr)
    return 2


# ---------------------------------------------------------------- checks
def run_checks(d, stats=False):
    d = os.path.abspath(d)
    problems = []

    def fail(n, msg):
        problems.append(f"[check {n}] {msg}")

    reports, spell = load(d)

    def people(num):
        return {p["person"]: p for p in spell.get(num, {}).get("persons", [])}

    # ---- 7: headers, sizes, split, dates, stray files
    for name in os.listdir(d):
        if name not in ALLOWED_FILES:
            fail(7, f"unexpected file {name}")
    for lang, nums in SPLIT.items():
        for num in nums:
            if num not in reports or reports[num]["gold"] is None:
                fail(7, f"{num}: missing .txt or .gold.json")
    if len(reports) != 30:
        fail(7, f"expected 30 reports, found {len(reports)}")
    words = {}
    for num, r in reports.items():
        raw = r["raw"]
        if len(raw) < 5:
            fail(7, f"{num}: too short")
            continue
        pub, lang = raw[0].strip(), raw[1].strip()
        if not valid_date(pub) or len(pub) != 10:
            fail(7, f"{num}: bad publication date {pub!r}")
        elif not "2021-01-01" <= pub <= "2026-11-20":
            fail(7, f"{num}: publication date {pub} out of range")
        expected = [k for k, v in SPLIT.items() if num in v]
        if lang not in SPLIT or (expected and lang != expected[0]):
            fail(7, f"{num}: language {lang!r}, expected {expected}")
        if raw[2].strip() != "":
            fail(7, f"{num}: line 3 is not blank")
        if not raw[3].strip():
            fail(7, f"{num}: no headline on line 4")
        n = len(r["text"].split())
        words[num] = n
        if not 150 <= n <= 550:
            fail(7, f"{num}: {n} words, outside 150-550")
        g = r["gold"]
        if g and (g.get("published") != pub or g.get("language") != lang):
            fail(7, f"{num}: gold published/language differ from the header")
        if spell.get(num, {}).get("language") != lang:
            fail(7, f"{num}: spellings.json language differs from the header")

    # ---- per-report checks 1, 2, 3, 5, 6
    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0
    for num, r in sorted(reports.items()):
        g = r["gold"]
        if g is None:
            continue
        text, toks = r["text"], tokens(r["text"])
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        pp = people(num)
        pub = r["raw"][0].strip()
        claims, traps = g.get("claims", []), g.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # 6: claim shape
        for c in claims:
            type_count[c.get("type")] += 1
            label = f"{num}: {c.get('type')} {c.get('person')}"
            if set(c) != CLAIM_FIELDS:
                fail(6, f"{label}: fields {sorted(c)}")
            if c.get("type") not in TYPES:
                fail(6, f"{label}: unknown type")
            dt = c.get("date")
            if dt is not None:
                if not valid_date(dt):
                    fail(6, f"{label}: invalid date {dt!r}")
                elif dt > pub[: len(dt)]:
                    fail(6, f"{label}: date {dt} after publication {pub}")
            if c.get("term_months") is not None and (c.get("type") != "sentenced" or not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                fail(6, f"{label}: term_months only as a positive int on sentenced")
            if c.get("type") == "deported":
                if c.get("destination_country") not in ISO2:
                    fail(6, f"{label}: destination_country {c.get('destination_country')!r} not ISO alpha-2")
                if not any(x.get("type") == "released" and x.get("person") == c.get("person") for x in claims):
                    fail(6, f"{label}: deported without released")
            elif c.get("destination_country") is not None:
                fail(6, f"{label}: destination_country outside deported")
            if c.get("type") == "pardoned" and not any(
                    x.get("type") == "released" and x.get("person") == c.get("person") for x in claims):
                fail(6, f"{label}: pardoned without released")
            if c.get("type") == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    fail(6, f"{label}: group_release must have null person and no keys")
                if not isinstance(c.get("count"), int) or isinstance(c.get("count"), bool) or c["count"] <= 0:
                    fail(6, f"{label}: group_release needs a positive count")
            else:
                if c.get("count") is not None:
                    fail(6, f"{label}: count outside group_release")
                if not isinstance(c.get("person"), str) or not c.get("person"):
                    fail(6, f"{label}: missing person")
                    continue
                keys = c.get("surname_keys")
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    fail(6, f"{label}: surname_keys must be lower-case Latin")
                    continue
                # 1: person named in text and matched by own keys
                if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                    fail(1, f"{label}: no token of the report matches keys {keys}")
                if not sc.person_matches(c["person"], keys, c["person"]):
                    fail(1, f"{label}: person_matches rejects the gold name with its own keys")
                # 2: keys equal spellings keys
                sp = pp.get(c["person"])
                if sp is None:
                    fail(2, f"{label}: person missing from spellings.json")
                elif list(sp.get("surname_keys", [])) != list(keys):
                    fail(2, f"{label}: gold keys {keys} != spellings keys {sp.get('surname_keys')}")

        # 5 and 6: traps
        seen = set()
        for t in traps:
            kind_count[t.get("kind")] += 1
            label = f"{num}: trap {t.get('type')} {t.get('person')}"
            if set(t) != TRAP_FIELDS:
                fail(5, f"{label}: fields {sorted(t)}")
            if t.get("type") not in TYPES or t.get("type") == "group_release":
                fail(5, f"{label}: invalid type")
            if t.get("kind") not in KINDS:
                fail(5, f"{label}: invalid kind {t.get('kind')!r}")
            if not isinstance(t.get("why"), str) or len(t.get("why", "").strip()) < 5:
                fail(5, f"{label}: missing why")
            key = (t.get("type"), t.get("person"))
            if key in seen:
                fail(5, f"{label}: listed twice")
            seen.add(key)
            tp = t.get("person") or ""
            sp = pp.get(tp)
            if sp is None:
                fail(5, f"{label}: trap person missing from spellings.json")
                own = []
            else:
                own = sp.get("surname_keys", [])
                if not any(sc.key_matches_token(k, x) for k in own for x in toks) or \
                        not any(f in tokset for f in sp.get("surname_forms", [])):
                    fail(5, f"{label}: trap person not named in the text")
            for c in claims:
                if not c.get("person"):
                    continue
                for keys, how in ((sc.keys_for(tp), "keys_for"), (own, "own keys")):
                    if not keys or not sc.person_matches(c["person"], keys, tp):
                        continue
                    if c.get("type") == t.get("type"):
                        fail(5, f"{label}: matched by gold claim of the same type ({how})")
                    elif t.get("type") == "released" and c.get("type") in ("pardoned", "deported"):
                        fail(6, f"{label}: released trap but gold {c['type']} for that person")
            if t.get("type") == "released":
                for c in claims:
                    if c.get("person") == tp and c.get("type") in ("released", "pardoned", "deported"):
                        fail(6, f"{label}: released trap but gold {c['type']} for that person")
            if t.get("type") in ("pardoned", "deported"):
                for c in claims:
                    if c.get("person") == tp and c.get("type") == t.get("type"):
                        fail(6, f"{label}: gold of the same type for that person")

        # 2 and 3: spellings
        gold_people = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for name in sorted(x for x in gold_people if x):
            if name not in pp:
                fail(2, f"{num}: {name} missing from spellings.json")
        all_forms = set()
        for p in pp.values():
            all_forms |= set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
        for name, p in pp.items():
            keys, sforms = p.get("surname_keys", []), p.get("surname_forms", [])
            rels = p.get("relatives", [])
            rel_forms = set()
            for rn in rels:
                q = pp.get(rn)
                if q is None:
                    fail(2, f"{num}: {name}: relative {rn} not in spellings.json")
                    continue
                rel_forms |= set(q.get("surname_forms", []))
                if name not in q.get("relatives", []):
                    fail(2, f"{num}: relatives {name} -> {rn} not linked back")
                if sc.person_matches(rn, keys, name) or sc.person_matches(name, q.get("surname_keys", []), rn):
                    fail(2, f"{num}: person_matches does not separate relatives {name} / {rn}")
            for other, q in pp.items():
                if other != name and other not in rels and set(sforms) & set(q.get("surname_forms", [])):
                    fail(2, f"{num}: {name} and {other} share a surname form but are not relatives")
            if not sforms or not p.get("given_forms"):
                fail(3, f"{num}: {name}: empty surname_forms or given_forms")
            for f in sforms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(2, f"{num}: {name}: keys {keys} miss the listed form {f}")
            for tok in caps:
                if any(sc.key_matches_token(k, tok) for k in keys) and tok not in sforms and tok not in rel_forms:
                    fail(2, f"{num}: {name}: keys {keys} also match {tok!r}")
            for f in sforms + p.get("given_forms", []):
                if f not in tokset:
                    fail(3, f"{num}: {name}: listed form {f!r} does not occur in the text")
            prefixes = {fold4(f) for f in sforms}
            for tok in caps:
                if fold4(tok) in prefixes and tok not in all_forms:
                    fail(3, f"{num}: {name}: capitalised {tok!r} shares a prefix with the surname but is not listed")

        # 8: scripts per language
        lang = r["raw"][1].strip()
        low = text.lower()
        if lang == "be":
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                fail(8, f"{num}: Belarusian text contains {bad}")
            if "ў" not in low or "і" not in low:
                fail(8, f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if "ў" in low or "і" in low:
                fail(8, f"{num}: Russian text contains ў or і")
        elif lang == "en":
            if CYRILLIC.search(text):
                fail(8, f"{num}: English text contains Cyrillic")

    # ---- 8: coverage and trap share
    for t in TYPES:
        if not type_count[t]:
            fail(8, f"event type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0.0
    if not 0.25 <= share <= 0.30:
        fail(8, f"trap share {share:.3f} outside 0.25-0.30")

    # ---- 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {d} --oracle"
    try:
        res = sc.score(d, cmd, 60)
    except Exception as exc:  # pragma: no cover
        fail(4, f"scorer raised {exc!r}")
        res = None
    if res is not None:
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            fail(4, f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:5]}")
        if res["violations"] or res["errors"] or res["articles"] != 30:
            fail(4, f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")
        for k in ("date", "dest", "term"):
            if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
                fail(4, f"attribute {k}: {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")

    if stats:
        langs = Counter(r["raw"][1].strip() for r in reports.values())
        print(f"reports: {len(reports)} ({dict(langs)})")
        print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
        for lg in SPLIT:
            w = [words[n] for n in SPLIT[lg] if n in words]
            if w:
                print(f"  {lg}: {sum(w)} words, {min(w)}-{max(w)} per report")
        print(f"claims: {n_claims}")
        for t in TYPES:
            print(f"  {t:26} {type_count[t]}")
        print(f"traps: {n_traps}")
        for k in KINDS:
            print(f"  {k:26} {kind_count[k]}")
        print(f"trap share: {n_traps}/{total} = {share:.3f}")
        if res is not None:
            print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                  f"violations={res['violations']} errors={res['errors']} attributes={res['attributes']}")

    for p in problems:
        print(p)
    if problems:
        print(f"FAILED: {len(problems)} problem(s); checks {sorted({int(p[7]) for p in problems})}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=None, help="folder to check (default: this file's folder)")
    ap.add_argument("--oracle", metavar="FILE", help="print the gold of FILE as extractor output")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    return run_checks(args.dir or HERE, args.stats)


if __name__ == "__main__":
    sys.exit(main())
