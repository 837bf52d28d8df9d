#!/usr/bin/env python3
"""Self-check of the heldout52 evaluation set.

Usage:  python3 verify.py            run all checks, print ALL CHECKS PASSED or the failures
        python3 verify.py --oracle FILE --published D --lang L
                                     (used by check 3) print the gold claims of the article whose
                                     text is FILE, in the extraction JSON shape of domain.md
Only the scorer's own functions are used for name matching (score_claims.py).
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
import score_claims as S  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
         "correction", "voluntary_departure", "refused_to_leave", "total_count", "other"}
SPLIT = {"en": 14, "ru": 10, "be": 6}
BODY_MIN, BODY_MAX = 250, 650
TOK = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def articles():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def read(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
    return raw, gold


def scorer_text(raw):
    return "\n".join(raw.split("\n")[3:])


def oracle(path):
    text = open(path, encoding="utf-8").read()
    for stem in articles():
        raw, gold = read(stem)
        if scorer_text(raw) == text:
            claims = []
            for c in gold["claims"]:
                person = None if c["person"] is None else {"name": c["person"], "mention": c["person"], "person_id": None}
                claims.append({"type": c["type"], "person": person, "date": c["date"],
                               "date_precision": {None: None, 4: "year", 7: "month", 10: "day"}[len(c["date"]) if c["date"] else None],
                               "destination_country": c["destination_country"], "term_months": c["term_months"],
                               "count": c["count"], "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("no article matches", file=sys.stderr)
    return 1


def km(keys, tok):
    return any(S.key_matches_token(k, tok) for k in keys)


def f4(t):
    return re.sub(r"[^a-z]", "", S.fold(t))[:4]


def main():
    errors = []
    err = errors.append
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    stems = articles()
    langs = {}
    covered = set()
    for stem in stems:
        raw, gold = read(stem)
        lines = raw.split("\n")
        text = scorer_text(raw)
        toks = TOK.findall(text)
        caps = set(t for t in toks if t[0].isupper())
        pub, lang = lines[0].strip(), lines[1].strip()
        langs[lang] = langs.get(lang, 0) + 1
        # (8) header and body
        if pub != gold["published"] or lang != gold["language"]:
            err(f"{stem}: header {pub}/{lang} != gold {gold['published']}/{gold['language']}")
        if lines[2].strip() or not lines[3].strip() or lines[4].strip():
            err(f"{stem}: layout must be date, lang, blank, headline, blank, body")
        body_words = len("\n".join(lines[5:]).split())
        if not BODY_MIN <= body_words <= BODY_MAX:
            err(f"{stem}: body has {body_words} words")
        try:
            pubd = datetime.date.fromisoformat(pub)
        except ValueError:
            err(f"{stem}: bad publication date {pub}")
            continue
        if not datetime.date(2021, 1, 1) <= pubd <= datetime.date(2026, 11, 20):
            err(f"{stem}: publication date out of range")
        sp = spell.get(stem)
        if sp is None:
            err(f"{stem}: missing from spellings.json")
            continue
        persons = sp["persons"]
        relatives = sp.get("relatives", {})
        rel_tokens = set(t for v in relatives.values() for t in v)
        gold_people = set(c["person"] for c in gold["claims"] if c["person"])
        if gold_people != set(persons):
            err(f"{stem}: spellings.json persons differ from gold persons: {gold_people ^ set(persons)}")
        # script of names
        script = CYR if lang in ("ru", "be") else LAT
        other = LAT if lang in ("ru", "be") else CYR
        for name in list(gold_people) + [m["person"] for m in gold["must_not"] if m.get("person")]:
            if not script.search(name) or other.search(name):
                err(f"{stem}: name {name!r} not in the article's script")
        for c in gold["claims"]:
            covered.add(c["type"])
            if c["type"] not in TYPES:
                err(f"{stem}: unknown type {c['type']}")
            # (7) shapes
            if c["type"] == "group_release":
                if c["person"] is not None or c["surname_keys"] or not isinstance(c["count"], int) or c["count"] < 2:
                    err(f"{stem}: group_release must have null person and a count")
            else:
                if not c["person"] or not c["surname_keys"] or c["count"] is not None:
                    err(f"{stem}: claim {c['type']} needs a person, keys and no count")
                if any(not re.fullmatch(r"[a-z]+", k) for k in c["surname_keys"]):
                    err(f"{stem}: keys must be lowercase Latin: {c['surname_keys']}")
                if persons.get(c["person"], {}).get("surname_keys") != c["surname_keys"]:
                    err(f"{stem}: keys of {c['person']} differ between gold claims and spellings.json")
            if c["term_months"] is not None and (c["type"] != "sentenced" or not isinstance(c["term_months"], int) or c["term_months"] <= 0):
                err(f"{stem}: term_months only on sentenced, positive int ({c['type']} {c['person']})")
            if c["type"] == "deported":
                if not re.fullmatch(r"[A-Z]{2}", c["destination_country"] or ""):
                    err(f"{stem}: deported {c['person']} without ISO country")
                if not any(x["type"] == "released" and x["person"] == c["person"] for x in gold["claims"]):
                    err(f"{stem}: deported {c['person']} without released")
            elif c["destination_country"] is not None:
                err(f"{stem}: destination_country only on deported")
            if c["type"] == "pardoned" and not any(x["type"] == "released" and x["person"] == c["person"] for x in gold["claims"]):
                err(f"{stem}: pardoned {c['person']} without released")
            # (6) dates
            d = c["date"]
            if d is not None:
                ok = bool(DATE_RE.match(d))
                if ok:
                    try:
                        parts = [int(x) for x in d.split("-")] + [1, 1]
                        datetime.date(parts[0], parts[1], parts[2])
                    except ValueError:
                        ok = False
                if not ok:
                    err(f"{stem}: bad date {d}")
                elif d > pub[: len(d)]:
                    err(f"{stem}: date {d} after publication {pub}")
        # (1) every gold person matched by its own name and by a token of the article
        for p in gold_people:
            keys = persons.get(p, {}).get("surname_keys", [])
            if not S.person_matches(p, keys, p):
                err(f"{stem}: gold name {p} not matched by its own keys")
            if not any(km(keys, t) for t in toks):
                err(f"{stem}: no token of the article matches {p} {keys}")
        # (2) spellings
        listed = set(rel_tokens)
        for p, v in persons.items():
            listed.update(v["spellings"])
            for s in v["spellings"]:
                if not km(v["surname_keys"], s):
                    err(f"{stem}: keys {v['surname_keys']} of {p} miss spelling {s}")
            for t in caps:
                if km(v["surname_keys"], t) and t not in v["spellings"] and t not in rel_tokens:
                    err(f"{stem}: keys of {p} match unlisted capitalised word {t!r}")
            for q, w in persons.items():
                if q != p:
                    for s in w["spellings"]:
                        if km(v["surname_keys"], s):
                            err(f"{stem}: keys of {p} match {q}'s spelling {s}")
        prefixes = set(f4(s) for s in listed if len(f4(s)) == 4)
        for t in caps:
            if f4(t) in prefixes and t not in listed:
                err(f"{stem}: capitalised {t!r} shares a 4-letter prefix with a listed spelling but is not listed")
        # (4) and (5) must_not
        for m in gold["must_not"]:
            if m.get("kind") not in KINDS or not m.get("why"):
                err(f"{stem}: must_not needs a why and a known kind: {m}")
            if m["type"] not in TYPES:
                err(f"{stem}: must_not unknown type {m['type']}")
            if m.get("person") is None:
                if m.get("kind") != "total_count" or not isinstance(m.get("count"), int):
                    err(f"{stem}: a must_not without person must be a total_count with a count")
                    continue
                digits = re.sub(r"(?<=\d)[ ,.\u00a0\u202f](?=\d{3}\b)", "", text)
                if not re.search(rf"(?<!\d){m['count']}(?!\d)", digits):
                    err(f"{stem}: total {m['count']} not in the text")
                if any(c["type"] == "group_release" and c["count"] == m["count"] for c in gold["claims"]):
                    err(f"{stem}: total {m['count']} is also a gold group_release")
                continue
            mk = S.keys_for(m["person"])
            if not any(km(mk, t) for t in toks):
                err(f"{stem}: must_not person {m['person']} not named in the text")
            for c in gold["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if S.person_matches(c["person"], mk, m["person"]):
                    err(f"{stem}: must_not {m['type']} {m['person']} is matched by gold claim of {c['person']}")
                if S.person_matches(m["person"], c["surname_keys"], c["person"]):
                    err(f"{stem}: must_not person {m['person']} would be taken for gold {c['person']} ({m['type']})")
    # (8) set-level
    if langs != SPLIT:
        err(f"language split {langs} != {SPLIT}")
    if covered != TYPES:
        err(f"event types not covered: {TYPES - covered}")
    # (3) oracle through the scorer
    res = S.score(HERE, f"{sys.executable} {os.path.abspath(__file__)} --oracle", 60)
    print(f"oracle: precision={res['precision']} recall={res['recall']} f1={res['f1']} "
          f"violations={res['violations']} errors={res['errors']} articles={res['articles']}")
    if (res["precision"], res["recall"], res["f1"], res["violations"], res["errors"]) != (1.0, 1.0, 1.0, 0, 0):
        err("oracle does not score P=R=F1=1.0 with 0 violations: " + "; ".join(res["details"][:20]))
    n = sum(len(read(s)[1]["claims"]) for s in stems)
    k = sum(len(read(s)[1]["must_not"]) for s in stems)
    print(f"articles={len(stems)} claims={n} must_not={k}")
    for e in errors:
        print("FAIL", e)
    if errors:
        print(f"{len(errors)} FAILURES")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2]))
    sys.exit(main())
