#!/usr/bin/env python3
"""Self-check for the heldout96 extraction evaluation set.

  python3 verify.py                    run all checks on this folder
  python3 verify.py --dir DIR          run all checks on another copy
  python3 verify.py --stats            print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                       print the gold of the report whose text is FILE, in the
                                       extractor output shape of shared/docs/domain.md
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
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
TOK = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST, LAST = "2021-01-01", "2026-11-20"


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def stems(d):
    return sorted(f[: -len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def precision_of(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)


def oracle(d, file):
    text = open(file, encoding="utf-8").read()
    for stem in stems(d):
        pub, lang, _, body = read_report(os.path.join(d, stem + ".txt"))
        if body.strip() == text.strip():
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": precision_of(c["date"]),
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            return {"published": gold["published"], "language": gold["language"], "claims": claims}
    return None


def load_set(d):
    reports = {}
    for stem in stems(d):
        pub, lang, blank, body = read_report(os.path.join(d, stem + ".txt"))
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        reports[stem] = {"pub": pub, "lang": lang, "blank": blank, "body": body, "gold": gold}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return reports, spell


def check(d):
    errs = []
    E = errs.append
    reports, spell = load_set(d)

    # 7. headers, words, split, dates
    if sorted(reports) != sorted(LANG_OF):
        E(f"7: expected reports 01..30, found {sorted(reports)}")
    langs = Counter()
    for stem, r in reports.items():
        langs[r["lang"]] += 1
        if not DATE_RE.match(r["pub"]) or len(r["pub"]) != 10:
            E(f"7: {stem} bad publication date {r['pub']!r}")
        elif not FIRST <= r["pub"] <= LAST:
            E(f"7: {stem} publication date {r['pub']} outside {FIRST}..{LAST}")
        if r["lang"] != LANG_OF.get(stem):
            E(f"7: {stem} language {r['lang']} but expected {LANG_OF.get(stem)}")
        if r["blank"].strip():
            E(f"7: {stem} line 3 not blank")
        words = len(r["body"].split())
        if not 150 <= words <= 550:
            E(f"7: {stem} has {words} words (150-550)")
        if r["gold"].get("published") != r["pub"] or r["gold"].get("language") != r["lang"]:
            E(f"7: {stem} gold header differs from report header")
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        E(f"7: split en/ru/be is {langs['en']}/{langs['ru']}/{langs['be']}, want 14/10/6")

    # 8. scripts
    for stem, r in reports.items():
        b = r["body"].lower()
        if r["lang"] == "be":
            bad = set(b) & set("ищъ")
            if bad:
                E(f"8: {stem} Belarusian text contains {''.join(sorted(bad))}")
            if "ў" not in b or "і" not in b:
                E(f"8: {stem} Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            bad = set(b) & set("ўі")
            if bad:
                E(f"8: {stem} Russian text contains {''.join(sorted(bad))}")
        elif r["lang"] == "en":
            if re.search(r"[\u0400-\u04FF]", r["body"]):
                E(f"8: {stem} English text contains Cyrillic")

    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    for stem, r in reports.items():
        gold, body, pub = r["gold"], r["body"], r["pub"]
        tokens = TOK.findall(body)
        caps = [t for t in tokens if t[0].isupper()]
        sp = spell.get(stem)
        if not sp:
            E(f"2: {stem} missing from spellings.json")
            continue
        if sp.get("language") != r["lang"]:
            E(f"2: {stem} spellings language differs")
        persons = {p["person"]: p for p in sp["persons"]}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        named = {c["person"] for c in claims if c.get("person")} | {t["person"] for t in traps}
        for n in named - set(persons):
            E(f"2: {stem} {n} is in gold but not in spellings.json")
        for n in set(persons) - named:
            E(f"2: {stem} {n} is in spellings.json but in no claim or trap")

        # 1. gold persons in text, person_matches on self
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                E(f"1: {stem} {c['person']}: no token of the report matches keys {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                E(f"1: {stem} {c['person']}: person_matches rejects the gold name with its own keys")
            if c["person"] in persons and sorted(keys) != sorted(persons[c["person"]]["surname_keys"]):
                E(f"2: {stem} {c['person']}: gold keys {keys} differ from spellings.json")

        # 2/3. spellings
        all_forms = {f for p in persons.values() for f in p["surname_forms"]}
        for name, p in persons.items():
            keys = p["surname_keys"]
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                E(f"2: {stem} {name}: keys must be lower-case folded Latin: {keys}")
            for f in p["surname_forms"]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    E(f"2: {stem} {name}: keys {keys} do not match listed form {f}")
            allowed = set(p["surname_forms"])
            for rel in p.get("relatives", []):
                if rel not in persons:
                    E(f"2: {stem} {name}: relative {rel} not in spellings")
                    continue
                allowed |= set(persons[rel]["surname_forms"])
                if name not in persons[rel].get("relatives", []):
                    E(f"2: {stem} relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name):
                    E(f"2: {stem} person_matches({rel!r}, keys of {name}) succeeds; relatives must differ")
                if sc.person_matches(name, persons[rel]["surname_keys"], rel):
                    E(f"2: {stem} person_matches({name!r}, keys of {rel}) succeeds; relatives must differ")
            for t in set(caps):
                if any(sc.key_matches_token(k, t) for k in keys) and t not in allowed:
                    E(f"2: {stem} {name}: keys {keys} also match unlisted capitalised word {t!r}")
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tokens:
                    E(f"3: {stem} {name}: listed spelling {f!r} does not occur in the text")
            for f in p["surname_forms"]:
                pre = folded(f)[:4]
                for t in set(caps):
                    if folded(t)[:4] == pre and t not in all_forms:
                        E(f"3: {stem} {name}: capitalised {t!r} shares prefix {pre!r} with {f!r} but is not listed")

        # 6. claim validity
        seen_types = {}
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                E(f"6: {stem} claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                E(f"6: {stem} unknown type {t}")
                continue
            types[t] += 1
            seen_types.setdefault(c["person"], set()).add(t)
            if c["date"] is not None:
                if not DATE_RE.match(str(c["date"])):
                    E(f"6: {stem} bad date {c['date']!r}")
                else:
                    try:
                        datetime.date.fromisoformat((c["date"] + "-01-01")[:10])
                    except ValueError:
                        E(f"6: {stem} invalid date {c['date']}")
                    if c["date"] > pub[: len(c["date"])]:
                        E(f"6: {stem} {t} {c['person']} date {c['date']} after publication {pub}")
            if t == "deported":
                if c["destination_country"] not in ISO:
                    E(f"6: {stem} deported {c['person']} without ISO country ({c['destination_country']})")
            elif c["destination_country"] is not None:
                E(f"6: {stem} destination_country on {t}")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    E(f"6: {stem} bad term {c['term_months']}")
            elif c["term_months"] is not None:
                E(f"6: {stem} term_months on {t}")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c["count"], int) or c["count"] <= 0:
                    E(f"6: {stem} group_release needs null person and positive count")
            else:
                if c["count"] is not None:
                    E(f"6: {stem} count on {t}")
                if not c["person"]:
                    E(f"6: {stem} {t} without person")
        for person, ts in seen_types.items():
            if "deported" in ts and "released" not in ts:
                E(f"6: {stem} {person} deported without released")
            if "pardoned" in ts and "released" not in ts:
                E(f"6: {stem} {person} pardoned without released")

        # 5. traps
        seen = set()
        for m in traps:
            if set(m) != TRAP_FIELDS:
                E(f"5: {stem} trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS or not str(m["why"]).strip():
                E(f"5: {stem} invalid trap {m}")
                continue
            kinds[m["kind"]] += 1
            key = (m["type"], m["person"])
            if key in seen:
                E(f"5: {stem} trap listed twice: {key}")
            seen.add(key)
            own = persons.get(m["person"], {}).get("surname_keys", [])
            if not any(sc.key_matches_token(k, t) for k in (own or sc.keys_for(m["person"])) for t in tokens):
                E(f"5: {stem} trap person {m['person']} is not named in the text")
            for c in claims:
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]) or \
                        (own and sc.person_matches(c["person"], own, m["person"])):
                    E(f"5: {stem} trap {m['type']} {m['person']} is matched by gold claim for {c['person']}")
            ts = seen_types.get(m["person"], set())
            if m["type"] == "released" and ts & {"released", "pardoned", "deported"}:
                E(f"6: {stem} released trap on {m['person']} but gold has {sorted(ts & {'released', 'pardoned', 'deported'})}")
            if m["type"] in ("pardoned", "deported") and m["type"] in ts:
                E(f"6: {stem} {m['type']} trap on {m['person']} but gold has the same type")

    # 8. coverage and trap share
    for t in TYPES:
        if not types[t]:
            E(f"8: type {t} never appears in gold")
    for k in KINDS:
        if not kinds[k]:
            E(f"8: trap kind {k} never appears")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        E(f"8: traps are {share:.1%} of all entries (want 25-30 %)")

    # 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    ok = (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
          and res["errors"] == 0 and res["articles"] == len(reports)
          and a.get("date_ok", 0) == a.get("date_total", 0)
          and a.get("dest_ok", 0) == a.get("dest_total", 0)
          and a.get("term_ok", 0) == a.get("term_total", 0))
    if not ok:
        E(f"4: oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} attributes={a} "
          f"details={res['details'][:10]}")
    return errs, {"claims": n_claims, "traps": n_traps, "types": types, "kinds": kinds, "share": share}


def stats(d):
    reports, spell = load_set(d)
    types, kinds, langs, words = Counter(), Counter(), Counter(), {}
    for stem, r in reports.items():
        langs[r["lang"]] += 1
        words[stem] = len(r["body"].split())
        for c in r["gold"]["claims"]:
            types[c["type"]] += 1
        for m in r["gold"]["must_not"]:
            kinds[m["kind"]] += 1
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports: {len(reports)}  languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print(f"words: total {sum(words.values())}, min {min(words.values())}, max {max(words.values())}")
    for lang in ("en", "ru", "be"):
        w = [words[s] for s, r in reports.items() if r["lang"] == lang]
        if w:
            print(f"  {lang}: {sum(w)} words over {len(w)} reports")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print(f"traps: {nt}  ({nt / (nc + nt):.1%} of {nc + nt} entries)")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        out = oracle(args.dir, args.oracle)
        if out is None:
            print(f"no report in {args.dir} has this text", file=sys.stderr)
            return 1
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if args.stats:
        stats(args.dir)
        return 0
    errs, _ = check(args.dir)
    for e in errs:
        print(e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
