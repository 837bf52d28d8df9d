"""Validate heldout5 gold files: JSON shape, known types, dates, and that surname keys
meet a word of the text under score_claims.py's folding. Run with the project venv:
  /work/main/.venv/bin/python tests/data/extraction/heldout5/check_gold.py
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/tools")
from score_claims import key_matches_token, keys_for, person_matches, fold  # noqa: E402

TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized", "recognition_withdrawn",
         "persecuted_after_release", "group_release"}
CLAIM_KEYS = {"type", "person", "surname_keys", "date", "destination_country", "term_months", "count"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BAD_GIVEN = ("Е", "Ю", "Я")


def words(text):
    return [w for w in re.split(r"[^\w'’ʼ-]+", text) if w]


def main():
    errors, by_type, langs, total = [], collections.Counter(), collections.Counter(), 0
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".gold.json"):
            continue
        stem = fn[:-10]
        def err(msg):
            errors.append(f"{stem}: {msg}")
        try:
            gold = json.load(open(os.path.join(HERE, fn), encoding="utf-8"))
        except ValueError as e:
            err(f"invalid JSON {e}")
            continue
        raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
        pub, lang, blank, text = raw[0].strip(), raw[1].strip(), raw[2], "\n".join(raw[3:])
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", pub) or lang not in ("en", "ru", "be") or blank.strip():
            err("bad txt header")
        if gold.get("published") != pub or gold.get("language") != lang:
            err("published/language differ from txt header")
        langs[lang] += 1
        n_words = len(text.split())
        if not 230 <= n_words <= 620:
            err(f"text has {n_words} words")
        toks = words(text)
        for i, c in enumerate(gold["claims"]):
            total += 1
            if set(c) != CLAIM_KEYS:
                err(f"claim {i} keys {sorted(set(c) ^ CLAIM_KEYS)}")
            t = c.get("type")
            by_type[t] += 1
            if t not in TYPES:
                err(f"claim {i} unknown type {t}")
            if c.get("date") is not None and (not DATE.match(c["date"]) or c["date"] > pub):
                err(f"claim {i} bad date {c['date']}")
            if c.get("destination_country") is not None and not re.match(r"^[A-Z]{2}$", c["destination_country"]):
                err(f"claim {i} bad destination")
            if (t == "deported") != (c.get("destination_country") is not None):
                err(f"claim {i} destination only and always on deported")
            if c.get("term_months") is not None and (not isinstance(c["term_months"], int) or t != "sentenced"):
                err(f"claim {i} bad term")
            if t == "group_release":
                if c["person"] is not None or not isinstance(c.get("count"), int) or c["surname_keys"]:
                    err(f"claim {i} group_release needs person null, count, no keys")
                continue
            if c.get("count") is not None:
                err(f"claim {i} count on a personal claim")
            person, keys = c.get("person"), c.get("surname_keys") or []
            if not person or not 1 <= len(keys) <= 5:
                err(f"claim {i} needs person and 1-5 keys")
                continue
            if person.split()[0].startswith(BAD_GIVEN) or person.split()[0] in ("Oleg", "Gennady", "Олег", "Геннадий"):
                err(f"claim {i} given name to avoid: {person}")
            for k in keys:
                if not re.match(r"^[a-z]+$", k):
                    err(f"claim {i} key not ASCII lowercase: {k}")
            if not any(key_matches_token(k, w) for k in keys for w in toks):
                err(f"claim {i} no key of {keys} meets a word of the text")
            if not person_matches(person, keys, person):
                err(f"claim {i} keys {keys} do not match the gold name {person}")
        for j, m in enumerate(gold.get("must_not", [])):
            if set(m) != {"type", "person", "why"} or m["type"] not in TYPES:
                err(f"must_not {j} shape")
                continue
            mk = keys_for(m["person"])
            stem_ = re.sub(r"[^a-z]", "", fold(m["person"].split()[-1]))[:-1]
            if not any(key_matches_token(k, w) for k in mk for w in toks) and not any(
                    re.sub(r"[^a-z]", "", fold(w)).startswith(stem_) for w in toks):
                err(f"must_not {j} {m['person']} not found in text")
            for c in gold["claims"]:
                if c["type"] == m["type"] and c["person"] and person_matches(c["person"], mk, m["person"]):
                    err(f"must_not {j} {m['person']} would be hit by correct claim {c['type']} {c['person']}")
    for t in sorted(TYPES):
        if by_type[t] < 2:
            errors.append(f"type {t} appears {by_type[t]} times (<2)")
    print(f"articles={sum(langs.values())} {dict(langs)} claims={total}")
    print("by type:", dict(sorted(by_type.items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
