"""Text hygiene for names: one canonical display form and one folded form for keys.

Display keeps diacritics (Cichanoŭski stays Cichanoŭski); keys fold them away. Everything here
is pure and cheap because it runs on every query.
"""

from __future__ import annotations

import re
import unicodedata

from volia.names.errors import InvalidName

#: Longest string accepted as a name. Real names with patronymic and a double surname stay far
#: below this; anything longer is a paragraph pasted into the wrong box.
MAX_NAME_LENGTH = 200

# Every apostrophe-like mark becomes U+2019 in display and disappears in keys. Belarusian and
# Ukrainian write it inside names (Мар'яна, Пилип'юк), keyboards produce any of these.
_APOSTROPHES = "'\u02bc\u02b9\u2018\u2019\u201b\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_APOS_TABLE = str.maketrans({c: "\u2019" for c in _APOSTROPHES} | {c: "-" for c in _DASHES})

# Letters that look the same in both scripts. A Latin "o" typed inside "Колесникова" (or a
# Cyrillic "а" inside "Kalesnikava") defeats every exact key, so each token is repaired to the
# script of its majority.
_LAT_TO_CYR = dict(zip("aceopxyiABCEHKMOPTXYI", "асеорхуіАВСЕНКМОРТХУІ", strict=True))
_CYR_TO_LAT = {v: k for k, v in _LAT_TO_CYR.items()}

_TOKEN_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u2019.\-])*", re.UNICODE)


def letter_script(ch: str) -> str | None:
    """``Latn``, ``Cyrl``, ``Other`` for a letter, None for anything that is not a letter."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0xA640 <= code <= 0xA69F:
        return "Cyrl"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A:
        return "Latn"
    return "Other"


_HAS_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_HAS_CYRILLIC = re.compile("[\u0400-\u052f]")
# Anything that is neither a Latin nor a Cyrillic letter nor a joiner kept inside names.
_FOREIGN = re.compile(
    r"[^ A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f"
    r"\u1c80-\u1c8f\ua640-\ua69f\uff21-\uff3a\uff41-\uff5a\u2019.\-]"
)
_JOINERS = re.compile(r"[ \u2019.\-]")


def _repair_token(token: str) -> str:
    # Fast path: nearly every token is in one script, and checking that is two regex scans.
    if token.isascii() or not _HAS_LATIN.search(token) or not _HAS_CYRILLIC.search(token):
        return token
    lat = cyr = 0
    for ch in token:
        script = letter_script(ch)
        if script == "Latn":
            lat += 1
        elif script == "Cyrl":
            cyr += 1
    if not lat or not cyr:
        return token
    if cyr >= lat:
        return "".join(_LAT_TO_CYR.get(ch, ch) for ch in token)
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in token)


def repair_confusables(text: str) -> str:
    """Swap look-alike letters so that each word is written in one script."""
    return " ".join(_repair_token(t) for t in text.split(" "))


def clean(text: str) -> str:
    """The display form: NFKC, unified apostrophes and dashes, repaired scripts, single spaces.

    Raises :class:`InvalidName` when nothing name-like is left.
    """
    if not isinstance(text, str):
        raise InvalidName(f"a name must be a string, not {type(text).__name__}")
    if len(text) > MAX_NAME_LENGTH * 5:
        # Checked before any work so that a pasted book costs nothing.
        raise InvalidName(f"name too long ({len(text)} characters, limit {MAX_NAME_LENGTH})")
    text = unicodedata.normalize("NFKC", text).translate(_APOS_TABLE)
    words = [m.group(0).strip("-.\u2019") for m in _TOKEN_RE.finditer(text)]
    words = [w for w in words if w]
    if not words:
        raise InvalidName("no letters in the name")
    out = repair_confusables(" ".join(words))
    if len(out) > MAX_NAME_LENGTH:
        raise InvalidName(f"name too long ({len(out)} characters, limit {MAX_NAME_LENGTH})")
    if _FOREIGN.search(out):
        raise InvalidName("only Latin and Cyrillic names are supported")
    if len(_JOINERS.sub("", out)) < 2:
        raise InvalidName("a name needs at least two letters")
    return out


def casefold(text: str) -> str:
    return text.casefold()


_FOLD_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "đ": "d", "ı": "i"})


def fold_diacritics(text: str) -> str:
    """Latin letters without marks (ŭ→u, ž→z, ł→l); Cyrillic is left alone, й and ё included.

    Cyrillic combining marks are part of the letter (й is not и), so only marks on Latin bases
    are dropped.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text.translate(_FOLD_SPECIAL)):
        if unicodedata.combining(ch) and out and letter_script(out[-1]) == "Latn":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def key_form(text: str) -> str:
    """Cleaned, case-folded and diacritic-free: the form exact-match keys are built on."""
    return fold_diacritics(casefold(clean(text)))


def tokens(text: str) -> list[str]:
    """The words of an already cleaned name (hyphenated surnames stay one word)."""
    return [t for t in text.split(" ") if t]
