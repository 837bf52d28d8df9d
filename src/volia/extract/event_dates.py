"""When a trigger's event happened: the nearest date with no other event between, a
paragraph's own date, the batch's or the story's time for releases, and the date of the same
event told just before ("A court on Tuesday sentenced four men. … X was given 17 years")."""

from __future__ import annotations

import re
from datetime import date

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import arguments, groups
from volia.extract.sentences import Sentence
from volia.extract.triggers import Trigger
from volia.extract.when import DateMention

# Events a report often leaves undated but which happened at the time of the story.
STORY_TIME = {E.RELEASED, E.DEPORTED, E.PARDONED, E.GROUP_RELEASE}
# How many sentences on an undated trigger still tells the event a dated one just told.
_SAME_EVENT_REACH = 4
# events told with two verbs that happen on one day
_SAME_DAY = {(E.PARDONED, E.RELEASED), (E.RELEASED, E.PARDONED), (E.RELEASED, E.DEPORTED),
             (E.DEPORTED, E.RELEASED), (E.DETAINED, E.CHARGED)}
# what joins two verbs of one event: " and ", «, и », « і »
_JOINED = re.compile(r"\s*,?\s*(?:and|и|і|та|а\s+затем|and\s+then)\s+(?:was\s+|were\s+)?",
                     re.IGNORECASE)
# "the Brest detention centre": a place named after an event parts no date from its verb
_PLACE_AFTER = re.compile(r"\s+(?:cent(?:re|er)|facility|isolator|ward|unit|изолятор\w*"
                          r"|ізалятар\w*)\b", re.IGNORECASE)


def date_blockers(sent: Sentence, triggers: list[Trigger]) -> list[tuple[int, int]]:
    """The spans of SENT's triggers (in text offsets) that keep a date from a trigger beyond."""
    return [(sent.start + t.start, sent.start + t.end) for t in triggers
            if not (t.rule.noun and _PLACE_AFTER.match(sent.text, t.end))]


def story_date(text: str, published: date | None,
               dates: list[DateMention]) -> PartialDate | None:
    """The report's own day: its first relative date ("this week", "on Saturday", «вчера»)."""
    if published is None:
        return None
    for d in dates:
        if not re.search(r"\d{4}", text[d.start:d.end]):
            return d.value
    return None


class EventDates:
    """What ``engine._Doc`` provides, and the date of each trigger's event."""

    text: str
    current: int
    groups: groups.GroupMemory
    header_date: PartialDate | None
    batch_when: PartialDate | None
    story_date: PartialDate | None
    claims: list[dict[str, object]]
    dated_event: dict[E, tuple[int, PartialDate]]
    same_event: tuple[E, PartialDate] | None
    same_event_date: dict[int, PartialDate]
    sentence_triggers: list[Trigger]

    def _trigger_date(self, trig: Trigger, t_start: int, t_end: int, dates: list[DateMention],
                      blockers: list[tuple[int, int]]) -> tuple[PartialDate | None, bool]:
        """The date of the trigger at (T_START, T_END), and whether it is only the story's."""
        # "pardoned and released in July 2024": two verbs of one day joined share the date
        # after them (not "arrested and sentenced on 5 May": the verdict's day)
        base = t_start - trig.start
        joined = {(base + t.start, base + t.end) for t in self.sentence_triggers
                  if (trig.type, t.type) in _SAME_DAY}
        others = [b for b in blockers if b != (t_start, t_end)
                  and not (b in joined and b[0] >= t_end
                           and _JOINED.fullmatch(self.text, t_end, b[0]))]
        when = arguments.nearest_date(dates, t_start, t_end, others, text=self.text)
        self.same_event = None
        if when is not None:
            self.dated_event[trig.type] = (self.current, when)
        elif trig.type in self.dated_event and \
                self.current - self.dated_event[trig.type][0] <= _SAME_EVENT_REACH:
            # the same event just dated: its date goes to new claims still undated at the end
            # (not to repeats, which must not look like another time)
            self.same_event = (trig.type, self.dated_event[trig.type][1])
        first = min((b[0] for b in blockers), default=t_start)
        if when is None and (trig.type in STORY_TIME or t_start == first):
            when = self.header_date  # the paragraph's date, for its main event
        fallback = when is None and trig.type in STORY_TIME
        if fallback:  # right after a batch, its date ("Среди них X" in a timeline)
            batch = self.groups.recent(self.current) is not None and self.batch_when
            when = self.batch_when if batch else self.story_date
        return when, fallback

    def _date_same_event_claims(self) -> None:
        """Claims left undated take the date of the same event told just before them (a
        silence's start is read in ``silences``)."""
        for claim in self.claims:
            same = self.same_event_date.get(id(claim))
            if claim["date"] is None and same is not None:
                claim["date"], claim["date_precision"] = same.iso(), same.precision.value
