"""Who a trigger is about when no name stands next to it: the paragraph's prisoner for a verb
with no subject («Задержан 12 марта»), the people of the verb it is joined to («Помилована и
вышла на свободу X»), and the people a count refers back to ("All five were detained", «Все
трое были задержаны») (mixed into ``engine._Doc``)."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import arguments, cues, profiles
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.slots import SlotFinder
from volia.extract.terms import _NUMBER_WORDS
from volia.extract.triggers import Trigger

# "All five were", "Both were", «Все трое были», «Усе пяцёра»: a count of people named before.
# Collective numerals; the plain ones ("five") come from ``terms``.
_COLLECTIVE_NUMBERS = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
                       "восьмеро": 8, "абодва": 2, "абедзве": 2, "обое": 2, "обоих": 2, "оба": 2,
                       "обе": 2, "both": 2, "траіх": 3, "чацвёра": 4, "пяцёра": 5, "шасцёра": 6,
                       "сямёра": 7, "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5,
                       "шестерых": 6, "семерых": 7, "дваіх": 2, "чатырох": 4, "пяцярых": 5,
                       "шасцярых": 6, "сямёх": 7, "сямярых": 7, "обоим": 2, "обеим": 2,
                       "абодвум": 2, "абедзвюм": 2, "абодвух": 2}
# "• 10 Nov 2025 — All five are charged": a timeline entry's date before the subject
_ENTRY_HEAD = r"(?:[^—–\n]{0,30}[—–]\s*)?"
_COLLECTIVE = re.compile(
    rf"^\W*{_ENTRY_HEAD}(?:(?:all|the|these|those)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+(?:men|women|people|defendants|activists|of\s+them))?|(?P<both>both)(?:\s+of\s+them"
    r"|\s+men|\s+women)?|(?:все|всех|усе|усіх)\s+(?P<ru>двое|трое|четверо|пятеро|шестеро|семеро"
    r"|двоих|троих|четверых|пятерых|шестерых|семерых|траіх|чацвёра|пяцёра|шасцёра|сямёра|дваіх"
    r"|чатырох|пяцярых|шасцярых|сямёх|сямярых)|(?P<pair>обое|оба|обе|обоим|обеим|абодва|абедзве"
    r"|абодвум|абедзвюм|абодвух))\s+"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AND_THEN = re.compile(r"(?:\band|(?<!\w)и|(?<!\w)і)\s+"
                       r"(?:(?:then|later|затем|потом|потым|пасля)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been|был[аио]?|былі|быў|была)"
                       r"\s+)?$", re.IGNORECASE)
# A relative joined to a named prisoner, named by a given name only or not at all.
_KIN_JOINED = re.compile(r"(?:\band\s+(?:his|her)|(?<!\w)(?:и|і)\s+(?:его|её|ее|ягоны|яе|ейная"
                         r"|ягоная))\s+(?:son|daughter|wife|husband|brother|sister|сын|дочь|жена|муж|брат"
                         r"|сестра|дачка|жонка)(?!\w)", re.IGNORECASE)
_KIN_BEFORE = re.compile(r"(?:son|daughter|wife|husband|brother|sister|сын|сына|дочь|жена|жену|муж"
                         r"|мужа|брат|брата|сестра|сестру|дачка|дачку|жонка|жонку)\W{0,3}$",
                         re.IGNORECASE)
# How many sentences back the people of a count may have been named.
_COUNT_REACH = 4


class SubjectClaims:
    """What ``engine._Doc`` provides, and the subjects found from it."""

    lang: str
    zero_subject: bool
    paragraph: int
    topic_paragraph: int
    topic_people: dict[int, PersonEntry]
    in_timeline: bool  # a dated timeline entry has been read
    header_date: PartialDate | None
    sentence_triggers: list[Trigger]
    sentences: list[Sentence]
    slot_finder: SlotFinder
    slots_at: dict[int, list[Slot]]
    current: int

    def _persons_for(self, sent: Sentence, trig: Trigger, slots: list[Slot]) -> list[Slot]:
        raise NotImplementedError

    def _note_topic(self, slots: list[Slot], sent: Sentence) -> None:
        if self.topic_paragraph != self.paragraph:
            # in a timeline, a paragraph that names no prisoner goes on about the timeline's
            # person ("3 May - Detained again." "His wife, X, is questioned.")
            # «10 марта 2024 года. Выходит на свободу»: a date alone opens the entry
            entry = profiles.timeline_entry(sent.text) or self.header_date is not None
            self.in_timeline = self.in_timeline or entry
            carried = (entry or (self.in_timeline and bool(slots))) and not any(
                _topical(s) for s in slots)
            self.topic_paragraph = self.paragraph
            if not carried:
                self.topic_people = {}
        for s in slots:
            if _topical(s):
                self.topic_people[id(s.entry)] = s.entry
        if not self.topic_people:  # «ТАРАС: … Суд дал три года колонии»: the one answering
            speaker = self.slot_finder.answering(sent)
            if speaker is not None:
                self.topic_people[id(speaker)] = speaker

    def _shared_subject(self, sent: Sentence, trig: Trigger, slots: list[Slot]) -> list[Slot]:
        """«Помилована и вышла на свободу X»: a verb joined to the next one shares its people."""
        if trig.rule.noun or trig.rule.enumerates:
            return []
        for other in self.sentence_triggers:
            gap = sent.text[trig.end:other.start]
            # «полностью отбыв срок, вышла на свободу X»: the served-out term is hers too
            served = trig.type == E.SENTENCED and re.fullmatch(r"\s*,\s*", gap) is not None
            if other.start >= trig.end and (_JOINED_VERBS.fullmatch(gap) or served) and \
                    not other.rule.noun:
                return self._persons_for(sent, other, slots)
        # "All five were detained in March and were charged with treason": the verb before
        for other in reversed(self.sentence_triggers):
            gap = sent.text[other.end:trig.start]
            if other.end <= trig.start and not other.rule.noun and _AND_THEN.search(gap) and \
                    ";" not in gap and not any(
                        sent.start + other.end <= s.start < sent.start + trig.start for s in slots):
                return self._persons_for(sent, other, slots) or self._counted_subject(sent, other)
        return []

    def _counted_subject(self, sent: Sentence, trig: Trigger) -> list[Slot]:
        """"Two brothers … received eight and seven years. All five were detained in March":
        the prisoners named just before, when there are exactly as many as the count."""
        if trig.rule.noun or trig.rule.enumerates or trig.rule.needs_group:
            return []
        match = _COLLECTIVE.match(sent.text[:trig.start])
        if match is None:
            return []
        if cues.DEFINING_CLAUSE.search(match.group(0)):
            return []  # "The two men who were released describe …": others, told apart
        word = next(g for g in match.groups() if g)
        word = word.lower()
        wanted = _COLLECTIVE_NUMBERS.get(word) or _NUMBER_WORDS.get(word, 0)
        # the people named most recently, sentence by sentence back, until there are enough
        # («Аляксандр Ракуць і ягоны сын Віталь. Абодвух затрымалі»: the father and the son)
        named: dict[int, Slot] = {}
        unnamed = 0  # "X and his son" names one of the two
        # a verdict list gives each defendant a line: "The seven were detained" reaches back
        # over seven lines and what was said of them since
        reach = max(_COUNT_REACH, wanted + 3)
        for index in range(self.current - 1, max(0, self.current - reach) - 1, -1):
            for slot in self.slots_at.get(index, []):
                # "X was detained together with his son, Y. Both were charged": the son too
                kin = slot.entry.relative and not slot.entry.official and _KIN_BEFORE.search(
                    self.sentences[index].text[:slot.start - self.sentences[index].start])
                if not slot.pronoun and not slot.possessive and (
                        not slot.entry.non_prisoner or kin):
                    named.setdefault(id(slot.entry), slot)
            unnamed += len(_KIN_JOINED.findall(self.sentences[index].text))
            if len(named) + unnamed >= wanted:
                break
        if unnamed and len(named) + unnamed == wanted:
            wanted = len(named)
        # "All seven were detained" after four of the seven were named: those four too
        every = re.match(rf"^\W*{_ENTRY_HEAD}(?:all|все|всех|усе|усіх)\b", sent.text,
                         re.IGNORECASE) is not None
        if len(named) != wanted and not (every and 2 <= len(named) < wanted):
            return []
        self.slot_finder.remember_group([s.entry for s in named.values()])
        return [Slot(sent.start + trig.start, sent.start + trig.end, s.entry, s.surface, True,
                     False) for s in named.values()]

    def _topic_slot(self, sent: Sentence, trig: Trigger) -> list[Slot]:
        """«Задержан 12 марта»: a verb with no subject belongs to the paragraph's prisoner."""
        if not self.zero_subject or trig.rule.noun or trig.rule.enumerates or \
                trig.rule.needs_group or len(self.topic_people) != 1:
            return []
        entry = next(iter(self.topic_people.values()))
        if profiles.counted_subject(sent.text[trig.end:]) or arguments.group_count(
                sent.text[:trig.end], trig.start, trig.end, self.lang):
            return []  # "4 May — 19 prisoners are freed": a batch's verb, not the timeline's man
            # (but "freed together with 18 other prisoners" is his)
        gender = profiles.verb_gender(sent.text[trig.start:trig.end], self.lang)
        # «Затрымалі жанчыну ў лістападзе»: an active verb's object noun tells whom
        gender = profiles.object_noun_gender(sent.text[trig.end:], self.lang) or gender
        if gender == "p" or (gender and entry.gender and gender != entry.gender):
            return []
        return [Slot(sent.start + trig.start, sent.start + trig.end, entry, entry.name, True,
                     False)]


_JOINED_VERBS = re.compile(r"\s*(?:,\s*)?(?:and|и|і|та)\s+(?:(?:then|later|also|затем|потом|также"
                           r"|пасля|потым|таксама)\s+)?", re.IGNORECASE)


def _topical(slot: Slot) -> bool:
    """A named prisoner, who can be the subject of the paragraph's subjectless verbs."""
    return not slot.pronoun and not slot.entry.non_prisoner and not slot.entry.partial
