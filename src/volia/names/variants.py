"""The spellings Volia generates for a name: every scheme, the other language, the script back.

For a Cyrillic name: each transliteration scheme that fits its language, the Russian
(or Belarusian) spelling candidates and their transliterations. For a Latin name: candidate
Cyrillic originals in Belarusian and Russian, and their transliterations. Useful for search
(a source may use any of them) and to show a reviewer why two records were linked.
"""

from __future__ import annotations

from dataclasses import dataclass

from volia.names.beru import be_to_ru, ru_to_be
from volia.names.given import given_ids_exact, spellings
from volia.names.normalise import clean
from volia.names.reverse import latin_to_cyrillic
from volia.names.script import detect_language, detect_script
from volia.names.translit import schemes_for, transliterate


@dataclass(frozen=True, slots=True)
class Variant:
    text: str
    system: str  # scheme or derivation that produced it ("input", "bgn-pcgn-ru", "be→ru"...)
    script: str  # Latn / Cyrl
    lang: str | None


def _convert_words(text: str, convert: object) -> str:
    assert callable(convert)
    return " ".join("-".join(convert(p) for p in w.split("-")) for w in text.split(" "))


def _given_in_russian(word: str) -> list[str] | None:
    """A known given name's Russian form from the equivalents table (Марыя → Мария)."""
    ids = given_ids_exact(word)
    if len(ids) != 1:
        return None
    (canon,) = ids
    forms = spellings(canon)
    return [forms[0]] if forms and detect_script(forms[0]) == "Cyrl" else None


def _latin(text: str, lang: str | None, via: str) -> list[Variant]:
    out = []
    for scheme in schemes_for(lang):
        label = scheme.name if not via else f"{via}+{scheme.name}"
        out.append(Variant(transliterate(text, scheme, lang), label, "Latn", lang))
    return out


def variants(name: str) -> list[Variant]:
    """All generated spellings of ``name``, the input first, no duplicate texts.

    Raises :class:`~volia.names.errors.InvalidName` for unusable input.
    """
    text = clean(name)
    script = detect_script(text)
    found: list[Variant] = []
    if script == "Cyrl":
        lang = detect_language(text) or "ru"
        found.append(Variant(text, "input", "Cyrl", lang))
        found.extend(_latin(text, lang, ""))
        if lang == "be":
            words = [_given_in_russian(w) or be_to_ru(w, limit=2) for w in text.split(" ")]
            russian = " ".join(w[0] for w in words)
            found.append(Variant(russian, "be→ru", "Cyrl", "ru"))
            alternative = " ".join(w[-1] for w in words)
            if alternative != russian:
                found.append(Variant(alternative, "be→ru", "Cyrl", "ru"))
            found.extend(_latin(russian, "ru", "be→ru"))
            if alternative != russian:
                found.extend(_latin(alternative, "ru", "be→ru"))
        elif lang == "ru":
            belarusian = _convert_words(text, ru_to_be)
            found.append(Variant(belarusian, "ru→be", "Cyrl", "be"))
            found.extend(_latin(belarusian, "be", "ru→be"))
    else:
        found.append(Variant(text, "input", "Latn", None))
        for lang in ("be", "ru"):
            candidates = latin_to_cyrillic(text, lang, limit=2)
            for cand in candidates:
                found.append(Variant(cand, f"reverse-{lang}", "Cyrl", lang))
            found.extend(_latin(candidates[0], lang, f"reverse-{lang}"))
    seen: set[str] = set()
    unique: list[Variant] = []
    for variant in found:
        if variant.text and variant.text not in seen:
            seen.add(variant.text)
            unique.append(variant)
    return unique
