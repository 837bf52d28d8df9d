#!/usr/bin/env python3
"""Self-check of the heldout98 extraction evaluation set.

  python3 verify.py                 run every check on this folder
  python3 verify.py --dir DIR       run every check on another copy
  python3 verify.py --stats         also print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
                                    print the gold of the report whose text is FILE as
                                    `volia extract` output (shape of shared/docs/domain.md)

Needs only the standard library and the scorer module score_claims.py, taken from
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
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
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("AD AE AF AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL "
           "IS IT KZ LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TR UA US UZ".split())
LANGS = {"en": 14, "ru": 10, "be": 6}
FIRST, LAST = "2021-01-01", "2026-11-20"
PUNCT = ".,;:()«»\"'“”„!?—–…[]/"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def tokens(text):
    """Whitespace tokens with edge punctuation and an English possessive stripped; hyphenated
    tokens also give their parts (as the scorer's tokens_of does)."""
    out = []
    for raw in text.split():
        t = raw.strip(PUNCT + "-")
        if t.endswith("'s") or t.endswith("’s"):
            t = t[:-2]
        t = t.strip(PUNCT + "-")
        if not t:
            continue
        out.append(t)
        if "-" in t:
            out.extend(x for x in t.split("-") if x)
    return out


def folded(t):
    return re.sub(r"[^a-z]", "", sc.fold(t))


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""))


# ----------------------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir
    text = open(args.oracle, encoding="utf-8").read()
    for stem in stems(d):
        pub, lang, _, body = read_report(os.path.join(d, stem + ".txt"))
        if body != text:
            continue
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            person = None
            start, end = 0, 0
            if g["person"]:
                mention = g["person"]
                for m in re.finditer(r"\S+", body):
                    t = m.group(0).strip(PUNCT + "-")
                    if any(sc.key_matches_token(k, t) for k in g["surname_keys"]):
                        mention, start, end = t, m.start(), m.end()
                        break
                person = {"name": g["person"], "mention": mention, "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g["date"],
                           "date_precision": precision(g["date"]),
                           "destination_country": g["destination_country"],
                           "term_months": g["term_months"], "count": g["count"],
                           "confidence": 1.0,
                           "evidence": {"start": start, "end": end, "text": body[start:end]}})
        print(json.dumps({"published": args.published or pub, "language": args.lang or lang,
                          "claims": claims}, ensure_ascii=False))
        return 0
    print(f"oracle: no report in {d} has the text of {args.oracle}", file=sys.stderr)
    return 2


# ----------------------------------------------------------------------------- checks
def check(d, want_stats=False):
    errs = []
    E = errs.append
    spath = os.path.join(d, "spellings.json")
    spell = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    if not spell:
        E("spellings.json missing or empty")
    st = stems(d)
    if st != [f"{i:02d}" for i in range(1, 31)]:
        E(f"expected reports 01..30, found {st}")
    langs = Counter()
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    words = {}
    for stem in st:
        pub, lang, blank, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        P = f"{stem}:"
        # -- 7. header, words, dates
        if not valid_date(pub) or len(pub) != 10:
            E(f"{P} bad publication date {pub!r}")
            pub = "0000-00-00"
        elif not (FIRST <= pub <= LAST):
            E(f"{P} publication date {pub} outside {FIRST}..{LAST}")
        if lang not in LANGS:
            E(f"{P} bad language {lang!r}")
        if blank.strip():
            E(f"{P} line 3 is not blank")
        if gold.get("published") != pub or gold.get("language") != lang:
            E(f"{P} gold published/language differ from the header")
        langs[lang] += 1
        nw = len(body.split())
        words[stem] = nw
        if not 150 <= nw <= 550:
            E(f"{P} {nw} words, outside 150..550")
        # -- 8. scripts
        low = body.lower()
        if lang == "be":
            bad = sorted(set(re.findall(r"[ищъ]", low)))
            if bad:
                E(f"{P} Belarusian text contains {bad}")
            if "ў" not in low or "і" not in low:
                E(f"{P} Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўі]", low)))
            if bad:
                E(f"{P} Russian text contains {bad}")
        elif lang == "en" and CYRILLIC.search(body):
            E(f"{P} English text contains Cyrillic")

        toks = tokens(body)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        sp = spell.get(stem, {})
        if sp.get("language") != lang:
            E(f"{P} spellings language {sp.get('language')!r} != {lang!r}")
        people = {p["person"]: p for p in sp.get("persons", [])}
        if len(people) != len(sp.get("persons", [])):
            E(f"{P} a person is listed twice in spellings.json")
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        named = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for name in sorted(n for n in named if n):
            if name not in people:
                E(f"{P} {name} has no spellings.json entry")
        for name in people:
            if name not in named:
                E(f"{P} spellings.json lists {name}, who is in no claim or trap")

        # -- 1-3. names, keys, spellings, relatives
        for name, p in people.items():
            keys = p.get("surname_keys") or []
            forms = p.get("surname_forms") or []
            rel_forms = set()
            for r in p.get("relatives", []):
                if r not in people:
                    E(f"{P} relative {r} of {name} not in spellings.json")
                    continue
                if name not in people[r].get("relatives", []):
                    E(f"{P} relative link {name} -> {r} is one-way")
                rel_forms |= set(people[r].get("surname_forms", []))
                if sc.person_matches(r, keys, name):
                    E(f"{P} person_matches accepts relative {r} as {name}")
                if sc.person_matches(name, people[r]["surname_keys"], r):
                    E(f"{P} person_matches accepts {name} as relative {r}")
            if keys != [k for k in keys if k == k.lower() and re.fullmatch(r"[a-z]+", k)]:
                E(f"{P} keys of {name} are not lower-case Latin: {keys}")
            if not any(any(sc.key_matches_token(k, t) for k in keys) for t in toks):
                E(f"{P} {name} is not matched by any token of the report")
            if not sc.person_matches(name, keys, name):
                E(f"{P} person_matches rejects {name} with its own keys")
            if not forms:
                E(f"{P} {name} has no surname_forms")
            for f in forms:
                if f not in tokset:
                    E(f"{P} surname form {f!r} of {name} does not occur in the text")
                if not any(sc.key_matches_token(k, f) for k in keys):
                    E(f"{P} keys {keys} of {name} miss the listed spelling {f!r}")
            for f in p.get("given_forms", []):
                if f not in tokset:
                    E(f"{P} given form {f!r} of {name} does not occur in the text")
            allowed = set(forms) | rel_forms
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    E(f"{P} keys {keys} of {name} also match the unlisted word {t!r}")
                if any(len(folded(f)) >= 4 and folded(t)[:4] == folded(f)[:4] for f in forms):
                    E(f"{P} {t!r} shares a 4-letter prefix with a surname of {name} but is not listed")

        # -- 6. claim fields and dates
        seen_claims = Counter()
        for c in claims:
            n_claims += 1
            typ = c.get("type")
            types[typ] += 1
            if set(c) != CLAIM_FIELDS:
                E(f"{P} claim fields {sorted(c)}")
                continue
            if typ not in TYPES:
                E(f"{P} unknown claim type {typ}")
            if not valid_date(c["date"]):
                E(f"{P} invalid date {c['date']!r}")
            elif c["date"] and c["date"] > pub[:len(c["date"])]:
                E(f"{P} {typ} {c['person']} dated {c['date']} after publication {pub}")
            if typ == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    E(f"{P} group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    E(f"{P} group_release without a positive count")
            else:
                if not c["person"]:
                    E(f"{P} {typ} without a person")
                elif c["person"] in people and c["surname_keys"] != people[c["person"]]["surname_keys"]:
                    E(f"{P} keys of {typ} {c['person']} differ from spellings.json")
                if c["count"] is not None:
                    E(f"{P} count on {typ}")
            if typ == "deported":
                if c["destination_country"] not in ISO2:
                    E(f"{P} deported {c['person']} without an ISO country")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    E(f"{P} deported {c['person']} without released")
            elif c["destination_country"] is not None:
                E(f"{P} destination_country on {typ}")
            if typ == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    E(f"{P} bad term {c['term_months']}")
            elif c["term_months"] is not None:
                E(f"{P} term_months on {typ}")
            if typ == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                E(f"{P} pardoned {c['person']} without released")
            seen_claims[json.dumps(c, sort_keys=True, ensure_ascii=False)] += 1
        for k, v in seen_claims.items():
            if v > 1:
                E(f"{P} claim listed twice: {k}")

        # -- 5. traps
        seen = set()
        for m in traps:
            n_traps += 1
            kinds[m.get("kind")] += 1
            if set(m) != TRAP_FIELDS:
                E(f"{P} trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                E(f"{P} trap type {m['type']!r}")
            if m["kind"] not in KINDS:
                E(f"{P} trap kind {m['kind']!r}")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                E(f"{P} trap without a why")
            key = (m["type"], m["person"])
            if key in seen:
                E(f"{P} trap listed twice: {key}")
            seen.add(key)
            own = people.get(m["person"], {}).get("surname_keys", [])
            if not any(any(sc.key_matches_token(k, t) for k in (own or sc.keys_for(m["person"]))) for t in toks):
                E(f"{P} trap person {m['person']} is not named in the text")
            for c in claims:
                if not c.get("person"):
                    continue
                same = c["person"] == m["person"] or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]) \
                    or (own and sc.person_matches(c["person"], own, m["person"]))
                if c["type"] == m["type"] and same:
                    E(f"{P} trap {m['type']} {m['person']} is matched by gold claim {c['person']}")
                if m["type"] == "released" and same and c["type"] in ("released", "pardoned", "deported"):
                    E(f"{P} released trap on {m['person']} but gold {c['type']} for {c['person']}")

    # -- 7/8. totals
    for lang, n in LANGS.items():
        if langs[lang] != n:
            E(f"language split: {lang}={langs[lang]}, expected {n}")
    for t in TYPES:
        if not types[t]:
            E(f"event type {t} missing from gold")
    for k in KINDS:
        if not kinds[k]:
            E(f"trap kind {k} missing")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        E(f"traps are {share:.1%} of all entries, outside 25..30 %")

    # -- 4. the gold as extractor output scores 1.0
    if st:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
                and res["errors"] == 0 and res["articles"] == len(st)
                and a.get("date_ok", 0) == a.get("date_total", 0)
                and a.get("dest_ok", 0) == a.get("dest_total", 0)
                and a.get("term_ok", 0) == a.get("term_total", 0)):
            E(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} errors={res['errors']} attributes={a} "
              f"details={res['details'][:10]}")
    if want_stats:
        print("languages:", dict(langs))
        print(f"claims: {n_claims}")
        for t in TYPES:
            print(f"  {t:26} {types[t]}")
        print(f"traps: {n_traps} ({share:.1%} of {total} entries)")
        for k in KINDS:
            print(f"  {k:26} {kinds[k]}")
        wl = list(words.values())
        if wl:
            print(f"words: total {sum(wl)}, min {min(wl)}, max {max(wl)}, mean {sum(wl) / len(wl):.0f}")
            print("  " + " ".join(f"{s}:{n}" for s, n in words.items()))
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    errs = check(args.dir, args.stats)
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
