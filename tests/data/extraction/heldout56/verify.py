#!/usr/bin/env python3
"""Consistency checks for the heldout56 extraction evaluation set.

Usage:
  python3 verify.py [--scorer PATH]

The scorer (score_claims.py) is loaded from --scorer, else $VOLIA_SCORER, else
/work/shared/tools/score_claims.py. Its own functions (fold, key_matches_token, person_matches,
keys_for, score) are used for every name check, so the gold is checked against exactly the
matching the scorer applies.

Internal modes (used by check 3, run by the scorer as an extraction command):
  verify.py --oracle FILE --published DATE --lang LANG        print the gold claims
  verify.py --oracle-traps FILE --published DATE --lang LANG  gold claims plus every must_not trap
"""
import argparse
import datetime
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # never write __pycache__ next to the shared scorer

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORER = "/work/shared/tools/score_claims.py"

EVENT_TYPES = {
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
}
TRAP_KINDS = {
    "relative", "official", "lawyer", "rumour", "denial", "negation", "future", "question", "demand",
    "correction", "left_voluntarily", "refused_to_leave",
}
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
EXPECTED_LANGS = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip(), "\n".join(raw[3:])


def read_gold(stem):
    return json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def cap_tokens(text, lang):
    return {t for t in tokens(text, lang) if t[:1].isupper()}


# ------------------------------------------------------------------ oracle mode
def oracle(path, with_traps):
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        _, published, lang, body = read_article(stem)
        if body == text:
            gold = read_gold(stem)
            claims = []
            entries = list(gold["claims"])
            if with_traps:
                entries += [dict(m, date=None, destination_country=None, term_months=None, count=None)
                            for m in gold["must_not"]]
            for g in entries:
                person = None
                if g.get("person"):
                    person = {"name": g["person"], "mention": g["person"], "person_id": None}
                date = g.get("date")
                precision = {None: None, 4: "year", 7: "month", 10: "day"}[len(date) if date else None]
                claims.append({"type": g["type"], "person": person, "date": date, "date_precision": precision,
                               "destination_country": g.get("destination_country"),
                               "term_months": g.get("term_months"), "count": g.get("count"),
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
            return 0
    print("no article matches", file=sys.stderr)
    return 1


# ------------------------------------------------------------------ checks
class Checker:
    def __init__(self, sc):
        self.sc = sc
        self.errors = []
        self.passed = []

    def fail(self, check, msg):
        self.errors.append(f"[check {check}] {msg}")

    def section(self, check, title, before):
        n = len(self.errors) - before
        status = "ok" if n == 0 else f"FAILED ({n})"
        self.passed.append(f"check {check}: {title}: {status}")
        print(f"check {check}: {title}: {status}")

    def any_key(self, keys, token):
        return any(self.sc.key_matches_token(k, token) for k in keys)


def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def run_checks(scorer_path):
    sc = load_scorer(scorer_path)
    ck = Checker(sc)
    all_stems = stems()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    arts = {s: read_article(s) for s in all_stems}
    golds = {s: read_gold(s) for s in all_stems}

    # --- check 0: schema --------------------------------------------------------
    b = len(ck.errors)
    for s in all_stems:
        g = golds[s]
        if set(g) != {"published", "language", "claims", "must_not"}:
            ck.fail(0, f"{s}: top-level keys {sorted(g)}")
        for c in g["claims"]:
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                ck.fail(0, f"{s}: claim keys {sorted(c)}")
            if c["type"] not in EVENT_TYPES:
                ck.fail(0, f"{s}: unknown type {c['type']}")
            if c["type"] != "group_release":
                if not isinstance(c["person"], str) or len(sc.tokens_of(c["person"])) < 2:
                    ck.fail(0, f"{s}: person must be a full name: {c['person']!r}")
                if not c["surname_keys"] or not all(isinstance(k, str) and k == re.sub(r"[^a-z]", "", k)
                                                    for k in c["surname_keys"]):
                    ck.fail(0, f"{s}: surname_keys must be non-empty folded strings: {c['surname_keys']}")
        persons = {}
        for c in g["claims"]:
            if c["person"]:
                persons.setdefault(c["person"], c["surname_keys"])
                if persons[c["person"]] != c["surname_keys"]:
                    ck.fail(0, f"{s}: {c['person']} has differing surname_keys across claims")
        for m in g["must_not"]:
            if set(m) != {"type", "person", "why", "kind"}:
                ck.fail(0, f"{s}: must_not keys {sorted(m)}")
            if m["type"] not in EVENT_TYPES or m["type"] == "group_release":
                ck.fail(0, f"{s}: must_not type {m['type']}")
            if m["kind"] not in TRAP_KINDS:
                ck.fail(0, f"{s}: must_not kind {m['kind']}")
            if not m.get("why") or not isinstance(m.get("person"), str) or len(sc.tokens_of(m["person"])) < 2:
                ck.fail(0, f"{s}: must_not needs a full person name and a why: {m}")
        if s not in spellings:
            ck.fail(0, f"{s}: missing from spellings.json")
    ck.section(0, "schema of gold files and spellings.json", b)

    # --- check 1: every gold person is matched by a token of its article -------
    b = len(ck.errors)
    for s in all_stems:
        _, _, lang, body = arts[s]
        toks = tokens(body, lang)
        for c in golds[s]["claims"]:
            if c["person"] and not any(ck.any_key(c["surname_keys"], t) for t in toks):
                ck.fail(1, f"{s}: no token of the article matches {c['person']} keys {c['surname_keys']}")
    ck.section(1, "every gold person is named in its article (scorer key matching)", b)

    # --- check 2: surname keys vs spellings -------------------------------------
    b = len(ck.errors)
    for s in all_stems:
        _, _, lang, body = arts[s]
        caps = cap_tokens(body, lang)
        sp = spellings.get(s, {})
        people = sp.get("people", {})
        rels = sp.get("shared_surname_relatives", {})
        listed = set()
        for forms in people.values():
            listed.update(forms)
        for r in rels.values():
            listed.update(r["forms"])
        gold_people = {}
        for c in golds[s]["claims"]:
            if c["person"]:
                gold_people[c["person"]] = c["surname_keys"]
        must_people = {m["person"] for m in golds[s]["must_not"]}
        for name in set(gold_people) | must_people:
            if name not in people:
                ck.fail(2, f"{s}: {name} has no spellings listed")
        for name, forms in people.items():
            if name not in gold_people and name not in must_people:
                ck.fail(2, f"{s}: spellings listed for {name}, who is in neither claims nor must_not")
            for f in forms:
                if f not in caps:
                    ck.fail(2, f"{s}: listed spelling {f!r} of {name} does not occur in the article")
        for rname, r in rels.items():
            if r["of"] not in gold_people:
                ck.fail(2, f"{s}: relative {rname} is 'of' {r['of']}, not a gold person")
                continue
            for f in r["forms"]:
                if f not in caps:
                    ck.fail(2, f"{s}: relative spelling {f!r} does not occur")
                if not ck.any_key(gold_people[r["of"]], f):
                    ck.fail(2, f"{s}: relative spelling {f!r} does not share {r['of']}'s surname keys")
        for name, keys in gold_people.items():
            own = set(people.get(name, []))
            rel_forms = set()
            for r in rels.values():
                if r["of"] == name:
                    rel_forms.update(r["forms"])
            for f in own:
                if not ck.any_key(keys, f):
                    ck.fail(2, f"{s}: keys {keys} of {name} do not match listed spelling {f!r}")
            for t in caps:
                if ck.any_key(keys, t) and t not in own and t not in rel_forms:
                    ck.fail(2, f"{s}: keys {keys} of {name} also match unrelated capitalised word {t!r}")
        for name in must_people:
            keys = sc.keys_for(name)
            for f in people.get(name, []):
                if not ck.any_key(keys, f):
                    ck.fail(2, f"{s}: must_not person {name} (key {keys}) does not match listed spelling {f!r}")
        pref = lambda w: re.sub(r"[^a-z]", "", sc.fold(w))[:4]
        listed_prefixes = {pref(f) for f in listed}
        for t in caps:
            if pref(t) in listed_prefixes and t not in listed:
                ck.fail(2, f"{s}: capitalised {t!r} shares a 4-letter prefix with a listed spelling but is not listed")
    ck.section(2, "surname keys match all listed spellings and nothing else; prefix neighbours listed", b)

    # --- check 3: oracle through the scorer -------------------------------------
    b = len(ck.errors)
    me = os.path.abspath(__file__)
    if " " in me or " " in sys.executable:
        ck.fail(3, "paths with spaces cannot be passed through the scorer's --cmd")
    res = sc.score(HERE, f"{sys.executable} {me} --scorer {scorer_path} --oracle", 60)
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
        ck.fail(3, f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:10]}")
    if res["violations"] or res["errors"] or res["articles"] != len(all_stems):
        ck.fail(3, f"oracle violations={res['violations']} errors={res['errors']} articles={res['articles']}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            ck.fail(3, f"oracle attribute {k}: {a.get(k + '_ok')}/{a.get(k + '_total')}")
    print(f"  oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"critical_precision={res['critical_precision']} attributes={a}")
    # 3b: every trap is live: the gold plus each trap as a claim flags exactly that trap
    res = sc.score(HERE, f"{sys.executable} {me} --scorer {scorer_path} --oracle-traps", 60)
    flagged = [d for d in res["details"] if " VIOLATION " in d]
    total_traps = sum(len(golds[s]["must_not"]) for s in all_stems)
    if res["recall"] != 1.0:
        ck.fail(3, f"gold+traps run lost recall {res['recall']}")
    for s in all_stems:
        for m in golds[s]["must_not"]:
            line = f"{s} VIOLATION {m['type']} {m['person']} ({m.get('why')})"
            if line not in flagged:
                ck.fail(3, f"trap not detectable by the scorer: {line}")
    if res["violations"] != total_traps:
        ck.fail(3, f"gold+traps run: {res['violations']} violations for {total_traps} traps")
    print(f"  gold+traps: violations={res['violations']} of {total_traps} traps, recall={res['recall']}")
    ck.section(3, "oracle scores P=R=F1=1.0 with 0 violations; every trap is detectable", b)

    # --- check 4: no must_not entry matched by a gold claim of the same type ----
    b = len(ck.errors)
    for s in all_stems:
        g = golds[s]
        for m in g["must_not"]:
            for c in g["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    ck.fail(4, f"{s}: gold {c['type']} {c['person']} is matched by must_not {m['person']}")
                if sc.person_matches(m["person"], c["surname_keys"], c["person"]):
                    ck.fail(4, f"{s}: must_not {m['type']} {m['person']} would consume gold {c['person']}")
    ck.section(4, "no must_not entry is matched by a gold claim of the same type", b)

    # --- check 5: every must_not person is named in the text --------------------
    b = len(ck.errors)
    for s in all_stems:
        _, _, lang, body = arts[s]
        toks = tokens(body, lang)
        for m in golds[s]["must_not"]:
            keys = sc.keys_for(m["person"])
            if not any(ck.any_key(keys, t) for t in toks):
                ck.fail(5, f"{s}: must_not person {m['person']} (key {keys}) not named in the text")
    ck.section(5, "every must_not person is named in the text", b)

    # --- check 6: dates ---------------------------------------------------------
    b = len(ck.errors)
    for s in all_stems:
        pub = golds[s]["published"]
        for c in golds[s]["claims"]:
            d = c["date"]
            if d is None:
                continue
            if not valid_date(d):
                ck.fail(6, f"{s}: invalid date {d!r}")
            elif d > pub[: len(d)]:
                ck.fail(6, f"{s}: date {d} after publication {pub}")
    ck.section(6, "dates are YYYY[-MM[-DD]] and not after publication", b)

    # --- check 7: type-specific rules ---------------------------------------------
    b = len(ck.errors)
    for s in all_stems:
        claims = golds[s]["claims"]
        released = {c["person"] for c in claims if c["type"] == "released"}
        for c in claims:
            t = c["type"]
            if t == "deported":
                if c["person"] not in released:
                    ck.fail(7, f"{s}: deported {c['person']} without a released claim")
                if c["destination_country"] not in ISO_ALPHA2:
                    ck.fail(7, f"{s}: deported {c['person']} country {c['destination_country']!r}")
            elif c["destination_country"] is not None:
                ck.fail(7, f"{s}: destination_country on {t}")
            if t == "pardoned" and c["person"] not in released:
                ck.fail(7, f"{s}: pardoned {c['person']} without a released claim")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["count"] <= 0 or c["surname_keys"]:
                    ck.fail(7, f"{s}: group_release needs null person, no keys and a positive count")
            elif c["count"] is not None:
                ck.fail(7, f"{s}: count on {t}")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                 or c["term_months"] <= 0):
                ck.fail(7, f"{s}: term_months {c['term_months']!r} on {t}")
    ck.section(7, "deported has released + ISO country; pardoned has released; group_release; term_months", b)

    # --- check 8: layout and coverage -------------------------------------------
    b = len(ck.errors)
    langs = {}
    covered = set()
    txts = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    if [t[:-4] for t in txts] != all_stems or all_stems != [f"{i:02d}" for i in range(1, 31)]:
        ck.fail(8, f"expected 01..30 pairs, got txt={len(txts)} gold={len(all_stems)}")
    for s in all_stems:
        raw, pub, lang, body = arts[s]
        if not valid_date(pub) or len(pub) != 10 or not (PUB_MIN <= pub <= PUB_MAX):
            ck.fail(8, f"{s}: bad publication date {pub!r}")
        if lang not in EXPECTED_LANGS:
            ck.fail(8, f"{s}: bad language {lang!r}")
        if raw[2].strip() != "":
            ck.fail(8, f"{s}: line 3 is not blank")
        if golds[s]["published"] != pub or golds[s]["language"] != lang:
            ck.fail(8, f"{s}: gold header differs from the text header")
        n = len(body.split())
        if not (WORDS_MIN <= n <= WORDS_MAX):
            ck.fail(8, f"{s}: body has {n} words")
        low = body.lower()
        if lang == "be" and not ("ў" in low and "і" in low):
            ck.fail(8, f"{s}: Belarusian text without ў/і")
        if lang == "ru" and ("ў" in low or "і" in low):
            ck.fail(8, f"{s}: Russian text contains ў/і")
        if lang == "en" and re.search(r"[а-яёіў]", low):
            ck.fail(8, f"{s}: English text contains Cyrillic")
        langs[lang] = langs.get(lang, 0) + 1
        covered.update(c["type"] for c in golds[s]["claims"])
    if langs != EXPECTED_LANGS:
        ck.fail(8, f"language split {langs}, expected {EXPECTED_LANGS}")
    if covered != EVENT_TYPES:
        ck.fail(8, f"event types not covered: {sorted(EVENT_TYPES - covered)}")
    ck.section(8, "headers, body lengths, 14/10/6 split, all 14 event types covered", b)

    # --- summary ----------------------------------------------------------------
    rows = {}
    for s in all_stems:
        _, _, lang, body = arts[s]
        r = rows.setdefault(lang, [0, 0, 0, 0])
        r[0] += 1
        r[1] += len(body.split())
        r[2] += len(golds[s]["claims"])
        r[3] += len(golds[s]["must_not"])
    print("language reports body_words gold_claims must_not")
    for lang in ("en", "ru", "be"):
        print(lang, *rows.get(lang, [0, 0, 0, 0]))
    print("total", *[sum(r[i] for r in rows.values()) for i in range(4)])

    if ck.errors:
        print("\n".join(ck.errors))
        print(f"{len(ck.errors)} PROBLEM(S)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default=os.environ.get("VOLIA_SCORER", DEFAULT_SCORER))
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--oracle-traps", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle or args.oracle_traps:
        return oracle(args.file, args.oracle_traps)
    return run_checks(args.scorer)


if __name__ == "__main__":
    sys.exit(main())
