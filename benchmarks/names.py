"""Benchmark of the name engine (issue 3): quality and speed on 100,000 persons.

    .venv/bin/python benchmarks/names.py [--persons 100000] [--write]

Quality: every spelling in tests/data/names/variants.csv is resolved against a registry of
generated East Slavic persons (with hard negatives) plus the 84 real persons; reported are
recall@1, recall@5, and precision / coverage at the auto-link threshold. The same queries
run against the same registry with the real persons removed ("absent"): every auto-link
there is a wrong person. Side by side, in the same run: plain rapidfuzz extractOne (WRatio
over raw strings) and ASCII-folding + extractOne.

Speed: index build time, resident memory, resolutions per second over distinct queries
(test spellings plus queries derived from registry records), and the plain rapidfuzz scan's
rate for the ratio. Everything runs in one process.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "names"))

from name_distractors import Registry, generate, load_variants  # noqa: E402

from volia.names import AUTO_LINK_THRESHOLD, REVIEW_THRESHOLD, NameIndex  # noqa: E402
from volia.names.dedupe import find_duplicates  # noqa: E402
from volia.names.morph import _normalise_cyrillic  # noqa: E402
from volia.names.structure import parse  # noqa: E402
from volia.names.translit import transliterate  # noqa: E402

BASELINE_CUTOFF = 90.0  # WRatio score the baselines treat as "auto-link"


def mention_cache_clear() -> None:
    _normalise_cyrillic.cache_clear()


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MiB, from /proc."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                values[key] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="ascii") as fh:
            mem_gib = int(fh.readline().split()[1]) / 1024 / 1024
    except OSError:
        mem_gib = 0.0
    return (f"{os.cpu_count()} cores ({model}), {mem_gib:.0f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def ascii_fold(text: str) -> str:
    latin = transliterate(text, "icao-9303")
    decomposed = unicodedata.normalize("NFKD", latin.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def registry_queries(registry: Registry, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Queries derived from registry records the way other sources would spell them."""
    schemes = ["bgn-pcgn-ru", "icao-9303", "be-national-2007", "iso-9", "press", "bgn-pcgn-be"]
    out: list[tuple[str, str]] = []
    persons = [p for p in registry.persons if p.kind == "random"]
    for person in rng.sample(persons, min(count, len(persons))):
        family, given, *_ = person.names[1].split()
        style = rng.randrange(5)
        if style == 0:
            text = transliterate(f"{given} {family}", rng.choice(schemes))
        elif style == 1:
            text = f"{given} {family}"
        elif style == 2:
            text = transliterate(f"{family} {given}", rng.choice(schemes))
        elif style == 3:
            cut = rng.randrange(1, max(2, len(family) - 1))
            text = f"{given} {family[:cut] + family[cut + 1:]}"  # one letter dropped
        else:
            text = person.names[1]
        out.append((person.id, text))
    return out


class Quality:
    def __init__(self) -> None:
        self.n = self.top1 = self.top5 = self.auto = self.auto_right = 0
        self.bands: dict[str, list[int]] = {}

    def add(self, truth: str | None, ranked: list[tuple[str, float]], auto: float,
            band: Callable[[float], str] | None = None) -> None:
        self.n += 1
        ids = [pid for pid, _ in ranked]
        if truth is not None and ids[:1] == [truth]:
            self.top1 += 1
        if truth is not None and truth in ids[:5]:
            self.top5 += 1
        if ranked and ranked[0][1] >= auto:
            self.auto += 1
            self.auto_right += ids[0] == truth
        if band is not None:
            label = band(ranked[0][1]) if ranked else "no candidate"
            cell = self.bands.setdefault(label, [0, 0])
            cell[0] += 1
            cell[1] += bool(ranked) and ids[0] == truth

    def precision(self) -> float:
        return self.auto_right / self.auto if self.auto else 1.0


def band(score: float) -> str:
    if score >= AUTO_LINK_THRESHOLD:
        return f"≥ {AUTO_LINK_THRESHOLD} (auto-link)"
    if score >= REVIEW_THRESHOLD:
        return f"{REVIEW_THRESHOLD}–{AUTO_LINK_THRESHOLD} (review)"
    return f"< {REVIEW_THRESHOLD}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--throughput-queries", type=int, default=20_000)
    parser.add_argument("--write", action="store_true", help="write benchmarks/RESULTS-names.md")
    parser.add_argument("--baseline-every", type=int, default=3,
                        help="run the rapidfuzz baselines on every k-th test spelling (a full "
                        "WRatio scan of 200,000 names costs ~0.3 s per query)")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--speed-repeats", type=int, default=3,
                        help="rebuild the index and rerun the throughput workload this many "
                        "more times (the machine is shared; one run can be unlucky)")
    args = parser.parse_args()
    console = Console()
    rng = random.Random(7)

    registry = generate(args.persons)
    variants = load_variants()
    real_ids = {p.id for p in registry.persons if p.kind == "real"}
    rss_before, _ = rss_mb()

    # Wall and CPU time both: the benchmark machine is shared, and CPU time of this process
    # shows what the code costs when other jobs take turns on the two cores.
    start, cpu = time.perf_counter(), time.process_time()
    index = NameIndex()
    for person in registry.persons:
        index.add(person.id, person.names, person.birth_year)
    build_s = time.perf_counter() - start
    build_cpu = time.process_time() - cpu
    rss_after, _ = rss_mb()

    # -- quality: Volia --------------------------------------------------------------------------
    present = Quality()
    misses: list[str] = []
    sample_hits: dict[str, list[tuple[str, float]]] = {}
    for truth, text, kind in variants:
        cands = index.resolve(text, limit=5)
        sample_hits[text] = [(c.person_id, c.score) for c in cands]
        present.add(truth, [(c.person_id, c.score) for c in cands], AUTO_LINK_THRESHOLD, band)
        if not cands or cands[0].person_id != truth:
            top = f"{cands[0].person_id} {cands[0].score}" if cands else "nothing"
            misses.append(f"{kind:10} {text!r} → {top} (want {truth})")

    # -- throughput (distinct queries, real persons still present) -----------------------------
    workload = [text for _, text, _ in variants]
    derived = registry_queries(registry, args.throughput_queries, rng)
    workload += [text for _, text in derived]
    start, cpu = time.perf_counter(), time.process_time()
    derived_quality = Quality()
    results = [index.resolve(text, limit=5) for text in workload]
    resolve_s = time.perf_counter() - start
    resolve_cpu = time.process_time() - cpu
    for (truth, _), cands in zip(derived, results[len(variants):], strict=True):
        derived_quality.add(truth, [(c.person_id, c.score) for c in cands], AUTO_LINK_THRESHOLD)
    rate = len(workload) / resolve_s

    # -- father/son probe ---------------------------------------------------------------------
    names = {p.id: p for p in registry.persons}
    fs_with_patronymic = fs_right = fs_auto_without = 0
    for father_id, son_id in registry.father_son[:500]:
        for pid in (father_id, son_id):
            cands = index.resolve(names[pid].names[1], limit=2)
            fs_with_patronymic += 1
            fs_right += bool(cands) and cands[0].person_id == pid
        cands = index.resolve(names[father_id].names[0], limit=2)
        fs_auto_without += bool(cands) and cands[0].score >= AUTO_LINK_THRESHOLD

    # -- dedupe ------------------------------------------------------------------------------
    start = time.perf_counter()
    pairs = find_duplicates(index, min_score=AUTO_LINK_THRESHOLD)
    dedupe_s = time.perf_counter() - start
    kinds = {p.id: p.kind for p in registry.persons}
    # Wrong merges that the hard negatives were built to provoke: a father with his own son,
    # a real person with the spouse record made for them. (Random records can coincide with
    # a father's or son's full name and birth year by chance; those are true look-alikes.)
    family_pairs = {frozenset(pair) for pair in registry.father_son}
    family_pairs |= {frozenset((pid, f"neg-{pid}-spouse")) for pid in real_ids}
    bad_pairs = [p for p in pairs if frozenset((p.a, p.b)) in family_pairs]

    def index_names(pid: str) -> str:
        return " | ".join(names[pid].names)


    # -- absent: the real persons removed ----------------------------------------------------
    for pid in real_ids:
        index.remove(pid)
    absent = Quality()
    for truth, text, kind in variants:
        cands = index.resolve(text, limit=5)
        absent.add(None, [(c.person_id, c.score) for c in cands], AUTO_LINK_THRESHOLD, band)
        if cands and cands[0].score >= AUTO_LINK_THRESHOLD:
            misses.append(f"ABSENT {kind:10} {text!r} → {cands[0].person_id} {cands[0].score} "
                          f"(true person {truth} not in registry)")
    _, rss_peak = rss_mb()

    # -- baselines ---------------------------------------------------------------------------
    choices: list[str] = []
    owner: list[str] = []
    for person in registry.persons:
        for name in person.names:
            choices.append(name)
            owner.append(person.id)
    folded = [ascii_fold(c) for c in choices]
    base: dict[str, tuple[Quality, Quality, float]] = {}
    sample = variants[:: args.baseline_every]
    volia_sample = Quality()
    for truth, text, _ in sample:
        index_hits = sample_hits.get(text, [])
        volia_sample.add(truth, index_hits, AUTO_LINK_THRESHOLD)
    is_real = np.array([o in real_ids for o in owner])
    for label, pool, prep in (("plain rapidfuzz WRatio", choices, None),
                              ("ASCII-fold + rapidfuzz WRatio", folded, ascii_fold)):
        if args.no_baselines:
            break
        queries = [prep(text) if prep else text for _, text, _ in sample]
        # Single-threaded extractOne on a sample gives the honest scan rate...
        start = time.perf_counter()
        for query in queries[:40]:
            process.extractOne(query, pool, scorer=fuzz.WRatio)
        qps = 40 / (time.perf_counter() - start)
        # ...and the quality over all queries comes from the same scorer run on both cores,
        # which also yields the "absent" answer by masking the real persons' names.
        q_present, q_absent = Quality(), Quality()
        for lo in range(0, len(queries), 16):
            scores = process.cdist(queries[lo:lo + 16], pool, scorer=fuzz.WRatio,
                                   dtype=np.float32, workers=-1)
            for row, (truth, _, _) in zip(scores, sample[lo:lo + 16], strict=True):
                best = int(row.argmax())
                q_present.add(truth, [(owner[best], float(row[best]))], BASELINE_CUTOFF)
                row[is_real] = -1.0
                best = int(row.argmax())
                q_absent.add(None, [(owner[best], float(row[best]))], BASELINE_CUTOFF)
        base[label] = (q_present, q_absent, qps)

    # -- speed repeats -------------------------------------------------------------------------
    repeats: list[tuple[float, float, float, float]] = []
    for _ in range(args.speed_repeats):
        del index
        start, cpu = time.perf_counter(), time.process_time()
        index = NameIndex()
        for person in registry.persons:
            index.add(person.id, person.names, person.birth_year)
        b_wall, b_cpu = time.perf_counter() - start, time.process_time() - cpu
        # Whole-query caches would answer a repeated workload from memory; clear them so
        # every run parses every query again (per-word caches stay, as in the first run).
        parse.cache_clear()
        mention_cache_clear()
        start, cpu = time.perf_counter(), time.process_time()
        for text in workload:
            index.resolve(text, limit=5)
        r_wall, r_cpu = time.perf_counter() - start, time.process_time() - cpu
        repeats.append((b_wall, b_cpu, len(workload) / r_wall, len(workload) / r_cpu))

    # -- report ------------------------------------------------------------------------------
    n_people = len({t for t, _, _ in variants})
    quality = Table(title=f"Quality: {len(variants)} spellings of {n_people} real persons "
                    f"among {len(registry.persons):,} registry persons")
    for col in ("method", "recall@1", "recall@5", "auto-linked", "precision at auto-link",
                "wrong auto-links, persons absent", "resolutions/s"):
        quality.add_column(col, justify="right")
    quality.add_row(
        f"Volia names (auto-link ≥ {AUTO_LINK_THRESHOLD})", f"{present.top1 / present.n:.3f}",
        f"{present.top5 / present.n:.3f}", f"{present.auto / present.n:.3f}",
        f"{present.precision():.4f}", f"{absent.auto} / {absent.n}", f"{rate:,.0f}")
    k = args.baseline_every
    quality.add_row(f"Volia names, same sample as baselines (1 in {k}, n={volia_sample.n})",
                    f"{volia_sample.top1 / volia_sample.n:.3f}",
                    f"{volia_sample.top5 / volia_sample.n:.3f}",
                    f"{volia_sample.auto / volia_sample.n:.3f}",
                    f"{volia_sample.precision():.4f}", "", "")
    for label, (q_present, q_absent, qps) in base.items():
        quality.add_row(f"{label} (≥ {BASELINE_CUTOFF:.0f}; n={q_present.n})",
                        f"{q_present.top1 / q_present.n:.3f}",
                        "n/a", f"{q_present.auto / q_present.n:.3f}",
                        f"{q_present.precision():.4f}", f"{q_absent.auto} / {q_absent.n}",
                        f"{qps:,.1f}")
    plain_qps = base["plain rapidfuzz WRatio"][2] if base else float("nan")

    speed = Table(title="Speed and memory (one process)")
    speed.add_column("measure")
    speed.add_column("value", justify="right")
    speed.add_column("target", justify="right")
    speed.add_row("persons indexed", f"{len(registry.persons):,}", "100,000")
    speed.add_row("index build (wall / CPU)", f"{build_s:.1f} s / {build_cpu:.1f} s", "≤ 15 s")
    speed.add_row("resident memory after build (process)", f"{rss_after:.0f} MiB", "≤ 600 MB")
    speed.add_row("  of which the index", f"{rss_after - rss_before:.0f} MiB", "")
    speed.add_row("peak resident memory (incl. baselines' data)", f"{rss_peak:.0f} MiB", "")
    speed.add_row("resolutions / s, wall clock (distinct queries)",
                  f"{rate:,.0f} ({len(workload):,} queries)", "≥ 5,000")
    speed.add_row("resolutions / s, CPU time of this process",
                  f"{len(workload) / resolve_cpu:,.0f}", "≥ 5,000")
    speed.add_row("load average while running (1 min, from /proc/loadavg)",
                  Path("/proc/loadavg").read_text().split()[0], "")
    speed.add_row("plain rapidfuzz extractOne scan / s (1 thread)", f"{plain_qps:,.1f}", "")
    speed.add_row("speed ratio vs plain rapidfuzz", f"{rate / plain_qps:,.0f}×", "")
    speed.add_row("registry-derived queries: recall@1 (names repeat in a registry)",
                  f"{derived_quality.top1 / derived_quality.n:.3f}", "")
    speed.add_row("registry-derived queries: precision at auto-link",
                  f"{derived_quality.precision():.4f} "
                  f"({derived_quality.auto / derived_quality.n:.2f} linked)", "")
    speed.add_row("father/son with patronymic: right one first",
                  f"{fs_right} / {fs_with_patronymic}", "")
    speed.add_row("father/son without patronymic: auto-linked (should be 0)",
                  f"{fs_auto_without} / {min(500, len(registry.father_son))}", "0")
    speed.add_row("find_duplicates(min_score=auto-link)",
                  f"{dedupe_s:.1f} s, {len(pairs)} pairs", "")
    speed.add_row("  of which a father with his son, or a person with their spouse",
                  f"{len(bad_pairs)}", "0")

    runs = Table(title="Speed, repeated (fresh index each time; shared machine)")
    for col in ("run", "build wall", "build CPU", "resolutions/s wall", "resolutions/s CPU"):
        runs.add_column(col, justify="right")
    all_runs = [(build_s, build_cpu, rate, len(workload) / resolve_cpu), *repeats]
    for i, (bw, bc, rw, rc) in enumerate(all_runs):
        runs.add_row(str(i + 1), f"{bw:.1f} s", f"{bc:.1f} s", f"{rw:,.0f}", f"{rc:,.0f}")
    fastest = (min(r[0] for r in all_runs), min(r[1] for r in all_runs),
               max(r[2] for r in all_runs), max(r[3] for r in all_runs))
    runs.add_row("best", f"{fastest[0]:.1f} s", f"{fastest[1]:.1f} s", f"{fastest[2]:,.0f}",
                 f"{fastest[3]:,.0f}")

    calib = Table(title="Calibration: top candidate's score band → share that is right "
                  "(present + absent queries)")
    for col in ("band", "queries", "top candidate right"):
        calib.add_column(col, justify="right")
    merged: dict[str, list[int]] = {}
    for q in (present, absent):
        for label, (count, right) in q.bands.items():
            cell = merged.setdefault(label, [0, 0])
            cell[0] += count
            cell[1] += right
    for label, (count, right) in sorted(merged.items(), reverse=True):
        calib.add_row(label, str(count), f"{right / count:.3f}" if count else "-")

    console.print(f"Machine: {machine()}")
    for table in (quality, speed, runs, calib):
        console.print(table)
    for pair in bad_pairs:
        misses.append(f"DEDUPE {pair.a} ({kinds[pair.a]}) ~ {pair.b} ({kinds[pair.b]}) "
                      f"{pair.score}: {index_names(pair.a)} / {index_names(pair.b)}")
    console.print(f"{len(misses)} misses at rank 1:")
    for line in misses:
        console.print("  " + line, markup=False)

    if args.write:
        write_results(machine(), [quality, speed, runs, calib], misses)


def write_results(machine_line: str, tables: list[Table], misses: list[str]) -> None:
    out = [
        "# Name engine benchmark (issue 3)", "",
        "Produced by `.venv/bin/python benchmarks/names.py --write` on " + time.strftime(
            "%Y-%m-%d") + ".", "", f"Machine: {machine_line}", "",
    ]
    for table in tables:
        out.append(f"## {table.title}")
        out.append("")
        headers = [str(c.header) for c in table.columns]
        out.append("| " + " | ".join(headers) + " |")
        out.append("|" + "|".join("---" for _ in headers) + "|")
        cells = [list(c.cells) for c in table.columns]
        for row in zip(*cells, strict=True):
            out.append("| " + " | ".join(str(v) for v in row) + " |")
        out.append("")
    out.append(f"## Misses at rank 1 ({len(misses)})")
    out.append("")
    out.extend(f"- `{m}`" for m in misses)
    out.append("")
    path = Path(__file__).with_name("RESULTS-names.md")
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
