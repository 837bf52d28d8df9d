#!/usr/bin/env python3
"""Checks for the heldout143 evaluation set (sports people and football fans prosecuted).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle [--dir DIR] FILE --published DATE --lang LANG

The checks import score_claims.py from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file. Standard library only.

--oracle prints the gold claims of the report whose text equals FILE, in the output shape of
`volia extract`, so that the scorer can be run with this script as its command.
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
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
FIRST_DAY, LAST_DAY = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def lang_of(num):
    n = int(num)
    return "en" if n <= 14 else "ru" if n <= 24 else "be"


def tokens(text):
    """Runs of letters with inner apostrophes or hyphens; English possessive 's stripped."""
    out = []
    for t in TOKEN.findall(text):
        if t.endswith("'s") or t.endswith("’s"):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def folded(t):
    return re.sub(r"[^a-z]", "", sc.fold(t))


def parse_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return s


def load(d):
    data = {}
    spell_path = os.path.join(d, "spellings.json")
    spell = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    for num in NUMBERS:
        tp, gp = os.path.join(d, num + ".txt"), os.path.join(d, num + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        raw = open(tp, encoding="utf-8").read()
        lines = raw.split("\n")
        text = "\n".join(lines[3:])
        gold = json.load(open(gp, encoding="utf-8"))
        data[num] = dict(raw=raw, lines=lines, text=text, toks=tokens(text), gold=gold,
                         people={p["name"]: p for p in spell.get(num, [])})
    return data, spell


def person_keys(rep, name):
    p = rep["people"].get(name)
    return p["keys"] if p else []


def same_person(rep, gold_name, trap_name):
    """Does a gold claim's person denote the trap person?"""
    if gold_name == trap_name:
        return True
    for keys in (sc.keys_for(trap_name), person_keys(rep, trap_name)):
        if keys and sc.person_matches(gold_name, keys, trap_name):
            return True
    return False


# ---------------------------------------------------------------- checks

def check_people_in_text(data, spell, d):
    errs = []
    for num, rep in data.items():
        for c in rep["gold"].get("claims", []):
            if c.get("person") is None:
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in rep["toks"]):
                errs.append(f"{num}: keys {keys} of {c['person']} match no token")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{num}: person_matches rejects gold name {c['person']}")
    return errs


def check_keys_fit(data, spell, d):
    errs = []
    for num, rep in data.items():
        people = rep["people"]
        caps = {t for t in rep["toks"] if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} miss spelling {s} of {name}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in people:
                    errs.append(f"{num}: relative {r} of {name} not listed")
                    continue
                allowed |= set(people[r].get("surnames", []))
                if name not in people[r].get("relatives", []):
                    errs.append(f"{num}: relative link {name} -> {r} not reciprocated")
                if sc.person_matches(name, people[r]["keys"], r) or sc.person_matches(r, keys, name):
                    errs.append(f"{num}: person_matches confuses relatives {name} / {r}")
            for t in sorted(caps):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match token {t}")
        for c in rep["gold"].get("claims", []):
            if c.get("person") is None:
                continue
            p = people.get(c["person"])
            if p is None:
                errs.append(f"{num}: gold person {c['person']} not in spellings.json")
            elif c.get("surname_keys") != p.get("keys"):
                errs.append(f"{num}: gold keys of {c['person']} differ from spellings.json")
    return errs


def check_spellings_complete(data, spell, d):
    errs = []
    for num, rep in data.items():
        toks = set(rep["toks"])
        caps = {t for t in toks if t[:1].isupper()}
        listed = set()
        surnames = set()
        for name, p in rep["people"].items():
            for field in ("surnames", "given"):
                for s in p.get(field, []):
                    listed.add(s)
                    if s not in toks:
                        errs.append(f"{num}: {field} spelling {s} of {name} is not a token of the text")
            surnames |= set(p.get("surnames", []))
        prefixes = {folded(s)[:4] for s in surnames if len(folded(s)) >= 4}
        for t in sorted(caps):
            if folded(t)[:4] in prefixes and len(folded(t)) >= 4 and t not in listed:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check_oracle(data, spell, d):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 60)
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    for k in ("violations", "errors"):
        if res[k]:
            errs.append(f"{k} = {res[k]}")
    if res["articles"] != 30:
        errs.append(f"articles = {res['articles']}")
    a = res["attributes"]
    want = {"date": 0, "dest": 0, "term": 0}
    for rep in data.values():
        for c in rep["gold"].get("claims", []):
            want["date"] += bool(c.get("date"))
            want["dest"] += bool(c.get("destination_country"))
            want["term"] += bool(c.get("term_months"))
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0) or a.get(f"{k}_total", 0) != want[k]:
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)} counted right, {want[k]} expected")
    errs.extend(res["details"][:10])
    return errs


def check_traps(data, spell, d):
    errs = []
    for num, rep in data.items():
        seen = set()
        claims = rep["gold"].get("claims", [])
        for m in rep["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            typ, person = m.get("type"), m.get("person")
            if typ not in TYPES:
                errs.append(f"{num}: trap type {typ}")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{num}: trap without why")
            if not isinstance(person, str) or not person:
                errs.append(f"{num}: trap without person")
                continue
            if (typ, person) in seen:
                errs.append(f"{num}: trap ({typ}, {person}) twice")
            seen.add((typ, person))
            keys = person_keys(rep, person)
            if not keys:
                errs.append(f"{num}: trap person {person} not in spellings.json")
            elif not any(sc.key_matches_token(k, t) for k in keys for t in rep["toks"]):
                errs.append(f"{num}: trap person {person} not named in the text")
            for c in claims:
                if c.get("type") != typ or not c.get("person"):
                    continue
                for ks in (sc.keys_for(person), keys):
                    if ks and sc.person_matches(c["person"], ks, person):
                        errs.append(f"{num}: trap ({typ}, {person}) matched by gold claim of {c['person']}")
                        break
    return errs


def check_fields(data, spell, d):
    errs = []
    for num, rep in data.items():
        pub = rep["lines"][0].strip()
        claims = rep["gold"].get("claims", [])
        if set(rep["gold"]) != {"claims", "must_not"}:
            errs.append(f"{num}: gold keys {sorted(rep['gold'])}")
        for c in claims:
            where = f"{num}: {c.get('type')} {c.get('person')}"
            if set(c) != FIELDS:
                errs.append(f"{where}: fields {sorted(c)}")
                continue
            typ = c["type"]
            if typ not in TYPES:
                errs.append(f"{where}: unknown type")
            if c["date"] is not None:
                if parse_date(c["date"]) is None:
                    errs.append(f"{where}: bad date {c['date']}")
                elif c["date"] > pub[: len(c["date"])]:
                    errs.append(f"{where}: date {c['date']} after publication {pub}")
            if typ == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{where}: group_release must have null person and [] keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    errs.append(f"{where}: group_release needs a positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"]:
                    errs.append(f"{where}: missing person")
                if (not isinstance(c["surname_keys"], list) or not c["surname_keys"]
                        or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"])):
                    errs.append(f"{where}: surname_keys must be lower-case Latin")
                if c["count"] is not None:
                    errs.append(f"{where}: count only on group_release")
            if typ == "deported":
                if c["destination_country"] not in ISO:
                    errs.append(f"{where}: destination {c['destination_country']} is not ISO alpha-2")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                    errs.append(f"{where}: deported without released")
            elif c["destination_country"] is not None:
                errs.append(f"{where}: destination_country only on deported")
            if typ == "sentenced":
                t = c["term_months"]
                if t is not None and (not isinstance(t, int) or isinstance(t, bool) or t <= 0):
                    errs.append(f"{where}: bad term_months {t}")
            elif c["term_months"] is not None:
                errs.append(f"{where}: term_months only on sentenced")
            if typ == "pardoned" and not any(o["type"] == "released" and o["person"] == c["person"]
                                             for o in claims):
                errs.append(f"{where}: pardoned without released")
        for m in rep["gold"].get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            for c in claims:
                if c.get("type") in excl and c.get("person") and same_person(rep, c["person"], m.get("person", "")):
                    errs.append(f"{num}: {m['type']} trap on {m['person']} but gold {c['type']} {c['person']}")
    return errs


def check_headers(data, spell, d):
    errs = []
    present = {f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f)}
    expected = {f"{n}.txt" for n in NUMBERS} | {f"{n}.gold.json" for n in NUMBERS}
    if present != expected:
        errs.append(f"files: missing {sorted(expected - present)}, extra {sorted(present - expected)}")
    for num, rep in data.items():
        lines = rep["lines"]
        if len(lines) < 4:
            errs.append(f"{num}: too short")
            continue
        try:
            day = datetime.date.fromisoformat(lines[0].strip())
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[0].strip()) or not FIRST_DAY <= day <= LAST_DAY:
                errs.append(f"{num}: publication date {lines[0]} out of range")
        except ValueError:
            errs.append(f"{num}: line 1 is not a date")
        if lines[1].strip() != lang_of(num):
            errs.append(f"{num}: language {lines[1]!r}, expected {lang_of(num)}")
        if lines[2].strip():
            errs.append(f"{num}: line 3 is not blank")
        words = len(rep["text"].split())
        if not 150 <= words <= 550:
            errs.append(f"{num}: {words} words")
    return errs


def check_scripts(data, spell, d):
    errs = []
    n_claims = n_traps = 0
    types, kinds = set(), set()
    for num, rep in data.items():
        text, lang = rep["text"], lang_of(num)
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                errs.append(f"{num}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{num}: Russian text has ў/і")
        elif re.search(r"[\u0400-\u04FF]", text):
            errs.append(f"{num}: English text has Cyrillic")
        n_claims += len(rep["gold"].get("claims", []))
        n_traps += len(rep["gold"].get("must_not", []))
        types |= {c.get("type") for c in rep["gold"].get("claims", [])}
        kinds |= {m.get("kind") for m in rep["gold"].get("must_not", [])}
    if set(TYPES) - types:
        errs.append(f"event types not covered: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds not covered: {sorted(set(KINDS) - kinds)}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


CHECKS = [
    ("1 gold people are in the text", check_people_in_text),
    ("2 keys fit", check_keys_fit),
    ("3 spellings are complete", check_spellings_complete),
    ("4 perfect oracle score", check_oracle),
    ("5 traps are sound", check_traps),
    ("6 fields and logic", check_fields),
    ("7 headers and size", check_headers),
    ("8 scripts and coverage", check_scripts),
]


def stats(data):
    from collections import Counter
    types, kinds, words = Counter(), Counter(), Counter()
    for num, rep in data.items():
        words[lang_of(num)] += len(rep["text"].split())
        for c in rep["gold"].get("claims", []):
            types[c["type"]] += 1
        for m in rep["gold"].get("must_not", []):
            kinds[m["kind"]] += 1
        print(f"{num} {rep['lines'][0]} {rep['lines'][1]} words={len(rep['text'].split()):3} "
              f"claims={len(rep['gold']['claims']):2} traps={len(rep['gold']['must_not'])}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports={len(data)} words={sum(words.values())} ({dict(words)})")
    print(f"claims={nc} traps={nt} trap share={nt / max(nc + nt, 1):.3f}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    for k in KINDS:
        print(f"  trap {k:21} {kinds[k]}")


def oracle(args):
    d = args.dir
    text = open(args.file, encoding="utf-8").read()
    for num in NUMBERS:
        tp = os.path.join(d, num + ".txt")
        if not os.path.exists(tp):
            continue
        lines = open(tp, encoding="utf-8").read().split("\n")
        if "\n".join(lines[3:]) != text:
            continue
        gold = json.load(open(os.path.join(d, num + ".gold.json"), encoding="utf-8"))
        out = []
        for c in gold.get("claims", []):
            date = c.get("date")
            prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")
            person = None
            if c.get("person"):
                person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
            out.append({"type": c["type"], "person": person, "date": date, "date_precision": prec,
                        "destination_country": c.get("destination_country"),
                        "term_months": c.get("term_months"), "count": c.get("count"),
                        "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
        print(json.dumps({"published": args.published or lines[0].strip(),
                          "language": args.lang or lines[1].strip(), "claims": out}, ensure_ascii=False))
        return 0
    print(json.dumps({"error": "no report with this text"}))
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("file", nargs="?")
    args = ap.parse_args()
    args.dir = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(args)
    data, spell = load(args.dir)
    if args.stats:
        stats(data)
    failed = False
    for title, fn in CHECKS:
        try:
            errs = fn(data, spell, args.dir)
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"check crashed: {exc!r}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {title}")
        for e in errs[:15]:
            print(f"         {e}")
        if len(errs) > 15:
            print(f"         ... {len(errs) - 15} more")
        failed = failed or bool(errs)
    if failed:
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
