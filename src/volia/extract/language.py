"""Language of a report: English, Russian or Belarusian, told by letters and stopwords."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters only one of the two Cyrillic languages uses.
_BE_ONLY = set("іўІЎ")
_RU_ONLY = set("иъщИЪЩ")
_RU_STOP = {"и", "в", "не", "что", "он", "она", "на", "его", "был", "была", "было", "были",
            "это", "из", "по", "как", "который", "которая", "после", "также", "ещё", "еще"}
_BE_STOP = {"і", "ў", "у", "не", "што", "ён", "яна", "на", "яго", "быў", "была", "было",
            "былі", "гэта", "з", "па", "як", "які", "якая", "пасля", "таксама", "яшчэ"}
_EN_STOP = {"the", "and", "of", "to", "was", "were", "in", "is", "he", "she", "his", "her",
            "after", "from", "has", "been", "that", "with", "for"}


def detect_language(text: str) -> str:
    """Return ``en``, ``ru`` or ``be`` for TEXT (the majority script and its markers)."""
    sample = text[:20000]
    latin = cyr = 0
    for ch in sample:
        if "a" <= ch.lower() <= "z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
    if latin >= cyr:
        return "en"
    be_score = sum(1 for ch in sample if ch in _BE_ONLY)
    ru_score = sum(1 for ch in sample if ch in _RU_ONLY)
    for word in _WORD.findall(sample.lower()):
        if word in _BE_STOP and word not in _RU_STOP:
            be_score += 2
        elif word in _RU_STOP and word not in _BE_STOP:
            ru_score += 2
    return "be" if be_score > ru_score else "ru"


def is_english_stopword(word: str) -> bool:
    return word.lower() in _EN_STOP
