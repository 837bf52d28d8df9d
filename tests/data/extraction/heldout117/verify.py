#!/usr/bin/env python3
"""Checks for the held-out extraction set heldout117 (standard library only).

  python3 verify.py [--dir DIR] [--stats]
  python3 verify.py --oracle FILE --published DATE --lang LANG [--dir DIR]

The scorer module score_claims.py is imported from $VOLIA_SCORER_DIR or from
../../../../../shared/tools relative to this file. With --oracle the script prints the gold
of the report whose body equals FILE as `volia extract` output, so that the scorer can run it
as a command. Without --oracle it runs the eight checks described in README.md and prints
ALL CHECKS PASSED only when none of them fails.
"""
import argparse
import calendar
import contextlib
import datetime
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ("detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release")
KINDS = ("official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical")
FIELDS = ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count")
TRAP_FIELDS = ("type", "person", "why", "kind")
LANG_OF = {**{"%02d" % i: "en" for i in range(1, 15)},
           **{"%02d" % i: "ru" for i in range(15, 25)},
           **{"%02d" % i: "be" for i in range(25, 31)}}
FIRST_DAY, LAST_DAY = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM
BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT
GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW
KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ
TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʼ-]*[^\W\d_])?")


def load_scorer():
    where = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    if where not in sys.path:
        sys.path.insert(0, where)
    import score_claims  # noqa: E402  (dont_write_bytecode is set above)
    return score_claims


def read_report(path):
    raw = open(path, encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def tokens(text):
    out = []
    for tok in TOKEN.findall(text):
        out.append(tok)
        if "-" in tok:
            out.extend(x for x in tok.split("-") if x)
    return out


def parse_date(value):
    """Return (first day, last day) of a YYYY / YYYY-MM / YYYY-MM-DD value, or None."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    try:
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 1:
            return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return datetime.date(parts[0], parts[1], 1), datetime.date(parts[0], parts[1], last)
        day = datetime.date(*parts)
        return day, day
    except ValueError:
        return None


def load_set(folder):
    """Reports, gold and spellings of FOLDER, plus problems met while loading."""
    problems = []
    stems = sorted(f[:-4] for f in os.listdir(folder) if re.fullmatch(r"\d\d\.txt", f))
    reports = {}
    for stem in stems:
        raw, body = read_report(os.path.join(folder, stem + ".txt"))
        gpath = os.path.join(folder, stem + ".gold.json")
        try:
            gold = json.load(open(gpath, encoding="utf-8"))
        except Exception as exc:  # a broken gold file is reported by the checks
            problems.append(f"check 4: {stem}: gold not readable ({exc})")
            gold = {"claims": [], "must_not": []}
        reports[stem] = {"raw": raw, "body": body, "gold": gold, "tokens": tokens(body)}
    try:
        spellings = json.load(open(os.path.join(folder, "spellings.json"), encoding="utf-8"))
    except Exception as exc:
        problems.append(f"check 2: spellings.json not readable ({exc})")
        spellings = {}
    return reports, spellings, problems


def oracle(folder, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, _, _ = load_set(folder)
    sc = load_scorer()
    for stem, rep in reports.items():
        if rep["body"] != text:
            continue
        if rep["raw"][0].strip() != published or rep["raw"][1].strip() != lang:
            continue
        claims = []
        for g in rep["gold"]["claims"]:
            mention, start, end = None, 0, 0
            if g.get("person"):
                for m in re.finditer(TOKEN, text):
                    if any(sc.key_matches_token(k, m.group(0)) for k in g["surname_keys"]):
                        mention, start, end = m.group(0), m.start(), m.end()
                        break
            else:
                hit = re.search(str(g.get("count")), text)
                if hit:
                    start, end = hit.start(), hit.end()
            date = g.get("date")
            precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
            claims.append({
                "type": g["type"],
                "person": ({"name": g["person"], "mention": mention, "person_id": None}
                           if g.get("person") else None),
                "date": date, "date_precision": precision,
                "destination_country": g.get("destination_country"),
                "term_months": g.get("term_months"), "count": g.get("count"),
                "confidence": 1.0,
                "evidence": {"start": start, "end": end, "text": text[start:end]},
            })
        print(json.dumps({"published": published, "language": lang, "claims": claims},
                         ensure_ascii=False))
        return 0
    print(json.dumps({"published": published, "language": lang, "claims": []}))
    sys.stderr.write("oracle: no report with this body\n")
    return 1


def run_checks(folder, show_stats):
    sc = load_scorer()
    reports, spellings, problems = load_set(folder)
    err = problems.append
    all_claims, all_traps, words_total = [], [], 0

    # ---- check 7: headers, words, split, dates of publication
    expected = ["%02d" % i for i in range(1, 31)]
    if sorted(reports) != expected:
        err(f"check 7: reports are {sorted(reports)}, expected 01..30")
    published = {}
    for stem, rep in reports.items():
        raw = rep["raw"]
        if len(raw) < 4 or raw[2].strip() != "":
            err(f"check 7: {stem}: header must be date, language, blank line")
            continue
        day = parse_date(raw[0].strip())
        if not day or len(raw[0].strip()) != 10:
            err(f"check 7: {stem}: bad publication date {raw[0]!r}")
            continue
        published[stem] = day[0]
        if not FIRST_DAY <= day[0] <= LAST_DAY:
            err(f"check 7: {stem}: publication date {day[0]} outside {FIRST_DAY}..{LAST_DAY}")
        if raw[1].strip() != LANG_OF.get(stem):
            err(f"check 7: {stem}: language {raw[1].strip()!r}, expected {LANG_OF.get(stem)!r}")
        n = len(rep["body"].split())
        words_total += n
        if not 150 <= n <= 550:
            err(f"check 7: {stem}: {n} words, expected 150-550")
        if rep["gold"].get("published") not in (None, raw[0].strip()):
            err(f"check 7: {stem}: gold 'published' differs from the header")

    # ---- check 8 (script part)
    for stem, rep in reports.items():
        lang, body = LANG_OF.get(stem), rep["body"]
        if lang == "be":
            bad = sorted(set(re.findall(r"[иИщЩъЪ]", body)))
            if bad:
                err(f"check 8: {stem}: Belarusian text contains {''.join(bad)}")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(f"check 8: {stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            bad = sorted(set(re.findall(r"[ўЎіІ]", body)))
            if bad:
                err(f"check 8: {stem}: Russian text contains {''.join(bad)}")
        elif lang == "en" and CYRILLIC.search(body):
            err(f"check 8: {stem}: English text contains Cyrillic")

    for stem, rep in sorted(reports.items()):
        gold, toks, body = rep["gold"], rep["tokens"], rep["body"]
        caps = sorted({t for t in toks if t[:1].isupper()})
        people = spellings.get(stem, [])
        by_name = {}
        for p in people:
            if not isinstance(p, dict) or not p.get("person"):
                err(f"check 2: {stem}: malformed spellings entry {p!r}")
                continue
            if p["person"] in by_name:
                err(f"check 2: {stem}: {p['person']} listed twice in spellings.json")
            by_name[p["person"]] = p
        claims = gold.get("claims", [])
        traps = gold.get("must_not", [])
        all_claims.extend((stem, c) for c in claims)
        all_traps.extend((stem, t) for t in traps)

        # ---- check 1: gold persons are in the text and match their own keys
        for c in claims:
            if not c.get("person"):
                continue
            keys = c.get("surname_keys") or []
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                err(f"check 1: {stem}: {c['type']} {c['person']}: no token of the report meets {keys}")
            if not sc.person_matches(c["person"], keys, c["person"]):
                err(f"check 1: {stem}: person_matches rejects {c['person']} with its own keys {keys}")

        # ---- check 2: keys against spellings and the other capitalised words
        listed_all = set()
        for p in people:
            listed_all.update(p.get("surnames", []))
            listed_all.update(p.get("given", []))
        for p in people:
            keys = p.get("keys") or []
            if not keys:
                err(f"check 2: {stem}: {p['person']} has no keys")
                continue
            for s in p.get("surnames", []):
                if not any(sc.key_matches_token(k, s) for k in keys):
                    err(f"check 2: {stem}: keys {keys} of {p['person']} miss the spelling {s}")
            allowed = set(p.get("surnames", []))
            for r in p.get("relatives", []):
                rel = by_name.get(r)
                if rel is None:
                    err(f"check 2: {stem}: relative {r} of {p['person']} is not listed")
                    continue
                allowed.update(rel.get("surnames", []))
                if p["person"] not in rel.get("relatives", []):
                    err(f"check 2: {stem}: {r} does not list {p['person']} back as a relative")
                if sc.person_matches(p["person"], rel.get("keys") or [], r):
                    err(f"check 2: {stem}: {p['person']} matches relative {r} with {r}'s keys")
                if sc.person_matches(r, keys, p["person"]):
                    err(f"check 2: {stem}: relative {r} matches {p['person']} with its keys")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    err(f"check 2: {stem}: keys {keys} of {p['person']} also meet '{t}'")
        for c in claims:
            if not c.get("person"):
                continue
            p = by_name.get(c["person"])
            if p is None:
                err(f"check 2: {stem}: gold person {c['person']} not in spellings.json")
            elif sorted(set(p.get("keys") or [])) != sorted(set(c.get("surname_keys") or [])):
                err(f"check 2: {stem}: keys of {c['person']} differ: gold {c.get('surname_keys')}"
                    f" vs spellings {p.get('keys')}")

        # ---- check 3: spellings occur; near-spellings are listed
        tokset = set(toks)
        for p in people:
            for s in list(p.get("surnames", [])) + list(p.get("given", [])):
                if s not in tokset:
                    err(f"check 3: {stem}: spelling '{s}' of {p['person']} does not occur in the text")
        prefixes = {}
        for p in people:
            for s in p.get("surnames", []):
                f = re.sub(r"[^a-z]", "", sc.fold(s))
                if len(f) >= 4:
                    prefixes.setdefault(f[:4], s)
        for t in caps:
            f = re.sub(r"[^a-z]", "", sc.fold(t))
            if f[:4] in prefixes and t not in listed_all:
                err(f"check 3: {stem}: '{t}' shares '{f[:4]}' with '{prefixes[f[:4]]}' but is not listed")

        # ---- check 5: traps
        seen = set()
        for m in traps:
            if not isinstance(m, dict) or set(m) != set(TRAP_FIELDS):
                err(f"check 5: {stem}: trap must have exactly {TRAP_FIELDS}: {m!r}")
                continue
            if m["type"] not in TYPES:
                err(f"check 5: {stem}: trap type {m['type']!r} unknown")
            if m["kind"] not in KINDS:
                err(f"check 5: {stem}: trap kind {m['kind']!r} unknown")
            if not isinstance(m["why"], str) or len(m["why"].strip()) < 8:
                err(f"check 5: {stem}: trap {m['type']} {m['person']} needs a real 'why'")
            if not m.get("person"):
                err(f"check 5: {stem}: trap without a person")
                continue
            key = (m["type"], m["person"])
            if key in seen:
                err(f"check 5: {stem}: trap {key} listed twice")
            seen.add(key)
            own = (by_name.get(m["person"]) or {}).get("keys")
            if not own:
                err(f"check 5: {stem}: trap person {m['person']} not in spellings.json")
                own = []
            kf = sc.keys_for(m["person"])
            if not any(sc.key_matches_token(k, t) for k in own + kf for t in toks):
                err(f"check 5: {stem}: trap person {m['person']} is not named in the text")
            for c in claims:
                if c["type"] != m["type"] or not c.get("person"):
                    continue
                if sc.person_matches(c["person"], kf, m["person"]) or (
                        own and sc.person_matches(c["person"], own, m["person"])):
                    err(f"check 5: {stem}: trap {m['type']} {m['person']} is matched by gold {c['person']}")

        # ---- check 6: field semantics and dates
        pub = published.get(stem)
        gold_names = {}
        for c in claims:
            gold_names.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in claims:
            if not isinstance(c, dict) or set(c) != set(FIELDS):
                err(f"check 6: {stem}: claim must have exactly {FIELDS}: {c!r}")
                continue
            t = c["type"]
            if t not in TYPES:
                err(f"check 6: {stem}: claim type {t!r} unknown")
            if c["date"] is not None:
                span = parse_date(c["date"])
                if not span:
                    err(f"check 6: {stem}: bad date {c['date']!r} on {t} {c['person']}")
                elif pub and span[0] > pub:
                    err(f"check 6: {stem}: date {c['date']} after publication on {t} {c['person']}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    err(f"check 6: {stem}: group_release must have a null person and no keys")
                if not isinstance(c["count"], int) or c["count"] <= 0:
                    err(f"check 6: {stem}: group_release needs a positive count")
            else:
                if not c["person"] or not c["surname_keys"]:
                    err(f"check 6: {stem}: {t} needs a person and keys")
                if c["count"] is not None:
                    err(f"check 6: {stem}: count only on group_release ({t} {c['person']})")
            if t == "deported":
                if c["destination_country"] not in ISO:
                    err(f"check 6: {stem}: deported {c['person']} needs an ISO country")
                if "released" not in gold_names.get(c["person"], set()):
                    err(f"check 6: {stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(f"check 6: {stem}: destination_country only on deported ({t} {c['person']})")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    err(f"check 6: {stem}: bad term_months {tm!r} for {c['person']}")
            elif c["term_months"] is not None:
                err(f"check 6: {stem}: term_months only on sentenced ({t} {c['person']})")
            if t == "pardoned" and "released" not in gold_names.get(c["person"], set()):
                err(f"check 6: {stem}: pardoned {c['person']} without released")
        for m in traps:
            if not isinstance(m, dict) or not m.get("person"):
                continue
            excl = {"released": ("released", "pardoned", "deported"),
                    "pardoned": ("pardoned",), "deported": ("deported",)}.get(m.get("type"), ())
            own = (by_name.get(m["person"]) or {}).get("keys") or []
            for c in claims:
                if c.get("type") in excl and c.get("person") and (
                        c["person"] == m["person"]
                        or sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"])
                        or (own and sc.person_matches(c["person"], own, m["person"]))):
                    err(f"check 6: {stem}: {m['type']} trap on {m['person']} but gold has "
                        f"{c['type']} for {c['person']}")

    # ---- check 4: the oracle scores perfectly through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(folder)} --oracle"
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            res = sc.score(folder, cmd, 60)
    except Exception as exc:
        err(f"check 4: scorer failed: {exc}")
        res = None
    if res:
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            err(f"check 4: P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}: "
                + "; ".join(res["details"][:8]))
        if res["violations"] or res["errors"]:
            err(f"check 4: violations={res['violations']} errors={res['errors']}: "
                + "; ".join(res["details"][:8]))
        if res["articles"] != 30:
            err(f"check 4: scored {res['articles']} articles, expected 30")
        for what in ("date", "dest", "term"):
            if a.get(f"{what}_ok", 0) != a.get(f"{what}_total", 0):
                err(f"check 4: {what} {a.get(what + '_ok', 0)}/{a.get(what + '_total', 0)}")

    # ---- check 8 (coverage part)
    types = {}
    for _, c in all_claims:
        types[c.get("type")] = types.get(c.get("type"), 0) + 1
    kinds = {}
    for _, m in all_traps:
        if isinstance(m, dict):
            kinds[m.get("kind")] = kinds.get(m.get("kind"), 0) + 1
    missing_t = [t for t in TYPES if t not in types]
    missing_k = [k for k in KINDS if k not in kinds]
    if missing_t:
        err(f"check 8: event types not covered: {missing_t}")
    if missing_k:
        err(f"check 8: trap kinds not covered: {missing_k}")
    total = len(all_claims) + len(all_traps)
    share = len(all_traps) / total if total else 0.0
    if not 0.25 <= share <= 0.30:
        err(f"check 8: traps are {share:.1%} of all entries, expected 25-30 %")

    if show_stats:
        by_lang = {}
        for stem, rep in reports.items():
            by_lang[LANG_OF.get(stem)] = by_lang.get(LANG_OF.get(stem), 0) + 1
        print(f"reports: {len(reports)} {by_lang}; words: {words_total}")
        print(f"claims: {len(all_claims)}; traps: {len(all_traps)}; trap share: {share:.1%}")
        for t in TYPES:
            print(f"  type {t:26} {types.get(t, 0)}")
        for k in KINDS:
            print(f"  kind {k:26} {kinds.get(k, 0)}")
        trap_types = {}
        for _, m in all_traps:
            trap_types[m.get("type")] = trap_types.get(m.get("type"), 0) + 1
        print("  traps by type: " + ", ".join(f"{t} {n}" for t, n in sorted(trap_types.items())))

    for p in problems:
        print(p)
    failed = sorted({p.split(":")[0] for p in problems})
    if problems:
        print(f"FAILED: {len(problems)} problem(s) in {', '.join(failed)}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", metavar="FILE")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args.dir, args.oracle, args.published, args.lang)
    return run_checks(args.dir, args.stats)


if __name__ == "__main__":
    sys.exit(main())
