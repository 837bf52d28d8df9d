"""Which people a trigger takes: objects after it, subjects before it, inverted subjects
("Also freed was X", «умер политзаключённый X»), and enumerations after a list trigger
("among them were X, a teacher, and Y", «Среди освобождённых — X и Y»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E
from volia.extract import cues, owners
from volia.extract.gaps import (
    _APPOSED_CONNECTOR,
    _COMPANION,
    _COMPANION_AFTER,
    _CONNECTOR,
    _KIN_OBJECT,
    _LOOSE_GAP,
    _NAMED_COMPANION,
    _OBJECT_GAP,
    _OWNER_APPOS,
    _SUBJECT_GAP,
    _WHOSE,
    _WITH_COMPANION,
)
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


# "Also freed was", "Released on Friday were": the verb first, the subject after a copula.
# ("Also freed under the decree was X": a short phrase may come before the verb)
_INVERTED = re.compile(r"^\s*(?:(?:under|by|on|in|from|at|after|during)\s+"
                       r"(?:the\s+|that\s+|this\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?"
                       r"(?:(?:alongside|with|together\s+with)\s+(?:him|her|them)\s+|also\s+)?"
                       r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:the|a|an|his|her"
                       r"|their)\s+)?(?:[a-z0-9][\w-]*\s+){0,5}$")
_OWN_NOUN = re.compile(r"\b(?:a|an|the|another|one|other|his|her|their)\s+(?:[a-z-]+\s+)?(?:inmate"
                       r"|cellmate|prisoner|man|woman|person|detainee|colleague|friend|relative"
                       r"|neighbou?r)\s+$")
# A plural noun a bare participle describes ("inmates released since then"), unless names
# follow ("prisoners freed on Monday include X")
_PLURAL_HEAD = re.compile(r"\b(?:fellow|other|his|her|their)\s+(?:inmates|prisoners|cellmates"
                          r"|detainees)\s+$", re.IGNORECASE)
_NAMES_FOLLOW = re.compile(r"[^.;]{0,40}?\b(?:include[sd]?|including|among\s+them|such\s+as)\b",
                           re.IGNORECASE)
# A speech verb and its "that": what follows is told by the person before, not of them.
_REPORTED_THAT = re.compile(
    r"(?<!\w)(?:said|says|stated|claimed|declared|announced|insisted|recalled|noted|stressed"
    r"|added|explained|заявил\w*|сказал\w*|сообщил\w*|утвержда\w+|напомнил\w*|отметил\w*"
    r"|подчеркнул\w*|добавил\w*|пояснил\w*|заяві(?:ў|ла|лі)|сказа(?:ў|ла|лі)|паведамі(?:ў|ла|лі)"
    r"|сцвярджа\w+|нагада(?:ў|ла|лі)|адзначы(?:ў|ла|лі)|падкрэсл\w+|дада(?:ў|ла|лі))"
    r"(?:\s+[\w-]+){0,3}?,?\s+(?:что|that|што)(?!\w)"
    # … with a subject of its own that cannot be the speaker: «все они», "none", «ніякага»,
    # «тысячи человек»
    r"(?=.*?(?<!\w)(?:они|все|всех|никого|никакого|ни\s+одного|яны|усе|нікога|ніякага|they|all"
    r"|none|nobody|no\s+one|every|человек|людей|чалавек|людзей|people)(?!\w))",
    re.IGNORECASE | re.DOTALL)
# "A pardon without Rustamli", «кроме Рустамли»: the one left out takes no event.
_LEFT_OUT = re.compile(r"(?<!\w)(?:without|except(?:\s+for)?|apart\s+from|без|кроме|акрамя)\s+$",
                       re.IGNORECASE)
# «Паводле яго падлікаў», «по её словам», "according to his count": the source, no subject
_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:паводле|по|па|according\s+to|со\s+слов|са\s+слоў)\s+$",
                            re.IGNORECASE)
# "Detained alongside him was X": the pronoun after "alongside" is a companion, not the object.
_INVERTED_HEAD = re.compile(r"^\s*(?:[\w-]+\s+){0,3}$")
# A member list stops at a negation or at a new clause about someone else.
# (and a closing quote before a dash: «…», — пояснила X names the speaker, not a member)
_LIST_STOP = {
    "en": re.compile(r"\b(?:not|nor|but|except|while|whereas)\b|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:не|ни|но|кроме|однако|хотя)(?!\w)|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:не|ні|але|акрамя|аднак|хоць)(?!\w)|;|[»\"”],?\s*[—–]",
                     re.IGNORECASE),
}
# A relative of a prisoner can be the subject of these, in a passive clause of its own.
_RELATIVE_EVENTS = {E.DETAINED, E.CHARGED, E.SENTENCED, E.RELEASED}
# The subject right before its verb, with at most an age between ("His wife, X, 38, received").
# Or a short apposition: «Её брат Максим Карпенко, 31-летний программист из Могилёва, был»
# (or both: "Her husband, X, 66, a specialist at a research institute in Novosibirsk, was")
_PASSIVE_SUBJECT = re.compile(r"^\s*(?:,\s*\d{1,3}\s*)?"
                              r"(?:,(?![^,;]*(?<!\w)(?:who|which|whose|котор\w+"
                              r"|як(?:і|ая|ія|ога|ой)|said|says|told|сказал\w*|сказаў|сказала)(?!\w))"
                              r"[^,;]{3,90}(?=,)){0,2},?\s*"
                              # «…, в ноябре 2022 года приговорили»: when, before the verb
                              r"(?:(?:в|во|у|ў|in|on|last)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:also|later|then|has|had|have"
                              r"|тоже|также|таксама)\s+)*(?:(?:was|were|been|is|are|был|была|были|быў"
                              r"|былі)\s+)?(?:(?:also|later|then|тоже|также|таксама)\s+)?$",
                              re.IGNORECASE)
_INSIDE_RELATIVE = re.compile(r",\s*(?:who|whom|which|whose|который|которая|которые|которого"
                             r"|которой|які|якая|якія|якога|якой)\b[^,;]*$", re.IGNORECASE)
_PLURAL_WHO = re.compile(r"(?<!\w)(?:prisoners|inmates|people|others|detainees|cellmates|men|women"
                         r"|заключ[её]нн(?:ые|ых)|политзаключ[её]нн(?:ые|ых)|сокамерник(?:и|ов)"
                         r"|люд(?:и|ей)|зняволен(?:ыя|ых)|палітвязн(?:і|яў)|сукамернік(?:і|аў))"
                         r"\s*,?\s+(?:who|that|которые|которых|якія|якіх)\s+(?:[\w'’-]+\s+){0,3}$",
                         re.IGNORECASE)
# "the amnesties, which have freed thousands": the thing before did it to others
_WHICH_DID = re.compile(r",\s*which\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+)?$",
                        re.IGNORECASE)
_ANYONE_WHO = re.compile(r"(?<!\w)(?:всех|тех|каждого|любого|усіх|тых|кожнага|anyone|everyone|those"
                         r"|all|others)\s*,?\s*(?:кто|хто|who)\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
_WHO = re.compile(r"(?<!\w)(?:who|whom|which|whose|котор\w+|як(?:і|ая|ое|ія|ога|ой|ую|ім)"
                  r")(?!\w)", re.IGNORECASE)
# A participle in the singular agrees with one name only.
_ONE_AGREES = re.compile(r"(?:ого|ой|ую|ый|ая|ым|ом|ага|ай|ы)$", re.IGNORECASE)
# «праз чалавека, які выходзіць на волю», "a man who was freed last year": an unnamed one
_SOMEONE_WHO = re.compile(r"(?<!\w)(?:чалавек\w*|человек\w*|мужчын\w*|жанчын\w*|женщин\w*|someone"
                          r"|somebody|a\s+man|a\s+woman|a\s+person)\s*,?\s+(?:які|якая|который"
                          r"|которая|who)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|those|these|other|newly|recently|a|an|both|all|two|three)\s+$",
                         re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+(?:ans?|ians?|ese|s)|prisoners?|people|men|women"
                         r"|(?:fellow\s+)?(?:inmates?|cellmates?|prisoners?)"
                         r"|detainees?|activists?|journalists?|citizens?|nationals?|persons?)\b")
_COORDINATED = {
    "en": re.compile(r"\band\s+(?:(?:was|were|had|has|been|later|then)\s+)*$"),
    # «который сидел с Ясюкевичем в одном отряде и вышел»: a few words, then «и»
    "ru": re.compile(r"^[^,;]{0,40}(?<!\w)и\s+(?:(?:был|была|были|потом|затем|уже)\s+)*$"),
    "be": re.compile(r"^[^,;]{0,40}(?<!\w)і\s+(?:(?:быў|была|былі|потым|ужо)\s+)*$"),
}
# A relative clause right after a name belongs to that name only.
_RELATIVE = re.compile(r"^\s*,\s*(?:who|whom|которы[йхе]|котор(?:ого|ому|ым|ая|ую|ой)|які|якая"
                       r"|якога|якую|якой|якія|якіх)\b", re.IGNORECASE)
# Russian/Belarusian: ordinals, ages and descriptions between a verb and its subject
# («умер 61-летний политзаключённый Вадим Сорокин»).
# «Задержаны двое — X и Y»: a count and a dash before the list; «пенсионерка из Гомеля X».
# A description, then the name in apposition: «задержали его знакомую, екатеринбурженку X»,
# «помещён другой политзаключённый, X» (not «переведена в другую колонию, сообщила её сестра X»)
_APPOSED = re.compile(
    r"^\s*(?:его|её|ее|их|яго|яе|іх|друг(?:ой|ого|ую|ая)|ещё\s+(?:один|одного|одну|одна)"
    r"|трет(?:ий|ьего|ью|ья)|іншы|іншага|іншую|яшчэ\s+(?:адзін|аднаго|адну|адна)|трэці|трэцяга"
    r"|трэцюю)\s+(?:[а-яёіў][\w-]*\s+){0,3}[а-яёіў][\w-]*(?:,|\s+[—–])\s+(?:\d+-[а-яёіў]+\s+)?"
    r"(?:(?![а-яёіў]*(?:л|ла|ли|ло|ў|лі)\s)[а-яёіў][\w-]*\s+)?$")
_AGE_WORDS = re.compile(r"^\s*(?:(?:двое|трое|четверо|пятеро|двух|троих|дваіх|траіх|трох"
                        r"|чацвёра)\s+(?:[а-яёіў]+\s+){0,2}?)?[—–:-]?\s*(?:[\d]+-[а-яёіў]+\s+)?"
                        r"(?:[а-яёіў][\w-]*\s+){0,3}(?:(?:из|з|са?)\s+[А-ЯЁІЎ][\w-]*\s+"
                        # «жителя Мелитополя X», «студента Кубанского госуниверситета X»
                        r"|(?<=[а-яёіў]\s)[А-ЯЁІЎ][а-яёіў-]*(?:ого|ой|ского|ской|ля|ска|ы|и|і|а)\s+"
                        r"(?:[а-яёіў][\w-]*\s+)?)?(?:[—–]\s*)?$")


# A relative named in apposition to the one whose relative he is: «брат Константина, X»
# (X is the subject of what follows).
_KIN_APPOSED = re.compile(
    r"(?:^|[^\w])(?:брат|сестр|жен|муж|сын|доч|мат|отц|сястр|жонк|бацьк)\w*\s+"
    r"[А-ЯЁІЎ][\w'’-]+(?:\s+[А-ЯЁІЎ][\w'’-]+)?\s*,\s*$")
# An active verb of recognition: its subject is the group that recognises, never the prisoner
_ACTIVE_RECOGNITION = re.compile(r"(?:призна(?:ём|ем|ют|ет|ёт)|прызна(?:ём|юць|е)|recogni[sz]es?"
                                 r"|recogni[sz]ing)(?!\w)", re.IGNORECASE)
# «X, как и Y, признан», "X, like Y, was detained": the same event for both
_ALIKE = re.compile(r"\s*,\s*(?:как\s+и|як\s+і|like|just\s+like|as\s+did)\s+", re.IGNORECASE)
_FINE = re.compile(r"fined|штраф", re.IGNORECASE)
# The verb's own subject or object right after it is a crowd, counted or not.
_COUNTED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:\d+|десятк\w+|сотн\w+|нескольк\w+|многи\w+|дзясятк\w+|сотні"
    r"|некальк\w+|шмат|dozens|hundreds|scores|several|many|more\s+than\s+\d+)\s+(?:of\s+)?"
    r"(?:люд\w*|человек|чалавек|people|persons|activists|protesters|students|workers)(?!\w)",
    re.IGNORECASE)
# «вывезли, в частности, X и Y», "freed, among others, X": an aside before the object
_ASIDE = re.compile(r",?\s*(?:в\s+частности|в\s+том\s+числе|у\s+прыватнасці|у\s+тым\s+ліку"
                    r"|in\s+particular|among\s+others|среди\s+прочих|сярод\s+іншых)\s*,?\s*",
                    re.IGNORECASE)


# Before an object in Russian/Belarusian: where it happened and titles in quotes («задержали в
# собственной мастерской столяра X», «журналистку издания «Днепровский вестник» X»).
_PLACE_FIRST = re.compile(r"^\s*(?:в|во|на|у|ў|ля|каля|возле|около)\s+(?:[а-яёіў][\w-]*\s+){1,2}")
_QUOTED = re.compile(r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"")


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
        if re.fullmatch(r"\s*,\s*", text[lo:hi]) and owners.OWNED_BY.search(
                text[max(0, first_of_pair.start - 30):first_of_pair.start]):
            break  # «брат Константина, Павел»: Konstantin names whose brother Pavel is
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
    if lang == "en" and _PLURAL_HEAD.search(near) and not _NAMES_FOLLOW.match(text, t_end):
        # "fellow inmates released since then say he was …": the inmates were, not he
        return []
    if _WHICH_DID.search(near):
        # "the amnesty, which freed 300", "Viasna, which recognised X": its object, if any
        slots = [s for s in slots if s.start >= t_start]
    verbal = [s for s in slots if (not s.possessive or _object_pronoun(text, s, t_start, t_end))
              and not _LEFT_OUT.search(text[max(0, s.start - 12):s.start])
              and not (s.pronoun and _SOURCE_BEFORE.search(text[max(0, s.start - 14):s.start]))]
    after = [s for s in verbal if s.start >= t_start and (
        s.start < t_end or object_gap(text[t_end:s.start], lang))
        and not (s.pronoun and _COMPANION.search(text[t_end:s.start]))]
    if not after and lang == "en" and _INVERTED_HEAD.match(text[sent_start:t_start]):
        after = [s for s in verbal if s.start >= t_end and _INVERTED.match(text[t_end:s.start])]
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
        named = [s for s in verbal if s.start > after[0].end
                 and re.fullmatch(r"\s*,\s*", text[after[0].end:s.start])]
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
