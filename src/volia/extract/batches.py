"""Batches in a report: a count of people freed, pardoned or recognised together, the
sentences that speak of the batch again, and the one destination abroad it was taken to. The
members the report names later (after "among them", under a header, one paragraph each) are
read in ``member_lists``.

``BatchClaims`` is the part of the engine's working state (``engine._Doc``) that remembers
batches: a mixin, so the engine reads as one story while each file stays small.
"""

from __future__ import annotations

import re
from datetime import date

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import (
    arguments,
    departures,
    groups,
    profiles,
)
from volia.extract.attach import Slot
from volia.extract.countries import find_countries
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.slots import SlotFinder
from volia.extract.triggers import Trigger
from volia.extract.when import DateMention

# A counted arrest opens a batch whose members are named after it; "imprisoned" describes
# people more often than it tells an arrest.
_ARREST = re.compile(r"detain|arrest|задерж|арест|затрым", re.IGNORECASE)
_FREEING = {E.RELEASED, E.PARDONED, E.DEPORTED, E.RECOGNIZED}


class BatchClaims:
    """Batch memory and the claims it gives members (mixed into ``engine._Doc``)."""

    text: str
    lang: str
    published: date | None
    current: int
    paragraph: int
    dates: list[DateMention]
    story_date: PartialDate | None
    groups: groups.GroupMemory
    profile: profiles.ProfileList | None
    batch_when: PartialDate | None
    header_date: PartialDate | None
    sentences: list[Sentence]
    former: set[int]
    members: list[tuple[Slot, PersonEntry, Sentence, PartialDate | None]]
    slots_at: dict[int, list[Slot]]
    sentence_triggers: list[Trigger]
    slot_finder: SlotFinder
    claims: list[dict[str, object]]
    listed_at: dict[tuple[str, object], int]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _note_group(self, sent: Sentence, trig: Trigger, when: PartialDate | None, base: float,
                    country: str | None) -> None:
        """Remember a batch stated here (released, pardoned, recognised) and its destination."""
        if trig.rule.noun and trig.type == E.RELEASED and self.profile is None:
            # "Relatives confirmed the release of at least three": the next sentences that
            # open with a name are those three, members of the batch told before
            freed = self.groups.kinds_before(self.current)
            count = arguments.group_count(sent.text, trig.start, trig.end, self.lang) or \
                arguments.counted_after(sent.text, trig.end, self.lang)
            if freed and count and count < max(self.groups.counts.values(), default=0):
                self.profile = profiles.ProfileList(frozenset(freed & set(profiles.BATCH_KINDS)),
                                                    self.current, -1, limit=count)
            return
        if trig.rule.noun or (trig.rule.needs_group and not (trig.type == E.DEPORTED and country)):
            return  # but «сямёра апынуліся ў Літве» names where part of the batch went
        if trig.rule.enumerates and trig.type in (E.RELEASED, E.PARDONED) and \
                arguments.group_count(sent.text, trig.start, trig.end, self.lang):
            return  # «Среди переданных — трое граждан Украины и двое граждан Беларуси»: parts
        index = self.current
        # "Seven people … were driven to the Polish border and handed over": a counted removal
        # from custody is a released batch too
        # («Усіх іх памілавалі, а 36 чалавек вывезлі»: part of the batch that sentence names)
        removal = trig.type == E.DEPORTED and country is not None and \
            not self._told_batch(index, sent, trig) and not departures.voluntary_departure(
                sent.text, self.lang) and not (
                groups.batch_reference(sent.text) and self.groups.counts)
        if trig.type == E.DETAINED:
            # "Five miners were detained … Colleagues named three of them: A, B and C"; not
            # "seven people imprisoned in Belarus were driven to the border" (a release)
            count = arguments.group_count(sent.text, trig.start, trig.end, self.lang)
            if count and not groups.batch_reference(sent.text) and _ARREST.search(
                    sent.text[trig.start:trig.end]) and not any(
                    t.type in _FREEING for t in self.sentence_triggers):
                self.groups.counts[index] = count
                self.groups.when[index] = when
                self.groups.add(index, E.DETAINED)
            return
        if trig.type in (E.RELEASED, E.PARDONED, E.RECOGNIZED) or removal:
            count = arguments.group_count(sent.text, trig.start, trig.end, self.lang)
            if count and groups.batch_reference(sent.text) and self.groups.kinds_before(index) and \
                    count in self.groups.counts.values():
                # «Усе пяцёра былі памілаваныя», "all seven were pardoned": that batch again
                self.groups.add(index, E.RELEASED if removal else trig.type)
                return
            if count and groups.batch_reference(sent.text) and self.groups.kinds_before(index) and \
                    count < max(self.groups.counts.values(), default=0):
                # «Усіх іх памілавалі, а 36 чалавек … перадалі ўкраінскаму боку»: part of it
                self.groups.add(index, E.RELEASED if removal else trig.type)
                if country:
                    self.groups.part_countries.setdefault(index, country)
                return
            if count:
                self.batch_when = when
                self.groups.counts[index] = count
                if groups.cumulative(sent.text):
                    self.groups.totals.add(index)
                self.groups.when[index] = when
                # "Three prisoners left colonies after serving their terms": no batch freed
                if trig.type != E.RECOGNIZED and not groups.served_term(sent.text) and \
                        not groups.cumulative(sent.text) and not (
                            groups.remaining(sent.text) and self.groups.kinds_before(index)):
                    self._emit(E.GROUP_RELEASE, None, sent, when, base, count=count)
                kind = E.RELEASED if removal else trig.type
                self.groups.add(index, kind)
                if kind == E.RELEASED and self._pardoned_just_before(index, count):
                    self.groups.add(index, E.PARDONED)
                # up to COUNT members may follow, one sentence each; not after a total over
                # years ("Since the first deal, more than 700 have been released")
                if self.profile is None and not groups.cumulative(sent.text):
                    self.profile = profiles.ProfileList(frozenset({kind}), index, -1,
                                                        limit=count)
            elif self._joins_batch(index, sent, trig):
                self.groups.add(index, trig.type)
        if country and trig.type in (E.RELEASED, E.DEPORTED) and \
                self.groups.near_group(index) and groups.partitive(
                    sent.text[:mention_end(sent.text, trig.end, country)]):
            # «Двенадцать из них доставили к литовской границе»: that part went there, and
            # «Среди вывезенных — X» right after is one of that part; "Thirteen of the fourteen"
            # is the batch but for one or two, whom the report then tells apart ("stayed")
            share = arguments.opening_count(sent.text)
            earlier = [i for i in self.groups.counts if i < index]
            whole = self.groups.counts[max(earlier)] if earlier else None
            if share and whole and share < whole <= share + 2:
                self.groups.add_country(index, country)
            else:
                self.groups.part_countries.setdefault(index, country)
        elif country and trig.type in (E.RELEASED, E.DEPORTED) and \
                self.groups.near_group(index):
            # "… and driven to Lithuania, 31 of them from Navapolatsk": the part comes after
            part = self.groups.part_before(index)
            if groups.small_part_before(sent.text[:trig.start]):
                self.groups.part_countries[index] = country  # «…, одного вывезли в Польшу»
            elif part is not None and not find_countries(part):
                self.groups.part_countries[index] = country  # only that part went there
            else:
                self.groups.add_country(index, country)

    def _pardoned_just_before(self, index: int, count: int) -> bool:
        """«Вызваляюць людзей, памілаваных указам ад 25 кастрычніка. … на волю выйшлі 18
        чалавек»: the sentence before the count, naming nobody, says they were pardoned;
        not when it counts a batch of its own ("16 pardoned women left in March. In October
        40 people were driven to the border")."""
        if index < 1 or any(not s.pronoun for s in self.slots_at.get(index - 1, [])):
            return False
        if self.groups.counts.get(index - 1, count) != count:
            return False
        return groups.pardon_reference(self.sentences[index - 1].text) or re.search(
            r"\bpardoned\b", self.sentences[index - 1].text, re.IGNORECASE) is not None

    def _told_batch(self, index: int, sent: Sentence, trig: Trigger) -> bool:
        """True when a removal at INDEX is of the batch just told ("16 were freed … and driven
        to the border"), not a new one counted apart (a timeline's next entry, "52 people")."""
        if not self.groups.kinds_near(index):
            return False
        count = arguments.group_count(sent.text, trig.start, trig.end, self.lang)
        recent = self.groups.recent(index)
        told = self.groups.counts.get(recent) if recent is not None else None
        if recent in self.groups.totals and count is not None and count != told:
            return False  # "412 left prison during the year … 52 were driven to the border"
        if count is None or told is None or count == told or groups.batch_reference(sent.text):
            return True  # "handed all three over": the batch again
        # more than the batch counted, or a dated entry of a timeline; else part of it
        return not (count > told or self.header_date is not None)

    def _answered_batch(self, index: int, sent: Sentence) -> None:
        """"How many people were freed?" "Twenty-four, according to …": a counted batch."""
        count = arguments.answered_count(self.sentences[index - 1].text, sent.text) \
            if index > 0 else None
        if count is not None:
            self.batch_when = self.story_date
            self.groups.counts[index] = count
            self.groups.add(index, E.RELEASED)
            self._emit(E.GROUP_RELEASE, None, sent, self.story_date, 0.7, count=count)

    def _asked_who(self, index: int, sent: Sentence) -> None:
        """"Who was freed?" as a question heading, paragraphs after the batch: the answer
        lists its members, so the batch is open again here."""
        kinds = self.groups.kinds_before(index) & set(profiles.BATCH_KINDS)
        if kinds and groups.asks_who_was_freed(sent.text):
            for kind in kinds:
                self.groups.add(index, kind)

    def _joins_batch(self, index: int, sent: Sentence, trig: Trigger) -> bool:
        """An uncounted event said of the batch just stated: «Все они были помилованы», «указ
        об их помиловании»."""
        if trig.rule.batch_only:
            return bool(self.groups.kinds_near(index))
        return trig.type != E.RECOGNIZED and self.groups.near_group(index) and \
            groups.batch_reference(sent.text)


def mention_end(sentence: str, after: int, country: str) -> int:
    """Where the first mention of COUNTRY after AFTER ends (or the sentence's end)."""
    for found in find_countries(sentence[after:]):
        if found.code == country:
            return after + found.end
    return len(sentence)
