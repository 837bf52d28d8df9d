"""Labelled transcripts: podcasts and interviews printed as "LERA: …" / "PALINA: …".

Each paragraph opens with its speaker's label, usually a given name in capitals, sometimes a
diminutive ("KASTUS" for Kanstantsin). The introduction names everyone in full and says who
hosts ("Host Lera Vinnik spoke with …"). A guest's "I" is that guest; the host's "you" is
the guest the host addresses by name ("Palina, you were sentenced …") or, failing that, the
guest who answers next. The labels themselves name nobody in a sentence of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from volia.extract.mentions import Mention
from volia.names.given import given_ids_exact

# A label: one or two capitalised words and a colon at the start of a paragraph.
_LABEL = re.compile(r"[ \t]*([A-ZА-ЯЁІЎ][A-Za-zА-Яа-яЁёІіЎў'’-]{0,20}"
                    r"(?:[ \t][A-ZА-ЯЁІЎ][A-Za-zА-Яа-яЁёІіЎў'’-]{1,20})?)[ \t]*:[ \t]")
_HOST_CUE = re.compile(r"(?:host|presenter|interviewer|moderator|ведущ\w*|вядуч\w*)\W{0,3}"
                       r"(?:\w+\W{1,3}){0,2}$", re.IGNORECASE)
_HOST_LABEL = re.compile(r"^(?:q|host|interviewer|вопрос|ведущ\w*|вядуч\w*|пытанне|в)$",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One labelled paragraph [START, END), its label's span and who speaks."""

    start: int
    end: int
    label_end: int
    label: str


def turns(text: str) -> list[Turn]:
    """The labelled paragraphs of TEXT, when at least two labels speak twice or more."""
    out: list[Turn] = []
    for para in re.finditer(r"[^\n]+", text):
        match = _LABEL.match(text, para.start(), para.end())
        if match is not None:
            out.append(Turn(para.start(), para.end(), match.end(), match.group(1)))
    counts = Counter(t.label.lower() for t in out)
    # 'Transcript: "The Long Way Out"' once, in the headline, is no speaker: the turns start
    # where a label that speaks again first speaks
    first = next((i for i, t in enumerate(out) if counts[t.label.lower()] >= 2), None)
    if first is None:
        return []
    out = out[first:]
    if len({t.label.lower() for t in out}) < 2 or len(out) < 3:
        return []
    return out


def label_spans(text: str) -> list[tuple[int, int]]:
    """Where the labels of a transcript stand: no mention of a person is read there."""
    return [(t.start, t.label_end) for t in turns(text)]


def _matches(label: str, mention: Mention) -> bool:
    words = [w.lower() for w in mention.name.split()]
    low = label.lower()
    if low in words or low == mention.name.lower():
        return True
    ids = given_ids_exact(label.capitalize())
    return bool(ids) and bool(words) and bool(ids & given_ids_exact(words[0].capitalize()))


def speaker_table(text: str, all_turns: list[Turn],
                  introduction: list[Mention]) -> tuple[dict[str, Mention], set[str]]:
    """Each label's person among the mentions of the introduction, and the host labels."""
    table: dict[str, Mention] = {}
    hosts: set[str] = set()
    for label in {t.label for t in all_turns}:
        if _HOST_LABEL.match(label):
            hosts.add(label)
            continue
        found = [m for m in introduction if _matches(label, m)]
        if not found:
            continue
        table[label] = found[0]
        line_start = text.rfind("\n", 0, found[0].start) + 1
        if _HOST_CUE.search(text[line_start:found[0].start]):
            hosts.add(label)
    return table, hosts


@dataclass(frozen=True)
class TurnVoice:
    start: int
    end: int
    mention: Mention
    question: bool


def voices(text: str, mentions: list[Mention]) -> list[TurnVoice]:
    """Who "I" (a guest's turn) and "you" (a host's turn) are, turn by turn."""
    all_turns = turns(text)
    if not all_turns:
        return []
    intro = [m for m in mentions if m.start < all_turns[0].start and not m.pronoun]
    table, hosts = speaker_table(text, all_turns, intro)
    guests = {label: m for label, m in table.items() if label not in hosts}
    if not guests:
        return []
    out: list[TurnVoice] = []
    for i, turn in enumerate(all_turns):
        if turn.label in guests:
            out.append(TurnVoice(turn.label_end, turn.end, guests[turn.label], False))
        elif turn.label in hosts:
            addressee = _addressee(text, turn, guests, all_turns[i + 1:])
            if addressee is not None:
                out.append(TurnVoice(turn.label_end, turn.end, addressee, True))
    return out


def _addressee(text: str, turn: Turn, guests: dict[str, Mention],
               later: list[Turn]) -> Mention | None:
    """The guest a host's turn speaks to: named first ("Palina, you …"), else the next to
    answer, else the only guest."""
    head = text[turn.label_end:turn.label_end + 30]
    for label, mention in guests.items():
        first = mention.name.split()[0]
        if re.match(rf"\s*(?:{re.escape(label)}|{re.escape(first)})\b", head, re.IGNORECASE):
            return mention
    for nxt in later[:1]:
        if nxt.label in guests:
            return guests[nxt.label]
    return next(iter(guests.values())) if len(guests) == 1 else None
