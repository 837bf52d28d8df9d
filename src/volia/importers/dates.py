"""Dates as registries write them, read into :class:`PartialDate`.

Registries mark what they do not know in many ways: an empty cell, ``FALSE``, ``.``, ``NA``, or
placeholders inside the date (``1989/01/dd``, ``1990/mm/dd``). All of them must become a date of
the right precision, never a made-up first of the month.
"""

from __future__ import annotations

import re
from datetime import datetime

from volia.domain.dates import UNKNOWN_DATE, DateError, PartialDate

NULL_MARKERS = frozenset({"", "false", ".", "na", "n/a", "none", "null", "nan", "-", "—", "?",
                          "unknown", "неизвестно", "нет"})

# A placeholder stands for an unknown part: "dd", "mm", "??", "00", "xx".
_PART = r"(\d{1,2}|[dm]{2}|\?\?|xx|XX)"
_YEAR_FIRST = re.compile(rf"^(\d{{4}})(?:[-/.]{_PART}(?:[-/.]{_PART})?)?$", re.IGNORECASE)
_YEAR_LAST = re.compile(rf"^{_PART}[-/.]{_PART}[-/.](\d{{4}})$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


def _number(part: str | None) -> int | None:
    if part is None or not part.isdigit() or int(part) == 0:
        return None  # a placeholder or "00": that part is not known
    return int(part)


def _build(year: int, month: int | None, day: int | None) -> PartialDate:
    if month is None:
        day = None  # "1990/mm/15" says nothing usable about the day without its month
    return PartialDate(year, month, day)


def parse_date(text: str | None, order: str = "dmy", formats: tuple[str, ...] = (),
               nulls: frozenset[str] = NULL_MARKERS) -> PartialDate:
    """Read any date form the registries use; raise :class:`DateError` when it is not a date.

    ``order`` decides day-first dates with the year last: ``dmy`` (``31.12.2021``, European) or
    ``mdy`` (``12/31/2021``). ``formats`` are extra :func:`datetime.strptime` patterns tried last,
    each giving a day-precise date.
    """
    if text is None:
        return UNKNOWN_DATE
    value = text.strip()
    if value.lower() in nulls:
        return UNKNOWN_DATE
    timed = _ISO_TIME.match(value)
    if timed:
        value = timed.group(1)
    match = _YEAR_FIRST.match(value)
    if match:
        year, month, day = match.groups()
        return _build(int(year), _number(month), _number(day))
    match = _YEAR_LAST.match(value)
    if match:
        first, second, year = match.groups()
        day, month = (first, second) if order == "dmy" else (second, first)
        return _build(int(year), _number(month), _number(day))
    match = _MONTH_YEAR.match(value)
    if match:
        return _build(int(match.group(2)), _number(match.group(1)), None)
    for pattern in formats:
        try:
            return PartialDate.of(datetime.strptime(value, pattern).date())
        except ValueError:
            continue
    raise DateError(f"{text!r} is not a date this reader knows")


__all__ = ["NULL_MARKERS", "DateError", "parse_date"]
