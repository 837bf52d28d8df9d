#!/usr/bin/env python3
"""Self-checks and oracle for the heldout155 extraction set.

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks (see README.md); exit 0 only if all pass
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]
      print the gold of the report whose text equals FILE, in the `volia extract` shape
  python3 verify.py --careless FILE --published DATE --lang LANG [--dir DIR]
      like --oracle, but also emits every trap as a claim (a deliberately careless reader)

The scorer module is imported from $VOLIA_SCORER_DIR, or else from
../../../../../shared/tools relative to this file. Standard library only.
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
SCORER_DIR = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
sys.path.insert(0, SCORER_DIR)
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO
DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB
LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA
SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT
TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
NUMBERS = ["%02d" % i for i in range(1, 31)]
MIN_DATE, MAX_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc\-][^\W\d_]+)*")


def lang_for(num):
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and re.search(r"['\u2019]s$", t):
            t = t[:-2]
        out.append(t)
    return out


def letters(word):
    return re.sub(r"[^a-z]", "", sc.fold(word))


def parse_date(s):
    if not isinstance(s, str):
        return None
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                datetime.datetime.strptime(s, fmt)
                return s
            except ValueError:
                return None
    return None


def precision_of(date):
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def load(d):
    reports = {}
    for num in NUMBERS:
        txt, gold = os.path.join(d, num + ".txt"), os.path.join(d, num + ".gold.json")
        if not (os.path.exists(txt) and os.path.exists(gold)):
            continue
        raw, body = read_report(txt)
        reports[num] = {"raw": raw, "body": body, "published": raw[0].strip(),
                        "lang": raw[1].strip() if len(raw) > 1 else "",
                        "gold": json.load(open(gold, encoding="utf-8"))}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def keys_match(keys, token):
    return any(sc.key_matches_token(k, token) for k in keys)


# ---------------------------------------------------------------------------------------- checks
def check1(reports, spellings):
    errs = []
    for num, r in reports.items():
        toks = tokens(r["body"], r["lang"])
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person") or "", c.get("surname_keys") or []
            if not any(keys_match(keys, t) for t in toks):
                errs.append(f"{num}: keys {keys} of {name!r} match no token")
            if not sc.person_matches(name, keys, name):
                errs.append(f"{num}: person_matches rejects gold name {name!r} with {keys}")
    return errs


def people_of(spellings, num):
    return {p["name"]: p for p in spellings.get(num, [])}


def check2(reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        caps = {t for t in tokens(r["body"], r["lang"]) if t[:1].isupper()}
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{num}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not keys_match(keys, s):
                    errs.append(f"{num}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                rp = people.get(rel)
                if rp is None:
                    errs.append(f"{num}: relative {rel} of {name} is not listed")
                    continue
                allowed |= set(rp.get("surnames", [])) | set(rp.get("given", []))
                if name not in rp.get("relatives", []):
                    errs.append(f"{num}: {rel} does not link back to {name}")
                for ka, kb in ((rp["keys"], keys), (sc.keys_for(rel), sc.keys_for(name))):
                    if sc.person_matches(name, ka, rel) or sc.person_matches(rel, kb, name):
                        errs.append(f"{num}: relatives {name} / {rel} are not told apart")
            for t in sorted(caps - allowed):
                if keys_match(keys, t):
                    errs.append(f"{num}: keys {keys} of {name} also match token {t!r}")
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{num}: gold person {c.get('person')!r} missing from spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{num}: surname_keys of {c['person']} differ from spellings.json")
    for num in spellings:
        if num not in NUMBERS:
            errs.append(f"spellings.json has unknown report {num!r}")
    return errs


def check3(reports, spellings):
    errs = []
    for num, r in reports.items():
        toks = tokens(r["body"], r["lang"])
        tokset = set(toks)
        people = people_of(spellings, num)
        listed = set()
        for p in people.values():
            listed |= set(p.get("surnames", [])) | set(p.get("given", []))
        prefixes = set()
        for name, p in people.items():
            if not p.get("surnames") or not p.get("given"):
                errs.append(f"{num}: {name} lists no surname or no given-name spelling")
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    errs.append(f"{num}: spelling {s!r} of {name} is not a token of the text")
            for s in p.get("surnames", []):
                prefixes.add(letters(s)[:4])
        for t in sorted({t for t in toks if t[:1].isupper()} - listed):
            if letters(t)[:4] in prefixes:
                errs.append(f"{num}: token {t!r} shares a prefix with a surname but is not listed")
    return errs


def script_path():
    return os.path.abspath(__file__)


def check4(reports, spellings, d):
    parts = [sys.executable, script_path(), d]
    if any(re.search(r"\s", x) for x in parts):
        return ["paths with whitespace cannot be passed through the scorer's --cmd"]
    cmd = f"{parts[0]} {parts[1]} --dir {parts[2]} --oracle"
    res = sc.score(d, cmd, 120)
    errs = []
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    for k in ("precision", "recall", "f1"):
        if res[k] != 1.0:
            errs.append(f"oracle {k} = {res[k]}")
    for k in ("violations", "errors"):
        if res[k]:
            errs.append(f"oracle {k} = {res[k]}")
    a = res["attributes"]
    n_dates = sum(1 for r in reports.values() for c in r["gold"]["claims"] if c.get("date"))
    n_dest = sum(1 for r in reports.values() for c in r["gold"]["claims"]
                 if c.get("destination_country"))
    n_term = sum(1 for r in reports.values() for c in r["gold"]["claims"] if c.get("term_months"))
    for what, total, want in (("date", a.get("date_total", 0), n_dates),
                              ("dest", a.get("dest_total", 0), n_dest),
                              ("term", a.get("term_total", 0), n_term)):
        if total != want or a.get(what + "_ok", 0) != total:
            errs.append(f"{what}: {a.get(what + '_ok', 0)}/{total} right, {want} in gold")
    errs.extend(res["details"][:20])
    return errs


def check5(reports, spellings):
    errs = []
    for num, r in reports.items():
        people = people_of(spellings, num)
        toks = tokens(r["body"], r["lang"])
        seen = set()
        for m in r["gold"].get("must_not", []):
            t, name = m.get("type"), m.get("person") or ""
            if t not in TYPES or t == "group_release":
                errs.append(f"{num}: trap type {t!r} invalid")
            if m.get("kind") not in KINDS:
                errs.append(f"{num}: trap kind {m.get('kind')!r} invalid")
            if not isinstance(m.get("why"), str) or len(m["why"].strip()) < 8:
                errs.append(f"{num}: trap on {name} has no real 'why'")
            if (t, name) in seen:
                errs.append(f"{num}: trap ({t}, {name}) appears twice")
            seen.add((t, name))
            p = people.get(name)
            if p is None:
                errs.append(f"{num}: trap person {name!r} missing from spellings.json")
                continue
            if not any(keys_match(p["keys"], x) for x in toks):
                errs.append(f"{num}: trap person {name!r} is not named in the text")
            for c in r["gold"].get("claims", []):
                if c.get("type") != t or not c.get("person"):
                    continue
                g = c["person"]
                if (sc.person_matches(g, sc.keys_for(name), name)
                        or sc.person_matches(g, p["keys"], name)
                        or sc.person_matches(name, c.get("surname_keys") or [], g)):
                    errs.append(f"{num}: trap ({t}, {name}) collides with gold claim on {g}")
    return errs


def check6(reports, spellings):
    errs = []
    for num, r in reports.items():
        pub = r["published"]
        gold = r["gold"]
        if set(gold) - {"claims", "must_not", "published", "language"}:
            errs.append(f"{num}: unexpected top-level fields {sorted(set(gold))}")
        claims = gold.get("claims", [])
        by_person = {}
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{num}: claim type {t!r}")
            if c["date"] is not None:
                if parse_date(c["date"]) is None:
                    errs.append(f"{num}: bad date {c['date']!r}")
                elif c["date"] > pub[: len(c["date"])]:
                    errs.append(f"{num}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != []:
                    errs.append(f"{num}: group_release must have null person and [] keys")
                if not (isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{num}: group_release count {c['count']!r}")
            else:
                if not isinstance(c["person"], str) or not c["person"].strip():
                    errs.append(f"{num}: {t} without person")
                keys = c["surname_keys"]
                if not keys or not all(isinstance(k, str) and re.fullmatch(r"[a-z]+", k)
                                       for k in keys):
                    errs.append(f"{num}: bad surname_keys {keys!r}")
                if c["count"] is not None:
                    errs.append(f"{num}: count on {t}")
                by_person.setdefault(c["person"], set()).add(t)
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{num}: deported {c['person']} has country "
                                f"{c['destination_country']!r}")
            elif c["destination_country"] is not None:
                errs.append(f"{num}: destination_country on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and not (isinstance(tm, int) and tm > 0):
                    errs.append(f"{num}: term_months {tm!r}")
            elif c["term_months"] is not None:
                errs.append(f"{num}: term_months on {t}")
        for person, types in by_person.items():
            for need_for in ("deported", "pardoned"):
                if need_for in types and "released" not in types:
                    errs.append(f"{num}: {need_for} without released for {person}")
        for m in gold.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
                continue
            types = by_person.get(m["person"], set())
            if m["type"] == "released" and types & {"released", "pardoned", "deported"}:
                errs.append(f"{num}: released trap on {m['person']} who has gold release")
            if m["type"] in ("pardoned", "deported") and m["type"] in types:
                errs.append(f"{num}: {m['type']} trap on {m['person']} contradicts gold")
    return errs


def check7(reports, spellings, d):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.fullmatch(r".+\.txt", f))
    if present != [n + ".txt" for n in NUMBERS]:
        errs.append(f"report files present: {present}")
    golds = sorted(f for f in os.listdir(d) if f.endswith(".gold.json"))
    if golds != [n + ".gold.json" for n in NUMBERS]:
        errs.append(f"gold files present: {golds}")
    for num, r in reports.items():
        raw = r["raw"]
        try:
            pub = datetime.date.fromisoformat(raw[0].strip())
            if not (MIN_DATE <= pub <= MAX_DATE) or raw[0] != pub.isoformat():
                errs.append(f"{num}: publication date {raw[0]!r} out of range")
        except ValueError:
            errs.append(f"{num}: line 1 {raw[0]!r} is not a date")
        if len(raw) < 4 or raw[1] != lang_for(num):
            errs.append(f"{num}: line 2 {raw[1] if len(raw) > 1 else None!r} should be "
                        f"{lang_for(num)}")
        if len(raw) < 4 or raw[2] != "":
            errs.append(f"{num}: line 3 not blank")
        words = len(r["body"].split())
        if not 150 <= words <= 550:
            errs.append(f"{num}: {words} words")
    return errs


def entry_counts(reports):
    claims = sum(len(r["gold"].get("claims", [])) for r in reports.values())
    traps = sum(len(r["gold"].get("must_not", [])) for r in reports.values())
    return claims, traps


def check8(reports, spellings):
    errs = []
    for num, r in reports.items():
        body, lang = r["body"], lang_for(num)
        if lang == "be":
            if re.search("[иИщЩъЪ]", body):
                errs.append(f"{num}: Belarusian text contains и/щ/ъ")
            if not re.search("[ўЎ]", body) or not re.search("[іІ]", body):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўЎіІ]", body):
                errs.append(f"{num}: Russian text contains ў/і")
        elif re.search("[\u0400-\u04ff]", body):
            errs.append(f"{num}: English text contains Cyrillic")
    types = {c["type"] for r in reports.values() for c in r["gold"].get("claims", [])}
    kinds = {m.get("kind") for r in reports.values() for m in r["gold"].get("must_not", [])}
    for t in TYPES:
        if t not in types:
            errs.append(f"event type {t} never occurs")
    for k in KINDS:
        if k not in kinds:
            errs.append(f"trap kind {k} never occurs")
    claims, traps = entry_counts(reports)
    share = traps / (claims + traps) if claims + traps else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


CHECKS = [
    ("1 gold people are in the text", check1),
    ("2 keys fit", check2),
    ("3 spellings are complete", check3),
    ("4 perfect oracle score", None),
    ("5 traps are sound", check5),
    ("6 fields and logic", check6),
    ("7 headers and size", None),
    ("8 scripts and coverage", check8),
]


def run_checks(d):
    reports, spellings = load(d)
    ok_all = True
    for label, fn in CHECKS:
        try:
            if label.startswith("4"):
                errs = check4(reports, spellings, d)
            elif label.startswith("7"):
                errs = check7(reports, spellings, d)
            else:
                errs = fn(reports, spellings)
        except Exception as exc:  # a malformed file must fail the check, not crash the run
            errs = [f"exception: {exc!r}"]
        print(f"{'ok' if not errs else 'FAILED':6} {label}")
        for e in errs[:25]:
            print(f"         {e}")
        if len(errs) > 25:
            print(f"         ... {len(errs) - 25} more")
        ok_all &= not errs
    print("ALL CHECKS PASSED" if ok_all else "SOME CHECKS FAILED")
    return 0 if ok_all else 1


def stats(d):
    reports, spellings = load(d)
    claims, traps = entry_counts(reports)
    words = [len(r["body"].split()) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    langs = Counter(r["lang"] for r in reports.values())
    people = sum(len(v) for v in spellings.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})")
    print(f"published: {dates[0]} .. {dates[-1]}; years "
          + ", ".join(f"{y}: {n}" for y, n in sorted(Counter(x[:4] for x in dates).items())))
    print(f"words: total {sum(words)}, min {min(words)}, max {max(words)}, "
          f"mean {sum(words) / len(words):.0f}")
    print(f"gold claims: {claims}; traps: {traps}; trap share {traps / (claims + traps):.1%}; "
          f"people listed: {people}")
    bt = Counter(c["type"] for r in reports.values() for c in r["gold"]["claims"])
    bk = Counter(m["kind"] for r in reports.values() for m in r["gold"]["must_not"])
    print("claims by type: " + ", ".join(f"{t} {bt[t]}" for t in TYPES))
    print("traps by kind: " + ", ".join(f"{k} {bk[k]}" for k in KINDS))
    per = [f"{n}:{len(r['gold']['claims'])}/{len(r['gold']['must_not'])}"
           for n, r in sorted(reports.items())]
    print("per report claims/traps: " + " ".join(per))


def emit(d, path, published, lang, careless):
    text = open(path, encoding="utf-8").read()
    reports, _ = load(d)
    match = [r for r in reports.values() if r["body"] == text]
    if not match:
        match = [r for r in reports.values() if r["body"].strip() == text.strip()]
    if not match:
        print(json.dumps({"published": published, "language": lang, "claims": []}))
        return 0
    gold = match[0]["gold"]
    out = []
    for c in gold["claims"]:
        person = None if c["person"] is None else {
            "name": c["person"], "mention": c["person"], "person_id": None}
        out.append({"type": c["type"], "person": person, "date": c["date"],
                    "date_precision": precision_of(c["date"]),
                    "destination_country": c["destination_country"],
                    "term_months": c["term_months"], "count": c["count"],
                    "confidence": 1.0, "evidence": None})
    if careless:
        for m in gold["must_not"]:
            out.append({"type": m["type"],
                        "person": {"name": m["person"], "mention": m["person"], "person_id": None},
                        "date": None, "date_precision": None,
                        "destination_country": "XX" if m["type"] == "deported" else None,
                        "term_months": None, "count": None, "confidence": 0.5, "evidence": None})
    print(json.dumps({"published": published or match[0]["published"],
                      "language": lang or match[0]["lang"], "claims": out}, ensure_ascii=False))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--careless", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle or args.careless:
        return emit(d, args.oracle or args.careless, args.published, args.lang,
                    bool(args.careless))
    rc = run_checks(d)
    if args.stats:
        stats(d)
    return rc


if __name__ == "__main__":
    sys.exit(main())
