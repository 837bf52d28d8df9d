#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout124 (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks described in README.md; prints ALL CHECKS PASSED when all hold
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG
      print the gold of the report whose body equals FILE as `volia extract` output JSON
      (this is how check 4 runs the scorer on the gold itself)

The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR or from
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")
    sys.path.insert(0, os.path.abspath(d))
    import score_claims  # noqa: E402
    return score_claims


# ---------------------------------------------------------------- loading

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return {"raw": raw, "published": raw[0].strip() if raw else "", "lang": raw[1].strip() if len(raw) > 1 else "",
            "blank": raw[2] if len(raw) > 2 else None, "body": "\n".join(raw[3:])}


def tokens(text, lang):
    out = []
    for m in TOKEN.finditer(text):
        t = m.group(0)
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def parse_date(s):
    """-> (first day, last day) of the period, or None when invalid."""
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        parts = [int(x) for x in s.split("-")]
        if len(parts) == 1:
            return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = datetime.date(parts[0], parts[1], 1)
            nxt = datetime.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        d = datetime.date(*parts)
        return d, d
    except ValueError:
        return None


def load_set(d):
    stems = sorted(f[:-4] for f in os.listdir(d) if re.match(r"^\d\d\.txt$", f))
    reports, golds = {}, {}
    for s in stems:
        reports[s] = read_report(os.path.join(d, s + ".txt"))
        gp = os.path.join(d, s + ".gold.json")
        golds[s] = json.load(open(gp, encoding="utf-8")) if os.path.exists(gp) else None
    sp = os.path.join(d, "spellings.json")
    spell = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}
    return stems, reports, golds, spell


# ---------------------------------------------------------------- oracle

def oracle(d, file, published, lang):
    text = open(file, encoding="utf-8").read()
    stems, reports, golds, _ = load_set(d)
    for s in stems:
        r = reports[s]
        if r["body"] == text and (not published or r["published"] == published) and (not lang or r["lang"] == lang):
            claims = []
            for c in golds[s]["claims"]:
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
            print(json.dumps({"published": r["published"], "language": r["lang"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"error": "no report with this body"}), file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def run_checks(d, sc, show_stats=False):
    stems, reports, golds, spell = load_set(d)
    fails = {i: [] for i in range(1, 9)}

    def fail(n, msg):
        fails[n].append(msg)

    fold = lambda t: re.sub(r"[^a-z]", "", sc.fold(t))  # noqa: E731

    persons_of = {}
    for s in stems:
        if golds[s] is None:
            fail(7, f"{s}: no gold file")
            golds[s] = {"claims": [], "must_not": []}
        entries = spell.get(s)
        if entries is None:
            fail(2, f"{s}: no entry in spellings.json")
            entries = []
        persons_of[s] = {e["name"]: e for e in entries}

    # 1. gold persons named in the text, person_matches accepts the gold name with its keys
    for s in stems:
        lang = reports[s]["lang"]
        toks = tokens(reports[s]["body"], lang)
        for c in golds[s]["claims"]:
            name = c.get("person")
            if c.get("type") == "group_release" and name is None:
                continue
            keys = c.get("surname_keys") or []
            if not name or not keys:
                fail(1, f"{s}: claim {c.get('type')} without person or keys")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fail(1, f"{s}: {name}: no token of the report matches keys {keys}")
            if not sc.person_matches(name, keys, name):
                fail(1, f"{s}: person_matches rejects {name} with {keys}")
            if (lang == "en") == bool(CYRILLIC.search(name)):
                fail(1, f"{s}: {name} is not in the script of the report")

    # 2. keys vs spellings and other capitalised words; relatives
    for s in stems:
        lang = reports[s]["lang"]
        caps = set(t for t in tokens(reports[s]["body"], lang) if t[:1].isupper())
        P = persons_of[s]
        for name, e in P.items():
            keys = e.get("keys") or []
            if not keys:
                fail(2, f"{s}: {name}: no keys")
                continue
            for sp in e.get("surnames", []):
                if not any(sc.key_matches_token(k, sp) for k in keys):
                    fail(2, f"{s}: keys {keys} of {name} do not match its spelling {sp}")
            allowed = set(e.get("surnames", []))
            for r in e.get("relatives", []):
                allowed |= set(P.get(r, {}).get("surnames", []))
            for t in sorted(caps):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    fail(2, f"{s}: keys {keys} of {name} also match '{t}'")
            for r in e.get("relatives", []):
                if r not in P:
                    fail(2, f"{s}: relative {r} of {name} is not listed")
                    continue
                if name not in P[r].get("relatives", []):
                    fail(2, f"{s}: {r} does not list {name} back as a relative")
                rk = P[r].get("keys") or []
                for a, ak, b in ((name, rk, r), (r, keys, name)):
                    if sc.person_matches(a, ak, b) or sc.person_matches(a, sc.keys_for(b), b):
                        fail(2, f"{s}: person_matches('{a}', keys of {b}) holds between relatives")
        for c in golds[s]["claims"]:
            name = c.get("person")
            if name is None:
                continue
            if name not in P:
                fail(2, f"{s}: gold person {name} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(P[name].get("keys") or []):
                fail(2, f"{s}: gold keys of {name} differ from spellings.json")

    # 3. listed spellings occur; look-alike capitalised tokens are listed
    for s in stems:
        lang = reports[s]["lang"]
        toks = tokens(reports[s]["body"], lang)
        tokset = set(toks)
        listed = set()
        surnames = set()
        for name, e in persons_of[s].items():
            for sp in e.get("surnames", []) + e.get("given", []):
                listed.add(sp)
                if sp not in tokset:
                    fail(3, f"{s}: spelling '{sp}' of {name} does not occur in the text")
            surnames |= set(e.get("surnames", []))
        prefixes = set(fold(sp)[:4] for sp in surnames)
        for t in sorted(set(x for x in toks if x[:1].isupper())):
            ft = fold(t)
            for p in prefixes:
                hit = ft.startswith(p) if len(p) == 4 else ft == p
                if hit and t not in listed:
                    fail(3, f"{s}: capitalised '{t}' shares the prefix '{p}' with a listed surname but is not listed")

    # 4. the gold through the scorer, with the oracle as the command
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(os.path.abspath(d), cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(4, f"P={res['precision']} R={res['recall']} F1={res['f1']}; " + "; ".join(res["details"][:8]))
    if res["violations"] or res["errors"]:
        fail(4, f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        fail(4, f"articles={res['articles']}, expected 30")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            fail(4, f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)} right")

    # 5. traps
    for s in stems:
        lang = reports[s]["lang"]
        toks = tokens(reports[s]["body"], lang)
        seen = set()
        for m in golds[s].get("must_not", []):
            if sorted(m) != sorted(TRAP_FIELDS):
                fail(5, f"{s}: trap fields {sorted(m)}")
            typ, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if typ not in TYPES:
                fail(5, f"{s}: trap type {typ}")
            if kind not in KINDS:
                fail(5, f"{s}: trap kind {kind}")
            if not isinstance(why, str) or not why.strip():
                fail(5, f"{s}: trap without why")
            if (typ, name) in seen:
                fail(5, f"{s}: trap ({typ}, {name}) listed twice")
            seen.add((typ, name))
            if not name:
                fail(5, f"{s}: trap without person")
                continue
            own = (persons_of[s].get(name) or {}).get("keys") or []
            if not own:
                fail(5, f"{s}: trap person {name} not in spellings.json")
            kf = sc.keys_for(name)
            if not any(sc.key_matches_token(k, t) for k in own + kf for t in toks):
                fail(5, f"{s}: trap person {name} is not named in the text")
            for c in golds[s]["claims"]:
                if c.get("type") != typ or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], kf, name) or (own and sc.person_matches(c["person"], own, name)):
                    fail(5, f"{s}: trap ({typ}, {name}) is matched by gold claim for {c['person']}")

    # 6. dates and fields
    for s in stems:
        pub = parse_date(reports[s]["published"])
        claims = golds[s]["claims"]
        have = Counter((c.get("type"), c.get("person")) for c in claims)
        for c in claims:
            typ, name = c.get("type"), c.get("person")
            if sorted(c) != sorted(CLAIM_FIELDS):
                fail(6, f"{s}: claim fields {sorted(c)}")
            if typ not in TYPES:
                fail(6, f"{s}: claim type {typ}")
            if c.get("date") is not None:
                p = parse_date(c["date"])
                if p is None:
                    fail(6, f"{s}: bad date {c['date']!r}")
                elif pub and p[0] > pub[0]:
                    fail(6, f"{s}: {typ} {name} dated {c['date']} after publication")
            dc, tm, cnt = c.get("destination_country"), c.get("term_months"), c.get("count")
            if typ == "deported":
                if dc not in ISO:
                    fail(6, f"{s}: deported {name} has country {dc!r}")
                if not have[("released", name)]:
                    fail(6, f"{s}: deported {name} without released")
            elif dc is not None:
                fail(6, f"{s}: destination_country on {typ}")
            if typ == "sentenced":
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    fail(6, f"{s}: bad term {tm!r}")
            elif tm is not None:
                fail(6, f"{s}: term_months on {typ}")
            if typ == "group_release":
                if name is not None or c.get("surname_keys"):
                    fail(6, f"{s}: group_release with a person")
                if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt <= 0:
                    fail(6, f"{s}: group_release count {cnt!r}")
            else:
                if cnt is not None:
                    fail(6, f"{s}: count on {typ}")
                if not name:
                    fail(6, f"{s}: {typ} without person")
            if typ == "pardoned" and not have[("released", name)]:
                fail(6, f"{s}: pardoned {name} without released")
        for m in golds[s].get("must_not", []):
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(m.get("type"), ())
            own = (persons_of[s].get(m.get("person")) or {}).get("keys") or []
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == m["person"]
                        or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])
                        or (own and sc.person_matches(c["person"], own, m["person"]))):
                    fail(6, f"{s}: {m['type']} trap on {m['person']} but gold has {c['type']} for {c['person']}")

    # 7. headers, words, split, dates
    if stems != [f"{i:02d}" for i in range(1, 31)]:
        fail(7, f"reports are {stems}, expected 01..30")
    for s in stems:
        r = reports[s]
        p = parse_date(r["published"])
        if p is None or len(r["published"]) != 10:
            fail(7, f"{s}: line 1 is not a YYYY-MM-DD date")
        elif not FIRST_DAY <= p[0] <= LAST_DAY:
            fail(7, f"{s}: published {r['published']} outside 2021-01-01..2026-11-20")
        if r["lang"] != LANG_OF.get(s):
            fail(7, f"{s}: language {r['lang']!r}, expected {LANG_OF.get(s)}")
        if r["blank"] != "":
            fail(7, f"{s}: line 3 is not blank")
        if len(r["raw"]) < 4 or not r["raw"][3].strip():
            fail(7, f"{s}: no headline on line 4")
        n = len(" ".join(r["raw"][3:]).split())
        if not 150 <= n <= 550:
            fail(7, f"{s}: {n} words")

    # 8. scripts, coverage, trap share
    for s in stems:
        text, lang = "\n".join(reports[s]["raw"]), reports[s]["lang"]
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", text):
                fail(8, f"{s}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                fail(8, f"{s}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                fail(8, f"{s}: Russian text has ў/і")
        elif lang == "en":
            if CYRILLIC.search(text):
                fail(8, f"{s}: English text has Cyrillic")
    types = Counter(c["type"] for s in stems for c in golds[s]["claims"])
    kinds = Counter(m.get("kind") for s in stems for m in golds[s].get("must_not", []))
    for t in TYPES:
        if not types[t]:
            fail(8, f"event type {t} not covered")
    for k in KINDS:
        if not kinds[k]:
            fail(8, f"trap kind {k} not covered")
    nc, nt = sum(types.values()), sum(kinds.values())
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        fail(8, f"trap share {share:.3f} outside 0.25..0.30")

    if show_stats:
        words = {s: len(" ".join(reports[s]["raw"][3:]).split()) for s in stems}
        by_lang = Counter(reports[s]["lang"] for s in stems)
        print(f"reports: {len(stems)} (en {by_lang['en']}, ru {by_lang['ru']}, be {by_lang['be']})")
        print(f"words: {sum(words.values())} (min {min(words.values())}, max {max(words.values())})")
        print(f"claims: {nc}")
        for t in TYPES:
            print(f"  {t:26} {types[t]}")
        print(f"traps: {nt}")
        for k in KINDS:
            print(f"  {k:26} {kinds[k]}")
        print(f"trap share: {share:.3f}")
        print("per report (published, lang, words, claims, traps):")
        for s in stems:
            print(f"  {s} {reports[s]['published']} {reports[s]['lang']} {words[s]:4} "
                  f"{len(golds[s]['claims']):3} {len(golds[s].get('must_not', [])):3}")

    names = {1: "gold persons named and accepted", 2: "keys, spellings and relatives",
             3: "spellings occur, look-alikes listed", 4: "oracle scores 1.0 through the scorer",
             5: "traps", 6: "dates and fields", 7: "headers, words, split, dates",
             8: "scripts, coverage, trap share"}
    ok = True
    for i in range(1, 9):
        if fails[i]:
            ok = False
            print(f"check {i} ({names[i]}): FAILED")
            for msg in fails[i][:20]:
                print(f"    {msg}")
            if len(fails[i]) > 20:
                print(f"    ... {len(fails[i]) - 20} more")
        else:
            print(f"check {i} ({names[i]}): ok")
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    return run_checks(args.dir, load_scorer(), args.stats)


if __name__ == "__main__":
    sys.exit(main())
