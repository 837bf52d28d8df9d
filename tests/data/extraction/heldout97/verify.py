#!/usr/bin/env python3
"""Self-check for the heldout97 blind extraction set.

  python3 verify.py                 run all checks on this directory
  python3 verify.py --dir DIR       run them on another copy
  python3 verify.py --stats         also print counts
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    `volia extract` output (used by check 4)

Needs only the standard library and shared/tools/score_claims.py (found through
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file).
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
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
ISO2 = {"LT", "PL", "UA", "LV", "DE", "RU", "GE", "US", "EE", "CZ", "FR", "GB", "SE", "NO", "FI"}
LANGS = {"en": 14, "ru": 10, "be": 6}
FIRST, LAST = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def letters(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def valid_date(d):
    if d is None:
        return True
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(d) == n:
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    # FILE is either the bare text the scorer writes, or a report file with its header
    headerless = "\n".join(text.split("\n")[3:])
    for stem in stems(d):
        pub, lg, _, body = read_report(os.path.join(d, stem + ".txt"))
        if body == text or (re.match(r"\d{4}-\d{2}-\d{2}\n", text) and body == headerless):
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
                person = None
                if c.get("person"):
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or pub, "language": lang or lg,
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def check(d, stats=False):
    errs = []
    E = errs.append
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    ss = stems(d)
    if ss != ["%02d" % i for i in range(1, 31)]:
        E(f"expected reports 01..30, found {ss}")
    type_count, kind_count, lang_count = Counter(), Counter(), Counter()
    words_total, n_claims, n_traps = 0, 0, 0
    words_by = {}
    for stem in ss:
        P = f"{stem}:"
        pub, lang, blank, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        # 7. header, words, dates, split
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
            E(f"{P} bad publication date {pub!r}")
        elif not (FIRST <= pub <= LAST):
            E(f"{P} publication date {pub} outside {FIRST}..{LAST}")
        if lang not in LANGS:
            E(f"{P} bad language {lang!r}")
        if blank.strip():
            E(f"{P} line 3 is not blank")
        if gold.get("published") != pub or gold.get("language") != lang:
            E(f"{P} gold header differs from report header")
        lines = [l for l in body.split("\n") if l.strip()]
        if not lines:
            E(f"{P} empty body")
        n_words = len(body.split())
        words_by[stem] = n_words
        words_total += n_words
        if not (150 <= n_words <= 550):
            E(f"{P} {n_words} words, outside 150..550")
        lang_count[lang] += 1
        # 8. scripts
        low = body.lower()
        if lang == "be":
            if re.search(r"[ищъ]", low):
                E(f"{P} Belarusian text contains и/щ/ъ")
            if "ў" not in low or "і" not in low:
                E(f"{P} Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўі]", low):
            E(f"{P} Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            E(f"{P} English text contains Cyrillic")
        toks = tokens(body, lang)
        tokset = set(toks)
        caps = {t for t in toks if t[:1].isupper()}
        sp = spell.get(stem)
        if not sp:
            E(f"{P} missing from spellings.json")
            continue
        if sp.get("language") != lang:
            E(f"{P} spellings language differs")
        persons = {p["person"]: p for p in sp.get("persons", [])}
        all_listed = set()
        for p in persons.values():
            all_listed |= set(p.get("surname_forms", [])) | set(p.get("given_forms", []))
        # 2/3. spellings
        for name, p in persons.items():
            keys = p.get("surname_keys") or []
            forms = p.get("surname_forms") or []
            if not keys or not forms:
                E(f"{P} {name}: keys or surname forms missing")
                continue
            for k in keys:
                if k != k.lower() or not re.fullmatch(r"[a-z]+", k):
                    E(f"{P} {name}: key {k!r} is not folded lower-case Latin")
            if not sc.person_matches(name, keys, name):
                E(f"{P} {name}: person_matches rejects the name with its own keys")
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    E(f"{P} {name}: keys {keys} do not match listed form {f!r}")
            rel_forms = set()
            for r in p.get("relatives", []):
                if r not in persons:
                    E(f"{P} {name}: relative {r!r} not listed")
                    continue
                if name not in persons[r].get("relatives", []):
                    E(f"{P} relative link {name} -> {r} is one-way")
                rel_forms |= set(persons[r].get("surname_forms", []))
                if sc.person_matches(name, persons[r]["surname_keys"], r):
                    E(f"{P} person_matches confuses {name} with relative {r}")
            for t in caps:
                if t in forms or t in rel_forms:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    E(f"{P} {name}: keys {keys} match unlisted capitalised word {t!r}")
            for f in list(forms) + list(p.get("given_forms", [])):
                if f not in tokset:
                    E(f"{P} {name}: listed spelling {f!r} does not occur in the text")
            for f in forms:
                pre = letters(f)[:4]
                for t in caps:
                    if letters(t)[:4] == pre and t not in all_listed:
                        E(f"{P} {name}: capitalised {t!r} shares prefix with {f!r} but is not listed")
        # 1. gold persons
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        for c in claims:
            t = c.get("type")
            type_count[t] += 1
            if t not in TYPES:
                E(f"{P} unknown claim type {t!r}")
                continue
            if set(c) != set(FIELDS):
                E(f"{P} claim fields {sorted(c)}")
            # 6. field discipline
            if not valid_date(c.get("date")):
                E(f"{P} invalid date {c.get('date')!r}")
            elif c.get("date") and c["date"] > pub[:len(c["date"])]:
                E(f"{P} date {c['date']} after publication {pub}")
            if (c.get("destination_country") is not None) != (t == "deported"):
                E(f"{P} destination_country on wrong type / missing on deported: {c}")
            if t == "deported" and c.get("destination_country") not in ISO2:
                E(f"{P} deported without a valid ISO country: {c}")
            if c.get("term_months") is not None and (t != "sentenced" or c["term_months"] <= 0):
                E(f"{P} term_months misplaced: {c}")
            if t == "group_release":
                if c.get("person") is not None or c.get("surname_keys") or not (
                        isinstance(c.get("count"), int) and c["count"] > 0):
                    E(f"{P} group_release needs null person, no keys and a positive count")
                continue
            if c.get("count") is not None:
                E(f"{P} count on non-group claim: {c}")
            name = c.get("person")
            if name not in persons:
                E(f"{P} gold person {name!r} missing from spellings.json")
                continue
            if c.get("surname_keys") != persons[name]["surname_keys"]:
                E(f"{P} {name}: gold keys differ from spellings.json keys")
            if not any(sc.key_matches_token(k, tok) for k in c["surname_keys"] for tok in toks):
                E(f"{P} {name}: no token of the report matches the gold keys")
            if not sc.person_matches(name, c["surname_keys"], name):
                E(f"{P} {name}: person_matches rejects gold name with its own keys")
        for c in claims:
            if c.get("type") in ("deported", "pardoned"):
                if not any(o["type"] == "released" and o.get("person") == c.get("person")
                           for o in claims):
                    E(f"{P} {c['type']} without released for {c.get('person')}")
        # 5. traps
        seen = set()
        for m in traps:
            kind_count[m.get("kind")] += 1
            if set(m) != {"type", "person", "why", "kind"}:
                E(f"{P} trap fields {sorted(m)}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                E(f"{P} trap type {m.get('type')!r}")
            if m.get("kind") not in KINDS:
                E(f"{P} trap kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                E(f"{P} trap why missing: {m}")
            key = (m.get("type"), m.get("person"))
            if key in seen:
                E(f"{P} trap listed twice: {key}")
            seen.add(key)
            name = m.get("person")
            if name not in persons:
                E(f"{P} trap person {name!r} missing from spellings.json")
                continue
            own = persons[name]["surname_keys"]
            if not any(sc.key_matches_token(k, tok) for k in own for tok in toks):
                E(f"{P} trap person {name} is not named in the text")
            if not any(sc.key_matches_token(k, tok) for k in sc.keys_for(name) for tok in toks):
                E(f"{P} trap person {name}: keys_for finds no token")
            excl = {m["type"]}
            if m["type"] == "released":
                excl |= {"released", "pardoned", "deported"}
            for c in claims:
                if c["type"] not in excl or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(name), name)
                        or sc.person_matches(c["person"], own, name)):
                    E(f"{P} trap {m['type']} {name} is matched by gold {c['type']} {c['person']}")
    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30
            and a.get("date_ok") == a.get("date_total")
            and a.get("dest_ok") == a.get("dest_total")
            and a.get("term_ok") == a.get("term_total")):
        E(f"oracle score not perfect: P={res['precision']} R={res['recall']} F1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
          f"attrs={a} {res['details'][:8]}")
    # 7/8. totals
    for lg, n in LANGS.items():
        if lang_count[lg] != n:
            E(f"language split: {lg}={lang_count[lg]}, expected {n}")
    for t in TYPES:
        if not type_count[t]:
            E(f"claim type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            E(f"trap kind {k} not covered")
    share = n_traps / max(n_claims + n_traps, 1)
    if not (0.25 <= share <= 0.30):
        E(f"traps are {share:.1%} of entries, outside 25-30 %")
    if stats:
        print(f"reports={len(ss)} languages={dict(lang_count)} words={words_total} "
              f"(min {min(words_by.values())}, max {max(words_by.values())})")
        print(f"claims={n_claims} traps={n_traps} trap share={share:.1%}")
        print("claims by type: " + ", ".join(f"{t}={type_count[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k}={kind_count[k]}" for k in KINDS))
        print("words per report: " + " ".join(f"{s}:{n}" for s, n in words_by.items()))
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} attrs={a}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
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
