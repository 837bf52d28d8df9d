"""Rows of CSV and JSON files as flat ``{column: text}`` dicts, and field values read from them.

JSON records are flattened with ``/`` between keys and list indexes, so ``prison/title`` names
both Viasna's literal ``"prison/title"`` key and a nested ``{"prison": {"title": ...}}``: a
mapping does not care which way a dump spells its objects.
"""

from __future__ import annotations

import csv
import fnmatch
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from volia.domain.records import InputError, RowProblem
from volia.importers.mapping import FieldSpec, Mapping

# "{column}" in a template; column names may hold dots ("chrd.num"), so str.format won't do.
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_LATIN_TAIL = re.compile(r"[A-Za-z0-9][\x00-\x7f]*$")
Report = Callable[[str | None, str | None, str], None]  # column, value, why


@dataclass
class Row:
    cells: dict[str, str]
    line: int | None  # CSV: the line the row starts on; JSON: None
    origin: str  # "file:line" or "file#index"
    keys: tuple[str, ...] = ()


def flatten(value: Any, prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    if isinstance(value, dict):
        for key, item in value.items():
            flatten(item, f"{prefix}/{key}" if prefix else str(key), out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            flatten(item, f"{prefix}/{index}" if prefix else str(index), out)
    elif value is None:
        out[prefix] = ""
    elif isinstance(value, bool):
        out[prefix] = "TRUE" if value else "FALSE"
    else:
        out[prefix] = str(value)
    return out


def file_format(path: Path, mapping: Mapping) -> str:
    if mapping.format != "auto":
        return mapping.format
    return "json" if path.suffix.lower() in (".json", ".geojson") else "csv"


def iter_rows(path: Path, mapping: Mapping) -> Iterator[Row]:
    """Every record of the file; :class:`InputError` when the file itself cannot be read."""
    name = path.name
    try:
        if file_format(path, mapping) == "json":
            data: Any = json.loads(path.read_text(encoding=mapping.encoding))
            for part in filter(None, mapping.json_root.split("/")):
                data = data[part]
            if not isinstance(data, list):
                raise InputError([RowProblem(name, None, None, None, "no list of records")])
            for index, record in enumerate(data):
                cells = flatten(record)
                yield Row(cells, None, f"{name}#{index}", tuple(cells))
            return
        with path.open(encoding=mapping.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=mapping.delimiter)
            header = [h.strip() for h in next(reader, [])]
            keys = tuple(header)
            start = 2
            for line in reader:
                if any(line):
                    yield Row(dict(zip(header, line, strict=False)), start, f"{name}:{start}",
                              keys)
                start = reader.line_num + 1
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error, KeyError, OSError) as exc:
        raise InputError([RowProblem(name, None, None, None, f"cannot read: {exc}")]) from exc


def headers(path: Path, mapping: Mapping) -> set[str]:
    """The column names (or flattened JSON paths) of the file's first record."""
    for row in iter_rows(path, mapping):
        return set(row.keys)
    return set()


@lru_cache(maxsize=4096)
def expand(pattern: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    if "*" not in pattern and "?" not in pattern:
        return (pattern,)
    return tuple(k for k in keys if fnmatch.fnmatchcase(k, pattern))


def _transform(value: str, names: tuple[str, ...]) -> str:
    for name in names:
        if name == "bilingual" and not value.isascii():
            # "释放 / Released", "男/ male", "拘留所-看守所 / Detention House/Center": the
            # Chinese comes first; keep what follows from the first Latin letter on.
            latin = _LATIN_TAIL.search(value)
            value = latin.group(0).strip() if latin else value
        elif name == "url":
            value = "".join(value.split())  # "blog spot.com": spaces are never part of a URL
        elif name == "drop_lost" and value.count("?") * 2 >= len(value.replace(" ", "")):
            value = ""  # text destroyed by an encoding loss upstream ("????(?)")
        elif name == "upper":
            value = value.upper()
        elif name == "lower":
            value = value.lower()
    return value


class Reader:
    """Reads field values out of rows, reporting values a map does not know."""

    def __init__(self, mapping: Mapping):
        self.mapping = mapping

    def _null(self, spec: FieldSpec, value: str) -> bool:
        low = value.strip().lower()
        return low in self.mapping.nulls or low in spec.null

    def _cell(self, spec: FieldSpec, row: Row, column: str) -> str:
        cell = row.cells.get(column, "")
        return "" if self._null(spec, cell) else cell.strip()

    def values(self, spec: FieldSpec, row: Row, report: Report) -> list[str]:
        if spec.value is not None:
            return [spec.value]
        raw: list[tuple[str, str]] = []
        for pattern in spec.columns:
            for column in expand(pattern, row.keys):
                cell = row.cells.get(column)
                if cell is not None and not self._null(spec, cell):
                    raw.append((column, cell.strip()))
            if raw and "*" not in pattern and len(spec.columns) > 1:
                break  # alternatives: the first filled column wins
        if not raw and spec.template is not None:  # a template is the last alternative
            text = _PLACEHOLDER.sub(lambda m: self._cell(spec, row, m.group(1)),
                                    spec.template).strip()
            raw = [("template", text)] if text.strip("|- ") else []
        out: list[str] = []
        for column, cell in raw:
            pieces = cell.split(spec.split) if spec.split else [cell]
            for piece in pieces:
                value = _transform(piece.strip(), spec.transform)
                if not value or self._null(spec, value):
                    continue
                if spec.map is not None:
                    mapped = spec.map.get(value.lower())
                    if mapped is None:
                        if spec.default == "problem":
                            report(column, value, "not in the value map")
                            continue
                        mapped = value if spec.default == "keep" else spec.default
                    if not mapped:
                        continue  # mapped to "" on purpose: a known value meaning nothing
                    value = mapped
                out.append(value)
        return out

    def first(self, spec: FieldSpec | None, row: Row, report: Report) -> str | None:
        if spec is None:
            return None
        found = self.values(spec, row, report)
        return found[0] if found else None


def referenced(mapping: Mapping) -> list[str]:
    """Every column pattern a mapping reads, so the rest can be kept verbatim."""
    specs: list[FieldSpec | None] = [mapping.id, mapping.source_url]
    specs += list(mapping.person.values()) + [n.field for n in mapping.names]
    specs += list(mapping.links.values()) + [t.field for t in mapping.codes]
    for event in mapping.events:
        specs += [event.date, event.source_url, event.date_fallback, *event.details.values()]
    patterns: list[str] = []
    for spec in specs:
        if spec is None:
            continue
        patterns += spec.columns
        if spec.template:
            patterns += _PLACEHOLDER.findall(spec.template)
    return [p for p in patterns if p not in mapping.keep]
