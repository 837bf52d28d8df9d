"""Sentence text ("6 years", "1 1/2 years", "six years and six months", "1 год 6 месяцев",
"life", "пожизненное") read into months.

Volia stores a term in whole months (``EventDetails.term_months``, where 0 means no custodial
term). Weeks and days are rounded *up* to the next month so that a 10-day detention still counts
as custodial; the exact length in days is kept in :attr:`Sentence.days` and in the text of
:meth:`Sentence.note` for anyone who needs it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction


class SentenceError(ValueError):
    """Text that does not read as a sentence length."""


@dataclass(frozen=True)
class Sentence:
    months: int | None = None  # None: not a term (life, death) or not stated
    days: int | None = None  # the exact length when it was given in weeks or days
    life: bool = False
    death: bool = False

    def note(self) -> str | None:
        return f"{self.days} days" if self.days is not None else None


_WORDS: dict[str, int | Fraction] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-five": 25, "a": 1, "an": 1,
    "один": 1, "одного": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "двух": 2, "три": 3,
    "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6,
    "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "двадцать пять": 25,
    "полтора": Fraction(3, 2), "полторы": Fraction(3, 2),
}

# Unit words, matched by their start so that "years", "года", "лет" and "месяцев" all fit.
_UNITS = (
    (re.compile(r"^(years?|yrs?|год|года|лет|гадо|гады|гадоў|y)$"), 12, 0),
    (re.compile(r"^(months?|mos?|мес\w*|m)$"), 1, 0),
    (re.compile(r"^(weeks?|wks?|недел\w*|нядзел\w*|w)$"), 0, 7),
    (re.compile(r"^(days?|дн\w*|день|сут\w*|d)$"), 0, 1),
)

_LIFE = re.compile(r"\b(life|lifelong|пожизненн\w*|пажыццёв\w*)\b|无期", re.IGNORECASE)
_DEATH = re.compile(r"\b(death|execution|смертн\w* казн\w*|расстрел\w*|dth-r)\b|死刑",
                    re.IGNORECASE)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?(?:\s+\d+/\d+)?|\d+/\d+|[a-zа-яё-]+", re.IGNORECASE)
_HALF_AFTER = (("and", "a", "half"), ("с", "половиной"))


def _amount(token: str) -> Fraction | None:
    token = token.lower().replace(",", ".")
    if token in _WORDS:
        return Fraction(_WORDS[token])
    parts = token.split()
    try:
        return sum((Fraction(p) for p in parts), Fraction(0))
    except (ValueError, ZeroDivisionError):
        return None


def _unit(token: str) -> tuple[int, int] | None:
    for pattern, per_month, per_day in _UNITS:
        if pattern.match(token):
            return per_month, per_day
    return None


def parse_sentence(text: str | None) -> Sentence | None:
    """Read a sentence; ``None`` when the text is empty, :class:`SentenceError` when unreadable."""
    if text is None or not text.strip():
        return None
    value = " ".join(text.split())
    if _DEATH.search(value):
        return Sentence(death=True)
    if _LIFE.search(value):
        return Sentence(life=True)
    tokens = [t.lower() for t in _TOKEN.findall(value)]
    months, days, found = Fraction(0), 0, False
    i = 0
    while i < len(tokens):
        amount = _amount(tokens[i])
        i += 1
        if amount is None:
            continue
        for half in _HALF_AFTER:  # "three and a half years"
            if tuple(tokens[i:i + len(half)]) == half:
                amount += Fraction(1, 2)
                i += len(half)
        if i >= len(tokens):
            break
        unit = _unit(tokens[i])
        if unit is None:
            continue
        i += 1
        for half in _HALF_AFTER:  # "два года с половиной"
            if tuple(tokens[i:i + len(half)]) == half:
                amount += Fraction(1, 2)
                i += len(half)
        months += amount * unit[0]
        days += int(amount * unit[1])
        found = True
    if not found:
        raise SentenceError(f"{text!r} does not read as a sentence length")
    if days:
        total_days = int(months * 30) + days  # a month counted as 30 days, as courts do
        return Sentence(months=math.ceil(months + Fraction(days, 30)), days=total_days)
    return Sentence(months=math.ceil(months))


def sentence_from_parts(years: str | None, months: str | None, weeks: str | None = None,
                        days: str | None = None) -> Sentence | None:
    """Build a sentence from separate number columns (CECC's years/months/weeks/days)."""
    values = {}
    for key, raw in (("years", years), ("months", months), ("weeks", weeks), ("days", days)):
        raw = (raw or "").strip()
        if raw:
            try:
                values[key] = Fraction(raw.replace(",", "."))
            except ValueError as exc:
                raise SentenceError(f"{key} {raw!r} is not a number") from exc
    if not values:
        return None
    total = values.get("years", Fraction(0)) * 12 + values.get("months", Fraction(0))
    short = int(values.get("weeks", 0) * 7 + values.get("days", 0))
    if short:
        return Sentence(months=math.ceil(total + Fraction(short, 30)),
                        days=int(total * 30) + short)
    return Sentence(months=math.ceil(total))


__all__ = ["Sentence", "SentenceError", "parse_sentence", "sentence_from_parts"]
