#!/usr/bin/env python3
"""Self-check of the heldout135 evaluation set (standard library only).

  python3 verify.py [--dir DIR] [--stats]     run the eight checks, print ok/FAILED for each
  python3 verify.py --oracle [--dir DIR] FILE --published D --lang L
                                              act as an extractor that prints the gold claims
                                              of the article whose text is FILE

The scorer (score_claims.py) is imported from $VOLIA_SCORER_DIR, or else from
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
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..",
                                                                 "shared", "tools")
sys.path.insert(0, os.path.abspath(SCORER_DIR))
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{n: "en" for n in range(1, 15)}, **{n: "ru" for n in range(15, 25)},
           **{n: "be" for n in range(25, 31)}}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        out.append(re.sub(r"['’]s$", "", t))
    return out


def fold4(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))[:4]


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def date_not_after(s, pub):
    """True when the earliest day the partial date S can denote is not after PUB."""
    parts = [int(x) for x in s.split("-")]
    first = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first <= pub


def load(d):
    arts = {}
    for fn in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", fn)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(d, fn), encoding="utf-8").read().split("\n")
        gold_path = os.path.join(d, nn + ".gold.json")
        gold = json.load(open(gold_path, encoding="utf-8")) if os.path.exists(gold_path) else None
        body = "\n".join(raw[3:])
        arts[nn] = dict(raw=raw, body=body, gold=gold, toks=tokens(body))
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return arts, spell


def people_of(spell, nn):
    return {p["name"]: p for p in spell.get(nn, [])}


# ---------------------------------------------------------------------------------------- checks

def check1(arts, spell):
    errs = []
    for nn, a in arts.items():
        for c in (a["gold"] or {}).get("claims", []):
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in a["toks"]):
                errs.append(f"{nn}: no token matches keys {keys} of {c['person']}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{nn}: person_matches rejects gold name {c['person']}")
    return errs


def check2(arts, spell):
    errs = []
    for nn, a in arts.items():
        ppl = people_of(spell, nn)
        caps = {t for t in a["toks"] if t[:1].isupper()}
        for name, p in ppl.items():
            keys = p["keys"]
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{nn}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p["surnames"])
            for r in p["relatives"]:
                if r not in ppl:
                    errs.append(f"{nn}: relative {r} of {name} not listed")
                    continue
                allowed |= set(ppl[r]["surnames"])
                if name not in ppl[r]["relatives"]:
                    errs.append(f"{nn}: relative link {name} -> {r} not reciprocated")
                if sc.person_matches(r, keys, name) or sc.person_matches(name, ppl[r]["keys"], r):
                    errs.append(f"{nn}: person_matches does not keep {name} and {r} apart")
            for t in sorted(caps):
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{nn}: keys {keys} of {name} also match token {t}")
        for c in (a["gold"] or {}).get("claims", []):
            if c.get("person"):
                if c["person"] not in ppl:
                    errs.append(f"{nn}: gold person {c['person']} not in spellings.json")
                elif list(c.get("surname_keys") or []) != list(ppl[c["person"]]["keys"]):
                    errs.append(f"{nn}: gold keys of {c['person']} differ from spellings.json")
    return errs


def check3(arts, spell):
    errs = []
    for nn, a in arts.items():
        ppl = people_of(spell, nn)
        toks = set(a["toks"])
        listed = set()
        for name, p in ppl.items():
            for s in p["surnames"] + p["given"]:
                listed.add(s)
                if s not in toks:
                    errs.append(f"{nn}: listed spelling {s} of {name} does not occur as a token")
        surn = {s for p in ppl.values() for s in p["surnames"]}
        prefixes = {fold4(s) for s in surn if len(fold4(s)) == 4}
        for t in sorted(toks):
            if t[:1].isupper() and fold4(t) in prefixes and t not in listed:
                errs.append(f"{nn}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(arts, spell, d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle --dir {os.path.abspath(d)}"
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    errs = []
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs.extend(res["details"][:20])
    return errs


def check5(arts, spell):
    errs = []
    for nn, a in arts.items():
        ppl = people_of(spell, nn)
        gold = a["gold"] or {}
        seen = set()
        for m in gold.get("must_not", []):
            if set(m) != {"type", "person", "why", "kind"}:
                errs.append(f"{nn}: trap fields {sorted(m)}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                errs.append(f"{nn}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                errs.append(f"{nn}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m.get("why", "").strip():
                errs.append(f"{nn}: trap without why")
            pair = (m.get("type"), m.get("person"))
            if pair in seen:
                errs.append(f"{nn}: duplicate trap {pair}")
            seen.add(pair)
            p = ppl.get(m.get("person"))
            if p is None:
                errs.append(f"{nn}: trap person {m.get('person')} not in spellings.json")
                continue
            if not any(sc.key_matches_token(k, t) for k in p["keys"] for t in a["toks"]):
                errs.append(f"{nn}: trap person {m['person']} not named in the text")
            for c in gold.get("claims", []):
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if (sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])
                        or sc.person_matches(c["person"], p["keys"], m["person"])):
                    errs.append(f"{nn}: trap {m['type']} {m['person']} is matched by gold {c['person']}")
    return errs


def check6(arts, spell):
    errs = []
    for nn, a in arts.items():
        gold = a["gold"] or {}
        try:
            pub = datetime.date.fromisoformat(a["raw"][0].strip())
        except ValueError:
            pub = datetime.date(2100, 1, 1)
        claims = gold.get("claims", [])
        by = {}
        for c in claims:
            by.setdefault((c.get("type"), c.get("person")), []).append(c)
        for c in claims:
            tag = f"{nn}: {c.get('type')} {c.get('person')}"
            if set(c) != FIELDS:
                errs.append(f"{tag}: fields {sorted(c)}")
                continue
            if c["type"] not in TYPES:
                errs.append(f"{tag}: unknown type")
            if not valid_date(c["date"]):
                errs.append(f"{tag}: bad date {c['date']}")
            elif c["date"] and not date_not_after(c["date"], pub):
                errs.append(f"{tag}: date {c['date']} after publication")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or not (
                        isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{tag}: group_release needs null person, [] keys, positive count")
            else:
                if not c["person"] or not c["surname_keys"]:
                    errs.append(f"{tag}: person and keys required")
                if c["count"] is not None:
                    errs.append(f"{tag}: count outside group_release")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{tag}: destination {c['destination_country']} not ISO alpha-2")
                if ("released", c["person"]) not in by:
                    errs.append(f"{tag}: deported without released")
            elif c["destination_country"] is not None:
                errs.append(f"{tag}: destination outside deported")
            if c["type"] == "sentenced":
                if c["term_months"] is not None and not (isinstance(c["term_months"], int) and c["term_months"] > 0):
                    errs.append(f"{tag}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{tag}: term outside sentenced")
            if c["type"] == "pardoned" and ("released", c["person"]) not in by:
                errs.append(f"{tag}: pardoned without released")
        for m in gold.get("must_not", []):
            banned = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                      "deported": ("deported",)}.get(m.get("type"), ())
            for t in banned:
                if (t, m.get("person")) in by:
                    errs.append(f"{nn}: trap {m['type']} {m['person']} but gold {t} for the same person")
    return errs


def check7(arts, spell, d):
    errs = []
    names = set(os.listdir(d))
    want = {f"{n:02d}.txt" for n in range(1, 31)} | {f"{n:02d}.gold.json" for n in range(1, 31)}
    have = {f for f in names if re.match(r"^\d+\.(txt|gold\.json)$", f)}
    if have != want:
        errs.append(f"article files differ: missing {sorted(want - have)}, extra {sorted(have - want)}")
    for nn, a in arts.items():
        raw = a["raw"]
        try:
            pub = datetime.date.fromisoformat(raw[0].strip())
            if not datetime.date(2021, 1, 1) <= pub <= datetime.date(2026, 11, 20):
                errs.append(f"{nn}: date {pub} out of range")
        except ValueError:
            errs.append(f"{nn}: line 1 is not a date")
        if len(raw) < 4 or raw[1].strip() != LANG_OF.get(int(nn), "?"):
            errs.append(f"{nn}: line 2 should be {LANG_OF.get(int(nn))}")
        if len(raw) < 4 or raw[2].strip() != "":
            errs.append(f"{nn}: line 3 not blank")
        w = len(a["body"].split())
        if not 150 <= w <= 550:
            errs.append(f"{nn}: {w} words")
        if a["gold"] is None:
            errs.append(f"{nn}: no gold")
    return errs


def check8(arts, spell):
    errs = []
    types, kinds = set(), set()
    nc = nt = 0
    for nn, a in arts.items():
        lang = LANG_OF.get(int(nn))
        body = a["body"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                errs.append(f"{nn}: Belarusian text has {bad}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                errs.append(f"{nn}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                errs.append(f"{nn}: Russian text has {bad}")
        elif lang == "en" and CYRILLIC.search(body):
            errs.append(f"{nn}: English text has Cyrillic")
        gold = a["gold"] or {}
        for c in gold.get("claims", []):
            types.add(c.get("type"))
            nc += 1
        for m in gold.get("must_not", []):
            kinds.add(m.get("kind"))
            nt += 1
    if set(TYPES) - types:
        errs.append(f"event types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    share = nt / (nc + nt) if nc + nt else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25-0.30")
    return errs


# ---------------------------------------------------------------------------------------- modes

def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    arts, _ = load(d)
    for nn, a in arts.items():
        if a["body"] == text:
            out = []
            for c in a["gold"]["claims"]:
                dt = c["date"]
                prec = None if not dt else {4: "year", 7: "month", 10: "day"}[len(dt)]
                out.append({"type": c["type"],
                            "person": None if c["person"] is None else
                            {"name": c["person"], "mention": c["person"], "person_id": None},
                            "date": dt, "date_precision": prec,
                            "destination_country": c["destination_country"],
                            "term_months": c["term_months"], "count": c["count"],
                            "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published or a["raw"][0].strip(),
                              "language": lang or a["raw"][1].strip(), "claims": out},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"error": "unknown article"}))
    return 1


def stats(arts):
    from collections import Counter
    ct, kt, words = Counter(), Counter(), Counter()
    for nn, a in arts.items():
        words[LANG_OF.get(int(nn))] += len(a["body"].split())
        for c in (a["gold"] or {}).get("claims", []):
            ct[c["type"]] += 1
        for m in (a["gold"] or {}).get("must_not", []):
            kt[m["kind"]] += 1
    nc, nt = sum(ct.values()), sum(kt.values())
    print(f"reports: {len(arts)}  words: {sum(words.values())} "
          f"(en {words['en']}, ru {words['ru']}, be {words['be']})")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {kt[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / (nc + nt):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.file, args.published, args.lang)
    arts, spell = load(args.dir)
    if args.stats:
        stats(arts)
    checks = [
        ("1 gold people are in the text", lambda: check1(arts, spell)),
        ("2 keys fit", lambda: check2(arts, spell)),
        ("3 spellings are complete", lambda: check3(arts, spell)),
        ("4 perfect oracle score", lambda: check4(arts, spell, args.dir)),
        ("5 traps are sound", lambda: check5(arts, spell)),
        ("6 fields and logic", lambda: check6(arts, spell)),
        ("7 headers and size", lambda: check7(arts, spell, args.dir)),
        ("8 scripts and coverage", lambda: check8(arts, spell)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash counts as a failure
            errs = [f"crashed: {exc!r}"]
        if errs:
            failed += 1
            print(f"FAILED {label}")
            for e in errs[:25]:
                print(f"    {e}")
        else:
            print(f"ok     {label}")
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
