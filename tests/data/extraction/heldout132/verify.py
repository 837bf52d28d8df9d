#!/usr/bin/env python3
"""Self-check for the heldout132 blind evaluation set (standard library only).

Usage:
  python3 verify.py [--dir DIR] [--stats]      run the eight checks (exit 0 only if all pass)
  python3 verify.py --dir DIR --oracle FILE --published DATE --lang LANG
                                               print the gold of the report whose text is FILE
                                               as `volia extract` output (used by check 4)

The scorer `score_claims.py` is imported from $VOLIA_SCORER_DIR, or otherwise from
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

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
CLAIM_FIELDS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
TRAP_FIELDS = {"type", "person", "why", "kind"}
NUMS = [f"{i:02d}" for i in range(1, 31)]
MIN_PUB, MAX_PUB = datetime.date(2021, 1, 1), datetime.date(2026, 11, 20)
ISO2 = set("""AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK
HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC
NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_scorer():
    if SCORER_DIR not in sys.path:
        sys.path.insert(0, SCORER_DIR)
    import score_claims  # noqa: E402
    return score_claims


def lang_for(num):
    n = int(num)
    return "en" if n <= 14 else ("ru" if n <= 24 else "be")


def tokens(text):
    out = []
    for t in TOKEN_RE.findall(text):
        t = re.sub(r"['’]s$", "", t)
        if t:
            out.append(t)
    return out


def read_report(d, num):
    raw = open(os.path.join(d, f"{num}.txt"), encoding="utf-8").read().split("\n")
    return raw, "\n".join(raw[3:])


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- oracle
def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    for num in NUMS:
        fn = os.path.join(d, f"{num}.txt")
        if not os.path.exists(fn):
            continue
        raw, body = read_report(d, num)
        if body == text:
            gold = json.load(open(os.path.join(d, f"{num}.gold.json"), encoding="utf-8"))
            claims = []
            for c in gold["claims"]:
                date = c["date"]
                prec = None if not date else {4: "year", 7: "month", 10: "day"}[len(date)]
                claims.append({"type": c["type"],
                               "person": ({"name": c["person"], "mention": c["person"], "person_id": None}
                                          if c["person"] else None),
                               "date": date, "date_precision": prec,
                               "destination_country": c["destination_country"],
                               "term_months": c["term_months"], "count": c["count"],
                               "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": published, "language": lang, "claims": claims}, ensure_ascii=False))
            return 0
    print("no matching report", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- checks
class Ctx:
    def __init__(self, d):
        self.d = d
        self.sc = load_scorer()
        self.spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
        self.reports = {}
        for num in NUMS:
            t, g = os.path.join(d, f"{num}.txt"), os.path.join(d, f"{num}.gold.json")
            if os.path.exists(t) and os.path.exists(g):
                raw, body = read_report(d, num)
                self.reports[num] = {"raw": raw, "body": body, "tokens": tokens(body),
                                     "gold": json.load(open(g, encoding="utf-8"))}

    def people(self, num):
        return {p["name"]: p for p in self.spell.get(num, [])}


def check1(c):
    errs = []
    for num, r in c.reports.items():
        toks = set(r["tokens"])
        for g in r["gold"]["claims"]:
            if not g.get("person"):
                continue
            keys = g.get("surname_keys") or []
            if not any(c.sc.key_matches_token(k, t) for k in keys for t in toks):
                errs.append(f"{num}: keys of {g['person']} match no token")
            if not c.sc.person_matches(g["person"], keys, g["person"]):
                errs.append(f"{num}: person_matches rejects gold name {g['person']}")
    return errs


def check2(c):
    errs = []
    sc = c.sc
    for num, r in c.reports.items():
        ppl = c.people(num)
        caps = {t for t in r["tokens"] if t[:1].isupper()}
        for name, p in ppl.items():
            keys = p["keys"]
            for s in p["surnames"]:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} miss spelling {s}")
            allowed = set(p["surnames"])
            for rel in p["relatives"]:
                if rel not in ppl:
                    errs.append(f"{num}: relative {rel} of {name} not listed")
                    continue
                allowed |= set(ppl[rel]["surnames"])
                if name not in ppl[rel]["relatives"]:
                    errs.append(f"{num}: relative link {name} -> {rel} is one-way")
                if sc.person_matches(rel, keys, name) or sc.person_matches(name, ppl[rel]["keys"], rel):
                    errs.append(f"{num}: person_matches cannot tell {name} from relative {rel}")
            for t in caps:
                if t in allowed:
                    continue
                if any(sc.key_matches_token(k, t) for k in keys):
                    errs.append(f"{num}: keys {keys} of {name} also match token {t}")
        for g in r["gold"]["claims"]:
            if g.get("person"):
                if g["person"] not in ppl:
                    errs.append(f"{num}: gold person {g['person']} not in spellings.json")
                elif g.get("surname_keys") != ppl[g["person"]]["keys"]:
                    errs.append(f"{num}: gold keys of {g['person']} differ from spellings.json")
    return errs


def check3(c):
    errs = []
    sc = c.sc

    def f4(t):
        return re.sub(r"[^a-z]", "", sc.fold(t))[:4]
    for num, r in c.reports.items():
        toks = set(r["tokens"])
        listed, surn = set(), set()
        for p in c.spell.get(num, []):
            for s in p["surnames"] + p["given"]:
                listed.add(s)
                if s not in toks:
                    errs.append(f"{num}: listed spelling {s} of {p['name']} not in text")
            surn |= set(p["surnames"])
        prefixes = {f4(s) for s in surn}
        for t in toks:
            if t[:1].isupper() and f4(t) in prefixes and t not in listed:
                errs.append(f"{num}: token {t} shares a prefix with a listed surname but is not listed")
    return errs


def check4(c):
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(c.d)} --oracle"
    if " " in os.path.abspath(__file__) + os.path.abspath(c.d):
        return ["paths with spaces are not supported by the scorer's command splitting"]
    res = c.sc.score(c.d, cmd, 60)
    a = res["attributes"]
    if res["articles"] != 30:
        errs.append(f"scored {res['articles']} articles, expected 30")
    if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
        errs.append(f"oracle P={res['precision']} R={res['recall']} F1={res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    for k in ("date", "dest", "term"):
        if a.get(f"{k}_ok", 0) != a.get(f"{k}_total", 0):
            errs.append(f"oracle {k} {a.get(k + '_ok', 0)}/{a.get(k + '_total', 0)}")
    errs += [d for d in res["details"]][:20]
    c.oracle_result = res
    return errs


def check5(c):
    errs = []
    sc = c.sc
    for num, r in c.reports.items():
        ppl = c.people(num)
        toks = set(r["tokens"])
        seen = set()
        for m in r["gold"].get("must_not", []):
            if set(m) != TRAP_FIELDS:
                errs.append(f"{num}: trap fields {sorted(m)}")
                continue
            if m["type"] not in TYPES or m["kind"] not in KINDS:
                errs.append(f"{num}: bad trap type/kind {m['type']}/{m['kind']}")
            if not isinstance(m["why"], str) or not m["why"].strip():
                errs.append(f"{num}: trap on {m['person']} has no why")
            key = (m["type"], m["person"])
            if key in seen:
                errs.append(f"{num}: duplicate trap {key}")
            seen.add(key)
            if m["person"] not in ppl:
                errs.append(f"{num}: trap person {m['person']} not in spellings.json")
                own = []
            else:
                own = ppl[m["person"]]["keys"]
            if not any(sc.key_matches_token(k, t) for k in (own or sc.keys_for(m["person"])) for t in toks):
                errs.append(f"{num}: trap person {m['person']} not named in text")
            for g in r["gold"]["claims"]:
                if g["type"] != m["type"] or not g.get("person"):
                    continue
                for keys in (sc.keys_for(m["person"]), own):
                    if keys and sc.person_matches(g["person"], keys, m["person"]):
                        errs.append(f"{num}: gold {g['type']} {g['person']} matches trap on {m['person']}")
                        break
    return errs


def check6(c):
    errs = []
    sc = c.sc
    for num, r in c.reports.items():
        pub = r["raw"][0].strip()
        ppl = c.people(num)
        claims = r["gold"]["claims"]
        by = {}
        for g in claims:
            if set(g) != CLAIM_FIELDS:
                errs.append(f"{num}: claim fields {sorted(g)}")
                continue
            if g["type"] not in TYPES:
                errs.append(f"{num}: bad type {g['type']}")
            if g["date"] is not None:
                if not valid_date(g["date"]):
                    errs.append(f"{num}: bad date {g['date']}")
                elif g["date"] > pub[:len(g["date"])]:
                    errs.append(f"{num}: date {g['date']} after publication {pub}")
            for f, t in (("destination_country", "deported"), ("term_months", "sentenced"), ("count", "group_release")):
                if g["type"] != t and g[f] is not None:
                    errs.append(f"{num}: {f} on {g['type']}")
            if g["type"] == "deported" and g["destination_country"] not in ISO2:
                errs.append(f"{num}: deported {g['person']} has no ISO country")
            if g["type"] == "sentenced" and g["term_months"] is not None and (
                    not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                errs.append(f"{num}: bad term {g['term_months']}")
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"] != [] or not isinstance(g["count"], int) or g["count"] <= 0:
                    errs.append(f"{num}: malformed group_release")
            elif not g["person"]:
                errs.append(f"{num}: {g['type']} without person")
            by.setdefault(g["person"], set()).add(g["type"])
        for person, types in by.items():
            if person and ("deported" in types or "pardoned" in types) and "released" not in types:
                errs.append(f"{num}: {person} deported/pardoned without released")
        for m in r["gold"].get("must_not", []):
            banned = {"released": {"released", "pardoned", "deported"},
                      "pardoned": {"pardoned"}, "deported": {"deported"}}.get(m["type"])
            if not banned:
                continue
            own = ppl.get(m["person"], {}).get("keys", [])
            for g in claims:
                if g["type"] in banned and g.get("person"):
                    if any(k and sc.person_matches(g["person"], k, m["person"]) for k in (sc.keys_for(m["person"]), own)):
                        errs.append(f"{num}: {m['type']} trap on {m['person']} contradicted by gold {g['type']} {g['person']}")
    return errs


def check7(c):
    errs = []
    present = sorted(f[:2] for f in os.listdir(c.d) if re.match(r"^\d\d\.txt$", f))
    gpresent = sorted(f[:2] for f in os.listdir(c.d) if re.match(r"^\d\d\.gold\.json$", f))
    if present != NUMS or gpresent != NUMS:
        errs.append(f"report files {present} / gold files {gpresent} are not exactly 01-30")
    for num in NUMS:
        if num not in c.reports:
            continue
        raw = c.reports[num]["raw"]
        try:
            d = datetime.date.fromisoformat(raw[0].strip())
            if not (MIN_PUB <= d <= MAX_PUB) or not re.match(r"^\d{4}-\d{2}-\d{2}$", raw[0]):
                errs.append(f"{num}: publication date {raw[0]} out of range")
        except ValueError:
            errs.append(f"{num}: bad publication date {raw[0]!r}")
        if raw[1] != lang_for(num):
            errs.append(f"{num}: language {raw[1]!r}, expected {lang_for(num)}")
        if raw[2] != "":
            errs.append(f"{num}: line 3 is not blank")
        n = len(c.reports[num]["body"].split())
        if not 150 <= n <= 550:
            errs.append(f"{num}: {n} words")
    return errs


def check8(c):
    errs = []
    types, kinds = set(), set()
    n_claims = n_traps = 0
    for num, r in c.reports.items():
        text = "\n".join(r["raw"])
        lang = lang_for(num)
        if lang == "be":
            if re.search("[иИщЩъЪ]", text):
                errs.append(f"{num}: Belarusian text has и/щ/ъ")
            if not re.search("[ўЎ]", text) or not re.search("[іІ]", text):
                errs.append(f"{num}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search("[ўЎіІ]", text):
                errs.append(f"{num}: Russian text has ў/і")
        elif re.search("[\u0400-\u04ff]", text):
            errs.append(f"{num}: English text has Cyrillic")
        types |= {g["type"] for g in r["gold"]["claims"]}
        kinds |= {m.get("kind") for m in r["gold"].get("must_not", [])}
        n_claims += len(r["gold"]["claims"])
        n_traps += len(r["gold"].get("must_not", []))
    if set(TYPES) - types:
        errs.append(f"event types missing: {sorted(set(TYPES) - types)}")
    if set(KINDS) - kinds:
        errs.append(f"trap kinds missing: {sorted(set(KINDS) - kinds)}")
    share = n_traps / max(n_claims + n_traps, 1)
    if not 0.25 <= share <= 0.30:
        errs.append(f"trap share {share:.3f} outside 0.25-0.30")
    return errs


CHECKS = [
    ("1 gold people are in the text", check1),
    ("2 keys fit", check2),
    ("3 spellings are complete", check3),
    ("4 perfect oracle score", check4),
    ("5 traps are sound", check5),
    ("6 fields and logic", check6),
    ("7 headers and size", check7),
    ("8 scripts and coverage", check8),
]


def stats(c):
    from collections import Counter
    words = Counter()
    ct, ck = Counter(), Counter()
    for num, r in c.reports.items():
        words[lang_for(num)] += len(r["body"].split())
        ct.update(g["type"] for g in r["gold"]["claims"])
        ck.update(m["kind"] for m in r["gold"].get("must_not", []))
    nc, nt = sum(ct.values()), sum(ck.values())
    print(f"reports: {len(c.reports)}  words: {sum(words.values())} ({dict(words)})")
    print(f"claims: {nc}")
    for t in TYPES:
        print(f"  {t:26} {ct[t]}")
    print(f"traps: {nt}")
    for k in KINDS:
        print(f"  {k:26} {ck[k]}")
    print(f"trap share: {nt}/{nc + nt} = {nt / max(nc + nt, 1):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle", action="store_true")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    a = ap.parse_args()
    if a.oracle:
        return oracle(a.dir, a.file, a.published, a.lang)
    c = Ctx(a.dir)
    if a.stats:
        stats(c)
    failed = 0
    for label, fn in CHECKS:
        try:
            errs = fn(c)
        except Exception as exc:  # a crash is a failure, not a pass
            errs = [f"check crashed: {exc!r}"]
        print(f"{'ok    ' if not errs else 'FAILED'} {label}")
        for e in errs[:25]:
            print(f"         - {e}")
        failed += bool(errs)
    if failed:
        print(f"{failed} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
