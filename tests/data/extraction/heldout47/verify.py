#!/usr/bin/env python3
"""Self-checks for the heldout47 extraction set.

Run:  python3 verify.py            (from anywhere)
Prints one line per failed check and, when everything holds, ALL CHECKS PASSED.

It imports the scorer's own matching functions from /work/shared/tools/score_claims.py, so the
checks use exactly the matching rules the set will be scored with. `verify.py --oracle DIR FILE ...`
is the oracle extractor used by check 3: it prints the gold claims of the article whose text is FILE.
"""
import datetime
import json
import os
import re
import sys

sys.dont_write_bytecode = True   # write nothing next to the shared scorer
sys.path.insert(0, "/work/shared/tools")
import score_claims as sc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT_TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
               "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
               "persecuted_after_release", "group_release"}
TRAP_KINDS = {"relative", "official", "rumour", "denial", "negation", "future", "question", "demand",
              "correction", "left_voluntarily", "refused_to_leave"}
ISO = set("AD AE AF AM AT AZ BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT KG KZ LT "
          "LU LV MD ME MK MT NL NO PL PT RO RS RU SE SI SK TJ TM TR UA US UZ".split())
WORD_RANGE = (120, 450)
LANG_SPLIT = {"en": 14, "ru": 10, "be": 6}
PUB_RANGE = ("2021-01-01", "2026-11-20")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LATIN = re.compile(r"^[A-Za-zÀ-ɏ\s'’\-]+$")
CYRILLIC = re.compile(r"^[\u0400-\u04FF\s'’ʼ\-]+$")


def read_article(stem):
    raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
    return raw


def article_text(raw):
    return "\n".join(raw[3:])          # exactly what score_claims hands to the extractor


def stems():
    return sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))


def fold4(word, n=4):
    f = re.sub(r"[^a-z]", "", sc.fold(word))
    return f[:n]


def shares_prefix(token, spelling):
    """Both fold (Cyrillic to Latin) to words that start with the same four letters; a spelling
    shorter than four letters (Pak, Chub) must be a prefix of the token."""
    a, b = re.sub(r"[^a-z]", "", sc.fold(token)), re.sub(r"[^a-z]", "", sc.fold(spelling))
    if len(b) < 4:
        return bool(b) and a.startswith(b)
    return len(a) >= 4 and a[:4] == b[:4]


def split_tokens(text):
    """Word tokens of the text; a hyphenated name also yields its parts (as score_claims.tokens_of does)."""
    out = []
    for t in TOKEN_RE.findall(text):
        out.append(t)
        if "-" in t:
            out.extend(x for x in t.split("-") if x)
    return out


def valid_date(s):
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(s) == n:
            try:
                datetime.datetime.strptime(s, fmt)
                return True
            except ValueError:
                return False
    return False


def oracle(gold_dir, path):
    text = open(path, encoding="utf-8").read()
    for stem in stems():
        if article_text(read_article(stem)) == text:
            gold = json.load(open(os.path.join(gold_dir, stem + ".gold.json"), encoding="utf-8"))
            claims = []
            for g in gold["claims"]:
                person = None if g["person"] is None else {"name": g["person"], "mention": g["person"], "person_id": None}
                claims.append({"type": g["type"], "person": person, "date": g["date"],
                               "date_precision": None if not g["date"] else {4: "year", 7: "month", 10: "day"}[len(g["date"])],
                               "destination_country": g["destination_country"], "term_months": g["term_months"],
                               "count": g["count"], "confidence": 1.0, "evidence": None})
            print(json.dumps({"published": gold["published"], "language": gold["language"], "claims": claims},
                             ensure_ascii=False))
            return 0
    print("{}")
    return 1


def main():
    fails = []
    fail = fails.append
    spell = json.load(open(os.path.join(HERE, "spellings.json"), encoding="utf-8"))
    langs = {"en": 0, "ru": 0, "be": 0}
    covered = set()
    kinds = set()
    all_stems = stems()
    if len(all_stems) != 30:
        fail(f"expected 30 articles, found {len(all_stems)}")
    for stem in all_stems:
        raw = read_article(stem)
        text = article_text(raw)
        gold = json.load(open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8"))
        tokens = split_tokens(text)
        caps = {t for t in tokens if t[0].isupper()}
        pub, lang = gold["published"], gold["language"]
        sp = spell.get(stem)
        if sp is None:
            fail(f"{stem}: no spellings.json entry")
            sp = {"people": {}, "relatives": []}

        # (8) header lines, body length, language split, script
        if raw[0].strip() != pub or raw[1].strip() != lang or raw[2].strip() != "" or not raw[3].strip() or raw[4].strip() != "":
            fail(f"{stem}: header lines do not match gold / layout")
        if not (PUB_RANGE[0] <= pub <= PUB_RANGE[1]) or not valid_date(pub) or len(pub) != 10:
            fail(f"{stem}: publication date {pub} outside range")
        body_words = len("\n".join(raw[5:]).split())
        if not (WORD_RANGE[0] <= body_words <= WORD_RANGE[1]):
            fail(f"{stem}: body has {body_words} words")
        if lang not in langs:
            fail(f"{stem}: language {lang}")
        else:
            langs[lang] += 1
        body_letters = "".join(ch for ch in text if ch.isalpha())
        if lang == "be" and not re.search("[ўі]", text):
            fail(f"{stem}: Belarusian text without ў/і")
        if lang == "ru" and re.search("[ўіЎІ]", text):
            fail(f"{stem}: Russian text with Belarusian letters")
        if lang == "en" and re.search("[\u0400-\u04FF]", body_letters):
            fail(f"{stem}: English text contains Cyrillic")
        script = LATIN if lang == "en" else CYRILLIC
        names = [g["person"] for g in gold["claims"] if g["person"]] + [m["person"] for m in gold["must_not"]]
        for n in names:
            if not script.match(n):
                fail(f"{stem}: name {n!r} not in the article's script")

        # per-person keys, consistent
        keys_of = {}
        for g in gold["claims"]:
            covered.add(g["type"])
            if g["type"] not in EVENT_TYPES:
                fail(f"{stem}: unknown type {g['type']}")
            for field in ("type", "person", "surname_keys", "date", "destination_country", "term_months", "count"):
                if field not in g:
                    fail(f"{stem}: claim lacks {field}")
            if g["person"]:
                k = tuple(g["surname_keys"])
                if keys_of.setdefault(g["person"], k) != k:
                    fail(f"{stem}: {g['person']} has inconsistent keys")

        # (1) every gold person matched by a token of its article
        for person, keys in keys_of.items():
            if not any(sc.key_matches_token(k, t) for k in keys for t in tokens):
                fail(f"{stem}: gold person {person} not matched by any token")

        # (2) keys vs spellings
        listed_all = set(sp["relatives"])
        for person, spl in sp["people"].items():
            listed_all |= set(spl)
            if person not in keys_of:
                fail(f"{stem}: spellings for {person}, who has no gold claim")
        for person, keys in keys_of.items():
            spl = sp["people"].get(person)
            if not spl:
                fail(f"{stem}: no spellings listed for {person}")
                continue
            for s in spl:
                if not any(sc.key_matches_token(k, s) for k in keys):
                    fail(f"{stem}: keys {list(keys)} of {person} miss spelling {s}")
            allowed = set(spl) | set(sp["relatives"])
            for t in caps:
                if t not in allowed and any(sc.key_matches_token(k, t) for k in keys):
                    fail(f"{stem}: keys {list(keys)} of {person} also match unrelated word {t}")
            # every capitalised token sharing a 4-letter prefix with a listed spelling is listed
            for t in caps:
                if t in listed_all:
                    continue
                if any(shares_prefix(t, s) for s in spl):
                    fail(f"{stem}: token {t} shares a prefix with {person}'s spellings but is not listed")
        for r in sp["relatives"]:
            if r not in caps:
                fail(f"{stem}: relative token {r} not in text")

        # (4) no must_not matched by a gold claim of the same type (both directions)
        for m in gold["must_not"]:
            kinds.add(m.get("kind"))
            if m.get("kind") not in TRAP_KINDS:
                fail(f"{stem}: must_not kind {m.get('kind')!r}")
            if not m.get("why"):
                fail(f"{stem}: must_not without why")
            if m["type"] not in EVENT_TYPES:
                fail(f"{stem}: must_not type {m['type']}")
            for g in gold["claims"]:
                if g["type"] != m["type"] or not g["person"]:
                    continue
                if sc.person_matches(g["person"], sc.keys_for(m["person"]), m["person"]):
                    fail(f"{stem}: gold {g['type']} {g['person']} would count as violation of must_not {m['person']}")
                if sc.person_matches(m["person"], g["surname_keys"], g["person"]):
                    fail(f"{stem}: trap {m['person']} would be credited to gold {g['type']} {g['person']}")
            # (5) every must_not person is named in the text
            if not any(sc.key_matches_token(k, t) for k in sc.keys_for(m["person"]) for t in tokens):
                fail(f"{stem}: must_not person {m['person']} not named in the text")

        # (6) dates valid, none after publication;  (7) shape rules
        released = {g["person"] for g in gold["claims"] if g["type"] == "released"}
        for g in gold["claims"]:
            d = g["date"]
            if d is not None:
                if not valid_date(d):
                    fail(f"{stem}: invalid date {d}")
                elif d > pub[:len(d)]:
                    fail(f"{stem}: date {d} after publication {pub}")
            if g["type"] == "deported":
                if g["person"] not in released:
                    fail(f"{stem}: deported {g['person']} without released")
                if g["destination_country"] not in ISO:
                    fail(f"{stem}: deported {g['person']} without ISO country")
            elif g["destination_country"] is not None:
                fail(f"{stem}: destination on {g['type']}")
            if g["type"] == "pardoned" and g["person"] not in released:
                fail(f"{stem}: pardoned {g['person']} without released")
            if g["type"] == "group_release":
                if g["person"] is not None or g["surname_keys"] or not isinstance(g["count"], int) or g["count"] < 2:
                    fail(f"{stem}: malformed group_release")
            else:
                if not g["person"] or not g["surname_keys"] or g["count"] is not None:
                    fail(f"{stem}: {g['type']} lacks person/keys or has a count")
            if g["term_months"] is not None and (g["type"] != "sentenced" or not isinstance(g["term_months"], int) or g["term_months"] <= 0):
                fail(f"{stem}: term_months on {g['type']} or not a positive integer")

    # (8) split and coverage
    if langs != LANG_SPLIT:
        fail(f"language split {langs}, expected {LANG_SPLIT}")
    if covered != EVENT_TYPES:
        fail(f"event types not covered: {sorted(EVENT_TYPES - covered)}")

    # (3) oracle through score_claims.score
    cmd = f"{sys.executable} {os.path.abspath(__file__)} --oracle {HERE}"
    if " " in sys.executable + os.path.abspath(__file__) + HERE:
        fail("paths with spaces: oracle command cannot be split")
    res = sc.score(HERE, cmd, 60)
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"errors={res['errors']} articles={res['articles']}")
    if (res["precision"], res["recall"], res["f1"], res["violations"], res["errors"]) != (1.0, 1.0, 1.0, 0, 0):
        fail("oracle did not score P=R=F1=1.0 with 0 violations: " + "; ".join(res["details"][:10]))

    for f in fails:
        print("FAIL", f)
    if fails:
        print(f"{len(fails)} CHECK(S) FAILED")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        sys.exit(oracle(sys.argv[2], sys.argv[3]))
    sys.exit(main())
