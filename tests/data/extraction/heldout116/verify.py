#!/usr/bin/env python3
"""Consistency checks for the heldout116 extraction set (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG

The first form runs checks 1-8 (see README.md) and prints ALL CHECKS PASSED when none fails.
The second form is the oracle: it prints the gold of the report whose body equals FILE as
extractor output JSON, so that score_claims.py can run it as a command.

The scorer is imported from $VOLIA_SCORER_DIR, or from ../../../../../shared/tools relative to
this file.
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
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def tokens(body):
    """Word tokens of a report; an English possessive 's is dropped (Haletski's -> Haletski)."""
    return [re.sub(r"['’]s$", "", t) for t in TOKEN.findall(body)]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def valid_date(d):
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    parts = [int(x) for x in d.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def load(dirpath):
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(dirpath) if f.endswith(".gold.json"))
    texts = sorted(f[:-4] for f in os.listdir(dirpath) if re.fullmatch(r"\d\d\.txt", f))
    data = {}
    for s in sorted(set(stems) | set(texts)):
        item = {"stem": s}
        if os.path.exists(os.path.join(dirpath, s + ".txt")):
            item["pub"], item["lang"], item["blank"], item["body"] = read_report(os.path.join(dirpath, s + ".txt"))
        if os.path.exists(os.path.join(dirpath, s + ".gold.json")):
            item["gold"] = json.load(open(os.path.join(dirpath, s + ".gold.json"), encoding="utf-8"))
        data[s] = item
    sp_path = os.path.join(dirpath, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return data, spellings


# ---------------------------------------------------------------- oracle
def oracle(dirpath, path, published, lang):
    text = open(path, encoding="utf-8").read()
    data, _ = load(dirpath)
    for s, item in data.items():
        if item.get("body") == text and "gold" in item:
            break
    else:
        print(f"oracle: no report in {dirpath} has this body", file=sys.stderr)
        return 2
    claims = []
    for g in item["gold"]["claims"]:
        person, evidence = None, None
        if g["type"] != "group_release":
            mention = g["person"].split()[-1]
            for m in TOKEN.finditer(text):
                if any(sc.key_matches_token(k, m.group(0)) for k in g["surname_keys"]):
                    mention = m.group(0)
                    evidence = {"start": m.start(), "end": m.end(), "text": m.group(0)}
                    break
            person = {"name": g["person"], "mention": mention, "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": g["date"],
                       "date_precision": precision(g["date"]),
                       "destination_country": g["destination_country"], "term_months": g["term_months"],
                       "count": g["count"], "confidence": 1.0, "evidence": evidence})
    print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks(dirpath, errors):
    data, spellings = load(dirpath)

    def err(n, msg):
        errors.append(f"check {n}: {msg}")

    people_of = {}
    for s, item in data.items():
        people_of[s] = {p["name"]: p for p in spellings.get(s, {}).get("people", [])}
        if s not in spellings:
            err(2, f"{s}: no entry in spellings.json")

    # 7. headers, words, split, dates
    if sorted(data) != sorted(LANG_OF):
        err(7, f"reports are {sorted(data)}, expected 01..30")
    for s, item in data.items():
        if "body" not in item or "gold" not in item:
            err(7, f"{s}: missing .txt or .gold.json")
            continue
        if not valid_date(item["pub"]) or len(item["pub"]) != 10:
            err(7, f"{s}: bad publication date {item['pub']!r}")
        elif not PUB_MIN <= item["pub"] <= PUB_MAX:
            err(7, f"{s}: publication date {item['pub']} outside {PUB_MIN}..{PUB_MAX}")
        if item["lang"] != LANG_OF.get(s):
            err(7, f"{s}: language {item['lang']!r}, expected {LANG_OF.get(s)!r}")
        if item["blank"].strip():
            err(7, f"{s}: line 3 is not blank")
        words = len(item["body"].split())
        if not 150 <= words <= 550:
            err(7, f"{s}: {words} words, expected 150-550")

    all_claims, all_traps = [], []
    for s, item in data.items():
        if "body" not in item or "gold" not in item:
            continue
        body, gold, pub, lang = item["body"], item["gold"], item["pub"], item["lang"]
        toks = tokens(body)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[:1].isupper()})
        people = people_of[s]
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        all_claims += claims
        all_traps += traps

        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(8, f"{s}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(8, f"{s}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                err(8, f"{s}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                err(8, f"{s}: English text contains Cyrillic")

        # 1. gold persons named and self-matching
        for g in claims:
            if g.get("type") == "group_release":
                continue
            name, keys = g.get("person"), g.get("surname_keys") or []
            if not name or not keys:
                err(1, f"{s}: {g.get('type')} claim without person or keys")
                continue
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(1, f"{s}: no token of the report matches keys {keys} of {name}")
            if not sc.person_matches(name, keys, name):
                err(1, f"{s}: person_matches rejects {name} with its own keys {keys}")

        # 2. keys vs spellings, relatives
        for name, p in people.items():
            keys = p.get("keys") or []
            own = set(p.get("surname_spellings", []))
            rel_forms = set()
            for r in p.get("relatives", []):
                rp = people.get(r)
                if rp is None:
                    err(2, f"{s}: relative {r} of {name} is not listed")
                    continue
                rel_forms |= set(rp.get("surname_spellings", [])) | set(rp.get("given_spellings", []))
                if name not in rp.get("relatives", []):
                    err(2, f"{s}: {r} is a relative of {name} but not the other way round")
                for a, b in ((name, rp), (r, p)):
                    for kk in (b.get("keys") or [], sc.keys_for(b["name"])):
                        if sc.person_matches(a, kk, b["name"]):
                            err(2, f"{s}: person_matches({a!r}, {kk}, {b['name']!r}) accepts a relative")
            for sp in own:
                if not any(sc.key_matches_token(k, sp) for k in keys):
                    err(2, f"{s}: keys {keys} of {name} do not match its spelling {sp}")
            for t in caps:
                if t in own or t in rel_forms:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    err(2, f"{s}: keys {keys} of {name} also match the unrelated word {t}")
        for g in claims:
            if g.get("type") == "group_release":
                continue
            p = people.get(g.get("person"))
            if p is None:
                err(2, f"{s}: gold person {g.get('person')} missing from spellings.json")
            elif (g.get("surname_keys") or []) != p.get("keys"):
                err(2, f"{s}: gold keys {g.get('surname_keys')} of {g['person']} differ from spellings {p.get('keys')}")

        # 3. spellings occur; same-prefix words are listed
        listed_sur = set()
        listed_all = set()
        for name, p in people.items():
            for sp in p.get("surname_spellings", []) + p.get("given_spellings", []):
                listed_all.add(sp)
                if sp not in tokset:
                    err(3, f"{s}: spelling {sp!r} of {name} does not occur in the text")
            listed_sur |= set(p.get("surname_spellings", []))
        prefixes = {re.sub(r"[^a-z]", "", sc.fold(sp))[:4] for sp in listed_sur}
        for t in caps:
            pre = re.sub(r"[^a-z]", "", sc.fold(t))[:4]
            if len(pre) == 4 and pre in prefixes and t not in listed_all:
                err(3, f"{s}: capitalised {t!r} shares the prefix {pre!r} with a listed surname but is not listed")

        # 5. traps
        seen = set()
        for m in traps:
            typ, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if typ not in TYPES or typ == "group_release":
                err(5, f"{s}: trap type {typ!r} invalid")
            if kind not in KINDS:
                err(5, f"{s}: trap kind {kind!r} invalid")
            if not isinstance(why, str) or not why.strip():
                err(5, f"{s}: trap on {person} has no why")
            if (typ, person) in seen:
                err(5, f"{s}: trap ({typ}, {person}) listed twice")
            seen.add((typ, person))
            p = people.get(person)
            if not isinstance(person, str) or p is None:
                err(5, f"{s}: trap person {person!r} missing from spellings.json")
                continue
            if not any(sc.key_matches_token(k, t) for k in p["keys"] for t in toks):
                err(5, f"{s}: trap person {person} is not named in the text")
            for g in claims:
                if g.get("type") != typ or not g.get("person"):
                    continue
                for kk in (sc.keys_for(person), p["keys"]):
                    if sc.person_matches(g["person"], kk, person):
                        err(5, f"{s}: gold {typ} {g['person']} matches trap on {person} (keys {kk})")

        # 6. field discipline
        by_person = {}
        for g in claims:
            typ = g.get("type")
            if typ not in TYPES:
                err(6, f"{s}: claim type {typ!r} invalid")
                continue
            if set(g) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                err(6, f"{s}: claim fields {sorted(g)}")
            d = g.get("date")
            if d is not None:
                if not valid_date(d):
                    err(6, f"{s}: invalid date {d!r}")
                elif d > pub[:len(d)]:
                    err(6, f"{s}: date {d} after publication {pub}")
            if g.get("destination_country") is not None and typ != "deported":
                err(6, f"{s}: destination_country on {typ}")
            if g.get("term_months") is not None and typ != "sentenced":
                err(6, f"{s}: term_months on {typ}")
            if g.get("count") is not None and typ != "group_release":
                err(6, f"{s}: count on {typ}")
            if typ == "sentenced" and g.get("term_months") is not None and (
                    not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                err(6, f"{s}: bad term {g['term_months']!r}")
            if typ == "group_release":
                if g.get("person") is not None or g.get("surname_keys"):
                    err(6, f"{s}: group_release with a person")
                if not isinstance(g.get("count"), int) or g["count"] <= 0:
                    err(6, f"{s}: group_release without a positive count")
                continue
            if not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k) for k in g.get("surname_keys") or []):
                err(6, f"{s}: keys of {g.get('person')} are not folded lower-case Latin")
            by_person.setdefault(g.get("person"), set()).add(typ)
            if typ == "deported" and g.get("destination_country") not in ISO:
                err(6, f"{s}: deported {g.get('person')} without an ISO country")
        for person, types in by_person.items():
            if "deported" in types and "released" not in types:
                err(6, f"{s}: {person} deported without released")
            if "pardoned" in types and "released" not in types:
                err(6, f"{s}: {person} pardoned without released")
        for m in traps:
            excluded = {"released": {"released", "pardoned", "deported"}, "pardoned": {"pardoned"},
                        "deported": {"deported"}}.get(m.get("type"), set())
            p = people.get(m.get("person"))
            if not excluded or p is None:
                continue
            for g in claims:
                if g.get("type") in excluded and g.get("person") and (
                        g["person"] == m["person"]
                        or sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"])
                        or sc.person_matches(g["person"], p["keys"], m["person"])):
                    err(6, f"{s}: {m['type']} trap on {m['person']} but gold {g['type']} {g['person']}")

    # 8. coverage and share
    types = Counter(g.get("type") for g in all_claims)
    kinds = Counter(m.get("kind") for m in all_traps)
    for t in TYPES:
        if not types[t]:
            err(8, f"event type {t} not covered")
    for k in KINDS:
        if not kinds[k]:
            err(8, f"trap kind {k} not covered")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0.0
    if not 0.25 <= share <= 0.30:
        err(8, f"traps are {share:.1%} of all entries, expected 25-30 %")

    # 4. oracle through the scorer
    if not any(e.startswith("check 7") for e in errors):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(dirpath)} --oracle"
        res = sc.score(dirpath, cmd, 60)
        a = res["attributes"]
        if res["articles"] != 30:
            err(4, f"scored {res['articles']} articles")
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
            err(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']}: {res['details'][:5]}")
        if res["violations"] or res["errors"]:
            err(4, f"oracle has {res['violations']} violations, {res['errors']} errors")
        for what in ("date", "dest", "term"):
            if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
                err(4, f"oracle gets {what} {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")
    else:
        err(4, "skipped because the headers are broken")
    return data, all_claims, all_traps


def stats(data, claims, traps):
    words = {s: len(i["body"].split()) for s, i in data.items() if "body" in i}
    langs = Counter(i.get("lang") for i in data.values())
    print(f"reports: {len(data)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"words: {sum(words.values())} (min {min(words.values())}, max {max(words.values())})")
    print(f"claims: {len(claims)}")
    for t, n in sorted(Counter(g['type'] for g in claims).items(), key=lambda kv: TYPES.index(kv[0])):
        print(f"  {t:26} {n}")
    print(f"traps: {len(traps)}")
    for k, n in sorted(Counter(m['kind'] for m in traps).items(), key=lambda kv: KINDS.index(kv[0])):
        print(f"  {k:26} {n}")
    print(f"trap share: {len(traps) / (len(claims) + len(traps)):.1%}")


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
    errors = []
    try:
        data, claims, traps = run_checks(args.dir, errors)
    except Exception as exc:  # a malformed file is a failure, not a crash
        errors.append(f"check aborted: {type(exc).__name__}: {exc}")
        data, claims, traps = {}, [], []
    if args.stats and data:
        stats(data, claims, traps)
    for e in errors:
        print(e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
