"""People told of first by a description and named a few sentences later: "a 62-year-old
pensioner from Hrodna walked out … 12:40 — We can now name her: Hanna Stsepanava",
«Первым задержан 41-летний водитель … Задержанный водитель — Валерий Судник». Live blogs and
digests often withhold a name until the family agrees; the events told of the description
belong to the person the naming sentence gives (mixed into ``engine._Doc``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import arguments, carry
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.triggers import Trigger
from volia.extract.when import DateMention

# One person by description, not by name: an age ("a 62-year-old", «58-летняя», «35-гадовы»)
# or a plain person noun with an indefinite article. Counted groups are batches, not this.
_DESCRIPTION = {
    "en": re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:\d{2}-year-old|(?:elderly|young|retired)"
                     r"\s+(?:man|woman)|man|woman|pensioner)\b(?P<rest>(?:\s+[a-z-]+){0,3})",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:\d{2}-летн(?:ий|яя|его|юю|ей)|женщина|мужчина|пенсионерка"
                     r"|пенсионер)(?!\w)(?P<rest>(?:\s+[а-яё-]+){0,2})", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:\d{2}-гадов(?:ы|ая|ага|ую|ай)|жанчына|мужчына|пенсіянерка"
                     r"|пенсіянер)(?!\w)(?P<rest>(?:\s+[а-яёіў'-]+){0,2})", re.IGNORECASE),
}
# What stands right before the name in a sentence that gives it. The explicit forms name
# whoever was described; "The electrician is X", «Задержанный водитель — X» only when the noun
# is the description's own.
_NAMING = {
    # "identified him as engineer X"
    "en": re.compile(r"(?:\b(?:identified|named)\s+(?:(?:him|her)\s+)?as"
                     r"(?:\s+(?-i:[a-z])[\w-]*){0,2}|\bname\s+(?:him|her)"
                     r"\s*:?|\b(?:his|her)\s+name\s+(?:is|was)\s*:?|\bhad\s+a\s+name\s*:)\s*$",
                     re.IGNORECASE),
    "ru": re.compile(r"(?:(?<!\w)(?:её|ее|его)\s+(?:зовут|имя\s*[:—–-]?(?:\s*это)?)"
                     r"|имя\s*:\s*это|опознан[аи]?\s+как)\s*$", re.IGNORECASE),
    "be": re.compile(r"(?:(?<!\w)(?:яе|яго)\s+(?:завуць|імя\s*[:—–-]?(?:\s*гэта)?)"
                     r"|імя\s*:\s*гэта)\s*$", re.IGNORECASE),
}
_NOUN_IS = {
    "en": re.compile(r"^\W*(?:[\d:.]+\s*[—–-]\s*)?(?:the|this)\s+(?P<noun>(?:[a-z-]+\s+){0,2}"
                     r"[a-z-]+)\s+(?:is|was)\s*$", re.IGNORECASE),
    "ru": re.compile(r"^\W*(?:[\d:.]+\s*[—–-]?\s*)?(?P<noun>(?:[а-яё-]+\s+){0,2}[а-яё-]+)\s*"
                     r"(?:[—–-]|:\s*это)\s*$", re.IGNORECASE),
    "be": re.compile(r"^\W*(?:[\d:.]+\s*[—–-]?\s*)?(?P<noun>(?:[а-яёіў'-]+\s+){0,2}[а-яёіў'-]+)"
                     r"\s*(?:[—–-]|:\s*гэта)\s*$", re.IGNORECASE),
}
_PLAIN = {"year", "from", "летн", "гадов", "with", "who"}
REACH = 3  # sentences after the last event of the description in which the name may come


@dataclass
class Described:
    """Someone a report tells of by description, with the events it gave them so far."""

    index: int  # the sentence of the latest event
    stems: set[str]
    events: list[tuple[Trigger, Sentence, PartialDate | None, float, int | None, str | None]] = \
        field(default_factory=list)


def description_in(sentence: str, lang: str) -> set[str] | None:
    """The word stems of a one-person description in SENTENCE ("a 58-year-old electrician
    from Lida" → {"elect", "lida"…}), or None when it holds none."""
    match = _DESCRIPTION.get(lang, _DESCRIPTION["en"]).search(sentence)
    if match is None:
        return None
    return _stems(match.group(0))


def _stems(words: str) -> set[str]:
    """The first five letters of each word of WORDS that says something ("electrician")."""
    return {w.lower()[:5] for w in re.findall(r"[^\W\d]{4,}", words)} - _PLAIN


def name_after_cue(sentence: str, start: int, slots: list[Slot], lang: str,
                   stems: set[str]) -> Slot | None:
    """The named person a naming sentence (starting at START in the text) gives for a
    description with STEMS: the first named mention right after a naming cue."""
    for slot in slots:
        if slot.pronoun or slot.possessive or slot.entry.non_prisoner:
            continue
        head = sentence[:slot.start - start]
        if _NAMING.get(lang, _NAMING["en"]).search(head):
            return slot
        noun = _NOUN_IS.get(lang, _NOUN_IS["en"]).match(head)
        if noun and _stems(noun.group("noun")) & stems:
            return slot
        return None  # only the first name of the sentence can be the one it gives
    return None


class NamedLaterClaims:
    """What ``engine._Doc`` provides, and the claims of people named after their events."""

    lang: str
    text: str
    current: int
    story_date: PartialDate | None
    pending_death: carry.PendingDeath | None
    described: Described | None
    dates: list[DateMention]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _claim_for(self, trig: Trigger, slot: Slot, entry: PersonEntry, sent: Sentence,
                   when: PartialDate | None, base: float, term: int | None,
                   country: str | None) -> None:
        raise NotImplementedError

    def _note_described(self, sent: Sentence, trig: Trigger, when: PartialDate | None,
                        base: float, term: int | None, country: str | None) -> None:
        """A trigger that found nobody: keep it for the described person it may be about."""
        stems = description_in(sent.text, self.lang)
        if stems is None:
            return
        if self.described is None or self.current - self.described.index > REACH:
            self.described = Described(self.current, stems)
        self.described.index = self.current
        self.described.stems |= stems
        self.described.events.append((trig, sent, when, base, term, country))

    def _named_later(self, index: int, sent: Sentence, slots: list[Slot]) -> None:
        """A sentence that gives the name of the person described just before."""
        pending = self.described
        if pending is not None and 0 < index - pending.index <= REACH:
            slot = name_after_cue(sent.text, sent.start, slots, self.lang, pending.stems)
            if slot is not None:
                self.described = None
                if any(event[0].type == E.DIED_IN_CUSTODY for event in pending.events):
                    self.pending_death = None
                for trig, told, when, base, term, country in pending.events:
                    # the evidence runs from the event to the name, so a reviewer sees both
                    span = Sentence(told.start, sent.end, self.text[told.start:sent.end])
                    self._claim_for(trig, slot, slot.entry, span, when, base - 0.1, term,
                                    country)
                return
        self._carried_death(index, sent, slots)

    def _carried_death(self, index: int, sent: Sentence, slots: list[Slot]) -> None:
        """A name given after an unnamed death in custody ("Ivan X, 52, died on Tuesday")."""
        found = carry.subject_of_death(sent.text, sent.start, slots, self.lang) \
            if self.pending_death and carry.still_open(self.pending_death, index) else None
        if found is not None and self.pending_death is not None:
            dates = [d for d in self.dates if sent.start <= d.start < sent.end]
            when = arguments.nearest_date(dates, found[1], found[2], [], text=self.text)
            self._emit(E.DIED_IN_CUSTODY, found[0], sent, when or self.story_date,
                       self.pending_death.confidence)
            self.pending_death = None
