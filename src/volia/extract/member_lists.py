"""Member lists of a batch: a header that announces them ("Among those freed:", "Names we
know so far:", «Вядомыя імёны:»), the one-by-one profiles a counted batch is followed by, and
the claims each listed member gets (the batch's kinds, its destination abroad).

``MemberListClaims`` is a mixin of the engine's working state (``engine._Doc``), as
``BatchClaims`` is: the batch is noted there, its members are read here.
"""

from __future__ import annotations

import re
from datetime import date

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import (
    arguments,
    attach,
    cues,
    departures,
    groups,
    hedges,
    inside,
    profiles,
    sentence_hedges,
    speakers,
)
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.slots import SlotFinder
from volia.extract.triggers import Trigger
from volia.extract.when import DateMention

# an interview's answer line: «— Ганну Шылу.»
_DIALOGUE_LINE = re.compile(r"^\W{0,2}[—–-]\s")
# a departure told with its verb ("left for Warsaw on her own"), not "a cell by himself"
_WENT_ABROAD = re.compile(r"\b(?:left|moved|emigrated|relocated|fled|crossed)\b"
                          r"|(?<!\w)(?:уехал|выехал|переехал|эмигрировал|з'?ехаў|з'?ехала|выехаў|выехала|пераехаў)\w*",
                          re.IGNORECASE)


def _within(day: PartialDate, span: PartialDate) -> bool:
    """True when DAY falls within SPAN (a day, a month or a year)."""
    return day.year == span.year and (span.month is None or day.month == span.month) and (
        span.day is None or day.day == span.day)


def _bare_name(sentence: str, named: list[Slot]) -> bool:
    """True when SENTENCE is only the names in NAMED (a heading line)."""
    rest = sentence
    for slot in named:
        rest = rest.replace(slot.surface, " ")
    return not re.search(r"\w", rest)


class MemberListClaims:
    """List headers, profiles and the claims of listed members (mixed into ``engine._Doc``)."""

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
    sentences: list[Sentence]
    members: list[tuple[Slot, PersonEntry, Sentence, PartialDate | None]]
    slots_at: dict[int, list[Slot]]
    slot_finder: SlotFinder
    listed_at: dict[tuple[str, object], int]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _open_profile(self, index: int, sent: Sentence, triggers: list[Trigger],
                      slots: list[Slot]) -> None:
        """A header ("The newly recognised are:", "Three of those taken to Poland were named
        by Viasna: A; B; and C") opens a member list, here and in the paragraphs after."""
        colon = sent.text.rfind(":")
        named_as = profiles.NAMED_AS.search(sent.text)
        if colon < 0 and named_as:  # "They are named as X and Y": as after a colon
            colon = named_as.end() - 1
        inline = 0 <= colon < len(sent.text.rstrip()) - 1  # names follow in this sentence
        head = sent.text[:colon] if inline else sent.text
        if colon >= 0 and sentence_hedges.demand_head(sent.text[:colon]):
            return  # "We call on the authorities to: - release … X": a demand, no list
        triggers = [t for t in triggers if t.start < len(head)]
        counted = self._counted_head(sent, head, triggers) if inline and any(
            s.start > sent.start + colon and not s.pronoun for s in slots) else set()
        if inline and ((not counted and not profiles.inline_header(head, self.lang))
                       or inside.still_inside(sent.text, self.lang)
                       or inside.left_behind(sent.text)):
            return  # «среди помилованных нет X: …» lists nobody
        # "Among them:" names no event of its own: it takes the batch's
        own = {t.type for t in triggers if not t.rule.noun and not t.rule.needs_group} | counted
        # "Viasna had confirmed five of them:" after a batch: a list header too
        near = self.groups.kinds_near(index, profiles.HEADER_REACH) & set(profiles.BATCH_KINDS)
        if not inline and not profiles.is_header(sent.text, self.lang, own | near):
            return
        if not inline and index > 0 and inside.still_inside(self.sentences[index - 1].text,
                                                            self.lang) and \
                not any(s.pronoun and not s.group for s in self.slots_at.get(index - 1, [])):
            # "Yet 980 remain … These are three of them.": those still held (not «Яго вярнулі
            # ў калонію. Вядомыя імёны:», one man sent back before the list)
            return
        kinds = own & set(profiles.BATCH_KINDS)
        # "Among those freed:" takes the batch's pardon too; "Among those recognised:" is a
        # list of its own, not of the release counted before it
        if not kinds or any(t.rule.needs_group or (t.rule.enumerates and t.type != E.RECOGNIZED)
                            for t in triggers):
            kinds |= near
        if not kinds and inline and profiles.announces_names(head, self.lang):
            # "14:10 Viasna confirms another name: X", hours after the batch
            kinds = self.groups.kinds_before(index) & set(profiles.BATCH_KINDS)
        if not kinds:
            return
        # an inline list is complete; a header's list fills the paragraph after it, or the
        # rest of this one when the next sentence names them («Это X и Y», "They are X and Y")
        first = self.paragraph + 1
        if not inline and index + 1 < len(self.sentences) and (profiles.THESE_ARE.match(
                self.sentences[index + 1].text) or profiles.NAME_FIRST.match(
                self.sentences[index + 1].text)) and not profiles.starts_paragraph(
                self.text, sent.end, self.sentences[index + 1].start):
            first = self.paragraph  # "Two of them agreed to be named. X, 47, a …"
        self.profile = profiles.ProfileList(frozenset(kinds), index, -2 if inline else first)
        # the header's own date: those after the colon, or after a name, describe the members
        # («Сярод вызваленых — X, асуджаны ў 2022 годзе …:»)
        end = min([sent.start + len(head)] + [s.start for s in slots if not s.pronoun])
        dates = [d for d in self.dates if sent.start <= d.start < end]
        self.batch_when = dates[0].value if dates else (self.batch_when or self.story_date)
        if inline:
            country = arguments.destination_within(head, 0, len(head), self.lang)
            if country is None and counted:  # "… handed over to Lithuanian officials: X, Y"
                country = self._removal_country(head, triggers)
            following = self.sentences[index + 1].text if index + 1 < len(self.sentences) \
                else ""
            listed = [s for s in slots if s.start > sent.start + colon and not s.pronoun
                      and not s.possessive and not s.entry.non_prisoner]
            if profiles.not_among_next(following, [s.surface for s in listed]):
                return  # "One of them we know well: X. He was not on the pardon list."
            if listed and listed[0].start - (sent.start + colon) > 40:
                return  # ": по данным проекта, он дал показания против X": no list
            for slot in listed:
                self._list_member(slot, sent, kinds, country)

    def _removal_country(self, head: str, triggers: list[Trigger]) -> str | None:
        """The country a removal in HEAD (a list header) takes people to."""
        for trig in triggers:
            if trig.type == E.DEPORTED:
                country = arguments.destination(head, trig.end, self.lang, require_prep=False)
                if country:
                    return country
        return None

    def _counted_head(self, sent: Sentence, head: str, triggers: list[Trigger]) -> set[E]:
        """The batch kinds a counted event before a colon states ("Three prisoners were freed on
        Tuesday: A, B and C", "Three were handed over to Lithuanian officials: …"), else none."""
        kinds: set[E] = set()
        # "Three were taken to Lithuania:" after a batch: part of it, counted without a noun
        part = bool(self.groups.kinds_before(self.current)) and \
            arguments.opening_count(head) is not None
        for trig in triggers:
            if trig.rule.noun or trig.rule.needs_group or hedges.trigger_blocked(
                    sent.text, trig, self.lang) or not (part or arguments.group_count(
                        sent.text, trig.start, trig.end, self.lang)):
                continue
            if trig.type in profiles.BATCH_KINDS:
                kinds.add(trig.type)
            elif trig.type == E.DEPORTED and self._removal_country(head, [trig]):
                kinds.add(E.RELEASED)  # a counted removal from custody frees them too
        return kinds

    def _profile_member(self, index: int, sent: Sentence, slots: list[Slot],
                        triggers: list[Trigger], new_paragraph: bool) -> None:
        profile = self.profile
        if profile is None or index <= profile.header_index or self.slot_finder.in_dialogue(sent):
            return  # "— Аллу Ридецкую." answers "whom do you remember?": no member
        asked = self.sentences[index - 1].text if index > 0 else ""
        if asked.rstrip().endswith("?") and not groups.asks_who_was_freed(asked) and \
                _DIALOGUE_LINE.match(sent.text):
            return  # «— Каго вы пакінулі ў Гомелі? — Ганну Шылу.»: an answer, not a member
        own = {t.type for t in triggers
               if not t.rule.noun and not t.rule.needs_group
               and arguments.group_count(sent.text, t.start, t.end, self.lang)}
        if own & set(profiles.BATCH_KINDS) - profile.kinds - {E.PARDONED, E.RELEASED} and \
                not own & profile.kinds:
            self.profile = None  # "This month we recognised 39 people": another batch begins
            return
        if groups.served_term(sent.text) and not any(not s.pronoun for s in slots) and any(
                t.type == E.RELEASED and not t.rule.noun for t in triggers):
            self.profile = None  # "Separately, two others were released at the end of term"
            return
        named = [s for s in slots if not s.pronoun and not s.possessive]
        if profile.first_paragraph == -1 and not slots and inside.still_inside(sent.text,
                                                                                self.lang):
            self.profile = None  # "Yet 980 remain": the names after are of those still held
            return
        if profile.first_paragraph == -2:
            return
        soft = profile.first_paragraph < 0
        opens = bool(named) and not named[0].entry.non_prisoner and profiles.opens_with(
            self.text, sent.start, named[0].start, strict=soft) and not (
            self.lang != "en" and profiles.governed(self.text[sent.start:named[0].start],
                                                    named[0].surface, named[0].entry.name))
        if self.paragraph == profile.first_paragraph:  # "X, 58, ... . A pensioner, Y, ..."
            members = [s for s in named if not s.entry.non_prisoner and
                       not profiles.negated_before(self.text[sent.start:s.start])]
        elif soft and opens and profile.taken < (profile.limit or 0) and \
                not profiles.doubted(sent.text, self._paragraph_head(index)) and \
                not speakers.speaks(self.text[named[0].end:sent.end], self.lang):
            # not "Людміла кажа, што …": a speaker, however she opens the sentence
            # after "recognised two people": the next sentences that open with a name
            members = self._opening_names(named)
        elif not new_paragraph or (soft and not named):
            return  # a paragraph that names nobody leaves a counted batch's list open
        elif named and named[0].entry.relative and not opens:
            return  # "His wife X left for Lithuania in 2021 …": about the member before
        elif soft and profile.taken < (profile.limit or 0) and any(
                t.type in (E.RELEASED, E.PARDONED) and not t.rule.noun for t in triggers):
            profile.taken += 1  # «Помилован и вышел на свободу X»: a member told in full
            return
        elif not opens or soft:
            self.profile = None
            return
        else:
            members = self._opening_names(named)
        profile.taken += len(members)
        if inside.left_behind(sent.text) or (
                members and index + 1 < len(self.sentences) and _bare_name(sent.text, members)
                and inside.left_behind(self.sentences[index + 1].text)):
            # «Сярод тых, хто застаўся, — Аляксей Кірэй.», and the name alone on its line above
            # it (a heading of what the next sentence tells)
            return
        if inside.still_inside(sent.text, self.lang) or groups.served_term(sent.text) or \
                (departures.voluntary_departure(sent.text, self.lang)
                 and _WENT_ABROAD.search(sent.text)
                 and not any(t.type in (E.RELEASED, E.PARDONED) for t in triggers)) or \
                (departures.refused_to_go(sent.text) and not cues.TAKEN_HOME.search(sent.text)) or (
                cues.STILL_SERVING.search(sent.text) and profile.kinds & {E.RELEASED, E.PARDONED}):
            # "refused to cross and was returned", "walked out after the full term", "a
            # carpenter serving seven years, wrote this letter"
            return
        kinds = set(profile.kinds)
        if profile.first_paragraph < 0 and not profile.narrowed:  # a counted batch: all kinds
            kinds |= self.groups.kinds_near(index, profiles.HEADER_REACH) & set(
                profiles.BATCH_KINDS)
        # «— 4 траўня — X»: a row's own day
        head = [d for d in self.dates if sent.start <= d.start < members[0].start] \
            if members else []
        if head and profile.first_paragraph < 0 and self.batch_when is not None and \
                not _within(head[0].value, self.batch_when):
            self.profile = None  # "8 August: Yan Paulouski, 40" after a release on 3 July:
            return  # another list begins
        for slot in members:
            # a named list goes where its batch went; the members a counted batch names one
            # by one too, unless only part of the batch went abroad
            abroad = profile.first_paragraph >= 0 or not self.groups.parts
            self._list_member(slot, sent, kinds, None, abroad=abroad,
                              when=head[0].value if head else None)

    def _paragraph_head(self, index: int) -> str:
        """The sentence before INDEX when both are in one paragraph, else ""."""
        if index < 1 or profiles.starts_paragraph(self.text, self.sentences[index - 1].end,
                                                   self.sentences[index].start):
            return ""
        return self.sentences[index - 1].text

    def _opening_names(self, named: list[Slot]) -> list[Slot]:
        """The name a list item opens with and those joined to it ("Tatyana and Pavel Sobol")."""
        return [s for s in attach.extend(self.text, named[0], named, forward=True)
                if not s.entry.non_prisoner]

    def _list_member(self, slot: Slot, sent: Sentence, kinds: set[E], country: str | None,
                     *, abroad: bool = True, when: PartialDate | None = None) -> None:
        """Claims for one member of a listed batch; ABROAD: the batch's destination applies;
        WHEN: the member's own date, else the batch's."""
        when = when or self.batch_when
        for kind in sorted(kinds, key=lambda k: k.value):
            self._emit(kind, slot, sent, when, 0.7, entry=slot.entry)
            self.listed_at[(kind.value, id(slot.entry))] = self.current
        freed = bool(kinds & {E.RELEASED, E.PARDONED})  # a pardon here is a release
        if country and freed:
            self._emit(E.DEPORTED, slot, sent, when, 0.65, country=country, entry=slot.entry)
        elif freed and abroad:  # a named list only
            self.members.append((slot, slot.entry, sent, when))
