#!/usr/bin/env python3
"""Self-check of the heldout93 blind evaluation set for `volia extract`.

  python3 verify.py                 run all checks on this folder, print ALL CHECKS PASSED
  python3 verify.py --dir DIR       run them on another copy
  python3 verify.py --stats         also print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    extractor output (the JSON shape of shared/docs/domain.md)

Needs only the standard library and the scorer module score_claims.py, found in
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
ISO2 = {"LT", "PL", "UA", "LV", "DE", "CZ", "GE", "RU", "US", "FR", "GB", "EE"}
SPLIT = {"en": [f"{i:02d}" for i in range(1, 15)], "ru": [f"{i:02d}" for i in range(15, 25)],
         "be": [f"{i:02d}" for i in range(25, 31)]}
DATE_MIN, DATE_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append((t, m.start()))
    return out


def words(body):
    return len(body.split())


def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    sc = load_scorer()
    text = open(path, encoding="utf-8").read()
    for stem in stems(d):
        _, pub, lg, body = read_report(os.path.join(d, stem + ".txt"))
        if body == text:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return
    toks = tokens(text, lg)
    claims = []
    for g in gold["claims"]:
        ev = {"start": 0, "end": 0, "text": ""}
        mention = None
        if g["person"]:
            for t, pos in toks:
                if any(sc.key_matches_token(k, t) for k in g["surname_keys"]):
                    mention, ev = t, {"start": pos, "end": pos + len(t), "text": t}
                    break
        claims.append({
            "type": g["type"],
            "person": ({"name": g["person"], "mention": mention or g["person"], "person_id": None}
                       if g["person"] else None),
            "date": g["date"], "date_precision": precision(g["date"]),
            "destination_country": g["destination_country"], "term_months": g["term_months"],
            "count": g["count"], "confidence": 1.0, "evidence": ev,
        })
    print(json.dumps({"published": published or gold["published"], "language": lang or gold["language"],
                      "claims": claims}, ensure_ascii=False))


# ---------------------------------------------------------------- checks
def run_checks(d, show_stats=False):
    sc = load_scorer()
    errs = {i: [] for i in range(1, 9)}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    all_claims, all_traps = [], []
    langs, wordcount = Counter(), {}
    ss = stems(d)
    for stem in ss:
        raw, pub, lang, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        all_claims += [(stem, c) for c in claims]
        all_traps += [(stem, t) for t in traps]
        langs[lang] += 1
        toks = [t for t, _ in tokens(body, lang)]
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        sp = spell.get(stem)
        people = {p["person"]: p for p in (sp or {}).get("persons", [])}

        # 7: headers, words, dates range
        if not valid_date(pub) or len(pub) != 10:
            errs[7].append(f"{stem}: bad publication date {pub!r}")
        if lang not in SPLIT or stem not in SPLIT.get(lang, []):
            errs[7].append(f"{stem}: language {lang!r} does not fit the 14/10/6 split")
        if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
            errs[7].append(f"{stem}: header must be date, language, blank line, headline")
        if gold.get("published") != pub or gold.get("language") != lang:
            errs[7].append(f"{stem}: gold published/language differ from the header")
        if not (DATE_MIN <= pub <= DATE_MAX):
            errs[7].append(f"{stem}: publication date {pub} outside {DATE_MIN}..{DATE_MAX}")
        wc = words(body)
        wordcount[stem] = wc
        if not 150 <= wc <= 550:
            errs[7].append(f"{stem}: {wc} words, need 150-550")

        # 8: scripts
        low = body.lower()
        if lang == "be":
            if re.search("[ищъ]", low):
                errs[8].append(f"{stem}: Belarusian text contains и/щ/ъ")
            if "ў" not in low or "і" not in low:
                errs[8].append(f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўі]", low):
                errs[8].append(f"{stem}: Russian text contains ў/і")
        elif lang == "en":
            if re.search("[\u0400-\u04ff]", body):
                errs[8].append(f"{stem}: English text contains Cyrillic")

        if sp is None:
            errs[2].append(f"{stem}: no spellings.json entry")
            continue
        if sp.get("language") != lang:
            errs[2].append(f"{stem}: spellings language differs")

        named = {c["person"] for c in claims if c.get("person")} | {t["person"] for t in traps}
        for n in named - set(people):
            errs[2].append(f"{stem}: {n} missing from spellings.json")
        for n in set(people) - named:
            errs[2].append(f"{stem}: {n} in spellings.json but in no claim or trap")

        # 1: gold persons found in text, accepted by person_matches
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for t in toks for k in keys):
                errs[1].append(f"{stem}: {c['person']} not matched by any token ({keys})")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs[1].append(f"{stem}: person_matches rejects {c['person']} with its own keys")

        # 2 and 3: spellings
        listed_all = set()
        for p in people.values():
            listed_all |= set(p["surname_forms"]) | set(p["given_forms"])
        for name, p in people.items():
            keys = p["surname_keys"]
            own = set(p["surname_forms"])
            rel_forms = set()
            for r in p.get("relatives", []):
                if r not in people:
                    errs[2].append(f"{stem}: relative {r} of {name} not in spellings")
                    continue
                rel_forms |= set(people[r]["surname_forms"])
                if name not in people[r].get("relatives", []):
                    errs[2].append(f"{stem}: relative link {name} -> {r} is one-way")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, people[r]["surname_keys"], r):
                    errs[2].append(f"{stem}: person_matches confuses relatives {name} / {r}")
            if not own:
                errs[2].append(f"{stem}: {name} has no surname forms")
            for f in own:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    errs[2].append(f"{stem}: keys {keys} of {name} miss listed form {f}")
            for t in caps:
                if t in own or t in rel_forms:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs[2].append(f"{stem}: keys {keys} of {name} also match {t!r}")
            for c in claims:
                if c.get("person") == name and c.get("surname_keys") != keys:
                    errs[2].append(f"{stem}: gold keys of {name} differ from spellings.json")
            for f in list(own) + list(p["given_forms"]):
                if f not in tokset:
                    errs[3].append(f"{stem}: listed spelling {f!r} of {name} not in the text")
            for f in own:
                pre = sc.fold(f)[:4]
                for t in caps:
                    if sc.fold(t)[:4] == pre and t not in listed_all:
                        errs[3].append(f"{stem}: {t!r} shares prefix {pre!r} with {f!r} but is not listed")

        # 5: traps
        seen = set()
        for t in traps:
            if t.get("type") not in TYPES or t.get("kind") not in KINDS:
                errs[5].append(f"{stem}: trap {t} has bad type or kind")
            if not isinstance(t.get("why"), str) or len(t["why"].strip()) < 5:
                errs[5].append(f"{stem}: trap {t.get('person')} lacks a why")
            if not t.get("person"):
                errs[5].append(f"{stem}: trap without person")
                continue
            k = (t["type"], t["person"])
            if k in seen:
                errs[5].append(f"{stem}: trap listed twice {k}")
            seen.add(k)
            own_keys = people.get(t["person"], {}).get("surname_keys", [])
            if not any(sc.key_matches_token(kk, tok) for tok in toks for kk in own_keys):
                errs[5].append(f"{stem}: trap person {t['person']} not named in the text")
            for c in claims:
                if c["type"] != t["type"] or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(t["person"]), t["person"])
                        or sc.person_matches(c["person"], own_keys, t["person"])):
                    errs[5].append(f"{stem}: trap {t['type']} {t['person']} matched by gold {c['person']}")

        # 6: dates and fields
        for c in claims:
            ty = c.get("type")
            if ty not in TYPES:
                errs[6].append(f"{stem}: bad type {ty}")
                continue
            dt = c.get("date")
            if dt is not None:
                if not valid_date(dt):
                    errs[6].append(f"{stem}: bad date {dt!r}")
                elif dt > pub[:len(dt)]:
                    errs[6].append(f"{stem}: date {dt} after publication {pub}")
            if ty == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    errs[6].append(f"{stem}: group_release needs null person and positive count")
            else:
                if not c.get("person") or not c.get("surname_keys"):
                    errs[6].append(f"{stem}: {ty} without person or keys")
                if c.get("count") is not None:
                    errs[6].append(f"{stem}: count on {ty}")
            if ty == "deported":
                if c.get("destination_country") not in ISO2:
                    errs[6].append(f"{stem}: deported {c['person']} without ISO country")
                if not any(x["type"] == "released" and x.get("person") == c["person"] for x in claims):
                    errs[6].append(f"{stem}: deported {c['person']} without released")
            elif c.get("destination_country") is not None:
                errs[6].append(f"{stem}: destination_country on {ty}")
            if ty == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    errs[6].append(f"{stem}: bad term {tm}")
            elif c.get("term_months") is not None:
                errs[6].append(f"{stem}: term_months on {ty}")
            if ty == "pardoned" and not any(x["type"] == "released" and x.get("person") == c["person"]
                                            for x in claims):
                errs[6].append(f"{stem}: pardoned {c['person']} without released")
        for t in traps:
            own_keys = people.get(t.get("person"), {}).get("surname_keys", [])
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(t.get("type"), set())
            for c in claims:
                if c["type"] in excl and c.get("person") and (
                        c["person"] == t["person"] or sc.person_matches(c["person"], own_keys, t["person"])):
                    errs[6].append(f"{stem}: {t['type']} trap on {t['person']} but gold {c['type']}")

    # 7: split
    if len(ss) != 30 or langs != Counter({"en": 14, "ru": 10, "be": 6}):
        errs[7].append(f"split is {dict(langs)} over {len(ss)} reports, need 14/10/6 over 30")

    # 8: coverage and trap share
    tcount = Counter(c["type"] for _, c in all_claims)
    kcount = Counter(t.get("kind") for _, t in all_traps)
    for ty in TYPES:
        if not tcount[ty]:
            errs[8].append(f"type {ty} missing from gold")
    for k in KINDS:
        if not kcount[k]:
            errs[8].append(f"trap kind {k} missing")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        errs[8].append(f"trap share {share:.3f} outside 0.25-0.30")

    # 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == 30
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        errs[4].append(f"oracle score: P={res['precision']} R={res['recall']} F1={res['f1']} "
                       f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
                       f"attributes={a} details={res['details'][:10]}")

    if show_stats:
        print(f"reports: {len(ss)}  languages: {dict(langs)}")
        print(f"words: total {sum(wordcount.values())}, min {min(wordcount.values())}, "
              f"max {max(wordcount.values())}; by language " + ", ".join(
                  f"{lg} {sum(wordcount[s] for s in SPLIT[lg] if s in wordcount)}" for lg in SPLIT))
        print(f"claims: {len(all_claims)}  traps: {len(all_traps)}  trap share: {share:.3f}")
        print("claims by type: " + ", ".join(f"{t} {tcount[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k} {kcount[k]}" for k in KINDS))
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
              f"attributes={a}")
    names = {1: "gold persons in text", 2: "keys and relatives", 3: "spellings listed",
             4: "oracle scores 1.0", 5: "traps", 6: "dates and fields", 7: "headers, words, split",
             8: "scripts, coverage, trap share"}
    bad = 0
    for i in range(1, 9):
        for e in errs[i]:
            print(f"CHECK {i} ({names[i]}) FAILED: {e}")
            bad += 1
    if not bad:
        print("ALL CHECKS PASSED")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        oracle(args.dir, args.oracle, args.published, args.lang)
        return 0
    return 1 if run_checks(args.dir, args.stats) else 0


if __name__ == "__main__":
    sys.exit(main())
