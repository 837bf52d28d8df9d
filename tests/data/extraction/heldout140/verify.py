#!/usr/bin/env python3
"""Self-check of the heldout140 evaluation set (human rights defenders prosecuted for their work).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG   (used by check 4)

Standard library only. The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR, or
otherwise from ../../../../../shared/tools relative to this file. Prints ok / FAILED per check and
ALL CHECKS PASSED only when all eight checks hold; the exit status is 0 only in that case.
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
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = ["%02d" % i for i in range(1, 31)]
LANG_OF = {n: ("en" if int(n) <= 14 else "ru" if int(n) <= 24 else "be") for n in NUMBERS}
PUB_MIN, PUB_MAX = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
WORDS_MIN, WORDS_MAX = 150, 550
SHARE_MIN, SHARE_MAX = 0.25, 0.30
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ----------------------------------------------------------------------------- loading
def read_article(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        t = re.sub(r"['\u2019]s$", "", t)
        if t:
            out.append(t)
    return out


def load(d):
    arts = {}
    for n in NUMBERS:
        tp, gp = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        pub, lang, blank, text = read_article(tp)
        gold = json.load(open(gp, encoding="utf-8"))
        arts[n] = {"pub": pub, "lang": lang, "blank": blank, "text": text, "gold": gold,
                   "tokens": tokens(text)}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return arts, spell


def people_of(spell, n):
    return {p["name"]: p for p in spell.get(n, [])}


def any_key_matches(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


# ----------------------------------------------------------------------------- checks
def check1(arts, spell):
    errs = []
    for n, a in arts.items():
        for c in a["gold"]["claims"]:
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not name or not keys:
                errs.append(f"{n}: claim without person or keys: {c}")
                continue
            if not any(any_key_matches(keys, t) for t in a["tokens"]):
                errs.append(f"{n}: keys {keys} of {name} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{n}: person_matches rejects the gold name {name}")
    return errs


def check2(arts, spell):
    errs = []
    for n, a in arts.items():
        ppl = people_of(spell, n)
        caps = sorted({t for t in a["tokens"] if t[:1].isupper()})
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key_matches(keys, s):
                    errs.append(f"{n}: keys {keys} of {name} miss the spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                if r not in ppl:
                    errs.append(f"{n}: relative {r} of {name} is not listed")
                    continue
                allowed |= set(ppl[r].get("surnames", []))
                if name not in ppl[r].get("relatives", []):
                    errs.append(f"{n}: relative link {name} -> {r} is one-way")
                if sc.person_matches(r, keys, name):
                    errs.append(f"{n}: relative {r} is accepted as {name}")
                if sc.person_matches(name, ppl[r]["keys"], r):
                    errs.append(f"{n}: {name} is accepted as relative {r}")
            for t in caps:
                if t not in allowed and any_key_matches(keys, t):
                    errs.append(f"{n}: keys {keys} of {name} also match the token {t}")
        for c in a["gold"]["claims"]:
            if c.get("person") is None:
                continue
            p = ppl.get(c["person"])
            if p is None:
                errs.append(f"{n}: gold person {c['person']} is not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p["keys"]):
                errs.append(f"{n}: surname_keys of {c['person']} differ from spellings.json")
    return errs


def check3(arts, spell):
    errs = []
    for n, a in arts.items():
        ppl = people_of(spell, n)
        toks = set(a["tokens"])
        listed = set()
        for name, p in ppl.items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in toks:
                    errs.append(f"{n}: listed spelling {s} of {name} is not a token of the text")
        prefixes = {folded(s)[:4] for p in ppl.values() for s in p.get("surnames", [])}
        for t in sorted(toks):
            if t[:1].isupper() and folded(t)[:4] in prefixes and t not in listed:
                errs.append(f"{n}: token {t} shares a surname prefix but is not listed")
    return errs


def oracle_output(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for n in NUMBERS:
        tp = os.path.join(d, n + ".txt")
        if not os.path.exists(tp):
            continue
        _, _, _, body = read_article(tp)
        if body == text:
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None
                name = c.get("person")
                claims.append({
                    "type": c["type"],
                    "person": {"name": name, "mention": name, "person_id": None} if name else None,
                    "date": date, "date_precision": prec,
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
            return {"published": published, "language": lang, "claims": claims}
    return None


def check4(arts, spell, d):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"{k} = {res[k]}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    at = res["attributes"]
    for k in ("date", "dest", "term"):
        if at.get(k + "_ok", 0) != at.get(k + "_total", 0):
            errs.append(f"{k}: {at.get(k + '_ok', 0)}/{at.get(k + '_total', 0)}")
    errs += [x for x in res["details"]]
    return errs


def check5(arts, spell):
    errs = []
    for n, a in arts.items():
        ppl = people_of(spell, n)
        seen = set()
        for m in a["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
                continue
            t, person = m["type"], m["person"]
            if t not in TYPES:
                errs.append(f"{n}: trap type {t}")
            if m["kind"] not in KINDS:
                errs.append(f"{n}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                errs.append(f"{n}: trap without why: {person}")
            if (t, person) in seen:
                errs.append(f"{n}: trap ({t}, {person}) appears twice")
            seen.add((t, person))
            p = ppl.get(person)
            if p is None:
                errs.append(f"{n}: trap person {person} not in spellings.json")
                continue
            if not any(any_key_matches(p["keys"], tok) for tok in a["tokens"]):
                errs.append(f"{n}: trap person {person} is not named in the text")
            for c in a["gold"]["claims"]:
                if c["type"] != t or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(person), person)
                        or sc.person_matches(c["person"], p["keys"], person)):
                    errs.append(f"{n}: trap ({t}, {person}) is matched by gold claim of {c['person']}")
    return errs


def parse_date(s):
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        datetime.date(parts[0], 1, 1)
    elif len(parts) == 2:
        datetime.date(parts[0], parts[1], 1)
    else:
        datetime.date(*parts)
    return s


def check6(arts, spell):
    errs = []
    for n, a in arts.items():
        pub = a["pub"]
        claims = a["gold"]["claims"]
        by = {}
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            by.setdefault((c["type"], c["person"]), []).append(c)
            if c["type"] not in TYPES:
                errs.append(f"{n}: claim type {c['type']}")
            d = c["date"]
            if d is not None:
                try:
                    if not DATE_RE.match(d):
                        raise ValueError(d)
                    parse_date(d)
                    if d > pub[: len(d)]:
                        errs.append(f"{n}: date {d} after publication {pub}")
                except ValueError:
                    errs.append(f"{n}: invalid date {d!r}")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not (
                        isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{n}: malformed group_release {c}")
            else:
                if not c["person"] or not c["surname_keys"]:
                    errs.append(f"{n}: claim without person/keys {c}")
                if c["count"] is not None:
                    errs.append(f"{n}: count on {c['type']}")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{n}: bad destination {c['destination_country']}")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination on {c['type']}")
            if c["type"] == "sentenced":
                tm = c["term_months"]
                if tm is not None and not (isinstance(tm, int) and tm > 0):
                    errs.append(f"{n}: bad term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term_months on {c['type']}")
        for c in claims:
            if c.get("type") in ("deported", "pardoned") and ("released", c.get("person")) not in by:
                errs.append(f"{n}: {c['type']} of {c.get('person')} without a released claim")
        ppl = people_of(spell, n)
        for m in a["gold"].get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            keys = (ppl.get(m.get("person")) or {}).get("keys") or sc.keys_for(m.get("person"))
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == m["person"] or sc.person_matches(c["person"], keys, m["person"])):
                    errs.append(f"{n}: {m['type']} trap on {m['person']} but gold {c['type']}")
    return errs


def words(text):
    return len(text.split())


def check7(arts, spell, d):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        errs.append(f"files present differ from 01..30: {sorted(set(present) ^ set(expected))}")
    for n, a in arts.items():
        try:
            pd = datetime.date.fromisoformat(a["pub"])
            if not (re.match(r"^\d{4}-\d{2}-\d{2}$", a["pub"]) and PUB_MIN <= pd <= PUB_MAX):
                errs.append(f"{n}: publication date {a['pub']} out of range")
        except ValueError:
            errs.append(f"{n}: bad publication date {a['pub']!r}")
        if a["lang"] != LANG_OF[n]:
            errs.append(f"{n}: language {a['lang']}, expected {LANG_OF[n]}")
        if a["blank"].strip():
            errs.append(f"{n}: line 3 is not blank")
        w = words(a["text"])
        if not WORDS_MIN <= w <= WORDS_MAX:
            errs.append(f"{n}: {w} words")
    return errs


def share(arts):
    nc = sum(len(a["gold"]["claims"]) for a in arts.values())
    nt = sum(len(a["gold"].get("must_not", [])) for a in arts.values())
    return nc, nt, (nt / (nc + nt) if nc + nt else 0.0)


def check8(arts, spell):
    errs = []
    for n, a in arts.items():
        t = a["text"]
        if a["lang"] == "be":
            if re.search(r"[иИщЩъЪ]", t):
                errs.append(f"{n}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", t) or not re.search(r"[іІ]", t):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif a["lang"] == "ru":
            if re.search(r"[ўЎіІ]", t):
                errs.append(f"{n}: Russian text contains ў/і")
        elif a["lang"] == "en":
            if re.search(r"[\u0400-\u04FF]", t):
                errs.append(f"{n}: English text contains Cyrillic")
    types = {c["type"] for a in arts.values() for c in a["gold"]["claims"]}
    kinds = {m["kind"] for a in arts.values() for m in a["gold"].get("must_not", [])}
    for t in TYPES:
        if t not in types:
            errs.append(f"event type {t} not covered")
    for k in KINDS:
        if k not in kinds:
            errs.append(f"trap kind {k} not covered")
    nc, nt, s = share(arts)
    if not SHARE_MIN <= s <= SHARE_MAX:
        errs.append(f"trap share {s:.3f} outside 25-30 % ({nt} traps, {nc} claims)")
    return errs


def stats(arts):
    nc, nt, s = share(arts)
    ws = {n: words(a["text"]) for n, a in arts.items()}
    print(f"reports: {len(arts)}  "
          f"(en {sum(1 for a in arts.values() if a['lang'] == 'en')}, "
          f"ru {sum(1 for a in arts.values() if a['lang'] == 'ru')}, "
          f"be {sum(1 for a in arts.values() if a['lang'] == 'be')})")
    print(f"words: total {sum(ws.values())}, min {min(ws.values())}, max {max(ws.values())}")
    print(f"claims: {nc}  traps: {nt}  trap share: {s:.1%}")
    ct = Counter(c["type"] for a in arts.values() for c in a["gold"]["claims"])
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {ct.get(t, 0)}")
    ck = Counter(m["kind"] for a in arts.values() for m in a["gold"].get("must_not", []))
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {ck.get(k, 0)}")
    tt = Counter(m["type"] for a in arts.values() for m in a["gold"].get("must_not", []))
    print("traps by type: " + ", ".join(f"{t} {tt[t]}" for t in TYPES if tt.get(t)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        out = oracle_output(args.dir, args.oracle, args.published, args.lang)
        if out is None:
            print("no article of the set has this text", file=sys.stderr)
            return 2
        print(json.dumps(out, ensure_ascii=False))
        return 0
    arts, spell = load(args.dir)
    checks = [
        ("1 gold people are in the text", lambda: check1(arts, spell)),
        ("2 keys fit", lambda: check2(arts, spell)),
        ("3 spellings are complete", lambda: check3(arts, spell)),
        ("4 perfect oracle score", lambda: check4(arts, spell, args.dir)),
        ("5 traps are sound", lambda: check5(arts, spell)),
        ("6 fields and logic", lambda: check6(arts, spell)),
        ("7 headers and size", lambda: check7(arts, spell, args.dir)),
        ("8 scripts and coverage", lambda: check8(arts, spell)),
    ]
    failed = 0
    for title, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash in a check is a failure of that check
            errs = [f"exception: {exc!r}"]
        print(f"{'ok' if not errs else 'FAILED'}  {title}")
        for e in errs[:25]:
            print(f"    {e}")
        if len(errs) > 25:
            print(f"    ... {len(errs) - 25} more")
        failed += bool(errs)
    if args.stats:
        stats(arts)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
