#!/usr/bin/env python3
"""Self-check for the heldout101 extraction evaluation set.

  python3 verify.py                      run every check on this folder
  python3 verify.py --dir DIR            run every check on another copy
  python3 verify.py --stats              print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                         print the gold of FILE as extractor output

Needs only the standard library and the scorer module score_claims.py, found in
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
# ISO 3166-1 alpha-2 codes of the countries a Belarusian release can plausibly lead to.
ISO = set("""AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT
JP KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA US UZ VA AE QA CN KR
TJ TM MN AU NZ""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST, LAST = "2021-01-01", "2026-11-20"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text, lang):
    pat = r"[^\W\d_]+(?:-[^\W\d_]+)*" if lang == "en" else r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"
    return re.findall(pat, text)


def caps(text, lang):
    return [t for t in tokens(text, lang) if t[0].isupper()]


def fold4(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))[:4]


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def key_hit(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def load(d):
    stems = sorted(f[:-4] for f in os.listdir(d) if re.fullmatch(r"\d\d\.txt", f))
    reports = {}
    for s in stems:
        pub, lang, blank, text = read_report(os.path.join(d, s + ".txt"))
        gpath = os.path.join(d, s + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[s] = dict(published=pub, lang=lang, blank=blank, text=text, gold=gold)
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return reports, spell


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir or HERE
    text = open(args.oracle, encoding="utf-8").read()
    found = None
    for f in sorted(os.listdir(d)):
        if not re.fullmatch(r"\d\d\.txt", f):
            continue
        full = os.path.join(d, f)
        pub, lang, _, body = read_report(full)
        if os.path.abspath(full) == os.path.abspath(args.oracle) or body == text or \
                body.rstrip("\n") == text.rstrip("\n"):
            found = f[:-4]
            break
    if found is None:
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 0
    gold = json.load(open(os.path.join(d, found + ".gold.json"), encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        date = g["date"]
        prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
        person = None
        if g["person"]:
            person = {"name": g["person"], "mention": g["person"], "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": date,
                       "date_precision": prec or "unknown",
                       "destination_country": g["destination_country"],
                       "term_months": g["term_months"], "count": g["count"],
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": args.published or gold["published"],
                      "language": args.lang or gold["language"], "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d):
    errors = []
    err = errors.append
    reports, spell = load(d)
    for s in [s for s, r in reports.items() if r["gold"] is None]:
        err(f"7: {s}.txt has no {s}.gold.json")
        reports[s]["gold"] = {"published": reports[s]["published"], "language": reports[s]["lang"],
                              "claims": [], "must_not": []}

    # 7. headers, words, split, dates
    if sorted(reports) != [f"{i:02d}" for i in range(1, 31)]:
        err(f"7: expected reports 01..30, found {sorted(reports)}")
    for s, r in reports.items():
        if not valid_date(r["published"]) or len(r["published"]) != 10:
            err(f"7: {s} bad publication date {r['published']!r}")
        elif not FIRST <= r["published"] <= LAST:
            err(f"7: {s} publication date {r['published']} outside {FIRST}..{LAST}")
        if r["lang"] != LANG_OF.get(s):
            err(f"7: {s} language {r['lang']!r}, expected {LANG_OF.get(s)!r} (split 14/10/6)")
        if r["blank"].strip():
            err(f"7: {s} line 3 not blank")
        if not r["text"].split("\n")[0].strip():
            err(f"7: {s} headline line empty")
        words = len(r["text"].split())
        if not 150 <= words <= 550:
            err(f"7: {s} has {words} words (150-550)")
        if r["gold"].get("published") != r["published"] or r["gold"].get("language") != r["lang"]:
            err(f"7: {s} gold header differs from report header")

    # 8. scripts
    for s, r in reports.items():
        t = r["text"]
        if r["lang"] == "be":
            bad = set(re.findall(r"[иИщЩъЪ]", t))
            if bad:
                err(f"8: {s} Belarusian text contains {sorted(bad)}")
            if not re.search(r"[ўЎ]", t) or not re.search(r"[іІ]", t):
                err(f"8: {s} Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            bad = set(re.findall(r"[ўЎіІ]", t))
            if bad:
                err(f"8: {s} Russian text contains {sorted(bad)}")
        elif r["lang"] == "en":
            if CYRILLIC.search(t):
                err(f"8: {s} English text contains Cyrillic")

    all_types, all_kinds = set(), set()
    n_claims = n_traps = 0
    for s, r in reports.items():
        gold, text, lang = r["gold"], r["text"], r["lang"]
        pub = r["published"]
        sp = spell.get(s)
        if not sp:
            err(f"2: {s} missing from spellings.json")
            continue
        if sp.get("language") != lang:
            err(f"2: {s} spellings language {sp.get('language')!r} != {lang!r}")
        people = {p["person"]: p for p in sp["persons"]}
        toks = tokens(text, lang)
        captoks = caps(text, lang)
        tokset = set(toks)
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # 6. fields and dates
        for c in claims:
            all_types.add(c["type"])
            if c["type"] not in TYPES:
                err(f"6: {s} unknown claim type {c['type']}")
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                err(f"6: {s} claim fields {sorted(c)}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    err(f"6: {s} invalid date {c['date']}")
                elif c["date"] > pub[:len(c["date"])]:
                    err(f"6: {s} date {c['date']} after publication {pub}")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO:
                    err(f"6: {s} deported {c['person']} without ISO country")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    err(f"6: {s} deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(f"6: {s} destination_country on {c['type']}")
            if c["type"] == "pardoned" and not any(
                    x["type"] == "released" and x["person"] == c["person"] for x in claims):
                err(f"6: {s} pardoned {c['person']} without released")
            if c["type"] != "sentenced" and c["term_months"] is not None:
                err(f"6: {s} term_months on {c['type']}")
            if c["type"] == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"6: {s} bad term {c['term_months']}")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(f"6: {s} group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"6: {s} group_release without positive count")
            else:
                if c["count"] is not None:
                    err(f"6: {s} count on {c['type']}")
                if not c["person"]:
                    err(f"6: {s} {c['type']} without person")

        # 1. gold persons are named and accepted by their own keys
        for c in claims:
            if not c["person"]:
                continue
            keys = c["surname_keys"]
            if not any(sc.person_matches(t, keys) for t in captoks):
                err(f"1: {s} no token of the report matches {c['person']} {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                err(f"1: {s} person_matches rejects {c['person']} with its own keys")
            p = people.get(c["person"])
            if not p:
                err(f"2: {s} {c['person']} not in spellings.json")
            elif p["surname_keys"] != keys:
                err(f"2: {s} gold keys of {c['person']} differ from spellings.json")

        # 2. keys vs surname spellings, relatives
        for name, p in people.items():
            keys = p["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                err(f"2: {s} {name} keys must be lower-case Latin: {keys}")
                continue
            for f in p["surname_forms"]:
                if not key_hit(keys, f):
                    err(f"2: {s} keys of {name} miss listed spelling {f}")
            allowed = set(p["surname_forms"])
            for rel in p.get("relatives", []):
                if rel not in people:
                    err(f"2: {s} relative {rel} of {name} not listed")
                    continue
                allowed |= set(people[rel]["surname_forms"])
                if name not in people[rel].get("relatives", []):
                    err(f"2: {s} relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name):
                    err(f"2: {s} person_matches accepts relative {rel} as {name}")
                if sc.person_matches(name, people[rel]["surname_keys"], rel):
                    err(f"2: {s} person_matches accepts {name} as relative {rel}")
            for t in set(captoks):
                if key_hit(keys, t) and t not in allowed:
                    err(f"2: {s} keys of {name} match unlisted word {t}")
            if not any(key_hit(keys, t) for t in captoks):
                err(f"2: {s} {name} not named in the text")

        # 3. listed spellings occur; near-spellings are listed
        listed = set()
        for name, p in people.items():
            for f in p["surname_forms"] + p["given_forms"]:
                listed.add(f)
                if f not in tokset:
                    err(f"3: {s} listed spelling {f} of {name} does not occur")
        prefixes = {fold4(f) for p in people.values() for f in p["surname_forms"]}
        for t in set(captoks):
            if fold4(t) in prefixes and len(fold4(t)) == 4 and t not in listed:
                err(f"3: {s} capitalised {t} shares a prefix with a surname but is not listed")

        # 5. traps
        seen = set()
        for m in traps:
            all_kinds.add(m.get("kind"))
            if set(m) != {"type", "person", "why", "kind"}:
                err(f"5: {s} trap fields {sorted(m)}")
            if m["type"] not in TYPES or m["type"] == "group_release":
                err(f"5: {s} trap type {m['type']}")
            if m.get("kind") not in KINDS:
                err(f"5: {s} trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 10:
                err(f"5: {s} trap why too short")
            key = (m["type"], m["person"])
            if key in seen:
                err(f"5: {s} trap listed twice {key}")
            seen.add(key)
            p = people.get(m["person"])
            if not p:
                err(f"5: {s} trap person {m['person']} not in spellings.json")
                continue
            if not any(key_hit(p["surname_keys"], t) for t in captoks):
                err(f"5: {s} trap person {m['person']} not named")
            for c in claims:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]) or \
                        sc.person_matches(c["person"], p["surname_keys"], m["person"]):
                    err(f"5: {s} trap {m['type']} {m['person']} matched by gold {c['person']}")
            # 6. released/pardoned/deported traps exclude gold of the person
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m["type"], set())
            for c in claims:
                if c["type"] in excl and c["person"] == m["person"]:
                    err(f"6: {s} trap {m['type']} {m['person']} but gold {c['type']}")

    # 8. coverage and trap share
    if set(TYPES) - all_types:
        err(f"8: types missing from gold: {sorted(set(TYPES) - all_types)}")
    if set(KINDS) - all_kinds:
        err(f"8: trap kinds missing: {sorted(set(KINDS) - all_kinds)}")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        err(f"8: traps are {share:.1%} of entries (25-30%)")

    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30
            and a.get("date_ok") == a.get("date_total")
            and a.get("dest_ok") == a.get("dest_total")
            and a.get("term_ok") == a.get("term_total")):
        err(f"4: oracle score P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
            f"attributes={a} details={res['details'][:5]}")
    return errors


def stats(d):
    from collections import Counter
    reports, _ = load(d)
    types, kinds, langs, words = Counter(), Counter(), Counter(), {}
    for s, r in reports.items():
        r["gold"] = r["gold"] or {"claims": [], "must_not": []}
        langs[r["lang"]] += 1
        words[s] = len(r["text"].split())
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            kinds[m["kind"]] += 1
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)}  languages: {dict(langs)}")
    print(f"claims: {nc}  traps: {nt}  trap share: {nt / (nc + nt):.1%}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    w = list(words.values())
    print(f"words: total {sum(w)}, min {min(w)}, max {max(w)}, mean {sum(w) / len(w):.0f}")
    for lang in ("en", "ru", "be"):
        lw = [words[s] for s, r in reports.items() if r["lang"] == lang]
        print(f"  {lang}: {len(lw)} reports, {sum(lw)} words")
    print("per report: " + ", ".join(f"{s}:{n}" for s, n in words.items()))


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
    errors = run_checks(d)
    for e in errors:
        print(e)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
