#!/usr/bin/env python3
"""Check the heldout139 evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG   (used by check 4)

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or from
../../../../../shared/tools relative to this file.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
sc = importlib.import_module("score_claims")

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
STEMS = sorted(LANG_OF)
DATE_MIN, DATE_MAX = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if len(t) > 2 and t[-2] in "'’" and t[-1] in "sS":
            t = t[:-2]
        out.append(t)
    return out


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def parse_date(s):
    """Return (earliest, latest) dates covered by YYYY / YYYY-MM / YYYY-MM-DD, or None."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            return datetime.date(int(s), 1, 1), datetime.date(int(s), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            first = datetime.date(y, m, 1)
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            d = datetime.date.fromisoformat(s)
            return d, d
    except ValueError:
        return None
    return None


def load(d):
    data = {}
    names = sorted(os.listdir(d))
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    for stem in sorted({n.split(".")[0] for n in names if re.fullmatch(r"\d\d\.(txt|gold\.json)", n)}):
        tp, gp = os.path.join(d, stem + ".txt"), os.path.join(d, stem + ".gold.json")
        raw = open(tp, encoding="utf-8").read() if os.path.exists(tp) else ""
        lines = raw.split("\n")
        gold = json.load(open(gp, encoding="utf-8")) if os.path.exists(gp) else {"claims": [], "must_not": []}
        text = "\n".join(lines[3:])
        toks = tokens(text)
        data[stem] = {"lines": lines, "text": text, "tokens": toks, "tokset": set(toks),
                      "gold": gold, "people": {p["name"]: p for p in spell.get(stem, [])},
                      "has_txt": os.path.exists(tp), "has_gold": os.path.exists(gp)}
    return data, names, spell


def keys_match_any(keys, toks):
    return any(sc.key_matches_token(k, t) for k in keys for t in toks)


# ---------------------------------------------------------------- checks
def check1(data):
    errs = []
    for stem, a in data.items():
        for c in a["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            keys, name = c.get("surname_keys") or [], c.get("person") or ""
            if not keys_match_any(keys, a["tokset"]):
                errs.append(f"{stem}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{stem}: person_matches rejects gold name {name}")
    return errs


def check2(data):
    errs = []
    for stem, a in data.items():
        people = a["people"]
        cap = {t for t in a["tokset"] if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{stem}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{stem}: keys {keys} do not match spelling {s} of {name}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(people.get(r, {}).get("surnames", []))
            for t in sorted(cap - allowed):
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{stem}: keys {keys} of {name} also match token {t}")
            for r in p.get("relatives", []):
                q = people.get(r)
                if q is None:
                    errs.append(f"{stem}: relative {r} of {name} not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{stem}: relative link {name} -> {r} not reciprocated")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, q.get("keys", []), r):
                    errs.append(f"{stem}: person_matches confuses relatives {name} / {r}")
        for c in a["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{stem}: gold person {c.get('person')} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{stem}: surname_keys of {c.get('person')} differ from spellings.json")
    return errs


def check3(data):
    errs = []
    for stem, a in data.items():
        listed_sur, listed = set(), set()
        for name, p in a["people"].items():
            for s in p.get("surnames", []):
                listed_sur.add(s)
                listed.add(s)
                if s not in a["tokset"]:
                    errs.append(f"{stem}: surname spelling {s} ({name}) is not a token")
            for g in p.get("given", []):
                listed.add(g)
                if g not in a["tokset"]:
                    errs.append(f"{stem}: given-name spelling {g} ({name}) is not a token")
        prefixes = {folded(s)[:4] for s in listed_sur if len(folded(s)) >= 4}
        for t in sorted({t for t in a["tokset"] if t[:1].isupper()}):
            f = folded(t)
            if len(f) >= 4 and f[:4] in prefixes and t not in listed:
                errs.append(f"{stem}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(d):
    me = os.path.abspath(__file__)
    cmd = f"{sys.executable} {me} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    at = res["attributes"]
    errs = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"articles={res['articles']}")
    for k in ("date", "dest", "term"):
        if at.get(f"{k}_ok", 0) != at.get(f"{k}_total", 0):
            errs.append(f"{k} {at.get(k + '_ok', 0)}/{at.get(k + '_total', 0)}")
    errs += [x for x in res["details"]][:20]
    return errs


def check5(data):
    errs = []
    for stem, a in data.items():
        seen = set()
        claims = a["gold"].get("claims", [])
        for m in a["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{stem}: trap fields {sorted(m)}")
            t, person = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                errs.append(f"{stem}: trap type {t}")
            if m.get("kind") not in KINDS:
                errs.append(f"{stem}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 5:
                errs.append(f"{stem}: trap why missing for {person}")
            if (t, person) in seen:
                errs.append(f"{stem}: trap ({t}, {person}) twice")
            seen.add((t, person))
            p = a["people"].get(person)
            if p is None:
                errs.append(f"{stem}: trap person {person} not listed")
                continue
            if not keys_match_any(p.get("keys", []), a["tokset"]):
                errs.append(f"{stem}: trap person {person} not named in the text")
            for c in claims:
                if c.get("type") != t or not c.get("person"):
                    continue
                for keys in (sc.keys_for(person), p.get("keys", [])):
                    if sc.person_matches(c["person"], keys, person):
                        errs.append(f"{stem}: gold {t} {c['person']} hits trap on {person}")
                        break
    return errs


def check6(data):
    errs = []
    for stem, a in data.items():
        pub = parse_date(a["lines"][0].strip() if a["lines"] else "")
        claims = a["gold"].get("claims", [])
        by = {}
        for c in claims:
            by.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in claims:
            t = c.get("type")
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{stem}: claim fields {sorted(c)}")
                continue
            if t not in TYPES:
                errs.append(f"{stem}: bad type {t}")
            if c["date"] is not None:
                rng = parse_date(c["date"])
                if rng is None:
                    errs.append(f"{stem}: bad date {c['date']}")
                elif pub and rng[0] > pub[1]:
                    errs.append(f"{stem}: date {c['date']} after publication")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not (
                        isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{stem}: malformed group_release")
            else:
                if not isinstance(c["person"], str) or not c["person"] or not c["surname_keys"]:
                    errs.append(f"{stem}: {t} without person/keys")
                if c["count"] is not None:
                    errs.append(f"{stem}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO:
                    errs.append(f"{stem}: deported {c['person']} bad country {c['destination_country']}")
                if "released" not in by.get(c["person"], set()):
                    errs.append(f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{stem}: destination on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and not (isinstance(tm, int) and tm > 0):
                    errs.append(f"{stem}: bad term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{stem}: term on {t}")
            if t == "pardoned" and "released" not in by.get(c["person"], set()):
                errs.append(f"{stem}: pardoned {c['person']} without released")
        for m in a["gold"].get("must_not", []):
            types = by.get(m.get("person"), set())
            if m.get("type") == "released" and types & {"released", "pardoned", "deported"}:
                errs.append(f"{stem}: released trap on {m['person']} but gold {sorted(types)}")
            if m.get("type") in ("pardoned", "deported") and m["type"] in types:
                errs.append(f"{stem}: {m['type']} trap on {m['person']} with gold of same type")
    return errs


def check7(data, names):
    errs = []
    want = {f"{s}.txt" for s in STEMS} | {f"{s}.gold.json" for s in STEMS}
    have = {n for n in names if re.fullmatch(r"\d+\.(txt|gold\.json)", n)}
    if have != want:
        errs.append(f"files: missing {sorted(want - have)} extra {sorted(have - want)}")
    for stem, a in data.items():
        ln = a["lines"]
        if len(ln) < 4:
            errs.append(f"{stem}: too short")
            continue
        rng = parse_date(ln[0].strip())
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ln[0]) or rng is None or not (DATE_MIN <= rng[0] <= DATE_MAX):
            errs.append(f"{stem}: line 1 date {ln[0]!r}")
        if ln[1] != LANG_OF.get(stem):
            errs.append(f"{stem}: line 2 language {ln[1]!r}")
        if ln[2] != "":
            errs.append(f"{stem}: line 3 not blank")
        n = len(a["text"].split())
        if not 150 <= n <= 550:
            errs.append(f"{stem}: {n} words")
    return errs


def check8(data):
    errs = []
    types, kinds, nc, nt = set(), set(), 0, 0
    for stem, a in data.items():
        lang, text = LANG_OF.get(stem), a["text"]
        low = text.lower()
        if lang == "be":
            if re.search("[ищъ]", low):
                errs.append(f"{stem}: Belarusian text has и/щ/ъ")
            if "ў" not in low or "і" not in low:
                errs.append(f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўі]", low):
                errs.append(f"{stem}: Russian text has ў/і")
        elif lang == "en" and re.search("[\u0400-\u04ff]", text):
            errs.append(f"{stem}: English text has Cyrillic")
        for c in a["gold"].get("claims", []):
            types.add(c.get("type"))
            nc += 1
        for m in a["gold"].get("must_not", []):
            kinds.add(m.get("kind"))
            nt += 1
    if set(TYPES) - types:
        errs.append(f"event types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


# ---------------------------------------------------------------- oracle and stats
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in STEMS:
        tp = os.path.join(d, stem + ".txt")
        if not os.path.exists(tp):
            continue
        raw = open(tp, encoding="utf-8").read().split("\n")
        if "\n".join(raw[3:]) == text:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    claims = []
    for c in gold["claims"]:
        dt = c.get("date")
        prec = None if not dt else {4: "year", 7: "month", 10: "day"}.get(len(dt))
        person = None if c.get("person") is None else {"name": c["person"], "mention": c["person"],
                                                       "person_id": None}
        claims.append({"type": c["type"], "person": person, "date": dt, "date_precision": prec,
                       "destination_country": c.get("destination_country"),
                       "term_months": c.get("term_months"), "count": c.get("count"),
                       "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
    return 0


def stats(data):
    tc, kc, nc, nt, words = Counter(), Counter(), 0, 0, 0
    print(f"{'report':6} {'lang':4} {'date':10} {'words':>5} {'claims':>6} {'traps':>5}")
    for stem, a in data.items():
        g = a["gold"]
        w = len(a["text"].split())
        words += w
        nc += len(g.get("claims", []))
        nt += len(g.get("must_not", []))
        tc.update(c["type"] for c in g.get("claims", []))
        kc.update(m["kind"] for m in g.get("must_not", []))
        print(f"{stem:6} {a['lines'][1] if len(a['lines']) > 1 else '':4} {a['lines'][0]:10} {w:5} "
              f"{len(g.get('claims', [])):6} {len(g.get('must_not', [])):5}")
    print(f"reports={len(data)} words={words} claims={nc} traps={nt} "
          f"trap_share={nt / max(nc + nt, 1):.3f}")
    print("claims by type: " + ", ".join(f"{t}={tc[t]}" for t in TYPES))
    print("traps by kind:  " + ", ".join(f"{k}={kc[k]}" for k in KINDS))


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
    data, names, _ = load(args.dir)
    if args.stats:
        stats(data)
    checks = [
        ("1 gold people are in the text", lambda: check1(data)),
        ("2 keys fit", lambda: check2(data)),
        ("3 spellings are complete", lambda: check3(data)),
        ("4 perfect oracle score", lambda: check4(args.dir)),
        ("5 traps are sound", lambda: check5(data)),
        ("6 fields and logic", lambda: check6(data)),
        ("7 headers and size", lambda: check7(data, names)),
        ("8 scripts and coverage", lambda: check8(data)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"exception: {exc!r}"]
        if errs:
            failed += 1
            print(f"FAILED {label}")
            for e in errs[:25]:
                print(f"    {e}")
            if len(errs) > 25:
                print(f"    ... {len(errs) - 25} more")
        else:
            print(f"ok     {label}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
