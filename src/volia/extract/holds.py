"""A short hold told after a name: a relative kept for hours, anyone held "for a talk" — no
arrest ("His father, X, was taken from his flat and held for most of the day", «бацьку
затрымалі на тры гадзіны»)."""

from __future__ import annotations

import re

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
    hold = cues.SHORT_HOLD.search(tail)
    if hold is None or not (entry.relative or cues.FOR_A_TALK.search(tail)) or \
            _NEW_CLAUSE.search(tail, 0, hold.start()):
        return False
    return not any(s.entry is not entry and not s.pronoun and
                   slot.end <= s.start < slot.end + hold.start() for s in slots)
