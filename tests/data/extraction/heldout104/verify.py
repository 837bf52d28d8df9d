#!/usr/bin/env python3
"""Self-check for the heldout104 extraction set (press-freedom alerts).

  python3 verify.py                     run every check on this folder
  python3 verify.py --dir DIR           run every check on another copy
  python3 verify.py --stats [--dir DIR] print counts (reports, words, claims, traps)
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
        print the gold of the report whose text is FILE as extractor output
        (the JSON shape of shared/docs/domain.md); used by check 4 through the scorer.

Stdlib only, plus the scorer module score_claims.py, taken from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this file.
"""
import argparse
import calendar
import json
import os
import re
import sys
from collections import Counter, defaultdict

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
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
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
ALLOWED_FILES = ({f"{n}.txt" for n in LANG_OF} | {f"{n}.gold.json" for n in LANG_OF}
                 | {"spellings.json", "verify.py", "README.md"})
FIRST_DAY, LAST_DAY = "2021-01-01", "2026-11-20"


# ---------------------------------------------------------------- helpers
def tokens(text, lang):
    """Word tokens (letters, inner apostrophes kept; hyphens split); English possessive 's dropped."""
    toks = re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", text)
    if lang == "en":
        toks = [re.sub(r"['’]s$", "", t) for t in toks]
    return toks


def caps(toks):
    return [t for t in toks if t[:1].isupper()]


def letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(d):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d or "")
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return False
    if da and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, (raw[0].strip() if raw else ""), (raw[1].strip() if len(raw) > 1 else ""), "\n".join(raw[3:])


def load(d):
    reports = {}
    for n in sorted(LANG_OF):
        txt, gold = os.path.join(d, f"{n}.txt"), os.path.join(d, f"{n}.gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw, pub, lang, body = read_report(txt)
        reports[n] = dict(raw=raw, published=pub, lang=lang, text=body,
                          toks=tokens(body, lang), gold=json.load(open(gold, encoding="utf-8")))
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = os.path.abspath(args.dir or HERE)
    text = open(args.oracle, encoding="utf-8").read()
    for n in sorted(LANG_OF):
        p = os.path.join(d, f"{n}.txt")
        if not os.path.exists(p):
            continue
        raw, pub, lang, body = read_report(p)
        if body != text:
            continue
        if (args.published and args.published != pub) or (args.lang and args.lang != lang):
            sys.stderr.write("header mismatch\n")
            return 2
        gold = json.load(open(os.path.join(d, f"{n}.gold.json"), encoding="utf-8"))
        toks = tokens(text, lang)
        claims = []
        for g in gold["claims"]:
            person = None
            start = end = 0
            if g["person"]:
                mention = next((t for t in toks if any(sc.key_matches_token(k, t) for k in g["surname_keys"])),
                               g["person"])
                start = max(text.find(mention), 0)
                end = start + len(mention)
                person = {"name": g["person"], "mention": mention, "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g["date"],
                           "date_precision": precision_of(g["date"]),
                           "destination_country": g["destination_country"], "term_months": g["term_months"],
                           "count": g["count"], "confidence": 1.0,
                           "evidence": {"start": start, "end": end, "text": text[start:end]}})
        print(json.dumps({"published": pub, "language": lang, "claims": claims}, ensure_ascii=False))
        return 0
    sys.stderr.write("no report with this text\n")
    return 1


# ---------------------------------------------------------------- checks
def run_checks(d):
    errs = defaultdict(list)
    reports, spell = load(d)

    def err(check, msg):
        errs[check].append(msg)

    # --- check 7: files, headers, words, split, dates
    present = set(os.listdir(d))
    for f in sorted(present - ALLOWED_FILES):
        err(7, f"unexpected file {f}")
    for f in sorted(ALLOWED_FILES - present):
        err(7, f"missing file {f}")
    split = Counter()
    for n, r in reports.items():
        raw = r["raw"]
        if not valid_date(r["published"]) or len(r["published"]) != 10:
            err(7, f"{n}: bad date line {r['published']!r}")
        elif not FIRST_DAY <= r["published"] <= LAST_DAY:
            err(7, f"{n}: publication date {r['published']} out of range")
        if r["lang"] != LANG_OF[n]:
            err(7, f"{n}: language {r['lang']!r}, expected {LANG_OF[n]}")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(7, f"{n}: header must be date, language, blank line, headline")
        words = len(r["text"].split())
        if not 150 <= words <= 550:
            err(7, f"{n}: {words} words")
        g = r["gold"]
        if g.get("published") != r["published"] or g.get("language") != r["lang"]:
            err(7, f"{n}: gold published/language differ from the header")
        split[r["lang"]] += 1
    if dict(split) != {"en": 14, "ru": 10, "be": 6}:
        err(7, f"split {dict(split)}, expected en 14 / ru 10 / be 6")

    # --- check 8: scripts, coverage, trap share
    for n, r in reports.items():
        t = r["text"]
        if r["lang"] == "be":
            if re.search(r"[иИщЩъЪ]", t):
                err(8, f"{n}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", t) or not re.search(r"[іІ]", t):
                err(8, f"{n}: Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            if re.search(r"[ўЎіІ]", t):
                err(8, f"{n}: Russian text contains ў/і")
        elif r["lang"] == "en" and re.search(r"[\u0400-\u04FF]", t):
            err(8, f"{n}: English text contains Cyrillic")
    all_claims = [c for r in reports.values() for c in r["gold"].get("claims", [])]
    all_traps = [m for r in reports.values() for m in r["gold"].get("must_not", [])]
    for t in sorted(set(TYPES) - {c.get("type") for c in all_claims}):
        err(8, f"event type {t} not covered")
    for k in sorted(set(KINDS) - {m.get("kind") for m in all_traps}):
        err(8, f"trap kind {k} not covered")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        err(8, f"trap share {share:.3f} outside 25-30 %")

    for n, r in reports.items():
        g, toks, lang = r["gold"], r["toks"], r["lang"]
        ctoks = caps(toks)
        tokset = set(toks)
        sp = spell.get(n)
        if not sp:
            err(2, f"{n}: no spellings entry")
            sp = {"persons": []}
        if sp.get("language") != lang:
            err(2, f"{n}: spellings language {sp.get('language')!r}")
        people = {p["person"]: p for p in sp.get("persons", [])}
        claims, traps = g.get("claims", []), g.get("must_not", [])

        # --- check 6: field shapes, dates, dependencies
        for c in claims:
            typ = c.get("type")
            if sorted(c) != sorted(CLAIM_FIELDS):
                err(6, f"{n}: claim fields {sorted(c)}")
            if typ not in TYPES:
                err(6, f"{n}: unknown claim type {typ}")
            if c.get("date") is not None:
                if not valid_date(c["date"]):
                    err(6, f"{n}: invalid date {c['date']!r} on {typ} {c.get('person')}")
                elif c["date"] > r["published"][:len(c["date"])]:
                    err(6, f"{n}: date {c['date']} after publication on {typ} {c.get('person')}")
            if typ == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    err(6, f"{n}: group_release must have a null person and no keys")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(6, f"{n}: group_release needs a positive count")
            else:
                if not c.get("person") or not c.get("surname_keys"):
                    err(6, f"{n}: {typ} needs a person and surname keys")
                if c.get("count") is not None:
                    err(6, f"{n}: count on {typ}")
                if any(not re.fullmatch(r"[a-z]+", k) for k in c.get("surname_keys") or []):
                    err(6, f"{n}: keys must be lower-case Latin: {c.get('surname_keys')}")
            if typ == "deported":
                if c.get("destination_country") not in ISO:
                    err(6, f"{n}: deported {c.get('person')} needs an ISO country")
                if not any(o.get("type") == "released" and o.get("person") == c.get("person") for o in claims):
                    err(6, f"{n}: deported {c.get('person')} without released")
            elif c.get("destination_country") is not None:
                err(6, f"{n}: destination_country on {typ}")
            if typ == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(6, f"{n}: bad term {tm!r}")
            elif c.get("term_months") is not None:
                err(6, f"{n}: term_months on {typ}")
            if typ == "pardoned" and not any(o.get("type") == "released" and o.get("person") == c.get("person")
                                             for o in claims):
                err(6, f"{n}: pardoned {c.get('person')} without released")
        for m in traps:
            excl = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                    "deported": {"deported"}}.get(m.get("type"), set())
            mkeys = (people.get(m.get("person")) or {}).get("surname_keys") or sc.keys_for(m.get("person"))
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == m.get("person")
                        or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])
                        or sc.person_matches(c["person"], mkeys, m["person"])):
                    err(6, f"{n}: {m['type']} trap on {m['person']} but gold {c['type']} for {c['person']}")

        # --- check 1: gold persons named, own keys accepted
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(1, f"{n}: no token of the text matches {c['person']} {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                err(1, f"{n}: person_matches rejects {c['person']} with its own keys")

        # --- check 2: keys vs spellings, collisions, relatives
        named = {c["person"] for c in claims if c.get("person")} | {m.get("person") for m in traps}
        for who in sorted(x for x in named if x):
            if who not in people:
                err(2, f"{n}: {who} missing from spellings.json")
        for c in claims:
            if c.get("person") in people and c.get("surname_keys") != people[c["person"]]["surname_keys"]:
                err(2, f"{n}: gold keys of {c['person']} differ from spellings.json")
        for name, p in people.items():
            keys = p.get("surname_keys") or []
            allowed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    err(2, f"{n}: relative {rel} of {name} not in spellings")
                    continue
                allowed |= set(people[rel].get("surname_forms", []))
                if name not in people[rel].get("relatives", []):
                    err(2, f"{n}: relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name):
                    err(2, f"{n}: person_matches takes {rel} for {name}")
                if sc.person_matches(name, people[rel].get("surname_keys") or [], rel):
                    err(2, f"{n}: person_matches takes {name} for {rel}")
            for f in p.get("surname_forms", []):
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err(2, f"{n}: keys {keys} of {name} miss the spelling {f}")
            for t in sorted(set(ctoks)):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    err(2, f"{n}: keys of {name} also match the word {t!r}")

        # --- check 3: spellings occur; prefix neighbours listed
        for name, p in people.items():
            for f in p.get("surname_forms", []) + p.get("given_forms", []):
                if f not in tokset:
                    err(3, f"{n}: listed spelling {f!r} of {name} does not occur")
            if not p.get("surname_forms"):
                err(3, f"{n}: no surname forms for {name}")
            listed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                listed |= set((people.get(rel) or {}).get("surname_forms", []))
            prefixes = {letters(f)[:4] for f in p.get("surname_forms", [])}
            for t in sorted(set(ctoks)):
                if letters(t)[:4] in prefixes and t not in listed:
                    err(3, f"{n}: {t!r} shares a prefix with a spelling of {name} but is not listed")

        # --- check 5: traps
        seen = set()
        for m in traps:
            if sorted(m) != sorted(TRAP_FIELDS):
                err(5, f"{n}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                err(5, f"{n}: bad trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                err(5, f"{n}: bad trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m["why"].strip():
                err(5, f"{n}: trap on {m.get('person')} has no why")
            key = (m.get("type"), m.get("person"))
            if key in seen:
                err(5, f"{n}: trap {key} listed twice")
            seen.add(key)
            own = (people.get(m.get("person")) or {}).get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in own or sc.keys_for(m.get("person")) for t in toks):
                err(5, f"{n}: trap person {m.get('person')} not named in the text")
            for c in claims:
                if c.get("type") != m.get("type") or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    err(5, f"{n}: gold {c['type']} {c['person']} matches trap {m['person']} (keys_for)")
                if own and sc.person_matches(c["person"], own, m["person"]):
                    err(5, f"{n}: gold {c['type']} {c['person']} matches trap {m['person']} (own keys)")

    # --- check 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    ok = (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
          and res["errors"] == 0 and res["articles"] == 30
          and a.get("date_ok", 0) == a.get("date_total", 0)
          and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0))
    if not ok:
        err(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
               f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
               f"attributes={dict(a)}")
        for line in res["details"][:20]:
            err(4, "  " + line)
    return errs, reports


def stats(d):
    reports, _ = load(d)
    words = {n: len(r["text"].split()) for n, r in reports.items()}
    claims = Counter(c["type"] for r in reports.values() for c in r["gold"]["claims"])
    traps = Counter(m["kind"] for r in reports.values() for m in r["gold"]["must_not"])
    nc, nt = sum(claims.values()), sum(traps.values())
    langs = Counter(r["lang"] for r in reports.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {claims.get(t, 0)}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {traps.get(k, 0)}")
    print(f"trap share: {nt / (nc + nt):.3f}")
    for n, r in reports.items():
        print(f"  {n} {r['published']} {r['lang']} words={words[n]} claims={len(r['gold']['claims'])} "
              f"traps={len(r['gold']['must_not'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    d = os.path.abspath(args.dir or HERE)
    if args.stats:
        stats(d)
        return 0
    errs, _ = run_checks(d)
    if errs:
        for check in sorted(errs):
            for msg in errs[check]:
                print(f"check {check}: {msg}")
        print(f"FAILED checks: {', '.join(str(c) for c in sorted(errs))}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
