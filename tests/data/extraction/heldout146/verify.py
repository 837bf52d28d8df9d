#!/usr/bin/env python3
"""Self-checks for the heldout146 extraction set (prisoners' letters published by supporters).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle [--dir DIR] FILE --published DATE --lang LANG

Without --oracle it runs the eight checks described in README.md, prints `ok` or `FAILED` for
each, and `ALL CHECKS PASSED` (exit status 0) only when all eight hold.

With --oracle it behaves like `volia extract`: it finds the report in DIR whose text equals FILE
and prints that report's gold claims as extraction JSON, so that
  score_claims.py DIR --cmd 'python3 verify.py --oracle'
scores the gold against itself.

The scorer module is imported from $VOLIA_SCORER_DIR, or else from ../../../../../shared/tools
relative to this file. Standard library only.
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
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"}
KINDS = {"official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"}
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
LANG_OF = {n: ("en" if int(n) <= 14 else "ru" if int(n) <= 24 else "be") for n in NUMBERS}
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- reading the set

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def word_count(text):
    return sum(1 for w in text.split() if re.search(r"\w", w))


def period_start(d):
    parts = [int(x) for x in d.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    try:
        period_start(d)
        return True
    except ValueError:
        return False


def load_set(d):
    reports = {}
    for n in NUMBERS:
        txt, gold = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw, text = read_report(txt)
        reports[n] = {"raw": raw, "text": text, "lang": LANG_OF[n],
                      "gold": json.load(open(gold, encoding="utf-8"))}
    spell_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    return reports, spellings


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for n in NUMBERS:
        p = os.path.join(d, n + ".txt")
        if not os.path.exists(p):
            continue
        raw, body = read_report(p)
        if body == text:
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
                claims.append({
                    "type": c["type"],
                    "person": ({"name": c["person"], "mention": c["person"], "person_id": None}
                               if c.get("person") else None),
                    "date": date, "date_precision": prec,
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or raw[0].strip(),
                              "language": lang or raw[1].strip(), "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"error": "report not in set"}), file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def people_of(spellings, n):
    return {p["name"]: p for p in spellings.get(n, [])}


def check_gold_people(sc, reports, spellings):
    errs = []
    for n, r in sorted(reports.items()):
        toks = tokens(r["text"], r["lang"])
        for c in r["gold"]["claims"]:
            if c.get("type") == "group_release" or not c.get("person"):
                continue
            keys, name = c.get("surname_keys") or [], c["person"]
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{n}: keys {keys} of {name} match no token of the report")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{n}: person_matches rejects gold name {name} with its own keys")
    return errs


def check_keys(sc, reports, spellings):
    errs = []
    for n, r in sorted(reports.items()):
        people = people_of(spellings, n)
        caps = sorted({t for t in tokens(r["text"], r["lang"]) if t[:1].isupper()})
        for name, p in people.items():
            keys = p.get("keys") or []
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys {keys} of {name} do not match spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    errs.append(f"{n}: relative {rel} of {name} is not listed")
                    continue
                allowed |= set(people[rel].get("surnames", []))
                if name not in people[rel].get("relatives", []):
                    errs.append(f"{n}: relative link {name} -> {rel} is not reciprocal")
                if sc.person_matches(rel, keys, name):
                    errs.append(f"{n}: relative {rel} is accepted as {name}")
                if sc.person_matches(name, people[rel].get("keys") or [], rel):
                    errs.append(f"{n}: {name} is accepted as relative {rel}")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys {keys} of {name} also match unrelated token {t}")
        for c in r["gold"]["claims"]:
            if not c.get("person"):
                continue
            p = people.get(c["person"])
            if p is None:
                errs.append(f"{n}: gold person {c['person']} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{n}: gold keys of {c['person']} differ from spellings.json")
    return errs


def fold_prefix(sc, word):
    f = re.sub(r"[^a-z]", "", sc.fold(word))
    return f[:4] if len(f) >= 4 else None


def check_spellings(sc, reports, spellings):
    errs = []
    for n, r in sorted(reports.items()):
        toks = tokens(r["text"], r["lang"])
        tokset = set(toks)
        people = spellings.get(n, [])
        if not people:
            errs.append(f"{n}: no people listed in spellings.json")
        listed = set()
        for p in people:
            for field in ("surnames", "given"):
                for s in p.get(field, []):
                    listed.add(s)
                    if s not in tokset:
                        errs.append(f"{n}: {field} spelling {s} of {p['name']} is not a token of the text")
        prefixes = {fold_prefix(sc, s) for p in people for s in p.get("surnames", [])} - {None}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if t not in listed and fold_prefix(sc, t) in prefixes:
                errs.append(f"{n}: capitalised token {t} shares a surname prefix but is not listed")
    return errs


def check_oracle(sc, d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    errs = []
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    for what in ("date", "dest", "term"):
        if a.get(what + "_ok", 0) != a.get(what + "_total", 0):
            errs.append(f"{what}: {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")
    errs.extend(res["details"][:20])
    return errs


def check_traps(sc, reports, spellings):
    errs = []
    for n, r in sorted(reports.items()):
        people = people_of(spellings, n)
        toks = tokens(r["text"], r["lang"])
        seen = set()
        for m in r["gold"].get("must_not", []):
            t, name, why, kind = m.get("type"), m.get("person"), m.get("why"), m.get("kind")
            if t not in TYPES:
                errs.append(f"{n}: trap type {t} invalid")
            if kind not in KINDS:
                errs.append(f"{n}: trap kind {kind} invalid")
            if not isinstance(why, str) or not why.strip():
                errs.append(f"{n}: trap on {name} has no why")
            if set(m) != {"type", "person", "why", "kind"}:
                errs.append(f"{n}: trap on {name} has fields {sorted(m)}")
            if (t, name) in seen:
                errs.append(f"{n}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{n}: trap person {name} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, x) for k in p["keys"] for x in toks):
                errs.append(f"{n}: trap person {name} is not named in the text")
            for g in r["gold"]["claims"]:
                if g["type"] != t or not g.get("person"):
                    continue
                for keys in (sc.keys_for(name), p["keys"]):
                    if sc.person_matches(g["person"], keys, name):
                        errs.append(f"{n}: trap ({t}, {name}) is matched by gold claim of {g['person']}")
                        break
    return errs


def check_logic(sc, reports, spellings):
    errs = []
    for n, r in sorted(reports.items()):
        try:
            pub = datetime.date.fromisoformat(r["raw"][0].strip())
        except ValueError:
            pub = MAX_PUB
        claims = r["gold"]["claims"]
        have = {(c.get("type"), c.get("person")) for c in claims}
        for c in claims:
            t, who = c.get("type"), c.get("person")
            if set(c) != FIELDS:
                errs.append(f"{n}: claim {t} {who} has fields {sorted(c)}")
                continue
            if t not in TYPES:
                errs.append(f"{n}: claim type {t} invalid")
            d = c["date"]
            if d is not None:
                if not valid_date(d):
                    errs.append(f"{n}: bad date {d!r} on {t} {who}")
                elif period_start(d) > pub:
                    errs.append(f"{n}: date {d} on {t} {who} is after publication {pub}")
            if t == "deported":
                if c["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{n}: deported {who} has bad country {c['destination_country']!r}")
                if ("released", who) not in have:
                    errs.append(f"{n}: deported {who} has no released claim")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination_country on {t} {who}")
            if t == "pardoned" and ("released", who) not in have:
                errs.append(f"{n}: pardoned {who} has no released claim")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{n}: bad term_months {tm!r} on {who}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term_months on {t} {who}")
            if t == "group_release":
                cnt = c["count"]
                if who is not None or c["surname_keys"] != []:
                    errs.append(f"{n}: group_release must have null person and [] keys")
                if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt <= 0:
                    errs.append(f"{n}: group_release count {cnt!r} is not positive")
            else:
                if c["count"] is not None:
                    errs.append(f"{n}: count on {t} {who}")
                if not who or not c["surname_keys"]:
                    errs.append(f"{n}: {t} claim lacks person or keys")
        for m in r["gold"].get("must_not", []):
            t, who = m.get("type"), m.get("person")
            if t == "released":
                for bad in ("released", "pardoned", "deported"):
                    if (bad, who) in have:
                        errs.append(f"{n}: released trap on {who} but gold {bad}")
            if t in ("pardoned", "deported") and (t, who) in have:
                errs.append(f"{n}: {t} trap on {who} but gold {t}")
    return errs


def check_headers(d, reports):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        extra, missing = set(present) - set(expected), set(expected) - set(present)
        errs.append(f"report files differ: extra {sorted(extra)}, missing {sorted(missing)}")
    for n, r in sorted(reports.items()):
        raw = r["raw"]
        try:
            pub = datetime.date.fromisoformat(raw[0].strip())
            if not (MIN_PUB <= pub <= MAX_PUB) or raw[0].strip() != raw[0]:
                errs.append(f"{n}: publication date {raw[0]} out of range")
        except ValueError:
            errs.append(f"{n}: line 1 {raw[0]!r} is not a date")
        if len(raw) < 4 or raw[1] != LANG_OF[n]:
            errs.append(f"{n}: line 2 must be {LANG_OF[n]}")
        if len(raw) < 4 or raw[2] != "":
            errs.append(f"{n}: line 3 must be blank")
        wc = word_count(r["text"])
        if not 150 <= wc <= 550:
            errs.append(f"{n}: {wc} words")
    return errs


def check_scripts(reports):
    errs = []
    types, kinds = Counter(), Counter()
    nclaims = ntraps = 0
    for n, r in sorted(reports.items()):
        text, lang = r["text"], r["lang"]
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", text):
                errs.append(f"{n}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{n}: Russian text contains ў/і")
        elif CYRILLIC_RE.search(text):
            errs.append(f"{n}: English text contains Cyrillic")
        for c in r["gold"]["claims"]:
            types[c.get("type")] += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
        nclaims += len(r["gold"]["claims"])
        ntraps += len(r["gold"].get("must_not", []))
    if TYPES - set(types):
        errs.append(f"event types missing: {sorted(TYPES - set(types))}")
    if KINDS - set(kinds):
        errs.append(f"trap kinds missing: {sorted(KINDS - set(kinds))}")
    share = ntraps / (nclaims + ntraps) if nclaims + ntraps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


def stats(reports):
    types, kinds, langs = Counter(), Counter(), Counter()
    words = 0
    for n, r in sorted(reports.items()):
        langs[r["lang"]] += 1
        words += word_count(r["text"])
        types.update(c["type"] for c in r["gold"]["claims"])
        kinds.update(m["kind"] for m in r["gold"].get("must_not", []))
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), words: {words}")
    print(f"claims: {nc}")
    for t in sorted(types):
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in sorted(kinds):
        print(f"  {k:26} {kinds[k]}")
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
        if not args.file:
            ap.error("--oracle needs FILE")
        return oracle(args.dir, args.file, args.published, args.lang)

    sc = load_scorer()
    reports, spellings = load_set(args.dir)
    checks = [
        ("1 gold people are in the text", lambda: check_gold_people(sc, reports, spellings)),
        ("2 keys fit", lambda: check_keys(sc, reports, spellings)),
        ("3 spellings are complete", lambda: check_spellings(sc, reports, spellings)),
        ("4 perfect oracle score", lambda: check_oracle(sc, args.dir)),
        ("5 traps are sound", lambda: check_traps(sc, reports, spellings)),
        ("6 fields and logic", lambda: check_logic(sc, reports, spellings)),
        ("7 headers and size", lambda: check_headers(args.dir, reports)),
        ("8 scripts and coverage", lambda: check_scripts(reports)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"check crashed: {exc!r}"]
        print(f"{'ok' if not errs else 'FAILED'}  {label}")
        for e in errs[:40]:
            print(f"    {e}")
        if len(errs) > 40:
            print(f"    ... {len(errs) - 40} more")
        failed += bool(errs)
    if args.stats:
        stats(reports)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
