"""Derived values for a :class:`PublicView`, computed from domain events.

Helpers for whoever builds a view (``redact``, the sample generator): :func:`person_facts` gives
the per-person derived fields of :class:`PublicPerson`, :func:`compute_figures` the headline
figures and aggregate statistics over *everyone counted*, named or not. They only read events
passed in; they never decide what is public.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.model import Event, EventType, Gender, current_events
from volia.domain.status import IntervalKind, Status, derive_status, placed_on, status_intervals
from volia.publish.view import Figures, SeriesPoint, Statistics

SERIES_START = date(2020, 1, 1)
SENTENCE_BUCKETS = ("<1y", "1-3y", "3-5y", "5-10y", "10y+", "life")
GENDERS = ("female", "male", "other", "unknown")


@dataclass(frozen=True)
class PersonFacts:
    status: Status
    recognised: bool
    detained_on: PartialDate = UNKNOWN_DATE
    custody_since: date | None = None
    facility: str | None = None  # the facility name of the latest transfer/sentence
    articles: tuple[str, ...] = ()
    term_months: int | None = None
    life_sentence: bool = False
    death_sentence: bool = False
    sentence_end: date | None = None
    left_custody_on: PartialDate = UNKNOWN_DATE
    destination_country: str | None = None


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def person_facts(events: Iterable[Event], as_of: date) -> PersonFacts:
    """The derived public fields of one person on ``as_of``."""
    facts = sorted(current_events(list(events)), key=placed_on)
    facts = [e for e in facts if placed_on(e) <= as_of]
    result = derive_status(facts, as_of)
    custody = [i for i in status_intervals(facts) if i.kind == IntervalKind.CUSTODY]
    last = custody[-1] if custody else None
    detained = [e for e in facts if e.type == EventType.DETAINED]
    articles: list[str] = []
    for e in facts:
        for a in e.details.articles:
            if a not in articles:
                articles.append(a)
    sentences = [e for e in facts if e.type == EventType.SENTENCED]
    sentence = sentences[-1] if sentences else None
    facility = next((e.details.facility for e in reversed(facts)
                     if e.details.facility and e.type in (EventType.TRANSFERRED,
                                                          EventType.SENTENCED)), None)
    open_now = last is not None and last.end is None
    sentence_end = None
    if sentence and sentence.details.term_months and last is not None:
        sentence_end = add_months(last.start, sentence.details.term_months)
    exits = [e for e in facts if e.type in (EventType.RELEASED, EventType.DEPORTED,
                                            EventType.DIED_IN_CUSTODY)]
    deported = [e for e in exits if e.type == EventType.DEPORTED]
    return PersonFacts(
        status=result.status, recognised=result.recognized or any(
            e.type == EventType.RECOGNIZED for e in facts),
        detained_on=detained[-1].date if detained else UNKNOWN_DATE,
        custody_since=last.start if open_now and last else None,
        facility=facility if open_now else None, articles=tuple(articles),
        term_months=sentence.details.term_months if sentence else None,
        life_sentence=bool(sentence and sentence.details.life_sentence),
        death_sentence=bool(sentence and sentence.details.death_sentence),
        sentence_end=sentence_end,
        left_custody_on=exits[-1].date if exits and not open_now else UNKNOWN_DATE,
        destination_country=(deported[-1].details.destination_country
                             if deported and result.status == Status.IN_EXILE else None))


def _months(start: date, end: date) -> list[date]:
    out, day = [], start.replace(day=1)
    while day <= end:
        out.append(day)
        day = add_months(day, 1)
    return out


def _bucket(months: int | None, life: bool) -> str | None:
    if life:
        return "life"
    if not months:
        return None
    for limit, name in ((12, "<1y"), (36, "1-3y"), (60, "3-5y"), (120, "5-10y")):
        if months < limit:
            return name
    return "10y+"


def compute_figures(people: Iterable[tuple[list[Event], Gender]], as_of: date,
                    published_at: datetime, top_articles: int | None = 15
                    ) -> tuple[Figures, Statistics]:
    """Figures and statistics over everyone counted: pass every person, named or not.

    ``top_articles``: how many articles to list, most used first (None: all of them)."""
    months = _months(SERIES_START, as_of)
    imprisoned_monthly = [0] * len(months)
    releases: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    imprisoned = recognised_total = released_year = died = 0
    for events, gender in people:
        facts = [e for e in current_events(list(events)) if placed_on(e) <= as_of]
        intervals = status_intervals(facts)
        political = [i for i in intervals if i.kind == IntervalKind.POLITICAL]
        recognised = any(e.type == EventType.RECOGNIZED for e in facts)
        dead = any(e.type == EventType.DIED_IN_CUSTODY for e in facts)
        recognised_total += recognised
        died += dead
        if any(i.covers(as_of) for i in political):
            imprisoned += 1
            genders[str(gender)] += 1
        covered: set[int] = set()
        for i in political:  # the months whose first day the interval covers
            covered.update(range(bisect_left(months, i.start),
                                 len(months) if i.end is None else bisect_left(months, i.end)))
        for n in covered:
            imprisoned_monthly[n] += 1
        if recognised:
            for i in intervals:
                if i.kind != IntervalKind.CUSTODY or i.end is None:
                    continue
                if dead and i is intervals[-1]:
                    continue
                if i.end >= SERIES_START:
                    releases[i.end.strftime("%Y-%m")] += 1
                if date(as_of.year, 1, 1) <= i.end <= as_of:
                    released_year += 1
        sentenced = [e for e in facts if e.type == EventType.SENTENCED]
        if sentenced:
            d = sentenced[-1].details
            bucket = _bucket(d.term_months, d.life_sentence or d.death_sentence)
            if bucket:
                sentences[bucket] += 1
        articles.update({a for e in facts for a in e.details.articles})
    figures = Figures(imprisoned, recognised_total, released_year, died, as_of, published_at)
    stats = Statistics(
        imprisoned_monthly=tuple(SeriesPoint(m.strftime("%Y-%m"), v)
                                 for m, v in zip(months, imprisoned_monthly, strict=True)),
        releases_monthly=tuple(SeriesPoint(m.strftime("%Y-%m"), releases[m.strftime("%Y-%m")])
                               for m in months),
        sentences=tuple(SeriesPoint(b, sentences[b]) for b in SENTENCE_BUCKETS),
        articles=tuple(SeriesPoint(a, n) for a, n in articles.most_common(top_articles)),
        gender=tuple(SeriesPoint(g, genders[g]) for g in GENDERS if genders[g]))
    return figures, stats
