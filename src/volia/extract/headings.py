"""Section headings: a short line of its own ("Criminal cases", «Умовы ўтрымання») or a run-in
heading at the head of a paragraph ("Other cases. Alena Tkachenka, …"), and the batch events a
heading names ("Who was freed", «Памілаваныя»)."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E

# A heading: a short line of its own, with no full stop, colon or comma to end it ("Criminal
# cases", «Умовы ўтрымання», "The quarter in figures").
_HEADING_LINE = re.compile(r"^[^\W\d_][^\n]{0,58}[^\W_]$")


# The batch events a heading may name, by their stems ("Who was freed", «Что известно об
# освобождённых», «Памілаваныя»); a pardon frees.
_HEADING_KINDS = {
    E.RELEASED: r"releas|freed|free\b|освобо[жд]|свобод|вызвал|волю|памілав|помилов|pardon",
    E.PARDONED: r"pardon|помилов|памілав",
    E.RECOGNIZED: r"recogni|призна|прызна",
    E.RECOGNITION_WITHDRAWN: r"withdraw|исключ|выключ",
    E.DIED_IN_CUSTODY: r"died|death|умер|смерт|памёр|памер|смерц",
    E.DETAINED: r"detain|arrest|задерж|арест|затрым|арышт",
}
_HEADING_KIND_RE = {kind: re.compile(rf"(?<!\w)(?:{words})", re.IGNORECASE)
                    for kind, words in _HEADING_KINDS.items()}


# A run-in heading: a paragraph opened by a few words and a full stop, the text going on after
# it on the same line ("Other cases. Alena Tkachenka, a translator, …"); not "He refused."
_RUN_IN = re.compile(r"^(?-i:[A-ZА-ЯЁІЎ])[^\W\d_]*(?:[\s-]+[^\W\d_]+){0,3}\.$")
_PRONOUN_FIRST = re.compile(r"^(?:he|she|they|it|we|i|you|он|она|они|оно|мы|я|ён|яна|яны|яно"
                            r"|this|that|all|both|none|это|гэта|все|усе)\b", re.IGNORECASE)
# a word that makes the few words a sentence ("No names were given.", «Назвать себя
# разрешили двое.»): a verb's ending or an auxiliary
_VERB_WORD = re.compile(r"(?<!\w)(?:\w+(?:ed|ing|ли|ла|ло|ть|ся|сь|ет|ют|ит|ят|аў|ыў|іў)"
                        r"|is|are|was|were|has|have|had|be|been|will|did|does|do|no|not|нет|не"
                        r"|няма|ні)(?!\w)", re.IGNORECASE)


def heading_line(text: str, start: int, sentence: str) -> str | None:
    """The first line of SENTENCE (at START in TEXT) when it is a section heading: a line of
    its own, not the tail of a title ("… are now political prisoners. Who they are"), or a
    run-in heading at the head of a paragraph."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return None
    line = sentence.split("\n", 1)[0].strip()
    end = start + len(sentence)
    if _RUN_IN.match(line) and line == sentence.strip() and not _PRONOUN_FIRST.match(line) \
            and not _VERB_WORD.search(line) \
            and text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].strip():
        return line
    if len(line.split()) > 6 or not _HEADING_LINE.match(line):
        return None
    return line


def heading_kinds(line: str) -> set[E]:
    """The batch events a heading line names."""
    return {kind for kind, pattern in _HEADING_KIND_RE.items() if pattern.search(line)}
