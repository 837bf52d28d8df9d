"""The little code some layouts need where TOML cannot say it.

A mapping names a hook with ``source.hook = "<name>"``; the hook runs after the generic engine
has built the person from the row, and may add or adjust events. Keep hooks few and small: each
one is a place where a layout is not declarative.

``READERS`` are whole-file readers a mapping can name with ``source.reader`` (the strict Volia
CSV reader), for layouts that are not row-per-person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from volia.domain.dates import DateError, PartialDate
from volia.domain.model import EventDetails, EventType
from volia.domain.records import EventRecord, PersonRecord
from volia.importers.dates import parse_date
from volia.importers.facilities import FacilityRegistry
from volia.importers.mapping import FieldSpec, Mapping
from volia.importers.rows import Reader, Report, Row
from volia.importers.volia_csv import read_volia_csv


@dataclass
class HookContext:
    mapping: Mapping
    reader: Reader
    report: Report
    facilities: FacilityRegistry


Hook = Callable[[PersonRecord, Row, HookContext], None]


def china_list(person: PersonRecord, row: Row, ctx: HookContext) -> None:
    """The list's ``Sentence`` column holds the day a sentence *ends*, or a word.

    ``detention`` (held, not yet sentenced) adds nothing beyond the detention every listed
    person has; ``life`` / ``death`` are sentences; ``unknown`` says nothing; a date becomes a
    sentence with its end day in the note (the term cannot be computed: the start is unknown).
    """
    text = ctx.reader.first(FieldSpec(columns=("Sentence",)), row, ctx.report)
    if text is None or text.lower() in ("detention", "unknown"):
        return
    source = person.events[0].source if person.events else None
    if text.lower() in ("life", "death"):
        details = EventDetails(life_sentence=text.lower() == "life",
                               death_sentence=text.lower() == "death")
    else:
        try:
            ends = parse_date(text)
        except DateError as exc:
            ctx.report("Sentence", text, str(exc))
            return
        details = EventDetails(note=f"sentence ends {ends} (per the list)")
    # Placed with the detention (unknown day) so that it never reopens custody after a death.
    when = next((e.date for e in person.events if e.type == EventType.DETAINED),
                PartialDate())
    person.events.append(EventRecord(EventType.SENTENCED, when, details, source,
                                     origin=row.origin))


HOOKS: dict[str, Hook] = {"china_list": china_list}
READERS: dict[str, Callable[[Path], list[PersonRecord]]] = {"volia_csv": read_volia_csv}

__all__ = ["HOOKS", "READERS", "Hook", "HookContext"]
