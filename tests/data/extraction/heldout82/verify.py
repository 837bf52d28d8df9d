#!/usr/bin/env python3
"""Self-check for the heldout82 evaluation set.

  python3 verify.py                 run every check on this folder; prints ALL CHECKS PASSED
  python3 verify.py --dir DIR       run the checks on another copy of the set
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    extractor output (the extraction JSON of domain.md)

The scorer module is taken from $VOLIA_SCORER_DIR, else ../../../../../shared/tools.
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
ISO2 = {"LT", "PL", "LV", "UA", "RU", "BY", "DE", "GE", "KZ", "AM", "RS", "TR", "US", "GB", "FR", "CZ",
        "SE", "NO", "FI", "EE", "IL", "AE", "MD", "AZ", "UZ", "KG", "TJ", "IT", "ES", "NL", "AT", "SK", "HU"}
LANGS = {"en": 14, "ru": 10, "be": 6}
TOK = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text):
    return TOK.findall(text)


def read_report(folder, stem):
    raw = open(os.path.join(folder, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def stems(folder):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(folder) if f.endswith(".gold.json"))


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def oracle(folder, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in stems(folder):
        pub, lg, _, body = read_report(folder, stem)
        if body == text or body.strip() == text.strip():
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return
    gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
    out = []
    caps = [(m.group(0), m.start(), m.end()) for m in TOK.finditer(text)]
    for c in gold["claims"]:
        person, ev = None, {"start": 0, "end": 0, "text": ""}
        if c["person"]:
            mention = next(((t, s, e) for t, s, e in caps if t[:1].isupper()
                            and any(key_matches_token(k, t) for k in c["surname_keys"])), None)
            person = {"name": c["person"], "mention": mention[0] if mention else c["person"], "person_id": None}
            if mention:
                ev = {"start": mention[1], "end": mention[2], "text": mention[0]}
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))


def run_checks(folder):
    errors = []
    err = errors.append
    spell = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    type_count = {t: 0 for t in TYPES}
    kind_count = {k: 0 for k in KINDS}
    lang_count = {}
    n_claims = n_traps = 0
    all_stems = stems(folder)
    if all_stems != ["%02d" % i for i in range(1, 31)]:
        err(f"expected reports 01..30, found {all_stems}")
    for stem in all_stems:
        pub, lang, blank, body = read_report(folder, stem)
        gold = json.load(open(os.path.join(folder, stem + ".gold.json"), encoding="utf-8"))
        where = f"{stem}:"
        # 7. headers, length, dates
        if not valid_date(pub) or len(pub) != 10:
            err(f"{where} bad publication date {pub!r}")
            continue
        if not ("2021-01-01" <= pub <= "2026-11-20"):
            err(f"{where} publication date {pub} out of range")
        if lang not in LANGS:
            err(f"{where} bad language {lang!r}")
        if blank.strip():
            err(f"{where} line 3 is not blank")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"{where} gold header differs from text header")
        lang_count[lang] = lang_count.get(lang, 0) + 1
        lines = [l for l in body.split("\n") if l.strip()]
        if len(lines) < 2:
            err(f"{where} needs a headline line and a body")
        words = len(body.split())
        if not 150 <= words <= 550:
            err(f"{where} {words} words, expected 150-550")
        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(f"{where} Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(f"{where} Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", body):
            err(f"{where} Russian text has ў/і")
        if lang == "en" and CYRILLIC.search(body):
            err(f"{where} English text has Cyrillic")
        toks = tokens(body)
        tokset = set(toks)
        caps = {t for t in toks if t[:1].isupper()}
        sp = spell.get(stem, {})
        listed = set()
        for info in sp.values():
            listed.update(info["surname_spellings"])
            listed.update(info["given_spellings"])
        # 2 + 3 spellings
        for name, info in sp.items():
            keys = info["keys"]
            if not keys:
                err(f"{where} {name} has no keys")
                continue
            for s in info["surname_spellings"] + info["given_spellings"]:
                if s not in tokset:
                    err(f"{where} listed spelling {s!r} of {name} not in text")
            if not info["surname_spellings"]:
                err(f"{where} {name} has no surname spelling")
            for s in info["surname_spellings"]:
                if not any(key_matches_token(k, s) for k in keys):
                    err(f"{where} keys {keys} of {name} miss spelling {s!r}")
            allowed = set(info["surname_spellings"])
            for rel in info["relatives"]:
                if rel not in sp:
                    err(f"{where} relative {rel} of {name} not listed")
                    continue
                if name not in sp[rel]["relatives"]:
                    err(f"{where} relative link {name} -> {rel} is one-way")
                allowed.update(sp[rel]["surname_spellings"])
                if person_matches(rel, keys, name):
                    err(f"{where} scorer confuses relative {rel} with {name}")
                if person_matches(name, sp[rel]["keys"], rel):
                    err(f"{where} scorer confuses {name} with relative {rel}")
            for t in caps:
                if t not in allowed and any(key_matches_token(k, t) for k in keys):
                    err(f"{where} keys {keys} of {name} also match unrelated word {t!r}")
            for s in info["surname_spellings"]:
                pre = fold(s)[:4]
                for t in caps:
                    if fold(t)[:4] == pre and t not in listed:
                        err(f"{where} {t!r} shares prefix with surname {s!r} but is not listed")
        # claims
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        gold_types = {}
        for c in claims:
            t = c.get("type")
            if t not in TYPES:
                err(f"{where} bad claim type {t}")
                continue
            type_count[t] += 1
            p = c.get("person")
            d = c.get("date")
            if d is not None and (not valid_date(d) or d > pub[:len(d)]):
                err(f"{where} bad or future date {d} in {t} {p}")
            for fld, owner in (("term_months", "sentenced"), ("destination_country", "deported"),
                               ("count", "group_release")):
                if c.get(fld) is not None and t != owner:
                    err(f"{where} {fld} set on {t} {p}")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{where} bad term on {p}")
            if t == "group_release":
                if p is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(f"{where} group_release needs null person and positive count")
                continue
            if not p:
                err(f"{where} {t} without person")
                continue
            gold_types.setdefault(p, set()).add(t)
            keys = c.get("surname_keys") or []
            # 1.
            if not any(key_matches_token(k, tk) for k in keys for tk in toks):
                err(f"{where} no token of the text matches keys {keys} of {p}")
            if not person_matches(p, keys, p):
                err(f"{where} person_matches rejects {p} with its own keys")
            if p not in sp:
                err(f"{where} gold person {p} missing from spellings.json")
            elif sp[p]["keys"] != keys:
                err(f"{where} keys of {p} differ from spellings.json")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    err(f"{where} deported {p} lacks an ISO country")
        for p, ts in gold_types.items():
            if "deported" in ts and "released" not in ts:
                err(f"{where} deported {p} without released")
            if "pardoned" in ts and "released" not in ts:
                err(f"{where} pardoned {p} without released")
        # 5. traps
        seen = set()
        for m in traps:
            t, p, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES or t == "group_release":
                err(f"{where} bad trap type {t}")
            if kind not in KINDS:
                err(f"{where} bad trap kind {kind}")
            else:
                kind_count[kind] += 1
            if not isinstance(why, str) or len(why.strip()) < 8:
                err(f"{where} trap {t} {p} has no real why")
            if (t, p) in seen:
                err(f"{where} trap {t} {p} listed twice")
            seen.add((t, p))
            if not p or p not in sp:
                err(f"{where} trap person {p} missing from spellings.json")
                continue
            own = sp[p]["keys"]
            if not any(key_matches_token(k, tk) for k in own for tk in toks) or \
                    not any(key_matches_token(k, tk) for k in keys_for(p) for tk in toks):
                err(f"{where} trap person {p} not named in the text")
            for c in claims:
                if c["type"] != t or not c.get("person"):
                    continue
                if person_matches(c["person"], keys_for(p), p) or person_matches(c["person"], own, p):
                    err(f"{where} gold {t} {c['person']} matches trap on {p}")
            ts = gold_types.get(p, set())
            if t == "released" and ts & {"released", "pardoned", "deported"}:
                err(f"{where} trap released on {p} but gold has {ts & {'released', 'pardoned', 'deported'}}")
            if t in ("pardoned", "deported") and t in ts:
                err(f"{where} trap {t} on {p} but gold has it")
    # 7/8 totals
    if lang_count != LANGS:
        err(f"language split {lang_count}, expected {LANGS}")
    for stem in all_stems:
        lang = read_report(folder, stem)[1]
        want = "en" if int(stem) <= 14 else "ru" if int(stem) <= 24 else "be"
        if lang != want:
            err(f"{stem}: language {lang}, expected {want}")
    for t, n in type_count.items():
        if not n:
            err(f"event type {t} not covered")
    for k, n in kind_count.items():
        if not n:
            err(f"trap kind {k} not covered")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        err(f"traps are {ratio:.3f} of entries ({n_traps}/{total}), expected 0.25-0.30")
    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
    res = score(folder, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
            f"attributes={a} details={res['details'][:10]}")
    return errors, {"claims": n_claims, "traps": n_traps, "ratio": round(ratio, 3),
                    "types": type_count, "kinds": kind_count, "languages": lang_count}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        oracle(args.dir, args.oracle, args.published, args.lang)
        return 0
    errors, stats = run_checks(args.dir)
    print(json.dumps(stats, ensure_ascii=False))
    for e in errors:
        print("FAIL", e)
    if errors:
        print(f"{len(errors)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
