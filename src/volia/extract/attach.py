"""Which people a trigger takes: objects after it, subjects before it, inverted subjects
("Also freed was X", «умер политзаключённый X»), and enumerations after a list trigger
("among them were X, a teacher, and Y", «Среди освобождённых — X и Y»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E
from volia.extract import cues, owners
from volia.extract.gaps import (
    _ACTIVE_PAST,
    _ACTIVE_RECOGNITION,
    _AGE_WORDS,
    _ALIKE,
    _ANYONE_WHO,
    _APPOSED,
    _APPOSED_CONNECTOR,
    _ASIDE,
    _COMPANION,
    _COMPANION_AFTER,
    _CONNECTOR,
    _COORDINATED,
    _COUNTED_AFTER,
    _DETERMINER,
    _EN_APPOSED_OBJECT,
    _FINE,
    _INSIDE_RELATIVE,
    _INVERTED,
    _INVERTED_HEAD,
    _KIN_APPOSED,
    _KIN_OBJECT,
    _LEFT_OUT,
    _LIST_STOP,
    _LONG_OBJECT_GAP,
    _LOOSE_GAP,
    _NAMED_COMPANION,
    _NAMED_SOURCE,
    _NAMES_FOLLOW,
    _NOUN_AFTER,
    _OBJECT_GAP,
    _ONE_AGREES,
    _OWN_NOUN,
    _OWNER_APPOS,
    _PASSIVE_BEFORE,
    _PASSIVE_SUBJECT,
    _PLACE_FIRST,
    _PLURAL_HEAD,
    _PLURAL_PAST,
    _PLURAL_WHO,
    _QUOTED,
    _RELATIVE,
    _REPORTED_THAT,
    _SOMEONE_WHO,
    _SOURCE_BEFORE,
    _SUBJECT_GAP,
    _WHICH_DID,
    _WHO,
    _WHOSE,
    _WITH_COMPANION,
)
from volia.extract.mentions import declined
from volia.extract.people import PersonEntry
from volia.extract.triggers import Trigger


@dataclass
class Slot:
    """A person a trigger can take: a named mention or a resolved pronoun."""

    start: int
    end: int
    entry: PersonEntry
    surface: str
    pronoun: bool
    possessive: bool
    group: tuple[PersonEntry, ...] = ()  # the others a plural reference ("both men") means


_RELATIVE_EVENTS = {E.DETAINED, E.CHARGED, E.SENTENCED, E.RELEASED}


def object_gap(text: str, lang: str) -> bool:
    text = _ASIDE.sub(" ", text)
    if lang in ("ru", "be"):
        text = _PLACE_FIRST.sub(" ", _QUOTED.sub("издания", text))
    if _OBJECT_GAP.match(text) or _LOOSE_GAP[lang].match(text):
        return True
    if lang in ("ru", "be") and (_AGE_WORDS.match(text) or _APPOSED.match(text)):
        return True
    return lang == "en" and _OWNER_APPOS.match(text) is not None


def extend(text: str, first: Slot, slots: list[Slot], *, forward: bool,
           trigger_start: int | None = None) -> list[Slot]:
    """FIRST and the names joined to it by "and", commas or «и» in the same direction.

    Going back from a trigger at TRIGGER_START, a name with its own description joins only
    when the trigger is not inside the description of FIRST ("X, a lawyer, and Y, who spent
    a year in solitary": Y alone).
    """
    group = [first]
    ordered = slots if forward else list(reversed(slots))
    current = first
    own = text[first.end:trigger_start] if trigger_start is not None else ""
    apposed = forward or not re.match(r"\s*,", own) or (
        own.strip() != "," and _WHO.search(own) is None)
    for s in ordered:
        if (forward and s.start <= current.start) or (not forward and s.start >= current.start):
            continue
        lo, hi = (current.end, s.start) if forward else (s.end, current.start)
        first_of_pair = s if not forward else current
        if re.match(r"\s*,", text[lo:hi]) and owners.OWNED_BY.search(
                    text[max(0, first_of_pair.start - 30):first_of_pair.start]):
            break  # «брат Константина, Павел»: Konstantin names whose brother Pavel is (and
            # «Коллега Вадима, хоккейный комментатор Артур»)
        if lo <= hi and (_CONNECTOR.match(text[lo:hi]) or (
                apposed and _APPOSED_CONNECTOR.match(text[lo:hi]))):
            group.append(s)
            current = s
        else:
            break
    return group


def prisoners(group: list[Slot], *, keep_relatives: bool = False) -> list[Slot]:
    """The prisoners of GROUP: not officials, and not relatives unless KEEP_RELATIVES."""
    return [s for s in group if not s.entry.official and (keep_relatives or not s.entry.relative)]


def list_members(text: str, lang: str, t_end: int, sent_end: int,
                 slots: list[Slot]) -> list[Slot]:
    """Named prisoners enumerated after a list trigger, up to a negation or a new clause."""
    out: list[Slot] = []
    last = t_end
    stop = _LIST_STOP.get(lang, _LIST_STOP["en"])
    for s in slots:
        if s.start < t_end or s.start >= sent_end or s.pronoun or s.possessive:
            continue
        gap = text[last:s.start]
        if stop.search(_item_gap(gap)) or (":" in gap and len(gap.rsplit(":", 1)[1].split()) > 5):
            break  # ": по данным проекта, он дал показания против X" explains, lists nobody
        last = s.end
        if not s.entry.non_prisoner and all(o.entry is not s.entry for o in out):
            out.append(s)
    return out


# In an enumeration items are separated by ";" and each may carry its own description
# ("X, a teacher from Slutsk, sentenced in 2022 to five years; Y, a pensioner; and Z"). The
# gap before the next name is the tail of the previous item plus the head of the next: only
# the head (after the last ";") decides whether the list goes on.
_ITEM_HEAD = re.compile(r"^\s*(?:and\s+|и\s+|і\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _item_gap(gap: str) -> str:
    """The part of GAP that can stop a list: all of it, or just the next item's head."""
    if ";" not in gap:
        return gap
    head = gap.rsplit(";", 1)[1]
    return head if _ITEM_HEAD.match(head) else gap


# "recognised her as a political prisoner", «признал его политзаключённым»: a his/her-shaped
# pronoun inside the trigger, right before the complement, is the object, not an owner.
_COMPLEMENT = re.compile(r"\s+(?:as\s|полит|паліт)", re.IGNORECASE)


def _object_pronoun(text: str, s: Slot, t_start: int, t_end: int) -> bool:
    return s.pronoun and t_start <= s.start < t_end and \
        _COMPLEMENT.match(text, s.end) is not None


def verbal_persons(text: str, lang: str, sent_start: int, trig: Trigger,
                   slots: list[Slot]) -> list[Slot]:
    """The people a verbal trigger takes: its object (or inverted subject), else its subject.

    A bare capitalised word no full name explains yet ("a teacher from Tula") is tried only
    when no named person fits.
    """
    named = [s for s in slots if not s.entry.partial]
    return _verbal(text, lang, sent_start, trig, named) or \
        _verbal(text, lang, sent_start, trig, slots)


def _speech_before(text: str, start: int, t_start: int, t_end: int) -> list[int]:
    """Where a speech verb with its "that" starts between START and T_START, when what it
    reports has a subject of its own (`_REPORTED_THAT`, which reads up to 200 characters past
    the trigger, within the line)."""
    line_end = text.find("\n", start)
    end = min(t_end + 200, line_end if line_end >= 0 else len(text))
    return [m.start() for m in _REPORTED_THAT.finditer(text, start, end) if m.start() < t_start]


# «задержали соседа журналиста X», «друга политзаключённого X»: X owns the description
_RELATION = re.compile(r"(?<!\w)(?:сосед|друг|подруг|сокамерник|сукамернік|коллег|калег|адвокат"
                       r"|мат[ьи]"
                       r"|отц|брат|сестр|жен|муж|сын|доч|сябр|сястр|бацьк)\w*", re.IGNORECASE)


def _long_object(text: str, lang: str, t_start: int, t_end: int,
                 slots: list[Slot]) -> list[Slot]:
    """The first name after a long description that follows an active verb: in Russian and
    Belarusian when it stands in an oblique case (the object's accusative: «Андрея
    Кириллова», «Вераніку Шамко»); in English when it stands in apposition to the
    description ("sentenced another villager, Remzi Chelebiev, to 13 years")."""
    verb = text[t_start:t_end].split()[-1]
    if lang == "en":
        if _PASSIVE_BEFORE.search(text[max(0, t_start - 20):t_start]):
            return []
    elif not _ACTIVE_PAST.fullmatch(verb):
        return []
    for s in slots:
        if s.start < t_end or s.pronoun:
            continue
        gap = text[t_end:s.start]
        if lang == "en":
            return [s] if _EN_APPOSED_OBJECT.match(gap) and text.startswith(",", s.end) else []
        if not _LONG_OBJECT_GAP.match(gap) or _PLURAL_PAST.search(gap) or _RELATION.search(gap) or \
                _ACTIVE_PAST.search(gap) or s.surface.split()[0] == s.entry.name.split()[0]:
            return []
        return [s]
    return []


# a counted subject with its own clause: "Three people who ran …", "Two activists who …"
_COUNTED_WHO = re.compile(r"\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many"
                          r"|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?:people|men|women|activists|members"
                          r"|workers|students|journalists|prisoners|volunteers|residents|employees"
                          r"|staff(?:ers)?)\s+(?:who|that|which)\b", re.IGNORECASE)
_PLURAL_PASSIVE = re.compile(r"\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a comma and up to two lower-case words: ", the journalist ", «, журналиста » (not a verb: «,
# сообщила правозащитница X» names the source)
_DESCRIBED_APPOSITION = re.compile(
    r"\s*,\s*(?:(?!(?:said|says|told|wrote|reported|added|according)\b)(?![а-яёіў'’-]+(?:л|ла|ли"
    r"|лі|ло|ў|ет|ит|ют|ят|е)\s)[a-zа-яёіў'’-]+\s+){0,2}")


def _named_source(text: str, slot: Slot, lang: str) -> bool:
    """True when SLOT tells the news: «По словам адвоката Андрея Кириллова», "according to her
    lawyer X". A Cyrillic name after «по словам» is a source in the genitive or before a comma;
    in the nominative it begins the clause («По словам правозащитников Андрей Кириллов был
    задержан»)."""
    if not _NAMED_SOURCE.search(text[max(0, slot.start - 40):slot.start]):
        return False
    # (an undeclined surname tells nothing by its form: «по словам Левченко, её этапировали»
    # — the comma after it closes the source)
    return lang == "en" or slot.pronoun or declined(slot.surface, slot.entry.name) or \
        re.match(r"\s*[,)—–]", text[slot.end:slot.end + 3]) is not None


def _verbal(text: str, lang: str, sent_start: int, trig: Trigger,
            slots: list[Slot]) -> list[Slot]:
    t_start, t_end = sent_start + trig.start, sent_start + trig.end
    if trig.type == E.INCOMMUNICADO:
        held = owners.incommunicado_person(text, t_start, t_end, slots)
        if held:
            return held
    near = text[max(sent_start, t_start - 60):t_start]
    if _PLURAL_WHO.search(near) or _SOMEONE_WHO.search(near):
        # "fellow inmates who have since been released say he …": they, not the name after
        return []
    if lang == "en" and _COUNTED_WHO.match(text, sent_start, t_start) and \
            _PLURAL_PASSIVE.search(text, max(sent_start, t_start - 20), t_start):
        # "Three people who ran X's campaign were sentenced": the three, not X
        return []
    if lang == "en" and _PLURAL_HEAD.search(near) and not _NAMES_FOLLOW.match(text, t_end):
        # "fellow inmates released since then say he was …": the inmates were, not he
        return []
    if _WHICH_DID.search(near):
        # "the amnesty, which freed 300", "Viasna, which recognised X": its object, if any
        slots = [s for s in slots if s.start >= t_start]
    verbal = [s for s in slots if (not s.possessive or _object_pronoun(text, s, t_start, t_end))
              and not _LEFT_OUT.search(text[max(0, s.start - 20):s.start])
              and not (s.pronoun and _SOURCE_BEFORE.search(text[max(0, s.start - 14):s.start]))
              and not _named_source(text, s, lang)]
    after = [s for s in verbal if s.start >= t_start and (
        s.start < t_end or object_gap(text[t_end:s.start], lang))
        and not (s.pronoun and _COMPANION.search(text[t_end:s.start]))]
    if not after and lang == "en" and _INVERTED_HEAD.match(text[sent_start:t_start]):
        after = [s for s in verbal if s.start >= t_end and _INVERTED.match(text[t_end:s.start])]
    if not after and trig.type in (E.DETAINED, E.CHARGED, E.SENTENCED):
        after = _long_object(text, lang, t_start, t_end, verbal)
    if not after and trig.type in (E.DETAINED, E.CHARGED, E.SENTENCED):
        # "He was charged in June, together with fellow parishioner X": a co-defendant told
        # after a date or a place
        after = [s for s in verbal if s.start >= t_end and not s.pronoun
                 and _COMPANION_AFTER.match(text, t_end, s.start)][:1]
    if after and trig.type in (E.DETAINED, E.CHARGED, E.SENTENCED) and _WITH_COMPANION.search(
            text[t_end:after[0].start]):
        # «Наталлю затрымліваюць разам з калегай Ірынай», "he was charged in June, together
        # with fellow parishioner X": the subject and the companion (a co-defendant)
        before = _verbal(text, lang, sent_start, trig, [s for s in slots if s.end <= t_start])
        if before:  # (not "a man arrested alongside X, Y, remains": Y, told after)
            return before + prisoners(after[:1])
    if trig.type in (E.DETAINED, E.CHARGED, E.SENTENCED):
        kin = [s for s in verbal if s.start >= t_end and not s.pronoun
               and _KIN_OBJECT.match(text, t_end, s.start)]
        if kin and not kin[0].entry.official and not any(
                t_end <= s.start < kin[0].start for s in verbal):
            return kin[:1]  # "detained the convict's brother, X": the brother (not "her and
            # her husband, X": both, below)
    if after and owners.OWNED_BY.search(text[max(0, after[0].start - 30):after[0].start]):
        # «задержан брат Вероники, Константин Пархоменко»: the brother, not Veronika
        # (or the owner's colleague, described: «коллегу Игоря Лосика, журналиста Павла Сапелко»)
        named = [s for s in verbal if s.start > after[0].end
                 and _DESCRIBED_APPOSITION.fullmatch(text[after[0].end:s.start])]
        if named and trig.type in _RELATIVE_EVENTS | {E.RECOGNIZED}:
            return named[:1]
        if named:
            after = after[1:]
    if after:
        # «затрымалі X і ягоную жонку Y»: the relative joined to a prisoner too; "recognised
        # his brother X": a prisoner now
        group = extend(text, after[0], verbal, forward=True)
        keep = trig.type == E.RECOGNIZED or (trig.type in (E.DETAINED, E.CHARGED, E.SENTENCED)
                                             and not group[0].entry.non_prisoner)
        found = prisoners(group, keep_relatives=keep)
        if trig.type == E.DETAINED:  # «Разам з ім затрымалі X»: he was detained too
            found += [s for s in verbal if s.pronoun and t_start - 25 <= s.start < t_start
                      and _COMPANION.search(text[max(0, s.start - 20):s.start])
                      and not s.entry.non_prisoner]
        return found
    if lang == "en" and _OWN_NOUN.search(text[max(sent_start, t_start - 30):t_start]):
        return []  # "a fellow inmate released in April": the participle has its own noun
    if lang == "en" and _DETERMINER.search(text[max(sent_start, t_start - 12):t_start]) and \
            _NOUN_AFTER.match(text, t_end):
        return []  # "the freed Belarusians": an adjective of its own noun
    if _COUNTED_AFTER.match(text, t_end):
        return []  # «задержаны десятки людей», "detained dozens of people": them, not a name
    if _ANYONE_WHO.search(near):
        return []  # «просит всех, кто недавно вышел из колонии»: whoever they are
    if trig.type == E.RECOGNIZED and _ACTIVE_RECOGNITION.match(text, t_start):
        return []  # «Мы признаём человека политзаключённым»: the subject recognises
    # "X, who was detained alongside Voronkova, was jailed": the companion is no subject
    before = [s for s in verbal if s.end <= t_start and not (
        s.pronoun and _COMPANION.search(text[max(0, s.start - 20):s.start])) and not (
        not s.pronoun and _NAMED_COMPANION.search(text[max(0, s.start - 20):s.start]))]
    # speech verbs between a candidate and the trigger, found once for all candidates
    said_at = _speech_before(text, before[0].end, t_start, t_end) if before else []
    for s in reversed(before):
        between = text[s.end:t_start]
        whose = _WHOSE.search(between)
        if (whose and "," not in between[whose.end():]) or ";" in between:
            continue
        # not "stayed"; not a fine, which relatives get for speaking out ("her husband was fined")
        own = trig.type in _RELATIVE_EVENTS and not trig.rule.needs_group and \
            not _FINE.search(text[t_start:t_end])
        if s.entry.relative and not s.entry.official and own and \
                _PASSIVE_SUBJECT.match(between):
            return [s]  # "His wife, Katsiaryna Dubovik, was detained": a relative as subject
        if _INSIDE_RELATIVE.search(text[sent_start:s.start]) and "," in between:
            continue  # "X, who had worked with Y for years, was detained": Y is in the clause
        if any(s.end <= at for at in said_at):
            continue  # «ведущий X заявил, что … все они помилованы»: the speaker, not them
        if cues.OBJECT_OF[lang].search(text[max(0, s.start - 10):s.start]) \
                and _COORDINATED[lang].search(between) and not _RELATIVE.match(between) and (
                    lang == "en" or _INSIDE_RELATIVE.search(text[sent_start:s.start])):
            continue  # "X, who shared a cell with Y and was freed": Y is no subject
        if s.entry.relative and not s.entry.official and own and _RELATIVE.match(between):
            return [s]  # "her husband, X, who was himself released in 2023"
        if s.entry.relative and not s.entry.official and own and _KIN_APPOSED.search(
                text[max(sent_start, s.start - 40):s.start]) and "," not in between.strip(" ,") \
                and not _WHO.search(between):
            return [s]  # «Младший брат Константина, Павел, … вышел»: Pavel, the subject
        if s.entry.non_prisoner and not _SUBJECT_GAP.match(between):
            # «Николай и его брат Павел … осуждены»: a relative joined to a prisoner before
            group = extend(text, s, verbal, forward=False, trigger_start=t_start)
            if own and s.entry.relative and not s.entry.official and len(group) > 1 and any(
                    not g.entry.non_prisoner for g in group) and re.search(
                    r"(?<!\w)(?:и|і|and)(?!\w)", text[group[1].end:s.start]):
                return prisoners(group, keep_relatives=True)  # not «брат Константина, Павел»
            continue  # an official or relative as an object ("challenge Lukashenko")
        if _RELATIVE.match(between):  # "X and Y, who was detained": Y alone
            if lang != "en" and owners.OWNED_BY.search(text[max(0, s.start - 30):s.start]) \
                    and s.surface != s.entry.name:  # (not «адвокат Лев Грошев, которого …»)
                return []  # «другу Никиты, который вышел»: the friend, not Nikita (in English,
                # "the mother of X, who was released" is X)
            return prisoners([s])
        if lang != "en" and re.fullmatch(r"\s*,\s*", between) and _ONE_AGREES.search(
                text[t_start:t_end]):
            # «…и Виктора Лойко, задержанного в 2022 году»: Лойко alone; but «Голубович, как
            # и Карпович, признан»: both
            alike = [o for o in verbal if o.end <= s.start and _ALIKE.fullmatch(
                text[o.end:s.start])]
            return prisoners(alike[-1:] + [s])
        # the nearest subject is an official or a relative: nobody earlier inherits it
        group = extend(text, s, verbal, forward=False, trigger_start=t_start)
        if lang != "en":
            # «Коллегу Мезенцевой, фотографа Елену Скворцову, отпустили»: not the owner
            group = [g for g in group if not owners.owner_before_apposition(text, g, group)]
        return prisoners(group)
    return []
