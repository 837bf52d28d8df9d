#!/usr/bin/env python3
"""Self-checks for the heldout71 evaluation set.

  python3 verify.py                      run all checks, print ALL CHECKS PASSED or the failures
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                         print the gold of the report whose text is FILE as
                                         `volia extract` output (used by check 4)

The scorer is imported from $VOLIA_SCORER_DIR, else from ../../../../../shared/tools relative
to this file. Only the standard library and the scorer are used.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402

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
# A person caught by a trap of one of these types must have no gold claim of these types.
# (`deported` is left out on purpose: a freed prisoner who later left on their own is
# `released` in gold and a `left_voluntarily` trap on `deported`.)
RELEASE_TYPES = {"released", "pardoned"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
WORDS_MIN, WORDS_MAX = 150, 550
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def read_report(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw


def body_of(raw):
    return "\n".join(raw[3:])


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en" and re.search(r"['’]s$", t):
            t = t[:-2]
        out.append((t, m.start()))
    return out


def capitalised(tok):
    return tok[:1].isupper()


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
        return False
    try:
        parts = [int(x) for x in d.split("-")]
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def precision(d):
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}[len(d) if d else None]


# ---------------------------------------------------------------- oracle
def oracle(path, published, lang):
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        raw = read_report(stem)
        if body_of(raw) == text:
            break
    else:
        print("oracle: text matches no report", file=sys.stderr)
        return 2
    gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    if gold["published"] != published or gold["language"] != lang:
        print("oracle: --published/--lang disagree with the report header", file=sys.stderr)
        return 2
    toks = tokens(text, lang)
    claims = []
    for g in gold["claims"]:
        span = None
        if g["person"]:
            for t, start in toks:
                if any(key_matches_token(k, t) for k in g["surname_keys"]):
                    span = (start, start + len(t))
                    break
            person = {"name": g["person"], "mention": text[span[0]:span[1]] if span else g["person"],
                      "person_id": None}
        else:
            person = None
            m = re.search(r"\b" + re.escape(f"{g['count']:,}") + r"\b|\b" + str(g["count"]) + r"\b", text)
            span = (m.start(), m.end()) if m else None
        span = span or (0, 0)
        claims.append({"type": g["type"], "person": person, "date": g["date"],
                       "date_precision": precision(g["date"]),
                       "destination_country": g["destination_country"],
                       "term_months": g["term_months"], "count": g["count"], "confidence": 1.0,
                       "evidence": {"start": span[0], "end": span[1], "text": text[span[0]:span[1]]}})
    print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def run_checks():
    errors = []

    def err(stem, n, msg):
        errors.append(f"[{n}] {stem}: {msg}")

    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    all_stems = stems()
    txts = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    if all_stems != txts:
        err("set", 7, f"gold files {all_stems} do not pair with texts {txts}")
    if all_stems != [f"{i:02d}" for i in range(1, 31)]:
        err("set", 7, "reports must be 01..30")
    if sorted(spell) != all_stems:
        err("set", 2, "spellings.json must have one entry per report")
    langs = {}
    types_seen, kinds_seen = set(), set()

    for stem in all_stems:
        raw = read_report(stem)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        people = {p["name"]: p for p in spell.get(stem, [])}
        # ---- (7) header, words, dates
        pub, lang = raw[0].strip(), raw[1].strip() if len(raw) > 1 else ""
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub):
            err(stem, 7, f"bad publication date {pub!r}")
            continue
        if not (PUB_MIN <= pub <= PUB_MAX):
            err(stem, 7, f"publication date {pub} out of range")
        if lang not in SPLIT:
            err(stem, 7, f"bad language {lang!r}")
            continue
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            err(stem, 7, "line 3 must be blank and line 4 the headline")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(stem, 7, "gold published/language disagree with the header")
        langs[lang] = langs.get(lang, 0) + 1
        text = body_of(raw)
        nwords = sum(1 for w in text.split() if re.search(r"\w", w))
        if not (WORDS_MIN <= nwords <= WORDS_MAX):
            err(stem, 7, f"body has {nwords} words")
        toks = tokens(text, lang)
        tok_set = {t for t, _ in toks}
        caps = sorted({t for t in tok_set if capitalised(t)})

        # ---- (8) Belarusian orthography
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                err(stem, 8, f"Russian letters in Belarusian text: {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                err(stem, 8, "Belarusian text lacks ў or і")
        if lang == "ru" and re.search(r"[ўЎіІ]", text):
            err(stem, 8, "Belarusian letters in a Russian text")

        # ---- spellings entries
        for name, p in people.items():
            for fld in ("surname_keys", "surname_forms", "given_forms", "relatives_sharing_surname"):
                if not isinstance(p.get(fld), list):
                    err(stem, 2, f"{name}: {fld} missing")
            for r in p.get("relatives_sharing_surname", []):
                if r not in people:
                    err(stem, 2, f"{name}: relative {r} not listed")
        listed_forms = {f for p in people.values() for f in p["surname_forms"] + p["given_forms"]}

        # ---- (2) keys match every listed surname form, and no other capitalised word
        for name, p in people.items():
            keys = p["surname_keys"]
            for f in p["surname_forms"]:
                if not any(key_matches_token(k, f) for k in keys):
                    err(stem, 2, f"{name}: no key matches surname form {f!r}")
            allowed = set(p["surname_forms"])
            for r in p["relatives_sharing_surname"]:
                allowed |= set(people.get(r, {}).get("surname_forms", []))
            for t in caps:
                if t in allowed:
                    continue
                hit = [k for k in keys if key_matches_token(k, t)]
                if hit:
                    err(stem, 2, f"{name}: key(s) {hit} also match unrelated word {t!r}")

        # ---- (3) every listed spelling occurs; look-alike capitalised tokens are listed
        for name, p in people.items():
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in tok_set:
                    err(stem, 3, f"{name}: listed form {f!r} does not occur")
            for f in p["surname_forms"]:
                pre = re.sub(r"[^a-z]", "", fold(f))[:4]
                for t in caps:
                    if re.sub(r"[^a-z]", "", fold(t))[:4] == pre and t not in listed_forms:
                        err(stem, 3, f"{name}: capitalised {t!r} looks like {f!r} but is not listed")

        # ---- claims: (1) persons, (6) shapes
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        for c in claims:
            t = c.get("type")
            types_seen.add(t)
            if t not in TYPES:
                err(stem, 6, f"unknown type {t}")
                continue
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                err(stem, 6, f"claim fields {sorted(c)}")
            if not valid_date(c["date"]):
                err(stem, 6, f"{t} {c['person']}: bad date {c['date']!r}")
            elif c["date"] and c["date"] > pub[:len(c["date"])]:
                err(stem, 6, f"{t} {c['person']}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(stem, 6, "group_release must have null person and no keys")
                if not isinstance(c["count"], int) or c["count"] < 2:
                    err(stem, 6, "group_release needs a count")
            else:
                if not c["person"]:
                    err(stem, 6, f"{t} without a person")
                    continue
                if c["count"] is not None:
                    err(stem, 6, f"{t} {c['person']}: count only on group_release")
                p = people.get(c["person"])
                if p is None:
                    err(stem, 1, f"{c['person']} not in spellings.json")
                elif p["surname_keys"] != c["surname_keys"]:
                    err(stem, 1, f"{c['person']}: gold keys differ from spellings.json")
                keys = c["surname_keys"]
                if not keys or not any(key_matches_token(k, tk) for k in keys for tk in tok_set):
                    err(stem, 1, f"{c['person']}: no token of the report matches keys {keys}")
                if not person_matches(c["person"], keys, c["person"]):
                    err(stem, 1, f"{c['person']}: person_matches fails on its own keys")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    err(stem, 6, f"deported {c['person']}: bad country {c['destination_country']!r}")
            elif c["destination_country"] is not None:
                err(stem, 6, f"{t} {c['person']}: destination_country only on deported")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                    err(stem, 6, f"sentenced {c['person']}: bad term")
            elif c["term_months"] is not None:
                err(stem, 6, f"{t} {c['person']}: term_months only on sentenced")
        for c in claims:
            if c.get("type") in ("deported", "pardoned") and c.get("person"):
                ok = any(d["type"] == "released" and d["person"] and
                         person_matches(d["person"], c["surname_keys"], c["person"]) for d in claims)
                if not ok:
                    err(stem, 6, f"{c['type']} {c['person']} without a released claim")

        # ---- (5) traps
        for m in traps:
            kinds_seen.add(m.get("kind"))
            if set(m) != {"type", "person", "why", "kind"}:
                err(stem, 5, f"trap fields {sorted(m)}")
            if m.get("kind") not in KINDS:
                err(stem, 5, f"unknown trap kind {m.get('kind')}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                err(stem, 5, f"bad trap type {m.get('type')}")
            mk = keys_for(m["person"])
            if m["person"] not in people:
                err(stem, 5, f"trap person {m['person']} not in spellings.json")
            if not any(key_matches_token(k, tk) for k in mk for tk in tok_set):
                err(stem, 5, f"trap person {m['person']} is not named in the text")
            for c in claims:
                if c["type"] == m["type"] and c["person"] and person_matches(c["person"], mk, m["person"]):
                    err(stem, 5, f"trap {m['type']} {m['person']} is matched by gold claim for {c['person']}")
                if (m["type"] in RELEASE_TYPES and c["type"] in RELEASE_TYPES and c["person"]
                        and person_matches(c["person"], mk, m["person"])):
                    err(stem, 6, f"{m['person']} is under a {m['type']} trap but has gold {c['type']}")
        seen = set()
        for m in traps:
            k = (m["type"], m["person"])
            if k in seen:
                err(stem, 5, f"duplicate trap {k}")
            seen.add(k)

    for lang, n in SPLIT.items():
        if langs.get(lang, 0) != n:
            err("set", 7, f"{langs.get(lang, 0)} {lang} reports, want {n}")
    missing_types = [t for t in TYPES if t not in types_seen]
    if missing_types:
        err("set", 8, f"event types not covered: {missing_types}")
    missing_kinds = [k for k in KINDS if k not in kinds_seen]
    if missing_kinds:
        err("set", 8, f"trap kinds not covered: {missing_kinds}")

    # ---- (4) the gold, printed as extractor output, scores perfectly
    cmd = " ".join(shlex.quote(x) for x in (sys.executable, os.path.abspath(__file__))) + " --oracle"
    if " " in sys.executable or " " in os.path.abspath(__file__):
        err("set", 4, "paths with spaces cannot be passed through the scorer's --cmd")
    else:
        res = score(HERE, cmd, 120)
        a = res["attributes"]
        n_dates = n_dest = n_term = 0
        for stem in all_stems:
            for c in json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))["claims"]:
                n_dates += bool(c["date"])
                n_dest += bool(c["destination_country"])
                n_term += bool(c["term_months"])
        problems = []
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0):
            problems.append(f"P/R/F1 {res['precision']}/{res['recall']}/{res['f1']}")
        if res["violations"] or res["errors"]:
            problems.append(f"violations={res['violations']} errors={res['errors']}")
        if res["articles"] != len(all_stems):
            problems.append(f"articles={res['articles']}")
        if (a.get("date_ok", 0), a.get("date_total", 0)) != (n_dates, n_dates):
            problems.append(f"dates {a.get('date_ok', 0)}/{a.get('date_total', 0)} of {n_dates}")
        if (a.get("dest_ok", 0), a.get("dest_total", 0)) != (n_dest, n_dest):
            problems.append(f"countries {a.get('dest_ok', 0)}/{a.get('dest_total', 0)} of {n_dest}")
        if (a.get("term_ok", 0), a.get("term_total", 0)) != (n_term, n_term):
            problems.append(f"terms {a.get('term_ok', 0)}/{a.get('term_total', 0)} of {n_term}")
        for p in problems:
            err("oracle", 4, p)
        for d in res["details"][:20]:
            err("oracle", 4, d)

    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.oracle, args.published, args.lang)
    errors = run_checks()
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
