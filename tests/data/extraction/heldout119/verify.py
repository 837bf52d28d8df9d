#!/usr/bin/env python3
"""Checks for the blind evaluation set heldout119 (anniversary and year-in-review reports).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs checks 1-8 of README.md over DIR (default: the folder of this file)
and prints ALL CHECKS PASSED only when every check holds; otherwise it lists the failures
and exits with status 1.

With --oracle it prints, as `volia extract` output JSON, the gold claims of the report in DIR
whose body (everything after the three header lines) equals the content of FILE. The scorer
can therefore run it as a command:
  score_claims.py DIR --cmd 'python3 verify.py --dir DIR --oracle'

Standard library only. score_claims.py is imported from $VOLIA_SCORER_DIR or from
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
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
MIN_WORDS, MAX_WORDS = 150, 550
TRAP_SHARE = (0.25, 0.30)
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    candidates = [os.environ.get("VOLIA_SCORER_DIR"),
                  os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")]
    for cand in candidates:
        if cand and os.path.exists(os.path.join(cand, "score_claims.py")):
            sys.path.insert(0, os.path.abspath(cand))
            import score_claims  # noqa: E402
            return score_claims
    sys.exit("verify.py: score_claims.py not found; set VOLIA_SCORER_DIR")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", raw


def body_of(raw):
    return "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def letters(sc, word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def oracle(args):
    content = open(args.oracle, encoding="utf-8").read()
    for name in sorted(os.listdir(args.dir)):
        if not name.endswith(".gold.json"):
            continue
        stem = name[: -len(".gold.json")]
        txt = os.path.join(args.dir, stem + ".txt")
        if not os.path.exists(txt):
            continue
        published, lang, raw = read_report(txt)
        if body_of(raw) != content:
            continue
        gold = json.load(open(os.path.join(args.dir, name), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            date = g.get("date")
            prec = {None: None, 4: "year", 7: "month", 10: "day"}[len(date) if date else None]
            person = None
            if g.get("person"):
                person = {"name": g["person"], "mention": g["person"], "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": date,
                           "date_precision": prec,
                           "destination_country": g.get("destination_country"),
                           "term_months": g.get("term_months"), "count": g.get("count"),
                           "confidence": 1.0, "evidence": None})
        print(json.dumps({"published": args.published or published,
                          "language": args.lang or lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    print("verify.py --oracle: no report body equals " + args.oracle, file=sys.stderr)
    return 2


def run_checks(d, stats=False):
    sc = load_scorer()
    fails = []

    def fail(check, msg):
        fails.append(f"check {check}: {msg}")

    # ---------------------------------------------------------------- load
    try:
        spellings = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        spellings = {}
        fail(2, f"spellings.json unreadable: {exc}")
    stems = sorted(n[:-4] for n in os.listdir(d) if n.endswith(".txt"))
    gold_stems = sorted(n[: -len(".gold.json")] for n in os.listdir(d) if n.endswith(".gold.json"))
    if stems != sorted(LANG_OF) or gold_stems != sorted(LANG_OF):
        fail(7, f"expected 01..30 .txt and .gold.json, found txt={stems} gold={gold_stems}")
    reports = {}
    for stem in stems:
        published, lang, raw = read_report(os.path.join(d, stem + ".txt"))
        body = body_of(raw)
        try:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            fail(6, f"{stem}: gold unreadable: {exc}")
            gold = {"claims": [], "must_not": []}
        reports[stem] = dict(published=published, lang=lang, raw=raw, body=body, gold=gold,
                             toks=tokens(body, lang), people=spellings.get(stem, {}))

    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = n_words = 0
    words_by_lang = Counter()
    for stem, r in reports.items():
        pub, lang, body, gold, toks = r["published"], r["lang"], r["body"], r["gold"], r["toks"]
        people = r["people"]
        caps = sorted({t for t in toks if t[:1].isupper()})
        tokset = set(toks)
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        if set(gold) != {"claims", "must_not"}:
            fail(6, f"{stem}: gold keys must be claims and must_not, got {sorted(gold)}")

        # ------------------------------------------------------------ check 7
        if not valid_date(pub) or len(pub) != 10:
            fail(7, f"{stem}: line 1 is not a YYYY-MM-DD date: {pub!r}")
        elif not FIRST_PUB <= pub <= LAST_PUB:
            fail(7, f"{stem}: publication date {pub} outside {FIRST_PUB}..{LAST_PUB}")
        if lang != LANG_OF.get(stem):
            fail(7, f"{stem}: language {lang!r}, expected {LANG_OF.get(stem)!r}")
        if len(r["raw"]) < 4 or r["raw"][2].strip() != "" or not r["raw"][3].strip():
            fail(7, f"{stem}: line 3 must be blank and line 4 the headline")
        words = len(body.split())
        n_words += words
        words_by_lang[lang] += words
        if not MIN_WORDS <= words <= MAX_WORDS:
            fail(7, f"{stem}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")

        # ------------------------------------------------------------ check 8 (script)
        low = body.lower()
        if lang == "be":
            bad = sorted(set(re.findall(r"[ищъ]", low)))
            if bad:
                fail(8, f"{stem}: Belarusian text contains {bad}")
            if "ў" not in low or "і" not in low:
                fail(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўі]", low)))
            if bad:
                fail(8, f"{stem}: Russian text contains {bad}")
        elif lang == "en":
            if CYRILLIC_RE.search(body):
                fail(8, f"{stem}: English text contains Cyrillic")

        # ------------------------------------------------------------ check 6 (fields)
        for i, c in enumerate(claims):
            where = f"{stem} claim {i} ({c.get('type')} {c.get('person')})"
            if sorted(c) != sorted(CLAIM_FIELDS):
                fail(6, f"{where}: fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                fail(6, f"{where}: unknown type")
                continue
            type_count[t] += 1
            n_claims += 1
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    fail(6, f"{where}: invalid date {c['date']!r}")
                elif c["date"] > pub[: len(c["date"])]:
                    fail(6, f"{where}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    fail(6, f"{where}: group_release must have null person and no keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    fail(6, f"{where}: group_release needs a positive count")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    fail(6, f"{where}: person missing")
                keys = c["surname_keys"]
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in keys):
                    fail(6, f"{where}: surname_keys must be lower-case Latin strings")
                if c["count"] is not None:
                    fail(6, f"{where}: count only on group_release")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    fail(6, f"{where}: destination_country {c['destination_country']!r} not ISO alpha-2")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                    fail(6, f"{where}: deported without released")
            elif c["destination_country"] is not None:
                fail(6, f"{where}: destination_country only on deported")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    fail(6, f"{where}: term_months must be a positive integer or null")
            elif c["term_months"] is not None:
                fail(6, f"{where}: term_months only on sentenced")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                fail(6, f"{where}: pardoned without released")

        seen_traps = set()
        for i, m in enumerate(traps):
            where = f"{stem} trap {i} ({m.get('type')} {m.get('person')})"
            if sorted(m) != sorted(TRAP_FIELDS):
                fail(5, f"{where}: fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["type"] == "group_release":
                fail(5, f"{where}: invalid type")
            if m["kind"] not in KINDS:
                fail(5, f"{where}: invalid kind {m['kind']!r}")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 8:
                fail(5, f"{where}: why must explain the trap")
            if not isinstance(m["person"], str) or not m["person"].strip():
                fail(5, f"{where}: person missing")
                continue
            kind_count[m["kind"]] += 1
            n_traps += 1
            key = (m["type"], m["person"])
            if key in seen_traps:
                fail(5, f"{where}: listed twice")
            seen_traps.add(key)

        # ------------------------------------------------------------ check 1
        for i, c in enumerate(claims):
            if c.get("type") == "group_release" or not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for t in toks for k in keys):
                fail(1, f"{stem}: {c['person']} ({keys}) matches no token of the report")
            if not sc.person_matches(c["person"], keys, c["person"]):
                fail(1, f"{stem}: person_matches rejects {c['person']} with its own keys {keys}")

        # ------------------------------------------------------------ check 2 and 3
        names = {p["name"]: p for p in people}
        if len(names) != len(people):
            fail(2, f"{stem}: a person is listed twice in spellings.json")
        all_surnames = {s for p in people for s in p.get("surnames", [])}
        for p in people:
            nm, keys = p.get("name"), p.get("keys") or []
            sur, giv, rel = p.get("surnames") or [], p.get("given") or [], p.get("relatives") or []
            if not nm or not keys or not sur:
                fail(2, f"{stem}: spellings entry {nm!r} needs name, keys and surnames")
                continue
            for s in sur:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {nm} miss the spelling {s}")
            exempt = set(sur)
            for rn in rel:
                if rn not in names:
                    fail(2, f"{stem}: relative {rn!r} of {nm} not listed")
                    continue
                other = names[rn]
                exempt |= set(other.get("surnames") or [])
                if nm not in (other.get("relatives") or []):
                    fail(2, f"{stem}: {rn} does not list {nm} as relative")
                if sc.person_matches(nm, other.get("keys") or [], rn):
                    fail(2, f"{stem}: person_matches({nm!r}, keys of {rn}) succeeds")
                if sc.person_matches(rn, keys, nm):
                    fail(2, f"{stem}: person_matches({rn!r}, keys of {nm}) succeeds")
            for t in caps:
                if t in exempt:
                    continue
                hit = [k for k in keys if sc.key_matches_token(k, t)]
                if hit:
                    fail(2, f"{stem}: keys {hit} of {nm} also match the word {t!r}")
            for s in list(sur) + list(giv):
                if s not in tokset:
                    fail(3, f"{stem}: listed spelling {s!r} of {nm} does not occur in the text")
        prefixes = {letters(sc, s)[:4] for s in all_surnames if len(letters(sc, s)) >= 4}
        for t in caps:
            if letters(sc, t)[:4] in prefixes and t not in all_surnames:
                fail(3, f"{stem}: capitalised {t!r} shares a prefix with a listed surname but is not listed")
        for c in claims:
            if c.get("type") == "group_release" or not c.get("person"):
                continue
            p = names.get(c["person"])
            if p is None:
                fail(2, f"{stem}: gold person {c['person']} missing from spellings.json")
            elif sorted(p.get("keys") or []) != sorted(c.get("surname_keys") or []):
                fail(2, f"{stem}: keys of {c['person']} differ from spellings.json")

        # ------------------------------------------------------------ check 5
        for m in traps:
            if sorted(m) != sorted(TRAP_FIELDS) or not m.get("person"):
                continue
            p = names.get(m["person"])
            if p is None:
                fail(5, f"{stem}: trap person {m['person']} missing from spellings.json")
                own = []
            else:
                own = p.get("keys") or []
            if own and not any(sc.key_matches_token(k, t) for t in toks for k in own):
                fail(5, f"{stem}: trap person {m['person']} is not named in the text")
            for c in claims:
                if c.get("type") != m["type"] or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    fail(5, f"{stem}: trap {m['type']} {m['person']} matched by gold {c['person']} (keys_for)")
                if own and sc.person_matches(c["person"], own, m["person"]):
                    fail(5, f"{stem}: trap {m['type']} {m['person']} matched by gold {c['person']} (own keys)")
            # ---------------------------------------------------------------- check 6 (traps)
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m["type"], set())
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == m["person"] or (own and sc.person_matches(c["person"], own, m["person"]))):
                    fail(6, f"{stem}: {m['type']} trap on {m['person']} contradicts gold {c['type']}")

    # ---------------------------------------------------------------- check 8 (coverage)
    for t in TYPES:
        if not type_count[t]:
            fail(8, f"type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0.0
    if not TRAP_SHARE[0] <= share <= TRAP_SHARE[1]:
        fail(8, f"trap share {share:.3f} outside {TRAP_SHARE}")

    # ---------------------------------------------------------------- check 4 (oracle)
    if len(reports) == 30:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            detail = "; ".join(res["details"][:10])
            fail(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
                    f"violations={res['violations']} errors={res['errors']} "
                    f"articles={res['articles']} attributes={a} {detail}")
    else:
        fail(4, f"oracle not run: {len(reports)} reports instead of 30")

    if stats:
        print(f"reports: {len(reports)}  words: {n_words} "
              f"(en {words_by_lang['en']}, ru {words_by_lang['ru']}, be {words_by_lang['be']})")
        print(f"claims: {n_claims}  traps: {n_traps}  trap share: {share:.3f}")
        print("claims by type:")
        for t in TYPES:
            print(f"  {t:26} {type_count[t]}")
        print("traps by kind:")
        for k in KINDS:
            print(f"  {k:26} {kind_count[k]}")
    return fails


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    fails = run_checks(args.dir, args.stats)
    for f in fails:
        print(f)
    if fails:
        print(f"{len(fails)} FAILURE(S)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
