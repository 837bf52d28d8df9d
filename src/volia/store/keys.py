"""Search keys stored beside names, so that lookups need no per-row Python."""

from __future__ import annotations

import re
import secrets
import unicodedata

_CYR = dict(zip(
    "абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя",
    ["a", "b", "v", "g", "g", "d", "e", "e", "ie", "zh", "z", "i", "i", "i", "i", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
     "e", "iu", "ia"], strict=True))


def fold(text: str) -> str:
    """Lower case, Cyrillic to plain Latin, accents dropped, punctuation to single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(_CYR.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[\W_]+", " ", text).strip()


_SLUG_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_slug() -> str:
    """A short public handle that says nothing about the person (a name in a URL could
    reveal someone whose name is withheld)."""
    return "p" + "".join(secrets.choice(_SLUG_ALPHABET) for _ in range(8))
