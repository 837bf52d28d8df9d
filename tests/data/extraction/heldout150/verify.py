#!/usr/bin/env python3
"""Self-checks for the heldout150 extraction set (fact-checks that debunk false or premature news).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle [--dir DIR] FILE --published YYYY-MM-DD --lang LANG

Without --oracle it runs eight checks and prints `ok` / `FAILED` for each, then
`ALL CHECKS PASSED` (exit 0) or `SOME CHECKS FAILED` (exit 1).

With --oracle it behaves like `volia extract`: it finds the report in DIR whose text equals FILE
and prints that report's gold claims as extraction JSON, so that
  score_claims.py DIR --cmd 'python3 verify.py --oracle'
scores the gold against itself.

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Standard library only.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMS = [f"{i:02d}" for i in range(1, 31)]
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC
EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN
HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR
LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH
SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US
UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


# ----------------------------------------------------------------------------- loading
def read_report(d, num):
    raw = open(os.path.join(d, num + ".txt"), encoding="utf-8").read().split("\n")
    return {"lines": raw, "published": raw[0].strip(), "lang": raw[1].strip() if len(raw) > 1 else "",
            "text": "\n".join(raw[3:])}


def load_all(d):
    reports, golds = {}, {}
    for num in NUMS:
        if os.path.exists(os.path.join(d, num + ".txt")):
            reports[num] = read_report(d, num)
        if os.path.exists(os.path.join(d, num + ".gold.json")):
            golds[num] = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
    spath = os.path.join(d, "spellings.json")
    spellings = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}
    return reports, golds, spellings


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en" and (t.endswith("'s") or t.endswith("’s")):
            t = t[:-2]
        out.append(t)
    return out


def capitalised(tok):
    return tok[:1].isupper()


def words(text):
    return len(text.split())


def letters(sc, s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def people_by_name(spellings, num):
    return {p["name"]: p for p in spellings.get(num, [])}


# ----------------------------------------------------------------------------- checks
def check_people_in_text(sc, reports, golds, spellings):
    errs = []
    for num, g in golds.items():
        toks = tokens(reports[num]["text"], reports[num]["lang"]) if num in reports else []
        for c in g.get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not name or not keys:
                errs.append(f"{num}: claim {c.get('type')} without person or keys")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys {keys} of {name} match no token of the report")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects the gold name {name} with its own keys")
    return errs


def check_keys_fit(sc, reports, golds, spellings):
    errs = []
    for num in NUMS:
        if num not in reports:
            continue
        people = people_by_name(spellings, num)
        toks = set(tokens(reports[num]["text"], reports[num]["lang"]))
        caps = {t for t in toks if capitalised(t)}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} do not match its spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r in people:
                    allowed |= set(people[r].get("surnames", []))
            for t in sorted(caps - allowed):
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match unrelated token {t}")
            for r in p.get("relatives", []):
                if r not in people:
                    errs.append(f"{num}: relative {r} of {name} is not listed")
                    continue
                if name not in people[r].get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {r} is not mirrored")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{num}: person_matches confuses relative {r} with {name}")
                if sc.person_matches(name, people[r].get("keys") or [], r):
                    errs.append(f"{num}: person_matches confuses {name} with relative {r}")
        for c in golds.get(num, {}).get("claims", []):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{num}: gold person {c.get('person')} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{num}: gold keys of {c.get('person')} differ from spellings.json")
    return errs


def check_spellings_complete(sc, reports, golds, spellings):
    errs = []
    for num in NUMS:
        if num not in reports:
            continue
        if num not in spellings:
            errs.append(f"{num}: no entry in spellings.json")
            continue
        toks = tokens(reports[num]["text"], reports[num]["lang"])
        tokset = set(toks)
        listed = set()
        surnames = set()
        for p in spellings[num]:
            for field in ("surnames", "given"):
                for s in p.get(field, []):
                    listed.add(s)
                    if s not in tokset:
                        errs.append(f"{num}: {field} spelling {s} of {p['name']} is not a token of the text")
            surnames |= set(p.get("surnames", []))
        prefixes = {letters(sc, s)[:4] for s in surnames if len(letters(sc, s)) >= 4}
        for t in sorted(tokset):
            if not capitalised(t) or t in listed:
                continue
            f = letters(sc, t)
            if len(f) >= 4 and f[:4] in prefixes:
                errs.append(f"{num}: capitalised token {t} shares a 4-letter prefix with a listed surname but is not listed")
    return errs


def oracle_cmd(d):
    return f"{sys.executable} {os.path.join(HERE, 'verify.py')} --oracle --dir {os.path.abspath(d)}"


def check_oracle(sc, reports, golds, spellings, d):
    errs = []
    res = sc.score(d, oracle_cmd(d), 120)
    a = res["attributes"]
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"oracle {k} = {res[k]}")
    if res["violations"]:
        errs.append(f"oracle violations = {res['violations']}")
    if res["errors"]:
        errs.append(f"oracle errors = {res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"oracle {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs.extend(res["details"][:20])
    return errs


def check_traps(sc, reports, golds, spellings):
    errs = []
    for num, g in golds.items():
        people = people_by_name(spellings, num)
        toks = tokens(reports[num]["text"], reports[num]["lang"]) if num in reports else []
        seen = set()
        for m in g.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            t, name, kind = m.get("type"), m.get("person"), m.get("kind")
            if t not in TYPES:
                errs.append(f"{num}: trap type {t}")
            if kind not in KINDS:
                errs.append(f"{num}: trap kind {kind}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{num}: trap {t} {name} has no why")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{num}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, tok) for k in p.get("keys", []) for tok in toks):
                errs.append(f"{num}: trap person {name} is not named in the text")
            for c in g.get("claims", []):
                if c.get("type") != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(name), name):
                    errs.append(f"{num}: trap {t} {name} is matched by gold claim of {c['person']} (keys_for)")
                if sc.person_matches(c["person"], p.get("keys", []), name):
                    errs.append(f"{num}: trap {t} {name} is matched by gold claim of {c['person']} (spelling keys)")
    return errs


def check_fields_logic(sc, reports, golds, spellings):
    errs = []
    for num, g in golds.items():
        if set(g) != {"claims", "must_not"}:
            errs.append(f"{num}: gold top-level keys {sorted(g)}")
        pub = reports[num]["published"] if num in reports else "9999-99-99"
        claims = g.get("claims", [])
        by = {}
        for c in claims:
            if list(c) != FIELDS and set(c) != set(FIELDS):
                errs.append(f"{num}: claim fields {list(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{num}: claim type {t}")
            if not valid_date(c["date"]):
                errs.append(f"{num}: bad date {c['date']}")
            elif c["date"] and c["date"] > pub[:len(c["date"])]:
                errs.append(f"{num}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{num}: group_release with a person or keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{num}: group_release count {c['count']}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{num}: {t} without person")
                keys = c["surname_keys"]
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    errs.append(f"{num}: bad keys {keys} for {c['person']}")
                if c["count"] is not None:
                    errs.append(f"{num}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{num}: deported {c['person']} has country {c['destination_country']}")
            elif c["destination_country"] is not None:
                errs.append(f"{num}: destination_country on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{num}: term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{num}: term_months on {t}")
            by.setdefault(c["person"], set()).add(t)
        for person, ts in by.items():
            if "deported" in ts and "released" not in ts:
                errs.append(f"{num}: {person} deported without released")
            if "pardoned" in ts and "released" not in ts:
                errs.append(f"{num}: {person} pardoned without released")
        people = people_by_name(spellings, num)
        for m in g.get("must_not", []):
            name, t = m.get("person"), m.get("type")
            keys = (people.get(name) or {}).get("keys") or sc.keys_for(name or "")
            excluded = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                        "deported": {"deported"}}.get(t, set())
            for c in claims:
                if c.get("type") in excluded and c.get("person") and (
                        c["person"] == name or sc.person_matches(c["person"], keys, name)):
                    errs.append(f"{num}: {t} trap on {name} contradicts gold {c['type']} of {c['person']}")
    return errs


def check_headers(sc, reports, golds, spellings, d):
    errs = []
    names = set(os.listdir(d))
    txt = {f[:-4] for f in names if re.fullmatch(r"\d+\.txt", f)}
    gj = {f[:-10] for f in names if re.fullmatch(r"\d+\.gold\.json", f)}
    if txt != set(NUMS):
        errs.append(f"report files {sorted(txt ^ set(NUMS))} missing or extra")
    if gj != set(NUMS):
        errs.append(f"gold files {sorted(gj ^ set(NUMS))} missing or extra")
    for num, r in reports.items():
        lines = r["lines"]
        if not valid_date(r["published"]) or len(r["published"]) != 10:
            errs.append(f"{num}: line 1 is not a date: {r['published']!r}")
        elif not (MIN_PUB <= r["published"] <= MAX_PUB):
            errs.append(f"{num}: publication date {r['published']} out of range")
        want = "en" if int(num) <= 14 else "ru" if int(num) <= 24 else "be"
        if r["lang"] != want:
            errs.append(f"{num}: language {r['lang']!r}, expected {want}")
        if len(lines) < 4 or lines[2].strip() != "":
            errs.append(f"{num}: line 3 is not blank")
        n = words(r["text"])
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words")
    return errs


def check_scripts_coverage(sc, reports, golds, spellings):
    errs = []
    for num, r in reports.items():
        text = r["text"]
        if r["lang"] == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                errs.append(f"{num}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            bad = sorted(set(re.findall(r"[іІўЎ]", text)))
            if bad:
                errs.append(f"{num}: Russian text contains {bad}")
        elif r["lang"] == "en":
            if CYRILLIC_RE.search(text):
                errs.append(f"{num}: English text contains Cyrillic")
    types = Counter(c["type"] for g in golds.values() for c in g.get("claims", []))
    kinds = Counter(m.get("kind") for g in golds.values() for m in g.get("must_not", []))
    for t in TYPES:
        if not types[t]:
            errs.append(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            errs.append(f"trap kind {k} never occurs")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


# ----------------------------------------------------------------------------- oracle / stats
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for num in NUMS:
        p = os.path.join(d, num + ".txt")
        if not os.path.exists(p):
            continue
        r = read_report(d, num)
        if r["text"] == text:
            gold = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c["date"]
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec or "unknown",
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": published or r["published"], "language": lang or r["lang"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


def stats(reports, golds):
    types = Counter(c["type"] for g in golds.values() for c in g["claims"])
    kinds = Counter(m["kind"] for g in golds.values() for m in g["must_not"])
    ttypes = Counter(m["type"] for g in golds.values() for m in g["must_not"])
    nc, nt = sum(types.values()), sum(kinds.values())
    wc = {n: words(r["text"]) for n, r in reports.items()}
    print(f"reports: {len(reports)} (en {sum(1 for r in reports.values() if r['lang'] == 'en')}, "
          f"ru {sum(1 for r in reports.values() if r['lang'] == 'ru')}, "
          f"be {sum(1 for r in reports.values() if r['lang'] == 'be')})")
    print(f"words: total {sum(wc.values())}, min {min(wc.values())}, max {max(wc.values())}, "
          f"mean {sum(wc.values()) / len(wc):.0f}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}  (share {nt / (nc + nt):.3f})")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print("trap types: " + ", ".join(f"{t} {n}" for t, n in ttypes.most_common()))
    print("per report (words/claims/traps): " + " ".join(
        f"{n}:{wc[n]}/{len(golds[n]['claims'])}/{len(golds[n]['must_not'])}" for n in sorted(golds)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle:
        if not args.file:
            ap.error("--oracle needs FILE")
        return oracle(d, args.file, args.published, args.lang)
    sc = load_scorer()
    reports, golds, spellings = load_all(d)
    if args.stats:
        stats(reports, golds)
        print()
    checks = [
        ("1 gold people are in the text", lambda: check_people_in_text(sc, reports, golds, spellings)),
        ("2 keys fit", lambda: check_keys_fit(sc, reports, golds, spellings)),
        ("3 spellings are complete", lambda: check_spellings_complete(sc, reports, golds, spellings)),
        ("4 perfect oracle score", lambda: check_oracle(sc, reports, golds, spellings, d)),
        ("5 traps are sound", lambda: check_traps(sc, reports, golds, spellings)),
        ("6 fields and logic", lambda: check_fields_logic(sc, reports, golds, spellings)),
        ("7 headers and size", lambda: check_headers(sc, reports, golds, spellings, d)),
        ("8 scripts and coverage", lambda: check_scripts_coverage(sc, reports, golds, spellings)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"crashed: {exc!r}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {label}")
        for e in errs[:40]:
            print(f"         - {e}")
        if len(errs) > 40:
            print(f"         ... {len(errs) - 40} more")
        failed += bool(errs)
    if failed:
        print("SOME CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
