#!/usr/bin/env python3
"""Self-check for the heldout102 extraction evaluation set (weekly verdict digests).

  python3 verify.py                 run all checks on this folder
  python3 verify.py --dir DIR       run all checks on another copy of the set
  python3 verify.py --stats         also print counts per report, per type and per trap kind
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                    print the gold of the report whose text is FILE as
                                    extractor output (shape of shared/docs/domain.md)

Uses the standard library plus the scorer module score_claims.py, found in $VOLIA_SCORER_DIR
or in ../../../../../shared/tools relative to this file. Prints ALL CHECKS PASSED only when
all eight checks hold.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

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
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EXPECTED_FILES = ({f"{i:02d}.txt" for i in range(1, 31)} | {f"{i:02d}.gold.json" for i in range(1, 31)}
                  | {"spellings.json", "verify.py", "README.md"})


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def fold_letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def load(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", name)
        if not m:
            continue
        stem = m.group(1)
        raw = open(os.path.join(d, name), encoding="utf-8").read().split("\n")
        body = "\n".join(raw[3:])
        gold_path = os.path.join(d, stem + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        tokens = WORD.findall(body)
        reports[stem] = {"raw": raw, "body": body, "gold": gold, "tokens": tokens,
                         "caps": sorted({t for t in tokens if t[:1].isupper()}),
                         "words": len(body.split())}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def persons_of(spellings, stem):
    return {p["person"]: p for p in spellings.get(stem, {}).get("persons", [])}


def any_key(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


# ---------------------------------------------------------------- checks
def check1(reports, spellings):
    errs = []
    for stem, r in reports.items():
        people = persons_of(spellings, stem)
        for c in (r["gold"] or {}).get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if name not in people:
                errs.append(f"{stem}: gold person {name!r} missing from spellings.json")
            if not any(any_key(keys, t) for t in r["tokens"]):
                errs.append(f"{stem}: gold person {name!r} not matched by any token of the text")
            if not sc.person_matches(name or "", keys, name or ""):
                errs.append(f"{stem}: person_matches rejects {name!r} with its own keys {keys}")
    return errs


def check2(reports, spellings):
    errs = []
    for stem, r in reports.items():
        people = persons_of(spellings, stem)
        for c in (r["gold"] or {}).get("claims", []):
            if c.get("type") != "group_release" and c.get("person") in people:
                if c.get("surname_keys") != people[c["person"]]["surname_keys"]:
                    errs.append(f"{stem}: gold keys of {c['person']!r} differ from spellings.json")
        for name, p in people.items():
            keys = p.get("surname_keys") or []
            if not keys:
                errs.append(f"{stem}: {name!r} has no surname keys")
                continue
            for s in p.get("surname_forms", []):
                if not any_key(keys, s):
                    errs.append(f"{stem}: keys of {name!r} miss its spelling {s!r}")
            allowed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{stem}: relative {rel!r} of {name!r} not listed")
                    continue
                allowed |= set(people[rel].get("surname_forms", []))
                if name not in people[rel].get("relatives", []):
                    errs.append(f"{stem}: {rel!r} does not link back to {name!r}")
                rkeys = people[rel]["surname_keys"]
                if sc.person_matches(rel, keys, name):
                    errs.append(f"{stem}: person_matches({rel!r}, keys of {name!r}) succeeds")
                if sc.person_matches(name, rkeys, rel):
                    errs.append(f"{stem}: person_matches({name!r}, keys of {rel!r}) succeeds")
            for t in r["caps"]:
                if t not in allowed and any_key(keys, t):
                    errs.append(f"{stem}: keys of {name!r} also match the word {t!r}")
            for other, q in people.items():
                if other != name and other not in p.get("relatives", []):
                    shared = set(p.get("surname_forms", [])) & set(q.get("surname_forms", []))
                    if shared:
                        errs.append(f"{stem}: {name!r} and {other!r} (not relatives) share forms {sorted(shared)}")
    return errs


def check3(reports, spellings):
    errs = []
    for stem, r in reports.items():
        people = persons_of(spellings, stem)
        toks = set(r["tokens"])
        for name, p in people.items():
            listed = set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
            for rel in p.get("relatives", []):
                if rel in people:
                    listed |= set(people[rel].get("surname_forms", []))
            if not p.get("surname_forms"):
                errs.append(f"{stem}: {name!r} has no surname forms")
            for s in list(p.get("surname_forms", [])) + list(p.get("given_forms", [])):
                if s not in toks:
                    errs.append(f"{stem}: listed spelling {s!r} of {name!r} does not occur")
            prefixes = {fold_letters(s)[:4] for s in p.get("surname_forms", [])}
            for t in r["caps"]:
                if fold_letters(t)[:4] in prefixes and t not in listed:
                    errs.append(f"{stem}: {t!r} shares a prefix with a surname of {name!r} but is not listed")
    return errs


def check4(d):
    errs = []
    if re.search(r"\s", d):
        return [f"directory path {d!r} contains whitespace"]
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {d} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: "
                    + "; ".join(res["details"][:8]))
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"oracle scored {res['articles']} articles, not 30")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"oracle {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    return errs


def check5(reports, spellings):
    errs = []
    for stem, r in reports.items():
        people = persons_of(spellings, stem)
        gold = r["gold"] or {}
        seen = set()
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{stem}: trap fields {sorted(m)}")
            t, name, kind = m.get("type"), m.get("person"), m.get("kind")
            if t not in TYPES or t == "group_release":
                errs.append(f"{stem}: trap type {t!r}")
            if kind not in KINDS:
                errs.append(f"{stem}: trap kind {kind!r}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{stem}: trap on {name!r} has no why")
            if (t, name) in seen:
                errs.append(f"{stem}: trap ({t}, {name}) listed twice")
            seen.add((t, name))
            if name not in people:
                errs.append(f"{stem}: trap person {name!r} missing from spellings.json")
                own = []
            else:
                own = people[name]["surname_keys"]
            kf = sc.keys_for(name or "")
            if not any(any_key(kf + own, tok) for tok in r["tokens"]):
                errs.append(f"{stem}: trap person {name!r} is not named in the text")
            for c in gold.get("claims", []):
                if c.get("type") != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], kf, name) or (own and sc.person_matches(c["person"], own, name)):
                    errs.append(f"{stem}: trap ({t}, {name}) is matched by gold claim on {c['person']!r}")
    return errs


def check6(reports, spellings):
    errs = []
    for stem, r in reports.items():
        gold = r["gold"] or {}
        pub = gold.get("published", "")
        people = persons_of(spellings, stem)
        claims = gold.get("claims", [])
        for c in claims:
            t, name = c.get("type"), c.get("person")
            where = f"{stem}: {t} {name or c.get('count')}"
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{where}: fields {sorted(c)}")
            if t not in TYPES:
                errs.append(f"{where}: unknown type")
            if c.get("date") is not None:
                if not valid_date(c["date"]):
                    errs.append(f"{where}: invalid date {c['date']!r}")
                elif c["date"] > pub:
                    errs.append(f"{where}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if name is not None or c.get("surname_keys") != []:
                    errs.append(f"{where}: group_release must have null person and no keys")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    errs.append(f"{where}: group_release needs a positive count")
            else:
                if not name or not c.get("surname_keys"):
                    errs.append(f"{where}: needs person and keys")
                if c.get("count") is not None:
                    errs.append(f"{where}: count only on group_release")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    errs.append(f"{where}: bad term {tm!r}")
            elif c.get("term_months") is not None:
                errs.append(f"{where}: term_months only on sentenced")
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    errs.append(f"{where}: bad destination {c.get('destination_country')!r}")
                if not any(o.get("type") == "released" and o.get("person") == name for o in claims):
                    errs.append(f"{where}: deported without released")
            elif c.get("destination_country") is not None:
                errs.append(f"{where}: destination_country only on deported")
            if t == "pardoned" and not any(o.get("type") == "released" and o.get("person") == name for o in claims):
                errs.append(f"{where}: pardoned without released")
        for m in gold.get("must_not", []):
            t, name = m.get("type"), m.get("person")
            own = people.get(name, {}).get("surname_keys", [])
            keys = sc.keys_for(name or "") + own
            excluded = {"released": ("released", "pardoned", "deported"),
                        "pardoned": ("pardoned",), "deported": ("deported",)}.get(t, ())
            for c in claims:
                if c.get("type") in excluded and c.get("person") and (
                        c["person"] == name or sc.person_matches(c["person"], keys, name)):
                    errs.append(f"{stem}: {t} trap on {name!r} but gold {c['type']} for {c['person']!r}")
    return errs


def check7(d, reports, spellings):
    errs = []
    present = set(os.listdir(d))
    if present != EXPECTED_FILES:
        errs.append(f"files: missing {sorted(EXPECTED_FILES - present)} extra {sorted(present - EXPECTED_FILES)}")
    for stem in sorted(LANG_OF):
        r = reports.get(stem)
        if r is None:
            errs.append(f"{stem}: report missing")
            continue
        raw = r["raw"]
        if len(raw) < 5 or not valid_date(raw[0]) or len(raw[0]) != 10:
            errs.append(f"{stem}: line 1 is not a YYYY-MM-DD date")
            continue
        if raw[1] != LANG_OF[stem]:
            errs.append(f"{stem}: language {raw[1]!r}, expected {LANG_OF[stem]!r}")
        if raw[2] != "" or not raw[3].strip():
            errs.append(f"{stem}: line 3 must be blank and line 4 a headline")
        if not (FIRST_DAY <= raw[0] <= LAST_DAY):
            errs.append(f"{stem}: publication date {raw[0]} outside {FIRST_DAY}..{LAST_DAY}")
        if not 150 <= r["words"] <= 550:
            errs.append(f"{stem}: {r['words']} words")
        gold = r["gold"]
        if gold is None:
            errs.append(f"{stem}: gold missing")
            continue
        if gold.get("published") != raw[0] or gold.get("language") != raw[1]:
            errs.append(f"{stem}: gold header {gold.get('published')}/{gold.get('language')} differs from text")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            errs.append(f"{stem}: gold fields {sorted(gold)}")
        if spellings.get(stem, {}).get("language") != raw[1]:
            errs.append(f"{stem}: spellings.json language differs")
    split = Counter(r["raw"][1] for r in reports.values() if len(r["raw"]) > 1)
    if (split["en"], split["ru"], split["be"]) != (14, 10, 6) or len(reports) != 30:
        errs.append(f"split {dict(split)} over {len(reports)} reports, expected en 14 / ru 10 / be 6")
    return errs


def check8(reports):
    errs = []
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    for stem, r in reports.items():
        lang, body = (r["raw"][1] if len(r["raw"]) > 1 else ""), r["body"]
        low = body.lower()
        if lang == "be":
            if re.search("[ищъ]", low):
                errs.append(f"{stem}: Belarusian text contains и/щ/ъ")
            if "ў" not in low or "і" not in low:
                errs.append(f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўі]", low):
                errs.append(f"{stem}: Russian text contains ў/і")
        elif lang == "en":
            if re.search("[\u0400-\u04ff]", body):
                errs.append(f"{stem}: English text contains Cyrillic")
        gold = r["gold"] or {}
        for c in gold.get("claims", []):
            types[c.get("type")] += 1
            n_claims += 1
        for m in gold.get("must_not", []):
            kinds[m.get("kind")] += 1
            n_traps += 1
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} not covered")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} not covered")
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25..0.30")
    return errs


# ---------------------------------------------------------------- oracle and stats
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, spellings = load(d)
    for stem, r in reports.items():
        if r["body"] == text or r["body"].rstrip("\n") == text.rstrip("\n"):
            break
    else:
        print(json.dumps({"error": "text matches no report"}))
        return 1
    body = r["body"]
    out = []
    for c in r["gold"]["claims"]:
        person, evidence = None, None
        if c["person"]:
            mention, span = c["person"], None
            for m in WORD.finditer(body):
                if any_key(c["surname_keys"], m.group(0)):
                    mention, span = m.group(0), (m.start(), m.end())
                    break
            person = {"name": c["person"], "mention": mention, "person_id": None}
            if span:
                evidence = {"start": span[0], "end": span[1], "text": body[span[0]:span[1]]}
        date = c["date"]
        precision = {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown") if date else "unknown"
        out.append({"type": c["type"], "person": person, "date": date, "date_precision": precision,
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))
    return 0


def stats(reports):
    types, kinds = Counter(), Counter()
    total_w = 0
    print("report date       lang words claims traps")
    for stem, r in sorted(reports.items()):
        g = r["gold"] or {"claims": [], "must_not": []}
        total_w += r["words"]
        types.update(c["type"] for c in g["claims"])
        kinds.update(m["kind"] for m in g["must_not"])
        print(f"{stem}     {r['raw'][0]} {r['raw'][1]}   {r['words']:5} {len(g['claims']):6} {len(g['must_not']):5}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports={len(reports)} words={total_w} claims={nc} traps={nt} "
          f"trap_share={nt / max(nc + nt, 1):.3f}")
    print("claims by type: " + ", ".join(f"{t}={types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(d, args.oracle, args.published, args.lang)
    reports, spellings = load(d)
    if args.stats:
        stats(reports)
    results = [
        ("1 gold persons named and matched by their keys", check1(reports, spellings)),
        ("2 keys: spellings, no stray words, relatives", check2(reports, spellings)),
        ("3 listed spellings occur; prefix-sharing words listed", check3(reports, spellings)),
        ("4 oracle scores 1.0 through score_claims.score", check4(d)),
        ("5 traps valid and not matched by gold", check5(reports, spellings)),
        ("6 dates, fields and type dependencies", check6(reports, spellings)),
        ("7 headers, lengths, split, publication dates", check7(d, reports, spellings)),
        ("8 orthography, coverage, trap share", check8(reports)),
    ]
    failed = False
    for title, errs in results:
        print(f"check {title}: {'OK' if not errs else 'FAILED (%d)' % len(errs)}")
        for e in errs[:40]:
            print("   ", e)
        failed = failed or bool(errs)
    print("SOME CHECKS FAILED" if failed else "ALL CHECKS PASSED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
