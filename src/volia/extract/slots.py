"""The people a sentence offers its triggers: named mentions, resolved pronouns, plural
references ("both men", «обоих»), spouses named by the relation only, and short descriptions
("the laureate") of someone named earlier."""

from __future__ import annotations

import re
from bisect import bisect_right

from volia.extract import ages, cues, finding, references, speakers, trades
from volia.extract.attach import Slot
from volia.extract.gaps import _FRONTED, _LEFT_OUT
from volia.extract.gaps import UNNAMED_PERSON as _UNNAMED_PERSON
from volia.extract.mentions import Mention
from volia.extract.name_forms import same_family
from volia.extract.people import People, PersonEntry
from volia.extract.sentences import Sentence

# How many sentences back "they" may look for the people it means ("all three" looks back
# to the start of the report).
_GROUP_REACH = 8
# A name owned by the noun before it: someone's cellmate or colleague («сокамерником X»)
_OWNER_OF_NOUN = re.compile(r"(?<!\w)(?:сокамерник|сукамернік|коллег|калег|подельник|сосед|сусед"
                            r"|подзащитн|падабаронн|клиент|кліент)"
                            r"\w*\s+$|\b(?:cellmate|colleague|co-defendant|neighbou?r|client|classmate"
                            r"|pupil|student)s?\s+of\s+$",
                            re.IGNORECASE)
# What may stand before a sentence's subject: a bullet, a title or a trade ("Student X")
_LEAD_WORDS = re.compile(r"\W{0,3}(?:(?-i:[A-ZА-ЯЁІЎ])[a-zа-яёіў-]+\s+)?$")
# A pronoun that opens its sentence ("He was let go", «Его задержали в марте»)
_OPENS = re.compile(r"\W*(?:[A-ZА-ЯЁІЎ][\w-]+:\s*)?$")  # ("Recap: he …": after a label too)
# object pronouns: «её отпустили» after a relative is the relative ("She was released" is not)
_OBLIQUE = frozenset({"her", "him", "them", "её", "ее", "его", "их", "яе", "яго", "іх"})
# between the comma closing a fronted clause and the main clause's subject: "the 31-year-old"
_SUBJECT_GAP = re.compile(r",\s*(?:[a-zа-яёіў0-9][\w-]*\s+){0,3}$")


class SlotFinder:
    """Builds the slots of each sentence of one report, in reading order."""

    def __init__(self, text: str, lang: str, sentences: list[Sentence], mentions: list[Mention],
                 pronouns: list[Mention], people: People) -> None:
        self.text, self.lang, self.sentences = text, lang, sentences
        self.mentions, self.pronouns, self.people = mentions, pronouns, people
        self.current = -1
        self.last_group: tuple[int, tuple[PersonEntry, ...]] | None = None
        self.paragraph_of = _paragraphs(text, sentences)
        # each sentence's mentions, found once (a long page has thousands of both)
        self.named_in = _by_sentence(mentions, sentences)
        self.pronouns_in = _by_sentence(pronouns, sentences)
        self.voices = speakers.find_voices(text, lang, mentions, pronouns)

    def for_sentence(self, sent: Sentence, current: int) -> list[Slot]:
        """Every person a trigger of SENT (the CURRENT sentence) can take, in text order."""
        self.current = current
        slots: list[Slot] = []
        named = self.named_in[current]
        entries: list[PersonEntry] = []
        for m in named:
            entry = self.people.add(m, sent.text, sent.start)
            entries.append(entry)
            slots.append(Slot(m.start, m.end, entry, m.text, False,
                              finding.possessive_after(self.text, m.end, self.lang)))
        for m in self.pronouns_in[current]:
            pairs = list(zip(named, entries, strict=True))
            fronted = _FRONTED.match(self.text[sent.start:m.start]) is not None
            # "Unlike Maksim, he was let out": the one set apart is not meant
            contrasted = tuple(e for n, e in pairs if n.end <= m.start and _LEFT_OUT.search(
                self.text, max(sent.start, n.start - 25), n.start))
            target = self.people.resolve_pronoun(
                m.gender, m.start, [e for n, e in pairs if n.end <= m.start],
                [e for n, e in pairs if n.start > m.start and self._opens_main_clause(m, n)],
                fronted, m.text.lower() in _OBLIQUE, contrasted)
            if target is None:
                continue
            if not any(n.end <= m.start for n in named) and \
                    _UNNAMED_PERSON.search(self.text, sent.start, m.start):
                continue  # "police detained a student …; he was fined and released"
            if _TOLD.search(self.text, max(sent.start, m.start - 16), m.start) and \
                    _THAT_AFTER.match(self.text, m.end):
                continue  # "He told her that he was taken out": she is only told
            if not pairs or pairs[0][0].start > m.start:
                target = self._subject_before(current, m, target)
            else:
                target = self._subject_within(sent, m, target, pairs)
            slots.append(Slot(m.start, m.end, target, m.text, True,
                              finding.pronoun_is_possessive(self.text, m, self.lang)))
        self._reference_slots(sent, slots)
        self._voice_slots(sent, slots)
        if self.lang == "en":
            ages.age_slots(self.text, sent, slots, self.mentions, self.people)
        prev = self.sentences[current - 1] if current > 0 else None
        slots += trades.trade_slots(self.text, self.lang, sent, slots, self.people, prev)
        for m, entry in zip(named, entries, strict=True):
            trades.note_trades(self.text, self.lang, sent, m, entry)
        return sorted(slots, key=lambda s: s.start)

    def _opens_main_clause(self, pronoun: Mention, named: Mention) -> bool:
        """True when NAMED is the subject right after the fronted clause that holds PRONOUN
        ("After her release, Larysa..."), not a later name ("..., men visited her mother, X")."""
        comma = self.text.find(",", pronoun.end, named.start)
        return comma >= 0 and _SUBJECT_GAP.match(self.text, comma, named.start) is not None

    def _subject_before(self, current: int, pronoun: Mention, target: PersonEntry) -> PersonEntry:
        """A sentence-initial pronoun continues the previous sentence's subject, not a name
        that sentence took after a preposition: "X was detained with Y that evening. He was
        let go three days later" is X."""
        if current < 1 or not _OPENS.match(self.text, self.sentences[current].start,
                                           pronoun.start) or \
                self.paragraph_of[current] != self.paragraph_of[current - 1]:
            return target
        before = self.sentences[current - 1]
        named = [m for m in self.named_in[current - 1] if m.start in self.people.by_mention]
        if len(named) < 2:
            return target
        first, last = named[0], named[-1]
        lead = self.text[max(before.start, last.start - 20):last.start]
        if _OWNER_OF_NOUN.search(lead):  # «над X, бывшим сокамерником Y»: X, the one told of
            first = named[-2]
        elif not _LEAD_WORDS.match(self.text, before.start, first.start) or \
                not cues.OBJECT_OF[self.lang].search(lead[-12:]):
            return target  # (the subject may follow a title: "Student X, who … with Y, was")
        subject = self.people.by_mention[first.start]
        if self.people.by_mention[last.start] is not target or subject is target or \
                subject.non_prisoner or (pronoun.gender and subject.gender not in (
                    pronoun.gender, "")):
            return target
        return subject

    def _subject_within(self, sent: Sentence, pronoun: Mention, target: PersonEntry,
                        pairs: list[tuple[Mention, PersonEntry]]) -> PersonEntry:
        """A pronoun opening a new clause goes on about the sentence's subject, not a name the
        clause before took after a preposition: «X, которого задержали вместе с Y, признал
        вину; его осудили» is X."""
        before = [(n, e) for n, e in pairs if n.end <= pronoun.start]
        if len(before) < 2 or ";" not in self.text[before[-1][0].end:pronoun.start]:
            return target
        (first, subject), (last, entry) = before[0], before[-1]
        lead = self.text[max(sent.start, last.start - 12):last.start]
        if entry is not target or subject is target or subject.non_prisoner or \
                not cues.OBJECT_OF[self.lang].search(lead) or \
                cues.OBJECT_OF[self.lang].search(self.text[max(sent.start, first.start - 12):
                                                           first.start]) or \
                (pronoun.gender and subject.gender not in (pronoun.gender, "")):
            return target
        return subject

    def _reference_slots(self, sent: Sentence, slots: list[Slot]) -> None:
        """Plural references and spouses named by the relation only."""
        def free(start: int, end: int) -> bool:
            return not any(s.start < end + 3 and start < s.end for s in slots)

        for start, end, n in references.plural_references(sent.text, self.lang):
            group = self._recent_group(n, sent.start + start)
            lo, hi = sent.start + start, sent.start + end
            if group and not n and self.last_group is not None and \
                    self.current - self.last_group[0] <= 2:
                # «Усіх сямёх затрымалі … Ім было прад'яўлена абвінавачванне»: «ім» is "them"
                # right after a group, not "him"
                slots[:] = [s for s in slots if not (s.pronoun and s.start < hi and lo < s.end)]
            if group and free(sent.start + start, sent.start + end):
                slots.append(Slot(sent.start + start, sent.start + end, group[0],
                                  sent.text[start:end], True, False, tuple(group[1:])))
        for match in _CLIENT.finditer(sent.text):
            # "Lapitski's lawyer said his client had been charged": the client is Lapitski
            owner = [s for s in slots if not s.pronoun and s.start - sent.start == match.start()]
            lo, hi = sent.start + match.start("client"), sent.start + match.end("client")
            if owner and not owner[0].entry.non_prisoner:
                slots[:] = [s for s in slots if not (s.pronoun and lo <= s.start < hi)]
                if free(lo, hi):
                    slots.append(Slot(lo, hi, owner[0].entry, match.group("client"), True,
                                      False))
        for start, end, gender in references.kin_references(sent.text, self.lang):
            target = self._only_prisoner(gender, sent.start + start)
            if target is not None and free(sent.start + start, sent.start + end):
                slots.append(Slot(sent.start + start, sent.start + end, target,
                                  sent.text[start:end], True, False))
        for start, end, gender in references.spouse_references(sent.text, self.lang):
            named_here = [s.entry for s in slots if not s.pronoun and s.start < sent.start + start]
            target = self._spouse(gender, sent.start + start, named_here)
            lo, hi = sent.start + start, sent.start + end
            if target is not None:  # "his wife" is one reference, not "his" and a wife
                slots[:] = [s for s in slots if not (s.pronoun and s.possessive
                                                     and lo <= s.start < hi)]
            if target is not None and free(sent.start + start, sent.start + end):
                slots.append(Slot(sent.start + start, sent.start + end, target,
                                  sent.text[start:end], True, False))

    def _voice_slots(self, sent: Sentence, slots: list[Slot]) -> None:
        """"I" in an interview's answers or a quote, "you" in its questions: the speaker."""
        for voice in self.voices:
            if voice.end <= sent.start or voice.start >= sent.end:
                continue
            speaker = self._speaker(voice.mention)
            if speaker is None or speaker.non_prisoner:
                continue
            table = speakers.SECOND_PERSON if voice.question else speakers.FIRST_PERSON
            lo, hi = max(voice.start, sent.start), min(voice.end, sent.end)
            found = list(table[self.lang].finditer(self.text, lo, hi))
            if voice.answer and not speaker.relative:
                # «Нас задержали вместе», "we were taken": the speaker among them
                found += list(speakers.WE_UNDERGOING[self.lang].finditer(self.text, lo, hi))
            for match in found:
                start, end = match.start(), match.end()
                if any(s.start < end and start < s.end for s in slots):
                    continue
                slots.append(Slot(start, end, speaker, match.group(0), True,
                                  speakers.POSSESSIVE.match(match.group(0)) is not None))

    def in_dialogue(self, sent: Sentence) -> bool:
        """True when SENT is part of an interview's questions or answers."""
        return any((v.answer or v.question) and v.start <= sent.end and sent.start < v.end
                   for v in self.voices)

    def answering(self, sent: Sentence) -> PersonEntry | None:
        """The prisoner whose interview answer or transcript turn SENT belongs to."""
        for voice in self.voices:
            if voice.answer and voice.start <= sent.end and sent.start < voice.end:
                speaker = self._speaker(voice.mention)
                return None if speaker is None or speaker.non_prisoner else speaker
        return None

    def _speaker(self, mention: Mention) -> PersonEntry | None:
        if mention.pronoun:
            return self.people.resolve_pronoun(mention.gender, mention.start, [], [], False)
        return self.people.known(mention)

    def _recent_group(self, n: int, at: int) -> list[PersonEntry]:
        """The N prisoners a plural reference before AT means ("both men", «всех троих»), or
        for N = 0 ("they") the two or more named in the last sentence that names anyone.

        The group is the one a plural reference meant last, if more recent; else the last N
        named together in one sentence; else the N named one by one in one paragraph. Within
        the reference's own paragraph, fewer than N named prisoners make it ambiguous."""
        last = self.last_group
        if n == 0 and last is not None and self.current - last[0] <= 2:
            # not when two or more were named together since ("the three were moved … On
            # Tuesday A and B were pardoned. They were among 29"): "they" are those two
            for index in range(self.current, last[0], -1):
                since = self._prisoners_in(index, at)
                if len(since) >= 2:
                    return self._remember(since)
            return list(last[1])
        paragraph = self.paragraph_of[self.current]
        gathered: list[PersonEntry] = []
        crossed = 0  # paragraphs whose prisoners are gathered together
        reach = _GROUP_REACH if n == 0 else self.current
        for index in range(self.current, max(0, self.current - reach) - 1, -1):
            if n and last is not None and len(last[1]) == n and last[0] >= index:
                return self._remember(list(last[1]))  # "all three", said again later
            if self.paragraph_of[index] != paragraph:
                if n and len(gathered) == n:
                    return self._remember(gathered)
                if n and paragraph == self.paragraph_of[self.current] and gathered:
                    return []  # someone else is named right here: ambiguous
                # "The three were detained": the three may be named over the two paragraphs
                # before (or the lines of a verdict list), but no more than three of them
                crossed += bool(gathered) and not self._list_line(index + 1)
                if not n or len(gathered) > n or crossed > 1:
                    gathered, crossed = [], 0
                paragraph = self.paragraph_of[index]
            seen = self._prisoners_in(index, at)
            if n and len(seen) >= n:
                return self._remember(seen[-n:])
            if not n and seen:
                return self._remember(seen) if len(seen) >= 2 else []
            gathered = [e for e in seen if e not in gathered] + gathered
        if n and len(gathered) == n:
            return self._remember(gathered)
        return list(last[1]) if n and last is not None and len(last[1]) == n else []

    def _list_line(self, index: int) -> bool:
        """True when sentence INDEX is a paragraph of its own and a short one: a line of a
        list ("Ihar Mazurau — five years;")."""
        of = self.paragraph_of
        alone = (index == 0 or of[index - 1] != of[index]) and \
            (index + 1 >= len(of) or of[index + 1] != of[index])
        return alone and len(self.sentences[index].text) <= 100

    def _prisoners_in(self, index: int, at: int) -> list[PersonEntry]:
        seen: list[PersonEntry] = []
        for m in self.named_in[index]:
            entry = self.people.by_mention.get(m.start)
            if m.start < at and entry is not None and not entry.non_prisoner and \
                    not entry.partial and entry not in seen:
                seen.append(entry)
        return seen

    def remember_group(self, group: list[PersonEntry]) -> None:
        """GROUP was just referred to as a whole ("All seven were detained"): "they" next."""
        self._remember(group)

    def _remember(self, group: list[PersonEntry]) -> list[PersonEntry]:
        self.last_group = (self.current, tuple(group))
        return group

    def _only_prisoner(self, gender: str, at: int) -> PersonEntry | None:
        """The one prisoner of GENDER named before AT (a relative's "my son" means them)."""
        pool = [e for e in self.people.entries if 0 <= e.last_seen < at and not e.non_prisoner
                and not e.partial and e.gender in (gender, "")]
        return pool[0] if len(pool) == 1 else None

    def _spouse(self, gender: str, at: int,
                named_here: list[PersonEntry] | None = None) -> PersonEntry | None:
        """The prisoner a relative of the other gender calls husband (wife)."""
        other = "f" if gender == "m" else "m"
        spouses = [e for e in named_here or [] if e.gender == other]
        if spouses:  # «Не освобождён и Виктор К., хотя … после освобождения жены»: his wife
            family = [e for e in self.people.entries if e.gender == gender and 0 <= e.last_seen
                      < at and same_family(e.surname, spouses[-1].surname)]
            if family:
                return family[-1]
        seen = sorted((e for e in self.people.entries if 0 <= e.last_seen < at),
                      key=lambda e: e.last_seen)
        speakers = [e for e in seen if e.gender == other]
        if not speakers:
            return None
        if not speakers[-1].relative:  # "Pavel Sobol …, while his wife": a prisoner's spouse
            owner = speakers[-1]
            family = [e for e in seen if e.gender == gender and not e.non_prisoner
                      and not e.partial and same_family(e.surname, owner.surname)]
            return family[-1] if family else None
        targets = [e for e in seen if e.gender == gender and not e.non_prisoner
                   and not e.partial]
        return targets[-1] if targets else None

# the one told something ("told her that", «сказаў ёй, што»): no part of what she is told
_TOLD = re.compile(r"(?:\b(?:told|tells|tell|asked|informed|assured|warned|reminded)"
                   r"|(?<!\w)(?:сказал\w*|сообщил\w*|рассказал\w*|написал\w*|сказаў|сказала"
                   r"|паведаміў|паведаміла|расказаў|расказала|напісаў|напісала))\s+$",
                   re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+that\b|\s*,\s*(?:что|што)(?!\w)", re.IGNORECASE)
_CLIENT = re.compile(r"[A-Z][\w'’-]+['’]s?\s+(?:defen[cs]e\s+)?(?:lawyer|attorney)\b[^.;]{0,80}?\b"
                     r"(?P<client>(?:his|her)\s+client)\b")


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """The paragraph number of each sentence (a line break starts a new paragraph)."""
    out: list[int] = []
    number, previous_end = 0, 0
    for sent in sentences:
        number += "\n" in text[previous_end:sent.start]
        out.append(number)
        previous_end = sent.end
    return out


def _by_sentence(mentions: list[Mention], sentences: list[Sentence]) -> list[list[Mention]]:
    """MENTIONS grouped by the sentence each starts in (in their own order)."""
    starts = [sent.start for sent in sentences]
    out: list[list[Mention]] = [[] for _ in sentences]
    for m in mentions:
        index = bisect_right(starts, m.start) - 1
        if index >= 0 and m.start < sentences[index].end:
            out[index].append(m)
    return out
