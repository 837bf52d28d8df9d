#!/usr/bin/env python3
"""Self-check for the heldout94 blind evaluation set of `volia extract`.

  python3 verify.py                 run every check, print ALL CHECKS PASSED on success
  python3 verify.py --dir DIR       check another copy of the set
  python3 verify.py --stats         also print counts (claims by type, traps by kind, words)
  python3 verify.py --oracle FILE --published DATE --lang LANG
                                    print the gold of the report whose body is FILE, in the
                                    extraction JSON shape of shared/docs/domain.md

Needs only the standard library and the scorer module score_claims.py, found in
$VOLIA_SCORER_DIR or ../../../../../shared/tools relative to this file.
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.environ.get("VOLIA_SCORER_DIR")
                or os.path.normpath(os.path.join(HERE, "../../../../../shared/tools")))
import score_claims as sc  # noqa: E402

TYPES = ["detained", "charged", "sentenced", "transferred", "incommunicado",
         "solitary_confinement", "released", "pardoned", "deported", "died_in_custody",
         "recognized", "recognition_withdrawn", "persecuted_after_release", "group_release"]
KINDS = ["official", "relative", "negation", "future", "rumour", "left_voluntarily", "demand",
         "refused_to_leave", "denial", "question", "correction", "pretrial_custody",
         "hypothetical"]
ISO = set("""AD AE AF AG AL AM AO AR AT AU AZ BA BE BG BR BY CA CH CN CY CZ DE DK EE ES FI FR GB
GE GR HR HU IE IL IS IT JP KG KZ LI LT LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TJ TM TR
UA US UZ""".split())
LANG_OF = {**{f"{i:02d}": "en" for i in range(1, 15)},
           **{f"{i:02d}": "ru" for i in range(15, 25)},
           **{f"{i:02d}": "be" for i in range(25, 31)}}
FIRST_PUB, LAST_PUB = "2021-01-01", "2026-11-20"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def load(d):
    reports = {}
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".gold.json"):
            stem = fn[:-10]
            raw = open(os.path.join(d, stem + ".txt"), encoding="utf-8").read()
            lines = raw.split("\n")
            gold = json.load(open(os.path.join(d, fn), encoding="utf-8"))
            reports[stem] = {"raw": raw, "lines": lines, "body": "\n".join(lines[3:]), "gold": gold}
    spell = json.load(open(os.path.join(d, "spellings.json"), encoding="utf-8"))
    return reports, spell


def tokens(text):
    out = []
    for t in WORD.findall(text):
        out.append(t)
        if "-" in t:
            out.extend(p for p in t.split("-") if p)
    return out


def occurs(form, text):
    return re.search(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", text) is not None


def fold4(s):
    return re.sub(r"[^a-z]", "", sc.fold(s))[:4]


def key_hits(keys, tok):
    return any(sc.key_matches_token(k, tok) for k in keys)


def valid_date(s):
    if s is None:
        return True
    for fmt, n in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
        if len(s) == n:
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def precision(d):
    return {4: "year", 7: "month", 10: "day"}.get(len(d or ""), None)


def oracle(args):
    body = open(args.oracle, encoding="utf-8").read()
    reports, spell = load(args.dir)
    for stem, r in reports.items():
        if r["body"] == body:
            g = r["gold"]
            persons = {p["person"]: p for p in spell[stem]["persons"]}
            claims = []
            for c in g["claims"]:
                ev = {"start": 0, "end": 0, "text": ""}
                mention = None
                if c["person"]:
                    for f in persons[c["person"]]["surname_forms"]:
                        m = re.search(re.escape(f), body)
                        if m:
                            mention = f
                            ev = {"start": m.start(), "end": m.end(), "text": f}
                            break
                claims.append({
                    "type": c["type"],
                    "person": ({"name": c["person"], "mention": mention, "person_id": None}
                               if c["person"] else None),
                    "date": c["date"], "date_precision": precision(c["date"]),
                    "destination_country": c["destination_country"],
                    "term_months": c["term_months"], "count": c["count"],
                    "confidence": 1.0, "evidence": ev})
            print(json.dumps({"published": args.published or g["published"],
                              "language": args.lang or g["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print(json.dumps({"published": args.published, "language": args.lang, "claims": []}))
    return 0


def check(d, show_stats):
    reports, spell = load(d)
    errs = []

    def err(n, msg):
        errs.append(f"[check {n}] {msg}")

    total_claims = total_traps = 0
    types, kinds, langs, words = Counter(), Counter(), Counter(), {}
    for stem, r in reports.items():
        g, body, lines = r["gold"], r["body"], r["lines"]
        sp = spell.get(stem)
        if sp is None:
            err(2, f"{stem}: missing from spellings.json")
            continue
        persons = {p["person"]: p for p in sp["persons"]}
        toks = tokens(body)
        caps = sorted({t for t in toks if t[:1].isupper()})

        # 7. header, words, language split, dates
        pub, lang = lines[0].strip(), lines[1].strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or not valid_date(pub) or lines[2].strip():
            err(7, f"{stem}: bad header")
        if lang != LANG_OF.get(stem) or sp.get("language") != lang:
            err(7, f"{stem}: language {lang} should be {LANG_OF.get(stem)}")
        if not (FIRST_PUB <= pub <= LAST_PUB):
            err(7, f"{stem}: publication date {pub} out of range")
        if g.get("published") != pub or g.get("language") != lang:
            err(7, f"{stem}: gold header differs from text header")
        n_words = len(body.split())
        words[stem] = n_words
        if not 150 <= n_words <= 550:
            err(7, f"{stem}: {n_words} words")
        langs[lang] += 1

        # 8. script
        if lang == "be":
            if re.search(r"[иИщЩъЪ]", body):
                err(8, f"{stem}: Belarusian text contains и/щ/ъ")
            if not re.search(r"[ўЎ]", body) or not re.search(r"[іІ]", body):
                err(8, f"{stem}: Belarusian text lacks ў or і")
        elif lang == "ru":
            if re.search(r"[ўЎіІ]", body):
                err(8, f"{stem}: Russian text contains ў/і")
        elif re.search(r"[\u0400-\u04FF]", body):
            err(8, f"{stem}: English text contains Cyrillic")

        # 2/3. spellings
        listed = set()
        for p in sp["persons"]:
            listed.update(p["surname_forms"])
            listed.update(p["given_forms"])
        for p in sp["persons"]:
            name, keys = p["person"], p["surname_keys"]
            if not keys or any(k != k.lower() or re.search(r"[^a-z]", k) for k in keys):
                err(2, f"{stem}: {name}: keys must be lower-case folded Latin")
            allowed = set(p["surname_forms"])
            for rel in p["relatives"]:
                if rel not in persons:
                    err(2, f"{stem}: {name}: relative {rel} not listed")
                    continue
                if name not in persons[rel]["relatives"]:
                    err(2, f"{stem}: {name} -> {rel} relative link is one-way")
                allowed.update(persons[rel]["surname_forms"])
                if sc.person_matches(rel, keys, name) or sc.person_matches(name, persons[rel]["surname_keys"], rel):
                    err(2, f"{stem}: relatives {name} / {rel} match each other")
            for f in p["surname_forms"]:
                if not key_hits(keys, f):
                    err(2, f"{stem}: {name}: keys {keys} miss surname form {f}")
            for t in caps:
                if t not in allowed and key_hits(keys, t):
                    err(2, f"{stem}: {name}: keys {keys} also match {t}")
            for f in p["surname_forms"] + p["given_forms"]:
                if not occurs(f, body):
                    err(3, f"{stem}: {name}: listed form {f} not in text")
            for f in p["surname_forms"]:
                for t in caps:
                    if t not in listed and len(fold4(f)) == 4 and fold4(t) == fold4(f):
                        err(3, f"{stem}: {name}: unlisted token {t} shares prefix with {f}")

        # 1/5/6. gold claims and traps
        claims, traps = g["claims"], g["must_not"]
        total_claims += len(claims)
        total_traps += len(traps)
        for c in claims:
            typ, person = c.get("type"), c.get("person")
            types[typ] += 1
            if typ not in TYPES:
                err(6, f"{stem}: unknown type {typ}")
            if set(c) != {"type", "person", "surname_keys", "date", "destination_country",
                          "term_months", "count"}:
                err(6, f"{stem}: claim fields {sorted(c)}")
            if not valid_date(c.get("date")):
                err(6, f"{stem}: invalid date {c.get('date')}")
            elif c.get("date") and c["date"] > pub[: len(c["date"])]:
                err(6, f"{stem}: date {c['date']} after publication {pub}")
            if (c.get("destination_country") is not None) != (typ == "deported"):
                err(6, f"{stem}: destination_country on {typ} {person}")
            if c.get("term_months") is not None and typ != "sentenced":
                err(6, f"{stem}: term_months on {typ}")
            if c.get("term_months") is not None and c["term_months"] <= 0:
                err(6, f"{stem}: bad term")
            if typ == "group_release":
                if person is not None or not isinstance(c.get("count"), int) or c["count"] <= 0 or c["surname_keys"]:
                    err(6, f"{stem}: group_release needs null person, no keys and a positive count")
                continue
            if c.get("count") is not None:
                err(6, f"{stem}: count on {typ}")
            if person not in persons:
                err(1, f"{stem}: gold person {person} missing from spellings.json")
                continue
            keys = c["surname_keys"]
            if keys != persons[person]["surname_keys"]:
                err(2, f"{stem}: {person}: gold keys differ from spellings.json")
            if not any(key_hits(keys, t) for t in toks):
                err(1, f"{stem}: gold person {person} not found in text")
            if not sc.person_matches(person, keys, person):
                err(1, f"{stem}: person_matches rejects {person} with own keys")
            if typ == "deported":
                if c["destination_country"] not in ISO:
                    err(6, f"{stem}: bad country {c['destination_country']}")
                if not any(x["type"] == "released" and x["person"] == person for x in claims):
                    err(6, f"{stem}: deported without released for {person}")
            if typ == "pardoned" and not any(x["type"] == "released" and x["person"] == person for x in claims):
                err(6, f"{stem}: pardoned without released for {person}")
        seen = set()
        for t in traps:
            typ, person, kind = t.get("type"), t.get("person"), t.get("kind")
            kinds[kind] += 1
            if set(t) != {"type", "person", "why", "kind"}:
                err(5, f"{stem}: trap fields {sorted(t)}")
            if typ not in TYPES or typ == "group_release":
                err(5, f"{stem}: trap type {typ}")
            if kind not in KINDS:
                err(5, f"{stem}: trap kind {kind}")
            if not isinstance(t.get("why"), str) or len(t["why"].strip()) < 5:
                err(5, f"{stem}: trap why missing")
            if (typ, person) in seen:
                err(5, f"{stem}: trap {typ} {person} listed twice")
            seen.add((typ, person))
            if person not in persons:
                err(5, f"{stem}: trap person {person} missing from spellings.json")
                continue
            own = persons[person]["surname_keys"]
            if not any(key_hits(own, x) for x in toks):
                err(5, f"{stem}: trap person {person} not named in text")
            for c in claims:
                if c["person"] is None:
                    continue
                hit1 = sc.person_matches(c["person"], sc.keys_for(person), person)
                hit2 = sc.person_matches(c["person"], own, person)
                if c["type"] == typ and (hit1 or hit2):
                    err(5, f"{stem}: trap {typ} {person} matched by gold claim of {c['person']}")
                if typ == "released" and c["type"] in ("released", "pardoned", "deported") and (hit1 or hit2):
                    err(6, f"{stem}: released trap on {person} but gold {c['type']}")

    # 7/8. set-level
    if len(reports) != 30 or sorted(reports) != [f"{i:02d}" for i in range(1, 31)]:
        err(7, f"expected reports 01..30, found {len(reports)}")
    if (langs["en"], langs["ru"], langs["be"]) != (14, 10, 6):
        err(7, f"language split {dict(langs)}")
    for t in TYPES:
        if not types[t]:
            err(8, f"type {t} never in gold")
    for k in KINDS:
        if not kinds[k]:
            err(8, f"trap kind {k} never used")
    share = total_traps / max(total_claims + total_traps, 1)
    if not 0.25 <= share <= 0.30:
        err(8, f"trap share {share:.3f} outside 25-30 %")

    # 4. oracle through the scorer
    if not errs:
        cmd = f"{sys.executable} {os.path.abspath(__file__)} --dir {os.path.abspath(d)} --oracle"
        res = sc.score(d, cmd, 120)
        a = res["attributes"]
        if not (res["precision"] == res["recall"] == res["f1"] == 1.0 and res["violations"] == 0
                and res["errors"] == 0 and res["articles"] == 30
                and a.get("date_ok") == a.get("date_total")
                and a.get("dest_ok") == a.get("dest_total")
                and a.get("term_ok") == a.get("term_total")):
            err(4, "oracle does not score perfectly: " + json.dumps(
                {k: res[k] for k in ("precision", "recall", "f1", "violations", "errors", "articles",
                                     "attributes")}) + " " + "; ".join(res["details"][:10]))

    if show_stats:
        print("claims by type:", json.dumps(dict(sorted(types.items())), ensure_ascii=False))
        print("traps by kind:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
        print(f"claims={total_claims} traps={total_traps} share={share:.3f}")
        print("languages:", dict(langs))
        print("words: total", sum(words.values()), "min", min(words.values()),
              "max", max(words.values()), json.dumps(words))
    for e in errs:
        print(e)
    if errs:
        print(f"{len(errs)} PROBLEM(S)")
        return 1
    print("ALL CHECKS PASSED")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=HERE)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--oracle")
    ap.add_argument("--published")
    ap.add_argument("--lang")
    args = ap.parse_args()
    if args.oracle:
        return oracle(args)
    return check(args.dir, args.stats)


if __name__ == "__main__":
    sys.exit(main())
