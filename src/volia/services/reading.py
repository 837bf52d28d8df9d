"""Choosing a reader for an input file: the Volia CSV, a preset, or a mapping file.

The Volia CSV is the registry's own format and is refused whole on any bad field. Other
registries' exports are messy by nature: rows or fields a mapping cannot interpret are
listed for review (``volia import --dry-run`` shows them) and kept verbatim where possible,
unless ``strict`` asks for the whole file to be refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.records import InputError, PersonRecord, RowProblem

PRESETS = ("volia", "viasna", "cecc", "chrd", "china-list")


@dataclass
class ReadOutcome:
    records: list[PersonRecord]
    layout: str
    problems: list[RowProblem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    as_of: PartialDate = UNKNOWN_DATE


def read_input(path: Path, *, preset: str | None = None, mapping: Path | None = None,
               strict: bool = False) -> ReadOutcome:
    from volia.importers.engine import read_with_mapping
    from volia.importers.presets import detect_preset
    from volia.importers.volia_csv import read_volia_csv

    if mapping is not None:
        result = read_with_mapping(path, mapping)
        layout = f"mapping {mapping.name}"
    else:
        chosen = preset or detect_preset(path) or "volia"
        if chosen not in PRESETS:
            raise ValueError(f"unknown preset {chosen!r}; choose one of {', '.join(PRESETS)}")
        if chosen == "volia":
            return ReadOutcome(read_volia_csv(path), "volia")
        result = read_with_mapping(path, chosen)
        layout = chosen
    if strict and result.problems:
        raise InputError(result.problems)
    return ReadOutcome(result.records, layout, result.problems, result.stats, result.as_of)
