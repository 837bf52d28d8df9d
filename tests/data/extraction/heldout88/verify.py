#!/usr/bin/env python3
"""Self-check for the heldout88 blind evaluation set (stdlib + the shared scorer module).

  python3 verify.py                 run every check on this folder; prints ALL CHECKS PASSED
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --stats         print counts (per report, claims by type, traps by kind)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    extractor output (the extraction JSON of domain.md)

The scorer (score_claims.py) is found in $VOLIA_SCORER_DIR or ../../../../../shared/tools.
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
ISO2 = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").split())
SPLIT = {"en": (1, 14), "ru": (15, 24), "be": (25, 30)}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def load_scorer():
    cands = [os.environ.get("VOLIA_SCORER_DIR"), os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools")]
    for c in cands:
        if c and os.path.isfile(os.path.join(c, "score_claims.py")):
            sys.path.insert(0, os.path.abspath(c))
            import score_claims  # noqa: E402
            return score_claims
    sys.exit("score_claims.py not found: set VOLIA_SCORER_DIR")


def read_report(path):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    return lines, "\n".join(lines[3:])


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en":
            out.extend(x for x in re.split(r"['’ʼ]", t) if x)
        else:
            out.append(t)
    return out


def parse_date(s):
    parts = s.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return datetime.date(y, m, d)
    except ValueError:
        return None


def report_ids(d):
    return sorted(f[:-len(".gold.json")] for f in os.listdir(d) if f.endswith(".gold.json"))


# ---------------------------------------------------------------- oracle
def oracle(args):
    d = args.dir
    text = open(args.oracle, encoding="utf-8").read()
    for rid in report_ids(d):
        _, body = read_report(os.path.join(d, rid + ".txt"))
        if body == text:
            gold = json.load(open(os.path.join(d, rid + ".gold.json"), encoding="utf-8"))
            break
    else:
        sys.exit("oracle: text matches no report in " + d)
    claims = []
    for g in gold["claims"]:
        date = g.get("date")
        prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
        person = None
        if g.get("person"):
            person = {"name": g["person"], "mention": g["person"].split()[-1], "person_id": None}
        claims.append({"type": g["type"], "person": person, "date": date, "date_precision": prec,
                       "destination_country": g.get("destination_country"),
                       "term_months": g.get("term_months"), "count": g.get("count"),
                       "confidence": 1.0, "evidence": {"start": 0, "end": 0, "text": ""}})
    print(json.dumps({"published": args.published or gold["published"],
                      "language": args.lang or gold["language"], "claims": claims}, ensure_ascii=False))


# ---------------------------------------------------------------- checks
def check(d, sc, stats_only=False):
    errs = []
    E = errs.append
    ids = report_ids(d)
    spell_path = os.path.join(d, "spellings.json")
    spell = json.load(open(spell_path, encoding="utf-8")) if os.path.exists(spell_path) else {}
    if not spell:
        E("spellings.json missing or empty")
    n_claims = n_traps = 0
    types_seen, kinds_seen = Counter(), Counter()
    table = []
    lang_count = Counter()
    expected_ids = ["%02d" % i for i in range(1, 31)]
    if ids != expected_ids:
        E("reports must be 01..30, found %s" % ids)

    for rid in ids:
        tag = rid
        txt_path = os.path.join(d, rid + ".txt")
        if not os.path.exists(txt_path):
            E(f"{tag}: text missing")
            continue
        lines, body = read_report(txt_path)
        gold = json.load(open(os.path.join(d, rid + ".gold.json"), encoding="utf-8"))
        # 7. headers
        pub, lang = lines[0].strip(), (lines[1].strip() if len(lines) > 1 else "")
        pub_d = parse_date(pub) if re.match(r"^\d{4}-\d{2}-\d{2}$", pub) else None
        if pub_d is None:
            E(f"{tag}: bad publication date line {pub!r}")
            pub_d = datetime.date(2026, 11, 20)
        elif not (datetime.date(2021, 1, 1) <= pub_d <= datetime.date(2026, 11, 20)):
            E(f"{tag}: publication date {pub} outside 2021-01-01..2026-11-20")
        if lang not in SPLIT:
            E(f"{tag}: bad language line {lang!r}")
        else:
            lo, hi = SPLIT[lang]
            if not (lo <= int(rid) <= hi):
                E(f"{tag}: language {lang} not allowed for this number (split 14/10/6)")
        lang_count[lang] += 1
        if len(lines) < 5 or lines[2].strip() != "" or not lines[3].strip():
            E(f"{tag}: header must be date, language, blank line, headline")
        if gold.get("published") != pub or gold.get("language") != lang:
            E(f"{tag}: gold published/language differ from the text header")
        words = len(body.split())
        if not 150 <= words <= 550:
            E(f"{tag}: {words} words (need 150-550)")
        # 8. script
        low = body.lower()
        if lang == "be":
            if re.search(r"[ищъ]", low):
                E(f"{tag}: Belarusian text contains и/щ/ъ")
            if "ў" not in low or "і" not in low:
                E(f"{tag}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўі]", low):
                E(f"{tag}: Russian text contains ў/і")
        elif lang == "en":
            if CYRILLIC.search(body):
                E(f"{tag}: English text contains Cyrillic")

        toks = tokens(body, lang)
        tokset = set(toks)
        caps = {t for t in toks if t[:1].isupper()}
        sp = spell.get(rid, {})
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        table.append((rid, lang, pub, words, len(claims), len(traps)))

        def keys_of(name):
            return (sp.get(name) or {}).get("surname_keys") or []

        def same_person(a, b):
            if a == b:
                return True
            return bool(keys_of(b)) and sc.person_matches(a, keys_of(b), b) and \
                bool(keys_of(a)) and sc.person_matches(b, keys_of(a), a)

        # 2/3. spellings
        for name, s in sp.items():
            keys = s.get("surname_keys") or []
            forms = s.get("surname_forms") or []
            if not keys or not forms:
                E(f"{tag}: spellings for {name} lack keys or forms")
                continue
            if any(k != k.lower() or not re.match(r"^[a-z]+$", k) for k in keys):
                E(f"{tag}: keys of {name} must be lower-case Latin: {keys}")
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    E(f"{tag}: keys {keys} of {name} miss listed spelling {f}")
                if f not in tokset:
                    E(f"{tag}: listed spelling {f} of {name} not in text")
            for g in s.get("given_forms") or []:
                if g not in tokset:
                    E(f"{tag}: given form {g} of {name} not in text")
            allowed = set(forms)
            for r in s.get("relatives") or []:
                if r not in sp:
                    E(f"{tag}: relative {r} of {name} has no spellings entry")
                    continue
                allowed |= set(sp[r].get("surname_forms") or [])
                if name not in (sp[r].get("relatives") or []):
                    E(f"{tag}: relative link {name} -> {r} not reciprocated")
                if sc.person_matches(r, keys, name):
                    E(f"{tag}: person_matches accepts relative {r} as {name}")
                if sc.person_matches(name, sp[r].get("surname_keys") or [], r):
                    E(f"{tag}: person_matches accepts {name} as relative {r}")
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    E(f"{tag}: keys {keys} of {name} also match unrelated word {t}")
        all_forms = {f for s in sp.values() for f in (s.get("surname_forms") or [])}
        for f in all_forms:
            pre = re.sub(r"[^a-z]", "", sc.fold(f))[:4]
            for t in caps:
                if t not in all_forms and len(pre) == 4 and re.sub(r"[^a-z]", "", sc.fold(t))[:4] == pre:
                    E(f"{tag}: word {t} shares prefix '{pre}' with {f} but is not listed")

        # 1/6. claims
        group_counts = []
        for c in claims:
            typ = c.get("type")
            types_seen[typ] += 1
            if typ not in TYPES:
                E(f"{tag}: unknown type {typ}")
                continue
            person = c.get("person")
            date = c.get("date")
            if date is not None:
                dd = parse_date(date) if DATE_RE.match(str(date)) else None
                if dd is None:
                    E(f"{tag}: bad date {date!r} on {typ} {person}")
                elif dd > pub_d:
                    E(f"{tag}: date {date} after publication on {typ} {person}")
            for fld, only in (("destination_country", "deported"), ("term_months", "sentenced"), ("count", "group_release")):
                if c.get(fld) is not None and typ != only:
                    E(f"{tag}: field {fld} on {typ} {person}")
            if typ == "group_release":
                if person is not None or c.get("surname_keys"):
                    E(f"{tag}: group_release must have null person and no keys")
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    E(f"{tag}: group_release needs a positive count")
                group_counts.append(c.get("count"))
                continue
            if not person:
                E(f"{tag}: {typ} without person")
                continue
            keys = c.get("surname_keys") or []
            if person not in sp:
                E(f"{tag}: gold person {person} has no spellings entry")
            elif keys != sp[person].get("surname_keys"):
                E(f"{tag}: gold keys of {person} differ from spellings.json")
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                E(f"{tag}: no token of the text matches keys {keys} of {person}")
            if not sc.person_matches(person, keys, person):
                E(f"{tag}: person_matches rejects {person} with its own keys")
            if typ == "deported":
                if c.get("destination_country") not in ISO2:
                    E(f"{tag}: deported {person} needs an ISO country")
                if not any(o.get("type") == "released" and o.get("person") == person for o in claims):
                    E(f"{tag}: deported {person} without released")
            if typ == "pardoned" and not any(o.get("type") == "released" and o.get("person") == person for o in claims):
                E(f"{tag}: pardoned {person} without released")
            if typ == "sentenced" and c.get("term_months") is not None and (
                    not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                E(f"{tag}: bad term on sentenced {person}")
        if len(group_counts) != len(set(group_counts)):
            E(f"{tag}: two group_release claims with the same count")

        # 5/6. traps
        seen = set()
        for m in traps:
            typ, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            kinds_seen[kind] += 1
            if typ not in TYPES or typ == "group_release":
                E(f"{tag}: trap with bad type {typ}")
            if kind not in KINDS:
                E(f"{tag}: trap with bad kind {kind}")
            if not isinstance(why, str) or not why.strip():
                E(f"{tag}: trap {typ} {person} without why")
            if (typ, person) in seen:
                E(f"{tag}: trap {typ} {person} listed twice")
            seen.add((typ, person))
            if not person or person not in sp:
                E(f"{tag}: trap person {person} has no spellings entry")
                continue
            tkeys = sp[person].get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in tkeys for t in toks):
                E(f"{tag}: trap person {person} not named in the text")
            for g in claims:
                if g.get("type") != typ or not g.get("person"):
                    continue
                if sc.person_matches(g["person"], sc.keys_for(person), person) or \
                        sc.person_matches(g["person"], tkeys, person):
                    E(f"{tag}: trap {typ} {person} ({kind}) is matched by gold {typ} {g['person']}")
            excl = {"released": ("released", "pardoned", "deported"), "pardoned": ("pardoned",),
                    "deported": ("deported",)}.get(typ, ())
            for g in claims:
                if g.get("type") in excl and g.get("person") and same_person(g["person"], person):
                    E(f"{tag}: {typ} trap on {person} but gold has {g['type']} for that person")

    # 7/8. set-level
    if (lang_count["en"], lang_count["ru"], lang_count["be"]) != (14, 10, 6):
        E(f"language split is {dict(lang_count)}, need en 14 / ru 10 / be 6")
    for t in TYPES:
        if not types_seen[t]:
            E(f"event type {t} not covered")
    for k in KINDS:
        if not kinds_seen[k]:
            E(f"trap kind {k} not covered")
    total = n_claims + n_traps
    ratio = n_traps / total if total else 0
    if not 0.25 <= ratio <= 0.30:
        E(f"traps are {ratio:.1%} of all entries (need 25-30 %)")
    return errs, dict(table=table, claims=n_claims, traps=n_traps, ratio=ratio,
                      types=types_seen, kinds=kinds_seen, langs=lang_count)


def run_oracle_score(d, sc):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    if " " in os.path.abspath(__file__) or " " in os.path.abspath(d):
        return ["paths with spaces cannot be used with the scorer's --cmd"]
    res = sc.score(d, cmd, 60)
    a = res["attributes"]
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}; details: {res['details'][:10]}")
    if res["articles"] != 30:
        errs.append(f"oracle scored {res['articles']} articles")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"oracle {k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    return errs


def print_stats(st):
    print("report lang published  words claims traps")
    for row in st["table"]:
        print("%-6s %-4s %-10s %5d %6d %5d" % row)
    print(f"claims={st['claims']} traps={st['traps']} traps%={st['ratio']:.1%} langs={dict(st['langs'])}")
    print("claims by type:", ", ".join(f"{t}={st['types'][t]}" for t in TYPES))
    print("traps by kind:", ", ".join(f"{k}={st['kinds'][k]}" for k in KINDS))


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
    sc = load_scorer()
    errs, st = check(args.dir, sc)
    if args.stats:
        print_stats(st)
    errs += run_oracle_score(args.dir, sc)
    for e in errs:
        print("FAIL:", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
