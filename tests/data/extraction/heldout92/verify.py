#!/usr/bin/env python3
"""Self-check of the heldout92 extraction evaluation set.

  python3 verify.py                 run all checks, print ALL CHECKS PASSED or the failures
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --stats         also print counts (claims by type, traps by kind, per report)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as extractor
                                    output (the extraction JSON of shared/docs/domain.md)

Standard library only, plus the scorer module score_claims.py, found in $VOLIA_SCORER_DIR or
../../../../../shared/tools (relative to this file).
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
ISO = set("AD AE AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT "
          "KZ LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TR UA US".split())
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
SPLIT = {"en": range(1, 15), "ru": range(15, 25), "be": range(25, 31)}
FIRST, LAST = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ](?=[а-яёіўА-ЯЁІЎ])[^\W\d_]+)*")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, raw[0].strip(), raw[1].strip() if len(raw) > 1 else "", "\n".join(raw[3:])


def tokens(text):
    return TOKEN.findall(text)


def parse_date(s):
    parts = [int(x) for x in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), "unknown")


def oracle(args):
    text = open(args.oracle, encoding="utf-8").read()
    for name in sorted(os.listdir(args.dir)):
        if not re.fullmatch(r"\d\d\.txt", name):
            continue
        _, pub, lang, body = read_report(os.path.join(args.dir, name))
        if body != text:
            continue
        gold = json.load(open(os.path.join(args.dir, name[:2] + ".gold.json"), encoding="utf-8"))
        claims = []
        for g in gold["claims"]:
            person = None
            if g["person"]:
                person = {"name": g["person"], "mention": g["person"], "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g["date"],
                           "date_precision": precision(g["date"]),
                           "destination_country": g["destination_country"],
                           "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                           "evidence": None})
        print(json.dumps({"published": args.published or pub, "language": args.lang or lang,
                          "claims": claims}, ensure_ascii=False))
        return 0
    print("no report with this text", file=sys.stderr)
    return 1


def check(d, stats=False):
    errs = []
    err = errs.append
    names = sorted(n for n in os.listdir(d) if re.fullmatch(r"\d\d\.txt", n))
    stems = [n[:2] for n in names]
    if stems != [f"{i:02d}" for i in range(1, 31)]:
        err(f"7: expected reports 01..30, found {stems}")
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"2: spellings.json unreadable: {e}")
        spell = {}
    n_claims = n_traps = 0
    types, kinds = Counter(), Counter()
    rows = []
    for stem in stems:
        raw, pub, lang, body = read_report(os.path.join(d, stem + ".txt"))
        where = f"{stem}:"
        # ---- 7. header, words, split, dates
        try:
            pubd = datetime.date.fromisoformat(pub)
            if not FIRST <= pubd <= LAST:
                err(f"7 {where} published {pub} out of range")
        except ValueError:
            err(f"7 {where} bad date line {pub!r}")
            pubd = LAST
        if lang not in SPLIT or int(stem) not in SPLIT[lang]:
            err(f"7 {where} language {lang!r} does not fit the 14/10/6 split")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(f"7 {where} header must be date, language, blank line, headline")
        words = len(body.split())
        if not 150 <= words <= 550:
            err(f"7 {where} {words} words")
        # ---- 8. script
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", body):
                err(f"8 {where} Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(f"8 {where} Belarusian text lacks ў or і")
        elif lang == "ru" and re.search(r"[ўЎіІ]", body):
            err(f"8 {where} Russian text has ў/і")
        elif lang == "en" and re.search(r"[\u0400-\u04FF]", body):
            err(f"8 {where} English text has Cyrillic")
        try:
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{where} gold unreadable: {e}")
            continue
        if gold.get("published") != pub or gold.get("language") != lang:
            err(f"7 {where} gold header differs from the report")
        toks = tokens(body)
        tokset = set(toks)
        caps = sorted({t for t in toks if t[0].isupper()})
        sp = {p["person"]: p for p in spell.get(stem, {}).get("persons", [])}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        # ---- spellings (2, 3)
        listed = set()
        for p in sp.values():
            listed |= set(p["surname_forms"]) | set(p["given_forms"])
        for name, p in sp.items():
            keys = p["surname_keys"]
            for f in p["surname_forms"]:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err(f"2 {where} keys {keys} miss listed spelling {f}")
            allowed = set(p["surname_forms"])
            for r in p["relatives"]:
                if r not in sp:
                    err(f"2 {where} relative {r} of {name} not listed")
                    continue
                allowed |= set(sp[r]["surname_forms"])
                if name not in sp[r]["relatives"]:
                    err(f"2 {where} relatives {name} / {r} not linked both ways")
                if sc.person_matches(name, sp[r]["surname_keys"], r) or sc.person_matches(r, keys, name):
                    err(f"2 {where} person_matches does not tell {name} from {r}")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    err(f"2 {where} keys of {name} also match {t}")
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tokset:
                    err(f"3 {where} listed spelling {f} not in text")
            for f in p["surname_forms"]:
                pre = sc.fold(f)[:4]
                for t in caps:
                    if sc.fold(t)[:4] == pre and t not in listed:
                        err(f"3 {where} {t} shares a prefix with {f} but is not listed")
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(f"1 {where} {name} not named in the text")
        # ---- claims (1, 6)
        by_person = {}
        for c in claims:
            typ, person = c.get("type"), c.get("person")
            types[typ] += 1
            if set(c) != CLAIM_FIELDS:
                err(f"6 {where} claim fields {sorted(c)}")
                continue
            if typ not in TYPES:
                err(f"6 {where} unknown type {typ}")
            if c["date"] is not None:
                if not DATE.match(c["date"]):
                    err(f"6 {where} bad date {c['date']}")
                else:
                    try:
                        if parse_date(c["date"]) > pubd:
                            err(f"6 {where} date {c['date']} after publication")
                    except ValueError:
                        err(f"6 {where} invalid date {c['date']}")
            if (c["destination_country"] is not None) != (typ == "deported"):
                err(f"6 {where} destination_country on {typ}")
            if typ == "deported" and c["destination_country"] not in ISO:
                err(f"6 {where} bad country {c['destination_country']}")
            if typ != "sentenced" and c["term_months"] is not None:
                err(f"6 {where} term_months on {typ}")
            if typ == "sentenced" and c["term_months"] is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"6 {where} bad term {c['term_months']}")
            if typ == "group_release":
                if person is not None or c["surname_keys"]:
                    err(f"6 {where} group_release with a person")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"6 {where} group_release without a positive count")
                continue
            if c["count"] is not None:
                err(f"6 {where} count on {typ}")
            if not person:
                err(f"6 {where} {typ} without a person")
                continue
            by_person.setdefault(person, set()).add(typ)
            keys = c["surname_keys"]
            if person not in sp:
                err(f"2 {where} {person} missing from spellings.json")
            elif keys != sp[person]["surname_keys"]:
                err(f"2 {where} gold keys of {person} differ from spellings.json")
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(f"1 {where} no token matches keys of {person}")
            if not sc.person_matches(person, keys, person):
                err(f"1 {where} person_matches rejects {person} with its own keys")
        for person, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                err(f"6 {where} {person} deported without released")
            if "pardoned" in ts and "released" not in ts:
                err(f"6 {where} {person} pardoned without released")
        # ---- traps (5, 6)
        seen = set()
        for m in traps:
            kinds[m.get("kind")] += 1
            if set(m) != TRAP_FIELDS:
                err(f"5 {where} trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS or not isinstance(m["why"], str) \
                    or not m["why"].strip() or not m["person"]:
                err(f"5 {where} invalid trap {m}")
                continue
            if (m["type"], m["person"]) in seen:
                err(f"5 {where} trap listed twice {m['type']} {m['person']}")
            seen.add((m["type"], m["person"]))
            own = sp.get(m["person"], {}).get("surname_keys")
            if not own:
                err(f"5 {where} trap person {m['person']} missing from spellings.json")
                own = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in own for t in toks):
                err(f"5 {where} trap person {m['person']} not named in the text")
            for g in claims:
                if g.get("type") != m["type"] or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]) or \
                        sc.person_matches(g["person"], own, m["person"]):
                    err(f"5 {where} gold {g['type']} {g['person']} matches trap {m['person']}")
            gold_types = by_person.get(m["person"], set())
            if m["type"] == "released" and gold_types & {"released", "pardoned", "deported"}:
                err(f"6 {where} released trap on {m['person']} who has gold release")
            if m["type"] in ("pardoned", "deported") and m["type"] in gold_types:
                err(f"6 {where} {m['type']} trap on {m['person']} who has that gold claim")
        rows.append((stem, lang, pub, words, len(claims), len(traps)))
    # ---- 8. coverage and trap share
    for t in TYPES:
        if not types[t]:
            err(f"8 event type {t} not covered")
    for k in KINDS:
        if not kinds[k]:
            err(f"8 trap kind {k} not covered")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        err(f"8 traps are {share:.1%} of all entries")
    # ---- 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["articles"] == 30
            and res["violations"] == 0 and res["errors"] == 0
            and a.get("date_ok", 0) == a.get("date_total", 0)
            and a.get("dest_ok", 0) == a.get("dest_total", 0)
            and a.get("term_ok", 0) == a.get("term_total", 0)):
        err(f"4 oracle score P={res['precision']} R={res['recall']} F1={res['f1']} "
            f"articles={res['articles']} violations={res['violations']} errors={res['errors']} "
            f"attributes={a} details={res['details'][:10]}")
    if stats:
        print("report lang published  words claims traps")
        for r in rows:
            print(f"{r[0]:>6} {r[1]:>4} {r[2]} {r[3]:>6} {r[4]:>6} {r[5]:>5}")
        print(f"claims={n_claims} traps={n_traps} share={share:.1%} "
              f"langs={dict(Counter(r[1] for r in rows))}")
        print("claims by type:", dict(sorted(types.items())))
        print("traps by kind:", dict(sorted(kinds.items())))
        print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} attributes={a}")
    return errs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    errs = check(args.dir, args.stats)
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
