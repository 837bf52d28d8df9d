"""Carrying an unnamed subject forward: "A political prisoner has died in custody. ... Ivan
Petrou, 52, died on Tuesday" — the death in custody belongs to the person the next sentences
name as the one who died."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.extract.attach import Slot

_DEATH = {
    "en": r"died|death|passed\s+away|was\s+found\s+dead",
    "ru": r"умер|умерла|скончал(?:ся|ась)|погиб|погибла|смерть|смерти",
    "be": r"памёр|памерла|загінуў|загінула|смерць|смерці",
}
DEATH_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in _DEATH.items()}
REACH = 3  # sentences after the unnamed report in which the name may come


@dataclass
class PendingDeath:
    """A death in custody reported without a name, waiting for one."""

    index: int
    confidence: float


def names_death(sentence: str, lang: str) -> bool:
    """True when SENTENCE speaks of a death (any wording, no custody needed)."""
    return DEATH_RE.get(lang, DEATH_RE["en"]).search(sentence) is not None


def still_open(pending: PendingDeath | None, index: int) -> bool:
    return pending is not None and 0 < index - pending.index <= REACH


def subject_of_death(sentence: str, start: int, slots: list[Slot],
                     lang: str) -> tuple[Slot, int, int] | None:
    """The named person who dies in SENTENCE (starting at START in the text): the last named
    mention before the first death word, with that word's span in the text; else None."""
    match = DEATH_RE.get(lang, DEATH_RE["en"]).search(sentence)
    if match is None:
        return None
    at = start + match.start()
    named = [s for s in slots if not s.pronoun and not s.possessive and s.end <= at
             and not s.entry.non_prisoner]  # "a spokeswoman, X, said … the cause of death"
    if not named:
        return None
    return named[-1], at, start + match.end()
