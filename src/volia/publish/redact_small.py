"""Small-count protection: no aggregate cell points to one or two people withheld by name.

A public aggregate is split into cells: a facility's ``held``, one code article, one sentence
bucket, one gender, one month of releases. Each cell has a *total* (everyone counted, named or
not, from the facts that count) and a *visible* value (the same computed over what the public
person pages show: named persons, from their shown facts only). The difference is what the
public cannot check against a page, i.e. people withheld by name, and named people whose fact
behind that cell is hidden (a restricted transfer, sentence or charge).

:func:`protect` publishes the total only when that difference is at least ``SMALL_COUNT_K``;
otherwise the cell shows the visible value, as if the hidden people were not in it. So "one
more prisoner than named in colony X" or "1 person convicted under a rare article" never
appears; three or more are counted.

Not protected, on purpose: the headline figures (``Figures``), the ``imprisoned_monthly``
series and ``AnonymousCounts``. They are registry-wide totals that must count everybody
(issue 7); what they still let one infer is listed in ``docs/security.md``. Release batches'
``count`` is the announced figure from the batch's public source, not a count of records.
"""

from __future__ import annotations

from volia.publish.figures import GENDERS
from volia.publish.view import PublicFacility, SeriesPoint, Statistics

__all__ = ["SMALL_COUNT_K", "TOP_ARTICLES", "protect", "protect_facility",
           "protect_statistics"]

#: The smallest number of hidden people a cell may reveal. Raise it to be more careful; 1
#: turns the protection off.
SMALL_COUNT_K = 3
#: How many code articles the ``articles`` statistic lists (after protection).
TOP_ARTICLES = 15


def protect(total: int, visible: int, k: int = SMALL_COUNT_K) -> int:
    """The value to publish for one cell: ``total`` if at least ``k`` hidden people are in it,
    else ``visible`` (what the public pages show anyway)."""
    return total if total - visible >= k else visible


def protect_facility(f: PublicFacility, total: int, k: int = SMALL_COUNT_K) -> PublicFacility:
    """``f`` (whose ``held_named`` is the visible count) with ``held`` protected."""
    return PublicFacility(
        id=f.id, name=f.name, kind=f.kind, region=f.region, postal_address=f.postal_address,
        latitude=f.latitude, longitude=f.longitude, held=protect(total, f.held_named, k),
        held_named=f.held_named)


def _cells(total: tuple[SeriesPoint, ...], visible: tuple[SeriesPoint, ...],
           k: int) -> dict[str, int]:
    shown = {p.key: p.value for p in visible}
    out = {p.key: protect(p.value, shown.pop(p.key, 0), k) for p in total}
    out.update(shown)  # cells only the visible side has (a hidden correction moved them)
    return out


def _series(total: tuple[SeriesPoint, ...], visible: tuple[SeriesPoint, ...], k: int,
            order: tuple[str, ...] | None = None) -> tuple[SeriesPoint, ...]:
    """Protected cells in ``order`` (zeros left out), or in ``total``'s order (all kept)."""
    cells = _cells(total, visible, k)
    if order is None:
        return tuple(SeriesPoint(p.key, cells[p.key]) for p in total)
    return tuple(SeriesPoint(key, cells[key]) for key in order if cells.get(key))


def protect_statistics(total: Statistics, visible: Statistics, k: int = SMALL_COUNT_K,
                       top_articles: int = TOP_ARTICLES) -> Statistics:
    """Cell by cell: ``total`` and ``visible`` are the statistics over everyone counted and
    over the public persons' shown facts, both with *every* article (no top-N cut yet).

    ``imprisoned_monthly`` is a headline series and is kept whole. Months and sentence buckets
    are fixed lists (every key is in ``total``); genders and articles list non-zero cells."""
    articles = _cells(total.articles, visible.articles, k)
    ranked = sorted(((a, n) for a, n in articles.items() if n), key=lambda x: (-x[1], x[0]))
    return Statistics(
        imprisoned_monthly=total.imprisoned_monthly,
        releases_monthly=_series(total.releases_monthly, visible.releases_monthly, k),
        sentences=_series(total.sentences, visible.sentences, k),
        articles=tuple(SeriesPoint(a, n) for a, n in ranked[:top_articles]),
        gender=_series(total.gender, visible.gender, k, GENDERS))
