"""The year a date takes from the dates around it: «того же года», a timeline's headings, a
day told without its year soon after a dated day (a story's own year), and "in March and
April 2023" (the year told once for both months). Part of ``when.find_dates``."""

from __future__ import annotations

import re
from datetime import date

from volia.domain.dates import UNKNOWN_DATE, DateError, PartialDate
from volia.extract.offsets import DateMention


def years_from_context(found: list[DateMention], text: str,
                       published: date | None) -> list[DateMention]:
    """FOUND (in text order) with the years their context gives them."""
    found = _timeline_years(_same_year(found, text), text, published)
    return _paired_months(_story_years(found, text, published), text)


def safe_date(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate:
    try:
        return PartialDate(year, month, day)
    except DateError:
        return UNKNOWN_DATE


# «В октябре того же года», "in October of the same year": the year told just before.
_SAME_YEAR = re.compile(r"^\s*(?:того\s+же|того\s+ж|таго\s+ж|таго\s+самага|of\s+(?:the\s+same|that)"
                        r"|the\s+same|that)\s+(?:года|году|year)", re.IGNORECASE)


def _same_year(found: list[DateMention], text: str) -> list[DateMention]:
    """Month dates followed by «того же года» take the year of the date before them."""
    out: list[DateMention] = []
    for mention in found:
        before = [d for d in out if d.value.year is not None]
        if _SAME_YEAR.match(text[mention.end:]) and before and mention.value.month is not None:
            value = safe_date(before[-1].value.year, mention.value.month, mention.value.day)
            mention = DateMention(mention.start, mention.end, value)
        out.append(mention)
    return out


_HEADING_END = re.compile(r"(?:-?(?:го|га)|\s+(?:года?|году|г\.|годзе))?\s*[—–:-]\s")
_BULLETS = re.compile(r"[ \t•·▪*-]*")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _timeline_years(found: list[DateMention], text: str,
                    published: date | None) -> list[DateMention]:
    """A timeline's headings without a year ("17 January —", "March —") follow the heading
    before them: the same year, or the next one when the month has gone back (never past
    the publication)."""
    out: list[DateMention] = []
    previous: PartialDate | None = None
    for mention in found:
        value = mention.value
        line_start = text.rfind("\n", 0, mention.start) + 1
        heading = value.month is not None and _HEADING_END.match(text, mention.end) is not None \
            and _BULLETS.fullmatch(text, line_start, mention.start) is not None
        if heading and previous is not None and previous.year is not None and \
                previous.month is not None and value.month is not None and \
                not _YEAR_DIGITS.search(text, mention.start, mention.end):
            year = previous.year + (1 if value.month < previous.month else 0)
            if published is None or (year, value.month) <= (published.year, published.month):
                mention = DateMention(mention.start, mention.end,
                                      safe_date(year, value.month, value.day))
        if heading:
            previous = mention.value
        out.append(mention)
    return out


# how far a day told without its year may follow a dated day and still be of its year
_STORY_DAYS = 62
_STORY_REACH = 400


_BORN = re.compile(r"(?:\bborn|(?<!\w)(?:родил\w*|нарадзіл\w*|род\.|нар\.))\s+(?:\w+\s+)?$",
                   re.IGNORECASE)
_THIS_YEAR = re.compile(r"^\s*(?:этого|текущего|гэтага|this)\s+(?:года|году|year)", re.IGNORECASE)


def _story_years(found: list[DateMention], text: str,
                 published: date | None = None) -> list[DateMention]:
    """A day told without its year soon after a day told with one ("10 August 2020 … 11 August
    the court …", «3 февраля 2021 года … 5 февраля ему предъявили») is a day of that story, in
    that year (or the next, across New Year), not of the year the report came out."""
    out: list[DateMention] = []
    anchors: list[DateMention] = []
    for mention in found:
        value = mention.value
        own_year = _YEAR_DIGITS.search(text, mention.start, mention.end) is not None
        if own_year and value.day is not None:
            if not _BORN.search(text, max(0, mention.start - 25), mention.start):
                anchors.append(mention)  # (a birth date starts no story)
        elif value.day is not None and value.month is not None and not own_year:
            near = [a for a in anchors if mention.start - a.end <= _STORY_REACH][-1:]
            if _THIS_YEAR.match(text, mention.end) or (
                    published is not None and value.year == published.year
                    and 0 <= (published - date(published.year, value.month, value.day)).days <= 92):
                near = []  # the news peg: a day of the last weeks, or "this year"
            for anchor in reversed(near):  # the nearest dated day the story can go on from
                year = _story_year(anchor.value, value.month, value.day)
                if year is not None:
                    if year != value.year:
                        mention = DateMention(mention.start, mention.end,
                                              safe_date(year, value.month, value.day))
                    break
        out.append(mention)
    return out


# «в марте и апреле 2023 года», "in March and April 2023": the year told once, for both
_MONTH_PAIR = re.compile(r"\s*(?:,|и|і|and|or|или|ці|альбо)\s+(?:(?:в|во|у|ў|in)\s+)?$",
                         re.IGNORECASE)


def _paired_months(found: list[DateMention], text: str) -> list[DateMention]:
    """A month told without its year right before "and <month> <year>" takes that year (the
    year before, when the first month comes later in the calendar: "December and January")."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if first.value.month is None or first.value.day is not None or \
                second.value.month is None or second.value.year is None or \
                _YEAR_DIGITS.search(text, first.start, first.end) or \
                not _YEAR_DIGITS.search(text, second.start, second.end) or \
                not _MONTH_PAIR.fullmatch(text, first.end, second.start):
            continue
        year = second.value.year - (1 if first.value.month > second.value.month else 0)
        out[i] = DateMention(first.start, first.end, safe_date(year, first.value.month))
    return out


def _story_year(base: PartialDate, month: int, day: int) -> int | None:
    """The year in which MONTH/DAY falls 0–62 days after BASE (a full date), or None."""
    assert base.year is not None and base.month is not None and base.day is not None
    for year in (base.year, base.year + 1):
        try:
            gap = (date(year, month, day) - date(base.year, base.month, base.day)).days
        except ValueError:
            return None
        if 0 <= gap <= _STORY_DAYS:
            return year
    return None
