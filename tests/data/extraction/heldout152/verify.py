#!/usr/bin/env python3
"""Checks for the heldout152 extraction set (standard library only).

  python3 verify.py [--dir DIR] [--stats]      run the eight checks (exit 0 only if all pass)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                               print the gold of the report whose text is FILE
                                               as `volia extract` output (an oracle command
                                               for score_claims.py)

The scorer module is imported from $VOLIA_SCORER_DIR, else from
../../../../../shared/tools relative to this file.
"""
import argparse
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
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "rumour", "denial", "demand", "question", "future",
         "hypothetical", "correction", "pretrial_custody", "left_voluntarily", "refused_to_leave"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months",
                "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
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
LANGS = {**{f"{i:02d}": "en" for i in range(1, 15)}, **{f"{i:02d}": "ru" for i in range(15, 25)},
         **{f"{i:02d}": "be" for i in range(25, 31)}}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def tokens(text, lang):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        if lang == "en":
            t = re.sub(r"['\u2019]s$", "", t)
        if t:
            out.append(t)
    return out


def is_cap(t):
    return t[:1].isupper()


def folded(t):
    return re.sub(r"[^a-z]", "", sc.fold(t))


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = s.split("-")
    try:
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                      int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def matches_any(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


def load(d):
    reports = {}
    for f in sorted(os.listdir(d)):
        m = re.match(r"^(\d\d)\.txt$", f)
        if not m:
            continue
        nn = m.group(1)
        raw = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        gpath = os.path.join(d, nn + ".gold.json")
        gold = json.load(open(gpath, encoding="utf-8")) if os.path.exists(gpath) else None
        reports[nn] = {"raw": raw, "published": raw[0].strip(), "lang": raw[1].strip(),
                       "text": "\n".join(raw[3:]), "gold": gold}
    sp_path = os.path.join(d, "spellings.json")
    spell = json.load(open(sp_path, encoding="utf-8")) if os.path.exists(sp_path) else {}
    return reports, spell


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read() if os.path.isfile(path) else None
    reports, _ = load(d)
    candidates = [text] if text is not None else []
    lines = (text or "").split("\n")
    if len(lines) > 3 and valid_date(lines[0].strip()) and lines[2].strip() == "":
        candidates.append("\n".join(lines[3:]))  # a full NN.txt with its header
    hit = None
    for nn, r in reports.items():
        if r["text"] in candidates and (not published or r["published"] == published):
            hit = r
            break
    if hit is None:  # a bare report number such as "07"
        stem = os.path.basename(path)
        hit = reports.get(stem) if re.fullmatch(r"\d\d", stem) else None
    if hit is None or hit["gold"] is None:
        print("oracle: report not found", file=sys.stderr)
        return 2
    claims = []
    for c in hit["gold"]["claims"]:
        date = c["date"]
        prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
        claims.append({
            "type": c["type"],
            "person": None if c["person"] is None else
            {"name": c["person"], "mention": c["person"], "person_id": None},
            "date": date, "date_precision": prec,
            "destination_country": c["destination_country"], "term_months": c["term_months"],
            "count": c["count"], "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": hit["published"], "language": hit["lang"], "claims": claims},
                     ensure_ascii=False))
    return 0


# ---------------------------------------------------------------- checks
def people_of(spell, nn):
    return {p["name"]: p for p in spell.get(nn, [])}


def check_people_in_text(reports, spell):
    errs = []
    for nn, r in reports.items():
        toks = tokens(r["text"], r["lang"])
        ppl = people_of(spell, nn)
        for c in (r["gold"] or {}).get("claims", []):
            if c["type"] == "group_release":
                continue
            keys = c.get("surname_keys") or []
            if not keys or not any(matches_any(keys, t) for t in toks):
                errs.append(f"{nn}: keys of {c['person']} match no token")
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{nn}: person_matches rejects gold name {c['person']}")
            if c["person"] not in ppl:
                errs.append(f"{nn}: gold person {c['person']} not in spellings.json")
    return errs


def check_keys_fit(reports, spell):
    errs = []
    for nn, r in reports.items():
        toks = set(tokens(r["text"], r["lang"]))
        ppl = people_of(spell, nn)
        for name, p in ppl.items():
            keys = p.get("keys") or []
            if not keys:
                errs.append(f"{nn}: {name} has no keys")
                continue
            for s in p.get("surnames", []):
                if not matches_any(keys, s):
                    errs.append(f"{nn}: keys of {name} miss spelling {s}")
            allowed = set(p.get("surnames", []))
            for rel in p.get("relatives", []):
                if rel not in ppl:
                    errs.append(f"{nn}: relative {rel} of {name} is not listed")
                    continue
                allowed |= set(ppl[rel].get("surnames", []))
                if name not in ppl[rel].get("relatives", []):
                    errs.append(f"{nn}: relative link {name} -> {rel} is one-way")
                q = ppl[rel]
                if sc.person_matches(q["name"], keys, name):
                    errs.append(f"{nn}: relative {rel} matches {name}")
                if sc.person_matches(name, q.get("keys") or [], q["name"]):
                    errs.append(f"{nn}: {name} matches relative {rel}")
            for t in toks:
                if is_cap(t) and t not in allowed and matches_any(keys, t):
                    errs.append(f"{nn}: keys of {name} also match unrelated token {t}")
        for c in (r["gold"] or {}).get("claims", []):
            if c["type"] == "group_release":
                continue
            p = ppl.get(c["person"])
            if p is not None and list(c.get("surname_keys") or []) != list(p.get("keys") or []):
                errs.append(f"{nn}: surname_keys of {c['person']} differ from spellings.json")
    return errs


def check_spellings_complete(reports, spell):
    errs = []
    for nn, r in reports.items():
        toks = tokens(r["text"], r["lang"])
        tokset = set(toks)
        ppl = people_of(spell, nn)
        listed_sur = set()
        listed_all = set()
        for name, p in ppl.items():
            if not p.get("surnames"):
                errs.append(f"{nn}: {name} has no surname spellings")
            if not p.get("given") and len(name.split()) > 1:
                errs.append(f"{nn}: {name} has no given-name spellings")
            for s in p.get("surnames", []) + p.get("given", []):
                if s not in tokset:
                    errs.append(f"{nn}: listed spelling {s} ({name}) is not a token of the text")
            listed_sur |= set(p.get("surnames", []))
            listed_all |= set(p.get("surnames", [])) | set(p.get("given", []))
        prefixes = {folded(s)[:4] for s in listed_sur if len(folded(s)) >= 4}
        for t in sorted(tokset):
            if is_cap(t) and folded(t)[:4] in prefixes and t not in listed_all:
                errs.append(f"{nn}: token {t} shares a prefix with a listed surname but is unlisted")
    if set(spell) != set(reports):
        errs.append(f"spellings.json covers {sorted(spell)} but reports are {sorted(reports)}")
    return errs


def check_oracle(d):
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
    res = sc.score(d, cmd, 120)
    a = res["attributes"]
    errs = []
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    if res["articles"] != 30:
        errs.append(f"oracle scored {res['articles']} articles")
    for k in ("date", "dest", "term"):
        if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
            errs.append(f"oracle {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs += [x for x in res["details"]][:20]
    return errs


def same_person(gold_name, trap_name, trap_keys):
    if gold_name == trap_name:
        return True
    return sc.person_matches(gold_name, trap_keys or sc.keys_for(trap_name), trap_name)


def check_traps(reports, spell):
    errs = []
    for nn, r in reports.items():
        g = r["gold"] or {}
        toks = tokens(r["text"], r["lang"])
        ppl = people_of(spell, nn)
        seen = set()
        for m in g.get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{nn}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS or not str(m["why"]).strip():
                errs.append(f"{nn}: bad trap type/kind/why {m}")
            key = (m["type"], m["person"])
            if key in seen:
                errs.append(f"{nn}: trap {key} appears twice")
            seen.add(key)
            p = ppl.get(m["person"])
            if p is None:
                errs.append(f"{nn}: trap person {m['person']} not in spellings.json")
                own = []
            else:
                own = p.get("keys") or []
                if not any(matches_any(own, t) for t in toks):
                    errs.append(f"{nn}: trap person {m['person']} not named in the text")
            for c in g.get("claims", []):
                if c["type"] != m["type"] or c["person"] is None:
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    errs.append(f"{nn}: trap {key} matched by gold {c['person']} (keys_for)")
                if own and sc.person_matches(c["person"], own, m["person"]):
                    errs.append(f"{nn}: trap {key} matched by gold {c['person']} (own keys)")
    return errs


def check_fields(reports, spell):
    errs = []
    for nn, r in reports.items():
        g = r["gold"]
        if g is None or set(g) != {"claims", "must_not"}:
            errs.append(f"{nn}: gold must have exactly claims and must_not")
            if g is None:
                continue
        pub = r["published"]
        ppl = people_of(spell, nn)
        claims = g.get("claims", [])
        for c in claims:
            if set(c) != CLAIM_FIELDS:
                errs.append(f"{nn}: claim fields {sorted(c)}")
                continue
            t = c["type"]
            if t not in TYPES:
                errs.append(f"{nn}: unknown type {t}")
            if c["date"] is not None:
                if not valid_date(c["date"]):
                    errs.append(f"{nn}: invalid date {c['date']}")
                elif c["date"] > pub[:len(c["date"])]:
                    errs.append(f"{nn}: date {c['date']} after publication {pub}")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"] != [] or \
                        not isinstance(c["count"], int) or c["count"] <= 0:
                    errs.append(f"{nn}: bad group_release {c}")
            else:
                if not c["person"] or not c["surname_keys"]:
                    errs.append(f"{nn}: {t} without person or keys")
                if c["count"] is not None:
                    errs.append(f"{nn}: count on {t}")
            if t == "deported":
                if c["destination_country"] not in ISO2:
                    errs.append(f"{nn}: deported {c['person']} has bad country {c['destination_country']}")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    errs.append(f"{nn}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                errs.append(f"{nn}: destination_country on {t}")
            if t == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"]
                                           for x in claims):
                errs.append(f"{nn}: pardoned {c['person']} without released")
            if t == "sentenced":
                if c["term_months"] is not None and (not isinstance(c["term_months"], int)
                                                     or c["term_months"] <= 0):
                    errs.append(f"{nn}: bad term {c['term_months']}")
            elif c["term_months"] is not None:
                errs.append(f"{nn}: term_months on {t}")
        for m in g.get("must_not", []):
            if m.get("type") == "released":
                excl = {"released", "pardoned", "deported"}
            elif m.get("type") in ("pardoned", "deported"):
                excl = {m["type"]}
            else:
                continue
            own = (ppl.get(m["person"]) or {}).get("keys")
            for c in claims:
                if c["type"] in excl and c["person"] and same_person(c["person"], m["person"], own):
                    errs.append(f"{nn}: {m['type']} trap on {m['person']} but gold {c['type']}")
    return errs


def word_count(text):
    return len([w for w in text.split() if re.search(r"\w", w)])


def check_headers(reports, d):
    errs = []
    if sorted(reports) != sorted(LANGS):
        errs.append(f"report files are {sorted(reports)}, expected 01..30")
    for nn, r in reports.items():
        raw = r["raw"]
        if len(raw) < 4:
            errs.append(f"{nn}: too short")
            continue
        if not valid_date(raw[0]) or len(raw[0]) != 10 or not ("2021-01-01" <= raw[0] <= "2026-11-20"):
            errs.append(f"{nn}: bad publication date {raw[0]!r}")
        if raw[1] != LANGS.get(nn):
            errs.append(f"{nn}: language {raw[1]!r}, expected {LANGS.get(nn)}")
        if raw[2] != "":
            errs.append(f"{nn}: line 3 is not blank")
        n = word_count(r["text"])
        if not 150 <= n <= 550:
            errs.append(f"{nn}: {n} words")
        if r["gold"] is None:
            errs.append(f"{nn}: no gold file")
    extra = [f for f in os.listdir(d) if re.match(r"^\d+\.(txt|gold\.json)$", f)
             and f.split(".")[0] not in LANGS]
    if extra:
        errs.append(f"unexpected report files {extra}")
    return errs


def entries(reports):
    claims = [c for r in reports.values() for c in (r["gold"] or {}).get("claims", [])]
    traps = [m for r in reports.values() for m in (r["gold"] or {}).get("must_not", [])]
    return claims, traps


def check_scripts(reports):
    errs = []
    for nn, r in reports.items():
        t = r["text"]
        if r["lang"] == "be":
            if re.search(r"[ИиЩщЪъ]", t):
                errs.append(f"{nn}: Belarusian text has и/щ/ъ")
            if not re.search(r"[Ўў]", t) or not re.search(r"[Іі]", t):
                errs.append(f"{nn}: Belarusian text lacks ў or і")
        elif r["lang"] == "ru":
            if re.search(r"[ЎўІі]", t):
                errs.append(f"{nn}: Russian text has ў/і")
        elif r["lang"] == "en":
            if CYRILLIC.search(t):
                errs.append(f"{nn}: English text has Cyrillic")
    claims, traps = entries(reports)
    missing_t = set(TYPES) - {c.get("type") for c in claims}
    missing_k = set(KINDS) - {m.get("kind") for m in traps}
    if missing_t:
        errs.append(f"event types missing: {sorted(missing_t)}")
    if missing_k:
        errs.append(f"trap kinds missing: {sorted(missing_k)}")
    total = len(claims) + len(traps)
    share = len(traps) / total if total else 0
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 25-30 %")
    return errs


def stats(reports):
    from collections import Counter
    claims, traps = entries(reports)
    words = {nn: word_count(r["text"]) for nn, r in reports.items()}
    print(f"reports: {len(reports)}  words: {sum(words.values())} "
          f"(min {min(words.values())}, max {max(words.values())})")
    by_lang = Counter(r["lang"] for r in reports.values())
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items())))
    print(f"claims: {len(claims)}")
    for t, n in sorted(Counter(c["type"] for c in claims).items(), key=lambda kv: TYPES.index(kv[0])):
        print(f"  {t:26} {n}")
    print(f"traps: {len(traps)}")
    for k, n in sorted(Counter(m["kind"] for m in traps).items(), key=lambda kv: KINDS.index(kv[0])):
        print(f"  {k:26} {n}")
    print("trap types: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(m['type'] for m in traps).items())))
    tot = len(claims) + len(traps)
    print(f"trap share: {len(traps)}/{tot} = {len(traps) / tot:.3f}")
    dated = Counter(("none" if not c["date"] else {4: "year", 7: "month", 10: "day"}[len(c["date"])])
                    for c in claims)
    print("date precision: " + ", ".join(f"{k}={v}" for k, v in sorted(dated.items())))
    years = Counter(r["published"][:4] for r in reports.values())
    print("publication years: " + ", ".join(f"{k}={v}" for k, v in sorted(years.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?")
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        if not args.file:
            ap.error("--oracle needs the report FILE")
        return oracle(args.dir, args.file, args.published, args.lang)
    reports, spell = load(args.dir)
    if args.stats:
        stats(reports)
        print()
    checks = [
        ("1 gold people are in the text", lambda: check_people_in_text(reports, spell)),
        ("2 keys fit", lambda: check_keys_fit(reports, spell)),
        ("3 spellings are complete", lambda: check_spellings_complete(reports, spell)),
        ("4 perfect oracle score", lambda: check_oracle(args.dir)),
        ("5 traps are sound", lambda: check_traps(reports, spell)),
        ("6 fields and logic", lambda: check_fields(reports, spell)),
        ("7 headers and size", lambda: check_headers(reports, args.dir)),
        ("8 scripts and coverage", lambda: check_scripts(reports)),
    ]
    failed = 0
    for title, fn in checks:
        try:
            errs = fn()
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"check crashed: {exc!r}"]
        print(f"{'ok' if not errs else 'FAILED'}  {title}")
        for e in errs[:25]:
            print(f"      {e}")
        if len(errs) > 25:
            print(f"      ... {len(errs) - 25} more")
        failed += bool(errs)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
