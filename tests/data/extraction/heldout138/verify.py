#!/usr/bin/env python3
"""Self-checks for the blind evaluation set heldout138 (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published YYYY-MM-DD --lang LANG

Without --oracle it runs eight checks over the set in DIR (default: the folder of this
file), prints `ok` or `FAILED` for each, and `ALL CHECKS PASSED` when all eight hold; the
exit status is 0 only then. --stats also prints counts.

With --oracle it behaves like `volia extract`: it finds the report whose text equals FILE
and prints its gold claims as extraction JSON (used by check 4 through the scorer).

The scorer `score_claims.py` is imported from $VOLIA_SCORER_DIR, or else from
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
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def lang_for(num):
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        t = re.sub(r"['’]s$", "", t)
        if t:
            out.append(t)
    return out


def is_cap(tok):
    return tok[:1].isupper()


def folded(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))


def valid_date(s):
    if not isinstance(s, str):
        return False
    fmt = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(s))
    if not fmt or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", s):
        return False
    try:
        datetime.datetime.strptime(s, fmt)
    except ValueError:
        return False
    return True


def any_key_matches(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


class Article:
    def __init__(self, folder, num):
        self.num = num
        with open(os.path.join(folder, f"{num}.txt"), encoding="utf-8") as fh:
            self.raw = fh.read()
        lines = self.raw.split("\n")
        self.lines = lines
        self.published = lines[0].strip() if lines else ""
        self.lang = lines[1].strip() if len(lines) > 1 else ""
        self.body = "\n".join(lines[3:])
        self.toks = tokens(self.body)
        self.tokset = set(self.toks)
        self.caps = sorted(set(t for t in self.toks if is_cap(t)))
        with open(os.path.join(folder, f"{num}.gold.json"), encoding="utf-8") as fh:
            self.gold = json.load(fh)


def load(folder):
    arts = {}
    for num in NUMBERS:
        if os.path.exists(os.path.join(folder, f"{num}.txt")) and \
                os.path.exists(os.path.join(folder, f"{num}.gold.json")):
            arts[num] = Article(folder, num)
    with open(os.path.join(folder, "spellings.json"), encoding="utf-8") as fh:
        spell = json.load(fh)
    return arts, spell


# ---------------------------------------------------------------- oracle
def oracle(folder, path, published, lang):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    hit = None
    for num in NUMBERS:
        p = os.path.join(folder, f"{num}.txt")
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as fh:
            body = "\n".join(fh.read().split("\n")[3:])
        if body == text or body.strip() == text.strip():
            hit = num
            break
    if hit is None:
        print("no report in the set has this text", file=sys.stderr)
        return 2
    with open(os.path.join(folder, f"{hit}.gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    claims = []
    for g in gold["claims"]:
        d = g.get("date")
        prec = {4: "year", 7: "month", 10: "day"}.get(len(d)) if d else None
        person = None
        if g.get("person"):
            person = {"name": g["person"], "mention": g["person"], "person_id": None}
        claims.append({
            "type": g["type"], "person": person, "date": d, "date_precision": prec,
            "destination_country": g.get("destination_country"),
            "term_months": g.get("term_months"), "count": g.get("count"),
            "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""},
        })
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def people_of(spell, num):
    return {p["name"]: p for p in spell.get(num, [])}


def check1(arts, spell):
    """Gold people are in the text."""
    errs = []
    for num, a in arts.items():
        for g in a.gold.get("claims", []):
            name = g.get("person")
            if not name:
                continue
            keys = g.get("surname_keys") or []
            if not any(any_key_matches(keys, t) for t in a.tokset):
                errs.append(f"{num}: no token of the report matches the keys {keys} of {name}")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects the gold name {name} with {keys}")
    return errs


def check2(arts, spell):
    """Keys fit."""
    errs = []
    for num, a in arts.items():
        ppl = people_of(spell, num)
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key_matches(keys, s):
                    errs.append(f"{num}: keys {keys} of {name} do not match the spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(ppl.get(r, {}).get("surnames", []))
            for t in a.caps:
                if t not in allowed and any_key_matches(keys, t):
                    errs.append(f"{num}: keys {keys} of {name} also match the token {t}")
            for r in p.get("relatives", []):
                q = ppl.get(r)
                if q is None:
                    errs.append(f"{num}: relative {r} of {name} is not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{num}: {r} does not link back to {name}")
                if sc.person_matches(name, q.get("keys") or [], r):
                    errs.append(f"{num}: person_matches takes {name} for the relative {r}")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{num}: person_matches takes {r} for the relative {name}")
        for g in a.gold.get("claims", []):
            name = g.get("person")
            if not name:
                continue
            if name not in ppl:
                errs.append(f"{num}: gold person {name} is not in spellings.json")
            elif list(g.get("surname_keys") or []) != list(ppl[name].get("keys") or []):
                errs.append(f"{num}: gold keys of {name} differ from spellings.json")
    for num in spell:
        if num not in arts:
            errs.append(f"spellings.json lists report {num}, which is not in the set")
    return errs


def check3(arts, spell):
    """Spellings are complete."""
    errs = []
    for num, a in arts.items():
        ppl = people_of(spell, num)
        listed_sur = set()
        listed_any = set()
        for name, p in ppl.items():
            for s in p.get("surnames", []):
                listed_sur.add(s)
                listed_any.add(s)
                if s not in a.tokset:
                    errs.append(f"{num}: surname spelling {s} ({name}) is not a token of the text")
            for s in p.get("given", []):
                listed_any.add(s)
                if s not in a.tokset:
                    errs.append(f"{num}: given-name spelling {s} ({name}) is not a token of the text")
        prefixes = {folded(s)[:4] for s in listed_sur if len(folded(s)) >= 4}
        for t in a.caps:
            if folded(t)[:4] in prefixes and t not in listed_any:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(arts, spell, folder):
    """Perfect oracle score."""
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
    res = sc.score(folder, cmd, 120)
    errs = []
    a = res["attributes"]
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations = {res['violations']}, errors = {res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs.extend(d for d in res["details"][:20])
    check4.result = res
    return errs


def check5(arts, spell):
    """Traps are sound."""
    errs = []
    for num, a in arts.items():
        ppl = people_of(spell, num)
        seen = set()
        for m in a.gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
            t, name = m.get("type"), m.get("person")
            if t not in TYPES:
                errs.append(f"{num}: trap type {t!r}")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                errs.append(f"{num}: trap on {name} has no why")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            if not name or name not in ppl:
                errs.append(f"{num}: trap person {name} is not in spellings.json")
                continue
            own = ppl[name].get("keys") or []
            if not any(any_key_matches(own, tok) for tok in a.tokset):
                errs.append(f"{num}: trap person {name} is not named in the text")
            for g in a.gold.get("claims", []):
                if g.get("type") != t or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(name), name):
                    errs.append(f"{num}: gold {t} {g['person']} hits the trap on {name} (keys_for)")
                if sc.person_matches(g["person"], own, name):
                    errs.append(f"{num}: gold {t} {g['person']} hits the trap on {name} (own keys)")
    return errs


def same_person(a_name, a_keys, b_name, b_keys):
    return a_name == b_name or (sc.person_matches(a_name, b_keys, b_name)
                                and sc.person_matches(b_name, a_keys, a_name))


def check6(arts, spell):
    """Fields and logic."""
    errs = []
    for num, a in arts.items():
        if set(a.gold) != {"claims", "must_not"}:
            errs.append(f"{num}: gold keys {sorted(a.gold)}")
        ppl = people_of(spell, num)
        claims = a.gold.get("claims", [])
        by = {}
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(g)}")
                continue
            t = g["type"]
            if t not in TYPES:
                errs.append(f"{num}: claim type {t!r}")
            d = g["date"]
            if d is not None:
                if not valid_date(d):
                    errs.append(f"{num}: bad date {d!r}")
                elif d > a.published[:len(d)]:
                    errs.append(f"{num}: date {d} is after publication {a.published}")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"] != []:
                    errs.append(f"{num}: group_release with a person or keys")
                if not isinstance(g["count"], int) or isinstance(g["count"], bool) or g["count"] <= 0:
                    errs.append(f"{num}: group_release count {g['count']!r}")
            else:
                if not g["person"] or not g["surname_keys"]:
                    errs.append(f"{num}: {t} without person or keys")
                if g["count"] is not None:
                    errs.append(f"{num}: count on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO2:
                    errs.append(f"{num}: deported {g['person']} to {g['destination_country']!r}")
            elif g["destination_country"] is not None:
                errs.append(f"{num}: destination on {t}")
            if t == "sentenced":
                tm = g["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    errs.append(f"{num}: term {tm!r}")
            elif g["term_months"] is not None:
                errs.append(f"{num}: term_months on {t}")
            if g["person"]:
                by.setdefault(g["person"], set()).add(t)
        for person, types in by.items():
            if "deported" in types and "released" not in types:
                errs.append(f"{num}: {person} deported without released")
            if "pardoned" in types and "released" not in types:
                errs.append(f"{num}: {person} pardoned without released")
        for m in a.gold.get("must_not", []):
            name = m.get("person")
            mkeys = (ppl.get(name) or {}).get("keys") or sc.keys_for(name or "")
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"), set())
            for g in claims:
                if g.get("type") in excl and g.get("person") and \
                        same_person(g["person"], g["surname_keys"], name, mkeys):
                    errs.append(f"{num}: {m['type']} trap on {name} but gold {g['type']} for {g['person']}")
    return errs


def check7(arts, spell, folder):
    """Headers and size."""
    errs = []
    present = set(f for f in os.listdir(folder) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    expected = {f"{n}.txt" for n in NUMBERS} | {f"{n}.gold.json" for n in NUMBERS}
    if present != expected:
        errs.append(f"files: missing {sorted(expected - present)}, extra {sorted(present - expected)}")
    for num, a in arts.items():
        if not valid_date(a.published) or len(a.published) != 10 or \
                not (FIRST_DAY <= a.published <= LAST_DAY):
            errs.append(f"{num}: line 1 {a.published!r} is not a date in {FIRST_DAY}..{LAST_DAY}")
        if a.lang != lang_for(num):
            errs.append(f"{num}: line 2 {a.lang!r}, expected {lang_for(num)}")
        if len(a.lines) < 4 or a.lines[2].strip() != "":
            errs.append(f"{num}: line 3 is not blank")
        words = len(a.body.split())
        if not 150 <= words <= 550:
            errs.append(f"{num}: {words} words")
    return errs


def check8(arts, spell):
    """Scripts and coverage."""
    errs = []
    types, kinds = set(), set()
    n_claims = n_traps = 0
    for num, a in arts.items():
        low = a.body.lower()
        if a.lang == "be":
            bad = sorted(set(re.findall(r"[ищъ]", low)))
            if bad:
                errs.append(f"{num}: Belarusian text contains {bad}")
            if "ў" not in low or "і" not in low:
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif a.lang == "ru":
            bad = sorted(set(re.findall(r"[ўі]", low)))
            if bad:
                errs.append(f"{num}: Russian text contains {bad}")
        elif a.lang == "en":
            if CYRILLIC.search(a.body):
                errs.append(f"{num}: English text contains Cyrillic")
        for g in a.gold.get("claims", []):
            types.add(g.get("type"))
            n_claims += 1
        for m in a.gold.get("must_not", []):
            kinds.add(m.get("kind"))
            n_traps += 1
    if set(TYPES) - types:
        errs.append(f"event types not covered: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds not covered: {sorted(set(KINDS) - kinds)}")
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25..0.30")
    return errs


def stats(arts):
    from collections import Counter
    ct, kt, words, lang = Counter(), Counter(), 0, Counter()
    for num, a in arts.items():
        words += len(a.body.split())
        lang[a.lang] += 1
        for g in a.gold["claims"]:
            ct[g["type"]] += 1
        for m in a.gold["must_not"]:
            kt[m["kind"]] += 1
    nc, nt = sum(ct.values()), sum(kt.values())
    print(f"reports: {len(arts)} ({', '.join(f'{k} {v}' for k, v in sorted(lang.items()))}); words: {words}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kt[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


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
    try:
        arts, spell = load(folder)
    except (OSError, ValueError) as exc:
        print(f"FAILED  loading the set: {exc}")
        return 1
    checks = [
        ("1 gold people are in the text", lambda: check1(arts, spell)),
        ("2 keys fit", lambda: check2(arts, spell)),
        ("3 spellings are complete", lambda: check3(arts, spell)),
        ("4 perfect oracle score", lambda: check4(arts, spell, folder)),
        ("5 traps are sound", lambda: check5(arts, spell)),
        ("6 fields and logic", lambda: check6(arts, spell)),
        ("7 headers and size", lambda: check7(arts, spell, folder)),
        ("8 scripts and coverage", lambda: check8(arts, spell)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash in a check is a failure of that check
            errs = [f"{type(exc).__name__}: {exc}"]
        if errs:
            failed += 1
            print(f"FAILED  {label}")
            for e in errs[:25]:
                print(f"    {e}")
            if len(errs) > 25:
                print(f"    ... {len(errs) - 25} more")
        else:
            print(f"ok      {label}")
    if args.stats:
        stats(arts)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
