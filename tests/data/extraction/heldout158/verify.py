#!/usr/bin/env python3
"""Checks for the heldout158 evaluation set (memoirs of freed political prisoners).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED; exit 0 only then.
      --stats also prints the counts and runs the "careless" command through the scorer.
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape.
  python3 verify.py --careless FILE --published DATE --lang LANG [--dir DIR]
      the same, plus one claim per must_not trap (used to show that every trap fires).

Standard library only. The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR,
or else from ../../../../../shared/tools relative to this file.
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
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
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
LANG_OF = {n: ("en" if n <= 14 else "ru" if n <= 24 else "be") for n in range(1, 31)}
NUMS = [f"{n:02d}" for n in range(1, 31)]
DATE_MIN, DATE_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = re.sub(r"['’]s$", "", m.group())
        if t:
            out.append(t)
    return out


def token_spans(text):
    for m in TOKEN_RE.finditer(text):
        t = re.sub(r"['’]s$", "", m.group())
        yield t, m.start(), m.start() + len(t)


def letters(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def valid_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(d):
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}.get(len(d) if d else None, "unknown")


def load(folder):
    reports = {}
    spell_path = os.path.join(folder, "spellings.json")
    spellings = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    for num in NUMS:
        txt, gold = os.path.join(folder, num + ".txt"), os.path.join(folder, num + ".gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw = open(txt, encoding="utf-8").read().split("\n")
        reports[num] = {
            "raw": raw, "published": raw[0].strip(), "lang": raw[1].strip() if len(raw) > 1 else "",
            "text": "\n".join(raw[3:]), "gold": json.load(open(gold, encoding="utf-8")),
            "people": {p["name"]: p for p in spellings.get(num, [])},
        }
        reports[num]["tokens"] = tokens(reports[num]["text"])
        reports[num]["caps"] = sorted({t for t in reports[num]["tokens"] if t[:1].isupper()})
    return reports, spellings


def person_claims(rep):
    return [c for c in rep["gold"].get("claims", []) if c.get("person")]


def trap_keys(rep, name):
    keys = [sc.keys_for(name)]
    if name in rep["people"]:
        keys.append(rep["people"][name]["keys"])
    return keys


# ----------------------------------------------------------------------------- checks
def check1(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        toks = rep["tokens"]
        for c in person_claims(rep):
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys {keys} of {c['person']} match no token")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{num}: person_matches rejects its own gold name {c['person']}")
    return errs


def check2(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        people = rep["people"]
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{num}: relative {rel} of {name} is not listed")
                    continue
                allowed |= set(people[rel].get("surnames", []))
                if name not in people[rel].get("relatives", []):
                    errs.append(f"{num}: {rel} does not link back to {name}")
                if sc.person_matches(name, people[rel]["keys"], rel):
                    errs.append(f"{num}: {name} would be taken for relative {rel}")
                if sc.person_matches(rel, keys, name):
                    errs.append(f"{num}: relative {rel} would be taken for {name}")
            for t in rep["caps"]:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match '{t}'")
        for c in person_claims(rep):
            if c["person"] not in people:
                errs.append(f"{num}: gold person {c['person']} missing from spellings.json")
            elif list(c.get("surname_keys") or []) != list(people[c["person"]]["keys"]):
                errs.append(f"{num}: surname_keys of {c['person']} differ from spellings.json")
    return errs


def check3(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        tokset = set(rep["tokens"])
        listed, prefixes = set(), set()
        for name, p in rep["people"].items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{num}: spelling '{s}' of {name} is not a token of the text")
            for s in p.get("surnames", []):
                prefixes.add(letters(s)[:4])
        for t in rep["caps"]:
            if letters(t)[:4] in prefixes and t not in listed:
                errs.append(f"{num}: '{t}' shares a surname prefix but is not listed")
    return errs


def expected_attrs(reports):
    exp = Counter()
    for rep in reports.values():
        for c in rep["gold"].get("claims", []):
            exp["date_total"] += bool(c.get("date"))
            exp["dest_total"] += bool(c.get("destination_country"))
            exp["term_total"] += bool(c.get("term_months"))
    return exp


def run_scorer(folder, mode):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --{mode}"
    return sc.score(folder, cmd, 120)


def check4(reports, spellings, folder):
    errs = []
    res = run_scorer(folder, "oracle")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    a, exp = res["attributes"], expected_attrs(reports)
    for key, ok in (("date_total", "date_ok"), ("dest_total", "dest_ok"), ("term_total", "term_ok")):
        if a.get(key, 0) != exp[key] or a.get(ok, 0) != exp[key]:
            errs.append(f"{ok} {a.get(ok, 0)}/{a.get(key, 0)}, expected {exp[key]}/{exp[key]}")
    errs.extend(res["details"][:10])
    return errs


def check5(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        seen = set()
        for m in rep["gold"].get("must_not", []):
            t, name = m.get("type"), m.get("person")
            if t not in TYPES or m.get("kind") not in KINDS:
                errs.append(f"{num}: trap with bad type/kind {t}/{m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m["why"].strip():
                errs.append(f"{num}: trap {t} {name} has no why")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            if not name or name not in rep["people"]:
                errs.append(f"{num}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, tok) for k in rep["people"][name]["keys"]
                       for tok in rep["tokens"]):
                errs.append(f"{num}: trap person {name} not named in the text")
            for g in person_claims(rep):
                if g["type"] != t:
                    continue
                for keys in trap_keys(rep, name):
                    if sc.person_matches(g["person"], keys, name):
                        errs.append(f"{num}: gold {t} {g['person']} matches trap on {name}")
                        break
    return errs


def check6(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        pub = rep["published"]
        claims = rep["gold"].get("claims", [])
        for c in claims:
            tag = f"{num}: {c.get('type')} {c.get('person')}"
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{tag}: fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{tag}: unknown type")
            d = c["date"]
            if d is not None:
                if not valid_date(d):
                    errs.append(f"{tag}: bad date {d}")
                elif d > pub[:len(d)]:
                    errs.append(f"{tag}: date {d} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{tag}: group_release must have null person and [] keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{tag}: group_release needs a positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{tag}: person missing")
                if (not isinstance(c["surname_keys"], list) or not c["surname_keys"]
                        or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k)
                                   for k in c["surname_keys"])):
                    errs.append(f"{tag}: surname_keys must be lower-case Latin")
                if c["count"] is not None:
                    errs.append(f"{tag}: count outside group_release")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{tag}: bad destination {c['destination_country']}")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    errs.append(f"{tag}: deported without released")
            elif c["destination_country"] is not None:
                errs.append(f"{tag}: destination outside deported")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{tag}: bad term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{tag}: term outside sentenced")
            if t == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"]
                                           for x in claims):
                errs.append(f"{tag}: pardoned without released")
        for m in rep["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
                continue
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m["type"], ())
            for g in claims:
                if g["type"] in excl and g.get("person") and any(
                        sc.person_matches(g["person"], keys, m["person"])
                        for keys in trap_keys(rep, m["person"])):
                    errs.append(f"{num}: {m['type']} trap on {m['person']} vs gold {g['type']}")
    return errs


def check7(reports, spellings, folder):
    errs = []
    want = {f"{n}.txt" for n in NUMS} | {f"{n}.gold.json" for n in NUMS}
    have = {f for f in os.listdir(folder) if re.fullmatch(r"\d+\.(txt|gold\.json)", f)}
    if have != want:
        errs.append(f"report files: missing {sorted(want - have)} extra {sorted(have - want)}")
    if sorted(spellings) != NUMS:
        errs.append("spellings.json must cover exactly reports 01-30")
    for num, rep in reports.items():
        raw = rep["raw"]
        if len(raw) < 4:
            errs.append(f"{num}: too short")
            continue
        if not (valid_date(raw[0]) and len(raw[0]) == 10 and DATE_MIN <= raw[0] <= DATE_MAX):
            errs.append(f"{num}: line 1 '{raw[0]}' is not a date in {DATE_MIN}..{DATE_MAX}")
        if raw[1] != LANG_OF[int(num)]:
            errs.append(f"{num}: line 2 '{raw[1]}' should be {LANG_OF[int(num)]}")
        if raw[2] != "":
            errs.append(f"{num}: line 3 is not blank")
        n = len(rep["tokens"])
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words")
    return errs


def counts(reports):
    claims = [c for r in reports.values() for c in r["gold"].get("claims", [])]
    traps = [m for r in reports.values() for m in r["gold"].get("must_not", [])]
    return claims, traps


def check8(reports, spellings, folder):
    errs = []
    for num, rep in reports.items():
        text, lang = rep["text"], LANG_OF[int(num)]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                errs.append(f"{num}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{num}: Russian text contains ў/і")
        elif re.search(r"[\u0400-\u04FF]", text):
            errs.append(f"{num}: English text contains Cyrillic")
    claims, traps = counts(reports)
    missing_t = set(TYPES) - {c.get("type") for c in claims}
    missing_k = set(KINDS) - {m.get("kind") for m in traps}
    if missing_t:
        errs.append(f"event types never used: {sorted(missing_t)}")
    if missing_k:
        errs.append(f"trap kinds never used: {sorted(missing_k)}")
    total = len(claims) + len(traps)
    share = len(traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


CHECKS = [("1 gold people are in the text", check1), ("2 keys fit", check2),
          ("3 spellings are complete", check3), ("4 perfect oracle score", check4),
          ("5 traps are sound", check5), ("6 fields and logic", check6),
          ("7 headers and size", check7), ("8 scripts and coverage", check8)]


# ----------------------------------------------------------------------------- oracle
def find_report(folder, path):
    text = open(path, encoding="utf-8").read()
    reports, _ = load(folder)
    for num, rep in reports.items():
        if rep["text"] == text:
            return num, rep
    for num, rep in reports.items():
        if rep["text"].strip() == text.strip():
            return num, rep
    return None, None


def as_prediction(rep, c):
    person, ev = None, {"start": 0, "end": 0, "text": ""}
    if c.get("person"):
        mention = c["person"]
        for tok, s, e in token_spans(rep["text"]):
            if any(sc.key_matches_token(k, tok) for k in c["surname_keys"]):
                mention, ev = tok, {"start": s, "end": e, "text": rep["text"][s:e]}
                break
        person = {"name": c["person"], "mention": mention, "person_id": None}
    return {"type": c["type"], "person": person, "date": c.get("date"),
            "date_precision": precision(c.get("date")),
            "destination_country": c.get("destination_country"),
            "term_months": c.get("term_months"), "count": c.get("count"),
            "confidence": 1.0, "evidence": ev}


def oracle(folder, path, published, lang, careless=False):
    num, rep = find_report(folder, path)
    if rep is None:
        print(f"no report in {folder} has the text of {path}", file=sys.stderr)
        return 2
    claims = [as_prediction(rep, c) for c in rep["gold"].get("claims", [])]
    if careless:
        for m in rep["gold"].get("must_not", []):
            keys = rep["people"].get(m["person"], {}).get("keys") or sc.keys_for(m["person"])
            claims.append(as_prediction(rep, {"type": m["type"], "person": m["person"],
                                              "surname_keys": keys, "date": None}))
    out = {"published": published or rep["published"], "language": lang or rep["lang"],
           "claims": claims}
    print(json.dumps(out, ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- stats
def stats(reports, folder):
    claims, traps = counts(reports)
    words = [len(r["tokens"]) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    people = sum(len(r["people"]) for r in reports.values())
    total = len(claims) + len(traps)
    print(f"reports {len(reports)} (en {sum(1 for n in reports if LANG_OF[int(n)] == 'en')}, "
          f"ru {sum(1 for n in reports if LANG_OF[int(n)] == 'ru')}, "
          f"be {sum(1 for n in reports if LANG_OF[int(n)] == 'be')})")
    print(f"dates {dates[0]} .. {dates[-1]}; by year "
          + ", ".join(f"{y}: {c}" for y, c in sorted(Counter(d[:4] for d in dates).items())))
    print(f"words {sum(words)} (min {min(words)}, max {max(words)})")
    print(f"gold claims {len(claims)}; traps {len(traps)}; share {len(traps) / total:.1%}; "
          f"people listed {people}")
    print("claims by type: " + ", ".join(f"{t} {c}" for t, c in
                                         sorted(Counter(c['type'] for c in claims).items(),
                                                key=lambda kv: TYPES.index(kv[0]))))
    print("traps by kind: " + ", ".join(f"{k} {c}" for k, c in
                                        sorted(Counter(m['kind'] for m in traps).items(),
                                               key=lambda kv: KINDS.index(kv[0]))))
    print("traps by type: " + ", ".join(f"{t} {c}" for t, c in
                                        sorted(Counter(m['type'] for m in traps).items(),
                                               key=lambda kv: TYPES.index(kv[0]))))
    res = run_scorer(folder, "careless")
    hit = {line for line in res["details"] if " VIOLATION " in line}
    want = {f"{n} VIOLATION {m['type']} {m['person']} ({m.get('why')})"
            for n, r in reports.items() for m in r["gold"].get("must_not", [])}
    print(f"careless run (gold + every trap): precision {res['precision']} recall {res['recall']} "
          f"violations {res['violations']}; traps hit {len(want & hit)}/{len(want)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle or args.careless:
        return oracle(args.dir, args.oracle or args.careless, args.published, args.lang,
                      careless=bool(args.careless))
    reports, spellings = load(args.dir)
    failed = 0
    for title, fn in CHECKS:
        try:
            errs = fn(reports, spellings, args.dir)
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"crashed: {exc!r}"]
        print(f"check {title}: {'ok' if not errs else 'FAILED'}")
        for e in errs[:12]:
            print(f"    {e}")
        if len(errs) > 12:
            print(f"    ... {len(errs) - 12} more")
        failed += bool(errs)
    if args.stats:
        stats(reports, args.dir)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
