"""Clauses that lend an event to someone the trigger does not name: the named part of a
counted group ("detained six people, including X"), "So was X" after an event, elliptical clauses
that share the verb (", а Колесникову — в Украину"), and the parts of a hedged sentence that
stand outside the rumour (mixed into ``engine._Doc``)."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import (
    arguments,
    attach,
    cues,
    groups,
    hedges,
    references,
    reports,
    sentence_hedges,
)
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.triggers import Trigger, find_triggers

# ", as was X", «, как и X», «, як і X»: the next name shares the verb before it
_AS_WAS = {
    "en": re.compile(r",\s+as\s+(?:was|were|did|had|has)\s+(?:also\s+)?", re.IGNORECASE),
    "ru": re.compile(r",\s+как\s+и\s+", re.IGNORECASE),
    "be": re.compile(r",\s+як\s+і\s+", re.IGNORECASE),
}

# "were flown to Germany with Feldner": a removal takes a plain "with" too
_WITH = re.compile(r"\bwith\s+", re.IGNORECASE)
_TOGETHER = {
    "en": re.compile(r"\b(?:together\s+with|along\s+with|alongside)\s+", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)вместе\s+с[оа]?\s+", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)разам\s+з[ао]?\s+", re.IGNORECASE),
}


class ClauseClaims:
    """What ``engine._Doc`` provides, and the claims these clauses make from it."""

    text: str
    lang: str
    groups: groups.GroupMemory
    kinds_at: dict[int, list[E]]
    members: list[tuple[Slot, PersonEntry, Sentence, PartialDate | None]]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _claim_for(self, trig: Trigger, slot: Slot, entry: PersonEntry, sent: Sentence,
                   when: PartialDate | None, base: float, term: int | None,
                   country: str | None) -> None:
        raise NotImplementedError

    def _elliptical_claims(self, sent: Sentence, trig: Trigger, slots: list[Slot],
                           persons: list[Slot], others: list[tuple[int, int]],
                           when: PartialDate | None, base: float, term: int | None,
                           country: str | None) -> None:
        """Names in a clause that shares the trigger's verb and carries its own term or
        destination: ", а Колесникову — в Украину", "and Daria Losik to two"."""
        t_end = sent.start + trig.end
        for slot in slots:
            if slot in persons or slot.entry.non_prisoner or not references.elliptical(
                    self.text, t_end, slot.start, slot.end, sent.end) or any(
                    t_end <= b[0] < slot.start for b in others):
                continue
            rel = slot.end - sent.start
            own = references.elliptical_term(sent.text, rel, self.lang, term) \
                if trig.type == E.SENTENCED else None
            there = arguments.destination(sent.text, rel, self.lang, require_prep=False,
                                          window=30) if country else None
            if (trig.type == E.SENTENCED and own is None) or (country and there is None):
                continue
            self._claim_for(trig, slot, slot.entry, sent, when, base - 0.1, own, there)

    def _as_was(self, sent: Sentence, trig: Trigger, slots: list[Slot],
                persons: list[Slot]) -> list[Slot]:
        """"X was also in the group, as was Lithuanian citizen Y", «…, как и X»: the named
        person after the comparison shares the event."""
        if not persons or trig.rule.noun:
            return []
        match = _AS_WAS.get(self.lang, _AS_WAS["en"]).search(sent.text, trig.end)
        if match is None or "," in sent.text[trig.end:match.start()]:
            return []  # the comparison ends the trigger's own clause
        nxt = _next_named(slots, sent.start + match.end(), persons, relatives=False)
        return [nxt] if nxt is not None and nxt.start - (sent.start + match.end()) <= 40 else []

    def _taken_with(self, sent: Sentence, trig: Trigger, slots: list[Slot],
                    persons: list[Slot]) -> list[Slot]:
        """"X was detained together with his son Y", «задержали вместе с соседом Y»: the
        companion was detained too (a relative as well: he is in custody now); "were both
        flown to Germany with Feldner": the prisoner named after "with" went too."""
        if trig.type not in (E.DETAINED, E.DEPORTED) or not persons or trig.rule.noun:
            return []
        together = _WITH if trig.type == E.DEPORTED and self.lang == "en" else _TOGETHER.get(
            self.lang, _TOGETHER["en"])
        match = together.search(sent.text, trig.end)
        if match is None or match.start() - trig.end > 40 or ";" in sent.text[
                trig.end:match.start()]:
            return []
        start = sent.start + match.end()
        nxt = _next_named(slots, start, persons, relatives=trig.type == E.DETAINED)
        if nxt is None or nxt.start - start > 50 or re.search(r"[,;.]",
                                                              self.text[start:nxt.start]):
            return []
        return [nxt]

    def _including(self, sent: Sentence, trig: Trigger, slots: list[Slot]) -> list[Slot]:
        """"Police detained six people, including X and Y": the named part of a counted
        subject or object takes the verb."""
        match = cues.INCLUDING.get(self.lang, cues.INCLUDING["en"]).search(sent.text, trig.end) or \
            cues.COUNTED_LIST.get(self.lang, cues.COUNTED_LIST["en"]).search(sent.text, trig.end)
        if match is None or match.start() - trig.end > 60 or \
                ";" in sent.text[trig.end:match.start()] or hedges.demands(sent.text):
            return []
        return attach.list_members(self.text, self.lang, sent.start + match.end(), sent.end,
                                   slots)

    def _so_was(self, index: int, sent: Sentence, slots: list[Slot]) -> None:
        """"… was also released. So was Vera Sakalouskaya": the events of the sentence before."""
        named = [s for s in slots if not s.pronoun and not s.entry.non_prisoner]
        if not named or not cues.SO_WAS.match(sent.text):
            return
        before = list(dict.fromkeys(self.kinds_at.get(index - 1, [])))
        freed = [k for k in before if k in (E.RELEASED, E.PARDONED)]
        # a release is the news; another lone event may be ("X was detained. So was Y")
        for kind in freed or (before if len(before) == 1 and before[0] in (
                E.DETAINED, E.CHARGED, E.TRANSFERRED) else []):
            self._emit(kind, named[0], sent, None, 0.6)
            if kind == E.RELEASED and self.groups.near_group(index):
                self.members.append((named[0], named[0].entry, sent, None))

    def _outside_the_rumour(self, sent: Sentence, following: str, *,
                            labelled: bool = False) -> list[Trigger]:
        """The triggers of a hedged sentence that are no part of what it doubts: a term in an
        apposition ("X, sentenced to eight years, was reportedly freed"), and a relative
        clause before a relayed report ("X, who was freed in 2023, learned from state media
        that…")."""
        denied = reports.denied_by_next(sent.text, following, self.lang)
        relayed = None if denied else sentence_hedges.relayed_at(sent.text, self.lang)
        hedge = sentence_hedges.hedge_at(sent.text, self.lang)
        alleged = None if labelled or denied else sentence_hedges.alleged_at(sent.text, self.lang)

        def outside(t: Trigger) -> bool:
            head = sent.text[:t.start]
            if t.type == E.SENTENCED and cues.APPOSED_TERM.search(head) and \
                    not _DEMANDED.search(head):
                # (not «прокурор запросил для неё четыре года, приговор огласят …»: the
                # term before the comma was asked for)
                return True
            if t.type in _CLOSED_CLAUSE_KINDS and hedge is not None and t.end < hedge and \
                    "," in sent.text[t.end:hedge] and cues.RELATIVE_CLAUSE.search(head):
                # "X, who has been held since 2021, gathered … after rumours spread that he
                # would be freed": the clause closed before the rumour began
                return True
            if alleged is not None and t.end <= alleged:
                return True  # "detained over a post he allegedly wrote": the arrest is told
            return relayed is not None and t.end < relayed and \
                cues.RELATIVE_CLAUSE.search(head) is not None

        return [t for t in find_triggers(sent.text, self.lang) if outside(t)]


# A prosecutor's demand: the term after it was asked for, not given
_DEMANDED = re.compile(r"\b(?:asked|asking|demanded|requested)\s+(?:the\s+court\s+)?for\b"
                       r"|\bsought\b"
                       r"|(?<!\w)(?:по|па)?(?:запросил|запрашива|просил|потребовал|запатрабава|прасі)\w*",
                       re.IGNORECASE)


# What a closed relative clause before a hedge may still tell; never a freeing, which a
# hedge later in the sentence may well be about
_CLOSED_CLAUSE_KINDS = {E.DETAINED, E.CHARGED, E.SENTENCED, E.TRANSFERRED}


def _next_named(slots: list[Slot], start: int, persons: list[Slot], *,
                relatives: bool) -> Slot | None:
    """The first person named at or after START who is not yet among PERSONS: no official,
    and no relative unless RELATIVES."""
    for s in slots:
        if s.start >= start and not s.pronoun and not s.possessive and s not in persons and \
                not s.entry.official and (relatives or not s.entry.relative):
            return s
    return None
