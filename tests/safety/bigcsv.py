"""A large Volia CSV of fictional people, for the crash tests."""

from __future__ import annotations

import csv
import random
from pathlib import Path

COLUMNS = ("person_id", "name", "name_native", "birth_date", "gender", "type", "date",
           "term_months", "facility", "destination_country", "reason", "source_url",
           "source_title", "source_published", "visibility")


def write_registry(path: Path, persons: int, *, seed: int = 1, prefix: str = "c") -> int:
    """Write ``persons`` people with three or four events each; returns the row count."""
    rng = random.Random(seed)
    rows = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for n in range(persons):
            pid, name = f"{prefix}{n:06d}", f"Person {prefix.upper()}{n:06d}"
            native = f"Асоба {n:06d}"
            year = rng.randrange(2020, 2024)
            base = [pid, name, native, str(rng.randrange(1950, 2000)), "male"]
            url = f"https://example.org/{prefix}/{n}"
            events = [("detained", f"{year}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}",
                       "", ""), ("recognized", f"{year}-11", "", ""),
                      ("sentenced", f"{year + 1}", str(rng.randrange(12, 120)), "")]
            if rng.random() < 0.3:
                events.append(("released", f"{year + 2}-06-01", "", "served"))
            for kind, day, term, reason in events:
                out.writerow([*base, kind, day, term, "", "", reason, url, f"Report {n}",
                              f"{year}-12-01", "public"])
                rows += 1
    return rows
