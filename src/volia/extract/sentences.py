"""Sentence splitting with character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "no", "vs",
    "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "art", "ст", "г", "гг", "им", "т", "д", "ул", "см", "п", "ч", "арт", "тыс", "млн",
}
# A line that starts with a list number ("2. Anna Lebed, 29 — three years") starts a sentence.
# So does a row that opens with a day ("22 Oct | X | sent to colony No. 20", «— 4 траўня — X»).
_BOUNDARY = re.compile(r"[.!?…]+[\"”»’)]*\s+|\n\s*\n|\n(?=\s*[\"“«—•·*–-]?\s*[A-ZА-ЯЁІЎ])"
                       r"|\n(?=\s*\d{1,2}[.)]\s)"
                       r"|\n(?=\s*[—•·*–-]?\s*\d{1,2}(?:\s+[^\W\d]+\.?)?\s*[|—–:])")
# The number of a list item is not a sentence of its own.
_ITEM_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_false_break(head: str) -> bool:
    """True when HEAD (text up to and including a full stop) ends in an abbreviation."""
    if _ITEM_NUMBER.search(head):
        return True
    match = re.search(r"([\w.]+)\.$", head)
    if not match:
        return False
    word = match.group(1)
    if "." in word:  # U.S., e.g.
        return len(word) <= 5
    if len(word) == 1 and word.isupper():  # an initial: A. Bialiatski
        return True
    return word.lower() in _ABBREV


def split_sentences(text: str) -> list[Sentence]:
    """Split TEXT into sentences; every sentence keeps its offsets into TEXT."""
    out: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        piece = match.group(0)
        if "\n" not in piece and piece.startswith(".") and not piece.startswith("..") and \
                _is_false_break(text[start:match.start() + 1]):
            continue
        _add(out, text, start, match.end())
        start = match.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
