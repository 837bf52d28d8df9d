#!/usr/bin/env python3
"""Self-checks for the heldout48 extraction set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published D --lang L
                               (used internally) print the gold claims of the article whose
                               text equals FILE, in the extraction output shape
  python3 verify.py --oracle-traps FILE ...
                               (used internally) the same plus one claim per must_not entry

Imports the matching functions of /work/shared/tools/score_claims.py.
"""
import datetime
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # never write a cache next to the shared scorer

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score_claims.py"

_spec = importlib.util.spec_from_file_location("score_claims", SCORER)
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "conditional", "question",
         "demand", "correction", "voluntary_departure", "refused"}
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
WORDS_MIN, WORDS_MAX = 120, 450
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def load():
    arts = {}
    for fname in sorted(os.listdir(HERE)):
        if not fname.endswith(".gold.json"):
            continue
        nn = fname[: -len(".gold.json")]
        gold = json.load(open(os.path.join(HERE, fname), encoding="utf-8"))
        raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read()
        arts[nn] = (gold, raw)
    return arts


def text_of(raw):
    """What the scorer hands to the extractor: everything after the 3 header lines."""
    return "\n".join(raw.split("\n")[3:])


def tokens(text):
    out = []
    for t in re.findall(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*", text):
        t = re.sub(r"['’]s$", "", t)
        out.append(t)
        if "-" in t:
            out.extend(x for x in t.split("-") if x)
    return out


def folded(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def oracle(argv, with_traps=False):
    flag = "--oracle-traps" if with_traps else "--oracle"
    path = argv[argv.index(flag) + 1]
    text = open(path, encoding="utf-8").read()
    for nn, (gold, raw) in load().items():
        if text_of(raw) == text:
            claims = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": {None: None, 4: "year", 7: "month", 10: "day"}[
                                   len(c["date"]) if c["date"] else None],
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            if with_traps:
                for m in gold["must_not"]:
                    claims.append({"type": m["type"], "person": {"name": m["person"], "mention": m["person"],
                                                                 "person_id": None},
                                   "date": None, "date_precision": None, "destination_country": None,
                                   "term_months": None, "count": None, "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": claims}, ensure_ascii=False))
            return 0
    print("no article matches", file=sys.stderr)
    return 1


class Checker:
    def __init__(self):
        self.failures = []

    def fail(self, check, msg):
        self.failures.append(f"[{check}] {msg}")


def valid_date(d):
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    try:
        if len(d) == 4:
            datetime.date(int(d), 1, 1)
        elif len(d) == 7:
            datetime.date(int(d[:4]), int(d[5:7]), 1)
        else:
            datetime.date.fromisoformat(d)
    except ValueError:
        return False
    return True


def main():
    arts = load()
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    ck = Checker()

    if sorted(arts) != [f"{i:02d}" for i in range(1, 31)]:
        ck.fail(8, f"expected articles 01..30, found {sorted(arts)}")

    langs = {}
    covered = set()
    for nn, (gold, raw) in arts.items():
        text = text_of(raw)
        toks = tokens(text)
        caps = sorted({t for t in toks if t[:1].isupper()})
        lines = raw.split("\n")
        lang = gold["language"]
        langs[lang] = langs.get(lang, 0) + 1
        people = {c["person"] for c in gold["claims"] if c["person"]}

        # ---- (1) every gold person is matched by a token of its article
        for c in gold["claims"]:
            if not c["person"]:
                continue
            keys = c["surname_keys"]
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                ck.fail(1, f"{nn} {c['person']}: no token of the text matches keys {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                ck.fail(1, f"{nn} {c['person']}: gold name does not match its own keys {keys}")

        # ---- (2) keys vs spellings
        sp = spell.get(nn)
        if sp is None:
            ck.fail(2, f"{nn}: missing from spellings.json")
            sp = {"persons": {}, "relatives": []}
        relatives = set(sp.get("relatives", []))
        if set(sp["persons"]) != people:
            ck.fail(2, f"{nn}: spellings.json persons {sorted(sp['persons'])} != gold persons {sorted(people)}")
        for person, entry in sp["persons"].items():
            keys = entry["surname_keys"]
            gold_keys = {tuple(c["surname_keys"]) for c in gold["claims"] if c["person"] == person}
            if gold_keys != {tuple(keys)}:
                ck.fail(2, f"{nn} {person}: surname_keys differ between claims / spellings.json: {gold_keys}")
            for k in keys:
                if not re.fullmatch(r"[a-z]+", k):
                    ck.fail(2, f"{nn} {person}: key {k!r} is not lowercase Latin")
            spellings = set(entry["spellings"])
            for s in spellings:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    ck.fail(2, f"{nn} {person}: keys {keys} miss listed spelling {s}")
            allowed = spellings | relatives
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    ck.fail(2, f"{nn} {person}: keys {keys} also match unlisted word {t}")
                ft = folded(t)
                for s in spellings:
                    fs = folded(s)
                    if len(ft) >= 4 and len(fs) >= 4 and ft[:4] == fs[:4]:
                        ck.fail(2, f"{nn} {person}: capitalised token {t} shares a prefix with {s} but is not listed")
                        break
            # the surname as written in the text must be among the spellings
            if not any(t in spellings for t in caps):
                ck.fail(2, f"{nn} {person}: none of the listed spellings occurs in the text")

        # ---- (4) must_not not matched by a gold claim of the same type
        for m in gold["must_not"]:
            if m.get("kind") not in KINDS:
                ck.fail(4, f"{nn} must_not {m['person']}: unknown kind {m.get('kind')}")
            if not m.get("why"):
                ck.fail(4, f"{nn} must_not {m['person']}: empty why")
            if m["type"] not in TYPES or m["type"] == "group_release":
                ck.fail(4, f"{nn} must_not {m['person']}: bad type {m['type']}")
            for c in gold["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if c["person"] == m["person"]:
                    ck.fail(4, f"{nn} {m['type']} {m['person']} is both gold and must_not")
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    ck.fail(4, f"{nn} gold {c['type']} {c['person']} matches must_not {m['person']}")
                if sc.person_matches(m["person"], c["surname_keys"], c["person"]):
                    ck.fail(4, f"{nn} must_not {m['type']} {m['person']} would be credited to gold {c['person']}")

        # ---- (5) every must_not person is named in the text
        for m in gold["must_not"]:
            if not sc.person_matches(m["person"], sc.keys_for(m["person"]), m["person"]):
                ck.fail(5, f"{nn} must_not person {m['person']} would not match itself in the scorer")
            ks = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in ks for t in toks):
                ck.fail(5, f"{nn} must_not person {m['person']} not named (surname)")
            first = sc.tokens_of(m["person"])[0]
            if len(sc.tokens_of(m["person"])) > 1:
                f3 = folded(first)[:3]
                if not any(folded(t).startswith(f3) for t in toks if t[:1].isupper()):
                    ck.fail(5, f"{nn} must_not person {m['person']} not named (given name)")

        # ---- (6) dates
        pub = gold["published"]
        if not (valid_date(pub) and len(pub) == 10 and PUB_MIN <= pub <= PUB_MAX):
            ck.fail(6, f"{nn}: publication date {pub} invalid or out of range")
        for c in gold["claims"]:
            d = c["date"]
            if d is None:
                continue
            if not valid_date(d):
                ck.fail(6, f"{nn} {c['type']} {c['person']}: invalid date {d}")
            elif d > pub[: len(d)]:
                ck.fail(6, f"{nn} {c['type']} {c['person']}: date {d} after publication {pub}")

        # ---- (7) structural rules
        for c in gold["claims"]:
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                ck.fail(7, f"{nn}: claim fields {sorted(c)}")
            t = c["type"]
            if t not in TYPES:
                ck.fail(7, f"{nn}: unknown type {t}")
            covered.add(t)
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] or not isinstance(c["count"], int) or c["count"] <= 0:
                    ck.fail(7, f"{nn}: group_release needs null person, no keys and a positive count")
            else:
                if not c["person"] or not c["surname_keys"] or c["count"] is not None:
                    ck.fail(7, f"{nn} {t}: needs person + keys and no count")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    ck.fail(7, f"{nn} deported {c['person']}: bad country {c['destination_country']}")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in gold["claims"]):
                    ck.fail(7, f"{nn} deported {c['person']} without released")
            elif c["destination_country"] is not None:
                ck.fail(7, f"{nn} {t} {c['person']}: destination_country on a non-deported claim")
            if t == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"] for x in gold["claims"]):
                ck.fail(7, f"{nn} pardoned {c['person']} without released")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                ck.fail(7, f"{nn} {t} {c['person']}: term_months only on sentenced, positive int")

        # ---- (8) layout, length, script
        if lines[0].strip() != gold["published"] or lines[1].strip() != lang:
            ck.fail(8, f"{nn}: header lines {lines[:2]} != gold {gold['published']} {lang}")
        if len(lines) < 6 or lines[2] != "" or not lines[3].strip() or lines[4] != "":
            ck.fail(8, f"{nn}: layout must be date, lang, blank, headline, blank, body")
        body_words = len("\n".join(lines[5:]).split())
        if not WORDS_MIN <= body_words <= WORDS_MAX:
            ck.fail(8, f"{nn}: body has {body_words} words")
        names = [c["person"] for c in gold["claims"] if c["person"]] + [m["person"] for m in gold["must_not"]]
        for n in names:
            if lang == "en" and (CYR.search(n) or not LAT.search(n)):
                ck.fail(8, f"{nn}: {n} not in Latin script")
            if lang in ("ru", "be") and (LAT.search(n) or not CYR.search(n)):
                ck.fail(8, f"{nn}: {n} not in Cyrillic script")
        if lang == "en" and CYR.search(text):
            ck.fail(8, f"{nn}: Cyrillic in an English text")
        if lang == "ru" and re.search(r"[іўІЎ]", text):
            ck.fail(8, f"{nn}: Belarusian letters in a Russian text")
        if lang == "be" and not (re.search(r"[ўЎ]", text) and re.search(r"[іІ]", text)):
            ck.fail(8, f"{nn}: Belarusian text lacks і/ў")
        if lang == "be" and re.search(r"[иИщЩъЪ]", text):
            ck.fail(8, f"{nn}: Russian-only letters in a Belarusian text")

    if langs != LANG_SPLIT:
        ck.fail(8, f"language split {langs} != {LANG_SPLIT}")
    if covered != TYPES:
        ck.fail(8, f"event types not covered: {sorted(TYPES - covered)}")

    # ---- (3) oracle through score_claims.score
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
            and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == len(arts)):
        ck.fail(3, f"oracle score {json.dumps({k: res[k] for k in ('precision', 'recall', 'f1', 'violations', 'errors', 'articles')})}"
                   f" details {res['details'][:10]}")
    else:
        print(f"oracle: precision={res['precision']} recall={res['recall']} f1={res['f1']} "
              f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")

    # ---- (4b) an extractor that falls into every trap: each must_not is one violation, and
    # none of them is credited to a gold claim
    n_mn = sum(len(g["must_not"]) for g, _ in arts.values())
    res2 = sc.score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle-traps", 60)
    if not (res2["recall"] == 1.0 and res2["violations"] == n_mn and res2["errors"] == 0):
        ck.fail(4, f"trap oracle: recall={res2['recall']} violations={res2['violations']} (expected {n_mn})")
    else:
        print(f"trap oracle: recall={res2['recall']} violations={res2['violations']} of {n_mn} must_not")

    n_claims = sum(len(g["claims"]) for g, _ in arts.values())
    print(f"articles={len(arts)} claims={n_claims} must_not={n_mn} languages={langs}")
    for f in ck.failures:
        print("FAIL", f)
    if ck.failures:
        print(f"{len(ck.failures)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    if "--oracle-traps" in sys.argv:
        sys.exit(oracle(sys.argv, with_traps=True))
    sys.exit(main())
