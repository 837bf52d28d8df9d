"""The declarative mapping: a TOML file saying how one layout becomes Volia records.

The format is documented, with every key, in ``docs/mappings.md``. This module only loads and
checks a mapping; :mod:`volia.importers.engine` applies it. A mapping is checked whole: every
unknown key or bad value is reported at once, so a mapping author fixes them in one pass.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from volia.domain.dates import UNKNOWN_DATE, DateError, PartialDate
from volia.domain.model import EventType, NameKind
from volia.importers.dates import NULL_MARKERS

DETAIL_KEYS = frozenset({
    "term", "term_years", "term_months", "term_weeks", "term_days", "facility",
    "facility_address", "articles", "regime", "court", "authority", "reason",
    "destination_country", "recognized_by", "note", "count"})
PERSON_KEYS = frozenset({"name", "birth_date", "gender", "citizenship", "occupations",
                         "visibility"})
TRANSFORMS = frozenset({"bilingual", "url", "drop_lost", "upper", "lower"})
OVERRIDE_KEYS = DETAIL_KEYS | {"life_sentence", "death_sentence"}


class MappingError(ValueError):
    """A mapping file that cannot be used, with every reason."""

    def __init__(self, where: str, reasons: list[str]):
        self.reasons = reasons
        super().__init__(f"mapping {where}: " + "; ".join(reasons))


@dataclass(frozen=True)
class FieldSpec:
    """Where one value comes from: columns (first filled one wins) or a constant."""

    columns: tuple[str, ...] = ()  # names, JSON paths ("prison/title") or globs ("articles/*")
    value: str | None = None  # a constant instead of a column
    template: str | None = None  # "{Name}|{Place}": several columns into one string
    map: dict[str, str] | None = None  # value map, keys compared case-insensitively
    default: str = "problem"  # a value missing from the map: "problem", "keep", or a value
    transform: tuple[str, ...] = ()
    split: str | None = None  # one cell holding several values
    null: frozenset[str] = frozenset()

    @property
    def constant(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class NameSpec:
    field: FieldSpec
    kind: NameKind = NameKind.ALIAS
    script: str | None = None  # None: from the letters
    lang: str | None = None


@dataclass(frozen=True)
class EventSpec:
    type: EventType
    date: FieldSpec | None = None
    when: str | tuple[str, ...] = "data"  # "data", "always", "codes", or a list of columns
    details: dict[str, FieldSpec] = field(default_factory=dict)
    source_url: FieldSpec | None = None
    # Where to place an event whose own date is not stated, on the earliest day it can be
    # (a sentence is never before the detention): keeps the replay in order, and is noted.
    date_fallback: FieldSpec | None = None


@dataclass(frozen=True)
class CodeEntry:
    events: tuple[EventType, ...] = ()
    details: dict[EventType, dict[str, Any]] = field(default_factory=dict)
    meaning: str = ""  # what the code means, for people reading the mapping and the figures
    # Event types the code rules out although the row has data for them ("DET" with a
    # release date): the data is kept in extra and reported, not imported as a fact.
    suppress: tuple[EventType, ...] = ()


@dataclass(frozen=True)
class CodeTable:
    field: FieldSpec
    codes: dict[str, CodeEntry]
    separator: str | None = None  # "chg?/tri?/sent/rel" is several codes in one cell
    strip: str = ""  # characters dropped before looking a code up ("?": uncertain)
    role: str | None = None  # "status": the table the figures check counts by
    unknown: str = "problem"  # or "ignore"

    def lookup(self, code: str) -> CodeEntry | None:
        entry = self.codes.get(code)
        if entry is None and self.strip:
            entry = self.codes.get(code.strip(self.strip))
        if entry is None:
            entry = self.codes.get(code.lower())
        return entry


@dataclass
class Mapping:
    name: str
    system: str
    id: FieldSpec
    format: str = "auto"  # "csv", "json" or "auto" (by the file's suffix)
    encoding: str = "utf-8-sig"
    delimiter: str = ","
    json_root: str = ""  # path to the list of records inside a JSON document
    nulls: frozenset[str] = NULL_MARKERS
    date_order: str = "dmy"
    date_formats: tuple[str, ...] = ()
    as_of: PartialDate = UNKNOWN_DATE  # the day the file describes
    publisher: str | None = None
    source_title: str | None = None  # template, e.g. "CECC PPD record {CECC_record_number}"
    source_url: FieldSpec | None = None
    language: str | None = None
    country: str | None = None
    facility_scope: str = ""
    articles_code: str = "CC"
    keep: tuple[str, ...] = ()  # mapped columns also copied verbatim into extra
    signatures: tuple[frozenset[str], ...] = ()  # header sets that identify the layout
    hook: str | None = None
    reader: str | None = None  # a whole-file reader instead of the generic engine
    group_by_id: bool = False  # several rows per person (one per event)
    person: dict[str, FieldSpec] = field(default_factory=dict)
    names: list[NameSpec] = field(default_factory=list)
    links: dict[str, FieldSpec] = field(default_factory=dict)
    events: list[EventSpec] = field(default_factory=list)
    codes: list[CodeTable] = field(default_factory=list)

    def status_table(self) -> CodeTable | None:
        return next((t for t in self.codes if t.role == "status"), None)


class _Checker:
    def __init__(self) -> None:
        self.reasons: list[str] = []

    def keys(self, where: str, table: dict[str, Any], allowed: set[str] | frozenset[str]) -> None:
        for key in table:
            if key not in allowed:
                self.reasons.append(f"{where}: unknown key {key!r}")

    def event_type(self, where: str, value: Any) -> EventType | None:
        try:
            return EventType(value)
        except ValueError:
            self.reasons.append(f"{where}: {value!r} is not an event type")
            return None

    def field(self, where: str, raw: Any) -> FieldSpec:
        if isinstance(raw, str):
            return FieldSpec(columns=(raw,))
        if isinstance(raw, list) and all(isinstance(c, str) for c in raw):
            return FieldSpec(columns=tuple(raw))
        if not isinstance(raw, dict):
            self.reasons.append(f"{where}: a field is a column, a list of columns or a table")
            return FieldSpec()
        self.keys(where, raw, {"column", "columns", "value", "template", "map", "default",
                               "transform", "split", "null"})
        columns = raw.get("columns", [raw["column"]] if "column" in raw else [])
        transform = raw.get("transform", [])
        transform = [transform] if isinstance(transform, str) else transform
        for name in transform:
            if name not in TRANSFORMS:
                self.reasons.append(f"{where}: unknown transform {name!r}")
        value = raw.get("value")
        if not columns and value is None and "template" not in raw:
            self.reasons.append(f"{where}: needs column(s), a value or a template")
        mapped = raw.get("map")
        return FieldSpec(
            columns=tuple(columns), value=None if value is None else str(value),
            template=raw.get("template"),
            map={str(k).lower(): str(v) for k, v in mapped.items()} if mapped else None,
            default=str(raw.get("default", "problem")), transform=tuple(transform),
            split=raw.get("split"), null=frozenset(str(n).lower() for n in raw.get("null", [])))

    def event(self, where: str, raw: dict[str, Any]) -> EventSpec | None:
        self.keys(where, raw, {"type", "date", "when", "source_url", "date_fallback"}
                  | DETAIL_KEYS)
        etype = self.event_type(where, raw.get("type"))
        when = raw.get("when", "data")
        if isinstance(when, str) and when not in ("data", "always", "codes"):
            self.reasons.append(f"{where}: when is data, always, codes or a list of columns")
        details = {k: self.field(f"{where}.{k}", v) for k, v in raw.items() if k in DETAIL_KEYS}
        if etype is None:
            return None
        return EventSpec(
            etype, self.field(f"{where}.date", raw["date"]) if "date" in raw else None,
            when if isinstance(when, str) else tuple(when), details,
            self.field(f"{where}.source_url", raw["source_url"]) if "source_url" in raw else None,
            self.field(f"{where}.date_fallback", raw["date_fallback"])
            if "date_fallback" in raw else None)

    def codes(self, where: str, raw: dict[str, Any]) -> CodeTable:
        self.keys(where, raw, {"field", "separator", "strip", "role", "unknown", "map"})
        entries: dict[str, CodeEntry] = {}
        for code, spec in raw.get("map", {}).items():
            here = f"{where}.map.{code}"
            if isinstance(spec, list):
                spec = {"events": spec}
            allowed = {"events", "meaning", "suppress"} | {str(t) for t in EventType}
            self.keys(here, spec, allowed)
            events = [self.event_type(here, e) for e in spec.get("events", [])]
            overrides: dict[EventType, dict[str, Any]] = {}
            for key, value in spec.items():
                if key in {str(t) for t in EventType}:
                    self.keys(f"{here}.{key}", value, OVERRIDE_KEYS)
                    overrides[EventType(key)] = dict(value)
            suppress = [self.event_type(here, e) for e in spec.get("suppress", [])]
            entries[str(code)] = CodeEntry(tuple(e for e in events if e), overrides,
                                           str(spec.get("meaning", "")),
                                           tuple(e for e in suppress if e))
        return CodeTable(self.field(f"{where}.field", raw.get("field", "")), entries,
                         raw.get("separator"), raw.get("strip", ""), raw.get("role"),
                         raw.get("unknown", "problem"))


def parse_mapping(data: dict[str, Any], where: str = "<mapping>") -> Mapping:
    """Build a :class:`Mapping` from parsed TOML; :class:`MappingError` lists every fault."""
    check = _Checker()
    check.keys(where, data, {"source", "person", "names", "links", "events", "codes"})
    src = dict(data.get("source", {}))
    check.keys("source", src, {
        "name", "system", "id", "format", "encoding", "delimiter", "json_root", "null_values",
        "date_order", "date_formats", "as_of", "publisher", "title", "url", "language",
        "country", "facility_scope", "articles_code", "keep", "signatures", "hook", "reader",
        "group_by_id"})
    for required in ("system", "id"):
        if required not in src and "reader" not in src:
            check.reasons.append(f"source: {required!r} is required")
    as_of = UNKNOWN_DATE
    try:
        as_of = PartialDate.parse(src.get("as_of"))
    except DateError as exc:
        check.reasons.append(f"source.as_of: {exc}")
    person = data.get("person", {})
    check.keys("person", person, PERSON_KEYS)
    names = []
    for i, raw in enumerate(data.get("names", [])):
        check.keys(f"names[{i}]", raw, {"field", "kind", "script", "lang"})
        try:
            kind = NameKind(raw.get("kind", "alias"))
        except ValueError:
            check.reasons.append(f"names[{i}]: unknown kind {raw.get('kind')!r}")
            kind = NameKind.ALIAS
        names.append(NameSpec(check.field(f"names[{i}].field", raw.get("field", "")), kind,
                              raw.get("script"), raw.get("lang")))
    events = [check.event(f"events[{i}]", raw) for i, raw in enumerate(data.get("events", []))]
    seen = [e.type for e in events if e]
    for etype in {t for t in seen if seen.count(t) > 1}:
        check.reasons.append(f"events: {etype} is described twice")
    mapping = Mapping(
        name=str(src.get("name", where)), system=str(src.get("system", "")),
        id=check.field("source.id", src.get("id", "")), format=src.get("format", "auto"),
        encoding=src.get("encoding", "utf-8-sig"), delimiter=src.get("delimiter", ","),
        json_root=src.get("json_root", ""),
        nulls=NULL_MARKERS | {str(v).lower() for v in src.get("null_values", [])},
        date_order=src.get("date_order", "dmy"), date_formats=tuple(src.get("date_formats", [])),
        as_of=as_of, publisher=src.get("publisher"), source_title=src.get("title"),
        source_url=check.field("source.url", src["url"]) if "url" in src else None,
        language=src.get("language"), country=src.get("country"),
        facility_scope=src.get("facility_scope", ""), articles_code=src.get("articles_code", "CC"),
        keep=tuple(src.get("keep", [])),
        signatures=tuple(frozenset(s) for s in src.get("signatures", [])),
        hook=src.get("hook"), reader=src.get("reader"),
        group_by_id=bool(src.get("group_by_id", False)),
        person={k: check.field(f"person.{k}", v) for k, v in person.items()},
        names=names,
        links={k: check.field(f"links.{k}", v) for k, v in data.get("links", {}).items()},
        events=[e for e in events if e],
        codes=[check.codes(f"codes[{i}]", raw) for i, raw in enumerate(data.get("codes", []))])
    if mapping.date_order not in ("dmy", "mdy"):
        check.reasons.append("source.date_order: dmy or mdy")
    if mapping.format not in ("auto", "csv", "json"):
        check.reasons.append("source.format: auto, csv or json")
    if check.reasons:
        raise MappingError(where, check.reasons)
    return mapping


def load_mapping(path: str | Path) -> Mapping:
    """Read and check a mapping TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(str(path), [f"not TOML: {exc}"]) from exc
    return parse_mapping(data, path.name)


__all__ = ["CodeEntry", "CodeTable", "EventSpec", "FieldSpec", "Mapping", "MappingError",
           "NameSpec", "load_mapping", "parse_mapping"]
