#!/usr/bin/env python3
"""Consistency checks for the held-out extraction set 67.

  python3 verify.py                      run every check, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose body equals FILE
                                         as `volia extract` output (used by check 4)

The graders' scorer is imported from $VOLIA_SCORER_DIR or ../../../../../shared/tools.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"}
RELEASE_TYPES = {"released", "pardoned", "deported"}
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LO, HI = "2021-01-01", "2026-11-20"


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        published, lang, _, body = read_report(stem)
        if body == text:
            gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c.get("date")
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                claims.append({
                    "type": c["type"],
                    "person": None if c["person"] is None else
                    {"name": c["person"], "mention": c["person"], "person_id": None},
                    "date": date, "date_precision": prec,
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": None, "language": None, "claims": []}))
    return 1


def valid_date(d):
    if not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    errors = []

    def err(msg):
        errors.append(msg)

    all_stems = stems()
    txts = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    expected = ["%02d" % i for i in range(1, 31)]
    if all_stems != expected or txts != expected:
        err(f"files: expected 01..30 .txt and .gold.json, got {txts} / {all_stems}")
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = {"en": 0, "ru": 0, "be": 0}
    types_seen = set()
    n_claims = n_traps = 0
    for stem in all_stems:
        published, lang, blank, body = read_report(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        where = stem
        # ---- check 7: headers, lengths, dates
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) or not valid_date(published):
            err(f"{where}: bad publication date {published!r}")
        if not (LO <= published <= HI):
            err(f"{where}: publication date {published} out of range")
        if lang not in langs:
            err(f"{where}: bad language {lang!r}")
        else:
            langs[lang] += 1
        if blank.strip():
            err(f"{where}: line 3 not blank")
        if gold.get("published") != published or gold.get("language") != lang:
            err(f"{where}: gold header differs from report header")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            err(f"{where}: gold keys {sorted(gold)}")
        words = len(body.split())
        if not (150 <= words <= 550):
            err(f"{where}: body has {words} words")
        # ---- check 8: Belarusian orthography
        if lang == "be":
            low = body.lower()
            if "ў" not in low or "і" not in low:
                err(f"{where}: Belarusian text lacks ў or і")
            bad = sorted(set(ch for ch in low if ch in "ищъ"))
            if bad:
                err(f"{where}: Belarusian text contains {bad}")
        tokens = TOKEN.findall(body)
        caps = sorted(set(t for t in tokens if t[0].isupper()))
        token_set = set(tokens)
        # ---- spellings
        people = spell.get(stem)
        if not isinstance(people, list) or not people:
            err(f"{where}: no spellings entry")
            people = []
        by_name = {p["name"]: p for p in people}
        listed_all = set()
        for p in people:
            listed_all.update(p.get("surname_forms", []))
            listed_all.update(p.get("given_forms", []))
        for p in people:
            name, keys = p["name"], p.get("surname_keys", [])
            if not keys or any(not re.fullmatch(r"[a-z]+", k) for k in keys):
                err(f"{where}: {name}: bad surname keys {keys}")
                continue
            rel_forms = set()
            for r in p.get("relatives_sharing_surname", []):
                if r not in by_name:
                    err(f"{where}: {name}: relative {r} not in spellings")
                else:
                    rel_forms.update(by_name[r].get("surname_forms", []))
            forms = p.get("surname_forms", [])
            if not forms:
                err(f"{where}: {name}: no surname forms")
            # check 2
            for f in forms:
                if not any(key_matches_token(k, f) for k in keys):
                    err(f"{where}: {name}: keys {keys} miss listed form {f}")
            for t in caps:
                if any(key_matches_token(k, t) for k in keys) and t not in forms and t not in rel_forms:
                    err(f"{where}: {name}: keys {keys} also match capitalised word {t}")
            # check 3
            for f in list(forms) + list(p.get("given_forms", [])):
                if f not in token_set:
                    err(f"{where}: {name}: listed form {f} does not occur")
            for f in forms:
                pre = fold(f)[:4]
                for t in caps:
                    if fold(t)[:4] == pre and t not in listed_all:
                        err(f"{where}: {name}: capitalised {t} shares prefix with {f} but is not listed")
        # ---- check 1 and gold shape
        for c in gold["claims"]:
            n_claims += 1
            t = c.get("type")
            if t not in TYPES:
                err(f"{where}: bad type {t}")
                continue
            types_seen.add(t)
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                err(f"{where}: claim fields {sorted(c)}")
            d = c.get("date")
            if d is not None:
                if not valid_date(d):
                    err(f"{where}: bad date {d}")
                elif d > published[:len(d)]:
                    err(f"{where}: {t} {c.get('person')} dated {d} after publication {published}")
            if t != "deported" and c.get("destination_country") is not None:
                err(f"{where}: destination_country on {t}")
            if t != "sentenced" and c.get("term_months") is not None:
                err(f"{where}: term_months on {t}")
            if t != "group_release" and c.get("count") is not None:
                err(f"{where}: count on {t}")
            if c.get("term_months") is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{where}: bad term_months {c['term_months']}")
            if t == "group_release":
                if c.get("person") is not None or c.get("surname_keys") or not isinstance(c.get("count"), int) or c["count"] < 2:
                    err(f"{where}: malformed group_release")
                continue
            person, keys = c.get("person"), c.get("surname_keys") or []
            if not person or not keys:
                err(f"{where}: {t} without person or keys")
                continue
            if person not in by_name:
                err(f"{where}: gold person {person} missing from spellings")
            elif sorted(by_name[person]["surname_keys"]) != sorted(keys):
                err(f"{where}: {person}: gold keys differ from spellings keys")
            if not any(key_matches_token(k, tok) for k in keys for tok in tokens):
                err(f"{where}: {person}: no token of the report matches {keys}")
            if not person_matches(person, keys, person):
                err(f"{where}: {person}: person_matches fails with own keys")
            if t == "deported":
                if c.get("destination_country") not in ISO:
                    err(f"{where}: {person}: deported without ISO country")
                if not any(o["type"] == "released" and o["person"] == person for o in gold["claims"]):
                    err(f"{where}: {person}: deported without released")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == person
                                           for o in gold["claims"]):
                err(f"{where}: {person}: pardoned without released")
        # ---- check 5 and 6 (traps)
        for m in gold["must_not"]:
            n_traps += 1
            if set(m) != {"type", "person", "why", "kind"}:
                err(f"{where}: must_not fields {sorted(m)}")
            if m.get("type") not in TYPES or m.get("kind") not in KINDS:
                err(f"{where}: must_not bad type/kind {m}")
                continue
            mp = m["person"]
            mk = keys_for(mp)
            if mp not in by_name:
                err(f"{where}: trap person {mp} missing from spellings")
            if not any(key_matches_token(k, tok) for k in mk for tok in tokens):
                err(f"{where}: trap person {mp} not named in the text")
            for c in gold["claims"]:
                if not c.get("person"):
                    continue
                same = (person_matches(c["person"], mk, mp)
                        or person_matches(mp, c["surname_keys"], c["person"]))
                if same and c["type"] == m["type"]:
                    err(f"{where}: must_not {m['type']} {mp} matched by gold {c['person']}")
                if same and m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES:
                    err(f"{where}: release trap on {mp} but gold {c['type']} for {c['person']}")
    # ---- check 7 (split) and 8 (coverage)
    if langs != {"en": 14, "ru": 10, "be": 6}:
        err(f"language split {langs}")
    missing = set(TYPES) - types_seen
    if missing:
        err(f"event types not covered: {sorted(missing)}")
    # ---- check 4: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"violations={res['violations']} errors={res['errors']} attrs={a}")
        for line in res["details"][:20]:
            err("oracle: " + line)
    for e in errors:
        print("FAIL", e)
    total = n_claims + n_traps
    print(f"reports={len(all_stems)} claims={n_claims} must_not={n_traps} "
          f"trap_share={n_traps / max(total, 1):.2f} langs={langs}")
    if errors:
        print(f"{len(errors)} CHECKS FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
