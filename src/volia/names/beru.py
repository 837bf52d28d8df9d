"""Belarusian ↔ Russian spellings of the same name.

The two languages spell one surname differently: akanye writes an unstressed о as а
(Калеснікава / Колесникова), я stands for an unstressed е (Бяляцкі / Беляцкий), ў for a
closing в (Ціханоўскі / Тихановский), soft т and д became ц and дз (Ціханоўскі / Тихановский,
Дзмітрый / Дмитрий), and і is и. Stress is not written, so the Russian form of a Belarusian
name cannot be computed exactly: these functions return a few ranked candidates.
"""

from __future__ import annotations

import re

_SOFT = "еёіюяь"

# Endings first: they are regular, and they carry the grammatical gender that matters.
_BE_TO_RU_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ская", "ская"), ("цкая", "цкая"), ("скі", "ский"), ("цкі", "цкий"), ("кі", "кий"),
    ("гі", "гий"), ("ый", "ий"), ("ы", "ый"), ("ава", "ова"), ("ёва", "ева"), ("ева", "ева"),
    ("аў", "ов"),
    ("оў", "ов"), ("ёў", "ев"), ("еў", "ев"), ("ін", "ин"), ("іна", "ина"), ("ая", "ая"),
    ("эвіч", "евич"), ("евіч", "евич"), ("авіч", "ович"), ("овіч", "ович"), ("іч", "ич"),
    ("енка", "енко"), ("онка", "онко"), ("ка", "ко"),
)
_RU_TO_BE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ская", "ская"), ("цкая", "цкая"), ("ский", "скі"), ("цкий", "цкі"), ("кий", "кі"),
    ("ый", "ы"), ("ий", "і"), ("ова", "ава"), ("ева", "ева"), ("ов", "аў"), ("ев", "еў"),
    ("ович", "авіч"), ("евич", "евіч"), ("ина", "іна"), ("ин", "ін"), ("енко", "енка"),
)


def _swap_ending(word: str, table: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    for old, new in table:
        if word.endswith(old) and len(word) > len(old) + 1:
            return word[: -len(old)], new
    return word, ""


def _recase(src: str, out: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def be_to_ru(word: str, limit: int = 4) -> list[str]:
    """Russian spelling candidates for one Belarusian word, most likely first."""
    low = word.lower()
    stem, ending = _swap_ending(low, _BE_TO_RU_ENDINGS)
    stem = re.sub(f"ц(?=[{_SOFT}])", "т", stem)
    stem = re.sub(f"дз(?=[{_SOFT}])", "д", stem)
    stem = stem.replace("дзь", "дь").replace("ць", "ть")
    stem = re.sub(r"(?<=[аеёоуыэюяі])ў", "в", stem).replace("ў", "в")
    stem = re.sub("(?<=[жшчр])ы", "и", stem)
    stem = stem.replace("і", "и").replace("э", "е").replace("’", "ь").replace("'", "ь")
    base = stem + ending
    out = [base]
    # Unstressed а may be a Russian о and unstressed я a Russian е; try each position alone,
    # left to right, because one syllable carries the stress and keeps its vowel.
    for i, ch in enumerate(stem):
        if ch in "ая":
            swapped = stem[:i] + ("о" if ch == "а" else "е") + stem[i + 1:]
            out.append(swapped + ending)
    if len(out) > 2:
        # Both vowels reduced at once is the commonest case in two-syllable stems (Калеснік-).
        all_o = re.sub("а", "о", stem, count=1)
        all_o = re.sub("я", "е", all_o)
        out.insert(1, all_o + ending)
    seen: list[str] = []
    for cand in out:
        cased = _recase(word, cand)
        if cased not in seen:
            seen.append(cased)
    return seen[:limit]


def ru_to_be(word: str) -> str:
    """One Belarusian spelling for a Russian word: the regular correspondences, no stress."""
    low = word.lower()
    stem, ending = _swap_ending(low, _RU_TO_BE_ENDINGS)
    stem = re.sub("(?<=[жшчрц])и", "ы", stem).replace("и", "і")
    stem = re.sub("т(?=[еёіюяь])", "ц", stem)
    stem = re.sub("д(?=[еёіюяь])", "дз", stem)
    stem = re.sub(r"(?<=[аеёоуыэюяі])в(?=[^аеёоуыэюяі]|$)", "ў", stem)
    # Akanye: every о outside the stressed syllable becomes а. Stress is unknown, so the first
    # о is kept when there are several (names are most often stressed early in the stem).
    positions = [i for i, ch in enumerate(stem) if ch == "о"]
    keep = positions[0] if len(positions) > 1 else -1
    stem = "".join("а" if ch == "о" and i != keep else ch for i, ch in enumerate(stem))
    return _recase(word, stem + ending)
