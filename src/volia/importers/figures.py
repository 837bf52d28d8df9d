"""What a registry's own file says, counted by its status codes, to compare with Volia.

After an import, the number Volia derives as detained on the file's day must equal the number
of records whose status code means "in custody" under the mapping (``docs/mappings.md`` states
each code's meaning). These counts come straight from the file and the mapping's code table,
not from the records the engine built, so the comparison checks the whole chain.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from volia.domain.model import EventType
from volia.importers.mapping import CodeEntry, Mapping
from volia.importers.presets import load_preset


def category(entry: CodeEntry | None) -> str:
    """The status a code leaves a person in on the file's day, as Volia derives it."""
    if entry is None:
        return "unmapped"
    if EventType.DIED_IN_CUSTODY in entry.events:
        return "died_in_custody"
    if EventType.RELEASED in entry.events:
        return "released"
    if EventType.DETAINED in entry.events:
        return "detained"
    return "not_detained"


def expected_figures(path: str | Path, mapping: Mapping) -> dict[str, int]:
    """Records per category (detained, released, died_in_custody, ...) and per raw code.

    Keys: ``records``; one per category; ``recognized`` (codes that imply recognition);
    ``unconfirmed`` (codes with a ``?``); and ``code:<CODE>`` for every code in the file.
    """
    table = mapping.status_table()
    if table is None or not table.field.columns:
        raise ValueError(f"mapping {mapping.name} has no status code table")
    column = table.field.columns[0]
    counts: Counter[str] = Counter()
    with Path(path).open(encoding=mapping.encoding, newline="") as handle:
        for row in csv.DictReader(handle, delimiter=mapping.delimiter):
            code = (row.get(column) or "").strip()
            entry = table.lookup(code)
            counts["records"] += 1
            counts[category(entry)] += 1
            counts[f"code:{code}"] += 1
            if "?" in code:
                counts["unconfirmed"] += 1
            if entry is not None and EventType.RECOGNIZED in entry.events:
                counts["recognized"] += 1
    for key in ("detained", "released", "died_in_custody", "unmapped"):
        counts.setdefault(key, 0)
    return dict(counts)


def expected_cecc_figures(path: str | Path) -> dict[str, int]:
    """:func:`expected_figures` for a CECC PPD file with the shipped ``cecc`` mapping."""
    return expected_figures(path, load_preset("cecc"))


__all__ = ["category", "expected_cecc_figures", "expected_figures"]
