"""An age as a reference: "The 28-year-old (sound engineer) was detained" points back to the
prisoner last told of, as "he" or "she" would; when the report gave ages beside names ("X,
34,"), to the one of that age (English reports; not "a 28-year-old", someone new)."""

from __future__ import annotations

import re

from volia.extract.attach import Slot
from volia.extract.gaps import UNNAMED_PERSON
from volia.extract.mentions import Mention
from volia.extract.people import People, PersonEntry
from volia.extract.sentences import Sentence

# "the 28-year-old", "the 28-year-old sound engineer": someone already told of
_AGE_REF = re.compile(r"\bthe\s+(?:\d{2}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+(?-i:[a-z])[\w-]+){0,2}?"
                      r"(?=\s+(?:was|were|had|has|is|who)\b)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*[,(]\s*(\d{2})\s*[,)]")
_AGE_BEFORE = re.compile(r"(\d{2})-year-old\s+(?:[a-z-]+\s+){0,2}$")


def age_slots(text: str, sent: Sentence, slots: list[Slot], mentions: list[Mention],
              people: People) -> None:
    """Add to SLOTS the prisoner each "the NN-year-old" of SENT means."""
    for match in _AGE_REF.finditer(sent.text):
        start, end = sent.start + match.start(), sent.start + match.end()
        if any(s.start < end + 3 and start - 3 < s.end for s in slots):
            continue  # "the 28-year-old Danila Yershov": the name is the slot
        if UNNAMED_PERSON.search(text, max(0, start - 300), start):
            continue  # "police detained a 28-year-old man … The 28-year-old was fined"
        named = [s.entry for s in slots if not s.pronoun and s.end <= start]
        target = people.resolve_pronoun("", start, named, [], False)
        age = re.match(r"the\s+(\d{2})", match.group(0), re.IGNORECASE)
        if age is not None:
            # an age told beside a name decides: the one of that age, never one of another
            aged = _ages_before(text, mentions, people, start)
            same = [e for e, years in aged if years == age.group(1)]
            if same:
                target = same[-1]
            elif any(e is target for e, _ in aged):
                target = None
        if target is not None:
            slots.append(Slot(start, end, target, match.group(0), True, False))


def _ages_before(text: str, mentions: list[Mention], people: People,
                 at: int) -> list[tuple[PersonEntry, str]]:
    """The people named before AT with an age beside the name ("X, 34,", "34-year-old X"), in
    text order."""
    out = []
    for m in mentions:
        if m.end > at:
            break
        told = _AGE_AFTER.match(text, m.end) or _AGE_BEFORE.search(text, max(0, m.start - 40),
                                                                   m.start)
        entry = people.known(m) if told else None
        if told and entry is not None:
            out.append((entry, told.group(1)))
    return out
