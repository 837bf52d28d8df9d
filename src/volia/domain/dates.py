"""Dates known to a day, a month, a year, or not at all.

Reports rarely give exact dates ("in March 2024", "in 2020", "this week"), and a registry that
forced a day onto them would invent facts. A :class:`PartialDate` keeps what is known and says how
to place it on a calendar when a single day is needed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class DateError(ValueError):
    """A date string that cannot be read as YYYY, YYYY-MM or YYYY-MM-DD."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is None and (self.month is not None or self.day is not None):
            raise DateError("a month or day needs a year")
        if self.month is None and self.day is not None:
            raise DateError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} is not 1-12")
        if self.year is not None and not 1800 <= self.year <= 2200:
            raise DateError(f"year {self.year} is out of range")
        if self.day is not None:
            assert self.year is not None and self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateError(f"day {self.day} does not exist in {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str | None) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; empty means unknown."""
        if text is None:
            return UNKNOWN_DATE
        text = text.strip()
        if not text:
            return UNKNOWN_DATE
        match = _ISO.match(text)
        if not match:
            raise DateError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        if self.year is None:
            return Precision.UNKNOWN
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def known(self) -> bool:
        return self.year is not None

    def earliest(self) -> date | None:
        """The first day the date can mean."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date | None:
        """The last day the date can mean."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def contains(self, other: PartialDate) -> bool:
        """True when the two dates can mean the same day (one is within the other's period)."""
        if not self.known or not other.known:
            return True
        a0, a1, b0, b1 = self.earliest(), self.latest(), other.earliest(), other.latest()
        assert a0 and a1 and b0 and b1
        return a0 <= b1 and b0 <= a1

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso() or "unknown"


UNKNOWN_DATE = PartialDate()
