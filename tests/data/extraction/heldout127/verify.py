#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout127 (treason and sabotage cases).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle, runs checks 1-8 (see README.md) on DIR (default: this file's folder) and
prints ALL CHECKS PASSED only when every check holds; the exit code is 1 otherwise.
With --oracle, prints the gold claims of the report whose body equals FILE as `volia extract`
output JSON, so that score_claims.py can run this script as its command.

Standard library only. score_claims.py is imported from $VOLIA_SCORER_DIR or
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def load_scorer():
    where = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    sys.path.insert(0, where)
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- reading

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip() if raw else "", raw[1].strip() if len(raw) > 1 else "", \
        raw[2] if len(raw) > 2 else None, "\n".join(raw[3:])


def load_set(folder):
    reports = {}
    for fname in sorted(os.listdir(folder)):
        if fname.endswith(".txt") and re.fullmatch(r"\d\d\.txt", fname):
            stem = fname[:-4]
            published, lang, blank, body = read_report(os.path.join(folder, fname))
            gpath = os.path.join(folder, stem + ".gold.json")
            gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
            reports[stem] = dict(published=published, lang=lang, blank=blank, body=body, gold=gold)
    spath = os.path.join(folder, "spellings.json")
    spellings = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    return reports, spellings


def tokens(body, lang):
    out = []
    for m in TOKEN_RE.finditer(body):
        t, start = m.group(0), m.start()
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append((t, start, start + len(t)))
    return out


def words(body):
    return len(body.split())


def claims_of(rep):
    return (rep["gold"] or {}).get("claims", []) if rep["gold"] else []


def traps_of(rep):
    return (rep["gold"] or {}).get("must_not", []) if rep["gold"] else []


# ---------------------------------------------------------------- oracle

def precision_of(date):
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def oracle(folder, path, published, lang):
    sc = load_scorer()
    body = open(path, encoding="utf-8").read()
    reports, _ = load_set(folder)
    stem = next((s for s, r in sorted(reports.items()) if r["body"] == body), None)
    if stem is None:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    toks = tokens(body, lang)
    out = []
    for c in claims_of(reports[stem]):
        person, evidence = None, None
        if c.get("person"):
            keys = c.get("surname_keys") or sc.keys_for(c["person"])
            hit = next(((t, s, e) for t, s, e in toks if any(sc.key_matches_token(k, t) for k in keys)), None)
            mention = hit[0] if hit else c["person"]
            person = {"name": c["person"], "mention": mention, "person_id": None}
            if hit:
                evidence = {"start": hit[1], "end": hit[2], "text": body[hit[1]:hit[2]]}
        out.append({"type": c["type"], "person": person, "date": c.get("date"),
                    "date_precision": precision_of(c.get("date")),
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks

class Result:
    def __init__(self):
        self.fails = defaultdict(list)

    def fail(self, check, msg):
        self.fails[check].append(msg)


def person_index(spellings, stem):
    return spellings.get(stem, {})


def check1(sc, reports, spellings, res):
    for stem, rep in sorted(reports.items()):
        toks = [t for t, _, _ in tokens(rep["body"], rep["lang"])]
        for c in claims_of(rep):
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                res.fail(1, f"{stem}: no token of the report matches {c['person']} with keys {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                res.fail(1, f"{stem}: person_matches rejects gold name {c['person']} with its keys {keys}")


def check2(sc, reports, spellings, res):
    for stem, rep in sorted(reports.items()):
        people = person_index(spellings, stem)
        caps = sorted({t for t, _, _ in tokens(rep["body"], rep["lang"]) if t[:1].isupper()})
        for c in claims_of(rep):
            if not c.get("person"):
                continue
            if c["person"] not in people:
                res.fail(2, f"{stem}: gold person {c['person']} missing from spellings.json")
            elif list(c.get("surname_keys") or []) != list(people[c["person"]].get("keys", [])):
                res.fail(2, f"{stem}: keys of {c['person']} differ between gold and spellings.json")
        for t in traps_of(rep):
            if t.get("person") not in people:
                res.fail(2, f"{stem}: trap person {t.get('person')} missing from spellings.json")
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                res.fail(2, f"{stem}: {name} has no keys")
                continue
            for s in p.get("surname_spellings", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    res.fail(2, f"{stem}: keys {keys} of {name} do not match its spelling {s}")
            allowed = set(p.get("surname_spellings", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surname_spellings", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    res.fail(2, f"{stem}: keys {keys} of {name} also match the unrelated word {t}")
            for r in p.get("relatives", []):
                if r not in people:
                    res.fail(2, f"{stem}: relative {r} of {name} is not listed")
                    continue
                if name not in people[r].get("relatives", []):
                    res.fail(2, f"{stem}: {r} is a relative of {name} but not the other way round")
                if sc.person_matches(r, keys, name):
                    res.fail(2, f"{stem}: person_matches accepts relative {r} as {name}")
                if sc.person_matches(name, people[r].get("keys", []), r):
                    res.fail(2, f"{stem}: person_matches accepts {name} as relative {r}")


def fprefix(sc, word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def check3(sc, reports, spellings, res):
    for stem, rep in sorted(reports.items()):
        people = person_index(spellings, stem)
        toks = [t for t, _, _ in tokens(rep["body"], rep["lang"])]
        present = set(toks)
        listed, surnames = set(), set()
        for name, p in people.items():
            for s in p.get("surname_spellings", []) + p.get("given_spellings", []):
                listed.add(s)
                if s not in present:
                    res.fail(3, f"{stem}: listed spelling {s} of {name} does not occur in the text")
            surnames |= set(p.get("surname_spellings", []))
        prefixes = {fprefix(sc, s) for s in surnames if len(fprefix(sc, s)) == 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if fprefix(sc, t) in prefixes and t not in listed:
                res.fail(3, f"{stem}: capitalised word {t} shares a 4-letter prefix with a listed surname "
                            f"but is not listed")


def check4(sc, folder, reports, res):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
    try:
        r = sc.score(folder, cmd, 120)
    except Exception as exc:  # noqa: BLE001
        res.fail(4, f"scorer crashed: {exc!r}")
        return
    a = r["attributes"]
    problems = []
    if r["articles"] != 30:
        problems.append(f"articles={r['articles']}")
    for k in ("precision", "recall", "f1"):
        if r[k] != 1.0:
            problems.append(f"{k}={r[k]}")
    if r["violations"] or r["errors"]:
        problems.append(f"violations={r['violations']} errors={r['errors']}")
    for what in ("date", "dest", "term"):
        if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
            problems.append(f"{what} {a.get(f'{what}_ok', 0)}/{a.get(f'{what}_total', 0)}")
    if problems:
        res.fail(4, "oracle run: " + ", ".join(problems) + "; " + "; ".join(r["details"][:5]))


def check5(sc, reports, spellings, res):
    for stem, rep in sorted(reports.items()):
        people = person_index(spellings, stem)
        toks = [t for t, _, _ in tokens(rep["body"], rep["lang"])]
        seen = set()
        for t in traps_of(rep):
            if sorted(t) != sorted(TRAP_FIELDS):
                res.fail(5, f"{stem}: trap fields {sorted(t)}")
            typ, name = t.get("type"), t.get("person")
            if typ not in TYPES or typ == "group_release":
                res.fail(5, f"{stem}: trap type {typ!r} invalid")
            if t.get("kind") not in KINDS:
                res.fail(5, f"{stem}: trap kind {t.get('kind')!r} invalid")
            if not isinstance(t.get("why"), str) or not t.get("why").strip():
                res.fail(5, f"{stem}: trap on {name} has no why")
            if not isinstance(name, str) or not name.strip():
                res.fail(5, f"{stem}: trap without a person")
                continue
            if (typ, name) in seen:
                res.fail(5, f"{stem}: trap ({typ}, {name}) listed twice")
            seen.add((typ, name))
            own = people.get(name, {}).get("keys", [])
            if not any(sc.key_matches_token(k, w) for k in own + sc.keys_for(name) for w in toks):
                res.fail(5, f"{stem}: trap person {name} is not named in the text")
            for c in claims_of(rep):
                if c.get("type") != typ or not c.get("person"):
                    continue
                for keys in (sc.keys_for(name), own):
                    if keys and sc.person_matches(c["person"], keys, name):
                        res.fail(5, f"{stem}: gold {typ} {c['person']} matches trap on {name} (keys {keys})")


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check6(sc, reports, spellings, res):
    for stem, rep in sorted(reports.items()):
        pub = rep["published"]
        people = person_index(spellings, stem)
        claims = claims_of(rep)
        by_type = defaultdict(set)
        for c in claims:
            if sorted(c) != sorted(CLAIM_FIELDS):
                res.fail(6, f"{stem}: claim fields {sorted(c)}")
            typ = c.get("type")
            if typ not in TYPES:
                res.fail(6, f"{stem}: claim type {typ!r} invalid")
            by_type[typ].add(c.get("person"))
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    res.fail(6, f"{stem}: invalid date {d!r}")
                elif d > pub[:len(d)]:
                    res.fail(6, f"{stem}: date {d} after publication {pub}")
            if typ == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    res.fail(6, f"{stem}: group_release with a person")
                if not isinstance(c.get("count"), int) or c.get("count") <= 0:
                    res.fail(6, f"{stem}: group_release without a positive count")
            else:
                if not c.get("person"):
                    res.fail(6, f"{stem}: {typ} claim without a person")
                keys = c.get("surname_keys") or []
                if not keys or any(not re.fullmatch(r"[a-z]+", k) for k in keys):
                    res.fail(6, f"{stem}: bad surname_keys {keys} for {c.get('person')}")
                if c.get("count") is not None:
                    res.fail(6, f"{stem}: count on {typ}")
            if typ == "deported":
                if c.get("destination_country") not in ISO2:
                    res.fail(6, f"{stem}: deported {c.get('person')} without an ISO country")
            elif c.get("destination_country") is not None:
                res.fail(6, f"{stem}: destination_country on {typ}")
            if typ == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    res.fail(6, f"{stem}: bad term_months {tm!r}")
            elif c.get("term_months") is not None:
                res.fail(6, f"{stem}: term_months on {typ}")
        for c in claims:
            if c.get("type") == "deported" and c.get("person") not in by_type["released"]:
                res.fail(6, f"{stem}: deported {c.get('person')} has no released")
            if c.get("type") == "pardoned" and c.get("person") not in by_type["released"]:
                res.fail(6, f"{stem}: pardoned {c.get('person')} has no released")
        for t in traps_of(rep):
            typ, name = t.get("type"), t.get("person") or ""
            excluded = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                        "deported": ("deported",)}.get(typ, ())
            keys_sets = [sc.keys_for(name), people.get(name, {}).get("keys", [])]
            for c in claims:
                if c.get("type") in excluded and c.get("person"):
                    if c["person"] == name or any(k and sc.person_matches(c["person"], k, name) for k in keys_sets):
                        res.fail(6, f"{stem}: {typ} trap on {name} but gold {c['type']} for {c['person']}")


def check7(reports, folder, res):
    expected = [f"{i:02d}" for i in range(1, 31)]
    if sorted(reports) != expected:
        res.fail(7, f"reports present: {sorted(reports)}")
    for stem in expected:
        if stem in reports and reports[stem]["gold"] is None:
            res.fail(7, f"{stem}: gold file missing")
    for stem, rep in sorted(reports.items()):
        pub = rep["published"]
        if not (valid_date(pub) and len(pub) == 10):
            res.fail(7, f"{stem}: bad publication date {pub!r}")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            res.fail(7, f"{stem}: publication date {pub} outside {PUB_MIN}..{PUB_MAX}")
        if rep["lang"] != LANG_OF.get(stem):
            res.fail(7, f"{stem}: language {rep['lang']!r}, expected {LANG_OF.get(stem)!r}")
        if rep["blank"] != "":
            res.fail(7, f"{stem}: line 3 is not blank")
        n = words(rep["body"])
        if not 150 <= n <= 550:
            res.fail(7, f"{stem}: {n} words")
        g = rep["gold"] or {}
        if g and (g.get("published") not in (None, pub) or g.get("language") not in (None, rep["lang"])):
            res.fail(7, f"{stem}: gold header differs from the report header")


def check8(reports, res):
    types, kinds = set(), set()
    n_claims = n_traps = 0
    for stem, rep in sorted(reports.items()):
        body, lang = rep["body"], rep["lang"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                res.fail(8, f"{stem}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                res.fail(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                res.fail(8, f"{stem}: Russian text contains {bad}")
        elif lang == "en":
            if CYRILLIC.search(body):
                res.fail(8, f"{stem}: English text contains Cyrillic")
        for c in claims_of(rep):
            types.add(c.get("type"))
            n_claims += 1
        for t in traps_of(rep):
            kinds.add(t.get("kind"))
            n_traps += 1
    for t in TYPES:
        if t not in types:
            res.fail(8, f"event type {t} not covered")
    for k in KINDS:
        if k not in kinds:
            res.fail(8, f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        res.fail(8, f"traps are {share:.1%} of all entries ({n_traps}/{total}), outside 25-30 %")


def stats(reports):
    by_type, by_kind, by_lang = Counter(), Counter(), defaultdict(Counter)
    print(f"{'report':6} {'lang':4} {'published':10} {'words':>5} {'claims':>6} {'traps':>5}")
    for stem, rep in sorted(reports.items()):
        cl, tr = claims_of(rep), traps_of(rep)
        n = words(rep["body"])
        print(f"{stem:6} {rep['lang']:4} {rep['published']:10} {n:5} {len(cl):6} {len(tr):5}")
        by_lang[rep["lang"]].update(reports=1, words=n, claims=len(cl), traps=len(tr))
        by_type.update(c.get("type") for c in cl)
        by_kind.update(t.get("kind") for t in tr)
    tot = sum((c for c in by_lang.values()), Counter())
    for lang in ("en", "ru", "be"):
        c = by_lang[lang]
        print(f"{lang}: reports={c['reports']} words={c['words']} claims={c['claims']} traps={c['traps']}")
    print(f"total: reports={tot['reports']} words={tot['words']} claims={tot['claims']} traps={tot['traps']} "
          f"trap share={tot['traps'] / max(tot['claims'] + tot['traps'], 1):.1%}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {by_type[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {by_kind[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published", default="")
    ap.add_argument("--lang", default="")
    args = ap.parse_args()
    folder = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(folder, args.oracle, args.published, args.lang)
    sc = load_scorer()
    reports, spellings = load_set(folder)
    if args.stats:
        stats(reports)
    res = Result()
    names = {1: "gold persons named and self-matching", 2: "keys, spellings and relatives",
             3: "listed spellings occur; no unlisted look-alikes", 4: "oracle scores 1.0 through score()",
             5: "traps valid and not matched by gold", 6: "dates, fields and type rules",
             7: "headers, word counts, split, dates", 8: "scripts, coverage, trap share"}
    check1(sc, reports, spellings, res)
    check2(sc, reports, spellings, res)
    check3(sc, reports, spellings, res)
    check4(sc, folder, reports, res)
    check5(sc, reports, spellings, res)
    check6(sc, reports, spellings, res)
    check7(reports, folder, res)
    check8(reports, res)
    for n in range(1, 9):
        msgs = res.fails.get(n, [])
        print(f"check {n} ({names[n]}): {'ok' if not msgs else f'FAILED ({len(msgs)})'}")
        for m in msgs:
            print(f"  [check {n}] {m}")
    if res.fails:
        print(f"CHECKS FAILED: {sorted(res.fails)}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
