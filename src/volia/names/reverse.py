"""Latin → Cyrillic: from a spelling seen in the press, candidate originals in be and ru.

Going back is ambiguous (ch is ч in English and х in the Belarusian system; y is ы, й or и),
so each Latin chunk offers several Cyrillic readings with a cost, and a small beam keeps the
cheapest few spellings. Useful to show a reviewer "Tsikhanouski could be Ціханоўскі" and to
search Cyrillic sources for a Latin-only record.
"""

from __future__ import annotations

import heapq
import unicodedata

# chunk → [(cyrillic, cost)] per language; longer chunks are tried first.
_COMMON: dict[str, list[tuple[str, float]]] = {
    "shch": [("щ", 0)], "szcz": [("щ", 0)], "kh": [("х", 0)], "zh": [("ж", 0)],
    "sh": [("ш", 0)], "sz": [("ш", 0)], "cz": [("ч", 0)], "ts": [("ц", 0), ("тс", 1.5)],
    "tz": [("ц", 0.5)], "ch": [("ч", 0), ("х", 1)], "dzh": [("дж", 0)], "dž": [("дж", 0)],
    "ya": [("я", 0)], "ja": [("я", 0.2)], "ia": [("я", 0.3), ("ия", 0.8)],
    "yu": [("ю", 0)], "ju": [("ю", 0.2)], "iu": [("ю", 0.3)],
    "yo": [("ё", 0)], "jo": [("ё", 0.2)], "io": [("ё", 0.4), ("ио", 1)],
    "ye": [("е", 0.2), ("йе", 2)], "je": [("е", 0.2)], "ie": [("е", 0.2), ("ие", 1)],
    "a": [("а", 0)], "b": [("б", 0)], "v": [("в", 0)], "w": [("в", 0.3)], "d": [("д", 0)],
    "e": [("е", 0), ("э", 1)], "z": [("з", 0)], "ž": [("ж", 0)], "ż": [("ж", 0)],
    "k": [("к", 0)], "l": [("л", 0)], "ł": [("л", 0)], "m": [("м", 0)], "n": [("н", 0)],
    "o": [("о", 0)], "p": [("п", 0)], "r": [("р", 0)], "s": [("с", 0)], "t": [("т", 0)],
    "u": [("у", 0)], "f": [("ф", 0)], "c": [("ц", 0), ("к", 1)], "č": [("ч", 0)],
    "š": [("ш", 0)], "x": [("кс", 0)], "q": [("к", 1)], "j": [("й", 0)],
    "ś": [("сь", 0)], "ć": [("ць", 0)], "ź": [("зь", 0)], "ń": [("нь", 0)], "ĺ": [("ль", 0)],
    "aya": [("ая", 0)], "aja": [("ая", 0)], "aia": [("ая", 0.1)],
    "'": [("ь", 0.5), ("", 0.6)], "’": [("ь", 0.5), ("", 0.6)], "g": [("г", 0)],
}
_LANG: dict[str, dict[str, list[tuple[str, float]]]] = {
    "be": {
        "h": [("г", 0), ("х", 1.2)], "i": [("і", 0)], "y": [("ы", 0), ("й", 0.5)],
        "ŭ": [("ў", 0)], "ou": [("оў", 0.1), ("оу", 1)], "au": [("аў", 0.1), ("ау", 1)],
        "eu": [("еў", 0.1)], "dz": [("дз", 0)], "ch": [("х", 0.3), ("ч", 0.5)],
        "ski": [("скі", 0)], "sky": [("скі", 0.2)], "e": [("е", 0), ("э", 0.6)],
    },
    "ru": {
        "h": [("х", 0.3), ("г", 0.5)], "i": [("и", 0)], "y": [("ы", 0.3), ("й", 0.3),
        ("и", 0.6)], "ŭ": [("в", 0)], "ou": [("ов", 0.5), ("оу", 0.8)],
        "au": [("ов", 0.6), ("ау", 0.6)], "eu": [("ев", 0.5)], "dz": [("д", 0.3), ("дз", 0.6)],
        "sky": [("ский", 0)], "skiy": [("ский", 0)], "ski": [("ский", 0.2)],
        "skii": [("ский", 0)], "skij": [("ский", 0)], "iy": [("ий", 0)], "ij": [("ий", 0.2)],
        "yi": [("ый", 0.3), ("ий", 0.5)], "ey": [("ей", 0)], "ei": [("ей", 0)],
        "ai": [("ай", 0)], "ay": [("ай", 0)], "oy": [("ой", 0)], "oi": [("ой", 0.5)],
        # "$" marks a reading used only at the end of a word: Maria → Мария, Navalny → -ный.
        "ia$": [("ия", 0)], "ya$": [("ья", 0.4), ("я", 0.3)], "y$": [("ый", 0.1), ("ий", 0.4)],
        "ki$": [("кий", 0)],
    },
}
_VOWEL_CYR = set("аеёиіоуыэюяў")
_MAX_CHUNK = 4


def _options(lang: str) -> dict[str, list[tuple[str, float]]]:
    return _COMMON | _LANG[lang]


def latin_to_cyrillic(text: str, lang: str = "ru", limit: int = 3) -> list[str]:
    """Up to ``limit`` Cyrillic spellings of a Latin name in ``lang`` (``be`` or ``ru``)."""
    if lang not in _LANG:
        raise ValueError(f"reverse transliteration is defined for be and ru, not {lang!r}")
    table = _options(lang)
    # Per word, its candidates; a hyphenated word is spelled part by part.
    words: list[list[str]] = []
    for word in text.split(" "):
        parts = [_word(p, table, limit) for p in word.split("-")]
        if len(parts) == 1:
            words.append(parts[0])
        else:
            words.append(["-".join(p[0] for p in parts)])
    # Combine per-word candidates; the first candidate of each word is the best overall.
    results = [" ".join(w[0] for w in words)]
    for i, word_alts in enumerate(words):
        for alt in word_alts[1:]:
            cand = " ".join(alt if j == i else w[0] for j, w in enumerate(words))
            if cand not in results:
                results.append(cand)
    return results[:limit]


def _word(word: str, table: dict[str, list[tuple[str, float]]], limit: int) -> list[str]:
    low = unicodedata.normalize("NFC", word.lower())
    # Beam over positions: state = (cost, position, text so far).
    beam: list[tuple[float, int, str]] = [(0.0, 0, "")]
    done: list[tuple[float, str]] = []
    while beam:
        nxt: list[tuple[float, int, str]] = []
        for cost, pos, acc in beam:
            if pos >= len(low):
                done.append((cost, acc))
                continue
            matched = False
            for size in range(min(_MAX_CHUNK, len(low) - pos), 0, -1):
                chunk = low[pos: pos + size]
                options = table.get(chunk, [])
                if pos + size == len(low) and pos > 0:
                    options = table.get(chunk + "$", []) + options
                for cyr, extra in options:
                    penalty = extra
                    # After a vowel y is the й of -ай/-ей/-ой, hardly ever an ы.
                    if chunk == "y" and cyr == "ы" and acc[-1:] in _VOWEL_CYR:
                        penalty += 1.0
                    nxt.append((cost + penalty + 0.01 * size, pos + size, acc + cyr))
                    matched = True
                if matched and size > 1:
                    break
            if not matched:
                nxt.append((cost + 2, pos + 1, acc + low[pos]))
        beam = heapq.nsmallest(8, nxt)
    done.sort()
    out: list[str] = []
    for _, acc in done:
        cased = acc[:1].upper() + acc[1:] if word[:1].isupper() else acc
        if cased not in out:
            out.append(cased)
    return out[:limit] or [word]
