#!/usr/bin/env python3
"""Self-check for the heldout87 blind evaluation set of `volia extract`.

  python3 verify.py                 run every check, print ALL CHECKS PASSED or the failures
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --stats         also print the counts (per report, per type, per trap kind)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as extractor
                                    output (the extraction JSON of shared/docs/domain.md)

Stdlib only, plus the scorer module shared/tools/score_claims.py, found in $VOLIA_SCORER_DIR or
../../../../../shared/tools relative to this file.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter
from datetime import date

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
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANGS = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
ISO2 = set("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO "
           "BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ "
           "DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP "
           "GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG "
           "KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML "
           "MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE "
           "PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL "
           "SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM "
           "US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split())
TOKEN = re.compile(r"[^\W\d_]+")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
FIELDS = {"destination_country": "deported", "term_months": "sentenced", "count": "group_release"}


def load(d):
    arts = {}
    for fn in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", fn)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(d, fn), encoding="utf-8").read()
        lines = raw.split("\n")
        gold_path = os.path.join(d, nn + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        arts[nn] = {"raw": raw, "lines": lines, "body": "\n".join(lines[3:]), "gold": gold}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return arts, spellings


def folded(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))


def words(body):
    return len(body.split())


# ---------------------------------------------------------------- oracle
def oracle(args):
    text = open(args.oracle, encoding="utf-8").read()
    arts, spellings = load(args.dir)
    hit = None
    for nn, a in arts.items():
        if a["body"] == text or a["body"].strip() == text.strip():
            hit = nn
            break
    if hit is None:
        print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
        return 0
    a, sp = arts[hit], spellings.get(hit, {})
    claims = []
    for g in a["gold"]["claims"]:
        person, ev = None, {"start": 0, "end": 0, "text": ""}
        if g["person"]:
            forms = sp.get(g["person"], {}).get("surname_forms") or []
            mention = g["person"].split()[-1]
            for m in TOKEN.finditer(text):
                if m.group() in forms:
                    mention = m.group()
                    s, e = max(0, m.start() - 60), min(len(text), m.end() + 60)
                    ev = {"start": s, "end": e, "text": text[s:e]}
                    break
            person = {"name": g["person"], "mention": mention, "person_id": None}
        d = g.get("date")
        prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
        claims.append({"type": g["type"], "person": person, "date": d, "date_precision": prec,
                       "destination_country": g.get("destination_country"),
                       "term_months": g.get("term_months"), "count": g.get("count"),
                       "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": args.published, "language": args.lang, "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(root, stats=False):
    errs = []
    arts, spellings = load(root)

    def err(nn, msg):
        errs.append(f"{nn}: {msg}")

    type_count, kind_count = Counter(), Counter()
    n_claims = n_traps = 0
    table = []
    # 7. headers, words, split, dates
    expected = [f"{i:02d}" for i in range(1, 31)]
    if sorted(arts) != expected:
        err("set", f"expected reports 01..30, found {sorted(arts)}")
    for nn, a in arts.items():
        L = a["lines"]
        if a["gold"] is None:
            err(nn, "missing gold file")
            continue
        try:
            pub = date.fromisoformat(L[0].strip())
        except ValueError:
            err(nn, f"line 1 is not a date: {L[0]!r}")
            continue
        if not (date(2021, 1, 1) <= pub <= date(2026, 11, 20)):
            err(nn, f"publication date {pub} out of range")
        lang = L[1].strip() if len(L) > 1 else ""
        want = [k for k, r in LANGS.items() if int(nn) in r]
        if not want or lang != want[0]:
            err(nn, f"language {lang!r}, split expects {want}")
        if len(L) < 5 or L[2].strip() != "" or not L[3].strip():
            err(nn, "line 3 must be blank and line 4 a headline")
        w = words(a["body"])
        if not 150 <= w <= 550:
            err(nn, f"{w} words, outside 150-550")
        g = a["gold"]
        if g.get("published") != L[0].strip() or g.get("language") != lang:
            err(nn, "gold published/language differ from the header")
        # 8. script
        body = a["body"]
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", body):
                err(nn, "Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(nn, "Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                err(nn, "Russian text contains ў/і")
        elif lang == "en":
            if CYRILLIC.search(body):
                err(nn, "English text contains Cyrillic")
        table.append((nn, lang, str(pub), w, len(g.get("claims", [])), len(g.get("must_not", []))))

    # per-report person checks
    for nn, a in arts.items():
        g = a["gold"]
        if g is None:
            continue
        sp = spellings.get(nn)
        if sp is None:
            err(nn, "no spellings.json entry")
            continue
        body = a["body"]
        toks = TOKEN.findall(body)
        tokset = set(toks)
        caps = {t for t in toks if t[0].isupper()}
        pub = g["published"]
        claims, traps = g.get("claims", []), g.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        listed = set()
        for p in sp.values():
            listed.update(p.get("surname_forms", []))
            listed.update(p.get("given_forms", []))

        def keys_of(name):
            return (sp.get(name) or {}).get("surname_keys") or []

        def named(keys):
            return any(sc.key_matches_token(k, t) for k in keys for t in toks)

        gold_people = {c["person"] for c in claims if c.get("person")}
        trap_people = {t["person"] for t in traps if t.get("person")}
        for name in sorted(gold_people | trap_people):
            if name not in sp:
                err(nn, f"{name}: missing from spellings.json")
        # 2/3. spellings
        for name, p in sp.items():
            keys, forms = p.get("surname_keys", []), p.get("surname_forms", [])
            rels = p.get("relatives", [])
            if not keys or not forms:
                err(nn, f"{name}: empty keys or surname_forms")
            if any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                err(nn, f"{name}: keys must be lower-case Latin: {keys}")
            for f in forms + p.get("given_forms", []):
                if f not in tokset:
                    err(nn, f"{name}: listed spelling {f!r} does not occur in the text")
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err(nn, f"{name}: keys {keys} do not match listed spelling {f!r}")
            allowed = set(forms)
            for r in rels:
                if r not in sp:
                    err(nn, f"{name}: relative {r} not in spellings")
                    continue
                if name not in sp[r].get("relatives", []):
                    err(nn, f"{name}: relative {r} not linked back")
                allowed.update(sp[r].get("surname_forms", []))
                if sc.person_matches(r, keys, name) or sc.person_matches(name, sp[r]["surname_keys"], r):
                    err(nn, f"{name} / {r}: person_matches does not separate the relatives")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    err(nn, f"{name}: keys {keys} also match unrelated word {t!r}")
            for f in forms:
                pre = folded(f)[:4]
                for t in caps:
                    if folded(t)[:4] == pre and t not in listed:
                        err(nn, f"{name}: {t!r} shares the prefix {pre!r} with {f!r} but is not listed")
        # 1. gold people
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if keys != keys_of(c["person"]):
                err(nn, f"{c['person']}: gold keys {keys} differ from spellings.json {keys_of(c['person'])}")
            if not named(keys):
                err(nn, f"{c['person']}: no token of the report matches {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                err(nn, f"{c['person']}: person_matches rejects the gold name with its own keys")
        # 6. claim fields
        by_person = {}
        for c in claims:
            t = c.get("type")
            type_count[t] += 1
            if t not in TYPES:
                err(nn, f"unknown type {t}")
                continue
            for k in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if k not in c:
                    err(nn, f"{t} {c.get('person')}: field {k} missing")
            d = c.get("date")
            if d is not None:
                if not DATE_RE.match(str(d)):
                    err(nn, f"{t} {c.get('person')}: bad date {d!r}")
                else:
                    try:
                        parts = [int(x) for x in d.split("-")] + [1, 1]
                        date(parts[0], parts[1], parts[2])
                    except ValueError:
                        err(nn, f"{t} {c.get('person')}: invalid date {d!r}")
                    if d > pub[: len(d)]:
                        err(nn, f"{t} {c.get('person')}: date {d} after publication {pub}")
            for f, only in FIELDS.items():
                if c.get(f) is not None and t != only:
                    err(nn, f"{t} {c.get('person')}: field {f} only belongs on {only}")
            if t == "deported" and c.get("destination_country") not in ISO2:
                err(nn, f"deported {c.get('person')}: country {c.get('destination_country')!r} is not ISO alpha-2")
            if t == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(nn, f"sentenced {c.get('person')}: bad term")
            if t == "group_release":
                if c.get("person") is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    err(nn, "group_release needs a null person and a positive count")
            elif not c.get("person"):
                err(nn, f"{t}: person missing")
            else:
                by_person.setdefault(c["person"], set()).add(t)
        for person, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                err(nn, f"{person}: deported without released")
            if "pardoned" in ts and "released" not in ts:
                err(nn, f"{person}: pardoned without released")
        # 5. traps
        seen = set()
        for m in traps:
            t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            kind_count[kind] += 1
            if t not in TYPES or t == "group_release":
                err(nn, f"trap with invalid type {t}")
            if kind not in KINDS:
                err(nn, f"trap {t} {person}: invalid kind {kind!r}")
            if not isinstance(why, str) or len(why.strip()) < 5:
                err(nn, f"trap {t} {person}: 'why' missing")
            if (t, person) in seen:
                err(nn, f"trap {t} {person} listed twice")
            seen.add((t, person))
            if not person:
                err(nn, f"trap {t}: no person")
                continue
            own = keys_of(person)
            if not named(own):
                err(nn, f"trap person {person} is not named in the text")
            for keyset in (sc.keys_for(person), own):
                for c in claims:
                    if not c.get("person"):
                        continue
                    clash = c["type"] == t or (t == "released" and c["type"] in ("released", "pardoned", "deported"))
                    if clash and sc.person_matches(c["person"], keyset, person):
                        err(nn, f"trap {t} {person} ({kind}) is matched by gold {c['type']} {c['person']}")

    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(root)} --oracle"
    res = sc.score(root, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["articles"] == 30
            and res["violations"] == 0 and res["errors"] == 0
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err("oracle", f"score {json.dumps({k: v for k, v in res.items() if k != 'by_type'}, ensure_ascii=False)[:1500]}")

    # 8. coverage and ratio
    for t in TYPES:
        if not type_count[t]:
            err("set", f"event type {t} never appears in the gold")
    for k in KINDS:
        if not kind_count[k]:
            err("set", f"trap kind {k} never appears")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        err("set", f"traps are {ratio:.1%} of entries, outside 25-30%")

    if stats:
        print("nn lang published  words claims traps")
        for row in table:
            print("%s %-4s %s %5d %6d %5d" % row)
        print(f"reports: {Counter(r[1] for r in table)}")
        print(f"claims={n_claims} traps={n_traps} traps%={100 * ratio:.1f}")
        print("claims by type:", dict(sorted(type_count.items())))
        print("traps by kind:", dict(sorted(kind_count.items())))
        print("scorer:", {k: res[k] for k in ("precision", "recall", "f1", "violations", "errors", "articles")},
              res["attributes"])
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
        return oracle(args)
    errs = run_checks(args.dir, args.stats)
    if errs:
        for e in errs:
            print("FAIL", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
