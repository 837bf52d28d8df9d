#!/usr/bin/env python3
"""Self-check for the heldout85 extraction evaluation set.

  python3 verify.py                 run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --stats         also print counts per report, per type and per trap kind
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose body is FILE as extractor
                                    output (the extraction JSON of shared/docs/domain.md)
"""
import argparse
import datetime
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANG_SPLIT = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
FIELDS = {"destination_country": "deported", "term_months": "sentenced", "count": "group_release"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    cand = [os.environ.get("VOLIA_SCORER_DIR"), os.path.join(HERE, "../../../../../shared/tools")]
    for d in cand:
        if d and os.path.isfile(os.path.join(d, "score_claims.py")):
            sys.path.insert(0, os.path.abspath(d))
            return importlib.import_module("score_claims")
    sys.exit("cannot find score_claims.py (set VOLIA_SCORER_DIR)")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", "\n".join(raw[3:])


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def oracle(d, path, published, lang):
    body = open(path, encoding="utf-8").read()
    for stem in stems(d):
        raw, pub, lng, text = read_report(os.path.join(d, stem + ".txt"))
        if text == body:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            out = []
            for c in gold["claims"]:
                prec = {4: "year", 7: "month", 10: "day"}.get(len(c["date"] or ""), None)
                out.append({"type": c["type"],
                            "person": None if c["person"] is None else
                            {"name": c["person"], "mention": c["person"], "person_id": None},
                            "date": c["date"], "date_precision": prec,
                            "destination_country": c["destination_country"],
                            "term_months": c["term_months"], "count": c["count"],
                            "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or pub, "language": lang or lng, "claims": out},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


def check(d, sc, show_stats):
    errs = []
    err = errs.append
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    all_stems = stems(d)
    claims_total = traps_total = 0
    by_type, by_kind, rows = {}, {}, []
    if all_stems != ["%02d" % i for i in range(1, 31)]:
        err("7: expected reports 01..30, found %s" % all_stems)
    for stem in all_stems:
        raw, pub, lang, text = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        sp = spell.get(stem, {})
        where = stem
        # ---- 7: headers, words, split, dates
        n = int(stem)
        want = [l for l, r in LANG_SPLIT.items() if n in r]
        if not valid_date(pub) or len(pub) != 10 or not ("2021-01-01" <= pub <= "2026-11-20"):
            err(f"7 {where}: bad publication date {pub!r}")
        if lang not in ("en", "ru", "be") or (want and lang != want[0]):
            err(f"7 {where}: language {lang!r} (expected {want})")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(f"7 {where}: header must be date, language, blank line, headline")
        words = len(text.split())
        if not 150 <= words <= 550:
            err(f"7 {where}: {words} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"7 {where}: gold published/language differ from the header")
        # ---- 8: scripts
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", text):
                err(f"8 {where}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                err(f"8 {where}: Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", text):
            err(f"8 {where}: Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", text):
            err(f"8 {where}: English text contains Cyrillic")
        toks = tokens(text)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[0].isupper()})
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        claims_total += len(claims)
        traps_total += len(traps)
        rows.append((stem, lang, pub, words, len(claims), len(traps)))
        # ---- spellings
        listed = set()
        for name, e in sp.items():
            listed.update(e.get("surname_forms", []))
            listed.update(e.get("given_forms", []))
            for f in e.get("surname_forms", []) + e.get("given_forms", []):
                if f not in tokset:
                    err(f"3 {where}: listed spelling {f!r} of {name} not in text")
            for f in e.get("surname_forms", []):
                if not any(sc.key_matches_token(k, f) for k in e["surname_keys"]):
                    err(f"2 {where}: keys of {name} do not match its spelling {f!r}")
            allowed = set(e.get("surname_forms", []))
            for r in e.get("relatives", []):
                if r not in sp:
                    err(f"2 {where}: relative {r!r} of {name} not in spellings")
                    continue
                if name not in sp[r].get("relatives", []):
                    err(f"2 {where}: relatives {name} / {r} not linked both ways")
                allowed.update(sp[r].get("surname_forms", []))
                if sc.person_matches(name, sp[r]["surname_keys"], r) or \
                        sc.person_matches(r, e["surname_keys"], name):
                    err(f"2 {where}: person_matches confuses relatives {name} / {r}")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in e["surname_keys"]):
                    err(f"2 {where}: keys of {name} also match {t!r}")
        for f in {f for e in sp.values() for f in e.get("surname_forms", [])}:
            pre = re.sub(r"[^a-z]", "", sc.fold(f))[:4]
            if len(pre) < 4:
                continue
            for t in caps:
                if re.sub(r"[^a-z]", "", sc.fold(t))[:4] == pre and t not in listed:
                    err(f"3 {where}: {t!r} shares a prefix with {f!r} but is not listed")
        # ---- 1, 2: gold people; 6: fields and dates
        released_people = set()
        for c in claims:
            t = c.get("type")
            by_type[t] = by_type.get(t, 0) + 1
            if t not in TYPES:
                err(f"6 {where}: unknown type {t!r}")
            for fld, owner in FIELDS.items():
                if c.get(fld) is not None and t != owner:
                    err(f"6 {where}: {fld} on {t}")
            if c.get("date") is not None:
                dd = c["date"]
                if not valid_date(dd) or dd > pub[:len(dd)]:
                    err(f"6 {where}: bad date {dd!r} on {t} {c.get('person')}")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(f"6 {where}: group_release needs null person and positive count")
                continue
            p = c.get("person")
            if not p or p not in sp:
                err(f"1 {where}: gold person {p!r} missing from spellings")
                continue
            keys = c.get("surname_keys") or []
            if keys != sp[p]["surname_keys"]:
                err(f"2 {where}: gold keys of {p} differ from spellings.json")
            if not any(sc.key_matches_token(k, tok) for k in keys for tok in toks):
                err(f"1 {where}: no token of the report matches the keys of {p}")
            if not sc.person_matches(p, keys, p):
                err(f"1 {where}: person_matches rejects {p} with its own keys")
            if t == "deported" and c.get("destination_country") not in ISO2:
                err(f"6 {where}: deported {p} without ISO country")
            if t == "sentenced" and c.get("term_months") is not None and \
                    (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"6 {where}: bad term on {p}")
        for c in claims:
            if c.get("type") in ("deported", "pardoned") and not any(
                    o["type"] == "released" and o["person"] == c["person"] for o in claims):
                err(f"6 {where}: {c['type']} {c['person']} without released")
        # ---- 5: traps
        seen = set()
        for m in traps:
            t, p, k = m.get("type"), m.get("person"), m.get("kind")
            by_kind[k] = by_kind.get(k, 0) + 1
            if t not in TYPES or t == "group_release":
                err(f"5 {where}: trap type {t!r}")
            if k not in KINDS:
                err(f"5 {where}: trap kind {k!r}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                err(f"5 {where}: trap {t} {p} needs a why")
            if (t, p) in seen:
                err(f"5 {where}: trap {t} {p} listed twice")
            seen.add((t, p))
            if not p or p not in sp:
                err(f"5 {where}: trap person {p!r} missing from spellings")
                continue
            own = sp[p]["surname_keys"]
            if not any(sc.key_matches_token(kk, tok) for kk in own + sc.keys_for(p) for tok in toks):
                err(f"5 {where}: trap person {p} not named in the text")
            excl = {t}
            if t == "released":
                excl |= {"released", "pardoned", "deported"}
            for c in claims:
                if c["type"] in excl and c.get("person"):
                    if sc.person_matches(c["person"], sc.keys_for(p), p) or \
                            sc.person_matches(c["person"], own, p):
                        err(f"5/6 {where}: trap {t} {p} ({k}) is matched by gold {c['type']} {c['person']}")
    # ---- 8: coverage and ratio
    for t in TYPES:
        if not by_type.get(t):
            err(f"8: event type {t} never appears in the gold")
    for k in KINDS:
        if not by_kind.get(k):
            err(f"8: trap kind {k} never appears")
    total = claims_total + traps_total
    ratio = traps_total / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        err(f"8: traps are {ratio:.1%} of all entries")
    langs = {}
    for r in rows:
        langs[r[1]] = langs.get(r[1], 0) + 1
    if langs != {"en": 14, "ru": 10, "be": 6}:
        err(f"7: language split {langs}")
    # ---- 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["articles"] == 30
            and res["violations"] == 0 and res["errors"] == 0
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err("4: oracle score %s" % json.dumps({k: v for k, v in res.items() if k != "by_type"},
                                              ensure_ascii=False)[:2000])
    if show_stats:
        print("report lang published  words claims traps")
        for r in rows:
            print("%-6s %-4s %s %5d %6d %5d" % r)
        print(f"claims={claims_total} traps={traps_total} traps%={ratio:.1%}")
        print("claims by type:", json.dumps({t: by_type.get(t, 0) for t in TYPES}))
        print("traps by kind:", json.dumps({k: by_kind.get(k, 0) for k in KINDS}))
        print("oracle:", {k: res[k] for k in ("precision", "recall", "f1", "violations", "errors", "articles")},
              res["attributes"])
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published", default="")
    ap.add_argument("--lang", default="")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    return check(args.dir, load_scorer(), args.stats)


if __name__ == "__main__":
    sys.exit(main())
