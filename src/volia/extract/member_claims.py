"""Members of batches, after the whole report is read: where the members of a batch taken
abroad went, and the pardon of members of a batch the report calls pardoned (mixed into
``engine._Doc``)."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import cues, departures, groups
from volia.extract.attach import Slot
from volia.extract.countries import find_countries
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence

_BASE_DEPORTED = 0.8
# "Among them", «Среди вывезенных» right after the part of a batch taken abroad: that part
_AMONG_THEM = re.compile(r"\bamong\s+(?:them|those\s+(?:who\s+)?(?:taken|driven|handed|expelled"
                         r"|deported|removed|crossed|walked))\b|(?<!\w)(?:среди\s+(?:них|вывезенных|переданных|высланных"
                         r"|доставленных|выдворенных)|сярод\s+(?:іх|вывезеных|перададзеных"
                         r"|высланых|дастаўленых))(?!\w)", re.IGNORECASE)


# A release before any verdict: on a pledge, on bail, from pre-trial detention
_BEFORE_TRIAL = re.compile(r"\b(?:pledge|bail|house\s+arrest|pre-trial)\b"
                           r"|(?<!\w)(?:подписк\w+|залог\w*|домашн\w+\s+арест\w*|падпіск\w+)(?!\w)",
                           re.IGNORECASE)


def _same_days(a: str, b: str) -> bool:
    """True when two ISO dates (of any precision) may name the same day."""
    return a.startswith(b) or b.startswith(a)


class MemberClaims:
    """What ``engine._Doc`` provides, and the claims made for batch members at the end."""

    text: str
    groups: groups.GroupMemory
    sentences: list[Sentence]
    former: set[int]
    batch_when: PartialDate | None
    members: list[tuple[Slot, PersonEntry, Sentence, PartialDate | None]]
    claims: list[dict[str, object]]
    listed_at: dict[tuple[str, object], int]
    stayed_ids: set[int] | None
    slots_at: dict[int, list[Slot]]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _member_removals(self) -> None:
        """Members of a released batch taken abroad share its one destination."""
        batch_country = self.groups.country()
        starts = [s.start for s in self.sentences]
        for slot, entry, sent, when in self.members:
            index = starts.index(sent.start) if sent.start in starts else -1
            # "Among them" right after a part of the batch means that part
            among = _AMONG_THEM.search(sent.text) is not None
            if among and index > 0 and groups.served_term(self.sentences[index - 1].text):
                continue  # "Among them" after those freed at the end of their terms
            part = self.groups.part_country(index) if among else None
            country = part or batch_country or self._own_destination(sent)
            if country is None or cues.STAYED.search(self._member_story(index, sent)):
                continue  # "… was offered a seat on the bus and refused it. She went home."
            conf = _BASE_DEPORTED - 0.1 - (0.15 if slot.pronoun else 0.0)
            self._emit(E.DEPORTED, slot, sent, when, conf, country=country, entry=entry)

    def _freed_with_the_batch(self) -> None:
        """A report of one release abroad takes every prisoner it tells was freed with the batch
        there too: "Among those freed were X and Y" when the border is in another paragraph,
        «Вышла на свободу и Наталья Гурская» after «их вывезли в Литву». Not those freed
        another day, at the end of their term, before trial, or who stayed."""
        country = self.groups.country()  # a batch's, not one foreigner handed over alone
        if country is None:
            return
        stayed: set[int] = set()
        if cues.STAYED.search(self.text) or departures.refused_to_go(self.text) or \
                cues.TAKEN_HOME.search(self.text):
            # a report where someone stayed tells each one's fate apart: the others went
            # with the batch only when it names who stayed ("The thirty-first, X, refused")
            stayed = self._stayed_people() | self._stayed_alone()
            if not stayed:
                return
        removed = stayed | {id(c["person"]["_entry"]) for c in self.claims
                   if c["type"] == E.DEPORTED.value and isinstance(c["person"], dict)}
        days = {str(c["date"]) for c in self.claims if c["type"] in (
            E.DEPORTED.value, E.GROUP_RELEASE.value) and c["date"]}
        for claim in list(self.claims):
            person, evidence = claim["person"], claim["evidence"]
            if claim["type"] != E.RELEASED.value or not isinstance(person, dict) or \
                    not isinstance(evidence, dict):
                continue
            entry = person["_entry"]
            if id(entry) in removed or entry.relative or entry.official or \
                    id(entry) in self.former:
                continue
            day, text = claim["date"], str(evidence["text"])
            if day is not None and not any(_same_days(str(day), d) for d in days):
                continue
            sent = Sentence(int(evidence["start"]), int(evidence["end"]), text)
            index = next((i for i, s in enumerate(self.sentences) if s.start == sent.start), -1)
            if groups.served_term(text) or _BEFORE_TRIAL.search(text) or \
                    cues.STAYED.search(self._member_story(index, sent)):
                continue
            slot = Slot(sent.start, sent.start, entry, str(person["mention"]), True, False)
            removed.add(id(entry))
            when = PartialDate.parse(str(day)) if day is not None else None
            self._emit(E.DEPORTED, slot, sent, when, _BASE_DEPORTED - 0.25, country=country,
                       entry=entry)

    def _stayed_alone(self) -> set[int]:
        """The one prisoner a sentence names when it says someone stayed ("Hanna Shelia … is
        at home in Minsk")."""
        out: set[int] = set()
        for index, slots in self.slots_at.items():
            named = [s for s in slots
                     if not s.pronoun and not s.possessive and not s.entry.non_prisoner]
            if len(named) == 1 and cues.STAYED.search(self.sentences[index].text):
                out.add(id(named[0].entry))
        return out

    def _drop_moved_members(self) -> None:
        """A name read as a member of a freed batch whom the report, later on, has moved to
        another colony in the batch's month or after was never in the batch: a cellmate, a
        prisoner still inside («Сушкевіча этапавалі ў калонію №36» after the June release)."""
        starts = [s.start for s in self.sentences]
        moved: dict[int, list[tuple[int, str]]] = {}
        for c in self.claims:
            evidence = c["evidence"]
            if c["type"] == E.TRANSFERRED.value and isinstance(c["person"], dict) and \
                    c["date"] is not None and isinstance(evidence, dict):
                moved.setdefault(id(c["person"]["_entry"]), []).append(
                    (int(evidence["start"]), str(c["date"])))
        dropped: set[int] = set()
        for c in self.claims:
            person, evidence = c["person"], c["evidence"]
            if c["type"] != E.RELEASED.value or not isinstance(person, dict) or \
                    not isinstance(evidence, dict) or c["date"] is None:
                continue
            key = id(person["_entry"])
            index = self.listed_at.get((E.RELEASED.value, key))
            if index is None or starts[index] != int(evidence["start"]):
                continue  # its own release, told in its own words
            day = str(c["date"])
            if any(at >= int(evidence["start"]) and when >= day[:len(when)]
                   for at, when in moved.get(key, [])):
                dropped.add(key)
        self.claims = [c for c in self.claims if not (
            c["type"] in cues.FREEING and isinstance(c["person"], dict)
            and id(c["person"]["_entry"]) in dropped)]

    def _own_destination(self, sent: Sentence) -> str | None:
        """A batch split between countries: the one its member's sentence names ("33 went to
        Ukraine, seven to Lithuania … X is now in Vilnius")."""
        named = {c.code for c in find_countries(sent.text)} & self.groups.all_countries()
        return named.pop() if len(named) == 1 else None

    def _drop_stayed_behind(self) -> None:
        """A prisoner the report says stayed or refused the way out was not removed abroad,
        however the removal was first read (as a member of the batch, through a pronoun): the
        deported claim goes, the release stays. The people are those named in the stretch of
        the sentence that tells it, or in the sentence an offer is made that the next turns
        down ("… offered him a deal: leave for Lithuania. He refused.")."""
        stayed = self._stayed_people()
        if stayed:
            self.claims = [c for c in self.claims if not (
                c["type"] == E.DEPORTED.value and isinstance(c["person"], dict)
                and id(c["person"]["_entry"]) in stayed)]

    def _stayed_people(self) -> set[int]:
        """The people (ids of their entries) the report says stayed or refused the way out
        (read once: the sentences are all read by now)."""
        if self.stayed_ids is not None:
            return self.stayed_ids
        stayed: set[int] = set()
        for index, slots in self.slots_at.items():
            sent = self.sentences[index]
            people = [s for s in slots if not s.possessive]
            relative_named = any(s.entry.relative and not s.pronoun for s in people)
            before_text = self.sentences[index - 1].text if index > 0 else ""
            cues_at = departures.stayed_behind(self._member_story(index, sent)) + [
                (0, at, at + 1) for at in departures.bare_refusals(sent.text, before_text)]
            for lo, cue, hi in cues_at:
                before = [s for s in people if lo <= s.start - sent.start < cue]
                after = [s for s in people if cue <= s.start - sent.start < hi]
                if hi == cue + 1:  # a bare "refused.": the sentence's subject, named first
                    before = before[:1]
                # "X, who shared my barrack before I was put in the PKT, refused": the name
                before = [s for s in before if not s.pronoun] or before
                named = _coordinated(self.text, before) or after
                stayed.update(id(s.entry) for s in named if not (
                    s.entry.official or s.entry.relative or (s.pronoun and relative_named)))
                # (a pronoun after a relative named in the sentence may well be the relative)
        self.stayed_ids = stayed
        return stayed

    def _member_story(self, index: int, sent: Sentence) -> str:
        """SENT (at INDEX) and the next sentence when that one goes on about the same person
        ("She …")."""
        if 0 <= index < len(self.sentences) - 1 and cues.GOES_ON.match(
                self.sentences[index + 1].text):
            return sent.text + " " + self.sentences[index + 1].text
        return sent.text

    def _pardoned_members(self) -> None:
        """A report that calls its batch pardoned ("all 31 had been pardoned", «Все они были
        помилованы») pardons every prisoner it tells was freed with the batch, wherever the
        pardon is mentioned: not those who served their full term or were freed another time."""
        if not any(E.PARDONED in kinds for kinds in self.groups.kinds.values()):
            return
        months = self.groups.pardoned_months()
        for claim in list(self.claims):
            person = claim["person"]
            evidence = claim["evidence"]
            if claim["type"] != E.RELEASED.value or not isinstance(person, dict) or \
                    not isinstance(evidence, dict):
                continue
            text = str(evidence["text"])
            day = claim["date"]
            start = int(evidence["start"])
            before = [s.text for s in self.sentences if s.end <= start][-1:]
            served = groups.served_term(text) or bool(before and groups.served_term(before[0])) \
                or _BEFORE_TRIAL.search(text) is not None  # no verdict yet: nothing to pardon
            if served or (day is not None and months and str(day)[:7] not in months):
                continue
            entry = person["_entry"]
            if entry.relative or id(entry) in self.former:
                continue  # a relative, or a "former political prisoner", freed another time
            sent = Sentence(int(evidence["start"]), int(evidence["end"]), text)
            slot = Slot(sent.start, sent.start, entry, str(person["mention"]), True, False)
            when = self.batch_when if day is None else None
            self._emit(E.PARDONED, slot, sent, when, 0.65, entry=entry)


_AND = re.compile(r"\s*(?:,|and|и|і|та)\s*", re.IGNORECASE)


def _coordinated(text: str, slots: list[Slot]) -> list[Slot]:
    """The last of SLOTS and those joined to it by "and" or a comma («X и Y отказались»)."""
    if not slots:
        return []
    out = [slots[-1]]
    for s in reversed(slots[:-1]):
        if not _AND.fullmatch(text[s.end:out[-1].start]):
            break
        out.append(s)
    return out
