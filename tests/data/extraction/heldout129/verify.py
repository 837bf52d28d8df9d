#!/usr/bin/env python3
"""Self-check for the heldout129 evaluation set (courtroom reporting).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs eight checks, prints `ok` or `FAILED` for each and
`ALL CHECKS PASSED` only when all eight hold (exit status 0 only then).
With --oracle it behaves like `volia extract`: it finds the report in DIR whose text
equals FILE and prints that report's gold claims as extraction JSON. Check 4 uses this
mode as the command given to the scorer.

The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR or, by default,
from ../../../../../shared/tools relative to this file. Standard library only.
"""
import argparse
import datetime
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
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def lang_for(num):
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    head = raw[:3]
    text = "\n".join(raw[3:])
    return head, text


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['\u2019]s$", "", t)
        if t:
            out.append(t)
    return out


def word_count(text):
    return sum(1 for w in text.split() if re.search(r"\w", w))


def valid_date(s):
    if not isinstance(s, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", s):
            return 1900 <= int(s) <= 2100
        if re.fullmatch(r"\d{4}-\d{2}", s):
            datetime.date(int(s[:4]), int(s[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            datetime.date.fromisoformat(s)
            return True
    except ValueError:
        return False
    return False


def load_set(d):
    reports = {}
    for num in NUMBERS:
        tp, gp = os.path.join(d, num + ".txt"), os.path.join(d, num + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        head, text = read_report(tp)
        gold = json.load(open(gp, encoding="utf-8"))
        reports[num] = {"head": head, "text": text, "gold": gold,
                        "lang": head[1].strip() if len(head) > 1 else "",
                        "pub": head[0].strip() if head else ""}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


# ----------------------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for num in NUMBERS:
        tp = os.path.join(d, num + ".txt")
        if not os.path.exists(tp):
            continue
        head, body = read_report(tp)
        if body == text:
            gold = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                date = g.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}.get(len(date))
                name = g.get("person")
                claims.append({
                    "type": g["type"],
                    "person": None if name is None else {"name": name, "mention": name, "person_id": None},
                    "date": date, "date_precision": prec,
                    "destination_country": g.get("destination_country"),
                    "term_months": g.get("term_months"), "count": g.get("count"),
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or head[0].strip(), "language": lang or head[1].strip(),
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ----------------------------------------------------------------------------- checks

def people_of(spellings, num):
    return {p["name"]: p for p in spellings.get(num, [])}


def check_people_in_text(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        toks = tokens(r["text"], lang_for(num))
        for g in r["gold"].get("claims", []):
            name = g.get("person")
            if name is None:
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects gold name {name}")
    return errs


def check_keys_fit(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        caps = set(t for t in tokens(r["text"], lang_for(num)) if t[:1].isupper())
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                allowed |= set(people.get(rel, {}).get("surnames", []))
            for t in caps - allowed:
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match unrelated token {t}")
            for rel in p.get("relatives", []):
                q = people.get(rel)
                if q is None:
                    errs.append(f"{num}: relative {rel} of {name} is not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name) or sc.person_matches(name, q.get("keys") or [], rel):
                    errs.append(f"{num}: person_matches confuses relatives {name} / {rel}")
        for g in r["gold"].get("claims", []):
            name = g.get("person")
            if name is None:
                continue
            if name not in people:
                errs.append(f"{num}: gold person {name} not in spellings.json")
            elif list(g.get("surname_keys") or []) != list(people[name].get("keys") or []):
                errs.append(f"{num}: gold keys of {name} differ from spellings.json")
    return errs


def check_spellings_complete(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        toks = tokens(r["text"], lang_for(num))
        tokset = set(toks)
        people = spellings.get(num, [])
        if not people:
            errs.append(f"{num}: no people in spellings.json")
        listed = set()
        for p in people:
            for field in ("surnames", "given"):
                for s in p.get(field, []):
                    listed.add(s)
                    if s not in tokset:
                        errs.append(f"{num}: {field[:-1]} spelling {s} of {p['name']} is not a token")

        def pre(t):
            return re.sub(r"[^a-z]", "", sc.fold(t))[:4]
        prefixes = {pre(s) for p in people for s in p.get("surnames", []) if len(pre(s)) == 4}
        for t in sorted(set(t for t in toks if t[:1].isupper())):
            if pre(t) in prefixes and t not in listed:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check_oracle(sc, d, reports):
    errs = []
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:5]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles scored = {res['articles']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    want = {"date": 0, "dest": 0, "term": 0}
    for r in reports.values():
        for g in r["gold"]["claims"]:
            want["date"] += bool(g.get("date"))
            want["dest"] += bool(g.get("destination_country"))
            want["term"] += bool(g.get("term_months"))
    for k, v in want.items():
        if a.get(k + "_total", 0) != v:
            errs.append(f"{k} counted {a.get(k + '_total', 0)} of {v}")
    return errs


def check_traps(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        toks = tokens(r["text"], lang_for(num))
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
                continue
            t, name = m["type"], m["person"]
            if t not in TYPES:
                errs.append(f"{num}: trap type {t}")
            if m["kind"] not in KINDS:
                errs.append(f"{num}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                errs.append(f"{num}: trap {t} {name} has no why")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            if name not in people:
                errs.append(f"{num}: trap person {name} not in spellings.json")
                continue
            own = people[name].get("keys") or []
            if not any(sc.key_matches_token(k, x) for k in own for x in toks):
                errs.append(f"{num}: trap person {name} is not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] != t or g.get("person") is None:
                    continue
                if sc.person_matches(g["person"], sc.keys_for(name), name) or \
                        sc.person_matches(g["person"], own, name):
                    errs.append(f"{num}: trap ({t}, {name}) is matched by gold claim of {g['person']}")
    return errs


def check_fields(sc, reports, spellings):
    errs = []
    for num, r in reports.items():
        pub = r["pub"]
        claims = r["gold"].get("claims", [])
        if set(r["gold"]) != {"claims", "must_not"}:
            errs.append(f"{num}: gold keys {sorted(r['gold'])}")

        def has(t, name):
            return any(c["type"] == t and c.get("person") == name for c in claims)
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(c)}")
                continue
            t, name, date = c["type"], c["person"], c["date"]
            if t not in TYPES:
                errs.append(f"{num}: claim type {t}")
            if date is not None:
                if not valid_date(date):
                    errs.append(f"{num}: bad date {date}")
                elif date > pub[:len(date)]:
                    errs.append(f"{num}: date {date} after publication {pub}")
            if t == "group_release":
                if name is not None or c["surname_keys"] != [] or not isinstance(c["count"], int) or c["count"] <= 0:
                    errs.append(f"{num}: bad group_release {c}")
            else:
                if not isinstance(name, str) or not name or not c["surname_keys"]:
                    errs.append(f"{num}: {t} without person or keys")
                if c["count"] is not None:
                    errs.append(f"{num}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{num}: deported {name} has country {c['destination_country']}")
                if not has("released", name):
                    errs.append(f"{num}: deported {name} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{num}: destination_country on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    errs.append(f"{num}: bad term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{num}: term_months on {t}")
            if t == "pardoned" and not has("released", name):
                errs.append(f"{num}: pardoned {name} without released")
        for m in r["gold"].get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            for t in excl:
                if has(t, m.get("person")):
                    errs.append(f"{num}: {m['type']} trap on {m['person']} but gold has {t}")
    return errs


def check_headers(sc, d, reports):
    errs = []
    names = sorted(f for f in os.listdir(d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    want = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if names != want:
        errs.append(f"files present differ from 01..30: extra {sorted(set(names) - set(want))}, "
                    f"missing {sorted(set(want) - set(names))}")
    for num, r in reports.items():
        head = r["head"]
        if len(head) < 3:
            errs.append(f"{num}: short header")
            continue
        if not (valid_date(head[0]) and len(head[0]) == 10 and MIN_PUB <= head[0] <= MAX_PUB):
            errs.append(f"{num}: publication date {head[0]!r}")
        if head[1] != lang_for(num):
            errs.append(f"{num}: language {head[1]!r}, expected {lang_for(num)}")
        if head[2] != "":
            errs.append(f"{num}: line 3 is not blank")
        wc = word_count(r["text"])
        if not 150 <= wc <= 550:
            errs.append(f"{num}: {wc} words")
    return errs


def check_scripts(sc, reports):
    errs = []
    types, kinds = set(), set()
    nclaims = ntraps = 0
    for num, r in reports.items():
        text, lang = r["text"], lang_for(num)
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                errs.append(f"{num}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{num}: Russian text contains ў/і")
        elif CYRILLIC.search(text):
            errs.append(f"{num}: English text contains Cyrillic")
        for c in r["gold"].get("claims", []):
            types.add(c.get("type"))
            nclaims += 1
        for m in r["gold"].get("must_not", []):
            kinds.add(m.get("kind"))
            ntraps += 1
    if set(TYPES) - types:
        errs.append(f"event types not covered: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds not covered: {sorted(set(KINDS) - kinds)}")
    share = ntraps / (nclaims + ntraps) if nclaims + ntraps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


def stats(reports):
    from collections import Counter
    ct, ck, words, langs = Counter(), Counter(), 0, Counter()
    for num, r in reports.items():
        words += word_count(r["text"])
        langs[r["lang"]] += 1
        for c in r["gold"]["claims"]:
            ct[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            ck[m["kind"]] += 1
    nc, nt = sum(ct.values()), sum(ck.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}); words: {words}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {ck[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.file, args.published, args.lang)
    sc = load_scorer()
    reports, spellings = load_set(args.dir)
    if args.stats:
        stats(reports)
    checks = [
        ("1. gold people are in the text", lambda: check_people_in_text(sc, reports, spellings)),
        ("2. keys fit", lambda: check_keys_fit(sc, reports, spellings)),
        ("3. spellings are complete", lambda: check_spellings_complete(sc, reports, spellings)),
        ("4. perfect oracle score", lambda: check_oracle(sc, args.dir, reports)),
        ("5. traps are sound", lambda: check_traps(sc, reports, spellings)),
        ("6. fields and logic", lambda: check_fields(sc, reports, spellings)),
        ("7. headers and size", lambda: check_headers(sc, args.dir, reports)),
        ("8. scripts and coverage", lambda: check_scripts(sc, reports)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"{type(exc).__name__}: {exc}"]
        if errs:
            failed += 1
            print(f"FAILED {label}")
            for e in errs[:20]:
                print(f"    {e}")
            if len(errs) > 20:
                print(f"    ... {len(errs) - 20} more")
        else:
            print(f"ok     {label}")
    if failed:
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
