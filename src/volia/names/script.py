"""Which script a name is written in and, for Cyrillic, which language's spelling it uses.

Language is guessed from letters that only one of the three alphabets has (ў is Belarusian,
ї є ґ are Ukrainian, ы э ё are Russian or Belarusian, и and щ are not Belarusian) and from
spelling habits (Belarusian -ава, -аў, дз, ц before soft vowels). A short name may give no
signal at all; then the answer is None rather than a guess.
"""

from __future__ import annotations

import re

from volia.names.normalise import letter_script

_BE_ONLY = set("ўЎ")
_UK_ONLY = set("їЇєЄґҐ")
_NOT_BE = set("иИщЩъЪ")  # Russian and Ukrainian have them, Belarusian does not
_NOT_UK = set("ыЫэЭёЁъЪ")  # Russian and Belarusian have them, Ukrainian does not
_I_DOTTED = set("іІ")  # Belarusian and Ukrainian, never Russian


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_ASCII_OR_CYRILLIC = re.compile(r"[\x00-\x7f\u0400-\u052f\u2019]*")


def detect_script(text: str) -> str | None:
    """``Latn``, ``Cyrl``, ``Mixed`` (both), ``Other`` (another script), or None (no letters)."""
    if _ASCII_OR_CYRILLIC.fullmatch(text):
        # Fast path for the usual case: no letter outside ASCII and Cyrillic.
        latin, cyrillic = bool(_LATIN.search(text)), bool(_CYRILLIC.search(text))
        if latin and cyrillic:
            return "Mixed"
        return "Latn" if latin else "Cyrl" if cyrillic else None
    seen: set[str] = set()
    for ch in text:
        script = letter_script(ch)
        if script:
            seen.add(script)
    if not seen:
        return None
    if "Other" in seen:
        return "Other"
    if len(seen) == 2:
        return "Mixed"
    return seen.pop()


def language_scores(text: str) -> dict[str, int]:
    """Evidence counts for be, ru and uk; positive means 'looks like this language'."""
    score = {"be": 0, "ru": 0, "uk": 0}
    letters = set(text)
    if letters & _BE_ONLY:
        score["be"] += 5
    if letters & _UK_ONLY:
        score["uk"] += 5
    if letters & _NOT_BE:
        score["be"] -= 5
    if letters & _NOT_UK:
        score["uk"] -= 5
    if letters & _I_DOTTED:
        score["ru"] -= 5
        score["be"] += 1
        score["uk"] += 1
    low = text.lower()
    if "и" in letters or "и" in low:
        score["ru"] += 1
        score["uk"] += 1
    if "ы" in low or "э" in low:
        score["ru"] += 1
        score["be"] += 1
    for word in low.split():
        # Belarusian writes the Russian -ова/-ов/-ев as -ава/-аў/-еў, and keeps -скі without й.
        if word.endswith(("ава", "аў", "еў", "ёў", "скі", "цкі", "ская")) and "и" not in word:
            score["be"] += 1
        if word.endswith(("ий", "ова", "ов", "ев", "ская", "ский")):
            score["ru"] += 1
        if word.endswith(("ський", "ська", "енко", "чук", "ій")):
            # -ський with its soft sign is Ukrainian; Russian writes -ский.
            score["uk"] += 2 if word.endswith(("ський", "ська")) else 1
    return score


def detect_language(text: str) -> str | None:
    """``be``, ``ru`` or ``uk`` for Cyrillic names; ``pl`` or ``en``-ish Latin is not guessed.

    Returns None when the text is not Cyrillic or when the letters do not decide.
    """
    if detect_script(text) != "Cyrl":
        return None
    score = language_scores(text)
    best = max(score.values())
    winners = [lang for lang, value in score.items() if value == best]
    if len(winners) == 1 and best > 0:
        return winners[0]
    if len(winners) > 1 and "ru" in winners and best > 0:
        # Ties between ru and another language almost always come from letters both share;
        # Russian is the unmarked case in this corpus.
        return "ru"
    return None
