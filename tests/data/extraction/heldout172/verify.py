#!/usr/bin/env python3
"""Self-checks for the blind evaluation set heldout172 (standard library only).

Genre: letter-writing evenings and birthday lists of solidarity groups.

  python3 verify.py [--dir DIR] [--stats]
      run the eight checks; prints ok/FAILED per check and ALL CHECKS PASSED when all hold.
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
      print the gold of the report whose text equals FILE, in the `volia extract` JSON shape.

The scorer module (score_claims.py) is imported from $VOLIA_SCORER_DIR, or otherwise from
../../../../../shared/tools relative to this file.
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NUMBERS = [f"{i:02d}" for i in range(1, 31)]
TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
MIN_DATE, MAX_DATE = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
# Trap kinds that only make sense on some event types in this genre.
KIND_TYPES = {"pretrial_custody": {"sentenced", "released"},
              "left_voluntarily": {"deported"},
              "refused_to_leave": {"deported"}}
# Words that every letter-evening / birthday-list announcement uses.
GENRE_MARKERS = {"en": ("letter", "address", "write"),
                 "ru": ("письм", "адрес", "пиш"),
                 "be": ("ліст", "адрас", "пішы")}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc\-][^\W\d_]+)*")


def load_scorer():
    base = os.environ.get("VOLIA_SCORER_DIR") or os.path.normpath(
        os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "tools"))
    path = os.path.join(base, "score_claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SC = load_scorer()


# ---------------------------------------------------------------- loading
def split_report(raw):
    lines = raw.split("\n")
    return lines[0].strip(), (lines[1].strip() if len(lines) > 1 else ""), \
        (lines[2] if len(lines) > 2 else None), "\n".join(lines[3:])


def load(d):
    reports = {}
    for n in NUMBERS:
        tp, gp = os.path.join(d, n + ".txt"), os.path.join(d, n + ".gold.json")
        if not (os.path.exists(tp) and os.path.exists(gp)):
            continue
        raw = open(tp, encoding="utf-8").read()
        published, lang, blank, text = split_report(raw)
        reports[n] = {"published": published, "lang": lang, "blank": blank, "text": text,
                      "gold": json.load(open(gp, encoding="utf-8"))}
    sp_path = os.path.join(d, "spellings.json")
    spellings = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spellings


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        if t.endswith("'s") or t.endswith("\u2019s"):
            t = t[:-2]
        if t:
            out.append(t)
    return out


def is_cap(tok):
    return tok[:1].isupper()


def prefix4(tok):
    return re.sub(r"[^a-z]", "", SC.fold(tok))[:4]


def key_hits(keys, tok):
    return any(SC.key_matches_token(k, tok) for k in keys)


def people_of(spellings, n):
    return {p["name"]: p for p in spellings.get(n, [])}


def parse_date(s):
    """Return (first day, last day) of a YYYY / YYYY-MM / YYYY-MM-DD string, or None."""
    if not isinstance(s, str):
        return None
    try:
        if re.fullmatch(r"\d{4}", s):
            y = int(s)
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, m = map(int, s.split("-"))
            first = datetime.date(y, m, 1)
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            x = datetime.date.fromisoformat(s)
            return x, x
    except ValueError:
        return None
    return None


def word_count(text):
    return len(text.split())


# ---------------------------------------------------------------- checks
def check1(reports, spellings):
    errs = []
    for n, r in reports.items():
        toks = tokens(r["text"])
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            name, keys = c.get("person"), c.get("surname_keys") or []
            if not any(key_hits(keys, t) for t in toks):
                errs.append(f"{n}: keys {keys} of {name} match no token")
            if not name or not SC.person_matches(name, keys, name):
                errs.append(f"{n}: person_matches rejects gold name {name}")
    return errs


def check2(reports, spellings):
    errs = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        caps = sorted({t for t in tokens(r["text"]) if is_cap(t)})
        for name, p in people.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{n}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not key_hits(keys, s):
                    errs.append(f"{n}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                allowed |= set(people.get(rel, {}).get("surnames", []))
            for t in caps:
                if t not in allowed and key_hits(keys, t):
                    errs.append(f"{n}: keys {keys} of {name} also match token {t}")
            for rel in p.get("relatives", []):
                q = people.get(rel)
                if q is None:
                    errs.append(f"{n}: relative {rel} of {name} not listed")
                    continue
                if name not in q.get("relatives", []):
                    errs.append(f"{n}: relative link {name} -> {rel} not returned")
                if SC.person_matches(name, q.get("keys") or [], rel):
                    errs.append(f"{n}: {name} would match relative {rel}")
                if SC.person_matches(rel, keys, name):
                    errs.append(f"{n}: relative {rel} would match {name}")
        for c in r["gold"].get("claims", []):
            if c.get("type") == "group_release":
                continue
            p = people.get(c.get("person"))
            if p is None:
                errs.append(f"{n}: gold person {c.get('person')} not in spellings.json")
            elif list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{n}: gold keys of {c.get('person')} differ from spellings.json")
    return errs


def check3(reports, spellings):
    errs = []
    for n, r in reports.items():
        toks = tokens(r["text"])
        tokset = set(toks)
        people = people_of(spellings, n)
        listed, surn = set(), set()
        for name, p in people.items():
            for s in p.get("surnames", []) + p.get("given", []):
                listed.add(s)
                if s not in tokset:
                    errs.append(f"{n}: spelling {s} of {name} is not a token of the text")
            surn |= set(p.get("surnames", []))
            if not p.get("surnames"):
                errs.append(f"{n}: {name} has no surname spelling")
        prefixes = {prefix4(s) for s in surn}
        for t in sorted({t for t in toks if is_cap(t)}):
            if t not in listed and prefix4(t) in prefixes:
                errs.append(f"{n}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(reports, spellings, d):
    if len(reports) != 30:
        return ["not all 30 reports present"]
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = SC.score(d, cmd, 120)
    errs = []
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
        errs.append(f"P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"violations={res['violations']} errors={res['errors']}")
    a = res["attributes"]
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"{k}: {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs += [x for x in res["details"]][:20]
    return errs


def check5(reports, spellings):
    errs = []
    for n, r in reports.items():
        people = people_of(spellings, n)
        toks = tokens(r["text"])
        seen = set()
        claims = r["gold"].get("claims", [])
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{n}: trap fields {sorted(m)}")
            t, person, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            if t not in TYPES:
                errs.append(f"{n}: trap type {t}")
            if kind not in KINDS:
                errs.append(f"{n}: trap kind {kind}")
            if not isinstance(why, str) or len(why.strip()) < 5:
                errs.append(f"{n}: trap why missing for {person}")
            if (t, person) in seen:
                errs.append(f"{n}: trap ({t}, {person}) twice")
            seen.add((t, person))
            p = people.get(person)
            if p is None:
                errs.append(f"{n}: trap person {person} not in spellings.json")
                continue
            if not any(key_hits(p.get("keys") or [], x) for x in toks):
                errs.append(f"{n}: trap person {person} not named in text")
            for c in claims:
                if c.get("type") != t or not c.get("person"):
                    continue
                if SC.person_matches(c["person"], SC.keys_for(person), person) or \
                        SC.person_matches(c["person"], p.get("keys") or [], person):
                    errs.append(f"{n}: trap ({t}, {person}) matched by gold {c['person']}")
    return errs


def check6(reports, spellings):
    errs = []
    for n, r in reports.items():
        pub = parse_date(r["published"])
        claims = r["gold"].get("claims", [])
        by_person = {}
        for c in claims:
            by_person.setdefault(c.get("person"), set()).add(c.get("type"))
        for c in claims:
            if set(c) != FIELDS:
                errs.append(f"{n}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{n}: type {t}")
            if c["date"] is not None:
                rng = parse_date(c["date"])
                if rng is None:
                    errs.append(f"{n}: bad date {c['date']}")
                elif pub and rng[0] > pub[0]:
                    errs.append(f"{n}: date {c['date']} after publication")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or \
                        not (isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{n}: malformed group_release")
            else:
                if not isinstance(c["person"], str) or not c["person"] or not c["surname_keys"]:
                    errs.append(f"{n}: {t} without person or keys")
                if c["count"] is not None:
                    errs.append(f"{n}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{n}: bad country {c['destination_country']}")
                if "released" not in by_person.get(c["person"], set()):
                    errs.append(f"{n}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{n}: destination on {t}")
            if t == "sentenced":
                tm = c["term_months"]
                if tm is not None and not (isinstance(tm, int) and tm > 0):
                    errs.append(f"{n}: bad term {tm}")
            elif c["term_months"] is not None:
                errs.append(f"{n}: term on {t}")
            if t == "pardoned" and "released" not in by_person.get(c["person"], set()):
                errs.append(f"{n}: pardoned {c['person']} without released")
        people = people_of(spellings, n)
        for m in r["gold"].get("must_not", []):
            t, person, kind = m.get("type"), m.get("person"), m.get("kind")
            if kind in KIND_TYPES and t not in KIND_TYPES[kind]:
                errs.append(f"{n}: {kind} trap on type {t}")
            if kind == "relative" and not (people.get(person) or {}).get("relatives"):
                errs.append(f"{n}: relative trap on {person}, who has no listed relative")
            if t == "released":
                excluded = {"released", "pardoned", "deported"}
            elif t in ("pardoned", "deported"):
                excluded = {t}
            else:
                continue
            for c in claims:
                if c.get("type") in excluded and c.get("person") and (
                        c["person"] == person or
                        SC.person_matches(c["person"], SC.keys_for(person), person)):
                    errs.append(f"{n}: {t} trap on {person} but gold {c['type']} {c['person']}")
    return errs


def check7(reports, d):
    errs = []
    present = sorted(f for f in os.listdir(d) if re.fullmatch(r"\d+\.(txt|gold\.json)", f))
    expected = sorted([n + ".txt" for n in NUMBERS] + [n + ".gold.json" for n in NUMBERS])
    if present != expected:
        errs.append(f"files differ from 01-30: extra {sorted(set(present) - set(expected))} "
                    f"missing {sorted(set(expected) - set(present))}")
    for n, r in reports.items():
        rng = parse_date(r["published"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]) or rng is None:
            errs.append(f"{n}: line 1 is not a date")
        elif not (MIN_DATE <= rng[0] <= MAX_DATE):
            errs.append(f"{n}: date {r['published']} out of range")
        want = "en" if n <= "14" else ("ru" if n <= "24" else "be")
        if r["lang"] != want:
            errs.append(f"{n}: language {r['lang']} (want {want})")
        if r["blank"] is None or r["blank"].strip() != "":
            errs.append(f"{n}: line 3 not blank")
        head = r["text"].lstrip("\n").split("\n", 1)[0].strip()
        if not head or len(head.split()) > 20 or head.endswith("."):
            errs.append(f"{n}: no headline on the first text line")
        wc = word_count(r["text"])
        if not 150 <= wc <= 550:
            errs.append(f"{n}: {wc} words")
        g = r["gold"]
        if g.get("published") not in (None, r["published"]) or g.get("language") not in (None, r["lang"]):
            errs.append(f"{n}: gold header differs from text header")
    return errs


def check8(reports):
    errs = []
    types, kinds = Counter(), Counter()
    n_claims = n_traps = 0
    for n, r in reports.items():
        text, lang = r["text"], r["lang"]
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                errs.append(f"{n}: Belarusian text has и/щ/ъ")
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                errs.append(f"{n}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                errs.append(f"{n}: Russian text has ў/і")
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", text):
                errs.append(f"{n}: English text has Cyrillic")
        low = text.lower()
        if lang in GENRE_MARKERS and not any(w in low for w in GENRE_MARKERS[lang]):
            errs.append(f"{n}: no letter/address vocabulary of the genre")
        for c in r["gold"].get("claims", []):
            types[c.get("type")] += 1
            n_claims += 1
        for m in r["gold"].get("must_not", []):
            kinds[m.get("kind")] += 1
            n_traps += 1
    missing_t = [t for t in TYPES if not types[t]]
    missing_k = [k for k in KINDS if not kinds[k]]
    if missing_t:
        errs.append(f"event types missing: {missing_t}")
    if missing_k:
        errs.append(f"trap kinds missing: {missing_k}")
    total = n_claims + n_traps
    share = n_traps / total if total else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    reports, _ = load(d)
    found = None
    for n, r in reports.items():
        if r["text"] == text:
            found = r
            break
    if found is None:
        for n, r in reports.items():
            if r["text"].strip() == text.strip():
                found = r
                break
    claims = []
    if found is not None:
        toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(found["text"])]
        for c in found["gold"]["claims"]:
            date = c["date"]
            prec = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")
            person, ev = None, {"start": 0, "end": 0, "text": ""}
            if c["type"] != "group_release":
                mention = c["person"].split()[-1]
                for s, e, t in toks:
                    if key_hits(c["surname_keys"], t):
                        mention, ev = t, {"start": s, "end": e, "text": t}
                        break
                person = {"name": c["person"], "mention": mention, "person_id": None}
            else:
                m = re.search(r"\b%d\b" % c["count"], found["text"])
                if m:
                    ev = {"start": m.start(), "end": m.end(), "text": m.group(0)}
            claims.append({"type": c["type"], "person": person, "date": date,
                           "date_precision": prec,
                           "destination_country": c["destination_country"],
                           "term_months": c["term_months"], "count": c["count"],
                           "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": published, "language": lang, "claims": claims},
                     ensure_ascii=False, indent=1))
    return 0


# ---------------------------------------------------------------- stats
def stats(reports, spellings):
    words = [word_count(r["text"]) for r in reports.values()]
    dates = sorted(r["published"] for r in reports.values())
    types, kinds = Counter(), Counter()
    for r in reports.values():
        types.update(c["type"] for c in r["gold"]["claims"])
        kinds.update(m["kind"] for m in r["gold"]["must_not"])
    nc, nt = sum(types.values()), sum(kinds.values())
    people = sum(len(v) for v in spellings.values())
    by_lang = Counter(r["lang"] for r in reports.values())
    print(f"reports: {len(reports)} ({', '.join(f'{k} {v}' for k, v in sorted(by_lang.items()))})")
    print(f"publication dates: {dates[0]} .. {dates[-1]}; by year: "
          + ", ".join(f"{y} {c}" for y, c in sorted(Counter(x[:4] for x in dates).items())))
    print(f"words: total {sum(words)}, min {min(words)}, max {max(words)}, "
          f"mean {sum(words) / len(words):.0f}")
    print(f"gold claims: {nc}; traps: {nt}; trap share {nt / (nc + nt):.1%}; people named: {people}")
    print("claims by type:")
    for t in TYPES:
        print(f"  {t:26} {types[t]}")
    print("traps by kind:")
    for k in KINDS:
        print(f"  {k:26} {kinds[k]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    a = ap.parse_args()
    if a.oracle:
        return oracle(a.dir, a.oracle, a.published, a.lang)
    reports, spellings = load(a.dir)
    checks = [
        ("1 gold people are in the text", lambda: check1(reports, spellings)),
        ("2 keys fit", lambda: check2(reports, spellings)),
        ("3 spellings are complete", lambda: check3(reports, spellings)),
        ("4 perfect oracle score", lambda: check4(reports, spellings, a.dir)),
        ("5 traps are sound", lambda: check5(reports, spellings)),
        ("6 fields and logic", lambda: check6(reports, spellings)),
        ("7 headers and size", lambda: check7(reports, a.dir)),
        ("8 scripts and coverage", lambda: check8(reports)),
    ]
    failed = 0
    for label, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure of that check
            errs = [f"crashed: {exc!r}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {label}")
        for e in errs[:25]:
            print(f"         {e}")
        if len(errs) > 25:
            print(f"         ... {len(errs) - 25} more")
        failed += bool(errs)
    if a.stats:
        stats(reports, spellings)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
