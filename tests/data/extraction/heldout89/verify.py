#!/usr/bin/env python3
"""Self-check for the heldout89 blind evaluation set of `volia extract`.

Usage:
  python3 verify.py [--dir DIR]            run every check, print ALL CHECKS PASSED on success
  python3 verify.py [--dir DIR] --stats    print the counts (reports, claims, traps, types, kinds)
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
                                           print the gold of the report whose text is FILE as
                                           extractor output (the extraction JSON of domain.md)

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR or, failing that,
from ../../../../../shared/tools relative to this file. Standard library only.
"""
import argparse
import calendar
import datetime
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
TOK = re.compile(r"[^\W\d_]+")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MIN_PUB, MAX_PUB = "2021-01-01", "2026-11-20"


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")
    path = os.path.join(d, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_report(d, stem):
    raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw


def body_text(raw):
    return "\n".join(raw[3:])


def stems(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


def valid_date(s):
    m = DATE_RE.match(s or "")
    if not m:
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return False
    if da and not 1 <= int(da) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return True


def precision(date):
    return {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")


# ---------------------------------------------------------------- oracle
def oracle(d, file, published, lang):
    text = open(file, encoding="utf-8").read()
    for stem in stems(d):
        raw = read_report(d, stem)
        if body_text(raw) == text and (not published or raw[0].strip() == published):
            gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                name = c.get("person")
                claims.append({
                    "type": c["type"],
                    "person": None if name is None else {"name": name, "mention": name, "person_id": None},
                    "date": c.get("date"), "date_precision": precision(c.get("date")),
                    "destination_country": c.get("destination_country"),
                    "term_months": c.get("term_months"), "count": c.get("count"),
                    "confidence": 1.0, "evidence": None})
            out = {"published": published or gold["published"], "language": lang or gold["language"],
                   "claims": claims}
            print(json.dumps(out, ensure_ascii=False))
            return 0
    print(json.dumps({"error": "no report in %s has this text" % d}), file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks
def run_checks(d, sc):
    errs = []

    def err(n, msg):
        errs.append(f"[check {n}] {msg}")

    ids = stems(d)
    spell_path = os.path.join(d, "spellings.json")
    spell = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    if not spell:
        err(2, "spellings.json missing or empty")
    golds, texts = {}, {}
    for stem in ids:
        golds[stem] = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        texts[stem] = read_report(d, stem)

    # 7. headers, words, split, dates
    if ids != sorted(LANG_OF):
        err(7, f"expected reports 01..30, found {ids}")
    split = {"en": 0, "ru": 0, "be": 0}
    for stem in ids:
        raw, gold = texts[stem], golds[stem]
        if len(raw) < 5:
            err(7, f"{stem}: too short")
            continue
        pub, lang = raw[0].strip(), raw[1].strip()
        if not (re.match(r"^\d{4}-\d{2}-\d{2}$", pub) and valid_date(pub)):
            err(7, f"{stem}: bad publication date {pub!r}")
        elif not MIN_PUB <= pub <= MAX_PUB:
            err(7, f"{stem}: publication date {pub} out of range")
        if lang not in split:
            err(7, f"{stem}: bad language {lang!r}")
        else:
            split[lang] += 1
        if LANG_OF.get(stem) != lang:
            err(7, f"{stem}: language {lang} but expected {LANG_OF.get(stem)}")
        if raw[2].strip():
            err(7, f"{stem}: line 3 not blank")
        if not raw[3].strip():
            err(7, f"{stem}: no headline on line 4")
        n = len(WORD.findall(body_text(raw)))
        if not 150 <= n <= 550:
            err(7, f"{stem}: {n} words")
        if gold.get("published") != pub or gold.get("language") != lang:
            err(7, f"{stem}: gold header {gold.get('published')}/{gold.get('language')} != {pub}/{lang}")
    if split != {"en": 14, "ru": 10, "be": 6}:
        err(7, f"language split {split}")

    # 8. scripts
    for stem in ids:
        lang, text = texts[stem][1].strip(), body_text(texts[stem])
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", text)))
            if bad:
                err(8, f"{stem}: Belarusian text contains {bad}")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                err(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", text)))
            if bad:
                err(8, f"{stem}: Russian text contains {bad}")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", text):
                err(8, f"{stem}: English text contains Cyrillic")

    all_types, all_kinds, n_claims, n_traps = set(), set(), 0, 0
    for stem in ids:
        gold, raw = golds[stem], texts[stem]
        pub = raw[0].strip()
        text = body_text(raw)
        tokens = TOK.findall(text)
        tokset = set(tokens)
        caps = sorted(set(t for t in tokens if t[:1].isupper()))
        sp = spell.get(stem, {})
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)

        # 1. gold persons are named, and person_matches accepts them
        for c in claims:
            all_types.add(c.get("type"))
            p = c.get("person")
            if p is None:
                continue
            keys = c.get("surname_keys") or []
            if not keys:
                err(1, f"{stem}: {c['type']} {p}: no surname_keys")
                continue
            if not any(sc.key_matches_token(k, t) for t in tokset for k in keys):
                err(1, f"{stem}: {p}: no token of the report matches keys {keys}")
            if not sc.person_matches(p, keys, p):
                err(1, f"{stem}: person_matches rejects {p} with its own keys {keys}")

        # 2. keys vs spellings
        names_needed = {c["person"] for c in claims if c.get("person")} | {t.get("person") for t in traps}
        for name in sorted(n for n in names_needed if n):
            if name not in sp:
                err(2, f"{stem}: {name} missing from spellings.json")
        for c in claims:
            p = c.get("person")
            if p and p in sp and list(c.get("surname_keys") or []) != list(sp[p]["surname_keys"]):
                err(2, f"{stem}: gold keys of {p} {c.get('surname_keys')} != spellings {sp[p]['surname_keys']}")
        for name, e in sp.items():
            keys = e.get("surname_keys") or []
            forms = e.get("surname_forms") or []
            if not keys or not forms:
                err(2, f"{stem}: {name}: empty keys or surname_forms")
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    err(2, f"{stem}: {name}: keys {keys} do not match listed form {f}")
            allowed = set(forms)
            for r in e.get("relatives") or []:
                if r not in sp:
                    err(2, f"{stem}: {name}: relative {r} not in spellings")
                    continue
                allowed |= set(sp[r].get("surname_forms") or [])
                if name not in (sp[r].get("relatives") or []):
                    err(2, f"{stem}: relative link {name} -> {r} is not mirrored")
                if sc.person_matches(r, sp[name]["surname_keys"], name):
                    err(2, f"{stem}: person_matches accepts relative {r} as {name}")
                if sc.person_matches(name, sp[r]["surname_keys"], r):
                    err(2, f"{stem}: person_matches accepts {name} as relative {r}")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    err(2, f"{stem}: keys of {name} {keys} also match unrelated word {t}")

        # 3. listed spellings occur; capitalised look-alikes are listed
        listed = set()
        sur_forms = set()
        for name, e in sp.items():
            for f in (e.get("surname_forms") or []) + (e.get("given_forms") or []):
                listed.add(f)
                if f not in tokset:
                    err(3, f"{stem}: {name}: listed spelling {f} does not occur in the text")
            sur_forms |= set(e.get("surname_forms") or [])

        def f4(w):
            return re.sub(r"[^a-z]", "", sc.fold(w))[:4]
        prefixes = {f4(f) for f in sur_forms}
        for t in caps:
            if t not in listed and f4(t) in prefixes:
                err(3, f"{stem}: capitalised {t} shares a 4-letter prefix with a surname but is not listed")

        # 5. traps
        seen = set()
        for m in traps:
            typ, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            all_kinds.add(kind)
            if typ not in TYPES or typ == "group_release":
                err(5, f"{stem}: trap with bad type {typ}")
            if kind not in KINDS:
                err(5, f"{stem}: trap with bad kind {kind}")
            if not isinstance(why, str) or not why.strip():
                err(5, f"{stem}: trap {typ} {person} without why")
            if not person:
                err(5, f"{stem}: trap {typ} without person")
                continue
            if (typ, person) in seen:
                err(5, f"{stem}: trap {typ} {person} listed twice")
            seen.add((typ, person))
            own = sp.get(person, {}).get("surname_keys") or []
            if not own or not any(sc.key_matches_token(k, t) for t in tokset for k in own):
                err(5, f"{stem}: trap person {person} is not named in the text")
            for g in claims:
                if g.get("type") != typ or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(person), person):
                    err(5, f"{stem}: gold {typ} {g['person']} matches trap {person} (keys_for)")
                if own and sc.person_matches(g["person"], own, person):
                    err(5, f"{stem}: gold {typ} {g['person']} matches trap {person} (own keys)")

        # 6. dates, fields, implications
        def same(a, b):
            if a == b:
                return True
            ka = sp.get(a, {}).get("surname_keys") or sc.keys_for(a)
            kb = sp.get(b, {}).get("surname_keys") or sc.keys_for(b)
            return sc.person_matches(a, kb, b) and sc.person_matches(b, ka, a)

        have = {(c["type"], c.get("person")) for c in claims}
        for c in claims:
            typ, p, date = c.get("type"), c.get("person"), c.get("date")
            if typ not in TYPES:
                err(6, f"{stem}: bad claim type {typ}")
            if date is not None:
                if not valid_date(date):
                    err(6, f"{stem}: {typ} {p}: invalid date {date!r}")
                elif date > pub[:len(date)]:
                    err(6, f"{stem}: {typ} {p}: date {date} after publication {pub}")
            dc, tm, cnt = c.get("destination_country"), c.get("term_months"), c.get("count")
            if typ == "deported":
                if dc not in ISO2:
                    err(6, f"{stem}: deported {p}: bad country {dc!r}")
                if ("released", p) not in have:
                    err(6, f"{stem}: deported {p} without released")
            elif dc is not None:
                err(6, f"{stem}: {typ} {p}: destination_country on a non-deported claim")
            if typ == "sentenced":
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    err(6, f"{stem}: sentenced {p}: bad term {tm!r}")
            elif tm is not None:
                err(6, f"{stem}: {typ} {p}: term_months on a non-sentenced claim")
            if typ == "group_release":
                if p is not None or c.get("surname_keys"):
                    err(6, f"{stem}: group_release with a person")
                if not isinstance(cnt, int) or isinstance(cnt, bool) or cnt <= 0:
                    err(6, f"{stem}: group_release with bad count {cnt!r}")
            else:
                if cnt is not None:
                    err(6, f"{stem}: {typ} {p}: count on a non-group claim")
                if not p:
                    err(6, f"{stem}: {typ} without a person")
            if typ == "pardoned" and ("released", p) not in have:
                err(6, f"{stem}: pardoned {p} without released")
        for m in traps:
            typ, person = m.get("type"), m.get("person")
            excluded = {"released": ("released", "pardoned", "deported"),
                        "pardoned": ("pardoned",), "deported": ("deported",)}.get(typ, ())
            for g in claims:
                if g.get("type") in excluded and g.get("person") and same(g["person"], person):
                    err(6, f"{stem}: trap {typ} {person} contradicts gold {g['type']} {g['person']}")

    # 8. coverage and ratio
    missing_t = [t for t in TYPES if t not in all_types]
    missing_k = [k for k in KINDS if k not in all_kinds]
    if missing_t:
        err(8, f"event types not covered: {missing_t}")
    if missing_k:
        err(8, f"trap kinds not covered: {missing_k}")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        err(8, f"traps are {ratio:.1%} of all entries (need 25-30 %)")

    # 4. oracle through the scorer
    if not errs or os.environ.get("HELDOUT_ALWAYS_SCORE"):
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 120)
        a = res["attributes"]
        ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0
              and res["violations"] == 0 and res["errors"] == 0 and res["articles"] == 30
              and a.get("date_ok", 0) == a.get("date_total", 0)
              and a.get("dest_ok", 0) == a.get("dest_total", 0)
              and a.get("term_ok", 0) == a.get("term_total", 0))
        if not ok:
            err(4, "oracle score: P=%s R=%s F1=%s violations=%s errors=%s articles=%s attributes=%s; %s" % (
                res["precision"], res["recall"], res["f1"], res["violations"], res["errors"],
                res["articles"], a, res["details"][:10]))
    return errs, (n_claims, n_traps)


def stats(d):
    ids = stems(d)
    by_type, by_kind = {}, {}
    rows = []
    tc = tt = 0
    for stem in ids:
        raw = read_report(d, stem)
        gold = json.load(open(os.path.join(d, stem + ".gold.json"), encoding="utf-8"))
        nc, nt = len(gold["claims"]), len(gold["must_not"])
        tc += nc
        tt += nt
        for c in gold["claims"]:
            by_type[c["type"]] = by_type.get(c["type"], 0) + 1
        for m in gold["must_not"]:
            by_kind[m["kind"]] = by_kind.get(m["kind"], 0) + 1
        rows.append((stem, raw[1].strip(), raw[0].strip(), len(WORD.findall(body_text(raw))), nc, nt))
    print("id  lang published   words claims traps")
    for r in rows:
        print("%s  %-4s %s %5d %6d %5d" % r)
    langs = {}
    for r in rows:
        langs[r[1]] = langs.get(r[1], 0) + 1
    print("reports by language:", langs)
    print(f"claims={tc} traps={tt} entries={tc + tt} traps%={100 * tt / (tc + tt):.1f}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {by_type.get(t, 0)}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {by_kind.get(k, 0)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    if args.stats:
        stats(args.dir)
        return 0
    sc = load_scorer()
    errs, (nc, nt) = run_checks(args.dir, sc)
    if errs:
        for e in errs:
            print(e)
        print(f"CHECKS FAILED ({len(errs)} problems)")
        return 1
    print(f"claims={nc} traps={nt} traps%={100 * nt / (nc + nt):.1f}")
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
