"""Section headings. Digest tables under a heading: "VERDICTS" over rows like "8 Oct | X |
2 years of general regime", «ЗАТРЫМАННІ» over «— 4 траўня — X (Мінск)». A row that names a
person and states no event of its own takes the heading's event, with the row's date and term.
Any heading ("Criminal cases") ends the member list a batch opened before it."""

from __future__ import annotations

import re
from dataclasses import replace

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract import attach, headings, inside, profiles, terms
from volia.extract.attach import Slot
from volia.extract.people import PersonEntry
from volia.extract.sentences import Sentence
from volia.extract.slots import SlotFinder
from volia.extract.when import DateMention

_KINDS: dict[E, str] = {
    E.SENTENCED: r"verdicts?|sentences|sentenced|convictions|приговоры|осуждены|прысуды|асуджаныя",
    E.DETAINED: r"detentions|detained|arrests|задержания|задержаны|затрыманні|затрыманыя",
    E.RELEASED: r"releases|released|freed|освобождения|освобождены|вышли\s+на\s+свободу"
                r"|вызваленні|вызваленыя|выйшлі\s+на\s+волю",
    E.TRANSFERRED: r"transfers|transferred|этапы|переводы|этапированы|этапаванні|этапаваныя",
    E.RECOGNIZED: r"recognitions?|newly\s+recogni[sz]ed|new\s+political\s+prisoners"
                  r"|признаны\s+политзаключ\w+|новые\s+политзаключ\w+|прызнаныя\s+палітвязнямі"
                  r"|новыя\s+палітвязні",
    E.CHARGED: r"charges|new\s+charges|charged|обвинения|абвінавачанні",
}
# a row under "RECOGNITION" that says "status withdrawn" tells the opposite
_CONTRARY = {E.RECOGNIZED: {E.RECOGNITION_WITHDRAWN}, E.RELEASED: {E.TRANSFERRED, E.SENTENCED}}
_HEADING = {kind: re.compile(rf"^\W*(?:{words})\W*$", re.IGNORECASE)
            for kind, words in _KINDS.items()}
# a row: a day (and month) or a bullet, then the name
_ROW_OPEN = re.compile(r"^\s*[—•·*–-]?\s*(?:\d{1,2}(?:\s+[^\W\d]+\.?)?\s*[|—–:-]\s*)?$")


def heading_kind(line: str) -> E | None:
    """The event a short heading line names ("VERDICTS", «Вызваленні»), or None."""
    # "Released:" opens a member list (``profiles``), "Charged." labels one paragraph
    if len(line) > 60 or line.rstrip().endswith((".", "!", "?", ":")):
        return None
    for kind, pattern in _HEADING.items():
        if pattern.match(line):
            return kind
    return None


def row_opens_with(row: str, name_offset: int) -> bool:
    """True when the name at NAME_OFFSET opens ROW (after its date and separator)."""
    return _ROW_OPEN.match(row[:name_offset]) is not None


class SectionClaims:
    """What ``engine._Doc`` provides, and the claims of rows under a section heading."""

    text: str
    lang: str
    current: int
    dates: list[DateMention]
    kinds_at: dict[int, list[E]]
    section: E | None
    section_until: int
    profile: profiles.ProfileList | None
    slot_finder: SlotFinder

    def _emit(self, kind: E, slot: Slot | None, sent: Sentence, when: PartialDate | None,
              confidence: float, *, country: str | None = None, term: int | None = None,
              count: int | None = None, entry: PersonEntry | None = None) -> None:
        raise NotImplementedError

    def _section_heading(self, sent: Sentence, new_paragraph: bool) -> bool:
        """True when SENT is a heading line: its rows run to the next blank line."""
        kind = heading_kind(sent.text) if new_paragraph else None
        if kind is None:
            return False
        self.section = kind
        blank = self.text.find("\n\n", sent.end)
        self.section_until = blank if blank >= 0 else len(self.text)
        return True

    def _section_row(self, sent: Sentence, slots: list[Slot]) -> None:
        """The heading's event for the people a row opens with, unless the row told its own."""
        kind = self.section
        told = set(self.kinds_at.get(self.current, []))
        if kind is None or sent.start >= self.section_until or kind in told or \
                told & _CONTRARY.get(kind, set()):
            return
        named = [s for s in slots if not s.pronoun and not s.possessive]
        if not named or named[0].entry.non_prisoner or \
                not row_opens_with(sent.text, named[0].start - sent.start):
            return
        term = None
        if kind == E.SENTENCED:
            found = terms.find_terms(sent.text)
            term = found[0][2] if found else None
        elif profiles.doubted(sent.text) or inside.still_inside(sent.text, self.lang):
            return  # "X | may be released after the appeal", "X | term ended, still inside"
        head = [d for d in self.dates if sent.start <= d.start < named[0].start]
        when = head[0].value if head else None
        for slot in attach.extend(self.text, named[0], named, forward=True):
            if not slot.entry.non_prisoner:
                self._emit(kind, slot, sent, when, 0.6, term=term, entry=slot.entry)

    def _heading_ends_list(self, index: int, sent: Sentence) -> None:
        """A section heading ("Criminal cases", «Умовы ўтрымання») ends the list of members a
        batch opened; one that names the list's own event ("Among those recognised in August")
        keeps it open for that event alone."""
        profile = self.profile
        line = headings.heading_line(self.text, sent.start, sent.text) \
            if profile is not None and index > profile.header_index else None
        if profile is None or line is None or any(
                m.start < sent.start + len(line) for m in self.slot_finder.named_in[index]):
            return
        kinds = headings.heading_kinds(line) & profile.kinds
        self.profile = replace(profile, kinds=frozenset(kinds), narrowed=True) if kinds else None
