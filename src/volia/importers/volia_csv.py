"""The Volia CSV layout: one row per event, rows of one person sharing ``person_id``.

Strict by design: this is the registry's own format, so a file with any bad field is refused
whole (:class:`InputError` listing every problem), and nothing is guessed.
"""

from __future__ import annotations

import csv
import re
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from volia.domain.dates import UNKNOWN_DATE, DateError, PartialDate
from volia.domain.model import (
    EventDetails,
    EventType,
    Gender,
    Name,
    NameKind,
    ReleaseReason,
    Visibility,
)
from volia.domain.records import EventRecord, InputError, PersonRecord, RowProblem, SourceRecord

COLUMNS = ("person_id", "name", "name_native", "birth_date", "gender", "type", "date",
           "term_months", "facility", "destination_country", "reason", "source_url",
           "source_title", "source_published", "visibility")
REQUIRED = ("person_id", "type")
E = TypeVar("E", bound=StrEnum)
D = TypeVar("D")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def script_of(text: str) -> str:
    """The ISO 15924 script of a name, from its letters (Cyrl, Hans, Latn...)."""
    for char in text:
        if "\u0400" <= char <= "\u04ff":
            return "Cyrl"
        if "\u4e00" <= char <= "\u9fff":
            return "Hani"
        if "\u0600" <= char <= "\u06ff":
            return "Arab"
        if "\u0f00" <= char <= "\u0fff":
            return "Tibt"
    return "Latn"


class _Row:
    """One row's fields, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, line: int, row: dict[str, str],
                 problems: list[RowProblem]):
        self.file, self.line, self.row, self.problems = file, line, row, problems

    def get(self, column: str) -> str:
        return (self.row.get(column) or "").strip()

    def bad(self, column: str, why: str) -> None:
        self.problems.append(RowProblem(self.file, self.line, column, self.get(column), why))

    def date(self, column: str) -> PartialDate:
        try:
            return PartialDate.parse(self.get(column))
        except DateError as exc:
            self.bad(column, str(exc))
            return UNKNOWN_DATE

    def choice(self, column: str, kind: type[E], default: D) -> E | D:
        value = self.get(column).lower()
        if not value:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(v) for v in kind)
            self.bad(column, f"not one of: {allowed}")
            return default


def _details(r: _Row, etype: EventType | None) -> EventDetails:
    term: int | None = None
    life = death = False
    raw_term = r.get("term_months").lower()
    if raw_term in ("life", "death"):
        life, death = raw_term == "life", raw_term == "death"
    elif raw_term:
        if raw_term.isdigit():
            term = int(raw_term)
        else:
            r.bad("term_months", "not a whole number of months (or life, death)")
    if (term is not None or life or death) and etype not in (None, EventType.SENTENCED):
        r.bad("term_months", "a term belongs on a sentenced event")
    country = r.get("destination_country").upper()
    if country and not _COUNTRY.match(country):
        r.bad("destination_country", "not an ISO 3166-1 alpha-2 code")
        country = ""
    reason = r.choice("reason", ReleaseReason, None)
    if reason is not None and etype not in (None, EventType.RELEASED):
        r.bad("reason", "a release reason belongs on a released event")
    return EventDetails(term_months=term, facility=r.get("facility") or None,
                        destination_country=country or None, reason=reason,
                        life_sentence=life, death_sentence=death)


def _read_row(r: _Row, people: dict[str, PersonRecord]) -> None:
    pid = r.get("person_id")
    if not pid:
        r.bad("person_id", "empty: every row needs the person it is about")
    raw_type = r.get("type")
    etype: EventType | None = None
    if not raw_type:
        r.bad("type", "empty: every row is one event")
    else:
        etype = r.choice("type", EventType, None)
    when = r.date("date")
    birth = r.date("birth_date")
    gender = r.choice("gender", Gender, Gender.UNKNOWN)
    visibility = r.choice("visibility", Visibility, Visibility.PUBLIC)
    details = _details(r, etype)
    published = r.date("source_published")
    if not pid or etype is None:
        return
    person = people.get(pid)
    if person is None:
        person = people[pid] = PersonRecord(system="volia", external_id=pid,
                                            origin=f"{r.file}:{r.line}")
    name, native = r.get("name"), r.get("name_native")
    for text, kind in ((name, NameKind.PRIMARY), (native, NameKind.NATIVE)):
        if not text:
            continue
        current = next((n for n in person.names if n.kind == kind), None)
        if current is None:
            person.names.append(Name(text, script_of(text), kind=kind))
        elif current.text != text:
            r.bad("name" if kind == NameKind.PRIMARY else "name_native",
                  f"person {pid} is already named {current.text!r} on an earlier row")
    if not person.birth_date.known:
        person.birth_date = birth
    elif birth.known and birth != person.birth_date:
        r.bad("birth_date", f"person {pid} was born {person.birth_date} on an earlier row")
    if person.gender == Gender.UNKNOWN:
        person.gender = gender
    elif gender not in (Gender.UNKNOWN, person.gender):
        r.bad("gender", f"person {pid} is {person.gender} on an earlier row")
    source = None
    if r.get("source_url") or r.get("source_title"):
        source = SourceRecord(url=r.get("source_url") or None,
                              title=r.get("source_title") or None, published=published)
    person.events.append(EventRecord(etype, when, details, source, visibility=visibility,
                                     origin=f"{r.file}:{r.line}"))
    for column, cell in r.row.items():
        if column not in COLUMNS and column and cell and cell.strip():
            person.extra.setdefault(column, cell)


def read_volia_csv(path: str | Path) -> list[PersonRecord]:
    """Read a Volia CSV into persons; raise :class:`InputError` listing every bad field."""
    path = Path(path)
    file = path.name
    problems: list[RowProblem] = []
    people: dict[str, PersonRecord] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            for column in missing:
                problems.append(RowProblem(file, 1, column, None, "required column missing"))
            if missing:
                raise InputError(problems)
            start = 2
            for row in reader:
                if None in row:  # more cells than the header has columns
                    problems.append(RowProblem(file, start, None, None,
                                               f"{len(row[None])} cell(s) beyond the header"))
                    row.pop(None)
                _read_row(_Row(file, start, row, problems), people)
                start = reader.line_num + 1
    except UnicodeDecodeError as exc:
        raise InputError([RowProblem(file, None, None, None, f"not UTF-8: {exc}")]) from exc
    except csv.Error as exc:
        raise InputError([RowProblem(file, None, None, None, f"not CSV: {exc}")]) from exc
    if problems:
        raise InputError(problems)
    return list(people.values())


__all__ = ["COLUMNS", "read_volia_csv", "script_of"]
