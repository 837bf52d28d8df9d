#!/usr/bin/env python3
"""Checks for the held-out extraction set heldout118 (workers and trade unionists).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs checks 1-8 (see README.md) over DIR (default: the folder of this
script) and prints ALL CHECKS PASSED when none fails; the exit status is 0 then, 1 otherwise.
--stats also prints counts. With --oracle it behaves like an extractor: it prints, as extraction
JSON, the gold claims of the report in DIR whose body equals the text of FILE, so the scorer can
run it as its command.

Standard library only. The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this script.
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
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ---------------------------------------------------------------- loading and helpers

def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return {"published": raw[0].strip() if raw else "", "lang": raw[1].strip() if len(raw) > 1 else "",
            "blank": raw[2] if len(raw) > 2 else None, "headline": raw[3] if len(raw) > 3 else "",
            "body": "\n".join(raw[3:])}


def tokens(text, lang):
    out = TOKEN_RE.findall(text)
    if lang == "en":
        out = [re.sub(r"['’]s$", "", t) for t in out]
    return out


def caps(toks):
    return sorted({t for t in toks if t[:1].isupper()})


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(d):
    return {10: "day", 7: "month", 4: "year"}.get(len(d or ""))


def load(d):
    reports = {}
    for f in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", f)
        if not m:
            continue
        stem = m.group(1)
        rep = read_report(os.path.join(d, f))
        gpath = os.path.join(d, stem + ".gold.json")
        rep["gold"] = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        rep["tokens"] = tokens(rep["body"], rep["lang"])
        reports[stem] = rep
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


# ---------------------------------------------------------------- oracle

def oracle(d, file, published, lang):
    text = open(file, encoding="utf-8").read()
    reports, _ = load(d)
    for stem, rep in sorted(reports.items()):
        if rep["body"] == text and rep["published"] == published and rep["lang"] == lang:
            claims = []
            for c in rep["gold"]["claims"]:
                person = None
                if c.get("person"):
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c.get("date"),
                               "date_precision": precision(c.get("date")),
                               "destination_country": c.get("destination_country"),
                               "term_months": c.get("term_months"), "count": c.get("count"),
                               "confidence": 1.0,
                               "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(f"oracle: no report in {d} has this body", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks

def run_checks(d, show_stats):
    fails = []

    def fail(check, msg):
        fails.append(f"[check {check}] {msg}")

    reports, spell = load(d)

    # ---- check 7: headers, words, split, publication dates
    expected = sorted(LANG_OF)
    if sorted(reports) != expected:
        fail(7, f"reports are {sorted(reports)}, expected 01..30")
    words = {}
    for stem, rep in sorted(reports.items()):
        if not valid_date(rep["published"]) or len(rep["published"]) != 10:
            fail(7, f"{stem}: line 1 is not a YYYY-MM-DD date: {rep['published']!r}")
        elif not (PUB_MIN <= rep["published"] <= PUB_MAX):
            fail(7, f"{stem}: publication date {rep['published']} outside {PUB_MIN} .. {PUB_MAX}")
        if rep["lang"] not in ("en", "ru", "be"):
            fail(7, f"{stem}: line 2 is not en/ru/be: {rep['lang']!r}")
        elif stem in LANG_OF and rep["lang"] != LANG_OF[stem]:
            fail(7, f"{stem}: language {rep['lang']} but {LANG_OF[stem]} expected by the 14/10/6 split")
        if rep["blank"] is None or rep["blank"].strip():
            fail(7, f"{stem}: line 3 is not blank")
        if not rep["headline"].strip():
            fail(7, f"{stem}: no headline on line 4")
        words[stem] = len(rep["body"].split())
        if not (150 <= words[stem] <= 550):
            fail(7, f"{stem}: {words[stem]} words, expected 150-550")
        if rep["gold"] is None:
            fail(7, f"{stem}: no {stem}.gold.json")
    langs = Counter(r["lang"] for r in reports.values())
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        fail(7, f"language split en/ru/be = {langs['en']}/{langs['ru']}/{langs['be']}, expected 14/10/6")

    # ---- check 8: scripts
    for stem, rep in sorted(reports.items()):
        body = rep["body"]
        if rep["lang"] == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                fail(8, f"{stem}: Belarusian text contains {''.join(bad)}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, f"{stem}: Belarusian text lacks ў or і")
        elif rep["lang"] == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                fail(8, f"{stem}: Russian text contains {''.join(bad)}")
        elif rep["lang"] == "en":
            bad = sorted(set(re.findall(r"[\u0400-\u04FF]", body)))
            if bad:
                fail(8, f"{stem}: English text contains Cyrillic {''.join(bad)}")

    if not isinstance(spell, dict) or not spell:
        fail(2, "spellings.json missing or empty")
        spell = {}

    all_claims, all_traps = [], []
    for stem, rep in sorted(reports.items()):
        gold = rep["gold"]
        if gold is None:
            continue
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        all_claims += [(stem, c) for c in claims]
        all_traps += [(stem, t) for t in traps]
        toks = rep["tokens"]
        cap_toks = caps(toks)
        tokset = set(toks)
        people = {p["person"]: p for p in spell.get(stem, [])}
        if stem not in spell:
            fail(2, f"{stem}: no entry in spellings.json")

        def keys_of(name):
            return people.get(name, {}).get("keys", [])

        # ---- check 6 (shape) and check 1
        for c in claims:
            t, person = c.get("type"), c.get("person")
            if set(c) != CLAIM_FIELDS:
                fail(6, f"{stem}: claim fields {sorted(c)} differ from {sorted(CLAIM_FIELDS)}")
            if t not in TYPES:
                fail(6, f"{stem}: unknown claim type {t!r}")
            date = c.get("date")
            if date is not None:
                if not isinstance(date, str) or not valid_date(date):
                    fail(6, f"{stem}: invalid date {date!r} on {t} {person}")
                elif date > rep["published"][: len(date)]:
                    fail(6, f"{stem}: date {date} of {t} {person} is after publication {rep['published']}")
            dest, term, count = c.get("destination_country"), c.get("term_months"), c.get("count")
            if t == "deported":
                if dest not in ISO2:
                    fail(6, f"{stem}: deported {person} has no ISO country ({dest!r})")
                if not any(o.get("type") == "released" and o.get("person") == person for o in claims):
                    fail(6, f"{stem}: deported {person} has no released claim")
            elif dest is not None:
                fail(6, f"{stem}: destination_country on {t} {person}")
            if t == "sentenced":
                if term is not None and (not isinstance(term, int) or term <= 0):
                    fail(6, f"{stem}: bad term_months {term!r} on sentenced {person}")
            elif term is not None:
                fail(6, f"{stem}: term_months on {t} {person}")
            if t == "group_release":
                if person is not None:
                    fail(6, f"{stem}: group_release with a person {person!r}")
                if not isinstance(count, int) or count <= 0:
                    fail(6, f"{stem}: group_release without a positive count ({count!r})")
                if c.get("surname_keys"):
                    fail(6, f"{stem}: group_release with surname keys")
                continue
            if count is not None:
                fail(6, f"{stem}: count on {t} {person}")
            if t == "pardoned" and not any(o.get("type") == "released" and o.get("person") == person
                                           for o in claims):
                fail(6, f"{stem}: pardoned {person} has no released claim")
            if not person or not isinstance(person, str):
                fail(6, f"{stem}: {t} claim without a person")
                continue
            keys = c.get("surname_keys") or []
            if not keys:
                fail(1, f"{stem}: {t} {person} has no surname keys")
                continue
            if not any(sc.key_matches_token(k, tok) for k in keys for tok in toks):
                fail(1, f"{stem}: no token of the report matches {person} keys {keys}")
            if not sc.person_matches(person, keys, person):
                fail(1, f"{stem}: person_matches rejects {person} with its own keys {keys}")
            if person not in people:
                fail(2, f"{stem}: gold person {person} missing from spellings.json")
            elif sorted(keys) != sorted(people[person]["keys"]) or len(keys) != len(people[person]["keys"]):
                fail(2, f"{stem}: keys of {person} {keys} differ from spellings.json {people[person]['keys']}")

        # ---- check 2 and 3 (spellings)
        listed_all = set()
        for p in people.values():
            listed_all |= set(p.get("surnames", [])) | set(p.get("given", []))
        for name, p in people.items():
            keys = p.get("keys", [])
            surs = p.get("surnames", [])
            if not keys or not surs or not p.get("given"):
                fail(2, f"{stem}: {name} needs keys, surnames and given names in spellings.json")
            for s in surs:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {name} do not match its spelling {s}")
            rel_forms = set()
            for r in p.get("relatives", []):
                if r not in people:
                    fail(2, f"{stem}: relative {r} of {name} not in spellings.json")
                    continue
                rel_forms |= set(people[r].get("surnames", []))
                if name not in people[r].get("relatives", []):
                    fail(2, f"{stem}: {r} does not list {name} back as a relative")
                if sc.person_matches(r, keys, name):
                    fail(2, f"{stem}: person_matches accepts relative {r} for {name}")
                if sc.person_matches(name, people[r].get("keys", []), r):
                    fail(2, f"{stem}: person_matches accepts {name} for relative {r}")
            for tok in cap_toks:
                if any(sc.key_matches_token(k, tok) for k in keys):
                    if tok not in surs and tok not in rel_forms:
                        fail(2, f"{stem}: keys {keys} of {name} also match the word {tok!r}")
            for s in list(surs) + list(p.get("given", [])):
                if s not in tokset:
                    fail(3, f"{stem}: listed spelling {s!r} of {name} does not occur in the text")
            for s in surs:
                pre = folded(s)[:4]
                if len(pre) < 4:
                    continue
                for tok in cap_toks:
                    if folded(tok)[:4] == pre and tok not in listed_all:
                        fail(3, f"{stem}: {tok!r} shares the prefix {pre!r} with {s!r} but is not listed")

        # ---- check 5 and the trap part of check 6
        seen = set()
        for m in traps:
            t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if set(m) != TRAP_FIELDS:
                fail(5, f"{stem}: trap fields {sorted(m)} differ from {sorted(TRAP_FIELDS)}")
            if t not in TYPES or t == "group_release":
                fail(5, f"{stem}: trap type {t!r} invalid")
            if kind not in KINDS:
                fail(5, f"{stem}: trap kind {kind!r} invalid")
            if not isinstance(why, str) or not why.strip():
                fail(5, f"{stem}: trap {t} {person} has no why")
            if not isinstance(person, str) or not person:
                fail(5, f"{stem}: trap {t} without a person")
                continue
            if (t, person) in seen:
                fail(5, f"{stem}: trap ({t}, {person}) listed twice")
            seen.add((t, person))
            own = keys_of(person)
            if person not in people:
                fail(5, f"{stem}: trap person {person} missing from spellings.json")
            kf = sc.keys_for(person)
            named_own = own and any(sc.key_matches_token(k, tok) for k in own for tok in toks)
            named_kf = any(sc.key_matches_token(k, tok) for k in kf for tok in toks)
            if not (named_own and named_kf):
                fail(5, f"{stem}: trap person {person} is not named in the text")
            for g in claims:
                if g.get("type") != t or not g.get("person"):
                    continue
                for ks in (kf, own):
                    if ks and sc.person_matches(g["person"], ks, person):
                        fail(5, f"{stem}: trap {t} {person} ({kind}) is matched by gold {t} {g['person']}")
                        break
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(t, ())
            for g in claims:
                if g.get("type") in excl and g.get("person"):
                    if any(ks and sc.person_matches(g["person"], ks, person) for ks in (kf, own)):
                        fail(6, f"{stem}: {t} trap on {person} but gold {g['type']} {g['person']}")

    # ---- check 8: coverage and trap share
    types = Counter(c["type"] for _, c in all_claims)
    kinds = Counter(t.get("kind") for _, t in all_traps)
    for t in TYPES:
        if not types[t]:
            fail(8, f"event type {t} not covered by any gold claim")
    for k in KINDS:
        if not kinds[k]:
            fail(8, f"trap kind {k} not covered")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0.0
    if not (0.25 <= share <= 0.30):
        fail(8, f"traps are {share:.1%} of all entries, expected 25-30 %")

    # ---- check 4: the oracle through the scorer
    if " " in os.path.abspath(d) or " " in os.path.abspath(__file__):
        fail(4, "paths with spaces cannot be passed through the scorer's command")
    else:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            fail(4, "oracle score P={precision} R={recall} F1={f1} violations={violations} "
                    "errors={errors} articles={articles}".format(**res) + f" attributes={a}")
            for line in res["details"][:20]:
                fail(4, "  " + line)

    if show_stats:
        print(f"reports: {len(reports)} ({langs['en']} en, {langs['ru']} ru, {langs['be']} be)")
        print(f"words: {sum(words.values())} (min {min(words.values(), default=0)}, "
              f"max {max(words.values(), default=0)})")
        for lang in ("en", "ru", "be"):
            print(f"  {lang}: {sum(w for s, w in words.items() if reports[s]['lang'] == lang)}")
        years = Counter(r["published"][:4] for r in reports.values())
        print("publication years: " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items())))
        print(f"claims: {len(all_claims)}")
        for t in TYPES:
            print(f"  {t:26} {types[t]}")
        print(f"traps: {len(all_traps)} ({share:.1%} of {total} entries)")
        for k in KINDS:
            print(f"  {k:26} {kinds[k]}")
        ttypes = Counter(t.get("type") for _, t in all_traps)
        print("trap types: " + ", ".join(f"{t} {n}" for t, n in ttypes.most_common()))

    for line in fails:
        print(line)
    if fails:
        print(f"{len(fails)} CHECK FAILURE(S)")
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
