#!/usr/bin/env python3
"""Self-check for the heldout103 extraction set (case chronologies).

Usage:
  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG

Without --oracle it runs checks 1-8 (see README.md) on DIR (default: this folder) and prints
ALL CHECKS PASSED only when every check holds. --oracle prints the gold of the report whose
text equals FILE as `volia extract` output (shared/docs/domain.md); check 4 scores that oracle
through the shared scorer. --stats also prints the counts.

Stdlib only, plus score_claims.py from $VOLIA_SCORER_DIR or ../../../../../shared/tools.
"""
import argparse
import datetime
import importlib.util
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))


def load_scorer():
    path = os.path.join(SCORER_DIR, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SC = load_scorer()

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
FIELDS = ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count")


# ---------------------------------------------------------------- helpers
def read_report(d, nn):
    raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def words(body):
    return re.findall(r"[^\W\d_]+", body)


def folded(tok):
    return re.sub(r"[^a-z]", "", SC.fold(tok))


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), None)


def any_key(keys, tok):
    return any(SC.key_matches_token(k, tok) for k in keys)


def report_ids(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for nn in report_ids(d):
        raw, body = read_report(d, nn)
        if body == text:
            gold = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                name = c.get("person")
                claims.append({
                    "type": c["type"],
                    "person": {"name": name, "mention": name, "person_id": None} if name else None,
                    "date": c.get("date"), "date_precision": precision(c.get("date")),
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
            print(json.dumps({"published": published or gold["published"],
                              "language": lang or gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(d, stats_wanted):
    errs = []

    def fail(n, msg):
        errs.append(f"[check {n}] {msg}")

    ids = report_ids(d)
    try:
        spellings = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        spellings = {}
        fail(2, f"spellings.json unreadable: {e}")
    golds, bodies, heads = {}, {}, {}
    type_count, kind_count = Counter(), Counter()
    word_counts = {}
    for nn in ids:
        raw, body = read_report(d, nn)
        bodies[nn], heads[nn] = body, raw[:3]
        golds[nn] = json.load(open(os.path.join(d, nn + ".gold.json"), encoding="utf-8"))

    # ---- check 7: headers, words, split, publication dates
    if ids != sorted(LANG_OF):
        fail(7, f"expected reports 01..30, found {ids}")
    split = Counter()
    for nn in ids:
        head, g = heads[nn], golds[nn]
        pub, lang = head[0].strip(), head[1].strip() if len(head) > 1 else ""
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            fail(7, f"{nn}: bad publication date line {pub!r}")
        elif not PUB_MIN <= pub <= PUB_MAX:
            fail(7, f"{nn}: publication {pub} outside {PUB_MIN}..{PUB_MAX}")
        if lang not in ("en", "ru", "be"):
            fail(7, f"{nn}: bad language line {lang!r}")
        if LANG_OF.get(nn) and lang != LANG_OF[nn]:
            fail(7, f"{nn}: language {lang} but {LANG_OF[nn]} expected for this number")
        if len(head) < 3 or head[2].strip():
            fail(7, f"{nn}: line 3 must be blank")
        lines = bodies[nn].split("\n")
        if not lines or not lines[0].strip():
            fail(7, f"{nn}: headline line missing")
        if g.get("published") != pub or g.get("language") != lang:
            fail(7, f"{nn}: gold header {g.get('published')}/{g.get('language')} != {pub}/{lang}")
        n = len(bodies[nn].split())
        word_counts[nn] = n
        if not 150 <= n <= 550:
            fail(7, f"{nn}: {n} words, outside 150-550")
        split[lang] += 1
    if (split["en"], split["ru"], split["be"]) != (14, 10, 6):
        fail(7, f"split en/ru/be is {split['en']}/{split['ru']}/{split['be']}, want 14/10/6")

    # ---- per report
    for nn in ids:
        g, body, lang = golds[nn], bodies[nn], heads[nn][1].strip()
        pub = g.get("published", "")
        toks = words(body)
        tokset = set(toks)
        caps = sorted(set(t for t in toks if t[0].isupper()))
        sp = spellings.get(nn)
        if sp is None:
            fail(2, f"{nn}: no entry in spellings.json")
            sp = {"language": lang, "persons": []}
        if sp.get("language") != lang:
            fail(2, f"{nn}: spellings language {sp.get('language')} != {lang}")
        persons = {p["person"]: p for p in sp.get("persons", [])}
        claims, traps = g.get("claims", []), g.get("must_not", [])

        # every gold/trap person must be in spellings, in the report's script
        named = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for name in sorted(x for x in named if x):
            if name not in persons:
                fail(2, f"{nn}: {name} missing from spellings.json")
            cyr = bool(re.search(r"[\u0400-\u04FF]", name))
            if (lang == "en") == cyr:
                fail(2, f"{nn}: {name} not in the report's script")
        for name in persons:
            if name not in named:
                fail(2, f"{nn}: spellings lists {name}, who is in no claim or trap")

        # ---- check 1: gold persons found in text and matched by their own keys
        for c in claims:
            name = c.get("person")
            if not name:
                continue
            keys = c.get("surname_keys") or []
            if not any(any_key(keys, t) for t in toks):
                fail(1, f"{nn}: no token of the text matches keys {keys} of {name}")
            if not SC.person_matches(name, keys, name):
                fail(1, f"{nn}: person_matches rejects {name} with its own keys {keys}")

        # ---- check 2: keys vs spellings, relatives
        all_forms = set()
        for p in persons.values():
            all_forms.update(p.get("surname_forms", []))
            all_forms.update(p.get("given_forms", []))
        for name, p in persons.items():
            keys = p.get("surname_keys", [])
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fail(2, f"{nn}: {name}: keys must be lower-case Latin, got {keys}")
            for form in p.get("surname_forms", []):
                if not any_key(keys, form):
                    fail(2, f"{nn}: {name}: keys {keys} do not match listed form {form}")
            allowed = set(p.get("surname_forms", []))
            for rel in p.get("relatives", []):
                if rel not in persons:
                    fail(2, f"{nn}: {name}: relative {rel} not listed")
                    continue
                allowed.update(persons[rel].get("surname_forms", []))
                if name not in persons[rel].get("relatives", []):
                    fail(2, f"{nn}: relative link {name} -> {rel} not mirrored")
                if SC.person_matches(rel, keys, name):
                    fail(2, f"{nn}: person_matches accepts relative {rel} as {name}")
                if SC.person_matches(name, persons[rel].get("surname_keys", []), rel):
                    fail(2, f"{nn}: person_matches accepts {name} as relative {rel}")
            for t in caps:
                if t not in allowed and any_key(keys, t):
                    fail(2, f"{nn}: keys {keys} of {name} also match capitalised word {t}")
        for c in claims:
            name = c.get("person")
            if name and name in persons and c.get("surname_keys") != persons[name].get("surname_keys"):
                fail(2, f"{nn}: gold keys of {name} differ from spellings.json")

        # ---- check 3: listed spellings occur; prefix-sharing capitalised tokens are listed
        for name, p in persons.items():
            for form in p.get("surname_forms", []) + p.get("given_forms", []):
                if form not in tokset:
                    fail(3, f"{nn}: {name}: listed spelling {form} does not occur in the text")
            if not p.get("surname_forms"):
                fail(3, f"{nn}: {name}: no surname forms listed")
        prefixes = {folded(f)[:4] for p in persons.values() for f in p.get("surname_forms", [])
                    if len(folded(f)) >= 4}
        for t in caps:
            ft = folded(t)
            if len(ft) >= 4 and ft[:4] in prefixes and t not in all_forms:
                fail(3, f"{nn}: capitalised {t} shares a prefix with a surname but is not listed")

        # ---- check 5: traps
        seen = set()
        for m in traps:
            typ, name, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if typ not in TYPES or typ == "group_release":
                fail(5, f"{nn}: trap type {typ!r} invalid")
            if kind not in KINDS:
                fail(5, f"{nn}: trap kind {kind!r} invalid")
            if not isinstance(why, str) or not why.strip():
                fail(5, f"{nn}: trap {typ} {name} has no why")
            if (typ, name) in seen:
                fail(5, f"{nn}: trap ({typ}, {name}) listed twice")
            seen.add((typ, name))
            own = persons.get(name, {}).get("surname_keys", [])
            kf = SC.keys_for(name or "")
            if not any(any_key(kf, t) or any_key(own, t) for t in toks):
                fail(5, f"{nn}: trap person {name} not named in the text")
            for c in claims:
                if c["type"] != typ or not c.get("person"):
                    continue
                if SC.person_matches(c["person"], kf, name) or (own and SC.person_matches(c["person"], own, name)):
                    fail(5, f"{nn}: gold {typ} {c['person']} is matched by trap on {name}")

        # ---- check 6: dates and field discipline
        gold_types_of = {}
        for c in claims:
            if set(c) != set(FIELDS):
                fail(6, f"{nn}: claim fields {sorted(c)}")
            typ, name = c.get("type"), c.get("person")
            if typ not in TYPES:
                fail(6, f"{nn}: claim type {typ!r} invalid")
            if not valid_date(c.get("date")):
                fail(6, f"{nn}: invalid date {c.get('date')!r}")
            elif c.get("date") and c["date"] > pub[: len(c["date"])]:
                fail(6, f"{nn}: date {c['date']} after publication {pub}")
            if typ == "group_release":
                if name is not None or c.get("surname_keys"):
                    fail(6, f"{nn}: group_release with a person")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(6, f"{nn}: group_release count {c.get('count')!r}")
            else:
                if not name:
                    fail(6, f"{nn}: {typ} without a person")
                if c.get("count") is not None:
                    fail(6, f"{nn}: count on {typ}")
            if typ == "deported":
                if c.get("destination_country") not in ISO:
                    fail(6, f"{nn}: deported {name} has country {c.get('destination_country')!r}")
            elif c.get("destination_country") is not None:
                fail(6, f"{nn}: destination_country on {typ}")
            if typ == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(6, f"{nn}: bad term {tm!r}")
            elif c.get("term_months") is not None:
                fail(6, f"{nn}: term_months on {typ}")
            gold_types_of.setdefault(name, set()).add(typ)
            type_count[typ] += 1
        for name, ts in gold_types_of.items():
            if "deported" in ts and "released" not in ts:
                fail(6, f"{nn}: {name} deported without released")
            if "pardoned" in ts and "released" not in ts:
                fail(6, f"{nn}: {name} pardoned without released")
        for m in traps:
            excl = {"released": {"released", "pardoned", "deported"},
                    "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m.get("type"), set())
            own = persons.get(m.get("person"), {}).get("surname_keys", [])
            for c in claims:
                if c["type"] in excl and c.get("person") and (
                        SC.person_matches(c["person"], SC.keys_for(m["person"]), m["person"])
                        or (own and SC.person_matches(c["person"], own, m["person"]))):
                    fail(6, f"{nn}: {m['type']} trap on {m['person']} but gold {c['type']} {c['person']}")
            kind_count[m.get("kind")] += 1

        # ---- check 8: scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(8, f"{nn}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(8, f"{nn}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                fail(8, f"{nn}: English text contains Cyrillic")

    # ---- check 8: coverage and trap share
    for t in TYPES:
        if not type_count[t]:
            fail(8, f"event type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, f"trap kind {k} not covered")
    n_claims, n_traps = sum(type_count.values()), sum(kind_count.values())
    share = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0.0
    if not 0.25 <= share <= 0.30:
        fail(8, f"trap share {share:.3f} outside 0.25-0.30")

    # ---- check 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = SC.score(os.path.abspath(d), cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']}: "
                + "; ".join(res["details"][:8]))
    if res["violations"] or res["errors"]:
        fail(4, f"oracle has {res['violations']} violations, {res['errors']} errors: "
                + "; ".join(x for x in res["details"] if "VIOLATION" in x)[:500])
    if res["articles"] != 30:
        fail(4, f"scorer saw {res['articles']} articles, want 30")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            fail(4, f"oracle {k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")

    if stats_wanted:
        wc = list(word_counts.values())
        print(f"reports: {len(ids)} (en {split['en']}, ru {split['ru']}, be {split['be']})")
        if wc:
            print(f"words: total {sum(wc)}, min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")
        print(f"claims: {n_claims}")
        for t in TYPES:
            print(f"  {t:26} {type_count[t]}")
        print(f"traps: {n_traps}")
        for k in KINDS:
            print(f"  {k:26} {kind_count[k]}")
        print(f"trap share: {n_traps}/{n_claims + n_traps} = {share:.3f}")
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
              f"violations={res['violations']} errors={res['errors']} attributes={a}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    errs = run_checks(args.dir, args.stats)
    for e in errs:
        print(e)
    if errs:
        print(f"FAILED: {len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
