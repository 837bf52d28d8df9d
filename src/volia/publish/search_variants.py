"""The name engine's variant keys of a name, computed word by word and cached.

:func:`volia.names.variants` works on a whole name, but every step it takes is done word by
word (transliteration, Belarusian <-> Russian spelling, Latin -> Cyrillic candidates); only the
language (for Cyrillic) and the choice of the single alternative Cyrillic spelling (for Latin:
the first word that has one) depend on the whole name. So the keys of a name are the union of
keys of its words, each computed once per (word, language) however many people share the word.
That makes a publication's search keys cost proportional to the number of distinct name words,
not of names.

The result must equal the whole-name path exactly; :func:`engine_keys` checks this on probe
names the first time it runs and answers ``None`` (use the whole-name path) if the engine has
changed in a way this module does not follow, or if any step fails.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

WordKeys = Callable[[str], frozenset[str]]
_PROBES = ("Марыя Калеснікава", "Алена Ціханоўская-Лосік", "Святлана Тихановская",
           "Ihar Losik", "Maryia Kalesnikava-Babaryka", "Сергей Ivanou", "Аляксандр Лукашэнка")


def _engine() -> tuple[object, ...] | None:
    try:
        from volia.names.beru import be_to_ru, ru_to_be
        from volia.names.normalise import clean
        from volia.names.reverse import latin_to_cyrillic
        from volia.names.script import detect_language, detect_script
        from volia.names.translit import schemes_for, transliterate
        from volia.names.variants import _given_in_russian
    except Exception:  # the engine is optional
        return None
    return (be_to_ru, ru_to_be, clean, latin_to_cyrillic, detect_language, detect_script,
            schemes_for, transliterate, _given_in_russian)


def _make(word_keys: WordKeys) -> Callable[[str], frozenset[str]] | None:
    engine = _engine()
    if engine is None:
        return None
    (be_to_ru, ru_to_be, clean, latin_to_cyrillic, detect_language, detect_script,
     schemes_for, transliterate, given_in_russian) = engine
    assert callable(be_to_ru) and callable(ru_to_be) and callable(clean)
    assert callable(latin_to_cyrillic) and callable(detect_language)
    assert callable(detect_script) and callable(schemes_for) and callable(transliterate)
    assert callable(given_in_russian)

    def latin(word: str, lang: str) -> frozenset[str]:
        keys = set(word_keys(word))
        for scheme in schemes_for(lang):
            keys |= word_keys(transliterate(word, scheme, lang))
        return frozenset(keys)

    @lru_cache(maxsize=1 << 17)
    def cyrillic_word(word: str, lang: str) -> frozenset[str]:
        keys = set(latin(word, lang))
        if lang == "be":
            forms = given_in_russian(word) or be_to_ru(word, limit=2)
            for form in {forms[0], forms[-1]}:
                keys |= latin(form, "ru")
        elif lang == "ru":
            keys |= latin("-".join(ru_to_be(p) for p in word.split("-")), "be")
        return frozenset(keys)

    @lru_cache(maxsize=1 << 17)
    def latin_word(word: str, lang: str) -> tuple[frozenset[str], frozenset[str] | None]:
        """Keys of the best Cyrillic candidate (and its transliterations), and of the
        alternative candidate when the word has one."""
        found = latin_to_cyrillic(word, lang, limit=2)
        alt = word_keys(found[1]) if len(found) > 1 else None
        return latin(found[0], lang), alt

    def keys(name: str) -> frozenset[str]:
        text = clean(name)
        words = text.split(" ")
        out: set[str] = set()
        if detect_script(text) == "Cyrl":
            lang = detect_language(text) or "ru"
            for word in words:
                out |= cyrillic_word(word, lang)
            return frozenset(out)
        out |= word_keys(text)
        for lang in ("be", "ru"):
            found = [latin_word(word, lang) for word in words]
            for best, _ in found:
                out |= best
            out |= next((alt for _, alt in found if alt is not None), frozenset())
        return frozenset(out)

    return keys


_FAST: list[Callable[[str], frozenset[str]] | None] = []


def engine_keys(name: str, word_keys: WordKeys,
                whole: Callable[[str], frozenset[str]]) -> frozenset[str] | None:
    """The variant keys of ``name`` word by word, or None when the caller must use ``whole``
    (the whole-name path): engine absent, changed, or failing on this name."""
    if not _FAST:
        fast = _make(word_keys)
        try:
            ok = fast is not None and all(fast(p) == whole(p) for p in _PROBES)
        except Exception:
            ok = False
        _FAST.append(fast if ok else None)
    fast = _FAST[0]
    if fast is None:
        return None
    try:
        return fast(name)
    except Exception:
        return None
