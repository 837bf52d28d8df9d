#!/usr/bin/env python3
"""Self-check for the heldout91 blind evaluation set of `volia extract`.

  python3 verify.py                 run every check on this folder, print ALL CHECKS PASSED
  python3 verify.py --dir DIR       run the checks on another copy
  python3 verify.py --stats         also print counts (claims by type, traps by kind, per report)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                    print the gold of the report whose body is FILE as
                                    extractor output (the extraction JSON of shared/docs/domain.md)

Stdlib only, plus the scorer module score_claims.py, found in $VOLIA_SCORER_DIR or
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
import score_claims as S  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO = set("AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT KZ LI "
          "LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA US VA".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYR_RE = re.compile(r"[\u0400-\u04FF]")
SPLIT = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def tokens(text, lang):
    if lang == "en":
        return re.findall(r"[^\W\d_]+", text)
    return re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", text)


def letters(s):
    return re.sub(r"[^a-z]", "", S.fold(s))


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir or HERE
    text = open(args.oracle, encoding="utf-8").read()
    for stem in stems(d):
        pub, lang, _, body = read_report(os.path.join(d, stem + ".txt"))
        if body.strip() != text.strip():
            continue
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]
        claims = []
        for g in gold["claims"]:
            ev, mention = None, None
            if g["person"]:
                for t, s, e in toks:
                    if any(S.key_matches_token(k, t) for k in g["surname_keys"]):
                        ev, mention = (s, e, t), t
                        break
            if ev is None:
                ev = (0, min(len(text), 80), text[:80])
            claims.append({
                "type": g["type"],
                "person": ({"name": g["person"], "mention": mention, "person_id": None}
                           if g["person"] else None),
                "date": g["date"], "date_precision": precision_of(g["date"]),
                "destination_country": g["destination_country"], "term_months": g["term_months"],
                "count": g["count"], "confidence": 1.0,
                "evidence": {"start": ev[0], "end": ev[1], "text": ev[2]},
            })
        print(json.dumps({"published": args.published or pub, "language": args.lang or lang,
                          "claims": claims}, ensure_ascii=False))
        return 0
    print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d, stats):
    errs = []

    def fail(msg):
        errs.append(msg)

    all_stems = stems(d)
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0
    langs = Counter()
    rows = []
    for stem in all_stems:
        pub, lang, blank, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        langs[lang] += 1
        words = len(body.split())
        rows.append((stem, lang, pub, words, len(claims), len(traps)))
        # 7. headers, words, dates
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub):
            fail(f"{stem}: bad publication date line {pub!r}")
            continue
        if lang not in SPLIT:
            fail(f"{stem}: bad language line {lang!r}")
            continue
        if blank.strip():
            fail(f"{stem}: line 3 is not blank")
        if not ("2021-01-01" <= pub <= "2026-11-20"):
            fail(f"{stem}: publication date {pub} out of range")
        if not (150 <= words <= 550):
            fail(f"{stem}: {words} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{stem}: gold header differs from report header")
        if not stem.isdigit() or int(stem) not in SPLIT[lang]:
            fail(f"{stem}: language {lang} outside its number range")
        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(f"{stem}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(f"{stem}: Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", body):
            fail(f"{stem}: Russian text has ў/і")
        if lang == "en" and CYR_RE.search(body):
            fail(f"{stem}: English text has Cyrillic")

        toks = tokens(body, lang)
        tokset = set(toks)
        caps = {t for t in toks if t[0].isupper()}
        entries = spell.get(stem)
        if entries is None:
            fail(f"{stem}: no spellings entry")
            continue
        by_name = {e["person"]: e for e in entries}
        if len(by_name) != len(entries):
            fail(f"{stem}: duplicate person in spellings")
        persons = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for p in persons:
            if p not in by_name:
                fail(f"{stem}: {p} missing from spellings.json")
        listed_sur = set()
        listed_all = set()
        for e in entries:
            listed_sur |= set(e["surname_forms"])
            listed_all |= set(e["surname_forms"]) | set(e["given_forms"])

        # 2 + 3. spellings
        for e in entries:
            name, keys = e["person"], e["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fail(f"{stem}: {name}: keys must be lower-case Latin {keys}")
                continue
            if not e["surname_forms"]:
                fail(f"{stem}: {name}: no surname forms")
            for f in e["surname_forms"]:
                if not any(S.key_matches_token(k, f) for k in keys):
                    fail(f"{stem}: {name}: keys {keys} miss listed form {f}")
            for f in e["surname_forms"] + e["given_forms"]:
                if f not in tokset:
                    fail(f"{stem}: {name}: listed spelling {f} not in text")
            allowed = set(e["surname_forms"])
            for r in e.get("relatives", []):
                if r not in by_name:
                    fail(f"{stem}: {name}: relative {r} not listed")
                    continue
                allowed |= set(by_name[r]["surname_forms"])
                if name not in by_name[r].get("relatives", []):
                    fail(f"{stem}: relative link {name} -> {r} is one-way")
                if S.person_matches(name, by_name[r]["surname_keys"], r):
                    fail(f"{stem}: person_matches({name} as {r}) should fail")
                if S.person_matches(r, keys, name):
                    fail(f"{stem}: person_matches({r} as {name}) should fail")
            for t in caps - allowed:
                if any(S.key_matches_token(k, t) for k in keys):
                    fail(f"{stem}: {name}: keys {keys} also match other word {t}")
        for t in caps:
            lt = letters(t)
            if len(lt) < 4 or t in listed_all:
                continue
            for f in listed_sur:
                if letters(f)[:4] == lt[:4]:
                    fail(f"{stem}: capitalised {t} shares a prefix with {f} but is not listed")
                    break

        # 1. gold persons
        seen_gold = set()
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                fail(f"{stem}: bad claim type {t}")
                continue
            type_count[t] += 1
            p = c.get("person")
            if t == "group_release":
                if p is not None or c.get("surname_keys"):
                    fail(f"{stem}: group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(f"{stem}: group_release without a positive count")
            else:
                if not p:
                    fail(f"{stem}: {t} without a person")
                    continue
                keys = c.get("surname_keys") or []
                if p in by_name and keys != by_name[p]["surname_keys"]:
                    fail(f"{stem}: {p}: gold keys differ from spellings.json")
                if not any(S.key_matches_token(k, tok) for k in keys for tok in toks):
                    fail(f"{stem}: {p}: no token of the report matches keys {keys}")
                if not S.person_matches(p, keys, p):
                    fail(f"{stem}: {p}: person_matches rejects the gold name")
                if lang in ("ru", "be") and not CYR_RE.search(p):
                    fail(f"{stem}: {p}: name not in the report's script")
                if lang == "en" and CYR_RE.search(p):
                    fail(f"{stem}: {p}: name not in the report's script")
            # 6. fields and dates
            if t != "deported" and c.get("destination_country") is not None:
                fail(f"{stem}: destination_country on {t}")
            if t != "sentenced" and c.get("term_months") is not None:
                fail(f"{stem}: term_months on {t}")
            if t != "group_release" and c.get("count") is not None:
                fail(f"{stem}: count on {t}")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                fail(f"{stem}: bad term {c['term_months']}")
            dt = c.get("date")
            if dt is not None:
                if not DATE_RE.match(dt):
                    fail(f"{stem}: bad date {dt}")
                else:
                    try:
                        datetime.date.fromisoformat((dt + "-01-01")[:10] if len(dt) == 4 else
                                                    (dt + "-01")[:10] if len(dt) == 7 else dt)
                    except ValueError:
                        fail(f"{stem}: invalid date {dt}")
                    if dt > pub[:len(dt)]:
                        fail(f"{stem}: date {dt} after publication {pub}")
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    fail(f"{stem}: deported {p} without an ISO country")
                if not any(g["type"] == "released" and g.get("person") == p for g in claims):
                    fail(f"{stem}: deported {p} without released")
            if t == "pardoned" and not any(g["type"] == "released" and g.get("person") == p for g in claims):
                fail(f"{stem}: pardoned {p} without released")
            sig = json.dumps(c, sort_keys=True, ensure_ascii=False)
            if sig in seen_gold:
                fail(f"{stem}: duplicate gold claim {sig}")
            seen_gold.add(sig)

        # 5. traps
        seen = set()
        for m in traps:
            t, p, k, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES or t == "group_release":
                fail(f"{stem}: trap with bad type {t}")
                continue
            if k not in KINDS:
                fail(f"{stem}: trap with bad kind {k}")
            else:
                kind_count[k] += 1
            if not isinstance(why, str) or len(why.strip()) < 5:
                fail(f"{stem}: trap {t} {p} without a why")
            if (t, p) in seen:
                fail(f"{stem}: trap {t} {p} listed twice")
            seen.add((t, p))
            if not p or p not in by_name:
                fail(f"{stem}: trap person {p} not in spellings")
                continue
            own = by_name[p]["surname_keys"]
            if not any(S.key_matches_token(kk, tok) for kk in own for tok in toks):
                fail(f"{stem}: trap person {p} is not named in the text")
            for g in claims:
                if g["type"] != t or not g.get("person"):
                    continue
                if S.person_matches(g["person"], S.keys_for(p), p) or S.person_matches(g["person"], own, p):
                    fail(f"{stem}: trap {t} {p} is matched by gold {g['person']}")
            if t == "released":
                for g in claims:
                    if g["type"] in ("released", "pardoned", "deported") and g.get("person") and (
                            S.person_matches(g["person"], own, p)):
                        fail(f"{stem}: released trap {p} but gold {g['type']} for the same person")

    # 7/8 global
    for lang, want in (("en", 14), ("ru", 10), ("be", 6)):
        if langs[lang] != want:
            fail(f"{langs[lang]} {lang} reports, want {want}")
    if len(all_stems) != 30:
        fail(f"{len(all_stems)} reports, want 30")
    for t in TYPES:
        if not type_count[t]:
            fail(f"event type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            fail(f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not (0.25 <= share <= 0.30):
        fail(f"traps are {share:.1%} of entries, want 25-30%")

    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = S.score(d, cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: "
             + "; ".join(res["details"][:8]))
    if res["articles"] != 30 or res["violations"] or res["errors"]:
        fail(f"oracle articles={res['articles']} violations={res['violations']} errors={res['errors']}")
    for x in ("date", "dest", "term"):
        if a.get(f"{x}_ok", 0) != a.get(f"{x}_total", 0):
            fail(f"oracle {x} {a.get(x + '_ok', 0)}/{a.get(x + '_total', 0)}")

    if stats:
        print(f"reports: {dict(langs)}; claims {n_claims}; traps {n_traps}; traps share {share:.1%}")
        print("claims by type: " + ", ".join(f"{t} {type_count[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k} {kind_count[k]}" for k in KINDS))
        print("oracle: " + json.dumps({k: res[k] for k in ("precision", "recall", "f1", "violations",
                                                            "errors", "articles")}) + " " + json.dumps(a))
        for r in rows:
            print("  %s %s %s words=%d claims=%d traps=%d" % r)
    return errs


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
    errs = run_checks(args.dir or HERE, args.stats)
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
