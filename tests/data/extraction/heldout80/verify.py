#!/usr/bin/env python3
"""Self-check for the heldout80 evaluation set (court reporting and legal documents).

  python3 verify.py                      run every check, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         extractor output (the extraction JSON of domain.md)

The scorer (score_claims.py) is taken from $VOLIA_SCORER_DIR, otherwise from
../../../../../shared/tools relative to this file.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

FAILS = []


def fail(msg):
    FAILS.append(msg)


def load(folder):
    reports = {}
    for stem in sorted(LANG_OF):
        tpath, gpath = os.path.join(folder, stem + ".txt"), os.path.join(folder, stem + ".gold.json")
        if not (os.path.exists(tpath) and os.path.exists(gpath)):
            fail(f"{stem}: missing {stem}.txt or {stem}.gold.json")
            continue
        raw = open(tpath, encoding="utf-8").read().split("\n")
        try:
            gold = json.load(open(gpath, encoding="utf-8"))
        except ValueError as exc:
            fail(f"{stem}: gold is not JSON ({exc})")
            continue
        reports[stem] = {"raw": raw, "published": raw[0].strip(), "lang": raw[1].strip(),
                         "text": "\n".join(raw[3:]), "gold": gold}
    return reports


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def is_cap(tok):
    return tok[:1].isupper()


def date_ok(value):
    if not DATE_RE.match(value):
        return False
    parts = [int(x) for x in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang, folder=HERE):
    text = open(path, encoding="utf-8").read()
    reports = load(folder)
    spellings = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    for stem, rep in reports.items():
        if rep["text"] == text or rep["text"].strip() == text.strip():
            break
    else:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    out = []
    for c in rep["gold"]["claims"]:
        person = None
        evidence = {"start": 0, "end": 0, "text": ""}
        if c.get("person"):
            forms = spellings.get(stem, {}).get(c["person"], {}).get("surnames", [])
            mention = c["person"].split()[-1]
            for f in forms:
                m = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
                if m:
                    mention = f
                    evidence = {"start": m.start(), "end": m.end(), "text": f}
                    break
            person = {"name": c["person"], "mention": mention, "person_id": None}
        out.append({"type": c["type"], "person": person, "date": c.get("date"),
                    "date_precision": precision_of(c.get("date")),
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def check_headers(stem, rep):
    raw = rep["raw"]
    if len(raw) < 5:
        fail(f"{stem}: too short")
        return
    pub, lang = rep["published"], rep["lang"]
    if not (re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and date_ok(pub)):
        fail(f"{stem}: bad publication date {pub!r}")
    elif not ("2021-01-01" <= pub <= "2026-11-20"):
        fail(f"{stem}: publication date {pub} out of range")
    if lang != LANG_OF[stem]:
        fail(f"{stem}: language {lang!r}, expected {LANG_OF[stem]}")
    if raw[2].strip():
        fail(f"{stem}: line 3 is not blank")
    if not raw[3].strip():
        fail(f"{stem}: line 4 (headline) is empty")
    words = len(rep["text"].split())
    if not 150 <= words <= 550:
        fail(f"{stem}: {words} words (need 150-550)")
    g = rep["gold"]
    if g.get("published") != pub or g.get("language") != lang:
        fail(f"{stem}: gold published/language differ from the header")
    if set(g) != {"published", "language", "claims", "must_not"}:
        fail(f"{stem}: gold keys are {sorted(g)}")


def check_alphabet(stem, rep):
    text, lang = rep["text"], rep["lang"]
    if lang == "be":
        bad = set(re.findall(r"[ищъИЩЪ]", text))
        if bad:
            fail(f"{stem}: Belarusian text contains {sorted(bad)}")
        if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
            fail(f"{stem}: Belarusian text lacks ў or і")
    elif lang == "ru":
        bad = set(re.findall(r"[ўЎіІ]", text))
        if bad:
            fail(f"{stem}: Russian text contains {sorted(bad)}")
    elif lang == "en":
        if CYRILLIC.search(text):
            fail(f"{stem}: English text contains Cyrillic")


def check_claims(stem, rep):
    g = rep["gold"]
    pub = rep["published"]
    by_person = {}
    for c in g["claims"]:
        t = c.get("type")
        if t not in TYPES:
            fail(f"{stem}: bad claim type {t!r}")
            continue
        if set(c) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
            fail(f"{stem}: claim fields {sorted(c)}")
        d = c.get("date")
        if d is not None:
            if not date_ok(d):
                fail(f"{stem}: invalid date {d!r} in {t}")
            elif d > pub[: len(d)]:
                fail(f"{stem}: date {d} after publication {pub} in {t} {c.get('person')}")
        if t == "group_release":
            if c.get("person") is not None:
                fail(f"{stem}: group_release with a person")
            if not isinstance(c.get("count"), int) or c["count"] <= 0:
                fail(f"{stem}: group_release without a positive count")
        else:
            if not c.get("person"):
                fail(f"{stem}: {t} without a person")
            keys = c.get("surname_keys") or []
            if not keys or any(k != k.lower() or not k.strip() for k in keys):
                fail(f"{stem}: {t} {c.get('person')} has bad surname_keys {keys}")
            if c.get("count") is not None:
                fail(f"{stem}: count set on {t}")
            by_person.setdefault(c["person"], set()).add(t)
        if t == "sentenced":
            tm = c.get("term_months")
            if tm is not None and (not isinstance(tm, int) or tm <= 0):
                fail(f"{stem}: bad term_months {tm!r}")
        elif c.get("term_months") is not None:
            fail(f"{stem}: term_months set on {t}")
        if t == "deported":
            if c.get("destination_country") not in ISO:
                fail(f"{stem}: deported {c.get('person')} without an ISO country")
        elif c.get("destination_country") is not None:
            fail(f"{stem}: destination_country set on {t}")
    for person, types in by_person.items():
        if "deported" in types and "released" not in types:
            fail(f"{stem}: {person} deported without released")
        if "pardoned" in types and "released" not in types:
            fail(f"{stem}: {person} pardoned without released")
    return by_person


def check_names(stem, rep, sp):
    text = rep["text"]
    toks = tokens(text)
    tokset = set(toks)
    caps = {t for t in toks if is_cap(t)}
    people = sp.get(stem)
    if people is None:
        fail(f"{stem}: no entry in spellings.json")
        return
    for name, e in people.items():
        for field in ("keys", "surnames", "given", "relatives"):
            if not isinstance(e.get(field), list):
                fail(f"{stem}: spellings of {name} lack list {field}")
                return
    all_forms = set()
    for name, e in people.items():
        all_forms |= set(e["surnames"]) | set(e["given"])
    # check 3: spellings occur; near-forms listed
    for name, e in people.items():
        for f in e["surnames"] + e["given"]:
            if f not in tokset:
                fail(f"{stem}: listed spelling {f!r} of {name} does not occur in the text")
    for name, e in people.items():
        for s in e["surnames"]:
            pre = re.sub(r"[^a-z]", "", fold(s))[:4]
            for t in caps:
                if re.sub(r"[^a-z]", "", fold(t))[:4] == pre and t not in all_forms:
                    fail(f"{stem}: token {t!r} shares the prefix of {s!r} ({name}) but is not listed")
    # check 2: keys against forms and other capitalised words; relatives
    for name, e in people.items():
        keys = e["keys"]
        for s in e["surnames"]:
            if not any(key_matches_token(k, s) for k in keys):
                fail(f"{stem}: keys {keys} of {name} miss the spelling {s!r}")
        rel_forms = set()
        for r in e["relatives"]:
            if r not in people:
                fail(f"{stem}: relative {r!r} of {name} is not listed")
                continue
            if name not in people[r]["relatives"]:
                fail(f"{stem}: relative link {name} -> {r} is not mutual")
            rel_forms |= set(people[r]["surnames"])
            for ka, na, kb, nb in ((keys, name, people[r]["keys"], r), (people[r]["keys"], r, keys, name)):
                if person_matches(nb, ka, na) or person_matches(nb, keys_for(na), na):
                    fail(f"{stem}: the scorer confuses relatives {na} and {nb}")
        for t in caps:
            if any(key_matches_token(k, t) for k in keys) and t not in e["surnames"] and t not in rel_forms:
                fail(f"{stem}: keys {keys} of {name} match the unrelated word {t!r}")
        for other, oe in people.items():
            if other == name:
                continue
            if any(key_matches_token(k, s) for k in keys for s in oe["surnames"]) and other not in e["relatives"]:
                fail(f"{stem}: {name} and {other} share a surname but are not linked as relatives")
    # check 1 and gold keys
    for c in rep["gold"]["claims"]:
        if not c.get("person"):
            continue
        name = c["person"]
        if name not in people:
            fail(f"{stem}: gold person {name} not in spellings.json")
            continue
        keys = c["surname_keys"]
        if keys != people[name]["keys"]:
            fail(f"{stem}: gold keys of {name} {keys} differ from spellings.json {people[name]['keys']}")
        if not any(key_matches_token(k, t) for k in keys for t in toks):
            fail(f"{stem}: no token of the text matches the keys of {name}")
        if not person_matches(name, keys, name):
            fail(f"{stem}: person_matches rejects {name} with its own keys")


def check_traps(stem, rep, sp):
    g = rep["gold"]
    people = sp.get(stem, {})
    toks = tokens(rep["text"])
    seen = set()
    for m in g.get("must_not", []):
        if set(m) != {"type", "person", "why", "kind"}:
            fail(f"{stem}: trap fields {sorted(m)}")
        t, p, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
        if t not in TYPES or t == "group_release":
            fail(f"{stem}: trap with bad type {t!r}")
        if kind not in KINDS:
            fail(f"{stem}: trap with bad kind {kind!r}")
        if not isinstance(why, str) or len(why.strip()) < 8:
            fail(f"{stem}: trap {t} {p} has no real why")
        if not p:
            fail(f"{stem}: trap without a person")
            continue
        if (t, p) in seen:
            fail(f"{stem}: trap {t} {p} listed twice")
        seen.add((t, p))
        own = people.get(p, {}).get("keys")
        if not own:
            fail(f"{stem}: trap person {p} not in spellings.json")
            own = keys_for(p)
        if not any(key_matches_token(k, tok) for k in own for tok in toks):
            fail(f"{stem}: trap person {p} is not named in the text")
        for c in g["claims"]:
            if not c.get("person"):
                continue
            same = person_matches(c["person"], keys_for(p), p) or person_matches(c["person"], own, p)
            if not same:
                continue
            ct = c["type"]
            if ct == t:
                fail(f"{stem}: trap {t} {p} is matched by the gold claim {ct} {c['person']}")
            if t == "released" and ct in ("pardoned", "deported"):
                fail(f"{stem}: trap released {p} contradicts gold {ct} {c['person']}")


def run_score(folder):
    cmd = " ".join(shlex.quote(x) for x in (sys.executable, os.path.abspath(__file__), "--oracle"))
    if " " in os.path.abspath(__file__):
        fail("path of verify.py contains a space; the scorer splits the command on spaces")
        return None
    os.environ.setdefault("VOLIA_SCORER_DIR", SCORER_DIR)
    os.environ["VERIFY_HELDOUT_DIR"] = folder
    res = score(folder, cmd, 60)
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
          and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30)
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            ok = False
            fail(f"scorer: {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    if not ok:
        fail(f"scorer: P={res['precision']} R={res['recall']} F1={res['f1']} "
             f"violations={res['violations']} errors={res['errors']} articles={res['articles']}; "
             + "; ".join(res["details"][:10]))
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--dir", default=os.environ.get("VERIFY_HELDOUT_DIR", HERE),
                    help="folder holding the set (default: the folder of this file)")
    args = ap.parse_args()
    folder = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang, folder)

    reports = load(folder)
    try:
        sp = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"spellings.json unreadable: {exc}")
        sp = {}
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    langs = Counter()
    for stem, rep in reports.items():
        langs[rep["lang"]] += 1
        check_headers(stem, rep)
        check_alphabet(stem, rep)
        check_claims(stem, rep)
        check_names(stem, rep, sp)
        check_traps(stem, rep, sp)
        for c in rep["gold"].get("claims", []):
            types[c.get("type")] += 1
            n_claims += 1
        for m in rep["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
            n_traps += 1
    if dict(langs) != {"en": 14, "ru": 10, "be": 6}:
        fail(f"language split {dict(langs)}, expected en 14 / ru 10 / be 6")
    missing_t = [t for t in TYPES if not types[t]]
    missing_k = [k for k in KINDS if not kinds[k]]
    if missing_t:
        fail(f"event types not covered: {missing_t}")
    if missing_k:
        fail(f"trap kinds not covered: {missing_k}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        fail(f"traps are {share:.1%} of all entries (need 25-30%)")
    res = None
    if len(reports) == 30:
        res = run_score(folder)
    print(f"reports: {dict(langs)}; claims {n_claims}; traps {n_traps} ({share:.1%})")
    print("claims by type: " + ", ".join(f"{t}={types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    if res:
        a = res["attributes"]
        print(f"scorer: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
              f"errors={res['errors']} date {a.get('date_ok', 0)}/{a.get('date_total', 0)} dest "
              f"{a.get('dest_ok', 0)}/{a.get('dest_total', 0)} term {a.get('term_ok', 0)}/{a.get('term_total', 0)}")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
