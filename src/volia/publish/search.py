"""Search keys for names, so that a name is found in any script or transliteration.

Every name is cut into words and each word gets two keys:

- the *fold*: lower case, Latin letters only, diacritics dropped, Cyrillic transliterated
  (Калеснікава → kalesnikava, Cichanoŭski → cichanouski);
- the *skeleton*: the fold with spelling differences between transliteration systems removed
  (ts/tz/cz/c → c, kh/ch/h → h, zh/ž → z, sh/sz → s, g → h, w → v, y/j → i, doubled letters
  once), so that Tsikhanouski, Cichanouski and Ціханоўскі meet.

A query is cut the same way; a person matches when every query word is a prefix of one of the
keys of one of their names. When ``volia.names`` is present and offers name variants, their keys
are added too (the snapshot keeps working without it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from volia.publish.search_variants import engine_keys

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "io",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
_SPECIAL_LATIN = {"ł": "l", "ß": "ss", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"}
_SKELETON = [
    ("shch", "s"), ("sch", "s"), ("tsh", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"),
    ("kh", "h"), ("ch", "h"), ("zh", "z"), ("sh", "s"), ("sz", "s"), ("x", "ks"),
    ("g", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"),
]
_WORD = re.compile(r"[a-z0-9]+")
MIN_QUERY_WORD = 1
MAX_QUERY_WORDS = 6


def fold(text: str) -> str:
    """Lower-case Latin transliteration without diacritics (non-letters become spaces)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _SPECIAL_LATIN:
            out.append(_SPECIAL_LATIN[ch])
        elif ch in "'’ʼ`":
            continue
        else:
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)))
    return " ".join(_WORD.findall("".join(out)))


def skeleton(word: str) -> str:
    """A coarser key of one folded word (see the module docstring)."""
    for old, new in _SKELETON:
        word = word.replace(old, new)
    collapsed: list[str] = []
    for ch in word:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed)


def word_keys(text: str) -> set[str]:
    """All keys of the words of one written form."""
    keys: set[str] = set()
    for word in fold(text).split():
        keys.add(word)
        keys.add(skeleton(word))
    return keys


def _texts(found: Iterable[object]) -> list[str]:
    """Variant texts, whether the engine returns strings or objects with a ``text``."""
    out = []
    for v in found:
        text = v if isinstance(v, str) else getattr(v, "text", None)
        if isinstance(text, str):
            out.append(text)
    return out


def _variants_function() -> Callable[[str], Iterable[str]] | None:
    """The name engine's variant generator, if it has landed and works; else None."""
    try:
        import volia.names as names  # optional, written concurrently
    except Exception:  # the engine is optional: any failure means "not available"
        return None
    for attr in ("variants", "name_variants", "spelling_variants"):
        func = getattr(names, attr, None)
        if callable(func):
            try:
                if _texts(func("Калеснікава")):
                    return lambda text: _texts(func(text))
            except Exception:
                return None
    return None


_VARIANTS: list[Callable[[str], Iterable[str]] | None] = []


def _whole_name_keys(text: str) -> frozenset[str]:
    """Keys of the engine's variants of ``text``, asking the engine for the whole name."""
    if not _VARIANTS:
        _VARIANTS.append(_variants_function())
    func = _VARIANTS[0]
    keys: set[str] = set()
    if func is not None:
        try:
            for variant in list(func(text))[:50]:
                keys |= _word_keys(variant)
        except Exception:  # a failing engine must not stop a publication
            return frozenset()
    return frozenset(keys)


@lru_cache(maxsize=1 << 17)
def _word_keys(text: str) -> frozenset[str]:
    return frozenset(word_keys(text))


@lru_cache(maxsize=1 << 17)
def _name_keys(text: str, use_engine: bool) -> frozenset[str]:
    keys = set(_word_keys(text))
    if use_engine:
        found = engine_keys(text, _word_keys, _whole_name_keys)
        keys |= _whole_name_keys(text) if found is None else found
    return frozenset(k for k in keys if k)


def name_keys(text: str, use_engine: bool = True) -> set[str]:
    """Keys of a name, plus those of the name engine's variants when available.

    Cached per name, and the engine's part per word (:mod:`volia.publish.search_variants`):
    a registry repeats its given names and surnames many times."""
    return set(_name_keys(text, use_engine))


def query_words(query: str) -> list[tuple[str, str]]:
    """The (fold, skeleton) pairs of a search query, at most :data:`MAX_QUERY_WORDS`."""
    words = [w for w in fold(query).split() if len(w) >= MIN_QUERY_WORD]
    return [(w, skeleton(w)) for w in words[:MAX_QUERY_WORDS]]
