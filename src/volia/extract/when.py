"""Dates in report text, resolved against the publication date, with their precision.

Absolute forms ("13 December 2025", "в марте 2024 года", "у 2020 годзе") and relative ones
("on Saturday", "this week", "вчера", "на гэтым тыдні") are read by rules; ``dateparser`` is
only asked about a short span that looks like a date but that the rules could not read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.extract import offsets
from volia.extract.offsets import DateMention
from volia.extract.ordinals import EN_DAY_WORD, EN_ORDINAL_DAYS, ORDINAL_DAYS
from volia.extract.story_dates import safe_date as _safe
from volia.extract.story_dates import years_from_context

_MONTHS: dict[str, int] = {}
for _num, _forms in enumerate([
    ("january", "jan", "январ", "студзен", "студзен"),
    ("february", "feb", "феврал", "лют"),
    ("march", "mar", "март", "сакав"),
    ("april", "apr", "апрел", "красав"),
    ("may", "ма", "травен", "травн", "траўн"),
    ("june", "jun", "июн", "чэрвен", "чэрвен"),
    ("july", "jul", "июл", "ліпен", "ліпн"),
    ("august", "aug", "август", "жнів", "жніў"),
    ("september", "sep", "sept", "сентябр", "верас"),
    ("october", "oct", "октябр", "кастрычні"),
    ("november", "nov", "ноябр", "лістапад"),
    ("december", "dec", "декабр", "снеж"),
], start=1):
    for _form in _forms:
        _MONTHS[_form] = _num

_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|январ[яеьі]|феврал[яеь]|март[аеу]?|апрел[яеь]|ма[яейю]|июн[яеь]|июл[яеь]|август[аеу]?"
    r"|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]"
    r"|студзен[ія]|студзен[ьі]|лют(?:ага|ым|ы)|сакав[іі]к[аеу]?|красав[іі]к[аеу]?|траўн[яі]|травен[ья]?"
    r"|чэрвен[ья]|чэрвені|ліпен[ья]|ліпені|жніўн[яі]|жнівень|верас(?:ня|ні|ень)"
    r"|кастрычні(?:ка|ку|к)|лістапад(?:а|зе)?|снеж(?:ня|ні|ань))"
)
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
    "панядзелак": 0, "аўторак": 1, "сераду": 2, "серада": 2, "чацвер": 3, "пятніцу": 4,
    "пятніца": 4, "суботу": 5, "субота": 5, "нядзелю": 6, "нядзеля": 6,
}
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t]+)?(?P<m>{_MONTH_WORD})\.?"
    rf"(?:,?[ \t\u00a0]+(?P<y>(?:19|20)\d\d))?(?!\w)"
    rf"|(?<!\w)(?P<m2>{_MONTH_WORD})\.?[ \t\u00a0]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)"
    rf"(?:,?[ \t\u00a0]+(?P<y2>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?:in|by|since|в|во|у|з|с|ў|(?P<last>last)"
    # "freed in the March pardon", "after the August exchange": the month names the event
    rf"|(?:in|after|before|during|since)\s+the(?=\s+(?-i:[A-Z])[a-z]+\s+(?:(?:19|20)\d\d\s+)?"
    rf"(?:pardons?|amnest(?:y|ies)|releases?|exchanges?|deals?|swaps?|elections?|protests?"
    rf"|crackdown|raids?|verdicts?|trials?)\b))\s+"
    # "since late February", «в конце марта», «з пачатку траўня»
    rf"(?:(?:early|late|mid-?|the\s+(?:end|beginning|start|middle)\s+of|начале|конце|середине"
    rf"|начала|конца|середины|пачатку|канцы|канца|сярэдзіне|сярэдзіны)\s*)?(?P<m>{_MONTH_WORD})(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?(?!\d)",
    re.IGNORECASE,
)
# "in March last year", «в марте прошлого года», «у сакавіку мінулага года»
_MONTH_RELATIVE_YEAR = re.compile(
    rf"(?<!\w)(?:(?:in|by|since|в|во|у|з|с|ў)\s+)?(?P<m>{_MONTH_WORD})\s+(?:of\s+)?(?P<rel>last"
    rf"|this|прошлого|этого|текущего|мінулага|гэтага|бягучага)\s+(?:year|года|году)(?!\w)",
    re.IGNORECASE,
)
# "June 2024 - Transferred", «Сакавік 2023 —»: a month and a year with no preposition.
_BARE_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?P<m>{_MONTH_WORD}|январь|февраль|апрель|июнь|июль|сентябрь|октябрь|ноябрь"
    rf"|декабрь|май|студзень|люты|сакавік|красавік|травень|чэрвень|ліпень|жнівень|верасень"
    rf"|кастрычнік|лістапад|снежань),?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# «у 2023-м», «в 2024-го», «2022-ом»: a year with its case ending
_YEAR = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)(?:-(?:м|го|га|ом|ым|ім))?(?![\w-])"
                   r"(?!\s*(?:лет|years))")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_NUMERIC = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)")
_WEEKDAY = re.compile(
    r"(?<!\w)(?:on|last|в|во|у|ў|в\s+прошл\w+|у\s+мінул\w+)\s+(?P<w>" + "|".join(_WEEKDAYS)
    + r")(?!\w)"
    # "in Thursday's swap", "Saturday's exchange": the day as the event's owner
    r"|(?<!\w)(?P<w2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s(?!\w)",
    re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?<!\w)(?P<r>yesterday|today|this\s+week|last\s+week|this\s+month|last\s+month"
    r"|last\s+year|this\s+year|earlier\s+this\s+month|earlier\s+this\s+week"
    r"|позавчера|позаўчора|the\s+day\s+before\s+yesterday"
    r"|вчера|сегодня|на\s+этой\s+неделе|на\s+прошлой\s+неделе|в\s+этом\s+месяце"
    r"|в\s+прошлом\s+месяце|в\s+прошлом\s+году|в\s+этом\s+году"
    r"|[уў]чора|сёння|на\s+гэтым\s+тыдні|на\s+мінулым\s+тыдні|летась|[уў]\s+гэтым\s+месяцы"
    r"|[уў]\s+мінулым\s+месяцы|[уў]\s+мінулым\s+годзе|[уў]\s+гэтым\s+годзе|сёлета)(?!\w)",
    re.IGNORECASE,
)


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for length in range(len(word), 1, -1):
        num = _MONTHS.get(word[:length])
        if num:
            return num
    return None


def _year_for(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _relative(word: str, published: date) -> PartialDate:
    w = " ".join(word.lower().split())
    w = "учора" if w == "ўчора" else w  # (ў after a vowel)
    if w in {"позавчера", "позаўчора", "the day before yesterday"}:
        return PartialDate.of(published - timedelta(days=2))
    if w in {"yesterday", "вчера", "учора"}:
        return PartialDate.of(published - timedelta(days=1))
    if w in {"today", "сегодня", "сёння"}:
        return PartialDate.of(published)
    if "week" in w or "недел" in w or "тыдн" in w:
        anchor = published - timedelta(days=7) if ("last" in w or "прошл" in w
                                                   or "мінул" in w) else published
        monday = anchor - timedelta(days=anchor.weekday())
        sunday = monday + timedelta(days=6)
        end = min(sunday, published)
        if monday.month == end.month:
            return _safe(end.year, end.month)
        return _safe(end.year) if monday.year == end.year else UNKNOWN_DATE
    if "month" in w or "месяц" in w:
        if "last" in w or "прошл" in w or "мінул" in w:
            first = published.replace(day=1) - timedelta(days=1)
            return _safe(first.year, first.month)
        return _safe(published.year, published.month)
    if "last year" in w or "прошлом году" in w or "летась" in w or "мінулым" in w:
        return _safe(published.year - 1)
    return _safe(published.year)


# "on 18 May last year", «14 сентября прошлого года»: a day and month in a year told relatively
_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>last|this|прошлого|этого|текущего|мінулага|гэтага"
                         r"|бягучага)\s+(?:year|года|году)(?!\w)", re.IGNORECASE)
# «седьмого марта», «сёмага сакавіка»: the day as an ordinal word
# A timeline's heading line: "July — she is moved", "Early June: charged", «Сакавік — этап».
_HEADING_MONTH = re.compile(
    rf"^[ \t•·▪*-]*(?:(?P<q>early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
    rf"|начало|конец|середина|пачатак|канец|сярэдзіна)\s*)?(?P<m>{_MONTH_WORD})(?=\s*[—–:-]\s)",
    re.IGNORECASE | re.MULTILINE)
_ORDINAL_DAY_MONTH = re.compile(
    r"(?<!\w)(?P<d>" + "|".join(rf"(?:{stem})" for stem in sorted(ORDINAL_DAYS, key=len,
                                                                    reverse=True))
    + rf")(?:ого|его|ага|яга|ога)\s+(?P<m>{_MONTH_WORD})(?:\s+(?P<y>(?:19|20)\d\d))?(?!\w)",
    re.IGNORECASE)


_EN_ORDINAL_DATE = re.compile(
    rf"(?<!\w)(?:the\s+(?P<d>{EN_DAY_WORD})\s+of\s+(?P<m>{_MONTH_WORD})"
    rf"|(?P<m2>{_MONTH_WORD})\s+the\s+(?P<d2>{EN_DAY_WORD}))(?:,?\s+(?P<y>(?:19|20)\d\d))?(?!\w)",
    re.IGNORECASE)


def _ordinal_day(word: str) -> int | None:
    for stem, day in ORDINAL_DAYS.items():
        if re.fullmatch(stem, word, re.IGNORECASE):
            return day
    return None


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date in TEXT with the period it names; relative ones need PUBLISHED."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: PartialDate) -> None:
        if any(s < end and start < e for s, e in taken) or not value.known:
            return
        taken.append((start, end))
        found.append(DateMention(start, end, value))

    for m in _ISO_DATE.finditer(text):
        add(m.start(), m.end(), _safe(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _NUMERIC.finditer(text):
        add(m.start(), m.end(), _safe(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in _DAY_MONTH_YEAR.finditer(text):
        word = m["m"] or m["m2"]
        if word[:1].islower() and word[:1].isascii():
            continue  # "at a march", "may be": an English month is written with a capital
        month = _month_number(word)
        day = int(m["d"] or m["d2"])
        year_text = m["y"] or m["y2"]
        if month is None or (m["m2"] and m["m2"].lower() in {"may", "mar"} and not year_text):
            continue
        year = int(year_text) if year_text else _year_for(month, published)
        end = m.end()
        relative = _YEAR_AFTER.match(text, end) if not year_text else None
        if relative and published is not None:
            last = relative["rel"].lower() in {"last", "прошлого", "мінулага"}
            year, end = published.year - (1 if last else 0), relative.end()
        if year is None:
            continue
        add(m.start(), end, _safe(year, month, day))
    for m in _ORDINAL_DAY_MONTH.finditer(text):
        month, ordinal = _month_number(m["m"]), _ordinal_day(m["d"])
        if month is None or ordinal is None:
            continue
        year = int(m["y"]) if m["y"] else _year_for(month, published)
        if year is not None:
            add(m.start(), m.end(), _safe(year, month, ordinal))
    for m in _EN_ORDINAL_DATE.finditer(text):
        month = _month_number(m["m"] or m["m2"])
        nth = EN_ORDINAL_DAYS.get((m["d"] or m["d2"]).lower())
        if month is None or nth is None:
            continue
        year = int(m["y"]) if m["y"] else _year_for(month, published)
        if year is not None:
            add(m.start(), m.end(), _safe(year, month, nth))
    for m in _MONTH_RELATIVE_YEAR.finditer(text):
        month = _month_number(m["m"])
        if month is None or published is None or (m["m"][:1].islower() and m["m"][:1].isascii()):
            continue
        back = 1 if m["rel"].lower() in {"last", "прошлого", "мінулага"} else 0
        add(m.start(), m.end(), _safe(published.year - back, month))
    for m in _MONTH_YEAR.finditer(text):
        month = _month_number(m["m"])
        if month is None:
            continue
        year = int(m["y"]) if m["y"] else _year_for(month, published)
        if m["last"] and published is not None and not m["y"] and month == published.month:
            year = published.year - 1  # "last November", said in November: a year ago
        if year is not None:
            add(m.start(), m.end(), _safe(year, month))
    for m in _HEADING_MONTH.finditer(text):
        month = _month_number(m["m"])
        opener = m["q"] or m["m"]
        if month is not None and not (opener[:1].islower() and opener[:1].isascii()):
            year = _year_for(month, published)
            if year is not None:
                add(m.start("q") if m["q"] else m.start("m"), m.end(), _safe(year, month))
    for m in _BARE_MONTH_YEAR.finditer(text):
        month = _month_number(m["m"])
        if month is not None and not (m["m"][:1].islower() and m["m"][:1].isascii()):
            add(m.start(), m.end(), _safe(int(m["y"]), month))
    if published is not None:
        for m in _WEEKDAY.finditer(text):
            if any(0 <= d.start - m.end() <= 3 for d in found):
                continue  # "on Monday, 11 March": the date itself says which Monday
            target = _WEEKDAYS[(m["w"] or m["w2"]).lower()]
            back = (published.weekday() - target) % 7
            if m.group(0).lower().startswith(("last", "в прошл", "у мінул")) and back == 0:
                back = 7
            add(m.start(), m.end(), PartialDate.of(published - timedelta(days=back)))
        for m in _RELATIVE.finditer(text):
            add(m.start(), m.end(), _relative(m["r"], published))
    for m in _YEAR.finditer(text):
        add(m.start(), m.end(), _safe(int(m["y"])))
    found.sort(key=lambda d: d.start)
    found = years_from_context(found, text, published)
    return offsets.days_after(found + offsets.days_ago(text, published, found), text)


def parse_date_span(span: str, published: date | None) -> PartialDate:
    """Read one short date phrase; falls back on ``dateparser`` for forms the rules miss."""
    found = find_dates(span, published)
    if found:
        return found[0].value
    if len(span) > 40:
        return UNKNOWN_DATE
    import dateparser  # slow to import: only when the rules fail

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if published is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(span, languages=["en", "ru", "be"], settings=settings)
    return PartialDate.of(parsed.date()) if parsed else UNKNOWN_DATE
