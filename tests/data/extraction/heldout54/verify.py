#!/usr/bin/env python3
"""Consistency checks for the heldout54 extraction evaluation set.

Usage:
  python3 verify.py            run all checks, print ALL CHECKS PASSED on success
  python3 verify.py --oracle FILE --published D --lang L
                               (used internally) print the gold claims of the article whose
                               text equals FILE, in the `volia extract` output shape

Checks:
 1 every gold person is matched by a token of its article (via the scorer's key_matches_token)
 2 surname keys match every spelling listed in spellings.json and no other capitalised word of
   the article (relatives' tokens excepted); every capitalised token sharing a 4-letter folded
   prefix with a listed spelling is itself listed
 3 an oracle that prints the gold scores P=R=F1=1.0 with 0 violations through score_claims.score
 4 no must_not entry is matched by a gold claim of the same type (both directions)
 5 every must_not person is named in the text (surname and given name)
 6 dates are valid YYYY[-MM[-DD]] and none is after the publication date
 7 deported has a released claim and an ISO country; pardoned has released; group_release has a
   null person and a count; term_months only on sentenced
 8 body length within 150..550 words, header lines match the gold, 14/10/6 language split,
   every event type covered, names in the article's script, publication dates in range
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
from score_claims import fold, key_matches_token, keys_for, person_matches, score  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"]
ISO = {"LT", "LV", "PL", "UA", "TR", "GE", "DE", "CZ", "AM", "KZ", "RU", "BY", "US"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "left_voluntarily", "refused_to_leave"}
WORDS_MIN, WORDS_MAX = 150, 550
PUB_MIN, PUB_MAX = "2021-01-01", "2026-11-20"
SPLIT = {"en": 14, "ru": 10, "be": 6}


def load():
    arts = {}
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".gold.json"):
            nn = f[: -len(".gold.json")]
            gold = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
            raw = open(os.path.join(HERE, nn + ".txt"), encoding="utf-8").read()
            arts[nn] = (gold, raw)
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    return arts, spell


def tokens(text):
    return re.findall(r"[^\W\d_]+", text)


def caps(text):
    return sorted({t for t in tokens(text) if t[0].isupper()})


def f4(w):
    return re.sub(r"[^a-z]", "", fold(w))[:4]


def article_text(raw):
    return "\n".join(raw.split("\n")[3:])


def parse_date(d):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d or "")
    if not m:
        return None
    y, mo, da = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return datetime.date(y, mo, da)
    except ValueError:
        return None


def oracle(argv):
    path = argv[argv.index("--oracle") + 1]
    text = open(path, encoding="utf-8").read()
    arts, _ = load()
    for nn, (gold, raw) in arts.items():
        if article_text(raw) == text:
            out = []
            for c in gold["claims"]:
                person = None
                if c["person"]:
                    person = {"name": c["person"], "mention": c["person"], "person_id": None}
                d = c["date"]
                prec = None if not d else {4: "year", 7: "month", 10: "day"}[len(d)]
                out.append({"type": c["type"], "person": person, "date": d, "date_precision": prec,
                            "destination_country": c["destination_country"],
                            "term_months": c["term_months"], "count": c["count"],
                            "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"],
                              "claims": out}, ensure_ascii=False))
            return 0
    print("no matching article", file=sys.stderr)
    return 1


def script_ok(name, lang):
    letters = [ch for ch in name if ch.isalpha()]
    if lang == "en":
        return all(ord(ch) < 0x0400 or ch in "ĀāĒēĪīŅņŠšŽžĢģĶķĻļ" for ch in letters) and \
            not any("\u0400" <= ch <= "\u04ff" for ch in letters)
    return all("\u0400" <= ch <= "\u04ff" for ch in letters)


def main():
    if "--oracle" in sys.argv:
        return oracle(sys.argv)
    arts, spell = load()
    errors = []

    def err(nn, msg):
        errors.append(f"{nn}: {msg}")

    langs = {}
    covered = set()
    for nn, (gold, raw) in arts.items():
        lines = raw.split("\n")
        text = article_text(raw)
        toks = tokens(text)
        cap = caps(text)
        lang = gold["language"]
        langs[lang] = langs.get(lang, 0) + 1
        pub = gold["published"]
        pubd = parse_date(pub)

        # 8: header lines, body length, script
        if lines[0].strip() != pub:
            err(nn, f"line 1 {lines[0]!r} != published {pub}")
        if lines[1].strip() != lang:
            err(nn, f"line 2 {lines[1]!r} != language {lang}")
        if lines[2].strip() != "" or not lines[3].strip() or lines[4].strip() != "" or not lines[5].strip():
            err(nn, "layout must be date, lang, blank, headline, blank, body")
        body = "\n".join(lines[5:])
        nwords = len(body.split())
        if not WORDS_MIN <= nwords <= WORDS_MAX:
            err(nn, f"body has {nwords} words")
        if not (pubd and PUB_MIN <= pub <= PUB_MAX and len(pub) == 10):
            err(nn, f"publication date {pub} invalid or out of range")
        cyr = sum(1 for ch in body if "\u0400" <= ch <= "\u04ff")
        lat = sum(1 for ch in body if "a" <= ch.lower() <= "z")
        if lang == "en" and cyr > lat / 20:
            err(nn, "English body is not mostly Latin")
        if lang in ("ru", "be") and lat > cyr / 20:
            err(nn, "Cyrillic body is not mostly Cyrillic")
        if lang == "be" and not re.search(r"[ўі]", body):
            err(nn, "Belarusian body without ў/і")
        if lang == "ru" and re.search(r"[ўі]", body):
            err(nn, "Russian body with Belarusian letters")
        if lang not in SPLIT:
            err(nn, f"unknown language {lang}")

        persons = {}
        for c in gold["claims"]:
            covered.add(c["type"])
            if c["type"] not in TYPES:
                err(nn, f"unknown type {c['type']}")
            for k in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if k not in c:
                    err(nn, f"claim lacks {k}")
            if c["person"]:
                persons.setdefault(c["person"], c["surname_keys"])
                if persons[c["person"]] != c["surname_keys"]:
                    err(nn, f"inconsistent keys for {c['person']}")
                if not c["surname_keys"] or any(k != k.lower() or not re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    err(nn, f"bad surname keys {c['surname_keys']}")
                if not script_ok(c["person"], lang):
                    err(nn, f"gold name {c['person']} not in the article's script")
            # 6: dates
            if c["date"] is not None:
                d = parse_date(c["date"])
                if d is None:
                    err(nn, f"invalid date {c['date']}")
                elif d > pubd:
                    err(nn, f"date {c['date']} after publication {pub}")
                elif d.year < 2010:
                    err(nn, f"implausible date {c['date']}")
            # 7: shape rules
            if c["term_months"] is not None and (c["type"] != "sentenced" or not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(nn, f"term_months on {c['type']} {c['person']}")
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] or not isinstance(c["count"], int) or c["count"] < 2:
                    err(nn, "group_release needs null person, no keys and a count")
            else:
                if not c["person"]:
                    err(nn, f"{c['type']} without a person")
                if c["count"] is not None:
                    err(nn, f"count on {c['type']}")
            if c["type"] == "deported":
                if c["destination_country"] not in ISO:
                    err(nn, f"deported {c['person']} without ISO country")
                if not any(o["type"] == "released" and o["person"] == c["person"] for o in gold["claims"]):
                    err(nn, f"deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(nn, f"destination_country on {c['type']}")
            if c["type"] == "pardoned" and not any(o["type"] == "released" and o["person"] == c["person"] for o in gold["claims"]):
                err(nn, f"pardoned {c['person']} without released")
        dup = {}
        for c in gold["claims"]:
            key = (c["type"], c["person"], c["date"])
            dup[key] = dup.get(key, 0) + 1
        for key, n in dup.items():
            if n > 1:
                err(nn, f"duplicate claim {key}")

        # 1 and 2: names, keys and spellings
        sp = spell.get(nn)
        if sp is None:
            err(nn, "no spellings entry")
            continue
        if set(sp["persons"]) != set(persons):
            err(nn, f"spellings persons {sorted(sp['persons'])} != gold persons {sorted(persons)}")
        relatives = set(sp["relatives"])
        for r in relatives:
            if r not in toks:
                err(nn, f"relative token {r} not in text")
        for p, keys in persons.items():
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                err(nn, f"check1: {p} not matched by any token of the article")
            listed = set(sp["persons"].get(p, []))
            if not any(t in listed for t in toks):
                err(nn, f"check1: no listed spelling of {p} occurs in the text")
            for s in listed:
                if not any(key_matches_token(k, s) for k in keys):
                    err(nn, f"check2: keys {keys} miss listed spelling {s}")
            for t in cap:
                if t in listed or t in relatives:
                    continue
                if any(key_matches_token(k, t) for k in keys):
                    err(nn, f"check2: keys {keys} of {p} also match unrelated word {t}")
                if any(f4(t) == f4(s) for s in listed):
                    err(nn, f"check2: token {t} shares a 4-letter prefix with a spelling of {p} but is not listed")
            if not script_ok(p, lang):
                err(nn, f"name {p} not in script of {lang}")

        # 4 and 5: traps
        if not 3 <= len(gold["must_not"]) <= 5:
            err(nn, f"{len(gold['must_not'])} must_not entries")
        for m in gold["must_not"]:
            for k in ("type", "person", "why", "kind"):
                if not m.get(k):
                    err(nn, f"must_not lacks {k}")
            if m["type"] not in TYPES or m["type"] == "group_release":
                err(nn, f"must_not type {m['type']}")
            if m.get("kind") not in KINDS:
                err(nn, f"must_not kind {m.get('kind')}")
            if not script_ok(m["person"], lang):
                err(nn, f"must_not name {m['person']} not in script of {lang}")
            mk = keys_for(m["person"])
            for c in gold["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if person_matches(c["person"], mk, m["person"]):
                    err(nn, f"check4: gold {c['type']} {c['person']} matches must_not {m['person']}")
                if person_matches(m["person"], c["surname_keys"], c["person"]):
                    err(nn, f"check4: must_not {m['person']} would match gold {c['type']} {c['person']}")
            parts = m["person"].split()
            if not any(key_matches_token(mk[0], t) for t in toks):
                err(nn, f"check5: must_not surname of {m['person']} not in text")
            if len(parts) > 1:
                g3 = re.sub(r"[^a-z]", "", fold(parts[0]))[:3]
                if not any(re.sub(r"[^a-z]", "", fold(t)).startswith(g3) for t in toks if t[0].isupper()):
                    err(nn, f"check5: given name of {m['person']} not in text")

    if langs != SPLIT:
        errors.append(f"set: language split {langs} != {SPLIT}")
    missing = set(TYPES) - covered
    if missing:
        errors.append(f"set: event types not covered: {sorted(missing)}")
    if len(arts) != 30:
        errors.append(f"set: {len(arts)} articles")

    # 3: oracle through the scorer
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle"
    res = score(HERE, cmd, 60)
    print(f"oracle: precision={res['precision']} recall={res['recall']} f1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")
    a = res["attributes"]
    if (res["precision"], res["recall"], res["f1"]) != (1.0, 1.0, 1.0) or res["violations"] or res["errors"]:
        errors.append(f"check3: oracle scores {res['precision']}/{res['recall']}/{res['f1']}, "
                      f"violations {res['violations']}, errors {res['errors']}")
        errors.extend("  " + d for d in res["details"][:20])
    if a.get("date_ok") != a.get("date_total") or a.get("dest_ok") != a.get("dest_total") or a.get("term_ok") != a.get("term_total"):
        errors.append(f"check3: oracle attributes {a}")

    n_claims = sum(len(g["claims"]) for g, _ in arts.values())
    n_mn = sum(len(g["must_not"]) for g, _ in arts.values())
    print(f"articles={len(arts)} claims={n_claims} must_not={n_mn} languages={langs}")
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
