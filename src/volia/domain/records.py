"""The neutral shape every import layout is read into.

A reader (Volia CSV, a Viasna export, the CECC database, a mapping file) turns rows into
:class:`PersonRecord` values; the import service alone decides how they meet the ledger
(reuse a person, add only what is new, refuse the file). So a new layout is a new reader or a
new mapping, never a new write path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.model import EventDetails, EventType, Gender, Name, SourceKind, Visibility


@dataclass(frozen=True)
class SourceRecord:
    url: str | None = None
    title: str | None = None
    published: PartialDate = UNKNOWN_DATE
    publisher: str | None = None
    kind: SourceKind = SourceKind.REGISTRY
    text: str | None = None
    language: str | None = None


@dataclass
class EventRecord:
    type: EventType
    date: PartialDate = UNKNOWN_DATE
    details: EventDetails = field(default_factory=EventDetails)
    source: SourceRecord | None = None
    quote: str | None = None
    visibility: Visibility = Visibility.PUBLIC
    origin: str | None = None  # "file:line" or "file#record", for error reports and review
    group_id: str | None = None  # the group_release lineage this release belongs to


@dataclass
class PersonRecord:
    """One person as a layout describes them, with the events it states about them."""

    system: str  # which registry the id belongs to: "volia", "viasna", "cecc", "chrd"...
    external_id: str
    names: list[Name] = field(default_factory=list)
    birth_date: PartialDate = UNKNOWN_DATE
    gender: Gender = Gender.UNKNOWN
    citizenship: list[str] = field(default_factory=list)
    occupations: list[str] = field(default_factory=list)
    visibility: Visibility | None = None  # None: derived from the events' visibility
    events: list[EventRecord] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # unmapped fields, kept verbatim
    links: dict[str, str] = field(default_factory=dict)  # other systems' ids for this person
    origin: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """Why one row or field of an input could not be read."""

    file: str
    line: int | None
    column: str | None
    value: str | None
    why: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        col = f" [{self.column}]" if self.column else ""
        val = f" {self.value!r}" if self.value not in (None, "") else ""
        return f"{where}{col}{val}: {self.why}"


class InputError(ValueError):
    """A file that is refused whole, with every problem found in it."""

    def __init__(self, problems: list[RowProblem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s); nothing was written:\n{shown}{more}")
