#!/usr/bin/env python3
"""Self-check for the heldout75 extraction evaluation set.

Usage:
  python3 verify.py [--dir DIR]
      run every check on the set in DIR (default: the folder of this script) and print
      ALL CHECKS PASSED only when everything holds (exit 0), otherwise list the failures (exit 1).
  python3 verify.py [--dir DIR] --oracle FILE --published DATE --lang LANG
      print the gold of the report whose text is FILE as extractor output (domain.md JSON).

The graders' scorer is imported from $VOLIA_SCORER_DIR, otherwise from
../../../../../shared/tools relative to this script.
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
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody", "hypothetical"]
LANG_OF = {**{"%02d" % i: "en" for i in range(1, 15)}, **{"%02d" % i: "ru" for i in range(15, 25)},
           **{"%02d" % i: "be" for i in range(25, 31)}}
ISO2 = set("""AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT
KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA US VA""".split())
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def tokens(text):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group(0)
        t = re.sub(r"['’ʼ]s$", "", t)
        out.append((t, m.start()))
    return out


def letters(word):
    return re.sub(r"[^a-z]", "", fold(word))


def valid_date(d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load(d):
    arts = {}
    for fname in sorted(os.listdir(d)):
        if fname.endswith(".gold.json"):
            nn = fname[: -len(".gold.json")]
            raw = open(os.path.join(d, nn + ".txt"), encoding="utf-8").read().split("\n")
            gold = json.load(open(os.path.join(d, fname), encoding="utf-8"))
            arts[nn] = {"raw": raw, "text": "\n".join(raw[3:]), "gold": gold}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return arts, spell


def oracle(d, path, published, lang):
    text = open(path, encoding="utf-8").read()
    arts, _ = load(d)
    art = next((a for a in arts.values() if a["text"] == text), None)
    if art is None:
        print("oracle: report not found", file=sys.stderr)
        return 2
    out = []
    for c in art["gold"]["claims"]:
        ev = {"start": 0, "end": 0, "text": ""}
        mention = None
        if c["person"]:
            for tok, pos in tokens(text):
                if any(key_matches_token(k, tok) for k in c["surname_keys"]):
                    mention, ev = tok, {"start": pos, "end": pos + len(tok), "text": tok}
                    break
        prec = {4: "year", 7: "month", 10: "day"}.get(len(c["date"] or ""))
        out.append({"type": c["type"],
                    "person": ({"name": c["person"], "mention": mention or c["person"], "person_id": None}
                               if c["person"] else None),
                    "date": c["date"], "date_precision": prec,
                    "destination_country": c["destination_country"], "term_months": c["term_months"],
                    "count": c["count"], "confidence": 1.0, "evidence": ev})
    print(json.dumps({"published": published, "language": lang, "claims": out}, ensure_ascii=False))
    return 0


def run_checks(d):
    fails = []

    def fail(msg):
        fails.append(msg)

    try:
        arts, spell = load(d)
    except Exception as exc:  # missing or malformed files
        print("FAIL: cannot load the set: %s" % exc)
        return 1
    files = set(os.listdir(d))
    if sorted(arts) != sorted(LANG_OF):
        fail("7: reports must be exactly 01..30, found %s" % sorted(arts))
    for nn in LANG_OF:
        if nn + ".txt" not in files:
            fail("7: %s.txt missing" % nn)
    n_claims = n_traps = 0
    types_seen, kinds_seen = set(), set()
    lang_count = {"en": 0, "ru": 0, "be": 0}

    for nn, art in sorted(arts.items()):
        raw, text, gold = art["raw"], art["text"], art["gold"]
        sp = spell.get(nn)
        # ---- 7: headers, length, language split, dates
        pub, lang = raw[0].strip(), raw[1].strip() if len(raw) > 1 else ""
        if not valid_date(pub) or len(pub) != 10:
            fail("7: %s bad publication date %r" % (nn, pub))
        elif not (PUB_MIN <= pub <= PUB_MAX):
            fail("7: %s publication date %s out of range" % (nn, pub))
        if lang not in lang_count:
            fail("7: %s bad language %r" % (nn, lang))
        else:
            lang_count[lang] += 1
        if LANG_OF.get(nn) != lang:
            fail("7: %s language %s, expected %s" % (nn, lang, LANG_OF.get(nn)))
        if len(raw) < 4 or raw[2].strip() != "" or not raw[3].strip():
            fail("7: %s line 3 must be blank and line 4 the headline" % nn)
        words = len(text.split())
        if not 150 <= words <= 550:
            fail("7: %s has %d words (150-550)" % (nn, words))
        if gold.get("published") != pub or gold.get("language") != lang:
            fail("7: %s gold published/language differ from the header" % nn)
        # ---- 8: script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", text):
                fail("8: %s Belarusian text contains и/щ/ъ" % nn)
            if not re.search(r"[ўЎ]", text) or not re.search(r"[іІ]", text):
                fail("8: %s Belarusian text lacks ў or і" % nn)
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", text):
                fail("8: %s Russian text contains ў/і" % nn)
        elif lang == "en":
            if re.search(r"[\u0400-\u04FF]", text):
                fail("8: %s English text contains Cyrillic" % nn)
        if sp is None:
            fail("2: %s missing from spellings.json" % nn)
            sp = {}
        toks = tokens(text)
        tokset = {t for t, _ in toks}
        caps = {t for t in tokset if t[:1].isupper()}
        claims, traps = gold.get("claims", []), gold.get("must_not", [])
        n_claims += len(claims)
        n_traps += len(traps)
        gold_people = {c.get("person") for c in claims if c.get("person")}
        trap_people = {m.get("person") for m in traps}
        for name in gold_people | trap_people:
            if name not in sp:
                fail("2: %s person %r not in spellings.json" % (nn, name))
        for name, e in sp.items():
            if name not in gold_people | trap_people:
                fail("2: %s spellings lists %r, who is in neither claims nor traps" % (nn, name))
        listed_sur = {s for e in sp.values() for s in e.get("surname", [])}
        listed_all = listed_sur | {g for e in sp.values() for g in e.get("given", [])}

        def own_keys(name):
            return sp.get(name, {}).get("keys", [])

        # ---- 6: claim shapes and dates
        for c in claims:
            t = c.get("type")
            types_seen.add(t)
            tag = "%s %s %s" % (nn, t, c.get("person") or c.get("count"))
            if t not in TYPES:
                fail("6: %s unknown type" % tag)
            if c.get("date") is not None:
                if not valid_date(c["date"]):
                    fail("6: %s invalid date %r" % (tag, c["date"]))
                elif c["date"] > pub[: len(c["date"])]:
                    fail("6: %s date %s after publication %s" % (tag, c["date"], pub))
            if t == "group_release":
                if c.get("person") is not None or c.get("surname_keys"):
                    fail("6: %s group_release must have null person and no keys" % tag)
                if not isinstance(c.get("count"), int) or c["count"] <= 0:
                    fail("6: %s group_release needs a positive count" % tag)
            else:
                if not c.get("person") or not c.get("surname_keys"):
                    fail("6: %s needs a person and surname_keys" % tag)
                if c.get("count") is not None:
                    fail("6: %s count only on group_release" % tag)
            if t == "sentenced":
                tm = c.get("term_months")
                if tm is not None and (not isinstance(tm, int) or tm <= 0):
                    fail("6: %s bad term_months" % tag)
            elif c.get("term_months") is not None:
                fail("6: %s term_months only on sentenced" % tag)
            if t == "deported":
                if c.get("destination_country") not in ISO2:
                    fail("6: %s deported needs an ISO country" % tag)
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                    fail("6: %s deported without released" % tag)
            elif c.get("destination_country") is not None:
                fail("6: %s destination_country only on deported" % tag)
            if t == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"] for x in claims):
                fail("6: %s pardoned without released" % tag)
            if c.get("person") and c.get("person") in sp and c.get("surname_keys") != own_keys(c["person"]):
                fail("2: %s gold keys differ from spellings.json keys" % tag)

        # ---- 1: gold persons are found and self-match
        for name in sorted(gold_people):
            keys = next(c["surname_keys"] for c in claims if c.get("person") == name)
            if not any(key_matches_token(k, t) for k in keys for t in tokset):
                fail("1: %s no token of the report matches keys of %s" % (nn, name))
            if not person_matches(name, keys, name):
                fail("1: %s person_matches rejects %s with its own keys" % (nn, name))

        # ---- 2 & 3: spellings
        for name, e in sp.items():
            keys, sur, given, rel = e.get("keys", []), e.get("surname", []), e.get("given", []), e.get("relatives", [])
            if not keys or not sur:
                fail("2: %s %s needs keys and surname spellings" % (nn, name))
            for s in sur:
                if not any(key_matches_token(k, s) for k in keys):
                    fail("2: %s keys of %s do not match spelling %s" % (nn, name, s))
            allowed = set(sur)
            for r in rel:
                if r not in sp:
                    fail("2: %s relative %r of %s not in spellings" % (nn, r, name))
                    continue
                if name not in sp[r].get("relatives", []):
                    fail("2: %s relative link %s -> %s not mirrored" % (nn, name, r))
                allowed |= set(sp[r].get("surname", []))
                for ka, kb, a, b in ((keys, sp[r]["keys"], name, r), (sp[r]["keys"], keys, r, name)):
                    for kk in (ka, keys_for(a)):
                        if person_matches(b, kk, a):
                            fail("2: %s scorer confuses relatives %s and %s" % (nn, a, b))
            for t in sorted(caps):
                if t not in allowed and any(key_matches_token(k, t) for k in keys):
                    fail("2: %s keys of %s also match unrelated word %s" % (nn, name, t))
            for s in list(sur) + list(given):
                if s not in tokset:
                    fail("3: %s spelling %s of %s does not occur in the text" % (nn, s, name))
        for t in sorted(caps):
            if t in listed_all:
                continue
            for s in listed_sur:
                if len(letters(t)) >= 4 and letters(t)[:4] == letters(s)[:4]:
                    fail("3: %s capitalised %s shares a prefix with surname %s but is not listed" % (nn, t, s))
                    break

        # ---- 5: traps
        seen = set()
        for m in traps:
            t, p, kind, why = m.get("type"), m.get("person"), m.get("kind"), m.get("why")
            tag = "%s trap %s %s" % (nn, t, p)
            kinds_seen.add(kind)
            if t not in TYPES or t == "group_release":
                fail("5: %s bad type" % tag)
            if kind not in KINDS:
                fail("5: %s bad kind %r" % (tag, kind))
            if not isinstance(why, str) or not why.strip():
                fail("5: %s needs a why" % tag)
            if not p:
                fail("5: %s needs a person" % tag)
                continue
            if (t, p) in seen:
                fail("5: %s listed twice" % tag)
            seen.add((t, p))
            tk = own_keys(p)
            if not tk or not any(key_matches_token(k, x) for k in tk for x in tokset):
                fail("5: %s trap person not named in the text" % tag)
            if not any(key_matches_token(k, x) for k in keys_for(p) for x in tokset):
                fail("5: %s scorer keys of the trap person match nothing in the text" % tag)
            blocked = {t}
            if t == "released":
                blocked |= {"pardoned", "deported"}
            for c in claims:
                if c["type"] in blocked and c.get("person"):
                    for kk in (keys_for(p), tk):
                        if kk and person_matches(c["person"], kk, p):
                            fail("%s: %s collides with gold %s %s" % ("6" if c["type"] != t else "5", tag, c["type"], c["person"]))
                            break

    # ---- 7/8 set-level
    if lang_count != {"en": 14, "ru": 10, "be": 6}:
        fail("7: language split %s, expected 14/10/6" % lang_count)
    missing_t = set(TYPES) - types_seen
    missing_k = set(KINDS) - kinds_seen
    if missing_t:
        fail("8: event types not covered: %s" % sorted(missing_t))
    if missing_k:
        fail("8: trap kinds not covered: %s" % sorted(missing_k))
    ratio = n_traps / (n_claims + n_traps) if n_claims + n_traps else 0
    if not 0.25 <= ratio <= 0.30:
        fail("8: traps are %.3f of all entries (0.25-0.30)" % ratio)

    # ---- 4: oracle through the scorer
    cmd = "%s %s --dir %s --oracle" % (sys.executable, os.path.abspath(__file__), d)
    try:
        res = score(d, cmd, 60)
    except Exception as exc:
        res = None
        fail("4: scorer raised %r" % exc)
    if res is not None:
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0):
            fail("4: oracle scored P=%s R=%s F1=%s" % (res["precision"], res["recall"], res["f1"]))
        if res["violations"] or res["errors"] or res["articles"] != 30:
            fail("4: oracle violations=%s errors=%s articles=%s" % (res["violations"], res["errors"], res["articles"]))
        for k in ("date", "dest", "term"):
            if a.get(k + "_ok", 0) != a.get(k + "_total", 0):
                fail("4: oracle %s %s/%s" % (k, a.get(k + "_ok", 0), a.get(k + "_total", 0)))
        for line in res["details"][:20]:
            fail("4: " + line)

    for f in fails:
        print("FAIL", f)
    print("reports=%d claims=%d traps=%d trap_share=%.3f" % (len(arts), n_claims, n_traps, ratio))
    if fails:
        print("%d FAILURES" % len(fails))
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    d = os.path.abspath(args.dir)
    if args.oracle:
        return oracle(d, args.oracle, args.published, args.lang)
    return run_checks(d)


if __name__ == "__main__":
    sys.exit(main())
