#!/usr/bin/env python3
"""Checks for the heldout125 evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks of README.md ("What verify.py checks") on DIR (default: this
      folder); prints ALL CHECKS PASSED and exits 0 only when every check holds.
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
      print, as `volia extract` output JSON, the gold of the report in DIR whose body equals
      the contents of FILE (the scorer runs this as its command in check 4).

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR or ../../../../../shared/tools.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_DATE, LAST_DATE = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                          "shared", "tools")
    sys.path.insert(0, os.path.abspath(d))
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(body, lang):
    out = []
    for t in TOKEN_RE.findall(body):
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None


# ---------------------------------------------------------------- oracle
def oracle(args):
    body = open(args.oracle, encoding="utf-8").read()
    d = args.dir
    spell = {}
    if os.path.exists(os.path.join(d, "spellings.json")):
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    for fname in sorted(os.listdir(d)):
        if not re.fullmatch(r"\d\d\.txt", fname):
            continue
        nn = fname[:2]
        raw, text = read_report(os.path.join(d, fname))
        if text != body or raw[0].strip() != args.published or raw[1].strip() != args.lang:
            continue
        gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        forms = {p["person"]: p.get("surnames", []) for p in spell.get(nn, [])}
        claims = []
        for g in gold["claims"]:
            ev = {"start": 0, "end": 0, "text": ""}
            for form in forms.get(g["person"], []):
                i = text.find(form)
                if i >= 0:
                    ev = {"start": i, "end": i + len(form), "text": form}
                    break
            person = None
            if g["person"]:
                person = {"name": g["person"], "mention": ev["text"] or g["person"], "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g["date"],
                           "date_precision": precision_of(g["date"]),
                           "destination_country": g["destination_country"],
                           "term_months": g["term_months"], "count": g["count"],
                           "confidence": 1.0, "evidence": ev})
        print(json.dumps({"published": args.published, "language": args.lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    print(f"oracle: no report in {d} has this body", file=sys.stderr)
    return 2


# ---------------------------------------------------------------- checks
def run_checks(d, sc, show_stats):
    fails = []

    def fail(check, nn, msg):
        fails.append(f"FAIL [check {check}] {nn}: {msg}")

    names = sorted(os.listdir(d))
    txts = sorted(f[:2] for f in names if re.fullmatch(r"\d\d\.txt", f))
    golds = sorted(f[:2] for f in names if re.fullmatch(r"\d\d\.gold\.json", f))
    expected = sorted(LANG_OF)
    if txts != expected or golds != expected:
        fail(7, "--", f"expected reports 01..30 with gold files, found txt={txts} gold={golds}")
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        fail(2, "--", f"spellings.json unreadable: {e}")
        spell = {}

    reports = {}
    for nn in sorted(set(txts) & set(golds)):
        raw, body = read_report(os.path.join(d, nn + ".txt"))
        try:
            gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
        except ValueError as e:
            fail(6, nn, f"gold unreadable: {e}")
            continue
        reports[nn] = (raw, body, gold)

    type_count, kind_count, words_all = Counter(), Counter(), []
    lang_count = Counter()
    n_claims = n_traps = 0

    for nn, (raw, body, gold) in reports.items():
        # ---- check 7: header, words, split, dates of publication
        published = raw[0].strip() if raw else ""
        lang = raw[1].strip() if len(raw) > 1 else ""
        if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
            fail(7, nn, "header must be date, language, blank line, then the headline")
        if not (len(published) == 10 and valid_date(published)):
            fail(7, nn, f"bad publication date {published!r}")
        elif not FIRST_DATE <= published <= LAST_DATE:
            fail(7, nn, f"publication date {published} outside {FIRST_DATE}..{LAST_DATE}")
        if LANG_OF.get(nn) != lang:
            fail(7, nn, f"language {lang!r}, expected {LANG_OF.get(nn)!r}")
        lang_count[lang] += 1
        words = len(body.split())
        words_all.append(words)
        if not 150 <= words <= 550:
            fail(7, nn, f"{words} words, outside 150..550")
        if gold.get("published", published) != published or gold.get("language", lang) != lang:
            fail(7, nn, "gold published/language differ from the header")

        # ---- check 8: script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(8, nn, "Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, nn, "Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(8, nn, "Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                fail(8, nn, "English text contains Cyrillic")

        toks = tokens(body, lang)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # ---- spellings of this report
        people = {}
        for p in spell.get(nn, []):
            if p.get("person") in people:
                fail(2, nn, f"{p.get('person')} listed twice in spellings.json")
            people[p.get("person")] = p
        if nn not in spell:
            fail(2, nn, "report missing from spellings.json")

        def own_keys(name):
            return people.get(name, {}).get("keys") or []

        # ---- check 6: claim shape, fields, dates, dependencies
        for g in claims:
            t = g.get("type")
            type_count[t] += 1
            if set(g) != CLAIM_FIELDS:
                fail(6, nn, f"claim fields {sorted(g)}")
                continue
            if t not in TYPES:
                fail(6, nn, f"unknown type {t!r}")
            dt = g["date"]
            if dt is not None:
                if not valid_date(dt):
                    fail(6, nn, f"bad date {dt!r} on {t} {g['person']}")
                elif dt > published[: len(dt)]:
                    fail(6, nn, f"date {dt} after publication {published} ({t} {g['person']})")
            if t == "group_release":
                if g["person"] is not None or g["surname_keys"]:
                    fail(6, nn, "group_release must have a null person and no keys")
                if not isinstance(g["count"], int) or isinstance(g["count"], bool) or g["count"] <= 0:
                    fail(6, nn, f"group_release count {g['count']!r} must be a positive integer")
            else:
                if not g["person"] or not g["surname_keys"]:
                    fail(6, nn, f"{t} needs a person and surname keys")
                if g["count"] is not None:
                    fail(6, nn, f"count on {t} {g['person']}")
            if t == "deported":
                if g["destination_country"] not in ISO2:
                    fail(6, nn, f"deported {g['person']} has country {g['destination_country']!r}")
            elif g["destination_country"] is not None:
                fail(6, nn, f"destination_country on {t} {g['person']}")
            if t == "sentenced":
                tm = g["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    fail(6, nn, f"bad term {tm!r} for {g['person']}")
            elif g["term_months"] is not None:
                fail(6, nn, f"term_months on {t} {g['person']}")
            if t in ("deported", "pardoned"):
                if not any(r.get("type") == "released" and r.get("person")
                           and sc.person_matches(r["person"], g["surname_keys"], g["person"])
                           for r in claims):
                    fail(6, nn, f"{t} {g['person']} without a released claim")
        for m in traps:
            if m.get("type") == "released":
                for g in claims:
                    if g.get("type") in ("released", "pardoned", "deported") and g.get("person") and (
                            sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"])
                            or sc.person_matches(g["person"], own_keys(m["person"]), m["person"])):
                        fail(6, nn, f"released trap on {m['person']} but gold {g['type']} {g['person']}")

        # ---- check 1: gold persons are in the text and match their own keys
        for g in claims:
            if not g.get("person"):
                continue
            keys = g.get("surname_keys") or []
            if not any(sc.key_matches_token(k, tk) for k in keys for tk in toks):
                fail(1, nn, f"no token of the report matches {g['person']} keys {keys}")
            if not sc.person_matches(g["person"], keys, g["person"]):
                fail(1, nn, f"person_matches rejects {g['person']} with its own keys {keys}")

        # ---- check 2: keys against spellings and capitalised words; relatives
        for g in claims:
            if not g.get("person"):
                continue
            if g["person"] not in people:
                fail(2, nn, f"gold person {g['person']} missing from spellings.json")
            elif g.get("surname_keys") != people[g["person"]].get("keys"):
                fail(2, nn, f"keys of {g['person']} differ: gold {g.get('surname_keys')} "
                            f"spellings {people[g['person']].get('keys')}")
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                fail(2, nn, f"{name}: keys must be non-empty lower-case Latin {keys}")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(2, nn, f"{name}: keys {keys} do not match the spelling {s!r}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                allowed |= set(people.get(rel, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    fail(2, nn, f"{name}: keys {keys} also match the capitalised word {t!r}")
            for rel in p.get("relatives", []):
                if rel not in people:
                    fail(2, nn, f"{name}: relative {rel} not listed")
                    continue
                if name not in people[rel].get("relatives", []):
                    fail(2, nn, f"{name} -> {rel} is not linked back")
                rkeys = people[rel].get("keys") or []
                if sc.person_matches(name, rkeys, rel) or sc.person_matches(rel, keys, name):
                    fail(2, nn, f"person_matches confuses relatives {name} and {rel}")
                    continue

        # ---- check 3: spellings occur; near-homographs of surnames are listed
        listed = set()
        for p in people.values():
            listed |= set(p.get("surnames", [])) | set(p.get("given", []))
        sur_prefixes = {}
        for name, p in people.items():
            for s in p.get("surnames", []):
                sur_prefixes.setdefault(re.sub(r"[^a-z]", "", sc.fold(s))[:4], s)
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    fail(3, nn, f"{name}: spelling {s!r} does not occur in the text")
        for t in caps:
            pre = re.sub(r"[^a-z]", "", sc.fold(t))[:4]
            if pre in sur_prefixes and t not in listed:
                fail(3, nn, f"capitalised {t!r} shares the prefix {pre!r} with {sur_prefixes[pre]!r} "
                            "but is not listed")

        # ---- check 5: traps
        seen = set()
        for m in traps:
            kind_count[m.get("kind")] += 1
            if set(m) != TRAP_FIELDS:
                fail(5, nn, f"trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES:
                fail(5, nn, f"trap type {m['type']!r}")
            if m["kind"] not in KINDS:
                fail(5, nn, f"trap kind {m['kind']!r}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                fail(5, nn, f"trap on {m['person']} has no why")
            if (m["type"], m["person"]) in seen:
                fail(5, nn, f"trap {m['type']} {m['person']} listed twice")
            seen.add((m["type"], m["person"]))
            if not m["person"]:
                fail(5, nn, "trap without a person")
                continue
            if m["person"] not in people:
                fail(5, nn, f"trap person {m['person']} missing from spellings.json")
            tkeys = own_keys(m["person"])
            if not any(sc.key_matches_token(k, tk) for k in sc.keys_for(m["person"]) + tkeys
                       for tk in toks):
                fail(5, nn, f"trap person {m['person']} is not named in the text")
            for g in claims:
                if g.get("type") != m["type"] or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]) or (
                        tkeys and sc.person_matches(g["person"], tkeys, m["person"])):
                    fail(5, nn, f"trap {m['type']} {m['person']} is matched by gold {g['person']}")

    # ---- check 8: coverage and trap share
    for t in TYPES:
        if not type_count[t]:
            fail(8, "--", f"no gold claim of type {t}")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, "--", f"no trap of kind {k}")
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0.0
    if not 0.25 <= share <= 0.30:
        fail(8, "--", f"trap share {share:.3f} outside 0.25..0.30")
    # ---- check 7: split
    want = {"en": 14, "ru": 10, "be": 6}
    if dict(lang_count) != want:
        fail(7, "--", f"language split {dict(lang_count)}, expected {want}")

    # ---- check 4: the gold as extractor output scores perfectly
    if reports:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 120)
        a = res["attributes"]
        if res["articles"] != 30:
            fail(4, "--", f"scored {res['articles']} articles, expected 30")
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            fail(4, "--", f"P={res['precision']} R={res['recall']} F1={res['f1']}: "
                          + "; ".join(res["details"][:8]))
        if res["violations"] or res["errors"]:
            fail(4, "--", f"violations={res['violations']} errors={res['errors']}: "
                          + "; ".join(res["details"][:8]))
        for what in ("date", "dest", "term"):
            if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
                fail(4, "--", f"{what} right {a.get(f'{what}_ok', 0)}/{a.get(f'{what}_total', 0)}")

    if show_stats:
        print(f"reports: {len(reports)} {dict(lang_count)}")
        if words_all:
            print(f"words: total {sum(words_all)}, min {min(words_all)}, max {max(words_all)}, "
                  f"mean {sum(words_all) / len(words_all):.0f}")
        print(f"claims: {n_claims}  traps: {n_traps}  trap share: {share:.3f}")
        print("claims by type:")
        for t in TYPES:
            print(f"  {t:26} {type_count[t]}")
        print("traps by kind:")
        for k in KINDS:
            print(f"  {k:26} {kind_count[k]}")
        print("per report (claims/traps/words):")
        for nn, (raw, body, gold) in reports.items():
            print(f"  {nn} {raw[1].strip()} {len(gold.get('claims', [])):3} "
                  f"{len(gold.get('must_not', [])):3} {len(body.split()):4}")
    for line in fails:
        print(line)
    if fails:
        print(f"{len(fails)} FAILURES")
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
        return oracle(args)
    return run_checks(args.dir, load_scorer(), args.stats)


if __name__ == "__main__":
    sys.exit(main())
