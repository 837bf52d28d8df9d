#!/usr/bin/env python3
"""Self-check of the heldout83 evaluation set.

  python3 verify.py [--dir DIR]
      runs every check over the set (default: the folder of this file) and prints
      ALL CHECKS PASSED only when all of them hold.

  python3 verify.py [--dir DIR] --oracle FILE --published YYYY-MM-DD --lang LANG
      prints the gold of the report whose body is FILE as extractor output (the extraction
      JSON of shared/docs/domain.md). Check 4 scores the set with this oracle as the command.

The scorer module (score_claims.py) is looked up in $VOLIA_SCORER_DIR, otherwise in
../../../../../shared/tools relative to this file.
"""
import argparse
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
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
PERSON_FIELDS = {"surname_keys", "surname_forms", "given_forms", "relatives"}
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def load_set(folder):
    """Return {stem: (published, lang, body, gold)} for every NN.gold.json in FOLDER."""
    out = {}
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".gold.json"):
            continue
        stem = fname[: -len(".gold.json")]
        with open(os.path.join(folder, fname), encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as fh:
            raw = fh.read().split("\n")
        out[stem] = (raw, gold)
    return out


def words(text):
    toks = []
    for t in WORD.findall(text):
        t = re.sub(r"['’ʼ]s$", "", t)
        toks.append(t)
    return toks


def folded(tok):
    return re.sub(r"[^a-z]", "", fold(tok))


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
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


# ----------------------------------------------------------------------------- oracle
def oracle(folder, path, published, lang):
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    for stem, (raw, gold) in load_set(folder).items():
        if "\n".join(raw[3:]) == body and raw[0].strip() == published and raw[1].strip() == lang:
            break
    else:
        print(json.dumps({"error": "unknown report"}))
        return 1
    claims = []
    for c in gold["claims"]:
        person = None
        start, end, mention = 0, 0, ""
        if c["person"]:
            for m in WORD.finditer(body):
                if any(key_matches_token(k, m.group(0)) for k in c["surname_keys"]):
                    start, end, mention = m.start(), m.end(), m.group(0)
                    break
            person = {"name": c["person"], "mention": mention or c["person"], "person_id": None}
        claims.append({
            "type": c["type"], "person": person, "date": c["date"],
            "date_precision": precision_of(c["date"]),
            "destination_country": c["destination_country"], "term_months": c["term_months"],
            "count": c["count"], "confidence": 1.0,
            "evidence": {"start": start, "end": end, "text": body[start:end]},
        })
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False))
    return 0


# ----------------------------------------------------------------------------- checks
def check(folder):
    errs = []
    err = errs.append
    reports = load_set(folder)
    try:
        with open(os.path.join(folder, "spellings.json"), encoding="utf-8") as fh:
            spell = json.load(fh)
    except (OSError, ValueError) as exc:
        return [f"spellings.json unreadable: {exc}"]

    # 7. set composition
    if sorted(reports) != sorted(LANG_OF):
        err(f"7: reports must be 01..30, found {sorted(reports)}")
    for stem in sorted(set(spell) - set(reports)):
        err(f"2: spellings.json has unknown report {stem}")

    type_count = {t: 0 for t in TYPES}
    kind_count = {k: 0 for k in KINDS}
    n_claims = n_traps = 0

    for stem, (raw, gold) in sorted(reports.items()):
        where = f"{stem}:"
        # 7. header
        if len(raw) < 5:
            err(f"7 {where} file too short")
            continue
        published, lang = raw[0].strip(), raw[1].strip()
        body = "\n".join(raw[3:])
        if raw[0] != published or not re.match(r"^\d{4}-\d{2}-\d{2}$", published) or not valid_date(published):
            err(f"7 {where} bad publication date line {raw[0]!r}")
            continue
        if not ("2021-01-01" <= published <= "2026-11-20"):
            err(f"7 {where} publication date {published} out of range")
        if raw[1] != lang or lang != LANG_OF.get(stem):
            err(f"7 {where} language line {raw[1]!r}, expected {LANG_OF.get(stem)}")
        if raw[2] != "":
            err(f"7 {where} line 3 is not blank")
        if not body.strip() or not raw[3].strip():
            err(f"7 {where} headline missing on line 4")
        nwords = len(re.findall(r"[^\W_]+(?:[-'’ʼ][^\W_]+)*", body))
        if not 150 <= nwords <= 550:
            err(f"7 {where} {nwords} words, need 150-550")
        if set(gold) != {"published", "language", "claims", "must_not"}:
            err(f"6 {where} gold keys {sorted(gold)}")
            continue
        if gold["published"] != published or gold["language"] != lang:
            err(f"6 {where} gold published/language differ from the header")

        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(f"8 {where} Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(f"8 {where} Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                err(f"8 {where} Russian text contains ў/і")
        elif lang == "en":
            if CYRILLIC.search(body):
                err(f"8 {where} English text contains Cyrillic")

        toks = words(body)
        tokset = set(toks)
        caps = [t for t in tokset if t[:1].isupper()]
        sp = spell.get(stem, {})
        if not isinstance(sp, dict):
            err(f"2 {where} spellings entry is not an object")
            sp = {}

        # spellings sanity + checks 2 and 3 per listed person
        all_listed = set()
        for name, ent in sp.items():
            if set(ent) != PERSON_FIELDS:
                err(f"2 {where} spellings for {name} have fields {sorted(ent)}")
                continue
            all_listed.update(ent["surname_forms"])
            all_listed.update(ent["given_forms"])
        for name, ent in sp.items():
            if set(ent) != PERSON_FIELDS:
                continue
            keys = ent["surname_keys"]
            if not keys or any(not isinstance(k, str) or k != k.lower() or not k for k in keys):
                err(f"2 {where} bad keys for {name}: {keys}")
                continue
            if not ent["surname_forms"]:
                err(f"3 {where} no surname forms listed for {name}")
            for f in ent["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    err(f"2 {where} keys {keys} miss listed spelling {f!r} of {name}")
            for f in ent["surname_forms"] + ent["given_forms"]:
                if f not in tokset:
                    err(f"3 {where} listed spelling {f!r} of {name} not in the text")
            allowed = set(ent["surname_forms"])
            for r in ent["relatives"]:
                rent = sp.get(r)
                if not rent or name not in rent.get("relatives", []):
                    err(f"2 {where} relative link {name} -> {r} not reciprocated")
                    continue
                allowed.update(rent["surname_forms"])
                if person_matches(r, keys, name):
                    err(f"2 {where} scorer confuses relative {r} with {name}")
                if person_matches(name, rent["surname_keys"], r):
                    err(f"2 {where} scorer confuses {name} with relative {r}")
            for t in caps:
                if t in allowed:
                    continue
                if any(key_matches_token(k, t) for k in keys):
                    err(f"2 {where} keys {keys} of {name} also match {t!r}")
            prefixes = {folded(f)[:4] for f in ent["surname_forms"] if len(folded(f)) >= 4}
            for t in caps:
                if folded(t)[:4] in prefixes and t not in all_listed:
                    err(f"3 {where} {t!r} shares a prefix with {name} but is not listed")

        # 6 + 1: claims
        gold_by_person = {}
        for c in gold["claims"]:
            n_claims += 1
            if not isinstance(c, dict) or set(c) != CLAIM_FIELDS:
                err(f"6 {where} claim fields {c}")
                continue
            t = c["type"]
            if t not in TYPES:
                err(f"6 {where} bad type {t}")
                continue
            type_count[t] += 1
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    err(f"6 {where} bad date {c['date']}")
                elif c["date"] > published[: len(c["date"])]:
                    err(f"6 {where} date {c['date']} after publication")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                 or c["term_months"] <= 0):
                err(f"6 {where} term_months misplaced or invalid in {c}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    err(f"6 {where} deported without ISO country: {c}")
            elif c["destination_country"] is not None:
                err(f"6 {where} destination_country only on deported: {c}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] not in ([], None):
                    err(f"6 {where} group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"6 {where} group_release without a positive count")
                continue
            if c["count"] is not None:
                err(f"6 {where} count only on group_release: {c}")
            name, keys = c["person"], c["surname_keys"]
            if not isinstance(name, str) or not name.strip():
                err(f"6 {where} {t} without a person")
                continue
            gold_by_person.setdefault(name, set()).add(t)
            ent = sp.get(name)
            if ent is None:
                err(f"2 {where} gold person {name} missing from spellings.json")
            elif ent.get("surname_keys") != keys:
                err(f"2 {where} gold keys {keys} of {name} differ from spellings.json")
            if not keys or not any(key_matches_token(k, tok) for k in keys for tok in toks):
                err(f"1 {where} no token of the text matches keys {keys} of {name}")
            if not person_matches(name, keys or [], name):
                err(f"1 {where} person_matches rejects {name} with its own keys")
        for name, ts in gold_by_person.items():
            if "deported" in ts and "released" not in ts:
                err(f"6 {where} {name} deported without released")
            if "pardoned" in ts and "released" not in ts:
                err(f"6 {where} {name} pardoned without released")

        # 5. traps
        seen = set()
        for m in gold["must_not"]:
            n_traps += 1
            if not isinstance(m, dict) or set(m) != TRAP_FIELDS:
                err(f"5 {where} trap fields {m}")
                continue
            t, name, kind, why = m["type"], m["person"], m["kind"], m["why"]
            if t not in TYPES or t == "group_release":
                err(f"5 {where} bad trap type {t}")
                continue
            if kind not in KINDS:
                err(f"5 {where} bad trap kind {kind}")
            else:
                kind_count[kind] += 1
            if not isinstance(why, str) or len(why.strip()) < 5:
                err(f"5 {where} trap without a why: {m}")
            if (t, name) in seen:
                err(f"5 {where} trap listed twice: {t} {name}")
            seen.add((t, name))
            ent = sp.get(name)
            if not isinstance(name, str) or ent is None:
                err(f"5 {where} trap person {name} missing from spellings.json")
                continue
            own = ent["surname_keys"]
            if not any(f in tokset for f in ent["surname_forms"]) or \
                    not any(key_matches_token(k, tok) for k in own for tok in toks):
                err(f"5 {where} trap person {name} not named in the text")
            excl = {t}
            if t == "released":
                excl |= {"pardoned", "deported"}
            for c in gold["claims"]:
                if c.get("type") not in excl or not c.get("person"):
                    continue
                if person_matches(c["person"], keys_for(name), name) or \
                        person_matches(c["person"], own, name):
                    err(f"5 {where} trap {t} {name} ({kind}) is matched by gold {c['type']} {c['person']}")

    # 8. coverage and trap share
    for t, n in type_count.items():
        if n == 0:
            err(f"8 event type {t} not covered")
    for k, n in kind_count.items():
        if n == 0:
            err(f"8 trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        err(f"8 traps are {share:.3f} of all entries, need 0.25-0.30")

    # 4. oracle through the scorer
    if not errs:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
        res = score(folder, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["articles"] == 30 and res["violations"] == 0 and res["errors"] == 0
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            err(f"4 oracle scored {json.dumps({k: v for k, v in res.items() if k != 'by_type'}, ensure_ascii=False)}")
    stats = {"claims": n_claims, "traps": n_traps, "share": round(share, 3),
             "types": type_count, "kinds": kind_count}
    return errs, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true", help="also print counts")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    result = check(args.dir)
    errs, stats = result if isinstance(result, tuple) else (result, None)
    for e in errs:
        print("FAIL", e)
    if args.stats and stats:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
