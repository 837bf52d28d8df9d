"""Benchmark of ``volia.extract``: quality on a gold folder, speed, load time and memory.

    python benchmarks/extraction.py [GOLD_DIR ...] [--speed-only] [--quality-only] [-v]

GOLD_DIR (default ``tests/data/extraction``) holds pairs ``NN.txt`` (line 1 the publication
date, line 2 the language, a blank line, then the text) and ``NN.gold.json`` (the layout of
``shared/seed/eval``). Prints precision, recall and F1 per event type and per language, the
precision on the critical types (released, deported, died_in_custody), how many claims came
out of rumours/denials/negations (``must_not`` hits), then articles per second on ~600-word
reports built from the same texts, model load time and peak memory.

Scoring is done here (a claim matches a gold claim of the same type whose surname keys match
a word of the predicted name, folded to Latin; ``group_release`` matches on count). It agrees
with ``shared/tools/score_claims.py`` on the examples we have but does not need it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CRITICAL = ("released", "deported", "died_in_custody")
_LAT = dict(zip("абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя",
                ["a", "b", "v", "g", "g", "d", "e", "e", "e", "zh", "z", "i", "i", "i", "i", "k",
                 "l", "m", "n", "o", "p", "r", "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh",
                 "shch", "", "y", "", "e", "iu", "ia"], strict=True))


def to_latin(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).lower()
    word = "".join(_LAT.get(ch, ch) for ch in word)
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", word)


def consonants(word: str) -> str:
    for a, b in (("shch", "s"), ("kh", "h"), ("ch", "c"), ("zh", "z"), ("sh", "s"),
                 ("ts", "c"), ("w", "v"), ("g", "h"), ("j", "i"), ("y", "i")):
        word = word.replace(a, b)
    if not word:
        return ""
    return re.sub(r"(.)\1+", r"\1", word[0] + re.sub(r"[aeiou]", "", word[1:]))


def key_hits(key: str, name: str) -> bool:
    k = to_latin(key)
    tokens = re.split(r"\s+", name or "")
    tokens += [p for t in tokens if "-" in t for p in (t.replace("-", ""), *t.split("-"))]
    for token in tokens:
        t = to_latin(token)
        if len(k) < 3:
            if t.startswith(k):
                return True
            continue
        if any(consonants(t[:n]) == consonants(k) for n in (len(k) - 1, len(k), len(k) + 1)):
            return True
    return False


_GIVEN_EQUIV = [set("mn"), set("uv"), set("zd"), set("ha"), set("vo"), set("aei"), set("rh"),
                set("ke")]


def same_given(gold: str, pred: str) -> bool:
    """Given names compatible across Belarusian/Russian/English forms (first letters)."""
    g, p = to_latin(gold.split()[0])[:1], to_latin(pred.split()[0])[:1] if pred else ""
    if not g or not p or g == p or len(gold.split()) < 2 or len(pred.split()) < 2:
        return True
    return any(g in eq and p in eq for eq in _GIVEN_EQUIV)


def _keys(name: str) -> list[str]:
    last = name.split()[-1] if name else ""
    return [to_latin(last)[:7]] if last else []


def _name(claim: dict) -> str:
    person = claim.get("person") or {}
    return person if isinstance(person, str) else (person.get("name") or "")


def read_case(txt: Path) -> tuple[date, str, str, dict]:
    lines = txt.read_text(encoding="utf-8").split("\n")
    gold = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
    return date.fromisoformat(lines[0].strip()), lines[1].strip(), "\n".join(lines[3:]), gold


def score_case(gold: dict, pred: list[dict]) -> tuple[Counter, list[str]]:
    stats: Counter = Counter()
    notes: list[str] = []
    used: set[int] = set()
    for g in gold["claims"]:
        hit = None
        for i, p in enumerate(pred):
            if i in used or p.get("type") != g["type"]:
                continue
            if g["type"] == "group_release":
                ok = p.get("count") == g.get("count")
            else:
                keys = g.get("surname_keys") or _keys(g["person"])
                ok = any(key_hits(k, _name(p)) for k in keys)
            if ok:
                hit = i
                break
        if hit is None:
            stats[(g["type"], "fn")] += 1
            notes.append(f"missed {g['type']} {g.get('person') or g.get('count')}")
            continue
        used.add(hit)
        stats[(g["type"], "tp")] += 1
        if g.get("person"):
            stats["name_total"] += 1
            stats["name_ok"] += to_latin(g["person"]) == to_latin(_name(pred[hit]))
            if to_latin(g["person"]) != to_latin(_name(pred[hit])):
                notes.append(f"name {_name(pred[hit])!r} for {g['person']!r}")
        if g.get("date"):
            stats["date_total"] += 1
            got = str(pred[hit].get("date") or "")
            right = got.startswith(g["date"]) or g["date"].startswith(got or "-")
            stats["date_ok"] += right
            if not right:
                notes.append(f"date {got or None} for {g['date']}: {g['type']} {g['person']}")
    for i, p in enumerate(pred):
        if i in used:
            continue
        stats[(p.get("type"), "fp")] += 1
        notes.append(f"extra {p.get('type')} {_name(p) or p.get('count')}")
        for m in gold.get("must_not", []):
            keys = _keys(m["person"])
            if p.get("type") == m["type"] and any(key_hits(k, _name(p)) for k in keys) and \
                    same_given(m["person"], _name(p)):
                stats["violations"] += 1
                notes.append(f"VIOLATION {m['type']} {m['person']} ({m.get('why')})")
    return stats, notes


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quality(dirs: list[Path], verbose: bool) -> dict:
    from volia.extract import extract

    by_type: dict[str, Counter] = defaultdict(Counter)
    by_lang: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for folder in dirs:
        for txt in sorted(folder.glob("*.txt")):
            if not txt.with_name(txt.stem + ".gold.json").exists():
                continue
            published, lang, text, gold = read_case(txt)
            pred = extract(text, published=published, lang=lang)["claims"]
            stats, notes = score_case(gold, pred)  # type: ignore[arg-type]
            total["articles"] += 1
            for key, n in stats.items():
                if isinstance(key, tuple):
                    by_type[key[0]][key[1]] += n
                    by_lang[lang][key[1]] += n
                    total[key[1]] += n
                else:
                    total[key] += n
            if verbose:
                for note in notes:
                    print(f"  {folder.name}/{txt.stem} [{lang}] {note}")
    return {"by_type": by_type, "by_lang": by_lang, "total": total}


def print_quality(result: dict) -> None:
    print(f"{'':26} {'tp':>4} {'fp':>4} {'fn':>4}   {'P':>5} {'R':>5} {'F1':>5}")
    for title, table in (("event type", result["by_type"]), ("language", result["by_lang"])):
        print(f"-- by {title}")
        for name, c in sorted(table.items()):
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"{name:26} {c['tp']:4} {c['fp']:4} {c['fn']:4}   {p:5.2f} {r:5.2f} {f:5.2f}")
    t = result["total"]
    p, r, f = prf(t["tp"], t["fp"], t["fn"])
    crit: Counter[str] = Counter()
    for name in CRITICAL:
        crit["tp"] += result["by_type"][name]["tp"]
        crit["fp"] += result["by_type"][name]["fp"]
    cp = crit["tp"] / (crit["tp"] + crit["fp"]) if crit["tp"] + crit["fp"] else 0.0
    print(f"micro: P={p:.3f} R={r:.3f} F1={f:.3f}  critical precision={cp:.3f}  "
          f"must_not hits={t['violations']}  dates {t['date_ok']}/{t['date_total']}  "
          f"names {t['name_ok']}/{t['name_total']}  "
          f"articles={t['articles']}")


def speed(dirs: list[Path], words: int = 600, rounds: int = 3) -> None:
    from volia.extract import extract

    texts: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for folder in dirs:
        for txt in sorted(folder.glob("*.txt")):
            published, lang, text, _ = read_case(txt)
            texts[lang].append((published, text))
    for lang, items in sorted(texts.items()):
        articles, buf, n = [], [], 0
        for _round in range(4):
            for published, text in items:
                buf.append(text)
                n += len(text.split())
                if n >= words:
                    articles.append((published, "\n\n".join(buf)))
                    buf, n = [], 0
        if not articles:
            continue
        extract(articles[0][1], published=articles[0][0], lang=lang)  # warm
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for published, text in articles:
                extract(text, published=published, lang=lang)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        count = rounds * len(articles)
        mean_words = sum(len(t.split()) for _, t in articles) / len(articles)
        print(f"speed {lang}: {count / cpu:6.1f} articles/s per core (CPU time), "
              f"{count / elapsed:6.1f} wall; {count} reports of ~{mean_words:.0f} words")


def load_time() -> None:
    t0 = time.perf_counter()
    from volia.extract import persons_en, persons_ru

    persons_en.load_pipeline()
    t1 = time.perf_counter()
    persons_ru.ner_mentions("Суд приговорил Алеся Беляцкого.")
    t2 = time.perf_counter()
    print(f"load: English pipeline {t1 - t0:.2f} s, Russian (natasha + pymorphy3) {t2 - t1:.2f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--speed-only", action="store_true")
    ap.add_argument("--quality-only", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    dirs = args.dirs or [ROOT / "tests" / "data" / "extraction"]
    if not args.quality_only:
        load_time()
    if not args.speed_only:
        print_quality(quality(dirs, args.verbose))
    if not args.quality_only:
        speed(dirs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
