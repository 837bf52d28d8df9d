"""Days told from another day: "two days later", «через неделю», "the same evening" (from the
date told before them), and "a week ago", «три дня назад», «тыдзень таму» (from the day of
publication)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from volia.domain.dates import PartialDate


@dataclass(frozen=True)
class DateMention:
    """A date in a report's text: where it stands and the period it names."""

    start: int
    end: int
    value: PartialDate


_FEW = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "восемь": 8, "девять": 9, "дзве": 2, "восем": 8, "дзевяць": 9,
        "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
        "десять": 10, "тры": 3, "чатыры": 4, "пяць": 5, "шэсць": 6, "сем": 7, "дзесяць": 10}
_FEW_WORD = r"\d{1,2}|" + "|".join(_FEW)
# A day told from the date before it: "the next day", "two days later", «в тот же день»,
# «праз тры дні»; the group ``n`` counts days, ``w`` weeks, neither the same day
_DAY_AFTER = re.compile(
    r"(?<!\w)(?:(?P<next>(?:the\s+)?(?:following|next)\s+(?:day|morning|evening)|the\s+day\s+after"
    r"|на\s+следующий\s+день|назавтра|на\s+другой\s+день|на\s+наступны\s+дзень|назаўтра)"
    rf"|(?P<n>{_FEW_WORD})\s+days?\s+later|через\s+(?P<n2>{_FEW_WORD})\s+(?:дня|дней)"
    rf"|праз\s+(?P<n3>{_FEW_WORD})\s+(?:дні|дзён)"
    r"|(?P<w>a\s+week\s+later|через\s+неделю|праз\s+тыдзень)"
    r"|(?P<same>(?:on\s+)?the\s+same\s+(?:day|evening|night)|later\s+(?:that|the\s+same)\s+day"
    r"|that\s+same\s+(?:day|evening)|в\s+тот\s+же\s+(?:день|вечер)|тем\s+же\s+(?:днём|вечером)"
    r"|у\s+той\s+жа\s+(?:дзень|вечар)|тым\s+жа\s+(?:днём|вечарам)))(?!\w)", re.IGNORECASE)
_ANCHOR_REACH = 400  # characters back to the date a "next day" counts from


def days_after(found: list[DateMention], text: str) -> list[DateMention]:
    """The days told from an earlier date ("charged two days later"), anchored on the nearest
    date with a day before them."""
    out = list(found)
    for m in _DAY_AFTER.finditer(text):
        anchors = sorted((d for d in out if d.end <= m.start()
                          and m.start() - d.end <= _ANCHOR_REACH and d.value.day is not None),
                         key=lambda d: d.end)
        if not anchors or any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        count = m["n"] or m["n2"] or m["n3"]
        days = 0 if m["same"] else 7 if m["w"] else 1 if m["next"] else \
            int(count) if count.isdigit() else _FEW[count.lower()]
        anchor = anchors[-1].value
        if anchor.year is None or anchor.month is None or anchor.day is None:
            continue
        day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=days)
        out.append(DateMention(m.start(), m.end(), PartialDate.of(day)))
    return sorted(out, key=lambda d: d.start)



# "a week ago", "three days ago", «неделю назад», «два дня назад», «тыдзень таму»
_AGO = re.compile(
    rf"(?<!\w)(?:(?P<n>{_FEW_WORD}|a|an)\s+(?P<unit>days?|weeks?)\s+ago"
    # (a plural unit needs its number: not «двадцать дней назад» read as one day)
    rf"|(?P<n2>{_FEW_WORD})\s+(?P<unit2>дня|дней|день|недели|недель|дні|дзён|тыдні|тыдняў)"
    r"\s+(?:назад|таму)|(?P<unit3>день|неделю|дзень|тыдзень)\s+(?:назад|таму))(?!\w)",
    re.IGNORECASE)


def days_ago(text: str, published: date | None, found: list[DateMention]) -> list[DateMention]:
    """The days TEXT counts back from PUBLISHED ("a week ago"), where no date is told there."""
    if published is None:
        return []
    out = []
    for m in _AGO.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        count = (m["n"] or m["n2"] or "1").lower()
        unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
        number = 1 if count in ("a", "an") else int(count) if count.isdigit() else _FEW[count]
        weeks = unit.startswith(("week", "недел", "тыд"))
        back = timedelta(days=number * (7 if weeks else 1))
        out.append(DateMention(m.start(), m.end(), PartialDate.of(published - back)))
    return out
