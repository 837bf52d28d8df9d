"""Persecution after release, as claims: the cues of ``aftermath`` said of someone the report
has shown as freed (mixed into ``engine._Doc``), and the clean-up that drops such claims for
people never held ("a case opened in absentia" against someone who left before any arrest)."""

from __future__ import annotations

import re

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import aftermath, arguments, cues, hedges
from volia.extract.attach import Slot
from volia.extract.people import People, PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.when import DateMention

_DETENTION = re.compile(r"(?<!\w)(?:detain\w*|arrest\w*|задерж\w+|арест\w*|затрым\w+|арышт\w*)",
                        re.IGNORECASE)


class AftermathClaims:
    """What ``engine._Doc`` provides, and the aftermath claims made from it."""

    text: str
    lang: str
    dates: list[DateMention]
    people: People
    former: set[int]
    seen: dict[tuple[str, object], dict[str, object]]
    claims: list[dict[str, object]]

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _aftermath(self, sent: Sentence, slots: list[Slot]) -> None:
        """Searches, visits, summons, threats, new cases: said of someone already freed."""
        for s in slots:
            if not s.pronoun and aftermath.former_prisoner(self.text, s.start):
                self.former.add(id(s.entry))
        # freed before this sentence, or in a clause of its own here ("X, who was freed in the
        # spring, says police came"); not "released in the courtroom under police supervision"
        aside = cues.FREED_ASIDE.search(sent.text) is not None
        freed = [e for e in self.people.entries if not e.non_prisoner and (
            id(e) in self.former or (self._freed_before(e, sent) or aside) and (
                E.RELEASED.value, id(e)) in self.seen)]
        if not freed:
            return
        if _DETENTION.search(sent.text):
            return  # a new arrest is a detention, told as such
        others = [s for s in slots if not s.pronoun and not s.entry.non_prisoner
                  and s.entry not in freed]
        dates = [d for d in self.dates if sent.start <= d.start < sent.end]
        for start, end in aftermath.cues(sent.text, self.lang):
            head = sent.text[max(0, start - 35):start]
            # "not aware of any new case", "had not been summoned"
            if re.search(r"(?<!\w)(?:not|never|no|не|ни|ні)\s+(?:(?!(?:and|but|и|а|но|і|ды)\b)"
                         r"\w+\s+){0,3}$", head,
                         re.IGNORECASE) \
                    or hedges.EMBEDDED_QUESTION.search(sent.text[:start]) or \
                    _GENERIC.search(sent.text[:start]) or \
                    _MAYBE.search(sent.text[max(0, start - 60):start]):
                continue  # "what happens to people who stay: they get a new case"; "may be"
            cue = sent.start + start
            near = sorted((s for s in slots if s.entry in freed),
                          key=lambda s: abs(s.start - cue))
            if near:
                slot, entry = near[0], near[0].entry
            elif len(freed) == 1 and not others:  # the one freed person the report is about
                entry = freed[0]
                slot = Slot(cue, sent.start + end, entry, entry.name, True, False)
            else:
                continue
            when = arguments.nearest_date(dates, cue, sent.start + end, [], text=self.text)
            self._emit(E.PERSECUTED_AFTER_RELEASE, slot, sent, when,
                       0.7 - (0.1 if slot.pronoun else 0.0), entry=entry)
            return

    def _freed_somewhere(self, entry: PersonEntry, claim: dict[str, object]) -> bool:
        """A freeing word next to any mention of ENTRY, or a "new" case in the claim."""
        evidence = claim["evidence"]
        if isinstance(evidence, dict) and cues.AFTER_FREEDOM.search(str(evidence["text"])):
            return True
        return any(cues.AFTER_FREEDOM.search(self.text[max(0, m.start - 120):m.end + 120])
                   for m in entry.mentions)

    def _freed_before(self, entry: PersonEntry, sent: Sentence) -> bool:
        claim = self.seen.get((E.RELEASED.value, id(entry)))
        evidence = claim["evidence"] if claim else None
        return isinstance(evidence, dict) and evidence["start"] != sent.start

    def _called_former(self, slot: Slot) -> bool:
        """True when "former political prisoner" stands before the name of SLOT."""
        return not slot.pronoun and aftermath.former_prisoner(self.text, slot.start)

    def _drop_aftermath_of_the_never_held(self) -> None:
        """A persecution claim needs a person the report shows as once freed."""
        freed = {id(c["person"]["_entry"]) for c in self.claims
                 if isinstance(c["person"], dict) and c["type"] in cues.FREEING}
        self.claims = [c for c in self.claims if not (
            c["type"] == E.PERSECUTED_AFTER_RELEASE.value and isinstance(c["person"], dict)
            and id(c["person"]["_entry"]) not in freed | self.former
            and not self._freed_somewhere(c["person"]["_entry"], c))]
        # a case opened in absentia against someone freed is the pressure, not a new charge
        # (unless the report says "charged")
        pressure = {(id(c["person"]["_entry"]), _span(c)) for c in self.claims
                    if c["type"] == E.PERSECUTED_AFTER_RELEASE.value
                    and isinstance(c["person"], dict) and _IN_ABSENTIA.search(_text(c))
                    and not _CHARGE_WORD.search(_text(c))}
        self.claims = [c for c in self.claims if not (
            c["type"] == E.CHARGED.value and isinstance(c["person"], dict)
            and (id(c["person"]["_entry"]), _span(c)) in pressure)]


_GENERIC = re.compile(r"(?<!\w)(?:people|those|anyone|everyone)\s+who\b"
                      r"|\b(?:pardoned|released|freed|former)\s+(?:political\s+)?prisoners\s+are\b"
                      r"|(?<!\w)(?:тех|всех|каждого"
                      r"|тых|усіх|кожнага),?\s+(?:кто|хто)(?!\w)", re.IGNORECASE)
# A cue that is only feared or expected: «могуць паставіць пад нагляд», "are often placed"
_MAYBE = re.compile(r"(?<!\w)(?:may|might|could|would|will|fears?|feared|often|usually|typically"
                    r"|обычно|как\s+правило|звычайна|як\s+правіла"
                    r"|могут|может|могли|будут|боятся|опасаются|могуць|можа|будуць|баяцца)(?!\w)",
                    re.IGNORECASE)
_IN_ABSENTIA = re.compile(r"in\s+absentia|заочн\w*|завочн\w*", re.IGNORECASE)
_CHARGE_WORD = re.compile(r"(?<!\w)(?:charged|charges?|indicted|обвин\w+|абвінав\w+)(?!\w)",
                          re.IGNORECASE)


def _span(claim: dict[str, object]) -> object:
    evidence = claim["evidence"]
    return evidence.get("start") if isinstance(evidence, dict) else None


def _text(claim: dict[str, object]) -> str:
    evidence = claim["evidence"]
    return str(evidence.get("text", "")) if isinstance(evidence, dict) else ""
