"""The matching-key family: one phonetic form per word, whatever its script or scheme.

``phon`` maps Калеснікава, Колесникова, Kalesnikava and Kolesnikova to one string by undoing
the choices schemes make differently: kh/h/g/ch/č/cz are one sound class (х, г and ч are
written every which way), ts/tz/c/ć one, sh/sz/š/śč one, y/i/j/e one vowel, a/o one (akanye),
ou/ov/au/ŭ/w before a consonant one (ў), double letters single. ``skeleton`` then drops the
vowels: a coarse key for blocking, so that scoring only ever sees a handful of candidates.

These merges are lossy on purpose. They only choose whom to compare; the score is computed by
:mod:`volia.names.scoring` from finer evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import combinations

# Cyrillic to a Latin pivot that keeps the distinctions the regexes below need.
_CYR_PIVOT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "io",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "ii", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ў": "w", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})
# Latin letters with marks that carry a sound of their own (š is not s); the rest lose marks.
_LAT_SPECIAL = str.maketrans({
    "š": "sh", "ž": "zh", "č": "ch", "ć": "c", "ś": "s", "ź": "z", "ń": "n", "ĺ": "l", "ł": "l",
    "ŭ": "w", "ǔ": "w", "ż": "zh", "ŝ": "shch", "ê": "ie", "â": "ia", "û": "iu", "ë": "io",
    "ì": "i", "ï": "ii", "è": "e", "ß": "ss", "ø": "o",
})
_GRAPHEMES = {
    # German press spellings: Tschanyschewa, Dschelal, Kagarlizki (z before k is ц there).
    "tsch": "H", "dsch": "dZ", "zk": "ck",
    # English "tch" is one ч (Pitchugin, Gershkovitch).
    "tch": "H",
    "shch": "S", "szcz": "S", "sch": "S", "sh": "S", "sz": "S", "dzh": "dZ", "zh": "Z",
    "kh": "H", "ch": "H", "cz": "H", "h": "H", "g": "H", "ts": "c", "tz": "c",
    "c": "c", "dz": "d", "ph": "f", "x": "ks", "w": "v", "q": "k", "j": "i", "y": "i",
    "e": "i", "i": "i", "o": "a", "a": "a", "u": "u",
}
_GRAPHEME_RE = re.compile("|".join(sorted(_GRAPHEMES, key=len, reverse=True)))
_POST_VOWEL_V = re.compile(r"(?<=[aiu])v(?=[^aiu]|$)")
_SOFT_T = re.compile(r"c(?=i)")
_MEDIAL_IA = re.compile(r"(?<=.)ia(?=[^aiu])")
_RUNS = re.compile(r"(.)\1+")
_VOWELS = re.compile("[aiu]")
_NON_LETTER = re.compile("[^a-zA-Z]")


@lru_cache(maxsize=65536)
def phon(word: str) -> str:
    """The phonetic form of one word (any script, any scheme); '' when nothing is left."""
    low = word.lower().translate(_CYR_PIVOT).translate(_LAT_SPECIAL)
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    low = _NON_LETTER.sub("", low)
    out = _GRAPHEME_RE.sub(lambda m: _GRAPHEMES[m.group(0)], low)
    out = _POST_VOWEL_V.sub("u", out)
    # Belarusian ць/дзь stand where Russian has ть/дь (Ціханоўскі / Тихановский).
    out = _SOFT_T.sub("t", out)
    # Belarusian я where Russian has an unstressed е (Бяляцкі / Беляцкий, Святлана / Светлана).
    out = _MEDIAL_IA.sub("i", out)
    return _RUNS.sub(r"\1", out)


def skeleton(form: str) -> str:
    """Consonants of a phonetic form, doubles collapsed: the blocking key."""
    return _RUNS.sub(r"\1", _VOWELS.sub("", form))


def deletions(key: str) -> set[str]:
    """The key with one letter removed at each place: lets one typo still share a block.

    Keys shorter than four consonants get none: one letter off a three-letter skeleton is
    another surname more often than a typo, and such deletions would match half the registry.
    """
    if len(key) < 4:
        return set()
    return {key[:i] + key[i + 1:] for i in range(len(key))}


def two_deletions(key: str) -> set[str]:
    if len(key) < 5:
        return set()
    return {"".join(c for j, c in enumerate(key) if j not in pair)
            for pair in combinations(range(len(key)), 2)}


# Surname endings in phonetic form: (ending, family, gender). Family says which endings are
# forms of one surname (-ava/-au are the "ov" family); gender keeps a wife and husband apart.
_SURNAME_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("skaia", "sk", "f"), ("ckaia", "sk", "f"), ("ska", "sk", "f"), ("cka", "sk", "f"),
    ("ski", "sk", "m"), ("cki", "sk", "m"), ("aia", "adj", "f"), ("ava", "ov", "f"),
    ("iva", "ov", "f"), ("ina", "in", "f"), ("au", "ov", "m"), ("iu", "ov", "m"),
    ("in", "in", "m"), ("ai", "adj", "m"), ("i", "adj", "m"),
)


@lru_cache(maxsize=65536)
def surname_parts(form: str) -> tuple[str, str, str | None]:
    """(stem, family, gender) of a surname's phonetic form.

    ``kalisnikava`` → (``kalisnik``, ``ov``, ``f``); ``lukaSinka`` → (``lukaSinka``, ``""``,
    None): -enka/-enko, -uk, -ich surnames do not change with gender.
    """
    for ending, family, gender in _SURNAME_ENDINGS:
        if form.endswith(ending) and len(form) >= len(ending) + 3:
            stem = form[: -len(ending)]
            if family == "ov":
                stem = stem.rstrip("i")  # -ёў/-еў/-ев leave a soft i before the ending
            if family in ("sk", "adj") and ending[0] == "c":
                stem += "c"
            return stem, family, gender
    return form, "", None
