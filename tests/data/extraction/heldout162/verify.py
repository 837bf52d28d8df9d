#!/usr/bin/env python3
"""Self-checks and oracle for the heldout162 extraction evaluation set.

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks (see README.md); prints ok/FAILED per check and
      ALL CHECKS PASSED when all hold (exit status 0 only then).
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE in the `volia extract`
      JSON shape, so that score_claims.py gives 1.0.
  python3 verify.py --careless --oracle FILE ...
      same, followed by one claim per trap (a deliberately careless extractor):
      every trap must then be hit.

Standard library only. The scorer module is imported from $VOLIA_SCORER_DIR or else
from ../../../../../shared/tools relative to this file.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer():
    d = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if d not in sys.path:
        sys.path.insert(0, d)
    import score_claims  # noqa: E402
    return score_claims


SC = load_scorer()

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question",
         "future", "hypothetical", "correction", "pretrial_custody", "left_voluntarily",
         "refused_to_leave"]
FIELDS = ["type", "person", "surname_keys", "date", "destination_country", "term_months", "count"]
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMBERS = ["%02d" % i for i in range(1, 31)]
DATE_MIN, DATE_MAX = "2021-01-01", "2026-11-20"
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU
GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE
RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


# ---------------------------------------------------------------- loading

def read_report(d, n):
    raw = open(os.path.join(d, n + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), "\n".join(raw[3:]), raw


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if re.search(r"['’]s$", t) and not CYRILLIC_RE.search(t):
            t = t[:-2]
        out.append(t)
    return out


def fold4(t):
    return re.sub(r"[^a-z]", "", SC.fold(t))[:4]


def load_all(d):
    reports = {}
    for n in NUMBERS:
        if not os.path.exists(os.path.join(d, n + ".txt")):
            continue
        pub, lang, text, raw = read_report(d, n)
        gpath = os.path.join(d, n + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else {"claims": [], "must_not": []}
        reports[n] = dict(published=pub, lang=lang, text=text, raw=raw, gold=gold, tokens=tokens(text))
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def people_of(spellings, n):
    return {p["name"]: p for p in spellings.get(n, [])}


def valid_date(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def any_key_matches(keys, tok):
    return any(SC.key_matches_token(k, tok) for k in keys)


# ---------------------------------------------------------------- checks

def check1(reports, spellings, d):
    """Gold people are in the text."""
    bad = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        for c in r["gold"]["claims"]:
            name = c.get("person")
            if c.get("type") == "group_release" and name is None:
                continue
            keys = c.get("surname_keys") or []
            if name not in people:
                bad.append(f"{n}: {name} not listed in spellings.json")
            if not keys or not any(any_key_matches(keys, t) for t in r["tokens"]):
                bad.append(f"{n}: keys {keys} of {name} match no token")
            if not SC.person_matches(name or "", keys, name or ""):
                bad.append(f"{n}: person_matches rejects gold name {name}")
    return bad


def check2(reports, spellings, d):
    """Keys fit."""
    bad = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        caps = {t for t in r["tokens"] if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                bad.append(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any_key_matches(keys, s):
                    bad.append(f"{n}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in people:
                    bad.append(f"{n}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(people[rel].get("surnames", []))
                if name not in people[rel].get("relatives", []):
                    bad.append(f"{n}: relative link {name} -> {rel} is one-way")
                if SC.person_matches(name, people[rel]["keys"], rel):
                    bad.append(f"{n}: person_matches({name}) accepts relative {rel}")
                if SC.person_matches(rel, keys, name):
                    bad.append(f"{n}: person_matches({rel}) accepts relative {name}")
            for t in sorted(caps - allowed):
                if any_key_matches(keys, t):
                    bad.append(f"{n}: keys {keys} of {name} also match token {t}")
        for c in r["gold"]["claims"]:
            name = c.get("person")
            if name is None:
                continue
            if name in people and c.get("surname_keys") != people[name].get("keys"):
                bad.append(f"{n}: gold keys of {name} {c.get('surname_keys')} != spellings keys {people[name].get('keys')}")
    return bad


def check3(reports, spellings, d):
    """Spellings are complete."""
    bad = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        toks = set(r["tokens"])
        listed_sur = set()
        for name, p in people.items():
            for field in ("surnames", "given"):
                if not p.get(field):
                    bad.append(f"{n}: {name} has no {field}")
                for s in p.get(field, []):
                    if s not in toks:
                        bad.append(f"{n}: {field} spelling {s} of {name} is not a token of the text")
            listed_sur |= set(p.get("surnames", []))
        prefixes = {fold4(s) for s in listed_sur if len(fold4(s)) == 4}
        for t in sorted({t for t in toks if t[:1].isupper()}):
            if fold4(t) in prefixes and t not in listed_sur:
                bad.append(f"{n}: token {t} shares a prefix with a listed surname but is not listed")
    return bad


def check4(reports, spellings, d):
    """Perfect oracle score."""
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = SC.score(d, cmd, 120)
    a = res["attributes"]
    bad = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        bad.append(f"P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        bad.append(f"violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        bad.append(f"articles={res['articles']}")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            bad.append(f"{k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    bad.extend(res["details"][:20])
    return bad


def check5(reports, spellings, d):
    """Traps are sound."""
    bad = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                bad.append(f"{n}: trap fields {sorted(m)}")
            t, who = m.get("type"), m.get("person")
            if t not in TYPES or t == "group_release":
                bad.append(f"{n}: trap type {t}")
            if m.get("kind") not in KINDS:
                bad.append(f"{n}: trap kind {m.get('kind')}")
            if not isinstance(m.get("why"), str) or not m.get("why").strip():
                bad.append(f"{n}: trap on {who} has no why")
            if (t, who) in seen:
                bad.append(f"{n}: trap ({t}, {who}) twice")
            seen.add((t, who))
            if who not in people:
                bad.append(f"{n}: trap person {who} not listed")
                continue
            own = people[who]["keys"]
            if not any(any_key_matches(own, tok) for tok in r["tokens"]):
                bad.append(f"{n}: trap person {who} not named in the text")
            if not any(SC.key_matches_token(k, tok) for k in SC.keys_for(who) for tok in r["tokens"]):
                bad.append(f"{n}: keys_for({who}) match no token")
            for c in r["gold"]["claims"]:
                if c.get("type") != t or not c.get("person"):
                    continue
                if SC.person_matches(c["person"], SC.keys_for(who), who):
                    bad.append(f"{n}: trap ({t}, {who}) matched by gold claim on {c['person']} (keys_for)")
                if SC.person_matches(c["person"], own, who):
                    bad.append(f"{n}: trap ({t}, {who}) matched by gold claim on {c['person']} (own keys)")
    return bad


def check6(reports, spellings, d):
    """Fields and logic."""
    bad = []
    for n, r in reports.items():
        pub = r["published"]
        claims = r["gold"].get("claims", [])
        if set(r["gold"]) != {"claims", "must_not"}:
            bad.append(f"{n}: gold top-level keys {sorted(r['gold'])}")
        have = {}
        for c in claims:
            if list(c) != FIELDS and set(c) != set(FIELDS):
                bad.append(f"{n}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                bad.append(f"{n}: claim type {t}")
            if not valid_date(c["date"]):
                bad.append(f"{n}: bad date {c['date']}")
            elif c["date"] and c["date"] > pub[:len(c["date"])]:
                bad.append(f"{n}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    bad.append(f"{n}: group_release with person/keys")
                if not isinstance(c["count"], int) or isinstance(c["count"], bool) or c["count"] <= 0:
                    bad.append(f"{n}: group_release count {c['count']}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    bad.append(f"{n}: {t} without person")
                if not isinstance(c["surname_keys"], list) or not c["surname_keys"] or \
                        any(not isinstance(k, str) or k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    bad.append(f"{n}: bad keys {c['surname_keys']} on {c['person']}")
                if c["count"] is not None:
                    bad.append(f"{n}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    bad.append(f"{n}: deported {c['person']} country {c['destination_country']}")
            elif c["destination_country"] is not None:
                bad.append(f"{n}: destination_country on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or isinstance(tm, bool) or tm <= 0):
                    bad.append(f"{n}: term_months {tm}")
            elif c["term_months"] is not None:
                bad.append(f"{n}: term_months on {t}")
            have.setdefault(c["person"], set()).add(t)
        for who, ts in have.items():
            if "deported" in ts and "released" not in ts:
                bad.append(f"{n}: deported without released for {who}")
            if "pardoned" in ts and "released" not in ts:
                bad.append(f"{n}: pardoned without released for {who}")
        for m in r["gold"].get("must_not", []):
            ts = have.get(m.get("person"), set())
            if m.get("type") == "released" and ts & {"released", "pardoned", "deported"}:
                bad.append(f"{n}: released trap on {m['person']} who has gold {sorted(ts & {'released', 'pardoned', 'deported'})}")
            if m.get("type") in ("pardoned", "deported") and m["type"] in ts:
                bad.append(f"{n}: {m['type']} trap on {m['person']} who has gold {m['type']}")
    return bad


def check7(reports, spellings, d):
    """Headers and size."""
    bad = []
    names = {f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f)}
    want = {n + ".txt" for n in NUMBERS} | {n + ".gold.json" for n in NUMBERS}
    if names != want:
        bad.append(f"files: missing {sorted(want - names)} extra {sorted(names - want)}")
    for n in NUMBERS:
        if n not in reports:
            continue
        r = reports[n]
        raw = r["raw"]
        want_lang = "en" if int(n) <= 14 else ("ru" if int(n) <= 24 else "be")
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw[0]) and valid_date(raw[0]) and DATE_MIN <= raw[0] <= DATE_MAX):
            bad.append(f"{n}: line 1 {raw[0]!r}")
        if len(raw) < 4 or raw[1] != want_lang:
            bad.append(f"{n}: line 2 {raw[1] if len(raw) > 1 else None!r}, want {want_lang}")
        if len(raw) < 4 or raw[2] != "":
            bad.append(f"{n}: line 3 not blank")
        w = len(r["tokens"])
        if not 150 <= w <= 550:
            bad.append(f"{n}: {w} words")
    return bad


def check8(reports, spellings, d):
    """Scripts and coverage."""
    bad = []
    types, kinds = Counter(), Counter()
    nclaims = ntraps = 0
    for n, r in reports.items():
        text, lang = r["text"], r["lang"]
        if lang == "be":
            if re.search(r"[ищъИЩЪ]", text):
                bad.append(f"{n}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                bad.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                bad.append(f"{n}: Russian text has ў/і")
        elif lang == "en":
            if CYRILLIC_RE.search(text):
                bad.append(f"{n}: English text has Cyrillic")
        for c in r["gold"]["claims"]:
            types[c.get("type")] += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
        nclaims += len(r["gold"]["claims"])
        ntraps += len(r["gold"].get("must_not", []))
    for t in TYPES:
        if not types[t]:
            bad.append(f"event type {t} never used")
    for k in KINDS:
        if not kinds[k]:
            bad.append(f"trap kind {k} never used")
    share = ntraps / (nclaims + ntraps) if nclaims + ntraps else 0
    if not 0.25 <= share <= 0.30:
        bad.append(f"trap share {share:.3f} outside 25-30 %")
    return bad


CHECKS = [
    (1, "gold people are in the text", check1),
    (2, "keys fit", check2),
    (3, "spellings are complete", check3),
    (4, "perfect oracle score", check4),
    (5, "traps are sound", check5),
    (6, "fields and logic", check6),
    (7, "headers and size", check7),
    (8, "scripts and coverage", check8),
]


# ---------------------------------------------------------------- oracle

def precision_of(date):
    if not date:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def evidence_for(text, keys):
    for m in TOKEN_RE.finditer(text):
        if any_key_matches(keys, m.group(0)):
            s = text.rfind("\n", 0, m.start()) + 1
            e = text.find("\n", m.end())
            e = len(text) if e < 0 else e
            return {"start": s, "end": e, "text": text[s:e]}
    return {"start": 0, "end": 0, "text": ""}


def oracle(d, path, published, lang, careless=False):
    content = open(path, encoding="utf-8").read()
    reports, spellings = load_all(d)
    match = [n for n, r in reports.items() if r["text"] == content]
    if len(match) != 1:
        sys.stderr.write("oracle: no unique report with this text\n")
        return 2
    r = reports[match[0]]
    people = people_of(spellings, match[0])
    out = []
    for c in r["gold"]["claims"]:
        person = None
        if c["person"] is not None:
            person = {"name": c["person"], "mention": c["person"], "person_id": None}
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision_of(c["date"]),
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0,
                    "evidence": evidence_for(r["text"], c["surname_keys"]) if c["surname_keys"] else
                    {"start": 0, "end": 0, "text": ""}})
    if careless:
        for m in r["gold"].get("must_not", []):
            keys = people.get(m["person"], {}).get("keys") or SC.keys_for(m["person"])
            out.append({"type": m["type"], "person": {"name": m["person"], "mention": m["person"], "person_id": None},
                        "date": None, "date_precision": "unknown", "destination_country": None,
                        "term_months": None, "count": None, "confidence": 0.1,
                        "evidence": evidence_for(r["text"], keys)})
    print(json.dumps({"published": published or r["published"], "language": lang or r["lang"],
                      "claims": out}, ensure_ascii=False, indent=1))
    return 0


# ---------------------------------------------------------------- stats

def stats(reports, spellings):
    nclaims = sum(len(r["gold"]["claims"]) for r in reports.values())
    ntraps = sum(len(r["gold"].get("must_not", [])) for r in reports.values())
    words = [len(r["tokens"]) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    langs = Counter(r["lang"] for r in reports.values())
    people = sum(len(v) for v in spellings.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"dates: {dates[0]} .. {dates[-1]}; by year: " +
          ", ".join(f"{y} {c}" for y, c in sorted(Counter(x[:4] for x in dates).items())))
    print(f"words: {sum(words)} total, {min(words)}-{max(words)} per report")
    print(f"gold claims: {nclaims}; traps: {ntraps}; trap share {ntraps / (nclaims + ntraps):.3f}")
    print(f"people listed: {people}")
    tc = Counter(c["type"] for r in reports.values() for c in r["gold"]["claims"])
    kc = Counter(m["kind"] for r in reports.values() for m in r["gold"].get("must_not", []))
    print("claims by type: " + ", ".join(f"{t} {tc[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {kc[k]}" for k in KINDS))
    ttc = Counter(m["type"] for r in reports.values() for m in r["gold"].get("must_not", []))
    print("traps by type: " + ", ".join(f"{t} {ttc[t]}" for t in TYPES if ttc[t]))
    for n, r in sorted(reports.items()):
        print(f"  {n} {r['published']} {r['lang']} words={len(r['tokens'])} "
              f"claims={len(r['gold']['claims'])} traps={len(r['gold'].get('must_not', []))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang, args.careless)
    reports, spellings = load_all(args.dir)
    failed = False
    for num, title, fn in CHECKS:
        try:
            problems = fn(reports, spellings, args.dir)
        except Exception as exc:  # a crash is a failure, not a pass
            problems = [f"crashed: {exc!r}"]
        print(f"{num}. {title}: {'ok' if not problems else 'FAILED'}")
        for p in problems[:25]:
            print(f"     {p}")
        if len(problems) > 25:
            print(f"     ... {len(problems) - 25} more")
        failed = failed or bool(problems)
    if args.stats:
        stats(reports, spellings)
    if failed:
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
