#!/usr/bin/env python3
"""Self-check for the heldout113 extraction set (political prisoners in Russia).

Usage:
  python3 verify.py                 run every check on this folder
  python3 verify.py --dir DIR       run every check on another copy of the set
  python3 verify.py --stats         also print the counts (reports, words, claims, traps)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                    print the gold of FILE as `volia extract` output

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Only the standard library is used besides.
Prints ALL CHECKS PASSED when every check holds, otherwise one line per problem.
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
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
ISO = {"AE", "AM", "AT", "BY", "CH", "CZ", "DE", "EE", "FI", "FR", "GB", "GE", "IL", "KZ", "LT",
       "LV", "MD", "NL", "NO", "PL", "RS", "SE", "TR", "UA", "US", "UZ", "KG"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def words_of(text, lang):
    """Word tokens of TEXT; English possessive endings are cut off (Zotov’s -> Zotov)."""
    out = []
    for w in WORD_RE.findall(text):
        if lang == "en":
            w = re.sub(r"['’]s$", "", w)
        out.append(w)
    return out


def read_report(d, stem):
    raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def fold_letters(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang, d):
    text = open(path, encoding="utf-8").read()
    for fname in sorted(os.listdir(d)):
        if not fname.endswith(".gold.json"):
            continue
        stem = fname[: -len(".gold.json")]
        _, body = read_report(d, stem)
        if body != text:
            continue
        gold = json.load(open(os.path.join(d, fname), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            start = end = 0
            mention = None
            if g.get("person"):
                keys = g.get("surname_keys") or sc.keys_for(g["person"])
                for m in WORD_RE.finditer(text):
                    if any(sc.key_matches_token(k, m.group(0)) for k in keys):
                        start, end, mention = m.start(), m.end(), m.group(0)
                        break
            claims.append({
                "type": g["type"],
                "person": ({"name": g["person"], "mention": mention, "person_id": None}
                           if g.get("person") else None),
                "date": g.get("date"), "date_precision": precision_of(g.get("date")),
                "destination_country": g.get("destination_country"),
                "term_months": g.get("term_months"), "count": g.get("count"),
                "confidence": 1.0,
                "evidence": {"start": start, "end": end, "text": text[start:end]},
            })
        print(json.dumps({"published": published, "language": lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d, stats=False):
    errs = []

    def err(check, msg):
        errs.append(f"[check {check}] {msg}")

    stems = sorted(f[: -len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))
    try:
        spellings = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(2, f"spellings.json unreadable: {e}")
        spellings = {}
    all_claims, all_traps, word_counts, langs = [], [], {}, {}

    for stem in stems:
        raw, body = read_report(d, stem)
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        all_claims += claims
        all_traps += traps
        # ---- check 7: header, words, language split, publication dates
        published, lang = raw[0].strip(), raw[1].strip()
        langs[stem] = lang
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) and valid_date(published)):
            err(7, f"{stem}: bad publication date {published!r}")
        elif not FIRST_DAY <= published <= LAST_DAY:
            err(7, f"{stem}: publication date {published} outside {FIRST_DAY}..{LAST_DAY}")
        if lang not in ("en", "ru", "be"):
            err(7, f"{stem}: bad language {lang!r}")
        if LANG_OF.get(stem) != lang:
            err(7, f"{stem}: language {lang} but the split wants {LANG_OF.get(stem)}")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(7, f"{stem}: header must be date, language, blank line, then the headline")
        if gold.get("published") != published or gold.get("language") != lang:
            err(7, f"{stem}: gold published/language differ from the header")
        n_words = len(body.split())
        word_counts[stem] = n_words
        if not 150 <= n_words <= 550:
            err(7, f"{stem}: {n_words} words (want 150-550)")
        # ---- check 8: scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(8, f"{stem}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(8, f"{stem}: Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", body):
            err(8, f"{stem}: Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            err(8, f"{stem}: English text contains Cyrillic")

        tokens = words_of(body, lang)
        caps = sorted({t for t in tokens if t[:1].isupper()})
        sp = spellings.get(stem)
        if not sp:
            err(2, f"{stem}: no entry in spellings.json")
            sp = {"language": None, "persons": []}
        if sp.get("language") != lang:
            err(2, f"{stem}: spellings language {sp.get('language')} != {lang}")
        persons = {p["person"]: p for p in sp.get("persons", [])}

        # ---- check 1: gold persons named in the text, gold name meets its own keys
        for g in claims:
            if g.get("type") == "group_release":
                continue
            name, keys = g.get("person"), g.get("surname_keys") or []
            if not name or not keys:
                err(1, f"{stem}: {g.get('type')} without person or keys")
                continue
            if not any(sc.person_matches(t, keys) for t in tokens):
                err(1, f"{stem}: no token of the text matches {name} {keys}")
            if not sc.person_matches(name, keys, name):
                err(1, f"{stem}: person_matches rejects {name} with its own keys {keys}")

        # ---- check 2: keys, spellings, relatives
        named = {g["person"] for g in claims if g.get("person")} | {t.get("person") for t in traps}
        for name in sorted(n for n in named if n):
            if name not in persons:
                err(2, f"{stem}: {name} missing from spellings.json")
        for g in claims:
            if g.get("person") in persons and g.get("surname_keys") != persons[g["person"]]["surname_keys"]:
                err(2, f"{stem}: gold keys of {g['person']} differ from spellings.json")
        for name, p in persons.items():
            keys = p.get("surname_keys") or []
            own = set(p.get("surname_forms", []))
            rel_forms = set()
            for r in p.get("relatives", []):
                if r not in persons:
                    err(2, f"{stem}: relative {r} of {name} not in spellings.json")
                    continue
                rel_forms |= set(persons[r].get("surname_forms", []))
                if name not in persons[r].get("relatives", []):
                    err(2, f"{stem}: relative link {name} -> {r} is one-way")
                rkeys = persons[r].get("surname_keys") or []
                if sc.person_matches(r, keys, name):
                    err(2, f"{stem}: person_matches({r!r}, keys of {name}) succeeds")
                if sc.person_matches(name, rkeys, r):
                    err(2, f"{stem}: person_matches({name!r}, keys of {r}) succeeds")
            for form in own:
                if not any(sc.key_matches_token(k, form) for k in keys):
                    err(2, f"{stem}: keys {keys} of {name} miss the spelling {form}")
            for tok in caps:
                if tok in own or tok in rel_forms:
                    continue
                if any(sc.key_matches_token(k, tok) for k in keys):
                    err(2, f"{stem}: keys {keys} of {name} also match {tok!r}")
        # ---- check 3: listed spellings occur; near-spellings are listed
        token_set = set(tokens)
        listed = set()
        for name, p in persons.items():
            for form in p.get("surname_forms", []) + p.get("given_forms", []):
                listed.add(form)
                if form not in token_set:
                    err(3, f"{stem}: listed spelling {form!r} of {name} does not occur")
        prefixes = {fold_letters(f)[:4] for p in persons.values() for f in p.get("surname_forms", [])}
        for tok in caps:
            if fold_letters(tok)[:4] in prefixes and tok not in listed:
                err(3, f"{stem}: {tok!r} shares a 4-letter prefix with a surname but is not listed")

        # ---- check 5: traps
        seen = set()
        for t in traps:
            tname = t.get("person")
            if t.get("type") not in TYPES or t.get("type") == "group_release":
                err(5, f"{stem}: trap type {t.get('type')!r} invalid")
            if t.get("kind") not in KINDS:
                err(5, f"{stem}: trap kind {t.get('kind')!r} invalid")
            if not isinstance(t.get("why"), str) or len(t["why"].strip()) < 8:
                err(5, f"{stem}: trap on {tname} lacks a why")
            if set(t) != {"type", "person", "why", "kind"}:
                err(5, f"{stem}: trap on {tname} has fields {sorted(t)}")
            if (t.get("type"), tname) in seen:
                err(5, f"{stem}: trap {t.get('type')} {tname} listed twice")
            seen.add((t.get("type"), tname))
            if not tname:
                err(5, f"{stem}: trap without person")
                continue
            own_keys = persons.get(tname, {}).get("surname_keys") or sc.keys_for(tname)
            if not any(sc.person_matches(tok, own_keys) for tok in tokens):
                err(5, f"{stem}: trap person {tname} is not named in the text")
            for g in claims:
                if g.get("type") != t.get("type") or not g.get("person"):
                    continue
                for keys in (sc.keys_for(tname), own_keys):
                    if sc.person_matches(g["person"], keys, tname):
                        err(5, f"{stem}: trap {t['type']} {tname} matched by gold {g['person']} ({keys})")

        # ---- check 6: claim fields and consistency
        def same_person(a, b):
            if a == b:
                return True
            kb = persons.get(b, {}).get("surname_keys") or sc.keys_for(b)
            return bool(a) and sc.person_matches(a, kb, b)

        for g in claims:
            typ = g.get("type")
            if set(g) != set(FIELDS):
                err(6, f"{stem}: claim {typ} {g.get('person')} has fields {sorted(g)}")
            if typ not in TYPES:
                err(6, f"{stem}: bad type {typ!r}")
            if not valid_date(g.get("date")):
                err(6, f"{stem}: bad date {g.get('date')!r} on {typ} {g.get('person')}")
            elif g.get("date") and g["date"] > published[: len(g["date"])]:
                err(6, f"{stem}: date {g['date']} after publication on {typ} {g.get('person')}")
            if typ == "deported":
                if g.get("destination_country") not in ISO:
                    err(6, f"{stem}: deported {g.get('person')} lacks an ISO country")
                if not any(c["type"] == "released" and c.get("person") == g.get("person") for c in claims):
                    err(6, f"{stem}: deported {g.get('person')} without released")
            elif g.get("destination_country") is not None:
                err(6, f"{stem}: destination_country on {typ}")
            if typ == "pardoned" and not any(c["type"] == "released" and c.get("person") == g.get("person") for c in claims):
                err(6, f"{stem}: pardoned {g.get('person')} without released")
            if typ == "sentenced":
                tm = g.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(6, f"{stem}: bad term {tm!r}")
            elif g.get("term_months") is not None:
                err(6, f"{stem}: term_months on {typ}")
            if typ == "group_release":
                if g.get("person") is not None or g.get("surname_keys"):
                    err(6, f"{stem}: group_release with a person")
                if not isinstance(g.get("count"), int) or g["count"] <= 0:
                    err(6, f"{stem}: group_release without a positive count")
            else:
                if g.get("count") is not None:
                    err(6, f"{stem}: count on {typ}")
                if not g.get("person"):
                    err(6, f"{stem}: {typ} without a person")
        for t in traps:
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(t.get("type"), ())
            for g in claims:
                if g.get("type") in excl and g.get("person") and same_person(g["person"], t.get("person")):
                    err(6, f"{stem}: {t['type']} trap on {t['person']} contradicts gold {g['type']}")

    # ---- check 7: the set as a whole
    split = [sum(1 for s in stems if langs.get(s) == lg) for lg in ("en", "ru", "be")]
    if split != [14, 10, 6] or stems != [f"{i:02d}" for i in range(1, 31)]:
        err(7, f"split {split} over {len(stems)} reports (want 14/10/6, 01..30)")

    # ---- check 8: coverage and trap share
    types = {c.get("type") for c in all_claims}
    kinds = {t.get("kind") for t in all_traps}
    for typ in TYPES:
        if typ not in types:
            err(8, f"event type {typ} not covered")
    for k in KINDS:
        if k not in kinds:
            err(8, f"trap kind {k} not covered")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        err(8, f"trap share {share:.3f} outside 0.25-0.30")

    # ---- check 4: the gold as extractor output scores perfectly
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30):
        err(4, f"oracle score P={res['precision']} R={res['recall']} F1={res['f1']} "
               f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")
        for line in res["details"][:20]:
            err(4, "  " + line)
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            err(4, f"oracle {k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")

    if stats:
        from collections import Counter
        print(f"reports: {len(stems)} ({split[0]} en / {split[1]} ru / {split[2]} be)")
        wc = list(word_counts.values())
        if wc:
            print(f"words: total {sum(wc)}, min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")
        ct = Counter(c.get("type") for c in all_claims)
        print(f"claims: {len(all_claims)}")
        for typ in TYPES:
            print(f"  {typ:26} {ct.get(typ, 0)}")
        ck = Counter(t.get("kind") for t in all_traps)
        print(f"traps: {len(all_traps)}")
        for k in KINDS:
            print(f"  {k:26} {ck.get(k, 0)}")
        print(f"trap share: {share:.3f} ({len(all_traps)}/{total})")
        for s in stems:
            g = json.load(open(os.path.join(d, s + ".gold.json"), encoding="utf-8"))
            print(f"  {s} {g['published']} {g['language']} words={word_counts.get(s)} "
                  f"claims={len(g['claims'])} traps={len(g['must_not'])}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang, args.dir)
    errs = run_checks(args.dir, args.stats)
    for e in errs:
        print(e)
    if errs:
        print(f"{len(errs)} PROBLEM(S)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
