#!/usr/bin/env python3
"""Self-check of the heldout79 extraction evaluation set.

  python3 verify.py                 run every check, print ALL CHECKS PASSED when all hold
  python3 verify.py --dir DIR       check another copy of the set (default: this folder)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    extractor output (extraction JSON of shared/docs/domain.md)

The graders' scorer is imported from $VOLIA_SCORER_DIR, otherwise from
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
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
SPLIT = {"en": 14, "ru": 10, "be": 6}
RANGES = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for m in TOKEN.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def alpha(word):
    return re.sub(r"[^a-z]", "", fold(word))


def stems(folder):
    return sorted(f[: -len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))


def precision_of(date):
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def oracle(folder, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in stems(folder):
        pub, lg, _, body = read_report(os.path.join(folder, stem + ".txt"))
        if pub == published and lg == lang and body == text:
            gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision_of(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def run_checks(folder):
    errors = []

    def err(msg):
        errors.append(msg)

    spell_path = os.path.join(folder, "spellings.json")
    spellings = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    if not spellings:
        err("spellings.json missing or empty")
    all_stems = stems(folder)
    expected = [f"{i:02d}" for i in range(1, 31)]
    if all_stems != expected:
        err(f"expected reports 01..30, found {all_stems}")
    lang_count = Counter()
    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0

    for stem in all_stems:
        txt = os.path.join(folder, stem + ".txt")
        if not os.path.exists(txt):
            err(f"{stem}: missing .txt")
            continue
        full = open(txt, encoding="utf-8").read()
        published, lang, blank, body = read_report(txt)
        gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
        sp = spellings.get(stem, {})
        # ---- check 7: headers, length, language split, dates of publication
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", published) or not valid_date(published):
            err(f"{stem}: bad publication date {published!r}")
            continue
        if not ("2021-01-01" <= published <= "2026-11-20"):
            err(f"{stem}: publication date {published} out of range")
        if lang not in SPLIT:
            err(f"{stem}: bad language {lang!r}")
            continue
        if int(stem) not in RANGES[lang]:
            err(f"{stem}: language {lang} in the wrong slot")
        lang_count[lang] += 1
        if blank.strip():
            err(f"{stem}: line 3 must be blank")
        lines = [ln for ln in body.split("\n") if ln.strip()]
        if len(lines) < 2:
            err(f"{stem}: needs a headline and a body")
        words = [w for w in body.split() if re.search(r"\w", w)]
        if not 150 <= len(words) <= 550:
            err(f"{stem}: {len(words)} words, need 150-550")
        if gold.get("published") != published or gold.get("language") != lang:
            err(f"{stem}: gold published/language differ from the header")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            err(f"{stem}: gold keys {sorted(gold)}")
        # ---- check 8: scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", full):
                err(f"{stem}: Belarusian text contains и/щ/ъ")
            if "ў" not in body or "і" not in body:
                err(f"{stem}: Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", full):
            err(f"{stem}: Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", full):
            err(f"{stem}: English text contains Cyrillic")

        toks = tokens(body, lang)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[0].isupper()})
        # ---- check 2/3: spellings
        listed = set()
        for name, entry in sp.items():
            listed.update(entry.get("surname", []))
            listed.update(entry.get("given", []))
        for name, entry in sp.items():
            keys = entry.get("keys") or []
            if not keys or any(k != alpha(k) or not k for k in keys):
                err(f"{stem}: {name}: keys must be non-empty lower-case folded Latin: {keys}")
                continue
            if not entry.get("surname"):
                err(f"{stem}: {name}: no surname spelling listed")
            for s in entry.get("surname", []) + entry.get("given", []):
                if s not in tokset:
                    err(f"{stem}: {name}: listed spelling {s!r} not in the text")
            for s in entry.get("surname", []):
                if not any(key_matches_token(k, s) for k in keys):
                    err(f"{stem}: {name}: keys {keys} miss listed spelling {s!r}")
            allowed = set(entry.get("surname", []))
            for rel in entry.get("relatives", []):
                if rel not in sp:
                    err(f"{stem}: {name}: relative {rel} not in spellings")
                    continue
                if name not in sp[rel].get("relatives", []):
                    err(f"{stem}: relatives {name} / {rel} not linked both ways")
                allowed.update(sp[rel].get("surname", []))
                if person_matches(rel, keys, name) or person_matches(name, sp[rel]["keys"], rel):
                    err(f"{stem}: scorer confuses relatives {name} and {rel}")
                if person_matches(rel, keys_for(name), name) or person_matches(name, keys_for(rel), rel):
                    err(f"{stem}: scorer confuses relatives {name} and {rel} (keys_for)")
            for t in caps:
                if t in allowed:
                    continue
                if any(key_matches_token(k, t) for k in keys):
                    err(f"{stem}: {name}: keys {keys} also match the word {t!r}")
            if not person_matches(name, keys, name):
                err(f"{stem}: person_matches rejects {name} with its own keys")
        surnames = {s for e in sp.values() for s in e.get("surname", [])}
        for t in caps:
            if t in listed:
                continue
            for s in surnames:
                if len(alpha(s)) >= 4 and alpha(t)[:4] == alpha(s)[:4]:
                    err(f"{stem}: word {t!r} shares a prefix with surname {s!r} but is not listed")
                    break

        # ---- check 1/6: claims
        for c in gold.get("claims", []):
            n_claims += 1
            if set(c) != CLAIM_FIELDS:
                err(f"{stem}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                err(f"{stem}: unknown type {t}")
                continue
            type_count[t] += 1
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    err(f"{stem}: bad date {c['date']}")
                elif c["date"] > published[: len(c["date"])]:
                    err(f"{stem}: date {c['date']} after publication {published}")
            if c["term_months"] is not None and t != "sentenced":
                err(f"{stem}: term_months on {t}")
            if c["destination_country"] is not None and t != "deported":
                err(f"{stem}: destination_country on {t}")
            if c["count"] is not None and t != "group_release":
                err(f"{stem}: count on {t}")
            if t == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{stem}: bad term {c['term_months']}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(f"{stem}: group_release must have a null person and no keys")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"{stem}: group_release needs a positive count")
                continue
            p = c["person"]
            if not p:
                err(f"{stem}: {t} without a person")
                continue
            if p not in sp:
                err(f"{stem}: gold person {p} missing from spellings.json")
                continue
            if c["surname_keys"] != sp[p]["keys"]:
                err(f"{stem}: {p}: gold keys {c['surname_keys']} != spellings keys {sp[p]['keys']}")
            if not any(key_matches_token(k, tok) for k in c["surname_keys"] for tok in toks):
                err(f"{stem}: no token of the text matches the keys of {p}")
            if not person_matches(p, c["surname_keys"], p):
                err(f"{stem}: person_matches rejects gold {p}")
            if t == "deported":
                if not (isinstance(c["destination_country"], str)
                        and re.match(r"^[A-Z]{2}$", c["destination_country"])):
                    err(f"{stem}: deported {p} needs an ISO country")
            if t in ("deported", "pardoned"):
                if not any(g["type"] == "released" and g["person"] == p for g in gold["claims"]):
                    err(f"{stem}: {t} {p} without released")
        # ---- check 5/6: traps
        seen = set()
        for m in gold.get("must_not", []):
            n_traps += 1
            if set(m) != TRAP_FIELDS:
                err(f"{stem}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                err(f"{stem}: trap type {m['type']}")
            if m["kind"] not in KINDS:
                err(f"{stem}: trap kind {m['kind']}")
            kind_count[m["kind"]] += 1
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                err(f"{stem}: trap without a reason: {m}")
            key = (m["type"], m["person"])
            if key in seen:
                err(f"{stem}: trap listed twice: {key}")
            seen.add(key)
            tp = m["person"]
            if tp not in sp:
                err(f"{stem}: trap person {tp} missing from spellings.json")
                continue
            own = sp[tp]["keys"]
            if not any(key_matches_token(k, tok) for k in own for tok in toks):
                err(f"{stem}: trap person {tp} not named in the text")
            blocked = {m["type"]}
            if m["type"] == "released":
                blocked |= {"pardoned", "deported"}
            for g in gold["claims"]:
                if g["type"] not in blocked or not g["person"]:
                    continue
                if person_matches(g["person"], keys_for(tp), tp) or person_matches(g["person"], own, tp):
                    err(f"{stem}: trap {m['type']} {tp} is matched by gold {g['type']} {g['person']}")

    # ---- check 7/8: totals
    if dict(lang_count) != SPLIT:
        err(f"language split {dict(lang_count)} != {SPLIT}")
    missing = [t for t in TYPES if not type_count[t]]
    if missing:
        err(f"event types not covered: {missing}")
    missing = [k for k in KINDS if not kind_count[k]]
    if missing:
        err(f"trap kinds not covered: {missing}")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        err(f"traps are {ratio:.3f} of all entries, need 0.25-0.30")

    # ---- check 4: the gold, printed as extractor output, scores perfectly
    me = os.path.abspath(__file__)
    if " " in me or " " in folder or " " in sys.executable:
        err("paths must not contain spaces (the scorer splits the command)")
    else:
        res = score(folder, f"{sys.executable} {me} --dir {folder} --oracle", 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok") == a.get("date_total")
              and a.get("dest_ok") == a.get("dest_total")
              and a.get("term_ok") == a.get("term_total"))
        if not ok:
            err(f"oracle score not perfect: P={res['precision']} R={res['recall']} F1={res['f1']} "
                f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
                f"attributes={a} details={res['details'][:10]}")
    summary = {"claims": n_claims, "traps": n_traps, "ratio": round(ratio, 3),
               "languages": dict(lang_count), "types": dict(type_count), "kinds": dict(kind_count)}
    return errors, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    folder = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(folder, args.oracle, args.published, args.lang)
    errors, summary = run_checks(folder)
    if args.summary:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    for e in errors:
        print("FAIL:", e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
