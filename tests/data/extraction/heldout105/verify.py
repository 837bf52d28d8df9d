#!/usr/bin/env python3
"""Self-check for the heldout105 extraction set.

  python3 verify.py                 run all checks on this folder
  python3 verify.py --dir DIR       run all checks on another copy of the set
  python3 verify.py --stats         print counts (reports, words, claims by type, traps by kind)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose text is FILE as
                                    `volia extract` output (shape of shared/docs/domain.md)

The scorer module is imported from $VOLIA_SCORER_DIR, else ../../../../../shared/tools.
Prints ALL CHECKS PASSED only when every check holds; otherwise one line per failure.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = ["type", "person", "why", "kind"]
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
SPLIT = {"en": [f"{i:02d}" for i in range(1, 15)], "ru": [f"{i:02d}" for i in range(15, 25)],
         "be": [f"{i:02d}" for i in range(25, 31)]}
ALLOWED = ({f"{i:02d}.txt" for i in range(1, 31)} | {f"{i:02d}.gold.json" for i in range(1, 31)}
           | {"spellings.json", "verify.py", "README.md"})
FIRST, LAST = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def read_report(d, n):
    raw = open(os.path.join(d, n + ".txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(body, lang):
    out = []
    for m in TOKEN.finditer(body):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['’]s$", "", t)
        out.append((t, m.start(), m.start() + len(t)))
    return out


def fold_letters(w):
    return re.sub(r"[^a-z]", "", sc.fold(w))


def parse_date(s):
    """First day of a YYYY / YYYY-MM / YYYY-MM-DD period, or None when malformed."""
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return None
    parts = [int(x) for x in s.split("-")] + [1, 1]
    try:
        return datetime.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def precision(s):
    return {4: "year", 7: "month", 10: "day"}.get(len(s or ""), "unknown")


def key_hits(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for n in sorted(x[:-len(".gold.json")] for x in os.listdir(d) if x.endswith(".gold.json")):
        raw, body = read_report(d, n)
        if text not in (body, "\n".join(raw)):
            continue
        gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
        if gold.get("published") != published or gold.get("language") != lang:
            sys.stderr.write("oracle: published/lang differ from the gold\n")
            return 2
        toks = tokens(body, lang)
        claims = []
        for g in gold["claims"]:
            person, ev = None, {"start": 0, "end": 0, "text": ""}
            if g["person"]:
                mention = g["person"]
                for t, a, b in toks:
                    if key_hits(g["surname_keys"], t):
                        mention, ev = t, {"start": a, "end": b, "text": body[a:b]}
                        break
                person = {"name": g["person"], "mention": mention, "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g["date"],
                           "date_precision": precision(g["date"]),
                           "destination_country": g["destination_country"],
                           "term_months": g["term_months"], "count": g["count"],
                           "confidence": 1.0, "evidence": ev})
        print(json.dumps({"published": published, "language": lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    sys.stderr.write("oracle: no report with this text\n")
    return 2


# ---------------------------------------------------------------- checks
def run_checks(d):
    fails = defaultdict(list)

    def fail(n, msg):
        fails[n].append(msg)

    names = sorted(os.listdir(d))
    for f in names:
        if f not in ALLOWED and f != "__pycache__":
            fail(7, f"unexpected file {f}")
    if "__pycache__" in names:
        fail(7, "unexpected __pycache__ directory")
    try:
        spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        fail(2, f"spellings.json unreadable: {e}")
        spell = {}
    reports = {}
    for lang, nums in SPLIT.items():
        for n in nums:
            try:
                raw, body = read_report(d, n)
                gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            except Exception as e:  # noqa: BLE001
                fail(7, f"{n}: missing or unreadable ({e})")
                continue
            reports[n] = (lang, raw, body, gold)
    all_types, all_kinds = Counter(), Counter()
    n_claims = n_traps = 0
    years = Counter()

    for n, (lang, raw, body, gold) in sorted(reports.items()):
        # ---- 7: header, words, dates, split
        pub = parse_date(raw[0].strip()) if len(raw[0].strip()) == 10 else None
        if not pub:
            fail(7, f"{n}: line 1 is not a YYYY-MM-DD date")
        elif not FIRST <= pub <= LAST:
            fail(7, f"{n}: publication date {pub} outside 2021-01-01..2026-11-20")
        else:
            years[pub.year] += 1
        if len(raw) < 5 or raw[1].strip() != lang or raw[2].strip() != "" or not raw[3].strip():
            fail(7, f"{n}: header must be date / '{lang}' / blank / headline")
        words = len(body.split())
        if not 150 <= words <= 550:
            fail(7, f"{n}: {words} words, outside 150..550")
        if gold.get("published") != raw[0].strip() or gold.get("language") != raw[1].strip():
            fail(7, f"{n}: gold published/language differ from the header")
        # ---- 8: script
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", body):
                fail(8, f"{n}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                fail(8, f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                fail(8, f"{n}: Russian text contains ў/і")
        elif re.search(r"[\u0400-\u04FF]", body):
            fail(8, f"{n}: English text contains Cyrillic")

        toks = tokens(body, lang)
        tokset = {t for t, _, _ in toks}
        caps = sorted({t for t in tokset if t[:1].isupper()})
        sp = spell.get(n, {})
        if sp.get("language") != lang:
            fail(2, f"{n}: spellings language is not {lang}")
        people = {p.get("person"): p for p in sp.get("persons", [])}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        gold_people = {c.get("person") for c in claims if c.get("person")}
        trap_people = {t.get("person") for t in traps}
        if set(people) != gold_people | trap_people:
            fail(2, f"{n}: spellings persons {sorted(set(people) ^ (gold_people | trap_people))} "
                    "do not match the gold and trap persons")

        def rel_forms(p):
            out = set(p.get("surname_forms", []))
            for r in p.get("relatives", []):
                out |= set(people.get(r, {}).get("surname_forms", []))
            return out

        for name, p in people.items():
            keys = p.get("surname_keys") or []
            # ---- 1
            if name in gold_people:
                if not any(key_hits(keys, t) for t in tokset):
                    fail(1, f"{n}: no token of the report matches {name}")
                if not sc.person_matches(name, keys, name):
                    fail(1, f"{n}: person_matches rejects {name} with its own keys")
            # ---- 2
            if not keys or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in keys):
                fail(2, f"{n}: {name}: keys must be lower-case Latin letters")
            for f in p.get("surname_forms", []):
                if not key_hits(keys, f):
                    fail(2, f"{n}: keys of {name} miss the listed spelling {f}")
            allowed = rel_forms(p)
            for t in caps:
                if key_hits(keys, t) and t not in allowed:
                    fail(2, f"{n}: keys of {name} also match '{t}'")
            for r in p.get("relatives", []):
                q = people.get(r)
                if not q or name not in q.get("relatives", []):
                    fail(2, f"{n}: relative link {name} -> {r} is not mirrored")
                    continue
                if sc.person_matches(name, q.get("surname_keys") or [], r) or \
                        sc.person_matches(r, keys, name):
                    fail(2, f"{n}: relatives {name} / {r} are not told apart by person_matches")
            # ---- 3
            for f in p.get("surname_forms", []) + p.get("given_forms", []):
                if f not in tokset:
                    fail(3, f"{n}: listed spelling '{f}' of {name} does not occur in the text")
            prefixes = {fold_letters(f)[:4] for f in p.get("surname_forms", [])}
            for t in caps:
                if fold_letters(t)[:4] in prefixes and t not in allowed:
                    fail(3, f"{n}: '{t}' shares a prefix with {name}'s surname but is not listed")
        for c in claims:
            if c.get("person") and c.get("surname_keys") != people.get(c["person"], {}).get("surname_keys"):
                fail(2, f"{n}: gold keys of {c['person']} differ from spellings.json")

        # ---- 6: claim fields and dates
        for c in claims:
            t = c.get("type")
            all_types[t] += 1
            if t not in TYPES:
                fail(6, f"{n}: unknown claim type {t}")
            if list(c.keys()) != CLAIM_FIELDS:
                fail(6, f"{n}: claim fields {list(c.keys())}")
            if c.get("date") is not None:
                dd = parse_date(c["date"])
                if not dd:
                    fail(6, f"{n}: bad date {c['date']}")
                elif pub and dd > pub:
                    fail(6, f"{n}: date {c['date']} after publication")
            if (c.get("destination_country") is not None) != (t == "deported"):
                fail(6, f"{n}: destination_country on {t} {c.get('person')}")
            if t == "deported" and c.get("destination_country") not in ISO2:
                fail(6, f"{n}: deported {c.get('person')} without an ISO country")
            if c.get("term_months") is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                     or c["term_months"] <= 0):
                fail(6, f"{n}: term_months misplaced or invalid on {t} {c.get('person')}")
            if t == "group_release":
                if c.get("person") is not None or c.get("surname_keys") or \
                        not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail(6, f"{n}: group_release needs null person, no keys and a positive count")
            else:
                if c.get("count") is not None:
                    fail(6, f"{n}: count on {t}")
                if not c.get("person") or not c.get("surname_keys"):
                    fail(6, f"{n}: {t} without person or keys")
            if t in ("deported", "pardoned") and not any(
                    x["type"] == "released" and x["person"] == c["person"] for x in claims):
                fail(6, f"{n}: {t} {c['person']} has no released claim")

        # ---- 5 / 6: traps
        seen = set()
        for m in traps:
            all_kinds[m.get("kind")] += 1
            if list(m.keys()) != TRAP_FIELDS:
                fail(5, f"{n}: trap fields {list(m.keys())}")
            if m.get("type") not in TYPES or m.get("type") == "group_release":
                fail(5, f"{n}: trap type {m.get('type')}")
            if m.get("kind") not in KINDS:
                fail(5, f"{n}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                fail(5, f"{n}: trap without a real why")
            key = (m.get("type"), m.get("person"))
            if key in seen:
                fail(5, f"{n}: trap {key} listed twice")
            seen.add(key)
            tp = people.get(m.get("person"), {})
            own = tp.get("surname_keys") or []
            if not m.get("person") or not any(key_hits(own, t) for t in tokset):
                fail(5, f"{n}: trap person {m.get('person')} is not named in the text")
            for c in claims:
                if not c.get("person"):
                    continue
                for keys in (sc.keys_for(m["person"]), own):
                    if c["type"] == m["type"] and sc.person_matches(c["person"], keys, m["person"]):
                        fail(5, f"{n}: trap {m['type']} {m['person']} is matched by gold {c['person']}")
                    excl = {"released": ("released", "pardoned", "deported")}.get(m["type"], (m["type"],))
                    if c["type"] in excl and sc.person_matches(c["person"], keys, m["person"]):
                        fail(6, f"{n}: {m['type']} trap on {m['person']} contradicts gold {c['type']}")

    # ---- 7 / 8: set-level
    if len(reports) == 30:
        for y in range(2021, 2027):
            if not years[y]:
                fail(7, f"no report published in {y}")
    missing_t = [t for t in TYPES if not all_types[t]]
    missing_k = [k for k in KINDS if not all_kinds[k]]
    if missing_t:
        fail(8, f"event types not covered: {missing_t}")
    if missing_k:
        fail(8, f"trap kinds not covered: {missing_k}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        fail(8, f"trap share {share:.3f} outside 0.25..0.30")

    # ---- 4: oracle through the scorer
    if len(reports) == 30:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 60)
        a = res["attributes"]
        if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0) or res["violations"] \
                or res["errors"] or res["articles"] != 30 \
                or a.get("date_ok", 0) != a.get("date_total", 0) \
                or a.get("dest_ok", 0) != a.get("dest_total", 0) \
                or a.get("term_ok", 0) != a.get("term_total", 0):
            fail(4, f"oracle scores P={res['precision']} R={res['recall']} F1={res['f1']} "
                    f"violations={res['violations']} errors={res['errors']} articles={res['articles']} "
                    f"attributes={a} details={res['details'][:6]}")
    else:
        fail(4, "oracle not scored: the set is incomplete")
    return fails, reports


def stats(d):
    rows, types, kinds = [], Counter(), Counter()
    words_total = 0
    for lang, nums in SPLIT.items():
        for n in nums:
            raw, body = read_report(d, n)
            gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
            w = len(body.split())
            words_total += w
            types.update(c["type"] for c in gold["claims"])
            kinds.update(m["kind"] for m in gold["must_not"])
            rows.append(f"{n} {raw[0]} {lang} words={w} claims={len(gold['claims'])} "
                        f"traps={len(gold['must_not'])}")
    print("\n".join(rows))
    nc, nt = sum(types.values()), sum(kinds.values())
    print(f"reports=30 words={words_total} claims={nc} traps={nt} trap_share={nt / (nc + nt):.3f}")
    print("claims by type: " + ", ".join(f"{t}={types[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    if args.stats:
        stats(args.dir)
        return 0
    fails, _ = run_checks(args.dir)
    if fails:
        for n in sorted(fails):
            for msg in fails[n]:
                print(f"CHECK {n} FAILED: {msg}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
