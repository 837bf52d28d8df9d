#!/usr/bin/env python3
"""Self-check of the heldout76 extraction evaluation set.

    python3 verify.py                      run every check, print ALL CHECKS PASSED on success
    python3 verify.py --oracle FILE --published DATE --lang LANG
                                           print the gold of the report whose text is FILE as
                                           extractor output (the extraction JSON of domain.md)

The scorer module (score_claims.py) is taken from $VOLIA_SCORER_DIR, otherwise from
../../../../../shared/tools relative to this file. Only the standard library is used besides it.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"}
KINDS = {"official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"}
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW").split())
RELEASE_IMPLIED = {"released": {"released", "pardoned", "deported"},
                   "pardoned": {"pardoned"}, "deported": {"deported"}}

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def letters(word):
    return re.sub(r"[^a-z]", "", fold(word))


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def valid_date(d):
    if d is None:
        return True
    if not isinstance(d, str):
        return False
    for fmt, rx in (("%Y", r"\d{4}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")):
        if re.fullmatch(rx, d):
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


# ---------------------------------------------------------------------------------- oracle
def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    published = argv[argv.index("--published") + 1] if "--published" in argv else None
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    text = open(path, encoding="utf-8").read()
    for name in sorted(os.listdir(HERE)):
        if not re.fullmatch(r"\d\d\.txt", name):
            continue
        raw, body = read_report(os.path.join(HERE, name))
        if body != text:
            continue
        gold = json.load(open(os.path.join(HERE, name[:-4] + ".gold.json"), encoding="utf-8"))
        claims = []
        for c in gold["claims"]:
            person = None
            if c["person"]:
                person = {"name": c["person"], "mention": c["person"].split()[-1], "person_id": None}
            claims.append({"type": c["type"], "person": person, "date": c["date"],
                           "date_precision": precision(c["date"]),
                           "destination_country": c["destination_country"],
                           "term_months": c["term_months"], "count": c["count"],
                           "confidence": 1.0, "evidence": None})
        print(json.dumps({"published": published or gold["published"],
                          "language": lang or gold["language"], "claims": claims},
                         ensure_ascii=False))
        return 0
    print("no report with this text", file=sys.stderr)
    return 1


# ---------------------------------------------------------------------------------- checks
def main():
    names = sorted(n for n in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", n))
    stems = [n[:-4] for n in names]
    if stems != [f"{i:02d}" for i in range(1, 31)]:
        fail(f"expected reports 01..30, found {stems}")
    for f in ("spellings.json", "README.md"):
        if not os.path.exists(os.path.join(HERE, f)):
            fail(f"missing {f}")
    spellings = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    n_claims = n_traps = 0
    types_seen, kinds_seen, langs = set(), set(), []
    exp_dates = exp_dest = exp_term = 0
    for stem in stems:
        where = stem
        raw, body = read_report(os.path.join(HERE, stem + ".txt"))
        gpath = os.path.join(HERE, stem + ".gold.json")
        if not os.path.exists(gpath):
            fail(f"{where}: missing gold")
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        toks = tokens(body)
        tokset = set(toks)
        caps = {t for t in toks if t[:1].isupper()}
        sp = spellings.get(stem, {})

        # --- 7. headers, length, dates
        pub = raw[0].strip()
        lang = raw[1].strip() if len(raw) > 1 else ""
        langs.append(lang)
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_date(pub)):
            fail(f"{where}: bad publication date {pub!r}")
        elif not ("2021-01-01" <= pub <= "2026-11-20"):
            fail(f"{where}: publication date {pub} out of range")
        if lang not in ("en", "ru", "be") or lang != LANG_OF.get(stem):
            fail(f"{where}: language {lang!r} (expected {LANG_OF.get(stem)})")
        if len(raw) < 5 or raw[2].strip() != "" or not raw[3].strip():
            fail(f"{where}: line 3 must be blank and line 4 the headline")
        if gold.get("published") != pub or gold.get("language") != lang:
            fail(f"{where}: gold header differs from the report header")
        words = len(body.split())
        if not 150 <= words <= 550:
            fail(f"{where}: {words} words")

        # --- 8. scripts
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                fail(f"{where}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(f"{where}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(f"{where}: Russian text contains ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", body):
                fail(f"{where}: English text contains Cyrillic")

        # --- 2./3. spellings
        listed_all = set()
        for name, s in sp.items():
            listed_all.update(s["surname_spellings"]); listed_all.update(s["given_spellings"])
        for name, s in sp.items():
            keys = s["surname_keys"]
            if not keys or not s["surname_spellings"]:
                fail(f"{where}: {name}: no keys or no surname spellings")
                continue
            for form in s["surname_spellings"] + s["given_spellings"]:
                if form not in tokset:
                    fail(f"{where}: {name}: listed spelling {form!r} not in text")
            for form in s["surname_spellings"]:
                if not any(key_matches_token(k, form) for k in keys):
                    fail(f"{where}: {name}: keys {keys} miss spelling {form!r}")
            allowed = set(s["surname_spellings"])
            for rel in s["relatives"]:
                if rel not in sp:
                    fail(f"{where}: {name}: relative {rel!r} not listed")
                    continue
                allowed.update(sp[rel]["surname_spellings"])
                if name not in sp[rel]["relatives"]:
                    fail(f"{where}: relative link {name} -> {rel} is one-way")
                for a, b in ((name, rel), (rel, name)):
                    for kk in (sp[b]["surname_keys"], keys_for(b)):
                        if person_matches(a, kk, b):
                            fail(f"{where}: scorer confuses {a!r} with relative {b!r} (keys {kk})")
            for tok in caps:
                if tok not in allowed and any(key_matches_token(k, tok) for k in keys):
                    fail(f"{where}: {name}: keys {keys} also match {tok!r}")
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                fail(f"{where}: {name}: no token of the report matches keys")
        prefixes = {letters(f)[:4] for s in sp.values() for f in s["surname_spellings"]}
        for tok in caps:
            if len(letters(tok)) >= 4 and letters(tok)[:4] in prefixes and tok not in listed_all:
                fail(f"{where}: capitalised {tok!r} shares a prefix with a listed surname but is not listed")

        # --- 1./6. gold claims
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        by_person = {}
        for c in claims:
            t, p = c.get("type"), c.get("person")
            if t not in TYPES:
                fail(f"{where}: bad type {t!r}")
                continue
            types_seen.add(t)
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                fail(f"{where}: claim fields {sorted(c)}")
            d = c.get("date")
            if not valid_date(d):
                fail(f"{where}: bad date {d!r}")
            elif d and d > pub[:len(d)]:
                fail(f"{where}: date {d} after publication {pub}")
            if d:
                exp_dates += 1
            if t == "group_release":
                if p is not None or not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(f"{where}: group_release needs null person and positive count")
            else:
                if not p or c.get("count") is not None:
                    fail(f"{where}: {t} needs a person and no count")
                    continue
                if p not in sp:
                    fail(f"{where}: gold person {p!r} missing in spellings.json")
                elif c["surname_keys"] != sp[p]["surname_keys"]:
                    fail(f"{where}: {p}: gold keys differ from spellings.json")
                if not person_matches(p, c["surname_keys"], p):
                    fail(f"{where}: person_matches rejects gold {p!r} with its own keys")
                if not any(key_matches_token(k, tok) for k in c["surname_keys"] for tok in toks):
                    fail(f"{where}: no token of the report matches keys of {p!r}")
                by_person.setdefault(p, set()).add(t)
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail(f"{where}: bad term {tm!r}")
                if tm:
                    exp_term += 1
            elif c.get("term_months") is not None:
                fail(f"{where}: term_months on {t}")
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    fail(f"{where}: bad country {c.get('destination_country')!r}")
                else:
                    exp_dest += 1
            elif c.get("destination_country") is not None:
                fail(f"{where}: destination_country on {t}")
        for p, ts in by_person.items():
            if "deported" in ts and "released" not in ts:
                fail(f"{where}: {p}: deported without released")
            if "pardoned" in ts and "released" not in ts:
                fail(f"{where}: {p}: pardoned without released")

        # --- 5./6. traps
        seen = set()
        for m in traps:
            t, p, k, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if set(m) != {"type", "person", "why", "kind"}:
                fail(f"{where}: trap fields {sorted(m)}")
            if t not in TYPES or t == "group_release":
                fail(f"{where}: bad trap type {t!r}")
            if k not in KINDS:
                fail(f"{where}: bad trap kind {k!r}")
            else:
                kinds_seen.add(k)
            if not isinstance(why, str) or len(why.strip()) < 5:
                fail(f"{where}: trap without a why")
            if (t, p) in seen:
                fail(f"{where}: trap listed twice: {t} {p}")
            seen.add((t, p))
            if p not in sp:
                fail(f"{where}: trap person {p!r} missing in spellings.json")
                continue
            own = sp[p]["surname_keys"]
            if not any(key_matches_token(kk, tok) for kk in own for tok in toks):
                fail(f"{where}: trap person {p!r} not named in the text")
            for c in claims:
                if not c.get("person"):
                    continue
                for kk in (keys_for(p), own):
                    hit = person_matches(c["person"], kk, p)
                    if hit and c["type"] == t:
                        fail(f"{where}: gold {t} {c['person']} matches trap {t} {p}")
                    if hit and t in RELEASE_IMPLIED and c["type"] in RELEASE_IMPLIED[t] and c["type"] != t:
                        fail(f"{where}: trap {t} {p} contradicts gold {c['type']} {c['person']}")

    # --- 7./8. set-level
    if langs.count("en") != 14 or langs.count("ru") != 10 or langs.count("be") != 6:
        fail(f"language split {langs.count('en')}/{langs.count('ru')}/{langs.count('be')}")
    if types_seen != TYPES:
        fail(f"event types not covered: {sorted(TYPES - types_seen)}")
    if kinds_seen != KINDS:
        fail(f"trap kinds not covered: {sorted(KINDS - kinds_seen)}")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        fail(f"traps are {ratio:.3f} of all entries")

    # --- 4. oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        fail(f"oracle P/R/F1 {res['precision']}/{res['recall']}/{res['f1']}: {res['details'][:5]}")
    if res["violations"] or res["errors"] or res["articles"] != 30:
        fail(f"oracle violations={res['violations']} errors={res['errors']} articles={res['articles']}")
    if (a.get("date_ok", 0), a.get("date_total", 0)) != (exp_dates, exp_dates):
        fail(f"oracle dates {a.get('date_ok')}/{a.get('date_total')} (expected {exp_dates})")
    if (a.get("dest_ok", 0), a.get("dest_total", 0)) != (exp_dest, exp_dest):
        fail(f"oracle countries {a.get('dest_ok')}/{a.get('dest_total')} (expected {exp_dest})")
    if (a.get("term_ok", 0), a.get("term_total", 0)) != (exp_term, exp_term):
        fail(f"oracle terms {a.get('term_ok')}/{a.get('term_total')} (expected {exp_term})")

    for e in ERRORS:
        print("FAIL", e)
    print(f"reports={len(stems)} claims={n_claims} traps={n_traps} trap_share={ratio:.3f}")
    if ERRORS:
        print(f"{len(ERRORS)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if "--oracle" in sys.argv:
        sys.exit(oracle(sys.argv))
    sys.exit(main())
