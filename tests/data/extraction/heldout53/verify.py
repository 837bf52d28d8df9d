#!/usr/bin/env python3
"""Self-checks for the heldout53 extraction evaluation set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published D --lang L
                               (internal) print the gold of the article whose text is FILE,
                               in the `volia extract` output shape; used by check 3.

The matching functions come from /work/shared/tools/score_claims.py, so the checks use
exactly the rules the scorer applies.
"""
import datetime
import importlib.util
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # never write a __pycache__ next to the shared scorer
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score_claims.py"
_spec = importlib.util.spec_from_file_location("score_claims", SCORER)
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
BODY_WORDS = (120, 500)
PUB_RANGE = ("2021-01-01", "2026-11-20")
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def articles():
    out = []
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith(".gold.json"):
            stem = fname[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, fname), encoding="utf-8"))
            raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
            out.append((stem, gold, raw))
    return out


def tokens(text):
    """Word tokens; hyphenated words are split, English possessive 's is dropped."""
    toks = re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", text)
    out = []
    for t in toks:
        t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def prefix4(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))[:4]


def oracle(path):
    text = open(path, encoding="utf-8").read()
    for stem, gold, raw in articles():
        if "\n".join(raw.split("\n")[3:]) == text:
            claims = []
            for g in gold["claims"]:
                prec = {4: "year", 7: "month", 10: "day"}.get(len(g["date"] or ""), None)
                person = None
                if g["person"]:
                    person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": g["date"],
                               "date_precision": prec, "destination_country": g["destination_country"],
                               "term_months": g["term_months"], "count": g["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print(json.dumps({"claims": []}))
    return 1


def main():
    errors = []
    err = errors.append
    arts = articles()
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = Counter()
    types_seen = set()
    if len(arts) != 30:
        err(f"expected 30 articles, found {len(arts)}")

    for stem, gold, raw in arts:
        lines = raw.split("\n")
        text = "\n".join(lines[3:])
        toks = tokens(text)
        caps = sorted({t for t in toks if t[:1].isupper()})
        lang = gold["language"]
        langs[lang] += 1
        claims, must_not = gold["claims"], gold["must_not"]
        sp = spellings.get(stem, {"persons": {}, "relatives": []})
        listed_all = set(sp["relatives"])
        for v in sp["persons"].values():
            listed_all.update(v)

        # ---- (8) header, body length, script
        if lines[0].strip() != gold["published"]:
            err(f"{stem}: line 1 {lines[0]!r} != published {gold['published']}")
        if lines[1].strip() != lang:
            err(f"{stem}: line 2 {lines[1]!r} != language {lang}")
        if lines[2].strip() != "" or not lines[3].strip() or lines[4].strip() != "":
            err(f"{stem}: header layout must be date, lang, blank, headline, blank")
        nwords = len(" ".join(lines[5:]).split())
        if not BODY_WORDS[0] <= nwords <= BODY_WORDS[1]:
            err(f"{stem}: body has {nwords} words, outside {BODY_WORDS}")
        if not PUB_RANGE[0] <= gold["published"] <= PUB_RANGE[1]:
            err(f"{stem}: published {gold['published']} outside {PUB_RANGE}")
        names = [c["person"] for c in claims if c["person"]] + [m["person"] for m in must_not]
        for name in names:
            if lang == "en" and (CYR.search(name) or not LAT.search(name)):
                err(f"{stem}: name {name!r} not in Latin script in an English article")
            if lang in ("ru", "be") and (LAT.search(name) or not CYR.search(name)):
                err(f"{stem}: name {name!r} not in Cyrillic in a {lang} article")
        if len(must_not) < 3:
            err(f"{stem}: only {len(must_not)} must_not entries")
        for m in must_not:
            if not m.get("why") or not m.get("kind"):
                err(f"{stem}: must_not {m} lacks why/kind")

        # ---- (6) dates, (7) shape rules
        pub = gold["published"]
        seen = Counter()
        for c in claims:
            t = c["type"]
            types_seen.add(t)
            if t not in TYPES:
                err(f"{stem}: unknown type {t}")
            seen[(t, c["person"], c["date"])] += 1
            d = c["date"]
            if d is not None:
                if not DATE_RE.match(d):
                    err(f"{stem}: bad date {d!r}")
                else:
                    try:
                        full = d + {4: "-01-01", 7: "-01", 10: ""}[len(d)]
                        datetime.date.fromisoformat(full)
                    except ValueError:
                        err(f"{stem}: invalid date {d!r}")
                    if d > pub[: len(d)]:
                        err(f"{stem}: date {d} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(f"{stem}: group_release must have null person and no keys")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"{stem}: group_release without a count")
            else:
                if not c["person"] or not c["surname_keys"]:
                    err(f"{stem}: {t} claim without person or keys")
                if c["count"] is not None:
                    err(f"{stem}: count on a {t} claim")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                 or c["term_months"] <= 0):
                err(f"{stem}: term_months {c['term_months']} on {t} claim")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    err(f"{stem}: deported {c['person']} without ISO country")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    err(f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(f"{stem}: destination on a {t} claim")
            if t == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                err(f"{stem}: pardoned {c['person']} without released")
        for k, n in seen.items():
            if n > 1:
                err(f"{stem}: duplicate claim {k}")

        # ---- (1) and (2) people, keys and spellings
        people = {}
        for c in claims:
            if c["person"]:
                people.setdefault(c["person"], set()).add(tuple(c["surname_keys"]))
        if set(people) != set(sp["persons"]):
            err(f"{stem}: spellings.json persons {sorted(sp['persons'])} != gold persons {sorted(people)}")
        for person, keysets in people.items():
            if len(keysets) != 1:
                err(f"{stem}: {person} has inconsistent surname_keys {keysets}")
            keys = list(next(iter(keysets)))
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(f"{stem}: gold person {person} not matched by any token of the article")
            if not sc.person_matches(person, keys, person):
                err(f"{stem}: keys {keys} do not match the gold name {person}")
            listed = sp["persons"].get(person, [])
            for s in listed:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    err(f"{stem}: keys {keys} of {person} miss spelling {s!r}")
            for t in caps:
                if any(sc.key_matches_token(k, t) for k in keys) and t not in listed and t not in sp["relatives"]:
                    err(f"{stem}: keys {keys} of {person} also match unlisted word {t!r}")
                if any(prefix4(t) == prefix4(s) for s in listed) and t not in listed_all:
                    err(f"{stem}: token {t!r} shares a 4-letter prefix with a spelling of {person} but is not listed")
        for r in sp["relatives"]:
            if r not in caps:
                err(f"{stem}: relative token {r!r} not in the text")

        # ---- (4) must_not never matched by a gold claim of its type; (5) named in text
        for m in must_not:
            if m["type"] not in TYPES:
                err(f"{stem}: must_not has unknown type {m['type']}")
            mkeys = sc.keys_for(m["person"])
            for c in claims:
                if c["type"] == m["type"] and c["person"] and sc.person_matches(c["person"], mkeys, m["person"]):
                    err(f"{stem}: must_not {m['type']} {m['person']} is matched by gold claim for {c['person']}")
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in toks):
                err(f"{stem}: must_not person {m['person']} is not named in the text")

    # ---- (8) set-level
    if dict(langs) != LANG_SPLIT:
        err(f"language split {dict(langs)} != {LANG_SPLIT}")
    missing = TYPES - types_seen
    if missing:
        err(f"event types not covered: {sorted(missing)}")

    # ---- (3) oracle through the real scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
            and res["errors"] == 0 and res["articles"] == len(arts)):
        err(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
            f"errors={res['errors']} details={res['details'][:10]}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            err(f"oracle: attribute {k} {a.get(f'{k}_ok', 0)}/{a.get(f'{k}_total', 0)}")
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"articles={res['articles']}")

    n_claims = sum(len(g["claims"]) for _, g, _ in arts)
    n_mn = sum(len(g["must_not"]) for _, g, _ in arts)
    print(f"articles={len(arts)} languages={dict(langs)} claims={n_claims} must_not={n_mn}")
    for e in errors:
        print("FAIL", e)
    if errors:
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2]))
    sys.exit(main())
