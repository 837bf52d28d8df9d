"""Apply a :class:`Mapping` to a CSV or JSON file: :func:`read_with_mapping`.

Nothing here knows a particular registry: Viasna, CECC and the rest are TOML files (see
``presets/``) plus, where TOML cannot say it, a named hook in :mod:`volia.importers.hooks`.
A field that cannot be read becomes a :class:`RowProblem` and the record is still returned
without it, so a dry run shows every problem of a file at once; the caller decides whether
problems refuse the file.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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
from volia.importers.articles import ArticleError, parse_articles
from volia.importers.dates import parse_date
from volia.importers.facilities import FacilityRecord, FacilityRegistry
from volia.importers.hooks import HOOKS, READERS, HookContext
from volia.importers.mapping import EventSpec, FieldSpec, Mapping, load_mapping
from volia.importers.rows import Reader, Report, Row, expand, iter_rows, referenced
from volia.importers.sentences import SentenceError, parse_sentence, sentence_from_parts
from volia.importers.volia_csv import script_of

_TERM_PARTS = ("term_years", "term_months", "term_weeks", "term_days")
_EXITS = (EventType.RELEASED, EventType.DEPORTED, EventType.DIED_IN_CUSTODY)


@dataclass
class ReadResult:
    """What a file holds, read but not yet written anywhere."""

    records: list[PersonRecord]
    problems: list[RowProblem]
    stats: dict[str, Any]
    facilities: dict[str, FacilityRecord] = field(default_factory=dict)
    as_of: PartialDate = UNKNOWN_DATE  # the day the file describes (mapping's source.as_of)
    mapping: str = ""


class _Build:
    def __init__(self, mapping: Mapping, path: Path):
        self.mapping, self.path = mapping, path
        self.reader = Reader(mapping)
        self.facilities = FacilityRegistry(mapping.facility_scope, mapping.country)
        self.problems: list[RowProblem] = []
        self.patterns = referenced(mapping)
        self.codes_seen: Counter[str] = Counter()
        self._mapped: dict[tuple[str, ...], set[str]] = {}
        self.title = FieldSpec(template=mapping.source_title) if mapping.source_title else None

    def mapped(self, keys: tuple[str, ...]) -> set[str]:
        """The columns of a row the mapping reads (cached: CSV rows share one header)."""
        found = self._mapped.get(keys)
        if found is None:
            found = self._mapped[keys] = {c for p in self.patterns for c in expand(p, keys)}
        return found

    def reporter(self, row: Row) -> Report:
        file = self.path.name if row.line is not None else row.origin

        def report(column: str | None, value: str | None, why: str) -> None:
            self.problems.append(RowProblem(file, row.line, column, value, why))
        return report

    def date(self, spec: FieldSpec | None, row: Row, report: Report) -> PartialDate:
        text = self.reader.first(spec, row, report) if spec else None
        try:
            return parse_date(text, self.mapping.date_order, self.mapping.date_formats,
                              self.mapping.nulls)
        except DateError as exc:
            report(spec.columns[0] if spec and spec.columns else None, text, str(exc))
            return UNKNOWN_DATE

    def details(self, values: dict[str, list[str]], flags: dict[str, bool],
                row: Row, report: Report) -> EventDetails:
        out: dict[str, Any] = {k: v for k, v in flags.items() if v}
        notes: list[str] = []
        for key, found in values.items():
            if not found or key in _TERM_PARTS or key == "facility_address":
                continue
            text = found[0]
            if key == "term":
                try:
                    sentence = parse_sentence(text)
                except SentenceError as exc:
                    report(key, text, str(exc))
                    continue
                if sentence:
                    out["term_months"] = sentence.months
                    out["life_sentence"] = out.get("life_sentence") or sentence.life
                    out["death_sentence"] = out.get("death_sentence") or sentence.death
                    notes += filter(None, [sentence.note()])
            elif key == "articles":
                articles: list[str] = []
                for item in found:
                    try:
                        articles += parse_articles(item, self.mapping.articles_code)
                    except ArticleError as exc:
                        report(key, item, str(exc))
                out["articles"] = tuple(dict.fromkeys(articles))
            elif key == "facility":
                address = (values.get("facility_address") or [""])[0] or None
                self.facilities.add(text, address)
                out["facility"] = text
            elif key == "reason":
                try:
                    out["reason"] = ReleaseReason(text.lower())
                except ValueError:
                    report(key, text, "not a release reason")
            elif key == "destination_country":
                if len(text) == 2 and text.isalpha():
                    out[key] = text.upper()
                else:
                    report(key, text, "not an ISO 3166-1 alpha-2 code")
            elif key == "count":
                if text.isdigit():
                    out[key] = int(text)
                else:
                    report(key, text, "not a whole number")
            elif key == "note":
                notes += found
            else:
                out[key] = text
        parts = [values.get(k, [None])[0] if values.get(k) else None for k in _TERM_PARTS]
        if any(parts):
            try:
                sentence = sentence_from_parts(*parts)
            except SentenceError as exc:
                report("term", " ".join(p or "" for p in parts), str(exc))
                sentence = None
            if sentence:
                out.setdefault("term_months", sentence.months)
                notes += filter(None, [sentence.note()])
        if notes:
            out["note"] = "; ".join(dict.fromkeys(notes))
        return EventDetails(**out)

    def event(self, spec: EventSpec | None, etype: EventType, forced: bool,
              overrides: dict[str, Any], row: Row, person: PersonRecord,
              source: SourceRecord, report: Report,
              suppressed: bool = False) -> EventRecord | None:
        values: dict[str, list[str]] = {}
        has_data = False
        date = UNKNOWN_DATE
        if spec is not None:
            date = self.date(spec.date, row, report)
            for key, detail in spec.details.items():
                values[key] = self.reader.values(detail, row, report)
                has_data = has_data or (bool(values[key]) and not detail.constant)
            has_data = has_data or date.known
            if isinstance(spec.when, tuple):
                wanted = any(self.reader.values(FieldSpec(columns=(c,)), row, report)
                             for c in spec.when)
            else:
                wanted = spec.when == "always" or (spec.when == "data" and has_data)
            wanted = wanted and not suppressed
            if not (forced or wanted):
                if has_data and (suppressed or spec.when == "codes"):
                    why = "ruled out by" if suppressed else "not implied by"
                    report(spec.date.columns[0] if spec.date and spec.date.columns else None,
                           str(date) if date.known else None,
                           f"data for a {etype} event {why} the row's codes: "
                           "kept in extra, not imported as an event")
                    for detail in filter(None, [spec.date, *spec.details.values()]):
                        for column in detail.columns:
                            for name in expand(column, row.keys):
                                if row.cells.get(name, "").strip():
                                    person.extra.setdefault(name, row.cells[name])
                return None
            if not date.known and spec.date_fallback is not None:
                date = self.date(spec.date_fallback, row, report)
                if date.known:
                    values.setdefault("note", []).append(
                        "date not stated: placed on the earliest possible day ("
                        + ", ".join(spec.date_fallback.columns) + ")")
        flags = {k: bool(v) for k, v in overrides.items() if isinstance(v, bool)}
        for key, value in overrides.items():
            if key == "note":  # a code's note adds to what the row says, never hides it
                values["note"] = [*values.get("note", []), str(value)]
            elif not isinstance(value, bool):
                values[key] = [str(value)]
        details = self.details(values, flags, row, report)
        if spec is not None and spec.source_url is not None:
            url = self.reader.first(spec.source_url, row, report)
            if url:
                source = SourceRecord(url=url, title=source.title, published=source.published,
                                      publisher=source.publisher, language=source.language)
        return EventRecord(etype, date, details, source, origin=row.origin)

    def person(self, row: Row) -> PersonRecord | None:
        m, reader, report = self.mapping, self.reader, self.reporter(row)
        pid = reader.first(m.id, row, report)
        if not pid:
            report(m.id.columns[0] if m.id.columns else None, None, "no id: row skipped")
            return None
        person = PersonRecord(system=m.system, external_id=pid, origin=row.origin)
        specs: list[tuple[FieldSpec | None, NameKind, str | None, str | None]] = [
            (m.person.get("name"), NameKind.PRIMARY, None, None)]
        specs += [(n.field, n.kind, n.script, n.lang) for n in m.names]
        for spec, kind, script, lang in specs:
            for text in reader.values(spec, row, report) if spec else []:
                if all(text != n.text for n in person.names):
                    person.names.append(Name(text, script or script_of(text), lang, kind))
        person.birth_date = self.date(m.person.get("birth_date"), row, report)
        gender = reader.first(m.person.get("gender"), row, report)
        if gender:
            try:
                person.gender = Gender(gender.lower())
            except ValueError:
                report("gender", gender, "not female, male, other or unknown")
        for key in ("citizenship", "occupations"):
            spec = m.person.get(key)
            if spec:
                found = reader.values(spec, row, report)
                setattr(person, key, [v.upper() for v in found] if key == "citizenship"
                        else found)
        visibility = reader.first(m.person.get("visibility"), row, report)
        if visibility:
            try:
                person.visibility = Visibility(visibility.lower())
            except ValueError:
                report("visibility", visibility, "not public, restricted or embargoed")
        for system, spec in m.links.items():
            link = reader.first(spec, row, report)
            if link:
                person.links[system] = link
        forced: dict[EventType, dict[str, Any]] = {}
        suppressed: set[EventType] = set()
        for table in m.codes:
            for raw in reader.values(table.field, row, report):
                for code in raw.split(table.separator) if table.separator else [raw]:
                    code = code.strip()
                    entry = table.lookup(code)
                    if table.role == "status":
                        self.codes_seen[code] += 1
                    if entry is None:
                        if table.unknown == "problem" and code:
                            report(table.field.columns[0], code, "code not in the mapping")
                        continue
                    suppressed.update(entry.suppress)
                    for etype in entry.events:
                        forced.setdefault(etype, {})
                    for etype, extra in entry.details.items():
                        forced.setdefault(etype, {}).update(extra)
        source = SourceRecord(
            url=reader.first(m.source_url, row, report), publisher=m.publisher,
            title=reader.first(self.title, row, report), published=m.as_of,
            language=m.language)
        covered = set()
        for espec in m.events:
            covered.add(espec.type)
            made = self.event(espec, espec.type, espec.type in forced,
                              forced.get(espec.type, {}), row, person, source, report,
                              espec.type in suppressed)
            if made:
                person.events.append(made)
        for etype, overrides in forced.items():
            if etype not in covered:
                made = self.event(None, etype, True, overrides, row, person, source, report)
                if made:
                    person.events.append(made)
        mapped = self.mapped(row.keys)
        for column, cell in row.cells.items():
            kept = column in m.keep or column not in mapped
            if kept and cell.strip() and cell.strip().lower() not in m.nulls:
                person.extra.setdefault(column, cell)
        self.exits_before_custody(person, row, report)
        if m.hook:
            HOOKS[m.hook](person, row, HookContext(m, reader, report, self.facilities))
        return person

    def exits_before_custody(self, person: PersonRecord, row: Row, report: Report) -> None:
        """A row whose release (or death) date ends before its own detention date contradicts
        itself. Which date is wrong cannot be told, but the row's status code still says the
        person left custody: the exit is imported undated (so placed by the file's day) and the
        stated date is reported and kept in extra. Kept as dated, the exit would come before
        the detention and the person would stay in custody for ever."""
        starts = [e.date.earliest() for e in person.events
                  if e.type == EventType.DETAINED and e.date.known]
        start = min((d for d in starts if d is not None), default=None)
        if start is None:
            return
        for i, ev in enumerate(person.events):
            end = ev.date.latest()
            if ev.type not in _EXITS or end is None or end >= start:
                continue
            spec = next((s for s in self.mapping.events if s.type == ev.type), None)
            column = spec.date.columns[0] if spec and spec.date and spec.date.columns else None
            report(column, str(ev.date), f"{ev.type} date is before the detention date "
                   f"{start}: imported undated (placed by the file's day), the date kept "
                   "in extra")
            if column and row.cells.get(column, "").strip():
                person.extra.setdefault(column, row.cells[column])
            note = "; ".join(filter(None, [ev.details.note, f"stated date {ev.date} is before "
                                           f"the detention date {start}"]))
            person.events[i] = replace(ev, date=UNKNOWN_DATE,
                                       details=replace(ev.details, note=note))


def _resolve(mapping: Mapping | str | Path) -> Mapping:
    if isinstance(mapping, Mapping):
        return mapping
    from volia.importers.presets import PRESETS, load_preset

    if isinstance(mapping, str) and mapping in PRESETS:
        return load_preset(mapping)
    return load_mapping(mapping)


def read_with_mapping(path: str | Path, mapping: Mapping | str | Path) -> ReadResult:
    """Read ``path`` with a mapping (a :class:`Mapping`, a preset name or a TOML path)."""
    started = time.perf_counter()
    path, m = Path(path), _resolve(mapping)
    if m.reader:
        try:
            records, problems = READERS[m.reader](path), []
        except InputError as exc:
            records, problems = [], exc.problems  # the reader refuses whole files
        return ReadResult(records, problems, _stats(records, problems, 0, started), {},
                          m.as_of, m.name)
    build = _Build(m, path)
    people: dict[str, PersonRecord] = {}
    rows = 0
    for row in iter_rows(path, m):
        rows += 1
        person = build.person(row)
        if person is None:
            continue
        known = people.get(person.external_id)
        if known is None:
            people[person.external_id] = person
            continue
        if not m.group_by_id:
            build.reporter(row)(None, person.external_id,
                                f"id also used at {known.origin}: read as the same person")
        known.events += person.events
        known.names += [n for n in person.names if all(n.text != k.text for k in known.names)]
        for key, value in person.extra.items():
            known.extra.setdefault(key, value)
        known.links.update(person.links)
    records = list(people.values())
    stats = _stats(records, build.problems, rows, started)
    stats["facilities"] = len(build.facilities.by_key)
    if m.status_table():
        stats["status_codes"] = dict(build.codes_seen.most_common())
    return ReadResult(records, build.problems, stats, build.facilities.by_key, m.as_of, m.name)


def _stats(records: list[PersonRecord], problems: list[RowProblem], rows: int,
           started: float) -> dict[str, Any]:
    by_type = Counter(str(e.type) for r in records for e in r.events)
    extra = Counter(k for r in records for k in r.extra)
    return {"rows": rows or len(records), "records": len(records),
            "events": sum(by_type.values()), "events_by_type": dict(by_type.most_common()),
            "problems": len(problems), "kept_columns": dict(extra.most_common()),
            "linked": sum(1 for r in records if r.links),
            "seconds": round(time.perf_counter() - started, 3)}


__all__ = ["ReadResult", "read_with_mapping"]
