#!/usr/bin/env python3
"""Self-checks for the heldout134 evaluation set (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published YYYY-MM-DD --lang LANG [--dir DIR]

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file. With --oracle the script behaves like
`volia extract`: it finds the report whose text equals FILE and prints its gold claims as
extraction JSON. Check 4 runs the scorer over all 30 reports with this oracle.
"""
import argparse
import datetime
import glob
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"}
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"}
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
MIN_DATE, MAX_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def flat(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load(d):
    reports = {}
    for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
        num = os.path.basename(path)[:-4]
        raw = open(path, encoding="utf-8").read().split("\n")
        gold_path = os.path.join(d, num + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        body = "\n".join(raw[3:])
        lang = raw[1].strip() if len(raw) > 1 else ""
        reports[num] = {"raw": raw, "body": body, "lang": lang, "gold": gold,
                        "published": raw[0].strip(), "tokens": tokens(body, lang)}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


def people_of(spell, num):
    return {p["name"]: p for p in spell.get(num, [])}


def any_key(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


# ---------------------------------------------------------------- checks

def check1(reports, spell):
    errs = []
    for num, r in reports.items():
        ppl = people_of(spell, num)
        for c in (r["gold"] or {}).get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not name or not keys:
                errs.append(f"{num}: claim without person/keys: {c}")
                continue
            if not any(any_key(keys, t) for t in r["tokens"]):
                errs.append(f"{num}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects gold name {name}")
            if name not in ppl:
                errs.append(f"{num}: gold person {name} not in spellings.json")
    return errs


def check2(reports, spell):
    errs = []
    for num, r in reports.items():
        ppl = people_of(spell, num)
        caps = {t for t in r["tokens"] if t[:1].isupper()}
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key(keys, s):
                    errs.append(f"{num}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in ppl:
                    errs.append(f"{num}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(ppl[rel].get("surnames", []))
                if name not in ppl[rel].get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name):
                    errs.append(f"{num}: person_matches({rel!r}, keys of {name}) accepts the relative")
                if sc.person_matches(name, ppl[rel]["keys"], rel):
                    errs.append(f"{num}: person_matches({name!r}, keys of {rel}) accepts the relative")
            for t in sorted(caps):
                if t not in allowed and any_key(keys, t):
                    errs.append(f"{num}: keys {keys} of {name} also match token {t}")
        for c in (r["gold"] or {}).get("claims", []):
            if c.get("type") == "group_release" or c.get("person") not in ppl:
                continue
            if c.get("surname_keys") != ppl[c["person"]].get("keys"):
                errs.append(f"{num}: gold keys of {c['person']} differ from spellings.json")
    return errs


def check3(reports, spell):
    errs = []
    for num, r in reports.items():
        ppl = people_of(spell, num)
        toks = set(r["tokens"])
        listed = set()
        surnames = set()
        for name, p in ppl.items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in toks:
                    errs.append(f"{num}: listed spelling {s} ({name}) is not a token of the text")
            surnames |= set(p.get("surnames", []))
        prefixes = {flat(s)[:4] for s in surnames if len(flat(s)) >= 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            ft = flat(t)
            if len(ft) >= 4 and ft[:4] in prefixes and t not in listed:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def oracle_claims(gold):
    out = []
    for c in gold.get("claims", []):
        out.append({"type": c["type"],
                    "person": None if c["person"] is None else
                    {"name": c["person"], "mention": c["person"], "person_id": None},
                    "date": c["date"],
                    "date_precision": None if not c["date"] else
                    {4: "year", 7: "month", 10: "day"}.get(len(c["date"])),
                    "destination_country": c["destination_country"],
                    "term_months": c["term_months"], "count": c["count"],
                    "confidence": 1.0, "evidence": None})
    return out


def check4(d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    errs = []
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"{k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    errs += [x for x in res["details"]][:20]
    return errs, res


def check5(reports, spell):
    errs = []
    for num, r in reports.items():
        ppl = people_of(spell, num)
        gold = r["gold"] or {}
        seen = set()
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES:
                errs.append(f"{num}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                errs.append(f"{num}: trap why missing for {m.get('person')}")
            name = m.get("person")
            if not name or name not in ppl:
                errs.append(f"{num}: trap person {name} not in spellings.json")
                continue
            pkeys = ppl[name]["keys"]
            if not any(any_key(pkeys, t) for t in r["tokens"]):
                errs.append(f"{num}: trap person {name} not named in the text")
            pair = (m["type"], name)
            if pair in seen:
                errs.append(f"{num}: duplicate trap {pair}")
            seen.add(pair)
            for c in gold.get("claims", []):
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name) or \
                        sc.person_matches(c["person"], pkeys, name):
                    errs.append(f"{num}: trap {m['type']}/{name} is matched by gold claim of {c['person']}")
    return errs


def check6(reports, spell):
    errs = []
    for num, r in reports.items():
        ppl = people_of(spell, num)
        gold = r["gold"] or {}
        pub = r["published"]
        claims = gold.get("claims", [])
        by = {}
        for c in claims:
            by.setdefault((c.get("type"), c.get("person")), []).append(c)
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{num}: claim type {t}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    errs.append(f"{num}: bad date {c['date']}")
                elif c["date"] > pub[:len(c["date"])]:
                    errs.append(f"{num}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or \
                        not isinstance(c["count"], int) or c["count"] <= 0:
                    errs.append(f"{num}: bad group_release {c}")
            else:
                if not isinstance(c["person"], str) or not c["person"] or not c["surname_keys"]:
                    errs.append(f"{num}: claim without person {c}")
                if c["count"] is not None:
                    errs.append(f"{num}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO:
                    errs.append(f"{num}: bad destination {c['destination_country']}")
                if not by.get(("released", c["person"])):
                    errs.append(f"{num}: deported without released for {c['person']}")
            elif c["destination_country"] is not None:
                errs.append(f"{num}: destination on {t}")
            if t == "pardoned" and not by.get(("released", c["person"])):
                errs.append(f"{num}: pardoned without released for {c['person']}")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    errs.append(f"{num}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{num}: term on {t}")
        for m in gold.get("must_not", []):
            name = m.get("person")
            if name not in ppl:
                continue
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"), set())
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        sc.person_matches(c["person"], ppl[name]["keys"], name)
                        or sc.person_matches(c["person"], sc.keys_for(name), name)):
                    errs.append(f"{num}: {m['type']} trap on {name} conflicts with gold {c['type']} of {c['person']}")
    return errs


def check7(reports):
    errs = []
    want = {f"{i:02d}" for i in range(1, 31)}
    have = set(reports)
    if have != want:
        errs.append(f"files: missing {sorted(want - have)} extra {sorted(have - want)}")
    for num, r in reports.items():
        raw = r["raw"]
        try:
            d = datetime.date.fromisoformat(raw[0].strip())
            if not (MIN_DATE <= d <= MAX_DATE) or raw[0] != raw[0].strip() or len(raw[0]) != 10:
                errs.append(f"{num}: date {raw[0]} out of range")
        except ValueError:
            errs.append(f"{num}: bad date line {raw[0]!r}")
        if len(raw) < 4 or raw[1] != LANG_OF.get(num) or raw[2] != "":
            errs.append(f"{num}: header lines 2-3 wrong")
        n = len(r["body"].split())
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words")
        if r["gold"] is None:
            errs.append(f"{num}: no gold file")
    return errs


def tally(reports):
    types, kinds = {}, {}
    nclaims = ntraps = 0
    for r in reports.values():
        g = r["gold"] or {}
        for c in g.get("claims", []):
            types[c.get("type")] = types.get(c.get("type"), 0) + 1
            nclaims += 1
        for m in g.get("must_not", []):
            kinds[m.get("kind")] = kinds.get(m.get("kind"), 0) + 1
            ntraps += 1
    return types, kinds, nclaims, ntraps


def check8(reports):
    errs = []
    for num, r in reports.items():
        body, lang = r["body"], r["lang"]
        if lang == "be":
            bad = set(re.findall(r"[ищъИЩЪ]", body))
            if bad:
                errs.append(f"{num}: Belarusian text has {sorted(bad)}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = set(re.findall(r"[ўЎіІ]", body))
            if bad:
                errs.append(f"{num}: Russian text has {sorted(bad)}")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                errs.append(f"{num}: English text has Cyrillic")
    types, kinds, nc, nt = tally(reports)
    if set(types) != TYPES:
        errs.append(f"types missing {sorted(TYPES - set(types))}")
    if set(kinds) != KINDS:
        errs.append(f"kinds missing {sorted(KINDS - set(kinds))}")
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f}")
    return errs


def run_oracle(args):
    text = open(args.oracle, encoding="utf-8").read()
    reports, _ = load(args.dir)
    for num, r in reports.items():
        if r["body"] == text:
            print(json.dumps({"published": args.published or r["published"],
                              "language": args.lang or r["lang"],
                              "claims": oracle_claims(r["gold"] or {})}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return run_oracle(args)
    reports, spell = load(args.dir)
    results = []
    results.append(("1 gold people are in the text", check1(reports, spell)))
    results.append(("2 keys fit", check2(reports, spell)))
    results.append(("3 spellings are complete", check3(reports, spell)))
    try:
        errs4, res = check4(args.dir)
    except Exception as exc:  # noqa: BLE001
        errs4, res = [f"scorer failed: {exc!r}"], None
    results.append(("4 perfect oracle score", errs4))
    results.append(("5 traps are sound", check5(reports, spell)))
    results.append(("6 fields and logic", check6(reports, spell)))
    results.append(("7 headers and size", check7(reports)))
    results.append(("8 scripts and coverage", check8(reports)))
    ok_all = True
    for title, errs in results:
        if errs:
            ok_all = False
            print(f"FAILED {title}")
            for e in errs[:25]:
                print(f"    {e}")
            if len(errs) > 25:
                print(f"    ... {len(errs) - 25} more")
        else:
            print(f"ok     {title}")
    if args.stats:
        types, kinds, nc, nt = tally(reports)
        words = {n: len(r["body"].split()) for n, r in reports.items()}
        langs = {}
        for r in reports.values():
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        print("reports:", len(reports), "languages:", langs)
        print("words: total", sum(words.values()), "min", min(words.values(), default=0),
              "max", max(words.values(), default=0))
        print("claims:", nc)
        for t in sorted(types):
            print(f"  {t:26} {types[t]}")
        print("traps:", nt)
        for k in sorted(kinds):
            print(f"  {k:26} {kinds[k]}")
        print(f"trap share: {nt / (nc + nt):.3f}" if nc + nt else "trap share: n/a")
        if res:
            a = res["attributes"]
            print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
                  f"violations={res['violations']} errors={res['errors']} "
                  f"date {a.get('date_ok', 0)}/{a.get('date_total', 0)} "
                  f"dest {a.get('dest_ok', 0)}/{a.get('dest_total', 0)} "
                  f"term {a.get('term_ok', 0)}/{a.get('term_total', 0)}")
    if ok_all:
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
