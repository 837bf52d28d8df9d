#!/usr/bin/env python3
"""Check the heldout122 evaluation set (live blogs) for internal consistency.

Usage:
  verify.py [--dir DIR] [--stats]
  verify.py --dir DIR --oracle FILE --published DATE --lang LANG

Without --oracle it runs the eight checks described in README.md and prints
ALL CHECKS PASSED when none fails. With --oracle it behaves like an extractor
that knows the answers: it finds the report in DIR whose body equals FILE and
prints that report's gold claims as extraction JSON (shared/docs/domain.md), so
that score_claims.score() can run it as a command.

Standard library only. The scorer is imported from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIELD_TYPE = {"destination_country": "deported", "term_months": "sentenced", "count": "group_release"}
CLAIM_KEYS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_KEYS = {"type", "person", "why", "kind"}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def load_scorer():
    base = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                                 "shared", "tools")
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.abspath(base))
    import score_claims  # noqa: E402
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def words_of(text, lang):
    """Word tokens of a text; English possessives ('s) are stripped."""
    out = []
    for w in WORD_RE.findall(text):
        if lang == "en" and re.search(r"['’]s$", w):
            w = w[:-2]
        out.append(w)
    return out


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision_of(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def list_reports(folder):
    return sorted(f[:-4] for f in os.listdir(folder) if re.fullmatch(r"\d\d\.txt", f))


def load_all(folder):
    data = {}
    for stem in list_reports(folder):
        raw, body = read_report(os.path.join(folder, stem + ".txt"))
        gpath = os.path.join(folder, stem + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        data[stem] = {"raw": raw, "body": body, "gold": gold}
    return data


# ---------------------------------------------------------------- oracle
def oracle(folder, path, published, lang):
    body = open(path, encoding="utf-8").read()
    for stem, rep in load_all(folder).items():
        if rep["body"] == body and rep["gold"] is not None:
            claims = []
            for c in rep["gold"]["claims"]:
                name = c["person"]
                claims.append({
                    "type": c["type"],
                    "person": None if name is None else {"name": name, "mention": name.split()[-1],
                                                         "person_id": None},
                    "date": c["date"], "date_precision": precision_of(c["date"]),
                    "destination_country": c["destination_country"],
                    "term_months": c["term_months"], "count": c["count"],
                    "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""},
                })
            print(json.dumps({"published": published, "language": lang, "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    return 1


# ---------------------------------------------------------------- checks
def run_checks(folder, want_stats=False):
    sc = load_scorer()
    fails = []

    def fail(check, msg):
        fails.append((check, msg))

    data = load_all(folder)
    spath = os.path.join(folder, "spellings.json")
    spellings = json.load(open(spath, encoding="utf-8")) if os.path.exists(spath) else {}

    # ---- check 7: headers, words, split, dates
    stems = list(data)
    if stems != sorted(LANG_OF):
        fail(7, f"reports must be exactly 01..30, found {stems}")
    for stem, rep in data.items():
        raw = rep["raw"]
        if len(raw) < 5:
            fail(7, f"{stem}: too short")
            continue
        pub, lang = raw[0], raw[1]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
            fail(7, f"{stem}: bad publication date {pub!r}")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            fail(7, f"{stem}: publication date {pub} outside {PUB_MIN}..{PUB_MAX}")
        if lang != LANG_OF.get(stem):
            fail(7, f"{stem}: language {lang!r}, expected {LANG_OF.get(stem)!r}")
        if raw[2] != "":
            fail(7, f"{stem}: line 3 must be blank")
        if not raw[3].strip():
            fail(7, f"{stem}: line 4 must be the headline")
        n = len(rep["body"].split())
        if not 150 <= n <= 550:
            fail(7, f"{stem}: {n} words, outside 150..550")
        if rep["gold"] is None:
            fail(7, f"{stem}: no gold file")

    # ---- check 8: scripts
    for stem, rep in data.items():
        lang, body = rep["raw"][1], rep["body"]
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(8, f"{stem}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(8, f"{stem}: Russian text contains ў/і")
        elif lang == "en":
            if CYRILLIC.search(body):
                fail(8, f"{stem}: English text contains Cyrillic")

    type_count, kind_count, trap_type_count = Counter(), Counter(), Counter()
    n_claims = n_traps = 0
    words_total = 0

    for stem, rep in data.items():
        gold = rep["gold"]
        if gold is None:
            continue
        lang = rep["raw"][1]
        pub = rep["raw"][0]
        body = rep["body"]
        words_total += len(body.split())
        toks = words_of(body, lang)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        people = {p["name"]: p for p in spellings.get(stem, [])}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        def fold_letters(w):
            return re.sub(r"[^a-z]", "", sc.fold(w))

        # ---- check 6: fields and dates
        for c in claims:
            if set(c) != CLAIM_KEYS:
                fail(6, f"{stem}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                fail(6, f"{stem}: unknown type {t}")
            type_count[t] += 1
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    fail(6, f"{stem}: bad date {c['date']}")
                elif c["date"] > pub[: len(c["date"])]:
                    fail(6, f"{stem}: date {c['date']} after publication {pub}")
            for field, owner in FIELD_TYPE.items():
                if c[field] is not None and t != owner:
                    fail(6, f"{stem}: {field} on {t} ({c['person']})")
            if t == "deported":
                if c["destination_country"] not in ISO:
                    fail(6, f"{stem}: deported {c['person']} country {c['destination_country']!r}")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in claims):
                    fail(6, f"{stem}: deported {c['person']} without released")
            if t == "pardoned" and not any(o["type"] == "released" and o["person"] == c["person"]
                                           for o in claims):
                fail(6, f"{stem}: pardoned {c['person']} without released")
            if t == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                fail(6, f"{stem}: bad term {c['term_months']}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    fail(6, f"{stem}: group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    fail(6, f"{stem}: group_release count {c['count']!r}")
            elif not c["person"] or not c["surname_keys"]:
                fail(6, f"{stem}: {t} without person or keys")

        # released traps exclude released/pardoned/deported; pardoned/deported traps same type
        for m in traps:
            if m.get("type") not in ("released", "pardoned", "deported"):
                continue
            excl = ("released", "pardoned", "deported") if m["type"] == "released" else (m["type"],)
            tkeys = sc.keys_for(m["person"])
            for c in claims:
                if c["type"] in excl and c["person"] and (
                        c["person"] == m["person"] or sc.person_matches(c["person"], tkeys, m["person"])):
                    fail(6, f"{stem}: {m['type']} trap on {m['person']} but gold {c['type']}")

        # ---- check 1: gold persons are in the text and match their own keys
        for c in claims:
            if not c.get("person"):
                continue
            keys = c["surname_keys"]
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fail(1, f"{stem}: no token of the text matches {c['person']} {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                fail(1, f"{stem}: person_matches rejects {c['person']} with {keys}")

        # ---- check 2: keys vs spellings, relatives
        for c in claims:
            if c.get("person"):
                p = people.get(c["person"])
                if p is None:
                    fail(2, f"{stem}: {c['person']} missing from spellings.json")
                elif p["keys"] != c["surname_keys"]:
                    fail(2, f"{stem}: keys of {c['person']} differ from spellings.json")
        for name, p in people.items():
            keys = p["keys"]
            for s in p["surname"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p["surname"])
            for r in p.get("relatives", []):
                rp = people.get(r)
                if rp is None:
                    fail(2, f"{stem}: relative {r} of {name} not listed")
                    continue
                allowed |= set(rp["surname"])
                if name not in rp.get("relatives", []):
                    fail(2, f"{stem}: relative link {name} -> {r} is one-way")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, rp["keys"], r):
                    fail(2, f"{stem}: person_matches confuses relatives {name} / {r}")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    fail(2, f"{stem}: keys {keys} of {name} also match {t}")

        # ---- check 3: spellings occur, look-alike capitalised tokens are listed
        listed = set()
        surnames = set()
        for name, p in people.items():
            for s in p["surname"] + p["given"]:
                listed.add(s)
                if s not in tokset:
                    fail(3, f"{stem}: spelling {s} of {name} not in text")
            surnames |= set(p["surname"])
        prefixes = {fold_letters(s)[:4] for s in surnames}
        for t in caps:
            if t not in listed and fold_letters(t)[:4] in prefixes:
                fail(3, f"{stem}: capitalised {t} looks like a listed surname but is not listed")

        # ---- check 5: traps
        seen = set()
        for m in traps:
            if set(m) != TRAP_KEYS:
                fail(5, f"{stem}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES:
                fail(5, f"{stem}: trap type {m['type']}")
            if m["kind"] not in KINDS:
                fail(5, f"{stem}: trap kind {m['kind']}")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 5:
                fail(5, f"{stem}: trap {m['person']} needs a why")
            kind_count[m["kind"]] += 1
            trap_type_count[m["type"]] += 1
            key = (m["type"], m["person"])
            if key in seen:
                fail(5, f"{stem}: trap {key} listed twice")
            seen.add(key)
            p = people.get(m["person"])
            if p is None:
                fail(5, f"{stem}: trap person {m['person']} missing from spellings.json")
                own = []
            else:
                own = p["keys"]
            kf = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in kf + own for t in toks):
                fail(5, f"{stem}: trap person {m['person']} not named in text")
            for c in claims:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if sc.person_matches(c["person"], kf, m["person"]) or (
                        own and sc.person_matches(c["person"], own, m["person"])):
                    fail(5, f"{stem}: gold {c['type']} {c['person']} matches trap {m['person']}")

    # ---- check 8: coverage and share
    for t in TYPES:
        if not type_count[t]:
            fail(8, f"type {t} not covered")
    for k in KINDS:
        if not kind_count[k]:
            fail(8, f"trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0.0
    if not 0.25 <= share <= 0.30:
        fail(8, f"trap share {share:.3f} outside 0.25..0.30")

    # ---- check 4: oracle through the scorer
    if all(rep["gold"] is not None for rep in data.values()):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
        res = sc.score(folder, cmd, 60)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            fail(4, "oracle score: " + json.dumps({k: res[k] for k in (
                "precision", "recall", "f1", "violations", "errors", "articles", "attributes")})
                 + " " + "; ".join(res["details"][:8]))
    else:
        fail(4, "oracle not run: gold files missing")

    if want_stats:
        print(f"reports={len(data)} words={words_total} claims={n_claims} traps={n_traps} "
              f"trap_share={share:.3f}")
        langs = Counter(rep["raw"][1] for rep in data.values())
        print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
        print("claims by type: " + ", ".join(f"{t}={type_count[t]}" for t in TYPES))
        print("traps by kind: " + ", ".join(f"{k}={kind_count[k]}" for k in KINDS))
        print("traps by type: " + ", ".join(f"{t}={trap_type_count[t]}" for t in TYPES
                                             if trap_type_count[t]))
        for stem, rep in data.items():
            g = rep["gold"] or {"claims": [], "must_not": []}
            print(f"  {stem} {rep['raw'][1]} {rep['raw'][0]} words={len(rep['body'].split())} "
                  f"claims={len(g['claims'])} traps={len(g['must_not'])}")

    for check, msg in fails:
        print(f"FAIL check {check}: {msg}")
    if not fails:
        print("ALL CHECKS PASSED")
        return 0
    print(f"{len(fails)} failure(s)")
    return 1


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
