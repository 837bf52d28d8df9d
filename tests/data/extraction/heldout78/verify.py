#!/usr/bin/env python3
"""Self-check of the heldout78 evaluation set.

  python3 verify.py                 run all checks; prints ALL CHECKS PASSED when everything holds
  python3 verify.py --dir DIR       check another copy of the set (e.g. a deliberately broken one)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as extractor
                                    output (the extraction JSON of shared/docs/domain.md)

The graders' scorer is imported from $VOLIA_SCORER_DIR, otherwise from
../../../../../shared/tools relative to this file. Standard library only otherwise.
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
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO2 = {"LT", "PL", "UA", "LV", "DE", "RU", "GE", "US", "CZ", "SK", "EE", "FI", "SE", "NL", "FR", "GB"}
EXPECTED_LANG = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
                 **{f"{i:02d}": "be" for i in range(25, 31)}}
TOKEN = re.compile(r"[^\W\d_]+")
WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"


def ff(s):
    return re.sub(r"[^a-z]", "", fold(s))


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def load(d, err):
    reports = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".gold.json"):
            stem = name[: -len(".gold.json")]
            try:
                raw, text = read_report(os.path.join(d, stem + ".txt"))
                gold = json.load(open(os.path.join(d, name), encoding="utf-8"))
            except (OSError, ValueError) as e:
                err(f"7: {stem} cannot be read: {e}")
                continue
            reports[stem] = {"raw": raw, "text": text, "gold": gold}
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(f"2: spellings.json cannot be read: {e}")
        spell = {}
    return reports, spell


def period_start(d):
    parts = d.split("-")
    return datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    try:
        period_start(d)
        return True
    except ValueError:
        return False


def precision_of(d):
    return {None: None, 4: "year", 7: "month", 10: "day"}[len(d) if d else None]


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".txt"):
            continue
        raw, body = read_report(os.path.join(HERE, name))
        if body == text and raw[0].strip() == published and raw[1].strip() == lang:
            gold = json.load(open(os.path.join(HERE, name[:-4] + ".gold.json"), encoding="utf-8"))
            break
    else:
        print(json.dumps({"error": "unknown report"}))
        return 1
    claims = []
    for c in gold["claims"]:
        person, ev = None, {"start": 0, "end": 0, "text": ""}
        if c["person"]:
            keys = c["surname_keys"]
            mention = c["person"].split()[-1]
            for m in TOKEN.finditer(text):
                if any(key_matches_token(k, m.group(0)) for k in keys):
                    mention = m.group(0)
                    s, e = max(0, m.start() - 60), min(len(text), m.end() + 60)
                    ev = {"start": s, "end": e, "text": text[s:e]}
                    break
            person = {"name": c["person"], "mention": mention, "person_id": None}
        claims.append({"type": c["type"], "person": person, "date": c["date"],
                       "date_precision": precision_of(c["date"]),
                       "destination_country": c["destination_country"], "term_months": c["term_months"],
                       "count": c["count"], "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d, verbose=True):
    errors = []
    err = errors.append
    reports, spell = load(d, err)

    # 7. headers, length, language split, publication range
    if sorted(reports) != sorted(EXPECTED_LANG):
        err(f"7: expected reports 01..30, found {sorted(reports)}")
    for rid, r in reports.items():
        raw, gold = r["raw"], r["gold"]
        if len(raw) < 5 or not valid_date(raw[0].strip()) or len(raw[0].strip()) != 10:
            err(f"7: {rid} line 1 is not a YYYY-MM-DD date")
            continue
        pub, lang = raw[0].strip(), raw[1].strip()
        if lang not in ("en", "ru", "be"):
            err(f"7: {rid} line 2 is not en/ru/be")
        if lang != EXPECTED_LANG.get(rid):
            err(f"7: {rid} language {lang}, expected {EXPECTED_LANG.get(rid)} (split 14/10/6)")
        if raw[2].strip():
            err(f"7: {rid} line 3 is not blank")
        if not raw[3].strip():
            err(f"7: {rid} line 4 (headline) is empty")
        if not (PUB_MIN <= pub <= PUB_MAX):
            err(f"7: {rid} published {pub} outside {PUB_MIN}..{PUB_MAX}")
        n = len(WORD.findall(r["text"]))
        if not 150 <= n <= 550:
            err(f"7: {rid} has {n} words (150-550)")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"7: {rid} gold published/language disagree with the header")
        r["pub"], r["lang"] = pub, lang
    langs = [r.get("lang") for r in reports.values()]
    if (langs.count("en"), langs.count("ru"), langs.count("be")) != (14, 10, 6):
        err(f"7: language split is {langs.count('en')}/{langs.count('ru')}/{langs.count('be')}, expected 14/10/6")

    # 8. scripts
    for rid, r in reports.items():
        t, lang = r["text"], r.get("lang")
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", t):
                err(f"8: {rid} Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", t) or not re.search(r"[іІ]", t):
                err(f"8: {rid} Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", t):
                err(f"8: {rid} Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", t):
                err(f"8: {rid} English text contains Cyrillic")

    n_claims = n_traps = 0
    types_seen, kinds_seen = set(), set()
    for rid, r in reports.items():
        text, gold = r["text"], r["gold"]
        pub = r.get("pub", "9999-12-31")
        toks = TOKEN.findall(text)
        tokset = set(toks)
        caps = [t for t in toks if t[0].isupper()]
        sp = spell.get(rid)
        if sp is None:
            err(f"2: {rid} missing from spellings.json")
            sp = {}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # 6. claim shape and consistency
        gold_by = {}
        for c in claims:
            t, p = c.get("type"), c.get("person")
            types_seen.add(t)
            if t not in TYPES:
                err(f"6: {rid} unknown claim type {t}")
                continue
            gold_by.setdefault(p, set()).add(t)
            dt = c.get("date")
            if dt is not None and (not valid_date(dt) or period_start(dt) > datetime.date.fromisoformat(pub)):
                err(f"6: {rid} {t} {p}: bad or future date {dt}")
            if t == "group_release":
                if p is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(f"6: {rid} group_release needs null person and positive count")
            else:
                if not p or not c.get("surname_keys"):
                    err(f"6: {rid} {t} needs a person and surname_keys")
                if c.get("count") is not None:
                    err(f"6: {rid} {t} {p}: count set outside group_release")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    err(f"6: {rid} deported {p}: destination_country {c.get('destination_country')} not ISO alpha-2")
            elif c.get("destination_country") is not None:
                err(f"6: {rid} {t} {p}: destination_country set outside deported")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(f"6: {rid} sentenced {p}: bad term_months {tm}")
            elif c.get("term_months") is not None:
                err(f"6: {rid} {t} {p}: term_months set outside sentenced")
        for p, ts in gold_by.items():
            if "deported" in ts and "released" not in ts:
                err(f"6: {rid} {p}: deported without released")
            if "pardoned" in ts and "released" not in ts:
                err(f"6: {rid} {p}: pardoned without released")

        # 1. every gold person is found in the text and accepted by the scorer
        for c in claims:
            p = c.get("person")
            if not p:
                continue
            keys = c.get("surname_keys") or []
            if not any(key_matches_token(k, tok) for k in keys for tok in toks):
                err(f"1: {rid} {p}: no token of the report matches keys {keys}")
            if not person_matches(p, keys, p):
                err(f"1: {rid} {p}: person_matches rejects the gold name with its own keys")

        # 2. keys vs spellings
        people = {c["person"] for c in claims if c.get("person")} | {m.get("person") for m in traps}
        for p in sorted(x for x in people if x):
            if p not in sp:
                err(f"2: {rid} {p} not listed in spellings.json")
        for c in claims:
            p = c.get("person")
            if p and p in sp and sorted(sp[p]["keys"]) != sorted(c.get("surname_keys") or []):
                err(f"2: {rid} {p}: gold keys {c.get('surname_keys')} differ from spellings keys {sp[p]['keys']}")
        for p, e in sp.items():
            keys = e.get("keys") or []
            if not keys:
                err(f"2: {rid} {p}: no keys in spellings.json")
            for k in keys:
                if len(ff(k)) < 4:
                    err(f"2: {rid} {p}: key {k!r} is shorter than 4 letters")
            for form in e.get("surname", []):
                if not any(key_matches_token(k, form) for k in keys):
                    err(f"2: {rid} {p}: keys {keys} miss listed spelling {form}")
            allowed = set(e.get("surname", []))
            for q in e.get("relatives", []):
                if q not in sp:
                    err(f"2: {rid} {p}: relative {q} not in spellings.json")
                    continue
                if p not in sp[q].get("relatives", []):
                    err(f"2: {rid} relatives {p} / {q} not linked both ways")
                allowed |= set(sp[q].get("surname", []))
                kq = sp[q].get("keys") or []
                for a, ka, b in ((p, keys, q), (q, kq, p)):
                    for kk in (ka, keys_for(a)):
                        if person_matches(b, kk, a):
                            err(f"2: {rid} scorer confuses relatives: {b} accepted for {a} (keys {kk})")
            for tok in set(caps):
                if any(key_matches_token(k, tok) for k in keys) and tok not in allowed:
                    err(f"2: {rid} {p}: keys {keys} also match unrelated word {tok}")

        # 3. listed spellings occur; near-miss capitalised words are listed
        listed = set()
        for p, e in sp.items():
            for form in e.get("surname", []) + e.get("given", []):
                listed.add(form)
                if form not in tokset:
                    err(f"3: {rid} {p}: listed spelling {form} does not occur in the text")
        prefixes = {ff(f)[:4] for e in sp.values() for f in e.get("surname", []) if len(ff(f)) >= 4}
        for tok in set(caps):
            if len(ff(tok)) >= 4 and ff(tok)[:4] in prefixes and tok not in listed:
                err(f"3: {rid} capitalised word {tok} shares a 4-letter prefix with a surname but is not listed")

        # 5. traps
        seen = set()
        for m in traps:
            t, p, k, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            kinds_seen.add(k)
            if t not in TYPES or t == "group_release":
                err(f"5: {rid} trap has invalid type {t}")
            if k not in KINDS:
                err(f"5: {rid} trap {t} {p} has invalid kind {k}")
            if not isinstance(why, str) or len(why.strip()) < 5:
                err(f"5: {rid} trap {t} {p} lacks a why")
            if not p:
                err(f"5: {rid} trap {t} has no person")
                continue
            if (t, p) in seen:
                err(f"5: {rid} trap {t} {p} listed twice")
            seen.add((t, p))
            own = (sp.get(p) or {}).get("keys") or []
            if not any(key_matches_token(kk, tok) for kk in keys_for(p) + own for tok in toks):
                err(f"5: {rid} trap person {p} is not named in the text")
            for c in claims:
                if c.get("type") != t or not c.get("person"):
                    continue
                for kk in (keys_for(p), own):
                    if kk and person_matches(c["person"], kk, p):
                        err(f"5: {rid} trap {t} {p} is matched by gold claim {t} {c['person']}")
            # release-type consistency
            ts = gold_by.get(p, set())
            if t == "released" and ts & {"released", "pardoned", "deported"}:
                err(f"6: {rid} trap released {p} contradicts gold {sorted(ts & {'released', 'pardoned', 'deported'})}")
            if t in ("pardoned", "deported") and t in ts:
                err(f"6: {rid} trap {t} {p} contradicts gold {t}")

    # 8. coverage and trap share
    for t in TYPES:
        if t not in types_seen:
            err(f"8: event type {t} not covered")
    for k in KINDS:
        if k not in kinds_seen:
            err(f"8: trap kind {k} not covered")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        err(f"8: traps are {share:.1%} of entries (25-30% required)")

    # 4. the gold, printed by the oracle, scores perfectly
    try:
        check_oracle(d, err)
    except Exception as e:  # a malformed file makes the scorer itself fail
        err(f"4: the scorer could not run over the set: {type(e).__name__}: {e}")

    if verbose:
        print(f"reports={len(reports)} claims={n_claims} traps={n_traps} trap_share={share:.1%}")
    return errors


def check_oracle(d, err):
    """Score the gold, printed by the oracle of the copy being checked, through the scorer."""
    script = os.path.abspath(__file__) if d == HERE else os.path.join(d, "verify.py")
    if not os.path.exists(script):
        err("4: no verify.py beside the checked copy, the oracle cannot run")
        return
    res = score(d, f"{sys.executable} {script} --oracle", 60)
    a = res["attributes"]
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0 and res["articles"] == 30
          and res["violations"] == 0 and res["errors"] == 0
          and a.get("date_ok", 0) == a.get("date_total", 0)
          and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0))
    if not ok:
        err(f"4: oracle scoring failed: P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"articles={res['articles']} violations={res['violations']} errors={res['errors']} "
            f"attributes={a} details={res['details'][:10]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--dir", default=HERE)
    args = ap.parse_args()
    if args.oracle or args.file:
        return oracle(args.oracle or args.file, args.published, args.lang)
    errors = run_checks(os.path.abspath(args.dir))
    for e in errors:
        print("FAIL", e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
