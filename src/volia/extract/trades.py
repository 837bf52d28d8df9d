"""A person told by their trade: "the rapper", «адвоката», «Журналіста затрымалі …».

A trade word points back at the person the report described by it ("The rapper X …; …
recognised the rapper"), matching its gender in Russian and Belarusian («выкладчыца» is not
«выкладчык» X); a trade nobody was described by opens a new fact about the one prisoner of the
sentence before (an epithet: «Суд асудзіў Ігара Карнея. Журналіста затрымалі ў ліпені»).
"""

from __future__ import annotations

import re

from volia.extract.attach import Slot
from volia.extract.gaps import _DESCRIBED, _SHORT_REF
from volia.extract.mentions import Mention
from volia.extract.people import People, PersonEntry
from volia.extract.sentences import Sentence

# a trade's feminine forms («журналистку», «настаўніцы», «медсестру»)
_FEMININE_TRADE = re.compile(r"(?:(?<![иіы])к(?:[аиуеі]|ой|ай)|ниц\w*|ніц\w*|сестр\w*|сяс\w*"
                             r"|ис[аыуе]|исой|ыс[аыуе]|[иіы]ц(?:[аыуе]|ай|ой)|ess|woman)$",
                             re.IGNORECASE)
# a trade in apposition to the name before it («Зміцер Гарбуз, журналіст з Магілёва»)
_APPOSED_TRADE = re.compile(r"[,—–(]\s*(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$")
# «адвоката к нему не пускают»: the lawyer is someone else, never an epithet
_COUNSEL_TRADE = re.compile(r"lawyer|advocate|адвокат|адвакат", re.IGNORECASE)
# "the journalist who filmed the hearing", «журналиста, который снимал»: someone described anew
_OWN_CLAUSE = re.compile(r"\s+(?:who|whom|that|which)\b|\s*,\s*(?:котор\w+|як(?:і|ая|ога|ую|ой)"
                         r"|\w+(?:вш|ющ|ящ|ўш)\w+)(?!\w)", re.IGNORECASE)
_NOT_THEIRS = re.compile(r"\b(?:prison|colony|jail|camp|police|court|state|KGB|other|another"
                         r"|new)\b", re.IGNORECASE)
# a trade next to the name it describes: at most two words between, no clause
_NEXT_TO_NAME = re.compile(r"(?:\s+(?!(?-i:[A-ZА-ЯЁІЎ]))[\w'’-]+){0,2}\s*$")
# "X, a 34-year-old rapper" (in Russian and Belarusian only adjectives and ages: not
# «Шилова, по данным адвоката»)
_APPOSITION = {
    "en": re.compile(r"^\s*(?:\(\s*\d{1,3}\s*\)\s*)?[,—–-]\s*(?:\d{1,3}\s*,\s*)?"
                     r"(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE),
    **dict.fromkeys(("ru", "be"), re.compile(
        r"^\s*(?:\(\s*\d{1,3}\s*\)\s*)?[,—–-]\s*(?:\d{1,3}\s*,\s*)?"
        r"(?:(?:\d+-\w+|\w+(?:ый|ий|ой|ая|яя|ое|ее|ы|і|ая|ае|яе))\s+){0,2}$", re.IGNORECASE)),
}


def note_trades(text: str, lang: str, sent: Sentence, mention: Mention,
                entry: PersonEntry) -> None:
    """Remember the trades MENTION (of ENTRY) is described by, right before or after it."""
    before = text[max(sent.start, mention.start - 40):mention.start]
    after = text[mention.end:mention.end + 40]
    for d in _DESCRIBED[lang].finditer(before):
        if _NEXT_TO_NAME.match(before, d.end()):  # "the rapper X", not "lawyer Y said X"
            entry.descriptors.add(d.group(1).lower()[:6])
    apposition = _APPOSITION.get(lang, _APPOSITION["en"])
    for d in _DESCRIBED[lang].finditer(after):
        if apposition.match(after[:d.start()]):
            entry.descriptors.add(d.group(1).lower()[:6])


def trade_slots(text: str, lang: str, sent: Sentence, slots: list[Slot], people: People,
                previous: Sentence | None) -> list[Slot]:
    """Slots for the trade words of SENT that point at someone (PREVIOUS: the sentence before)."""
    out: list[Slot] = []
    for match in _SHORT_REF[lang].finditer(sent.text):
        start = sent.start + match.start()
        if any(s.start <= start < s.end or abs(s.start - (sent.start + match.end())) < 3
               for s in slots):
            continue
        word = match.group(1)
        if _NOT_THEIRS.search(match.group(0)):
            continue  # "the prison doctor", "the colony's doctor": staff, not the prisoner
        person = _described(lang, people, word, start)
        if person is None and previous is not None and \
                not _APPOSED_TRADE.search(sent.text, 0, match.start()):
            person = None if _OWN_CLAUSE.match(sent.text, match.end()) else \
                _epithet_of(lang, people, word, previous)
        if person is not None:
            out.append(Slot(start, sent.start + match.end(), person, match.group(0), True, False))
    return out


def _described(lang: str, people: People, word: str, before: int) -> PersonEntry | None:
    """The prisoner last seen before BEFORE whom the report described by WORD."""
    key = word.lower()[:6]
    pool = [e for e in people.entries if key in e.descriptors and not e.non_prisoner
            and e.last_seen < before and _trade_fits(lang, word, e)]
    return max(pool, key=lambda e: e.last_seen) if pool else None


def _trade_fits(lang: str, word: str, entry: PersonEntry) -> bool:
    """True when the trade WORD's gender allows ENTRY (English trades have none)."""
    if lang == "en" or not entry.gender:
        return True
    return entry.gender == ("f" if _FEMININE_TRADE.search(word) else "m")


def _epithet_of(lang: str, people: People, word: str, previous: Sentence) -> PersonEntry | None:
    """The one prisoner of PREVIOUS when WORD, a trade nobody was described by, opens a new
    fact about them."""
    if _COUNSEL_TRADE.match(word):
        return None
    seen = [e for e in people.entries if previous.start <= e.last_seen < previous.end
            and not e.partial]
    if len(seen) != 1 or seen[0].non_prisoner or seen[0].counsel or seen[0].descriptors:
        return None
    if lang != "en" and not seen[0].gender:
        return None
    return seen[0] if _trade_fits(lang, word, seen[0]) else None
