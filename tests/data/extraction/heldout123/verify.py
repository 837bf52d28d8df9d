#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout123 (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs the eight checks described in README.md and prints
ALL CHECKS PASSED when none fires. --stats also prints counts. With --oracle it
prints, as extractor output JSON, the gold of the report in DIR whose body equals
FILE, so that score_claims.py can run this script as the extractor command.

The scorer is imported from $VOLIA_SCORER_DIR or ../../../../../shared/tools
(relative to this file) with sys.dont_write_bytecode = True.
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
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country",
                "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    tools = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                               "shared", "tools")
    sys.path.insert(0, os.path.abspath(tools))
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw, "\n".join(raw[3:])


def tokens(text, lang):
    """Word tokens; apostrophes stay inside Cyrillic words, split English possessives."""
    if lang == "en":
        pat = r"[^\W\d_]+(?:-[^\W\d_]+)*"
    else:
        pat = r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"
    return re.findall(pat, text)


def capitalised(toks):
    return [t for t in toks if t[:1].isupper()]


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_set(d):
    reports = {}
    for name in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", name)
        if not m:
            continue
        stem = m.group(1)
        pub, lang, raw, body = read_report(os.path.join(d, name))
        gpath = os.path.join(d, stem + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[stem] = {"pub": pub, "lang": lang, "raw": raw, "body": body, "gold": gold}
    sp = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp, encoding="utf-8")) if os.path.exists(sp) else {}
    return reports, spellings


# ---------------------------------------------------------------- oracle

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, _ = load_set(d)
    for stem, r in reports.items():
        if r["body"] == text and r["gold"] is not None:
            claims = []
            for c in r["gold"]["claims"]:
                date = c.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                person = None
                if c.get("person"):
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": date,
                               "date_precision": prec,
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or r["pub"], "language": lang or r["lang"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("no report with this body", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def run_checks(d, stats):
    sc = load_scorer()
    reports, spellings = load_set(d)
    errors = {i: [] for i in range(1, 9)}

    def err(n, msg):
        errors[n].append(msg)

    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0
    words = Counter()

    # ---- check 7: headers, words, split, dates of publication
    expected = sorted(LANG_OF)
    if sorted(reports) != expected:
        err(7, f"reports present {sorted(reports)} != 01..30")
    for stem, r in reports.items():
        raw = r["raw"]
        if not valid_date(r["pub"]) or len(r["pub"]) != 10:
            err(7, f"{stem}: bad publication date {r['pub']!r}")
        elif not (PUB_MIN <= r["pub"] <= PUB_MAX):
            err(7, f"{stem}: publication date {r['pub']} outside {PUB_MIN}..{PUB_MAX}")
        if r["lang"] not in ("en", "ru", "be"):
            err(7, f"{stem}: bad language {r['lang']!r}")
        if LANG_OF.get(stem) and r["lang"] != LANG_OF[stem]:
            err(7, f"{stem}: language {r['lang']} but the split wants {LANG_OF[stem]}")
        if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
            err(7, f"{stem}: header must be date, language, blank line, then the headline")
        w = len(r["body"].split())
        words[r["lang"]] += w
        if not 150 <= w <= 550:
            err(7, f"{stem}: {w} words, outside 150..550")
        if r["gold"] is None:
            err(7, f"{stem}: missing {stem}.gold.json")

    for stem, r in sorted(reports.items()):
        gold = r["gold"]
        if gold is None:
            continue
        lang, body, pub = r["lang"], r["body"], r["pub"]
        toks = tokens(body, lang)
        tokset = set(toks)
        caps = capitalised(toks)
        sp = spellings.get(stem)
        if sp is None:
            err(2, f"{stem}: no entry in spellings.json")
            sp = {}
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        if set(gold) - {"claims", "must_not", "published", "language"}:
            err(6, f"{stem}: unexpected top-level fields {sorted(set(gold) - {'claims', 'must_not'})}")
        n_claims += len(claims)
        n_traps += len(traps)

        # ---- check 8: scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(8, f"{stem}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                err(8, f"{stem}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                err(8, f"{stem}: English text contains Cyrillic")

        # ---- check 6: fields, dates, dependencies
        for c in claims:
            t = c.get("type")
            type_count[t] += 1
            if set(c) != CLAIM_FIELDS:
                err(6, f"{stem}: claim fields {sorted(c)} != {sorted(CLAIM_FIELDS)}")
            if t not in TYPES:
                err(6, f"{stem}: unknown claim type {t!r}")
            dt = c.get("date")
            if dt is not None:
                if not valid_date(dt):
                    err(6, f"{stem}: bad date {dt!r} on {t} {c.get('person')}")
                elif dt > pub[:len(dt)]:
                    err(6, f"{stem}: date {dt} after publication {pub} ({t} {c.get('person')})")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    err(6, f"{stem}: deported {c.get('person')} needs an ISO country, got {c.get('destination_country')!r}")
                if not any(o.get("type") == "released" and o.get("person") == c.get("person") for o in claims):
                    err(6, f"{stem}: deported {c.get('person')} without released")
            elif c.get("destination_country") is not None:
                err(6, f"{stem}: destination_country on {t}")
            if t == "pardoned" and not any(o.get("type") == "released" and o.get("person") == c.get("person") for o in claims):
                err(6, f"{stem}: pardoned {c.get('person')} without released")
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(6, f"{stem}: bad term_months {tm!r}")
            elif c.get("term_months") is not None:
                err(6, f"{stem}: term_months on {t}")
            if t == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    err(6, f"{stem}: group_release with a person or keys")
                if not isinstance(c.get("count"), int) or c.get("count") <= 0:
                    err(6, f"{stem}: group_release needs a positive count")
            else:
                if c.get("count") is not None:
                    err(6, f"{stem}: count on {t}")
                if not c.get("person") or not c.get("surname_keys"):
                    err(6, f"{stem}: {t} claim without person or surname_keys")
        for m in traps:
            kind_count[m.get("kind")] += 1
            p = m.get("person")
            if m.get("type") == "released":
                bad = [c for c in claims if c.get("type") in ("released", "pardoned", "deported")
                       and c.get("person") == p]
                if bad:
                    err(6, f"{stem}: released trap on {p} but gold has {[c['type'] for c in bad]}")
            if m.get("type") in ("pardoned", "deported"):
                if any(c.get("type") == m["type"] and c.get("person") == p for c in claims):
                    err(6, f"{stem}: {m['type']} trap on {p} but gold has the same type")

        # ---- check 5: traps
        seen = set()
        for m in traps:
            if set(m) != TRAP_FIELDS:
                err(5, f"{stem}: trap fields {sorted(m)} != {sorted(TRAP_FIELDS)}")
            if m.get("type") not in TYPES:
                err(5, f"{stem}: trap with unknown type {m.get('type')!r}")
            if m.get("kind") not in KINDS:
                err(5, f"{stem}: trap with unknown kind {m.get('kind')!r}")
            if not isinstance(m.get("why"), str) or len(m.get("why", "").strip()) < 8:
                err(5, f"{stem}: trap {m.get('type')} {m.get('person')} needs a why")
            key = (m.get("type"), m.get("person"))
            if key in seen:
                err(5, f"{stem}: trap {key} listed twice")
            seen.add(key)
            p = m.get("person") or ""
            own = (sp.get(p) or {}).get("keys") or []
            if p not in sp:
                err(5, f"{stem}: trap person {p!r} has no spellings entry")
            if not own or not any(any(sc.key_matches_token(k, t) for k in own) for t in toks):
                err(5, f"{stem}: trap person {p!r} is not named in the text")
            for c in claims:
                if c.get("type") != m.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(p), p):
                    err(5, f"{stem}: gold {c['type']} {c['person']} matches trap person {p} (keys_for)")
                if own and sc.person_matches(c["person"], own, p):
                    err(5, f"{stem}: gold {c['type']} {c['person']} matches trap person {p} (own keys)")

        # ---- check 1: gold people are in the text and match themselves
        for c in claims:
            p, keys = c.get("person"), c.get("surname_keys") or []
            if not p:
                continue
            if not any(any(sc.key_matches_token(k, t) for k in keys) for t in toks):
                err(1, f"{stem}: no token of the report matches {p} keys {keys}")
            if not sc.person_matches(p, keys, p):
                err(1, f"{stem}: person_matches rejects {p} with its own keys {keys}")

        # ---- check 2: keys against spellings and capitalised words; relatives
        for c in claims:
            p = c.get("person")
            if not p:
                continue
            if p not in sp:
                err(2, f"{stem}: gold person {p} missing from spellings.json")
            elif sorted(sp[p].get("keys", [])) != sorted(c.get("surname_keys") or []):
                err(2, f"{stem}: gold keys of {p} {c.get('surname_keys')} != spellings {sp[p].get('keys')}")
        for p, e in sp.items():
            keys = e.get("keys") or []
            if not keys or any(not re.match(r"^[a-z]+$", k) for k in keys):
                err(2, f"{stem}: {p}: keys must be lower-case Latin, got {keys}")
                continue
            for s in e.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    err(2, f"{stem}: keys {keys} of {p} miss the spelling {s}")
            allowed = set(e.get("surnames", []))
            for r_ in e.get("relatives", []):
                allowed |= set((sp.get(r_) or {}).get("surnames", []))
            for t in set(caps):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    err(2, f"{stem}: keys {keys} of {p} also match the word {t!r}")
            for r_ in e.get("relatives", []):
                if r_ not in sp:
                    err(2, f"{stem}: relative {r_} of {p} has no entry")
                    continue
                if p not in sp[r_].get("relatives", []):
                    err(2, f"{stem}: {r_} does not list {p} back as a relative")
                if sc.person_matches(r_, keys, p):
                    err(2, f"{stem}: person_matches accepts relative {r_} as {p}")
                if sc.person_matches(p, sp[r_].get("keys") or [], r_):
                    err(2, f"{stem}: person_matches accepts {p} as relative {r_}")

        # ---- check 3: spellings occur; 4-letter prefix neighbours are listed
        listed = set()
        for p, e in sp.items():
            listed |= set(e.get("surnames", []))
            for s in e.get("surnames", []) + e.get("given", []):
                if s not in tokset:
                    err(3, f"{stem}: listed spelling {s!r} of {p} does not occur in the text")

        def pre(w):
            f = re.sub(r"[^a-z]", "", sc.fold(w))
            return f[:4] if len(f) >= 4 else None

        prefixes = {pre(s) for s in listed} - {None}
        for t in set(caps):
            if t not in listed and pre(t) in prefixes:
                err(3, f"{stem}: capitalised {t!r} shares a prefix with a listed surname but is not listed")

    # ---- check 8: coverage and trap share
    for t in TYPES:
        if not type_count[t]:
            err(8, f"event type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            err(8, f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0.0
    if not 0.25 <= share <= 0.30:
        err(8, f"trap share {share:.3f} outside 0.25..0.30")

    # ---- check 4: the oracle scores perfectly through the scorer
    if reports and all(r["gold"] is not None for r in reports.values()):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        try:
            res = sc.score(os.path.abspath(d), cmd, 60)
        except Exception as exc:  # a stray or unreadable pair in the folder
            res = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "violations": -1, "errors": -1,
                   "articles": -1, "attributes": {}, "details": [f"scorer raised {exc!r}"]}
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            err(4, f"oracle score P={res['precision']} R={res['recall']} F1={res['f1']} "
                   f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
                   f"attributes={a} details={res['details'][:10]}")
    else:
        err(4, "cannot score: gold files missing")

    if stats:
        print(f"reports: {len(reports)} ({sum(1 for r in reports.values() if r['lang'] == 'en')} en, "
              f"{sum(1 for r in reports.values() if r['lang'] == 'ru')} ru, "
              f"{sum(1 for r in reports.values() if r['lang'] == 'be')} be)")
        print(f"words: {sum(words.values())} (en {words['en']}, ru {words['ru']}, be {words['be']})")
        print(f"claims: {n_claims}")
        for t in TYPES:
            print(f"  {t:26} {type_count[t]}")
        print(f"traps: {n_traps}")
        for k in KINDS:
            print(f"  {k:26} {kind_count[k]}")
        print(f"trap share: {n_traps}/{total} = {share:.3f}")

    failed = False
    names = {1: "gold people in text", 2: "keys and relatives", 3: "spellings", 4: "oracle score",
             5: "traps", 6: "fields and dates", 7: "headers and split", 8: "script and coverage"}
    for n in range(1, 9):
        if errors[n]:
            failed = True
            print(f"CHECK {n} ({names[n]}) FAILED:")
            for e in errors[n][:40]:
                print("  " + e)
            if len(errors[n]) > 40:
                print(f"  ... {len(errors[n]) - 40} more")
        else:
            print(f"check {n} ({names[n]}): ok")
    if failed:
        print("SOME CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


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
    return run_checks(args.dir, args.stats)


if __name__ == "__main__":
    sys.exit(main())
