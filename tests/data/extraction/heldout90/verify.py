#!/usr/bin/env python3
"""Self-check of the heldout90 evaluation set (and a gold-replaying oracle).

  python3 verify.py                 run every check on this folder
  python3 verify.py --dir DIR       run the checks on another copy
  python3 verify.py --stats         also print counts
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    extraction JSON (shared/docs/domain.md); used by check 4

Prints ALL CHECKS PASSED (exit 0) only when every check holds; otherwise lists the failures
(exit 1). Standard library only, plus the scorer module score_claims.py, found in
$VOLIA_SCORER_DIR or ../../../../../shared/tools.
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
DIR_ENV = "HELDOUT90_DIR"

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
LANG_OF = {n: ("en" if n <= 14 else "ru" if n <= 24 else "be") for n in range(1, 31)}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"


def load_scorer():
    dirs = []
    if os.environ.get("VOLIA_SCORER_DIR"):
        dirs.append(os.environ["VOLIA_SCORER_DIR"])
    dirs.append(os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")))
    for d in dirs:
        if os.path.isfile(os.path.join(d, "score_claims.py")):
            sys.path.insert(0, d)
            import score_claims  # noqa: E402
            return score_claims
    sys.exit("verify.py: score_claims.py not found (set VOLIA_SCORER_DIR)")


SC = load_scorer()


def ffold(s):
    return re.sub(r"[^a-z]", "", SC.fold(s))


def valid_date(d):
    if not isinstance(d, str) or not DATE.match(d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang):
    d = os.environ.get(DIR_ENV) or HERE
    text = open(path, encoding="utf-8").read()
    for stem in stems(d):
        _, body = read_report(os.path.join(d, stem + ".txt"))
        if body != text:
            continue
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8")).get(stem, {})
        claims = []
        for g in gold["claims"]:
            person, start, end, mention = None, 0, 0, None
            if g["person"]:
                forms = spell.get(g["person"], {}).get("surname_forms", [])
                for m in TOKEN.finditer(text):
                    if m.group(0) in forms:
                        start, end, mention = m.start(), m.end(), m.group(0)
                        break
                person = {"name": g["person"], "mention": mention, "person_id": None}
            date = g["date"]
            prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
            lo, hi = max(0, start - 60), min(len(text), end + 60)
            claims.append({"type": g["type"], "person": person, "date": date,
                           "date_precision": prec,
                           "destination_country": g.get("destination_country"),
                           "term_months": g.get("term_months"), "count": g.get("count"),
                           "confidence": 1.0,
                           "evidence": {"start": lo, "end": hi, "text": text[lo:hi]}})
        print(json.dumps({"published": published or gold["published"],
                          "language": lang or gold["language"], "claims": claims},
                         ensure_ascii=False))
        return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d, want_stats):
    errors = []

    def err(stem, msg):
        errors.append(f"{stem}: {msg}")

    all_stems = stems(d)
    spell_all = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    n_claims = n_traps = 0
    types_seen, kinds_seen = Counter(), Counter()
    langs = Counter()
    table = []

    # 7 (split and file set)
    expected = [f"{n:02d}" for n in range(1, 31)]
    if all_stems != expected:
        err("set", f"expected reports 01..30, found {all_stems}")

    for stem in all_stems:
        raw, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        spell = spell_all.get(stem)
        if spell is None:
            err(stem, "no spellings.json entry")
            spell = {}
        published, lang = raw[0].strip(), raw[1].strip()
        toks = TOKEN.findall(body)
        tokset = set(toks)
        caps = [t for t in toks if t[:1].isupper()]

        # ---- 7. header, words, dates, split
        if not valid_date(published) or len(published) != 10:
            err(stem, f"bad publication date {published!r}")
        elif not (MIN_PUB <= published <= MAX_PUB):
            err(stem, f"publication date {published} outside {MIN_PUB}..{MAX_PUB}")
        if lang not in ("en", "ru", "be"):
            err(stem, f"bad language {lang!r}")
        n = int(stem) if stem.isdigit() else 0
        if LANG_OF.get(n) and LANG_OF[n] != lang:
            err(stem, f"language {lang} but the split wants {LANG_OF[n]}")
        if raw[2].strip() != "":
            err(stem, "line 3 must be blank")
        if len(raw) < 5 or not raw[3].strip():
            err(stem, "line 4 must be the headline")
        words = len(re.findall(r"\w+(?:['’ʼ-]\w+)*", body))
        if not 150 <= words <= 550:
            err(stem, f"{words} words, want 150..550")
        if gold.get("published") != published or gold.get("language") != lang:
            err(stem, "gold published/language differ from the header")
        langs[lang] += 1

        # ---- 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(stem, "Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(stem, "Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", body):
            err(stem, "Russian text contains ў/і")
        if lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            err(stem, "English text contains Cyrillic")

        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # ---- spellings bookkeeping
        def keys_of(name):
            return (spell.get(name) or {}).get("surname_keys") or []

        listed_surname = set()
        listed_any = set()
        for name, e in spell.items():
            listed_surname |= set(e.get("surname_forms", []))
            listed_any |= set(e.get("surname_forms", [])) | set(e.get("given_forms", []))
        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {t["person"] for t in traps if t.get("person")}
        for name in sorted(gold_people | trap_people):
            if name not in spell:
                err(stem, f"{name}: missing from spellings.json")

        # ---- 1. gold persons are found and accepted by person_matches
        for c in claims:
            if c["type"] == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not name or not keys:
                err(stem, f"{c['type']}: person and surname_keys required")
                continue
            if not any(SC.key_matches_token(k, t) for k in keys for t in toks):
                err(stem, f"{name}: no token of the report matches keys {keys}")
            if not SC.person_matches(name, keys, name):
                err(stem, f"{name}: person_matches rejects the gold name with its own keys")
            if name in spell and sorted(keys) != sorted(keys_of(name)):
                err(stem, f"{name}: gold keys {keys} differ from spellings.json {keys_of(name)}")

        # ---- 2 and 3. spellings
        for name, e in spell.items():
            keys = e.get("surname_keys") or []
            sforms, gforms = e.get("surname_forms", []), e.get("given_forms", [])
            rels = e.get("relatives", [])
            if not keys or not sforms:
                err(stem, f"{name}: spellings need surname_keys and surname_forms")
            for form in sforms:
                if not any(SC.key_matches_token(k, form) for k in keys):
                    err(stem, f"{name}: keys {keys} do not match listed spelling {form}")
            allowed = set(sforms)
            for r in rels:
                if r not in spell:
                    err(stem, f"{name}: relative {r} not in spellings.json")
                    continue
                allowed |= set(spell[r].get("surname_forms", []))
                if name not in spell[r].get("relatives", []):
                    err(stem, f"{name}: relative link to {r} is not mutual")
                if SC.person_matches(r, keys, name):
                    err(stem, f"person_matches({r!r}, keys of {name}) succeeds")
                if SC.person_matches(name, spell[r].get("surname_keys", []), r):
                    err(stem, f"person_matches({name!r}, keys of {r}) succeeds")
            for t in sorted(set(caps)):
                if t in allowed:
                    continue
                if any(SC.key_matches_token(k, t) for k in keys):
                    err(stem, f"{name}: keys {keys} also match the unrelated word {t}")
            for form in list(sforms) + list(gforms):
                if form not in tokset:
                    err(stem, f"{name}: listed spelling {form} does not occur in the text")
        prefixes = {ffold(f)[:4] for f in listed_surname if len(ffold(f)) >= 4}
        for t in sorted(set(caps)):
            if t not in listed_any and ffold(t)[:4] in prefixes:
                err(stem, f"capitalised {t} shares a 4-letter prefix with a listed surname but is not listed")

        # ---- 6. claim fields and dates
        for c in claims:
            typ = c.get("type")
            types_seen[typ] += 1
            if typ not in TYPES:
                err(stem, f"unknown type {typ}")
                continue
            dt = c.get("date")
            if dt is not None:
                if not valid_date(dt):
                    err(stem, f"{typ} {c.get('person')}: bad date {dt}")
                elif dt > published[:len(dt)]:
                    err(stem, f"{typ} {c.get('person')}: date {dt} after publication")
            if typ == "group_release":
                if c.get("person") is not None:
                    err(stem, "group_release must have a null person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(stem, "group_release needs a positive count")
            elif c.get("count") is not None:
                err(stem, f"{typ}: count only on group_release")
            if typ == "deported":
                if c.get("destination_country") not in ISO2:
                    err(stem, f"deported {c.get('person')}: bad country {c.get('destination_country')}")
                if not any(o["type"] == "released" and o.get("person") == c.get("person") for o in claims):
                    err(stem, f"deported {c.get('person')} without released")
            elif c.get("destination_country") is not None:
                err(stem, f"{typ}: destination_country only on deported")
            if typ == "pardoned":
                if not any(o["type"] == "released" and o.get("person") == c.get("person") for o in claims):
                    err(stem, f"pardoned {c.get('person')} without released")
            if typ == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(stem, f"sentenced {c.get('person')}: bad term {tm}")
            elif c.get("term_months") is not None:
                err(stem, f"{typ}: term_months only on sentenced")

        # ---- 5. traps
        seen = set()
        for m in traps:
            typ, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            kinds_seen[kind] += 1
            if typ not in TYPES or typ == "group_release":
                err(stem, f"trap with bad type {typ}")
            if kind not in KINDS:
                err(stem, f"trap {person}: bad kind {kind}")
            if not isinstance(why, str) or not why.strip():
                err(stem, f"trap {person}: why missing")
            if not person:
                err(stem, "trap without person")
                continue
            if (typ, person) in seen:
                err(stem, f"trap {typ} {person} listed twice")
            seen.add((typ, person))
            own = keys_of(person)
            if not any(SC.key_matches_token(k, t) for k in own for t in toks):
                err(stem, f"trap person {person} is not named in the text")
            if not any(SC.key_matches_token(k, t) for k in SC.keys_for(person) for t in toks):
                err(stem, f"trap person {person}: keys_for matches no token")
            blocked = {typ}
            if typ == "released":
                blocked |= {"released", "pardoned", "deported"}
            for c in claims:
                if c["type"] not in blocked or not c.get("person"):
                    continue
                for keys in (SC.keys_for(person), own):
                    if keys and SC.person_matches(c["person"], keys, person):
                        err(stem, f"trap {typ}/{kind} {person} is matched by gold {c['type']} {c['person']}")
                        break
        table.append((stem, lang, published, raw[3].strip(), words, len(claims), len(traps)))

    # ---- 7/8. set-wide
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        err("set", f"language split {dict(langs)}, want en 14 / ru 10 / be 6")
    for t in TYPES:
        if not types_seen[t]:
            err("set", f"event type {t} never used")
    for k in KINDS:
        if not kinds_seen[k]:
            err("set", f"trap kind {k} never used")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        err("set", f"traps are {share:.1%} of entries, want 25-30 %")

    # ---- 4. oracle through the scorer
    os.environ[DIR_ENV] = os.path.abspath(d)
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = SC.score(os.path.abspath(d), cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        err("oracle", f"P={res['precision']} R={res['recall']} F1={res['f1']}: "
            + "; ".join(res["details"][:10]))
    if res["articles"] != 30 or res["violations"] or res["errors"]:
        err("oracle", f"articles={res['articles']} violations={res['violations']} errors={res['errors']}")
    for what in ("date", "dest", "term"):
        if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
            err("oracle", f"{what} {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")

    if want_stats:
        print(f"reports: {len(all_stems)} ({dict(langs)})  claims: {n_claims}  traps: {n_traps}  "
              f"traps share: {share:.1%}")
        print("| # | lang | published | words | claims | traps | headline |")
        for stem, lang, pub, head, words, nc, nt in table:
            print(f"| {stem} | {lang} | {pub} | {words} | {nc} | {nt} | {head} |")
        print("claims by type:", ", ".join(f"{t} {types_seen[t]}" for t in TYPES))
        print("traps by kind:", ", ".join(f"{k} {kinds_seen[k]}" for k in KINDS))
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} errors={res['errors']} attributes={a}")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang)
    errors = run_checks(args.dir, args.stats)
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
