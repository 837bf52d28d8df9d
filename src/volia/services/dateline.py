"""The publication date a report states at its top ("Tue. Dec 16th, 2025", "16 декабря 2025").

Only the head of the text is read: a date deep in the body is usually an event's date, not the
report's, and taking it would anchor "on Saturday" to the wrong week.
"""

from __future__ import annotations

import re
from datetime import date

HEAD_CHARS = 300

_MONTHS: dict[str, int] = {}
for _num, _forms in enumerate([
    "jan january январь января студзень студзеня",
    "feb february февраль февраля люты лютага",
    "mar march март марта сакавік сакавіка",
    "apr april апрель апреля красавік красавіка",
    "may май мая травень траўня",
    "jun june июнь июня чэрвень чэрвеня",
    "jul july июль июля ліпень ліпеня",
    "aug august август августа жнівень жніўня",
    "sep sept september сентябрь сентября верасень верасня",
    "oct october октябрь октября кастрычнік кастрычніка",
    "nov november ноябрь ноября лістапад лістапада",
    "dec december декабрь декабря снежань снежня",
], start=1):
    for _form in _forms.split():
        _MONTHS[_form] = _num

_MONTH = r"([^\W\d_]{3,11})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS: list[tuple[re.Pattern[str], tuple[int, int, int]]] = [
    # (pattern, (year group, month group, day group)); a month group that is a word is looked up
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), (3, 2, 1)),
    (re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+(\d{{4}})\b"), (3, 1, 2)),
    (re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b"), (3, 2, 1)),
]


def _value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _MONTHS.get(text.lower())


_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n|\s[—–-]\s")
MAX_WORDS = 3  # a place, a weekday, "Updated": more words make it a sentence about an event


def _stands_alone(head: str, start: int, end: int) -> bool:
    """A dateline stands with at most a few words around it, not inside a sentence
    ("Minsk, December 14, 2025." is one; "X was detained on 2020-06-25." is not)."""
    line_start = head.rfind("\n", 0, start) + 1
    stop = _SENTENCE_END.search(head, end)
    around = head[line_start:start] + " " + head[end:stop.start() if stop else len(head)]
    return len(_WORD.findall(around)) <= MAX_WORDS


def find_dateline(text: str) -> date | None:
    """The first full date (day, month, year) standing as a dateline in the head of TEXT."""
    head = text[:HEAD_CHARS]
    found: list[tuple[int, date]] = []
    for pattern, (yg, mg, dg) in _PATTERNS:
        for match in pattern.finditer(head):
            if not _stands_alone(head, match.start(), match.end()):
                continue
            year, month, day = (_value(match.group(g)) for g in (yg, mg, dg))
            if year is None or month is None or day is None:
                continue
            try:
                found.append((match.start(), date(year, month, day)))
            except ValueError:
                continue  # 31.02.2025 and the like: not a date
    return min(found)[1] if found else None
