"""From the text of one report to the claims of the extraction contract (shared/docs/domain.md).

Pure: no database, no network. The order of work is: language, sentences, the sentences that
hold a trigger, person mentions (the heavy models only where needed), the people of the report
in text order, then for every trigger that no hedge or negation blocks, its person, date, term,
destination or count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from volia.domain.dates import PartialDate, Precision
from volia.domain.model import EventType as E
from volia.extract import (
    arguments,
    attach,
    carry,
    cues,
    decrees,
    departures,
    finding,
    groups,
    hedges,
    holds,
    inside,
    owners,
    profiles,
    repeats,
    reports,
    sentence_hedges,
    silences,
    stints,
    transcripts,
    twins,
)
from volia.extract.aftermath_claims import AftermathClaims
from volia.extract.attach import Slot
from volia.extract.batches import BatchClaims, mention_end
from volia.extract.clauses import ClauseClaims
from volia.extract.corrections import CorrectionClaims
from volia.extract.countries import find_countries
from volia.extract.event_dates import EventDates, date_blockers, story_date
from volia.extract.language import detect_language
from volia.extract.linking import known_names_of
from volia.extract.member_claims import MemberClaims
from volia.extract.member_lists import MemberListClaims
from volia.extract.named_later import Described, NamedLaterClaims
from volia.extract.people import People, PersonEntry
from volia.extract.sections import SectionClaims
from volia.extract.sentences import Sentence, split_sentences
from volia.extract.slots import SlotFinder
from volia.extract.subjects import SubjectClaims
from volia.extract.triggers import Trigger, find_triggers, untangle
from volia.extract.when import DateMention, find_dates

Linker = Callable[[str], str | None]
LANGUAGES = ("en", "ru", "be")
# What may stand around a date that is a sentence of its own: «21 июня 2025 года.», "12:40".
# A season or a part of the year may stand before it: «Лето 2023 года.», "Early 2022."
_DATE_ONLY = re.compile(r"\W*(?:on|в|у|ў)?\W*(?:(?:лето|летом|зима|зимой|весна|весной|осень|осенью"
                        r"|лета|зіма|вясна|восень|summer|winter|spring|autumn|fall|early|late"
                        r"|начало|конец|середина|пачатак|канец|сярэдзіна)\W+)?"
                        r"\W*(?:года|году|г\.?|года?\.)?\W*", re.IGNORECASE)
_BASE_CONFIDENCE = {E.RELEASED: 0.85, E.DEPORTED: 0.8, E.DIED_IN_CUSTODY: 0.85,
                    E.GROUP_RELEASE: 0.85}


class ExtractionError(ValueError):
    """The input cannot be read as a report."""


class _Doc(BatchClaims, MemberListClaims, MemberClaims, AftermathClaims, ClauseClaims,
           CorrectionClaims, SubjectClaims, NamedLaterClaims, SectionClaims, EventDates):
    """Working state for one report."""

    def __init__(self, text: str, lang: str, published: date | None,
                 known_names: Iterable[str], linker: Linker | None) -> None:
        self.text, self.lang, self.published, self.linker = text, lang, published, linker
        self.sentences = split_sentences(text)
        self.triggers_at = [find_triggers(s.text, lang) for s in self.sentences]
        self.trigger_idx = {i for i, found in enumerate(self.triggers_at) if found}
        labels = transcripts.label_spans(text)  # "LERA:" opens a turn, names no one in it
        self.mentions = [m for m in finding.find_mentions(text, lang, self.sentences,
                                                          self.trigger_idx, known_names)
                         if not any(lo <= m.start < hi for lo, hi in labels)]
        self.pronouns = finding.pronoun_mentions(text, lang)
        self.dates = find_dates(text, published)
        self.people = People(lang)
        self.slot_finder = SlotFinder(text, lang, self.sentences, self.mentions, self.pronouns,
                                      self.people)
        self.claims: list[dict[str, object]] = []
        self.seen: dict[tuple[str, object], dict[str, object]] = {}  # the first of each
        self.earlier: dict[tuple[str, object], list[PartialDate | None]] = {}
        self.kinds_at: dict[int, list[E]] = {}  # the person claims of each sentence
        self.story_date = story_date(text, published, self.dates)
        self.groups = groups.GroupMemory()
        self.members: list[tuple[Slot, PersonEntry, Sentence, PartialDate | None]] = []
        self.pending_death: carry.PendingDeath | None = None
        self.described: Described | None = None  # someone told of before being named
        self.current = -1
        self.former: set[int] = set()  # ids of entries called "former political prisoner"
        self.profile: profiles.ProfileList | None = None
        self.paragraph = 0
        self.topic_paragraph = -1
        self.topic_people: dict[int, PersonEntry] = {}  # prisoners named in that paragraph
        self.zero_subject = False
        self.in_timeline = False
        self.sentence_triggers: list[Trigger] = []
        self.slots_at: dict[int, list[Slot]] = {}
        self.batch_when: PartialDate | None = None
        self.header_date: PartialDate | None = None  # a paragraph opened by a date alone
        self.not_freed_until = -1  # the end of a block under "Not released:"
        self.stayed_ids: set[int] | None = None  # who stayed behind, read once at the end
        self.listed_at: dict[tuple[str, object], int] = {}  # list members' claims: sentence
        # the last dated trigger of each type: (sentence, date)
        self.dated_event: dict[E, tuple[int, PartialDate]] = {}
        self.same_event: tuple[E, PartialDate] | None = None
        self.same_event_date: dict[int, PartialDate] = {}  # id(claim) → that event's date
        self.section: E | None = None  # the event a heading line ("VERDICTS") gives its rows
        self.section_until = -1

    # -- attachment ---------------------------------------------------------------------
    def _persons_for(self, sent: Sentence, trig: Trigger, slots: list[Slot]) -> list[Slot]:
        t_start, t_end = sent.start + trig.start, sent.start + trig.end
        if trig.rule.enumerates:
            members = attach.list_members(self.text, self.lang, t_end, sent.end, slots)
            if members or trig.rule.needs_group:
                return members
        if trig.rule.noun:
            return owners.noun_persons(self.text, t_start, t_end, slots)
        return attach.verbal_persons(self.text, self.lang, sent.start, trig, slots) or \
            self._including(sent, trig, slots)

    # -- claims ---------------------------------------------------------------------------
    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None,
              again: bool = False) -> None:
        entry = entry or (slot.entry if slot else None)
        if entry is not None and slot is not None and holds.only_a_short_hold(
                kind, self.text, slot, sent, entry, self.slots_at.get(self.current, [])):
            return  # "His father, X, was held for most of the day" and let go: neither
        key: tuple[str, object] = (kind.value, id(entry) if entry else count)
        if key in self.seen and not (again and when not in self.earlier.get(key, [])) and \
                not repeats.another_time(kind, when, self.earlier.get(key, [])):
            old = self.seen[key]
            if self.listed_at.get(key) == self.current and when is not None and \
                    when.precision == Precision.DAY:
                # "Released: • X — left colony No. 17 on 4 July": the line's own day, not
                # the header's
                old["date"], old["date_precision"] = when.iso(), when.precision.value
            if old["date"] is None and when is not None and when.known:
                old["date"], old["date_precision"] = when.iso(), when.precision.value
            if old["destination_country"] is None and country:
                old["destination_country"] = country
            if old["term_months"] is None and term:
                old["term_months"] = term
            return
        person = None
        if slot is not None and entry is not None:
            person = {"name": entry.name, "mention": slot.surface,
                      "person_id": None, "_entry": entry}
        claim: dict[str, object] = {
            "type": kind.value, "person": person,
            "date": when.iso() if when and when.known else None,
            "date_precision": when.precision.value if when and when.known else "unknown",
            "destination_country": country, "term_months": term, "count": count,
            "confidence": round(max(0.05, min(0.99, confidence)), 2),
            "evidence": {"start": sent.start, "end": sent.end, "text": sent.text},
        }
        if when is None and self.same_event is not None and self.same_event[0] == kind:
            self.same_event_date[id(claim)] = self.same_event[1]
        self.seen.setdefault(key, claim)
        self.earlier.setdefault(key, []).append(when)
        self.claims.append(claim)
        if entry is not None:
            self.kinds_at.setdefault(self.current, []).append(kind)
        if kind in (E.SENTENCED, E.DETAINED) and entry is not None and not entry.official:
            # "his wife, X, received four years", «Её брат X был задержан»: a prisoner now
            entry.relative = False
        if kind == E.PARDONED and slot is not None and inside.pardon_frees(sent.text, self.lang):
            # a pardon here is a release: every pardoned prisoner walks out
            self._emit(E.RELEASED, slot, sent, when, confidence - 0.05, entry=entry)

    def _sentence_claims(self, index: int, sent: Sentence) -> None:
        self.current = index
        # "2. Raisa Tsvirko, …": a list number split off as a sentence opens the item after it
        new_paragraph = index == 0 or profiles.starts_paragraph(
            self.text, self.sentences[index - 1].end, sent.start) or \
            profiles.NUMBER_ONLY.match(self.sentences[index - 1].text) is not None
        if profiles.NUMBER_ONLY.match(sent.text):
            return
        self.paragraph += new_paragraph
        if new_paragraph:
            self.header_date = None
        self._heading_ends_list(index, sent)
        # a date alone is a short sentence: the long ones are not scanned (a 5 MB page has
        # thousands of both)
        header = [d for d in self.dates if sent.start <= d.start < sent.end] \
            if len(sent.text) <= 40 else []
        if len(header) == 1 and _DATE_ONLY.fullmatch(
                self.text[sent.start:header[0].start] + self.text[header[0].end:sent.end]):
            self.header_date = header[0].value  # «21 июня 2025 года. Освобождены 14 человек»
            return
        if self._section_heading(sent, new_paragraph):
            return
        slots = self.slot_finder.for_sentence(sent, index)
        self.slots_at[index] = slots
        following = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
        # «Неподтверждённое. В чатах пишут…» (not «Игорь X надеялся.», a person's sentence)
        labelled = index > 0 and not new_paragraph and sentence_hedges.hedge_label(
            self.sentences[index - 1].text, self.lang) and \
            not self.slot_finder.named_in[index - 1]
        self._asked_who(index, sent)  # a question, so before the hedges
        if labelled or sentence_hedges.sentence_blocked(sent.text, self.lang) or \
                reports.denied_by_next(sent.text, following, self.lang) or \
                reports.denied_after_quote(self.sentences, index, self.lang):
            if index in self.trigger_idx:
                self._triggers_of(index, sent, slots, self._outside_the_rumour(
                    sent, following, labelled=bool(labelled)))
            return
        found = list(self.triggers_at[index])
        if self._under_not_freed(index, sent, new_paragraph):
            found = [t for t in found if t.type.value not in cues.FREEING]
        self._so_was(index, sent, slots)
        self._answered_batch(index, sent)
        self._profile_member(index, sent, slots, found, new_paragraph)
        self._note_topic(slots, sent)
        self._named_later(index, sent, slots)
        self.groups.refresh_pardon(index, sent.text)
        if ":" in sent.text or profiles.announces_names(sent.text, self.lang) or \
                profiles.NAME_DASH.search(sent.text):
            self._open_profile(index, sent, found, slots)
        if index in self.trigger_idx:
            self._triggers_of(index, sent, slots, found)
        self._section_row(sent, slots)
        # after the triggers: "X, who was freed in the spring, says police came to his parents"
        self._aftermath(sent, slots)

    def _triggers_of(self, index: int, sent: Sentence, slots: list[Slot],
                     triggers: list[Trigger]) -> None:
        triggers = untangle(sent.text, triggers)
        self.sentence_triggers = triggers
        blockers = date_blockers(sent, triggers)
        dates = [d for d in self.dates if sent.start <= d.start < sent.end]
        first = min((t.start for t in triggers), default=0)
        self.zero_subject = bool(triggers) and (profiles.subjectless(sent.text[:first]) or (
            profiles.timeline_entry(sent.text)
            and not any(s.start < sent.start + first for s in slots)))
        for trig in triggers:
            if trig.rule.needs_group and (not self.groups.open_for(index, trig.type) or (
                    index > 0 and groups.none_covered(self.sentences[index - 1].text))):
                continue  # «Ни один из них в указ не попал. Среди них — X»: not of the batch
            if hedges.trigger_blocked(sent.text, trig, self.lang):
                continue
            self._trigger_claims(sent, trig, slots, dates, blockers)
        self.same_event = None

    def _trigger_claims(self, sent: Sentence, trig: Trigger, slots: list[Slot],
                        dates: list[DateMention], blockers: list[tuple[int, int]]) -> None:
        t_start, t_end = sent.start + trig.start, sent.start + trig.end
        others = [b for b in blockers if b != (t_start, t_end)]
        when, fallback = self._trigger_date(trig, t_start, t_end, dates, blockers)
        # (a verdict list's bare term is never past 25 years: «X — 41 год, инженер» is an age)
        term = arguments.nearest_term(sent.text, trig.start, trig.end, most=300 if
                                      trig.rule.needs_term else None) \
            if trig.type == E.SENTENCED else None
        if trig.rule.needs_term and term is None:
            return
        country = None
        if trig.type in (E.DEPORTED, E.RELEASED):
            country = arguments.destination(sent.text, trig.end, self.lang,
                                            require_prep=trig.type != E.DEPORTED
                                            or trig.rule.needs_country)
            if country is None and trig.type == E.DEPORTED:
                country = arguments.destination_before(sent.text, trig.start, self.lang)
            if country is None and trig.rule.enumerates:
                country = arguments.destination_within(sent.text, trig.start, trig.end,
                                                       self.lang)
            if trig.rule.needs_country and country is None:
                return
            if country and trig.type == E.RELEASED and departures.voluntary_departure(
                    sent.text[trig.end:mention_end(sent.text, trig.end, country)], self.lang):
                country = None  # «освобождённого в 2023 году и вскоре уехавшего в Литву»
        base = _BASE_CONFIDENCE.get(trig.type, 0.8) - (0.1 if fallback else 0.0)
        self._note_group(sent, trig, when, base, country)
        if trig.rule.batch_only:
            return
        persons = self._persons_for(sent, trig, slots) or self._shared_subject(sent, trig, slots) \
            or self._counted_subject(sent, trig) or self._topic_slot(sent, trig)
        persons = persons + self._as_was(sent, trig, slots, persons) + \
            self._taken_with(sent, trig, slots, persons)
        if persons and country and not trig.rule.enumerates and all(
                not s.group and (not s.pronoun or s.surface.lower() in cues.ONE_PERSON)
                for s in persons):
            self.groups.countries.pop(self.current, None)  # one member's way, not the batch's
        if trig.type == E.DIED_IN_CUSTODY and not persons:
            self.pending_death = carry.PendingDeath(self.current, base - 0.1)
        if not persons and not trig.rule.enumerates and not trig.rule.needs_group:
            self._note_described(sent, trig, when, base, term, country)
        entries = [(s, e) for s in persons for e in (s.entry, *s.group)]
        kinds = self.groups.inherited(self.current, trig.rule, sent.text)
        if kinds == {E.DETAINED} and self.groups.recent(self.current, reach=1) is None:
            return  # an arrest's member list follows it at once
        if trig.rule.enumerates:  # a member list keeps its batch open for the next list
            for kind in kinds:
                self.groups.add(self.current, kind)
        if trig.rule.needs_group and kinds and not kinds & {E.RELEASED, E.PARDONED}:
            # "recognised four ... Among them", "five miners were detained … Among them": the
            # members take the batch's own event, never a release
            for slot, entry in entries:
                for kind in sorted(kinds, key=lambda k: k.value):
                    self._emit(kind, slot, sent, when, base - 0.1, entry=entry)
            return
        # "was also freed"; "Среди освобождённых есть X" names the batch however far back
        member = trig.type == E.RELEASED and (trig.rule.enumerates or cues.ALSO.search(
            sent.text) is not None) and (self.groups.near_group(self.current) or (
                trig.rule.enumerates and not trig.rule.needs_group
                and self.groups.kinds_before(self.current)))
        for slot, entry in entries:
            if E.PARDONED in kinds and not entry.relative and not self._called_former(slot):
                # "Among them was X" after a pardon; not "former political prisoner X, freed…"
                self._emit(E.PARDONED, slot, sent, when, base - 0.1, entry=entry)
            if member:
                self.members.append((slot, entry, sent, when))
            own = term
            if trig.type == E.SENTENCED and (len(entries) > 1 or term is None):
                # (or the object stands after a long description: its term follows the name)
                rel = slot.end - sent.start
                own = arguments.nearest_term(sent.text, rel, rel, max_gap=35) or term
            self._claim_for(trig, slot, entry, sent, when, base, own, country)
            if trig.type == E.SOLITARY_CONFINEMENT:  # "twice: in November …, and in December"
                for later in stints.later_stints(sent.text, sent.start, dates, when):
                    self._emit(trig.type, slot, sent, later, base - 0.1, entry=entry,
                               again=True)
        if not persons or trig.rule.noun:
            return
        self._elliptical_claims(sent, trig, slots, persons, others, when, base, term, country)

    def _claim_for(self, trig: Trigger, slot: Slot, entry: PersonEntry, sent: Sentence,
                   when: PartialDate | None, base: float, term: int | None,
                   country: str | None) -> None:
        conf = base - (0.15 if slot.pronoun else 0.0) - (0.1 if trig.rule.noun else 0.0)
        if trig.type == E.RELEASED:
            self._emit(E.RELEASED, slot, sent, when, conf, entry=entry)
            # (a refusal to go counts as a departure of one's own: no removal either)
            if country and not departures.voluntary_departure(sent.text, self.lang) and \
                    not cues.STAYED.search(sent.text) and not any(
                        departures.prison_place(sent.text, c.start)
                        for c in find_countries(sent.text) if c.code == country):
                self._emit(E.DEPORTED, slot, sent, when, conf - 0.05, country=country,
                           entry=entry)
        elif trig.type == E.DEPORTED:
            self._emit(E.DEPORTED, slot, sent, when, conf, country=country, entry=entry)
            # a removal abroad is a release abroad: the domain records both
            self._emit(E.RELEASED, slot, sent, when, conf - 0.1, entry=entry)
        else:
            self._emit(trig.type, slot, sent, when if not trig.rule.noun or trig.type
                       != E.SENTENCED else None, conf, term=term, entry=entry)

    def run(self) -> dict[str, object]:
        for i, sent in enumerate(self.sentences):
            self._sentence_claims(i, sent)
        self._member_removals()
        self._freed_with_the_batch()
        self._drop_stayed_behind()
        self._drop_moved_members()
        self._pardoned_members()
        self._drop_aftermath_of_the_never_held()
        self._drop_retracted()
        self._drop_freed_dead()
        self._drop_dead_after_release()
        self._drop_wrong_reports()
        self._drop_unanswered()
        self._recount()
        self._date_same_event_claims()
        silences.date_silences(self.claims, self.text, self.sentences, self.dates)
        decrees.date_pardons(self.claims, self.text, self.sentences, self.dates)
        self.claims = twins.merge_declined_twins(self.claims, self.people, self.text)
        # a bare word never tied to a full name is not enough to claim
        self.claims = [c for c in self.claims
                       if not (isinstance(c["person"], dict) and c["person"]["_entry"].partial)]
        for claim in self.claims:
            person = claim["person"]
            if isinstance(person, dict):
                entry = person.pop("_entry")
                person["name"] = entry.name
                if self.linker is not None:
                    person["person_id"] = self.linker(entry.name)
        return {"published": self.published.isoformat() if self.published else None,
                "language": self.lang, "claims": self.claims}


def extract(text: str, *, published: date | None = None, lang: str | None = None,
            known_names: Iterable[str] = (), linker: Linker | None = None) -> dict[str, object]:
    """Claims of TEXT in the shape of the extraction contract.

    PUBLISHED anchors relative dates; LANG (en/ru/be) skips detection; KNOWN_NAMES (name
    variants from the registry) seed the name finders; LINKER maps a full name to a registry
    person id (or None) and fills ``person.person_id``.
    """
    if not isinstance(text, str):
        raise ExtractionError("text must be a string")
    if lang is not None and lang not in LANGUAGES:
        raise ExtractionError(f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)}")
    language = lang or detect_language(text)
    if not text.strip():
        return {"published": published.isoformat() if published else None,
                "language": language, "claims": []}
    return _Doc(text, language, published, known_names_of(known_names), linker).run()
