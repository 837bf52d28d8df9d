#!/usr/bin/env python3
"""Consistency checks for the heldout55 extraction evaluation set.

Usage:
  python3 verify.py                 run every check, print ALL CHECKS PASSED at the end
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    (used by check 3) print the gold claims of the article
                                    whose body equals FILE, as `volia extract` would
  python3 verify.py --oracle-traps FILE ...
                                    (used by check 9) the same, plus one prediction per must_not

The scorer is imported from /work/shared/tools/score_claims.py (override with SCORE_CLAIMS=path).
"""
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.environ.get("SCORE_CLAIMS", "/work/shared/tools/score_claims.py")

sys.dont_write_bytecode = True  # never leave a __pycache__ next to the shared scorer
_spec = importlib.util.spec_from_file_location("score_claims", SCORER)
sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sc)

EVENT_TYPES = {
    "detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
    "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
    "persecuted_after_release", "group_release",
}
TRAP_KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
              "correction", "left_voluntarily", "refused_to_leave"}
ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER
ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID
IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV
LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR
NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC
VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
EXPECTED_LANGS = {"en": 14, "ru": 10, "be": 6}
N_ARTICLES = 30
MIN_WORDS, MAX_WORDS = 150, 550
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


# ----------------------------------------------------------------------------- loading
def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def tokens(text, lang):
    out = []
    for t in TOKEN_RE.findall(text):
        if lang == "en" and len(t) > 2 and t[-2:] in ("'s", "’s"):
            t = t[:-2]
        out.append(t)
    return out


def capitalised(toks):
    return sorted({t for t in toks if t[:1].isupper()})


def prefix4(tok):
    return re.sub(r"[^a-z]", "", sc.fold(tok))[:4]


def any_key(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


# ----------------------------------------------------------------------------- oracle
def find_article(path):
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        if read_article(stem)[3] == text:
            return stem
    return None


def oracle(path, with_traps):
    stem = find_article(path)
    claims = []
    if stem:
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        items = list(gold["claims"])
        if with_traps:
            items += [{"type": m["type"], "person": m["person"]} for m in gold["must_not"]]
        for g in items:
            person = None
            if g.get("person"):
                person = {"name": g["person"], "mention": g["person"], "person_id": None}
            claims.append({"type": g["type"], "person": person, "date": g.get("date"),
                           "date_precision": None, "destination_country": g.get("destination_country"),
                           "term_months": g.get("term_months"), "count": g.get("count"),
                           "confidence": 1.0, "evidence": None})
    print(json.dumps({"published": None, "language": None, "claims": claims}, ensure_ascii=False))


# ----------------------------------------------------------------------------- checks
class Report:
    def __init__(self):
        self.errors = []
        self.passed = []

    def check(self, name, errs):
        if errs:
            self.errors.extend(f"[{name}] {e}" for e in errs)
            print(f"FAIL {name}: {len(errs)} problem(s)")
            for e in errs[:40]:
                print("   ", e)
        else:
            self.passed.append(name)
            print(f"ok   {name}")


def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def main():
    if len(sys.argv) > 1 and sys.argv[1] in ("--oracle", "--oracle-traps"):
        oracle(sys.argv[2], sys.argv[1] == "--oracle-traps")
        return 0

    rep = Report()
    all_stems = stems()
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    arts = {}
    for s in all_stems:
        pub, lang, blank, body = read_article(s)
        gold = json.load(open(os.path.join(HERE, s + ".gold.json"), encoding="utf-8"))
        toks = tokens(body, lang)
        arts[s] = dict(pub=pub, lang=lang, blank=blank, body=body, gold=gold, toks=toks,
                       caps=capitalised(toks), tokset=set(toks))

    # 0. file layout and field shapes ------------------------------------------------
    errs = []
    txts = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.txt", f))
    if len(txts) != N_ARTICLES or len(all_stems) != N_ARTICLES:
        errs.append(f"expected {N_ARTICLES} .txt and .gold.json files, found {len(txts)} / {len(all_stems)}")
    if [f"{i:02d}" for i in range(1, N_ARTICLES + 1)] != all_stems:
        errs.append(f"stems are not 01..{N_ARTICLES}: {all_stems}")
    if sorted(spell) != all_stems:
        errs.append("spellings.json does not cover exactly the articles")
    for s, a in arts.items():
        g = a["gold"]
        if set(g) != {"published", "language", "claims", "must_not"}:
            errs.append(f"{s}: gold keys {sorted(g)}")
        for c in g["claims"]:
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}:
                errs.append(f"{s}: claim fields {sorted(c)}")
            if c["type"] not in EVENT_TYPES:
                errs.append(f"{s}: unknown type {c['type']}")
            if c["person"] is not None and not (isinstance(c["surname_keys"], list) and c["surname_keys"]
                                                and all(re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"])):
                errs.append(f"{s}: bad surname_keys for {c['person']}: {c['surname_keys']}")
        for m in g["must_not"]:
            if set(m) != {"type", "person", "why", "kind"}:
                errs.append(f"{s}: must_not fields {sorted(m)}")
            if m["type"] not in EVENT_TYPES or m["type"] == "group_release":
                errs.append(f"{s}: bad must_not type {m['type']}")
            if m["kind"] not in TRAP_KINDS:
                errs.append(f"{s}: unknown must_not kind {m['kind']}")
            if not m["person"] or not m["why"]:
                errs.append(f"{s}: must_not without person or why")
        seen = Counter((c["type"], c["person"] or c["count"]) for c in g["claims"])
        errs += [f"{s}: duplicate gold claim {k}" for k, n in seen.items() if n > 1]
        seen = Counter((m["type"], m["person"]) for m in g["must_not"])
        errs += [f"{s}: duplicate must_not {k}" for k, n in seen.items() if n > 1]
    rep.check("0 layout and field shapes", errs)

    # 1. every gold person is matched by a token of its article ----------------------
    errs = []
    for s, a in arts.items():
        for c in a["gold"]["claims"]:
            if c["person"] is None:
                continue
            keys = c["surname_keys"] or sc.keys_for(c["person"])
            if not any(any_key(keys, t) for t in a["toks"]):
                errs.append(f"{s}: no token of the article matches {c['person']} keys {keys}")
            # the full gold name must also name itself under the scorer
            if not sc.person_matches(c["person"], keys, c["person"]):
                errs.append(f"{s}: scorer does not match gold name {c['person']} with its own keys")
    rep.check("1 gold persons are named in their article", errs)

    # 2. surname keys vs spellings ------------------------------------------------------
    errs = []
    for s, a in arts.items():
        sp = spell[s]
        people = sp["people"]
        gold_keysets = defaultdict(list)
        for c in a["gold"]["claims"]:
            if c["person"] and c["surname_keys"] not in gold_keysets[c["person"]]:
                gold_keysets[c["person"]].append(c["surname_keys"])
        for name, ks in gold_keysets.items():
            if len(ks) > 1:
                errs.append(f"{s}: {name} has different surname_keys in different claims: {ks}")
        gold_keys = {name: ks[0] for name, ks in gold_keysets.items()}
        mn_names = {m["person"] for m in a["gold"]["must_not"]}
        for name in set(gold_keys) | mn_names:
            if name not in people:
                errs.append(f"{s}: {name} missing from spellings.json")
        rel = defaultdict(set)
        for group in sp["relatives"]:
            for n in group:
                if n not in people:
                    errs.append(f"{s}: relative {n} not in spellings.json people")
                rel[n] |= set(group) - {n}
            surnames = {sc.skeleton(sc.tokens_of(n)[-1])[:3] for n in group}
            if len(surnames) != 1:
                errs.append(f"{s}: relatives group {group} does not share a surname")
        all_forms = set()
        for name, p in people.items():
            all_forms |= set(p["surname_forms"])
            for f in p["surname_forms"] + p["given_forms"]:
                if f not in a["tokset"]:
                    errs.append(f"{s}: listed spelling {f!r} of {name} does not occur in the text")
            if not p["surname_forms"]:
                errs.append(f"{s}: no surname form listed for {name}")
        for name, p in people.items():
            own = set(p["surname_forms"])
            allowed = own | {f for r in rel[name] for f in people[r]["surname_forms"]}
            keysets = []
            if name in gold_keys:
                keysets.append(("surname_keys", gold_keys[name]))
                if p.get("surname_keys") != gold_keys[name]:
                    errs.append(f"{s}: spellings.json keys for {name} differ from gold")
            if name in mn_names or name not in gold_keys:
                keysets.append(("keys_for", sc.keys_for(name)))
            for label, keys in keysets:
                for f in own:
                    if not any_key(keys, f):
                        errs.append(f"{s}: {label} {keys} of {name} miss listed spelling {f!r}")
                for f in p.get("other_spellings", []) if label == "surname_keys" else []:
                    if not any_key(keys, f):
                        errs.append(f"{s}: {label} {keys} of {name} miss other spelling {f!r}")
                for t in a["caps"]:
                    if any_key(keys, t) and t not in allowed:
                        errs.append(f"{s}: {label} {keys} of {name} also match unrelated word {t!r}")
            pref = {prefix4(f) for f in own}
            for t in a["caps"]:
                if prefix4(t) in pref and len(prefix4(t)) == 4 and t not in allowed:
                    errs.append(f"{s}: capitalised {t!r} shares a prefix with {name} but is not listed")
            for f in p["given_forms"]:
                if f in all_forms:
                    errs.append(f"{s}: given form {f!r} of {name} is also listed as a surname")
        # scorer-level sanity: every listed surname form is recognised as that person, and a
        # person is never recognised as an unrelated other person of the same article
        for name, p in people.items():
            for other, q in people.items():
                if other == name or other in rel[name]:
                    continue
                okeys = gold_keys.get(other) or sc.keys_for(other)
                if sc.person_matches(name, okeys, other):
                    errs.append(f"{s}: {name} would be scored as unrelated {other}")
    rep.check("2 surname keys vs listed spellings", errs)

    # 3. oracle of gold claims scores 1.0 -------------------------------------------------
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = sc.score(HERE, cmd, 60)
    n_gold = sum(len(a["gold"]["claims"]) for a in arts.values())
    if not (res["precision"] == 1.0 and res["recall"] == 1.0 and res["f1"] == 1.0):
        errs.append(f"oracle P/R/F1 = {res['precision']}/{res['recall']}/{res['f1']}")
    if res["violations"] or res["errors"]:
        errs.append(f"oracle violations={res['violations']} errors={res['errors']}")
    tp = sum(c.get("tp", 0) for c in res["by_type"].values())
    if tp != n_gold:
        errs.append(f"oracle tp={tp}, gold claims={n_gold}")
    a_ = res["attributes"]
    for k in ("date", "dest", "term"):
        if a_.get(f"{k}_ok", 0) != a_.get(f"{k}_total", 0):
            errs.append(f"oracle attribute {k}: {a_.get(f'{k}_ok')}/{a_.get(f'{k}_total')}")
    errs += [d for d in res["details"]]
    rep.check(f"3 oracle scores P=R=F1=1.0, 0 violations ({tp} claims)", errs)

    # 4. no must_not entry is matched by a gold claim of the same type -------------------
    errs = []
    for s, a in arts.items():
        g = a["gold"]
        for m in g["must_not"]:
            for c in g["claims"]:
                if c["type"] != m["type"] or c["person"] is None:
                    continue
                if sc.person_matches(c["person"], sc.keys_for(m["person"]), m["person"]):
                    errs.append(f"{s}: gold {c['type']} {c['person']} matches must_not {m['person']}")
                if sc.person_matches(m["person"], c["surname_keys"], c["person"]):
                    errs.append(f"{s}: must_not {m['type']} {m['person']} would be credited to gold {c['person']}")
    rep.check("4 must_not entries are disjoint from gold", errs)

    # 5. every must_not person is named in the text --------------------------------------
    errs = []
    for s, a in arts.items():
        for m in a["gold"]["must_not"]:
            keys = sc.keys_for(m["person"])
            hits = [t for t in a["toks"] if any_key(keys, t)]
            if not hits:
                errs.append(f"{s}: must_not person {m['person']} not named in the text")
            given = sc.tokens_of(m["person"])[0]
            forms = spell[s]["people"].get(m["person"], {}).get("given_forms", [])
            if len(sc.tokens_of(m["person"])) > 1 and not forms:
                errs.append(f"{s}: no given-name form listed for {m['person']}")
            if not set(forms) <= a["tokset"]:
                errs.append(f"{s}: given name of {m['person']} not in text")
            _ = given
    rep.check("5 must_not persons are named in the text", errs)

    # 6. dates ------------------------------------------------------------------------------
    errs = []
    for s, a in arts.items():
        pub = a["pub"]
        for c in a["gold"]["claims"]:
            d = c["date"]
            if d is None:
                continue
            if not valid_date(d):
                errs.append(f"{s}: invalid date {d!r} ({c['type']} {c['person']})")
            elif d > pub[: len(d)]:
                errs.append(f"{s}: date {d} after publication {pub} ({c['type']} {c['person']})")
    rep.check("6 dates valid and not after publication", errs)

    # 7. type-specific rules ---------------------------------------------------------------
    errs = []
    for s, a in arts.items():
        cl = a["gold"]["claims"]
        released = {c["person"] for c in cl if c["type"] == "released"}
        for c in cl:
            t = c["type"]
            if t == "deported":
                if c["person"] not in released:
                    errs.append(f"{s}: deported {c['person']} has no released claim")
                if c["destination_country"] not in ISO_ALPHA2:
                    errs.append(f"{s}: deported {c['person']} country {c['destination_country']!r}")
            elif c["destination_country"] is not None:
                errs.append(f"{s}: destination_country on {t}")
            if t == "pardoned" and c["person"] not in released:
                errs.append(f"{s}: pardoned {c['person']} has no released claim")
            if t == "group_release":
                if c["person"] is not None or c["surname_keys"]:
                    errs.append(f"{s}: group_release with a person")
                if not (isinstance(c["count"], int) and c["count"] > 0):
                    errs.append(f"{s}: group_release without count")
            elif c["count"] is not None:
                errs.append(f"{s}: count on {t}")
            elif c["person"] is None:
                errs.append(f"{s}: {t} without person")
            if c["term_months"] is not None and (t != "sentenced" or not isinstance(c["term_months"], int)
                                                 or c["term_months"] <= 0):
                errs.append(f"{s}: term_months {c['term_months']!r} on {t}")
        # a person who is a must_not for released/deported/pardoned must not get such a claim
        for m in a["gold"]["must_not"]:
            if m["type"] in ("released", "deported", "pardoned") and m["kind"] in (
                    "refused_to_leave", "negation", "demand", "correction", "rumour", "future", "question"):
                for c in cl:
                    if c["person"] == m["person"] and c["type"] in ("released", "deported", "pardoned"):
                        errs.append(f"{s}: {m['person']} is still inside but has gold {c['type']}")
    rep.check("7 deported/pardoned/group_release/term_months rules", errs)

    # 8. headers, lengths, language split, type coverage ------------------------------
    errs = []
    langs = Counter()
    types = Counter()
    for s, a in arts.items():
        if not valid_date(a["pub"]) or len(a["pub"]) != 10:
            errs.append(f"{s}: bad publication date {a['pub']!r}")
        elif not PUB_MIN <= a["pub"] <= PUB_MAX:
            errs.append(f"{s}: publication date {a['pub']} out of range")
        if a["lang"] not in EXPECTED_LANGS:
            errs.append(f"{s}: bad language {a['lang']!r}")
        if a["blank"].strip():
            errs.append(f"{s}: line 3 is not blank")
        if a["gold"]["published"] != a["pub"] or a["gold"]["language"] != a["lang"]:
            errs.append(f"{s}: gold header differs from text header")
        n = len(a["body"].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errs.append(f"{s}: body has {n} words")
        if a["lang"] == "be" and not ("ў" in a["body"] and "і" in a["body"]):
            errs.append(f"{s}: Belarusian text without ў/і")
        if a["lang"] == "ru" and ("ў" in a["body"] or re.search(r"[а-яё]і|і[а-яё]", a["body"])):
            errs.append(f"{s}: Russian text with Belarusian letters")
        langs[a["lang"]] += 1
        types.update(c["type"] for c in a["gold"]["claims"])
    if dict(langs) != EXPECTED_LANGS:
        errs.append(f"language split {dict(langs)} != {EXPECTED_LANGS}")
    missing = EVENT_TYPES - set(types)
    if missing:
        errs.append(f"event types never covered: {sorted(missing)}")
    rep.check("8 headers, lengths, 14/10/6 split, all 14 types covered", errs)

    # 9. every must_not is a live trap: predicting it is a violation, exactly once ---------
    errs = []
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle-traps"
    res = sc.score(HERE, cmd, 60)
    n_mn = sum(len(a["gold"]["must_not"]) for a in arts.values())
    if res["violations"] != n_mn:
        errs.append(f"trap oracle violations={res['violations']}, must_not entries={n_mn}")
    if res["recall"] != 1.0:
        errs.append(f"trap oracle recall {res['recall']}")
    viol = Counter(d.split(" VIOLATION ")[0] for d in res["details"] if " VIOLATION " in d)
    for s, a in arts.items():
        if viol.get(s, 0) != len(a["gold"]["must_not"]):
            errs.append(f"{s}: {viol.get(s, 0)} violations for {len(a['gold']['must_not'])} must_not")
    rep.check("9 every must_not entry is detected as a violation exactly once", errs)

    # 10. trap share ---------------------------------------------------------------------
    errs = []
    share = n_mn / (n_mn + n_gold)
    if not 0.25 <= share <= 0.45:
        errs.append(f"must_not share {share:.2f} outside 0.25..0.45")
    rep.check(f"10 trap share {share:.2f} ({n_mn} must_not / {n_gold} claims)", errs)

    # summary table -----------------------------------------------------------------------
    print()
    print("| language | reports | body words | gold claims | must_not |")
    print("|---|---:|---:|---:|---:|")
    tot = Counter()
    for lang in ("en", "ru", "be"):
        sel = [a for a in arts.values() if a["lang"] == lang]
        row = Counter(reports=len(sel), words=sum(len(a["body"].split()) for a in sel),
                      claims=sum(len(a["gold"]["claims"]) for a in sel),
                      mn=sum(len(a["gold"]["must_not"]) for a in sel))
        tot.update(row)
        print(f"| {lang} | {row['reports']} | {row['words']} | {row['claims']} | {row['mn']} |")
    print(f"| all | {tot['reports']} | {tot['words']} | {tot['claims']} | {tot['mn']} |")
    print()
    if rep.errors:
        print(f"{len(rep.errors)} PROBLEM(S); checks failed")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
