"""A short hold told after a name: a relative kept for hours, anyone held "for a talk" — no
arrest ("His father, X, was taken from his flat and held for most of the day", «бацьку
затрымалі на тры гадзіны»)."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import cues
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence

# a clause with a subject of its own: ", and his mother", «, а его мать», "; she"
_NEW_CLAUSE = re.compile(r"[;]|,\s*(?:and|but|while|а|и|но|і|але)\s+(?:his|her|their|the|его|её"
                         r"|ее|их|яго|яе|іх|(?-i:[A-ZА-ЯЁІЎ]))", re.IGNORECASE)


def held_briefly(text: str, slot: Slot, sent: Sentence, entry: PersonEntry,
                 slots: list[Slot]) -> bool:
    """True when SENT tells of ENTRY (a relative, or anyone held "for a talk") being held for
    hours: the hold is told after the name, in the same clause, with no one else named
    between (not "X was detained on Monday, and his mother was held for hours")."""
    tail = text[slot.end:sent.end]
    hold = cues.SHORT_HOLD.search(tail) or (cues.FOR_A_TALK.search(tail) if entry.relative
                                            or _LET_GO.search(tail) else None)
    if hold is None or not (entry.relative or cues.FOR_A_TALK.search(tail)) or \
            _NEW_CLAUSE.search(tail, 0, hold.start()):
        return False
    return not any(s.entry is not entry and not s.pronoun and
                   slot.end <= s.start < slot.end + hold.start() for s in slots)


# "… for a 'conversation' and allowed home", «… для беседы и отпустили»
_LET_GO = re.compile(r"\b(?:allowed\s+(?:to\s+go\s+)?home|allowed\s+to\s+leave|let\s+go|released)\b"
                     r"|(?<!\w)(?:отпустили|адпусцілі)(?!\w)", re.IGNORECASE)
# A sentence that opens on a relative: «Мать X …», «Бацьку, Y, …», "His father …"
_KIN_OPENS = re.compile(
    r"^\W*(?:(?:his|her|their)\s+)?(?:mother|father|wife|husband|son|daughter|brother|sister"
    r"|parents|мать|матери|отца|отец|жена|жену|муж|мужа|сын|сына|дочь|брат|брата|сестра|сестру"
    r"|родители|родителей|маці|бацька|бацьку|жонка|жонку|дачка|дачку|сястра|сястру|бацькі"
    r"|бацькоў)(?!\w)", re.IGNORECASE)
_AFTER_TALK = re.compile(r"(?<!\w)(?:после|пасля|after)\s+[«\"“]?(?:(?:профилактическ\w+"
                         r"|прафілактычн\w+|preventive)\s+)?(?:беседы|допроса|разговора|гутаркі|допыту|размовы"
                         r"|questioning|interrogation|a\s+talk)(?!\w)", re.IGNORECASE)
_HOME = re.compile(r"(?<!\w)(?:home|домой|дадому|дамоў)(?!\w)", re.IGNORECASE)
# a prison term ending in the same sentence: a real release, whatever else it says
_TERM_OVER = re.compile(r"(?<!\w)(?:colony|prison|term|sentence|years|behind\s+bars|pardon\w*"
                        r"|served"
                        r"|колони\w*|срок\w*|калоні\w*|тэрмін\w*|турм\w*|лет|гадоў|решётк\w*"
                        r"|кратам\w*|помилов\w*|памілав\w*|отбыв\w*|адбыў\w*)(?!\w)", re.IGNORECASE)


# a short detention told as such: "briefly detained", «ненадолго задержали», «ненадоўга»
_BRIEFLY = re.compile(r"\bbriefly\s+(?:detained|held|arrested)\b|(?<!\w)(?:ненадолго|ненадоўга)\s+"
                      r"(?:задерж|затрым)\w*", re.IGNORECASE)
# called in: «вызвали в КГБ», "summoned to the police", «выклікалі ў міліцыю» (not «вызвала
# радость»)
_SUMMONED = re.compile(r"\bsummoned\s+(?:to|for|by)\b"
                       r"|(?<!\w)(?:вызва|выклік)\w*\s+(?:в|на|к|у|ў|да)\s", re.IGNORECASE)
_BRIEFLY_BEFORE = re.compile(r"\b(?:who|which)\s+(?:had\s+)?(?:been\s+)?briefly\b", re.IGNORECASE)
# what tells a hold: "held", "questioned", «задержали», «продержали», «трымалі»
_HELD = re.compile(r"\b(?:held|detained|kept|questioned|taken)\b|(?<!\w)(?:задерж|затрым|продерж"
                   r"|трымал|допрашива|допыт)\w*", re.IGNORECASE)


def let_go_after_hold(sent: Sentence, slot: Slot, slots: list[Slot], before: str = "") -> bool:
    """True when the clause of SENT that names SLOT tells of a relative held for hours or "for
    a talk" and let go («Мать X … несколько часов расспрашивали, а потом отпустили»): no
    prisoner's release, neither the relative's nor SLOT's when the relative is someone else."""
    at = slot.start - sent.start
    start = sent.text.rfind(";", 0, at) + 1
    end = sent.text.find(";", at)
    clause = sent.text[start:end if end >= 0 else len(sent.text)]
    if _TERM_OVER.search(clause):
        return False
    if _BRIEFLY.search(clause) and not _BRIEFLY_BEFORE.search(clause):
        return True  # "briefly detained at a march and released the same evening" (not "X, who
        # had been briefly detained in 2017, was freed on 3 May")
    if slot.pronoun and len(clause) < 90 and cues.SHORT_HOLD.search(before) and \
            _HELD.search(before) and not _TERM_OVER.search(before) and _LET_GO.search(clause):
        return True  # "… held for several hours. He was released without charge."
    hours, talk = cues.SHORT_HOLD.search(clause), cues.FOR_A_TALK.search(clause)
    if _AFTER_TALK.search(clause) and (_HOME.search(clause) or slot.entry.relative):
        return True  # «После допроса её отпустили домой»
    if not (hours or talk):
        return False
    if talk and _LET_GO.search(clause):
        return True  # "detained on Monday for a preventive talk and released": neither
    if hours and (_HOME.search(clause) or talk):
        return True  # «Дадому яе адпусцілі праз тры гадзіны», «несколько часов … для беседы»
    if hours and (cues.FOR_A_TALK.search(before) or _SUMMONED.search(before)):
        return True  # «… вызвали в КГБ «на беседу». Через два часа его отпустили.»
    return slot.entry.relative or _KIN_OPENS.match(clause) is not None or any(
        s.entry.relative and not s.pronoun and sent.start + start <= s.start < sent.start + start
        + len(clause) for s in slots)


def _let_go_next(text: str, sent: Sentence) -> bool:
    """True when the sentence after SENT opens on a short hold's end: «Через час Алину
    отпустили», "She was let go two hours later"."""
    after = re.split(r"(?<=[.!?…])\s+", text[sent.end:sent.end + 300].lstrip(), maxsplit=1)[0]
    hold = cues.SHORT_HOLD.search(after)
    return hold is not None and hold.start() < 40 and _LET_GO.search(after) is not None and \
        _TERM_OVER.search(after) is None


def only_a_short_hold(kind: E, text: str, slot: Slot, sent: Sentence, entry: PersonEntry,
                      slots: list[Slot]) -> bool:
    """True when a DETAINED or RELEASED claim of ENTRY would only tell a short hold."""
    if kind == E.DETAINED:
        return held_briefly(text, slot, sent, entry, slots) or (
            entry.relative and _let_go_next(text, sent))
    # the sentence before, where a summons or a talk may be told
    before = text[max(0, sent.start - 300):sent.start]
    before = re.split(r"[.!?…]\s+(?=\S)", before.rstrip())[-1]
    return kind == E.RELEASED and let_go_after_hold(sent, slot, slots, before)
