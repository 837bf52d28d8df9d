#!/usr/bin/env python3
"""Self-check of the heldout110 extraction set (30 update/correction reports, en/ru/be).

Usage:
  python3 verify.py                     run all checks on this folder
  python3 verify.py --dir DIR           run all checks on another copy
  python3 verify.py --stats             also print counts
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                        print the gold of the report whose text is FILE as
                                        extractor output (shape of shared/docs/domain.md)

Stdlib only, plus the scorer module score_claims.py, imported from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this file. Prints ALL CHECKS PASSED only when every check
passes (exit status 0), otherwise lists the failures (exit status 1).
"""
import argparse
import datetime
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": [f"{i:02d}" for i in range(1, 15)], "ru": [f"{i:02d}" for i in range(15, 25)],
         "be": [f"{i:02d}" for i in range(25, 31)]}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ALLOWED_FILES = {"spellings.json", "verify.py", "README.md"}
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


# ---------------------------------------------------------------- helpers
def load_report(d, nn):
    raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def words(text, lang):
    out = []
    for m in WORD_RE.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def capitalised(tokens):
    return sorted({t for t in tokens if t[:1].isupper()})


def fold4(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))[:4]


def any_key(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


def valid_date(s):
    if not isinstance(s, str):
        return False
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(s))
    if not fmt or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", s):
        return False
    try:
        datetime.datetime.strptime(s, fmt)
    except ValueError:
        return False
    return True


def precision(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""))


def report_ids(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for nn in report_ids(d):
        raw, body = load_report(d, nn)
        if raw[0].strip() == published and raw[1].strip() == lang and body.strip() == text.strip():
            gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person, ev = None, {"start": 0, "end": 0, "text": ""}
                if c["person"]:
                    hits = [m for m in WORD_RE.finditer(text) if any_key(c["surname_keys"], m.group(0))]
                    mention = hits[0].group(0) if hits else c["person"].split()[-1]
                    if hits:
                        m = hits[0]
                        ev = {"start": m.start(), "end": m.end(), "text": m.group(0)}
                    person = {"name": c["person"], "mention": mention, "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": ev})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


# ---------------------------------------------------------------- checks
def run_checks(d, stats=False):
    fails = {i: [] for i in range(1, 9)}
    ids = report_ids(d)
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    golds, texts, toks = {}, {}, {}
    for nn in ids:
        golds[nn] = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        raw, body = load_report(d, nn)
        texts[nn] = (raw, body)
        lang = raw[1].strip() if len(raw) > 1 else ""
        toks[nn] = words(body, lang)

    # 7: headers, words, split, dates, file set
    expected = {f"{i:02d}" for i in range(1, 31)}
    if set(ids) != expected:
        fails[7].append(f"report ids {ids} are not 01..30")
    for f in os.listdir(d):
        if f in ALLOWED_FILES or re.fullmatch(r"\d\d\.(txt|gold\.json)", f):
            continue
        fails[7].append(f"unexpected file {f}")
    for f in os.listdir(d):
        m = re.fullmatch(r"(\d\d)\.txt", f)
        if m and m.group(1) not in golds:
            fails[7].append(f"{f} has no gold")
    for nn in ids:
        raw, body = texts[nn]
        if len(raw) < 5 or not valid_date(raw[0]) or len(raw[0]) != 10:
            fails[7].append(f"{nn}: line 1 is not a YYYY-MM-DD date")
            continue
        pub, lang = raw[0], raw[1]
        if lang not in SPLIT:
            fails[7].append(f"{nn}: language {lang!r}")
        elif nn not in SPLIT[lang]:
            fails[7].append(f"{nn}: language {lang} breaks the 14/10/6 split")
        if raw[2] != "":
            fails[7].append(f"{nn}: line 3 is not blank")
        if not raw[3].strip():
            fails[7].append(f"{nn}: no headline on line 4")
        if not (PUB_MIN <= pub <= PUB_MAX):
            fails[7].append(f"{nn}: publication date {pub} out of range")
        n = len(body.split())
        if not 150 <= n <= 550:
            fails[7].append(f"{nn}: {n} words")
        g = golds[nn]
        if g.get("published") != pub or g.get("language") != lang:
            fails[7].append(f"{nn}: gold published/language differ from the header")
        if set(g) != {"published", "language", "claims", "must_not"}:
            fails[7].append(f"{nn}: gold keys {sorted(g)}")
    langs = [texts[nn][0][1] for nn in ids if len(texts[nn][0]) > 1]
    for lang, want in (("en", 14), ("ru", 10), ("be", 6)):
        if langs.count(lang) != want:
            fails[7].append(f"{langs.count(lang)} {lang} reports, want {want}")

    # 8: scripts, coverage, share
    for nn in ids:
        raw, body = texts[nn]
        lang = raw[1] if len(raw) > 1 else ""
        full = "\n".join(raw[3:])
        if lang == "be":
            bad = set(re.findall(r"[ищъИЩЪ]", full))
            if bad:
                fails[8].append(f"{nn}: Belarusian text has {''.join(sorted(bad))}")
            if not re.search(r"[ўЎ]", full) or not re.search(r"[іІ]", full):
                fails[8].append(f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", full):
                fails[8].append(f"{nn}: Russian text has ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u052F]", full):
                fails[8].append(f"{nn}: English text has Cyrillic")
    all_claims = [c for nn in ids for c in golds[nn]["claims"]]
    all_traps = [t for nn in ids for t in golds[nn]["must_not"]]
    missing_t = [t for t in TYPES if t not in {c.get("type") for c in all_claims}]
    missing_k = [k for k in KINDS if k not in {t.get("kind") for t in all_traps}]
    if missing_t:
        fails[8].append(f"event types not covered: {missing_t}")
    if missing_k:
        fails[8].append(f"trap kinds not covered: {missing_k}")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        fails[8].append(f"trap share {share:.3f} outside 25-30 %")

    # spellings sanity (used by 1, 2, 3, 5)
    if set(spell) != set(ids):
        fails[2].append("spellings.json reports differ from the gold files")
    persons = {}
    for nn in ids:
        s = spell.get(nn, {})
        if s.get("language") != golds[nn]["language"]:
            fails[2].append(f"{nn}: spellings language differs")
        persons[nn] = {p["person"]: p for p in s.get("persons", [])}
        named = {c["person"] for c in golds[nn]["claims"] if c.get("person")}
        named |= {t["person"] for t in golds[nn]["must_not"]}
        if set(persons[nn]) != named:
            fails[2].append(f"{nn}: spellings persons {sorted(persons[nn])} != gold/trap persons {sorted(named)}")

    # 1: every gold person is found in the text and matches itself
    for nn in ids:
        for c in golds[nn]["claims"]:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(any_key(keys, t) for t in toks[nn]):
                fails[1].append(f"{nn}: no token of the text matches {c['person']} {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                fails[1].append(f"{nn}: person_matches rejects {c['person']} with its own keys")

    # 2: keys vs spellings, no stray matches, relatives
    for nn in ids:
        caps = capitalised(toks[nn])
        ps = persons[nn]
        for c in golds[nn]["claims"]:
            if c.get("person") and c["person"] in ps and c["surname_keys"] != ps[c["person"]]["surname_keys"]:
                fails[2].append(f"{nn}: gold keys of {c['person']} differ from spellings.json")
        for name, p in ps.items():
            keys = p.get("surname_keys") or []
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fails[2].append(f"{nn}: keys of {name} must be lower-case Latin: {keys}")
            for f in p.get("surname_forms", []):
                if not any_key(keys, f):
                    fails[2].append(f"{nn}: keys {keys} do not match the spelling {f}")
            allowed = set(p.get("surname_forms", []))
            for r in p.get("relatives", []):
                allowed |= set(ps.get(r, {}).get("surname_forms", []))
            for t in caps:
                if any_key(keys, t) and t not in allowed:
                    fails[2].append(f"{nn}: keys of {name} also match the word {t}")
            for r in p.get("relatives", []):
                if r not in ps:
                    fails[2].append(f"{nn}: relative {r} of {name} is not a listed person")
                    continue
                if name not in ps[r].get("relatives", []):
                    fails[2].append(f"{nn}: {r} does not link back to {name}")
                if sc.person_matches(r, ps[r]["surname_keys"], name) or sc.person_matches(r, keys, name):
                    fails[2].append(f"{nn}: {r} would be scored as {name}")
                if sc.person_matches(name, keys, r) or sc.person_matches(name, ps[r]["surname_keys"], r):
                    fails[2].append(f"{nn}: {name} would be scored as {r}")
            for other, q in ps.items():
                if other != name and other not in p.get("relatives", []):
                    if any(any_key(keys, f) for f in q.get("surname_forms", [])):
                        fails[2].append(f"{nn}: {other} shares the surname of {name} but is not linked")

    # 3: spellings occur; every capitalised token with a listed surname's 4-letter prefix is listed
    for nn in ids:
        tokset = set(toks[nn])
        caps = capitalised(toks[nn])
        ps = persons[nn]
        for name, p in ps.items():
            for f in p.get("surname_forms", []) + p.get("given_forms", []):
                if f not in tokset:
                    fails[3].append(f"{nn}: listed spelling {f} of {name} does not occur")
            if not p.get("surname_forms"):
                fails[3].append(f"{nn}: {name} has no surname forms")
            listed = set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
            for r in p.get("relatives", []):
                listed |= set(ps.get(r, {}).get("surname_forms", []))
            prefixes = {fold4(f) for f in p.get("surname_forms", [])}
            for t in caps:
                if fold4(t) in prefixes and t not in listed:
                    fails[3].append(f"{nn}: {t} shares a prefix with the surname of {name} but is not listed")

    # 4: the gold as extractor output scores perfectly through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fails[4].append(f"P={res['precision']} R={res['recall']} F1={res['f1']}: {res['details'][:8]}")
    if res["violations"] or res["errors"] or res["articles"] != 30:
        fails[4].append(f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            fails[4].append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")

    # 5: traps
    for nn in ids:
        g = golds[nn]
        seen = set()
        for t in g["must_not"]:
            if sorted(t) != sorted(TRAP_FIELDS):
                fails[5].append(f"{nn}: trap fields {sorted(t)}")
            if t.get("type") not in TYPES or t.get("type") == "group_release":
                fails[5].append(f"{nn}: trap type {t.get('type')}")
            if t.get("kind") not in KINDS:
                fails[5].append(f"{nn}: trap kind {t.get('kind')}")
            if not isinstance(t.get("why"), str) or len(t["why"].strip()) < 5:
                fails[5].append(f"{nn}: trap without a reason: {t}")
            key = (t.get("type"), t.get("person"))
            if key in seen:
                fails[5].append(f"{nn}: trap {key} listed twice")
            seen.add(key)
            name = t.get("person") or ""
            own = persons[nn].get(name, {}).get("surname_keys", [])
            if not name or not own or not any(any_key(own, w) for w in toks[nn]) \
                    or not any(any_key(sc.keys_for(name), w) for w in toks[nn]):
                fails[5].append(f"{nn}: trap person {name!r} is not named in the text")
            for c in g["claims"]:
                if c["type"] != t.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name) or \
                        (own and sc.person_matches(c["person"], own, name)):
                    fails[5].append(f"{nn}: gold {c['type']} {c['person']} matches trap {name}")

    # 6: claim fields and consistency
    for nn in ids:
        g = golds[nn]
        pub = g["published"]
        by = {}
        for c in g["claims"]:
            if sorted(c) != sorted(FIELDS):
                fails[6].append(f"{nn}: claim fields {sorted(c)}")
                continue
            if c["type"] not in TYPES:
                fails[6].append(f"{nn}: claim type {c['type']}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    fails[6].append(f"{nn}: invalid date {c['date']}")
                elif c["date"] > pub[:len(c["date"])]:
                    fails[6].append(f"{nn}: date {c['date']} after publication")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not isinstance(c["count"], int) \
                        or isinstance(c["count"], bool) or c["count"] <= 0:
                    fails[6].append(f"{nn}: bad group_release {c}")
            else:
                if not c["person"] or not c["surname_keys"] or c["count"] is not None:
                    fails[6].append(f"{nn}: bad person/count on {c['type']} {c['person']}")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO2:
                    fails[6].append(f"{nn}: deported {c['person']} without an ISO country")
            elif c["destination_country"] is not None:
                fails[6].append(f"{nn}: destination_country on {c['type']}")
            if c["type"] == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    fails[6].append(f"{nn}: bad term {tm}")
            elif c["term_months"] is not None:
                fails[6].append(f"{nn}: term_months on {c['type']}")
            by.setdefault(c["person"], set()).add(c["type"])
        for p, types in by.items():
            if "deported" in types and "released" not in types:
                fails[6].append(f"{nn}: {p} deported without released")
            if "pardoned" in types and "released" not in types:
                fails[6].append(f"{nn}: {p} pardoned without released")
        for t in g["must_not"]:
            name = t.get("person") or ""
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(t.get("type"), set())
            for c in g["claims"]:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == name or sc.person_matches(c["person"], sc.keys_for(name), name)):
                    fails[6].append(f"{nn}: {t['type']} trap on {name} but gold {c['type']} for {c['person']}")

    if stats:
        print_stats(ids, texts, golds)
    ok = True
    for i in range(1, 9):
        if fails[i]:
            ok = False
            print(f"check {i}: FAILED ({len(fails[i])})")
            for line in fails[i][:25]:
                print("   ", line)
        else:
            print(f"check {i}: ok")
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


def print_stats(ids, texts, golds):
    from collections import Counter
    wl, nl = Counter(), Counter()
    types, kinds = Counter(), Counter()
    for nn in ids:
        raw, body = texts[nn]
        wl[raw[1]] += len(body.split())
        nl[raw[1]] += 1
        types.update(c["type"] for c in golds[nn]["claims"])
        kinds.update(t["kind"] for t in golds[nn]["must_not"])
        print(f"  {nn} {raw[0]} {raw[1]} words={len(body.split()):3} claims={len(golds[nn]['claims']):2} "
              f"traps={len(golds[nn]['must_not'])}")
    print(f"reports: {len(ids)} ({', '.join(f'{k} {v}' for k, v in nl.items())})")
    print(f"words: {sum(wl.values())} ({', '.join(f'{k} {v}' for k, v in wl.items())})")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    return run_checks(args.dir, args.stats)


if __name__ == "__main__":
    sys.exit(main())
