#!/usr/bin/env python3
"""Check the heldout130 extraction evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks described in README.md; exit 0 only if all pass
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG
      print the gold claims of the article whose text equals FILE, in the
      `volia extract` output shape (used by check 4 through score_claims.py)

The scorer is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
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
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_DATE, MAX_DATE = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def lang_for(number: str) -> str:
    i = int(number)
    return "en" if i <= 14 else "ru" if i <= 24 else "be"


def load_scorer():
    where = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if where not in sys.path:
        sys.path.insert(0, where)
    import score_claims  # noqa: E402
    return score_claims


def tokens(text: str) -> list:
    out = []
    for t in TOKEN_RE.findall(text):
        if re.search(r"['\u2019]s$", t):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def words(text: str) -> int:
    return sum(1 for w in text.split() if re.search(r"\w", w))


def read_article(path: str):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", raw[2] if len(raw) > 2 else None, \
        "\n".join(raw[3:])


def load(d: str):
    arts, golds = {}, {}
    for n in NUMBERS:
        tp, gp = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if os.path.exists(tp):
            arts[n] = read_article(tp)
        if os.path.exists(gp):
            golds[n] = json.load(open(gp, encoding="utf-8"))
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return arts, golds, spell


# ---------------------------------------------------------------- oracle

def oracle(d: str, path: str, published: str, lang: str) -> int:
    text = open(path, encoding="utf-8").read()
    for n in NUMBERS:
        tp = os.path.join(d, n + ".txt")
        if not os.path.exists(tp):
            continue
        _, _, _, body = read_article(tp)
        if body == text:
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                date = g["date"]
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                person = None if g["person"] is None else {
                    "name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print("no article matches", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

class Check:
    def __init__(self):
        self.problems = []

    def fail(self, msg):
        self.problems.append(msg)


def people_of(spell, n):
    return {p["name"]: p for p in spell.get(n, [])}


def check1(arts, golds, spell, sc, c):
    for n, gold in golds.items():
        toks = tokens(arts[n][3]) if n in arts else []
        for g in gold["claims"]:
            if g.get("person") is None:
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                c.fail(f"{n}: keys {keys} of {g['person']} match no token")
            if not sc.person_matches(g["person"], keys, g["person"]):
                c.fail(f"{n}: person_matches rejects gold name {g['person']}")


def check2(arts, golds, spell, sc, c):
    for n in NUMBERS:
        if n not in arts:
            continue
        ppl = people_of(spell, n)
        caps = sorted(set(t for t in tokens(arts[n][3]) if t[:1].isupper()))
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                c.fail(f"{n}: {name} has no keys")
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    c.fail(f"{n}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                allowed |= set(ppl.get(r, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    c.fail(f"{n}: keys {keys} of {name} also match token {t}")
            for r in p.get("relatives", []):
                if r not in ppl:
                    c.fail(f"{n}: relative {r} of {name} is not listed")
                    continue
                if name not in ppl[r].get("relatives", []):
                    c.fail(f"{n}: relative link {name} -> {r} is one-way")
                if sc.person_matches(r, keys, name):
                    c.fail(f"{n}: person_matches confuses relative {r} with {name}")
        for g in golds.get(n, {}).get("claims", []):
            if g.get("person") is None:
                continue
            if g["person"] not in ppl:
                c.fail(f"{n}: gold person {g['person']} not in spellings.json")
            elif list(g.get("surname_keys") or []) != list(ppl[g["person"]].get("keys") or []):
                c.fail(f"{n}: gold keys of {g['person']} differ from spellings.json")


def check3(arts, golds, spell, sc, c):
    for n in NUMBERS:
        if n not in arts:
            continue
        toks = tokens(arts[n][3])
        tokset = set(toks)
        ppl = people_of(spell, n)
        listed = set()
        for p in ppl.values():
            listed |= set(p.get("surnames", [])) | set(p.get("given", []))
            for s in list(p.get("surnames", [])) + list(p.get("given", [])):
                if s not in tokset:
                    c.fail(f"{n}: listed spelling {s} of {p['name']} is not a token")
        prefixes = set()
        for p in ppl.values():
            for s in p.get("surnames", []):
                f = re.sub(r"[^a-z]", "", sc.fold(s))
                if len(f) >= 4:
                    prefixes.add(f[:4])
        for t in sorted(set(x for x in toks if x[:1].isupper())):
            f = re.sub(r"[^a-z]", "", sc.fold(t))
            if len(f) >= 4 and f[:4] in prefixes and t not in listed:
                c.fail(f"{n}: token {t} shares a prefix with a listed surname but is not listed")


def check4(d, sc, c):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(os.path.abspath(d), cmd, 60)
    a = res["attributes"]
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
          and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == len(NUMBERS)
          and a.get("date_ok", 0) == a.get("date_total", 0)
          and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0))
    if not ok:
        c.fail(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
               f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
               f"attributes={a}")
        for line in res["details"][:20]:
            c.fail("  " + line)
    return res


def check5(arts, golds, spell, sc, c):
    for n, gold in golds.items():
        ppl = people_of(spell, n)
        toks = tokens(arts[n][3]) if n in arts else []
        seen = set()
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                c.fail(f"{n}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES:
                c.fail(f"{n}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                c.fail(f"{n}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m.get("why", "").strip():
                c.fail(f"{n}: trap without why: {m.get('person')}")
            key = (m.get("type"), m.get("person"))
            if key in seen:
                c.fail(f"{n}: duplicate trap {key}")
            seen.add(key)
            person = m.get("person")
            if person not in ppl:
                c.fail(f"{n}: trap person {person} not in spellings.json")
                own = []
            else:
                own = ppl[person].get("keys") or []
                if not any(sc.key_matches_token(k, t) for k in own for t in toks):
                    c.fail(f"{n}: trap person {person} is not named in the text")
            for g in gold["claims"]:
                if g["type"] != m.get("type") or g.get("person") is None:
                    continue
                for keys in (sc.keys_for(person or ""), own):
                    if keys and sc.person_matches(g["person"], keys, person):
                        c.fail(f"{n}: trap {m.get('type')} {person} is matched by gold {g['person']}")
                        break


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        parts = [int(x) for x in s.split("-")]
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return True
    except ValueError:
        return False


def check6(arts, golds, spell, sc, c):
    for n, gold in golds.items():
        pub = arts[n][0] if n in arts else "9999-12-31"
        claims = gold.get("claims", [])
        by = Counter((g.get("type"), g.get("person")) for g in claims)
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                c.fail(f"{n}: claim fields {sorted(g)}")
                continue
            t, p = g["type"], g["person"]
            if t not in TYPES:
                c.fail(f"{n}: claim type {t}")
            if g["date"] is not None:
                if not valid_date(g["date"]):
                    c.fail(f"{n}: bad date {g['date']}")
                elif g["date"] > pub[:len(g["date"])]:
                    c.fail(f"{n}: date {g['date']} after publication {pub}")
            if t == "group_release":
                if p is not None or g["surname_keys"] != []:
                    c.fail(f"{n}: group_release with a person or keys")
                if not isinstance(g["count"], int) or isinstance(g["count"], bool) or g["count"] <= 0:
                    c.fail(f"{n}: group_release count {g['count']}")
            else:
                if not isinstance(p, str) or not p.strip():
                    c.fail(f"{n}: {t} without person")
                if not g["surname_keys"] or not all(isinstance(k, str) and k for k in g["surname_keys"]):
                    c.fail(f"{n}: {t} {p} without surname keys")
                if g["count"] is not None:
                    c.fail(f"{n}: count on {t}")
            if t == "deported":
                if g["destination_country"] not in ISO2:
                    c.fail(f"{n}: deported {p} to {g['destination_country']}")
                if by[("released", p)] == 0:
                    c.fail(f"{n}: deported {p} without released")
            elif g["destination_country"] is not None:
                c.fail(f"{n}: destination on {t}")
            if t == "pardoned" and by[("released", p)] == 0:
                c.fail(f"{n}: pardoned {p} without released")
            if t == "sentenced":
                tm = g["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    c.fail(f"{n}: term {tm}")
            elif g["term_months"] is not None:
                c.fail(f"{n}: term_months on {t}")
        ppl = people_of(spell, n)
        for m in gold.get("must_not", []):
            mt, mp = m.get("type"), m.get("person")
            banned = {"released": {"released", "pardoned", "deported"},
                      "pardoned": {"pardoned"}, "deported": {"deported"}}.get(mt)
            if not banned:
                continue
            own = ppl.get(mp, {}).get("keys") or []
            for g in claims:
                if g.get("type") in banned and g.get("person"):
                    if g["person"] == mp or (own and sc.person_matches(g["person"], own, mp)):
                        c.fail(f"{n}: {mt} trap on {mp} but gold {g['type']} exists")


def check7(d, arts, c):
    present = sorted(f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        c.fail(f"article files: extra {sorted(set(present) - set(expected))} "
               f"missing {sorted(set(expected) - set(present))}")
    for n, (pub, lang, blank, body) in sorted(arts.items()):
        if not valid_date(pub) or len(pub) != 10 or not (MIN_DATE <= pub <= MAX_DATE):
            c.fail(f"{n}: publication date {pub!r}")
        if lang != lang_for(n):
            c.fail(f"{n}: language {lang!r}, expected {lang_for(n)}")
        if blank is None or blank.strip() != "":
            c.fail(f"{n}: line 3 is not blank")
        w = words(body)
        if not 150 <= w <= 550:
            c.fail(f"{n}: {w} words")


def check8(arts, golds, c):
    for n, (pub, lang, blank, body) in sorted(arts.items()):
        exp = lang_for(n)
        if exp == "be":
            if re.search(r"[иИщЩъЪ]", body):
                c.fail(f"{n}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                c.fail(f"{n}: Belarusian text lacks ў or і")
        elif exp == "ru":
            if re.search(r"[іІўЎ]", body):
                c.fail(f"{n}: Russian text contains і/ў")
        elif re.search(r"[\u0400-\u04ff]", body):
            c.fail(f"{n}: English text contains Cyrillic")
    types = Counter(g["type"] for gold in golds.values() for g in gold.get("claims", []))
    kinds = Counter(m.get("kind") for gold in golds.values() for m in gold.get("must_not", []))
    for t in TYPES:
        if not types[t]:
            c.fail(f"event type {t} never occurs")
    for k in KINDS:
        if not kinds[k]:
            c.fail(f"trap kind {k} never occurs")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        c.fail(f"trap share {share:.3f} outside 25-30 %")


def stats(arts, golds):
    types = Counter(g["type"] for gold in golds.values() for g in gold.get("claims", []))
    kinds = Counter(m.get("kind") for gold in golds.values() for m in gold.get("must_not", []))
    langs = Counter(a[1] for a in arts.values())
    print(f"reports: {len(arts)}  " + "  ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    wc = {n: words(a[3]) for n, a in arts.items()}
    print(f"words: total={sum(wc.values())} min={min(wc.values())} max={max(wc.values())}")
    print("  " + " ".join(f"{n}:{w}" for n, w in sorted(wc.items())))
    print(f"claims by type ({sum(types.values())}):")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps by kind ({sum(kinds.values())}):")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")
    dates = sorted(a[0] for a in arts.values())
    print(f"publication dates: {dates[0]} .. {dates[-1]}; by year " +
          " ".join(f"{y}={c}" for y, c in sorted(Counter(x[:4] for x in dates).items())))


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
    arts, golds, spell = load(args.dir)
    if args.stats:
        stats(arts, golds)
        print()
    checks = [
        ("1 gold people are in the text", lambda c: check1(arts, golds, spell, sc, c)),
        ("2 keys fit", lambda c: check2(arts, golds, spell, sc, c)),
        ("3 spellings are complete", lambda c: check3(arts, golds, spell, sc, c)),
        ("4 perfect oracle score", lambda c: check4(args.dir, sc, c)),
        ("5 traps are sound", lambda c: check5(arts, golds, spell, sc, c)),
        ("6 fields and logic", lambda c: check6(arts, golds, spell, sc, c)),
        ("7 headers and size", lambda c: check7(args.dir, arts, c)),
        ("8 scripts and coverage", lambda c: check8(arts, golds, c)),
    ]
    passed = 0
    for name, fn in checks:
        c = Check()
        try:
            fn(c)
        except Exception as exc:  # a crash is a failure of that check
            c.fail(f"exception: {exc.__class__.__name__}: {exc}")
        if c.problems:
            print(f"FAILED  {name}")
            for p in c.problems[:25]:
                print(f"        {p}")
            if len(c.problems) > 25:
                print(f"        ... {len(c.problems) - 25} more")
        else:
            print(f"ok      {name}")
            passed += 1
    if passed == len(checks):
        print("ALL CHECKS PASSED")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
