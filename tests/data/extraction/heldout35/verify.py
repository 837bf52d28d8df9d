#!/usr/bin/env python3
"""Self-checks for the heldout35 set (uses only the scorer's own functions).

1. every gold person is matched by a token of its article (key_matches_token);
   every must_not person appears in its article (keys_for);
2. an oracle printing exactly the gold claims scores P=R=1, 0 violations, all attributes right
   (the real score_claims.py is run with --cmd pointing at this file in --oracle mode);
3. no must_not entry is matched by a gold claim of the same type, and no must_not person would
   be absorbed by a gold claim of the same type;
4. gold persons are still matched when written in Latin transliteration (ru/be articles);
5. formats: dates not after publication, types known, country codes, word counts, languages.
"""
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, "/work/shared/tools")
from score_claims import (fold, key_matches_token, keys_for, person_matches,  # noqa: E402
                          tokens_of)

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"detained", "charged", "sentenced", "transferred", "incommunicado", "solitary_confinement",
         "released", "pardoned", "deported", "died_in_custody", "recognized",
         "recognition_withdrawn", "persecuted_after_release", "group_release"}

RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
      "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
BE = dict(RU, **{"г": "h", "е": "ie", "ё": "io", "ю": "iu", "я": "ia", "і": "i", "ў": "u", "'": ""})


def load():
    arts = {}
    for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        stem = os.path.basename(g)[:-10]
        raw = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read().split("\n")
        arts[stem] = (raw[0].strip(), raw[1].strip(), "\n".join(raw[3:]), json.load(open(g)))
    return arts


def oracle(path):
    text = open(path, encoding="utf-8").read()
    for stem, (pub, lang, body, gold) in load().items():
        if body == text:
            claims = [{"type": c["type"],
                       "person": {"name": c["person"], "mention": c["person"], "person_id": None}
                       if c["person"] else None,
                       "date": c["date"], "destination_country": c["destination_country"],
                       "term_months": c["term_months"], "count": c["count"]}
                      for c in gold["claims"]]
            print(json.dumps({"published": pub, "language": lang, "claims": claims}, ensure_ascii=False))
            return
    sys.exit(1)


def translit(name, table):
    return " ".join("".join(table.get(ch, ch) for ch in w.lower()).capitalize() for w in name.split())


def main():
    arts = load()
    errors = []
    words = {}
    for stem, (pub, lang, body, gold) in arts.items():
        toks = re.findall(r"[\w'’-]+", body)
        words.setdefault(lang, []).append(len(body.split()))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) or gold["published"] != pub or gold["language"] != lang:
            errors.append(f"{stem}: header mismatch")
        if not 200 <= len(body.split()) <= 320:
            errors.append(f"{stem}: body has {len(body.split())} words")
        for c in gold["claims"]:
            if c["type"] not in TYPES:
                errors.append(f"{stem}: bad type {c['type']}")
            if c["date"] and c["date"] > pub:
                errors.append(f"{stem}: date after publication {c}")
            if c["type"] == "deported" and not re.fullmatch(r"[A-Z]{2}", c["destination_country"] or ""):
                errors.append(f"{stem}: deported without country {c['person']}")
            if c["type"] == "group_release":
                if c["person"] is not None or not c["count"]:
                    errors.append(f"{stem}: bad group_release")
                continue
            keys = c["surname_keys"]
            if not any(key_matches_token(k, t) for k in keys for t in toks):
                errors.append(f"{stem}: gold person {c['person']} not found in text by keys {keys}")
            if not person_matches(c["person"], keys, c["person"]):
                errors.append(f"{stem}: gold person {c['person']} does not match own keys")
            if lang in ("ru", "be") and not person_matches(translit(c["person"], BE if lang == "be" else RU), keys, c["person"]):
                errors.append(f"{stem}: Latin form of {c['person']} not matched")
            if lang == "en" and re.search("[а-яё]", c["person"].lower()):
                errors.append(f"{stem}: Cyrillic name in en article")
            if lang in ("ru", "be") and re.search("[a-z]", c["person"].lower()):
                errors.append(f"{stem}: Latin name in {lang} article")
        for m in gold["must_not"]:
            mk = keys_for(m["person"])
            if not any(key_matches_token(k, t) for k in mk for t in toks):
                errors.append(f"{stem}: must_not person {m['person']} not in text")
            for c in gold["claims"]:
                if c["type"] != m["type"] or not c["person"]:
                    continue
                if person_matches(c["person"], mk, m["person"]):
                    errors.append(f"{stem}: gold {c['type']} {c['person']} matches must_not {m['person']}")
                if person_matches(m["person"], c["surname_keys"], c["person"]):
                    errors.append(f"{stem}: must_not {m['person']} would match gold {c['type']} {c['person']}")
    # oracle through the real scorer
    out = subprocess.run([sys.executable, "/work/shared/tools/score_claims.py", HERE, "--json",
                          "--cmd", f"{sys.executable} {os.path.abspath(__file__)} --oracle"],
                         capture_output=True, text=True)
    res = json.loads(out.stdout)
    a = res["attributes"]
    ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["violations"] == 0 and res["errors"] == 0
          and a.get("date_ok") == a.get("date_total") and a.get("dest_ok") == a.get("dest_total")
          and a.get("term_ok") == a.get("term_total"))
    print(f"oracle: P={res['precision']} R={res['recall']} violations={res['violations']} "
          f"errors={res['errors']} articles={res['articles']} attributes={a}")
    if not ok:
        errors.append("oracle does not score perfectly: " + "; ".join(res["details"][:20]))
    for lang, w in sorted(words.items()):
        print(f"{lang}: {len(w)} articles, {sum(w)} words (min {min(w)}, max {max(w)})")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--oracle":
        oracle(sys.argv[2])
    else:
        sys.exit(main())
