#!/usr/bin/env python3
"""Consistency checks for the blind evaluation set heldout126.

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs the eight checks described in README.md and prints
"ALL CHECKS PASSED" only when every one of them holds. With --oracle it prints, as
`volia extract` output JSON, the gold of the report whose body equals FILE, so that
score_claims.py can run this script as the extractor command (check 4 does exactly that).

Standard library only. The scorer is imported from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
LANG_OF = {}
for _i in range(1, 31):
    LANG_OF["%02d" % _i] = "en" if _i <= 14 else ("ru" if _i <= 24 else "be")
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
MIN_WORDS, MAX_WORDS = 150, 550
SHARE_MIN, SHARE_MAX = 0.25, 0.30

ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    sys.dont_write_bytecode = True
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- reading

def read_report(d, nn):
    raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read().split("\n")
    return {"nn": nn, "raw": raw, "published": raw[0].strip() if raw else "",
            "lang": raw[1].strip() if len(raw) > 1 else "",
            "body": "\n".join(raw[3:])}


def load_all(d):
    reports, problems = {}, []
    for nn in sorted(LANG_OF):
        txt, gold = os.path.join(d, nn + ".txt"), os.path.join(d, nn + ".gold.json")
        if not os.path.exists(txt) or not os.path.exists(gold):
            problems.append(f"{nn}: missing {nn}.txt or {nn}.gold.json")
            continue
        rep = read_report(d, nn)
        rep["gold"] = json.load(open(gold, encoding="utf-8"))
        reports[nn] = rep
    extra = [f for f in os.listdir(d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f)
             and f.split(".")[0] not in LANG_OF]
    for f in sorted(extra):
        problems.append(f"unexpected report file {f}")
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    if not spellings:
        problems.append("spellings.json missing or empty")
    return reports, spellings, problems


def tokens(rep):
    out = TOKEN_RE.findall(rep["body"])
    if rep["lang"] == "en":
        out = [re.sub(r"['\u2019]s$", "", t) for t in out]
    return out


def caps(rep):
    return sorted(set(t for t in tokens(rep) if t[:1].isupper()))


def words(rep):
    return len(rep["body"].split())


def date_ok(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def not_after(date, published):
    return date <= published[: len(date)]


# ---------------------------------------------------------------- oracle

def oracle(args):
    content = open(args.oracle, encoding="utf-8").read()
    d = args.dir
    for nn in sorted(LANG_OF):
        if not os.path.exists(os.path.join(d, nn + ".txt")):
            continue
        rep = read_report(d, nn)
        if rep["body"] != content and rep["body"].strip() != content.strip():
            continue
        if args.published and args.published != rep["published"]:
            continue
        if args.lang and args.lang != rep["lang"]:
            continue
        gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        claims = []
        for c in gold["claims"]:
            date = c.get("date")
            prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
            person = None
            if c.get("person"):
                person = {"name": c["person"], "mention": c["person"], "person_id": None}
            claims.append({"type": c["type"], "person": person, "date": date,
                           "date_precision": prec,
                           "destination_country": c.get("destination_country"),
                           "term_months": c.get("term_months"), "count": c.get("count"),
                           "confidence": 1.0, "evidence": None})
        print(json.dumps({"published": rep["published"], "language": rep["lang"],
                          "claims": claims}, ensure_ascii=False))
        return 0
    print(f"oracle: no report in {d} has this body", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def person_index(spellings, nn):
    return {p["name"]: p for p in spellings.get(nn, [])}


def check1(sc, reports, spellings):
    bad = []
    for nn, rep in reports.items():
        toks = tokens(rep)
        for c in rep["gold"]["claims"]:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                bad.append(f"{nn}: no token of the report matches keys {keys} of {c['person']}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                bad.append(f"{nn}: person_matches rejects {c['person']} with its own keys {keys}")
    return sorted(set(bad))


def check2(sc, reports, spellings):
    bad = []
    for nn, rep in reports.items():
        idx = person_index(spellings, nn)
        if not idx:
            bad.append(f"{nn}: no entry in spellings.json")
            continue
        cap = caps(rep)
        for c in rep["gold"]["claims"]:
            if not c.get("person"):
                continue
            p = idx.get(c["person"])
            if p is None:
                bad.append(f"{nn}: gold person {c['person']} missing from spellings.json")
            elif list(c.get("surname_keys") or []) != list(p["keys"]):
                bad.append(f"{nn}: gold keys {c.get('surname_keys')} of {c['person']} differ from spellings.json {p['keys']}")
        for p in idx.values():
            keys = p["keys"]
            if not keys or any(not re.fullmatch(r"[a-z]+", k) for k in keys):
                bad.append(f"{nn}: {p['name']} has empty or non-folded keys {keys}")
                continue
            for s in p["surname"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    bad.append(f"{nn}: keys {keys} of {p['name']} do not match its spelling {s}")
            allowed = set(p["surname"])
            for rn in p.get("relatives", []):
                r = idx.get(rn)
                if r is None:
                    bad.append(f"{nn}: relative {rn} of {p['name']} missing from spellings.json")
                    continue
                allowed |= set(r["surname"]) | set(r["given"])
                if p["name"] not in r.get("relatives", []):
                    bad.append(f"{nn}: relative link {p['name']} -> {rn} is not mirrored")
                if sc.person_matches(p["name"], r["keys"], r["name"]):
                    bad.append(f"{nn}: person_matches confuses {p['name']} with relative {rn} (keys of {rn})")
                if sc.person_matches(rn, keys, p["name"]):
                    bad.append(f"{nn}: person_matches confuses {rn} with relative {p['name']} (keys of {p['name']})")
            for t in cap:
                if t in allowed:
                    continue
                hit = [k for k in keys if sc.key_matches_token(k, t)]
                if hit:
                    bad.append(f"{nn}: key {hit} of {p['name']} also matches capitalised word {t}")
    for nn in spellings:
        if nn not in LANG_OF:
            bad.append(f"spellings.json has unknown report {nn}")
    return sorted(set(bad))


def check3(sc, reports, spellings):
    bad = []

    def f4(w):
        return re.sub(r"[^a-z]", "", sc.fold(w))[:4]
    for nn, rep in reports.items():
        idx = person_index(spellings, nn)
        toks = set(tokens(rep))
        listed = set()
        for p in idx.values():
            for s in p["surname"] + p["given"]:
                listed.add(s)
                if s not in toks:
                    bad.append(f"{nn}: listed spelling {s} of {p['name']} does not occur in the text")
        prefixes = {f4(s) for p in idx.values() for s in p["surname"] if len(f4(s)) == 4}
        for t in caps(rep):
            if f4(t) in prefixes and t not in listed:
                bad.append(f"{nn}: capitalised token {t} shares a prefix with a listed surname but is not listed")
    return sorted(set(bad))


def check4(sc, reports, spellings, d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    bad = []
    a = res["attributes"]
    if res["articles"] != 30:
        bad.append(f"scorer saw {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            bad.append(f"oracle {k} = {res[k]}")
    if res["violations"] or res["errors"]:
        bad.append(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            bad.append(f"oracle {k} attributes {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    bad += [f"scorer: {x}" for x in res["details"]]
    return bad


def check5(sc, reports, spellings):
    bad = []
    for nn, rep in reports.items():
        idx = person_index(spellings, nn)
        toks = tokens(rep)
        seen = set()
        for m in rep["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                bad.append(f"{nn}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES:
                bad.append(f"{nn}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                bad.append(f"{nn}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 5:
                bad.append(f"{nn}: trap without a why: {m}")
            name = m.get("person")
            if not name:
                bad.append(f"{nn}: trap without a person: {m}")
                continue
            key = (m.get("type"), name)
            if key in seen:
                bad.append(f"{nn}: trap {key} listed twice")
            seen.add(key)
            p = idx.get(name)
            own = p["keys"] if p else []
            if p is None:
                bad.append(f"{nn}: trap person {name} missing from spellings.json")
            kf = sc.keys_for(name)
            if not any(sc.key_matches_token(k, t) for k in kf for t in toks) or \
                    (own and not any(sc.key_matches_token(k, t) for k in own for t in toks)):
                bad.append(f"{nn}: trap person {name} is not named in the text")
            for c in rep["gold"]["claims"]:
                if c["type"] != m.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], kf, name):
                    bad.append(f"{nn}: trap {m['type']} {name} is matched by gold claim of {c['person']} (keys_for)")
                if own and sc.person_matches(c["person"], own, name):
                    bad.append(f"{nn}: trap {m['type']} {name} is matched by gold claim of {c['person']} (own keys)")
    return sorted(set(bad))


def check6(sc, reports, spellings):
    bad = []
    for nn, rep in reports.items():
        pub = rep["published"]
        claims = rep["gold"]["claims"]
        by_person = {}
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                bad.append(f"{nn}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                bad.append(f"{nn}: claim type {t}")
            if c["date"] is not None:
                if not date_ok(c["date"]):
                    bad.append(f"{nn}: invalid date {c['date']} in {t} {c['person']}")
                elif date_ok(pub) and not not_after(c["date"], pub):
                    bad.append(f"{nn}: date {c['date']} of {t} {c['person']} is after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    bad.append(f"{nn}: group_release with a person or keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    bad.append(f"{nn}: group_release without a positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    bad.append(f"{nn}: {t} without a person")
                if not c["surname_keys"]:
                    bad.append(f"{nn}: {t} {c['person']} without surname keys")
                if c["count"] is not None:
                    bad.append(f"{nn}: count on {t} {c['person']}")
                by_person.setdefault(c["person"], set()).add(t)
            if t == "deported":
                if c["destination_country"] not in ISO:
                    bad.append(f"{nn}: deported {c['person']} has no ISO country ({c['destination_country']})")
            elif c["destination_country"] is not None:
                bad.append(f"{nn}: destination_country on {t} {c['person']}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    bad.append(f"{nn}: bad term {tm} for {c['person']}")
            elif c["term_months"] is not None:
                bad.append(f"{nn}: term_months on {t} {c['person']}")
        for person, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                bad.append(f"{nn}: deported {person} without released")
            if "pardoned" in ts and "released" not in ts:
                bad.append(f"{nn}: pardoned {person} without released")
        idx = person_index(spellings, nn)
        for m in rep["gold"].get("must_not", []):
            name, mt = m.get("person"), m.get("type")
            own = idx[name]["keys"] if name in idx else []
            excl = {"released": ("released", "pardoned", "deported"),
                    "pardoned": ("pardoned",), "deported": ("deported",)}.get(mt, ())
            for c in claims:
                if c.get("type") not in excl or not c.get("person"):
                    continue
                if c["person"] == name or sc.person_matches(c["person"], sc.keys_for(name), name) \
                        or (own and sc.person_matches(c["person"], own, name)):
                    bad.append(f"{nn}: {mt} trap on {name} contradicts gold {c['type']} of {c['person']}")
    return sorted(set(bad))


def check7(reports, problems):
    bad = list(problems)
    for nn, rep in reports.items():
        raw = rep["raw"]
        if len(raw) < 5 or not date_ok(rep["published"]) or len(rep["published"]) != 10:
            bad.append(f"{nn}: line 1 is not a YYYY-MM-DD date")
        elif not FIRST_PUB <= rep["published"] <= LAST_PUB:
            bad.append(f"{nn}: publication date {rep['published']} outside {FIRST_PUB}..{LAST_PUB}")
        if rep["lang"] != LANG_OF[nn]:
            bad.append(f"{nn}: language {rep['lang']!r}, expected {LANG_OF[nn]}")
        if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
            bad.append(f"{nn}: line 3 must be blank and line 4 the headline")
        w = words(rep)
        if not MIN_WORDS <= w <= MAX_WORDS:
            bad.append(f"{nn}: {w} words, outside {MIN_WORDS}..{MAX_WORDS}")
    langs = [LANG_OF[nn] for nn in reports]
    if (langs.count("en"), langs.count("ru"), langs.count("be")) != (14, 10, 6):
        bad.append(f"split en/ru/be = {langs.count('en')}/{langs.count('ru')}/{langs.count('be')}, expected 14/10/6")
    return bad


def check8(reports):
    bad = []
    types, kinds, n_claims, n_traps = set(), set(), 0, 0
    for nn, rep in reports.items():
        body, lang = rep["body"], rep["lang"]
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                bad.append(f"{nn}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                bad.append(f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                bad.append(f"{nn}: Russian text contains ў or і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04ff]", body):
                bad.append(f"{nn}: English text contains Cyrillic")
        for c in rep["gold"]["claims"]:
            types.add(c.get("type"))
            n_claims += 1
        for m in rep["gold"].get("must_not", []):
            kinds.add(m.get("kind"))
            n_traps += 1
    for t in TYPES:
        if t not in types:
            bad.append(f"event type {t} not covered")
    for k in KINDS:
        if k not in kinds:
            bad.append(f"trap kind {k} not covered")
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not SHARE_MIN <= share <= SHARE_MAX:
        bad.append(f"trap share {share:.3f} outside {SHARE_MIN}..{SHARE_MAX}")
    return bad


def stats(reports):
    from collections import Counter
    ct, ck, wl = Counter(), Counter(), Counter()
    for nn, rep in reports.items():
        wl[rep["lang"]] += words(rep)
        for c in rep["gold"]["claims"]:
            ct[c["type"]] += 1
        for m in rep["gold"].get("must_not", []):
            ck[m["kind"]] += 1
    nc, nt = sum(ct.values()), sum(ck.values())
    print(f"reports: {len(reports)}  words: {sum(wl.values())} (en {wl['en']}, ru {wl['ru']}, be {wl['be']})")
    print(f"claims: {nc}  traps: {nt}  trap share: {nt / (nc + nt):.3f}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {ck[k]}")
    print("per report (words/claims/traps):")
    for nn, rep in reports.items():
        print(f"  {nn} {rep['lang']} {rep['published']} {words(rep):4} "
              f"{len(rep['gold']['claims']):3} {len(rep['gold'].get('must_not', [])):3}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    sc = load_scorer()
    reports, spellings, problems = load_all(args.dir)
    if args.stats:
        stats(reports)
    results = [
        ("1 gold persons named and accepted with their own keys", lambda: check1(sc, reports, spellings)),
        ("2 keys vs spellings, other capitalised words and relatives", lambda: check2(sc, reports, spellings)),
        ("3 spellings occur and are complete", lambda: check3(sc, reports, spellings)),
        ("4 oracle scores 1.0 through score_claims.score", lambda: check4(sc, reports, spellings, args.dir)),
        ("5 traps valid, named and not matched by gold", lambda: check5(sc, reports, spellings)),
        ("6 dates, fields and release logic", lambda: check6(sc, reports, spellings)),
        ("7 headers, word counts, split, publication dates", lambda: check7(reports, problems)),
        ("8 scripts, coverage, trap share", lambda: check8(reports)),
    ]
    failed = 0
    for title, fn in results:
        try:
            bad = fn()
        except Exception as exc:  # a malformed file must fail the check, not crash the run
            bad = [f"exception: {type(exc).__name__}: {exc}"]
        if bad:
            failed += 1
            print(f"FAIL check {title}")
            for b in bad[:40]:
                print(f"   {b}")
            if len(bad) > 40:
                print(f"   ... and {len(bad) - 40} more")
        else:
            print(f"ok   check {title}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
