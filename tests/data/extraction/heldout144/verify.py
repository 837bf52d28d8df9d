#!/usr/bin/env python3
"""Self-check for the heldout144 extraction evaluation set (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
      run the eight checks on DIR (default: the folder of this file); prints ok / FAILED per
      check and ALL CHECKS PASSED only when all hold (exit status 0 only then).
  python3 verify.py --oracle [--dir DIR] FILE --published DATE --lang LANG
      print the gold of the report whose text is FILE as `volia extract` output, so that
      score_claims.py --cmd 'python3 verify.py --oracle' scores the gold itself.

The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"
MIN_WORDS, MAX_WORDS = 150, 550
SHARE_MIN, SHARE_MAX = 0.25, 0.30

ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ\-][^\W_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
LATIN_RE = re.compile(r"[A-Za-z]")


def lang_for(number):
    n = int(number)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def read_report(folder, number):
    raw = open(os.path.join(folder, number + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and len(t) > 2 and t[-2:].lower() in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def valid_date(s, full=False):
    if not isinstance(s, str):
        return False
    pats = [r"\d{4}-\d{2}-\d{2}"] if full else [r"\d{4}", r"\d{4}-\d{2}", r"\d{4}-\d{2}-\d{2}"]
    if not any(re.fullmatch(p, s) for p in pats):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(date):
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


# ------------------------------------------------------------------ oracle
def oracle(folder, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for number in NUMBERS:
        if not os.path.exists(os.path.join(folder, number + ".txt")):
            continue
        raw, body = read_report(folder, number)
        if body == text:
            gold = json.load(open(os.path.join(folder, number + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None
                if c["person"] is not None:
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0,
                               "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": published or raw[0].strip(),
                              "language": lang or raw[1].strip(), "claims": claims},
                             ensure_ascii=False))
            return 0
    sys.stderr.write("oracle: no report in %s has this text\n" % folder)
    return 1


# ------------------------------------------------------------------ checks
class Data:
    def __init__(self, folder):
        self.folder = folder
        self.reports = {}
        for number in NUMBERS:
            tpath = os.path.join(folder, number + ".txt")
            gpath = os.path.join(folder, number + ".gold.json")
            if not (os.path.exists(tpath) and os.path.exists(gpath)):
                continue
            raw, body = read_report(folder, number)
            gold = json.load(open(gpath, encoding="utf-8"))
            lang = lang_for(number)
            self.reports[number] = {"raw": raw, "body": body, "gold": gold, "lang": lang,
                                    "tokens": tokens(body, lang)}
        sp = os.path.join(folder, "spellings.json")
        self.spellings = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}

    def people(self, number):
        return {p["name"]: p for p in self.spellings.get(number, [])}


def check1(d, sc, errs):
    for n, r in d.reports.items():
        for c in r["gold"].get("claims", []):
            if c.get("person") is None:
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in r["tokens"]):
                errs.append(f"{n}: keys {keys} of {c['person']} match no token of the report")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{n}: person_matches rejects the gold name {c['person']}")


def check2(d, sc, errs):
    for n, r in d.reports.items():
        people = d.people(n)
        caps = sorted({t for t in r["tokens"] if t[:1].isupper()})
        for name, p in people.items():
            keys = p["keys"]
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{n}: keys {keys} of {name} miss the spelling {s}")
            allowed = set(p["surnames"])
            for rel in p["relatives"]:
                if rel not in people:
                    errs.append(f"{n}: relative {rel} of {name} is not listed")
                    continue
                allowed |= set(people[rel]["surnames"])
                if name not in people[rel]["relatives"]:
                    errs.append(f"{n}: {rel} does not link back to {name}")
                if sc.person_matches(name, people[rel]["keys"], rel) or \
                        sc.person_matches(rel, keys, name):
                    errs.append(f"{n}: relatives {name} / {rel} are not told apart by person_matches")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{n}: keys {keys} of {name} also match the token {t}")
        for c in r["gold"].get("claims", []):
            if c.get("person") is None:
                continue
            p = people.get(c["person"])
            if p is None:
                errs.append(f"{n}: gold person {c['person']} is not in spellings.json")
            elif c.get("surname_keys") != p["keys"]:
                errs.append(f"{n}: surname_keys of {c['person']} differ from spellings.json")


def check3(d, sc, errs):
    def fp(word):
        return re.sub(r"[^a-z]", "", sc.fold(word))[:4]
    for n, r in d.reports.items():
        toks = set(r["tokens"])
        listed = set()
        for p in d.spellings.get(n, []):
            for s in p["surnames"] + p["given"]:
                if s not in toks:
                    errs.append(f"{n}: listed spelling {s} of {p['name']} is not a token of the text")
            listed |= set(p["surnames"])
        prefixes = {fp(s) for s in listed if len(fp(s)) == 4}
        for t in sorted(toks):
            if t[:1].isupper() and t not in listed and fp(t) in prefixes:
                errs.append(f"{n}: token {t} shares a 4-letter prefix with a listed surname but is not listed")
    missing = sorted(set(d.reports) - set(d.spellings))
    if missing:
        errs.append(f"spellings.json lacks reports {missing}")


def check4(d, sc, errs, timeout=60):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d.folder)}"
    res = sc.score(d.folder, cmd, timeout)
    a = res["attributes"]
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"oracle scored {res['articles']} articles, not 30")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"oracle {k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    for line in res["details"][:10]:
        errs.append("  " + line)


def check5(d, sc, errs):
    for n, r in d.reports.items():
        people = d.people(n)
        seen = set()
        claims = r["gold"].get("claims", [])
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
            t, who = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                errs.append(f"{n}: trap type {t!r}")
            if m.get("kind") not in KINDS:
                errs.append(f"{n}: trap kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{n}: trap on {who} has no why")
            if (t, who) in seen:
                errs.append(f"{n}: trap ({t}, {who}) appears twice")
            seen.add((t, who))
            if who not in people:
                errs.append(f"{n}: trap person {who} is not in spellings.json")
                continue
            own = people[who]["keys"]
            if not any(sc.key_matches_token(k, tok) for k in own for tok in r["tokens"]):
                errs.append(f"{n}: trap person {who} is not named in the text")
            for c in claims:
                if c["type"] != t or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(who), who) or \
                        sc.person_matches(c["person"], own, who):
                    errs.append(f"{n}: trap ({t}, {who}) is matched by gold claim of {c['person']}")


def check6(d, sc, errs):
    for n, r in d.reports.items():
        pub = r["raw"][0].strip()
        claims = r["gold"].get("claims", [])
        by_person = {}
        for c in claims:
            if set(c) != FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{n}: claim type {t!r}")
            date = c["date"]
            if date is not None:
                if not valid_date(date):
                    errs.append(f"{n}: bad date {date!r}")
                elif date > pub[:len(date)]:
                    errs.append(f"{n}: date {date} after publication {pub}")
            if c["destination_country"] is not None and t != "deported":
                errs.append(f"{n}: destination_country on {t}")
            if c["term_months"] is not None and t != "sentenced":
                errs.append(f"{n}: term_months on {t}")
            if c["count"] is not None and t != "group_release":
                errs.append(f"{n}: count on {t}")
            if t == "sentenced" and c["term_months"] is not None and \
                    not (isinstance(c["term_months"], int) and c["term_months"] > 0):
                errs.append(f"{n}: bad term_months {c['term_months']!r}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or \
                        not (isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{n}: malformed group_release {c}")
            else:
                if not isinstance(c["person"], str) or not c["person"] or not c["surname_keys"]:
                    errs.append(f"{n}: {t} claim without person or keys")
                by_person.setdefault(c["person"], set()).add(t)
            if t == "deported" and c["destination_country"] not in ISO_ALPHA2:
                errs.append(f"{n}: deported with destination {c['destination_country']!r}")
        for who, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                errs.append(f"{n}: deported without released for {who}")
            if "pardoned" in ts and "released" not in ts:
                errs.append(f"{n}: pardoned without released for {who}")
        for m in r["gold"].get("must_not", []):
            ts = by_person.get(m.get("person"), set())
            if m.get("type") == "released" and ts & {"released", "pardoned", "deported"}:
                errs.append(f"{n}: released trap on {m['person']} who has release gold")
            if m.get("type") in ("pardoned", "deported") and m["type"] in ts:
                errs.append(f"{n}: {m['type']} trap on {m['person']} who has that gold")


def check7(d, sc, errs):
    names = os.listdir(d.folder)
    txt = {f[:-4] for f in names if re.fullmatch(r"\d+\.txt", f)}
    gold = {f[:-10] for f in names if re.fullmatch(r"\d+\.gold\.json", f)}
    if txt != set(NUMBERS) or gold != set(NUMBERS):
        errs.append(f"files present: txt {sorted(txt ^ set(NUMBERS))} gold {sorted(gold ^ set(NUMBERS))} differ from 01-30")
    for n, r in d.reports.items():
        raw = r["raw"]
        if len(raw) < 4 or not valid_date(raw[0].strip(), full=True) or raw[0] != raw[0].strip() \
                or not (MIN_PUB <= raw[0].strip() <= MAX_PUB):
            errs.append(f"{n}: line 1 {raw[0]!r} is not a date in {MIN_PUB}..{MAX_PUB}")
        if len(raw) < 2 or raw[1] != lang_for(n):
            errs.append(f"{n}: line 2 {raw[1] if len(raw) > 1 else None!r}, expected {lang_for(n)}")
        if len(raw) < 3 or raw[2] != "":
            errs.append(f"{n}: line 3 is not blank")
        words = len(WORD_RE.findall(r["body"]))
        if not MIN_WORDS <= words <= MAX_WORDS:
            errs.append(f"{n}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")


def check8(d, sc, errs):
    nclaims = ntraps = 0
    types, kinds = set(), set()
    for n, r in d.reports.items():
        body, lang = r["body"], r["lang"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                errs.append(f"{n}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                errs.append(f"{n}: Russian text contains {bad}")
        elif CYRILLIC_RE.search(body):
            errs.append(f"{n}: English text contains Cyrillic")
        for t in r["tokens"]:
            if CYRILLIC_RE.search(t) and LATIN_RE.search(t):
                errs.append(f"{n}: token {t!r} mixes Latin and Cyrillic letters")
        claims = r["gold"].get("claims", [])
        traps = r["gold"].get("must_not", [])
        nclaims += len(claims)
        ntraps += len(traps)
        types |= {c.get("type") for c in claims}
        kinds |= {m.get("kind") for m in traps}
    if set(TYPES) - types:
        errs.append(f"event types never used: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds never used: {sorted(set(KINDS) - kinds)}")
    share = ntraps / max(nclaims + ntraps, 1)
    if not SHARE_MIN <= share <= SHARE_MAX:
        errs.append(f"trap share {share:.3f} outside {SHARE_MIN}-{SHARE_MAX}")


CHECKS = [
    ("1 gold people are in the text", check1),
    ("2 keys fit", check2),
    ("3 spellings are complete", check3),
    ("4 perfect oracle score", check4),
    ("5 traps are sound", check5),
    ("6 fields and logic", check6),
    ("7 headers and size", check7),
    ("8 scripts and coverage", check8),
]


def stats(d):
    from collections import Counter
    types, kinds, words = Counter(), Counter(), Counter()
    nreports = Counter()
    for n, r in d.reports.items():
        nreports[r["lang"]] += 1
        words[r["lang"]] += len(WORD_RE.findall(r["body"]))
        types.update(c["type"] for c in r["gold"]["claims"])
        kinds.update(m["kind"] for m in r["gold"]["must_not"])
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {sum(nreports.values())} " + ", ".join(f"{k}={v}" for k, v in sorted(nreports.items())))
    print(f"words: {sum(words.values())} " + ", ".join(f"{k}={v}" for k, v in sorted(words.items())))
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / max(nc + nt, 1):.3f}")
    for n, r in sorted(d.reports.items()):
        print(f"  {n} {r['raw'][0]} {r['lang']} words={len(WORD_RE.findall(r['body']))} "
              f"claims={len(r['gold']['claims'])} traps={len(r['gold']['must_not'])}")


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
            ap.error("--oracle needs the report FILE")
        return oracle(args.dir, args.file, args.published, args.lang)
    sys.path.insert(0, SCORER_DIR)
    import score_claims as sc  # noqa: E402
    d = Data(args.dir)
    all_ok = True
    for title, fn in CHECKS:
        errs = []
        try:
            fn(d, sc, errs)
        except Exception as exc:  # a crash is a failure of that check
            errs.append(f"crashed: {exc!r}")
        print(("ok      " if not errs else "FAILED  ") + title)
        for e in errs[:40]:
            print("    " + e)
        if len(errs) > 40:
            print(f"    ... {len(errs) - 40} more")
        all_ok = all_ok and not errs
    if args.stats:
        stats(d)
    if all_ok:
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
