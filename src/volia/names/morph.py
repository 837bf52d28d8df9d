"""Inflected mentions back to the nominative: "Марию Колесникову" → "Мария Колесникова".

Russian and Ukrainian words go through pymorphy3 (its dictionaries know names, patronymics
and many surnames, and guess the rest). Belarusian has no pymorphy dictionary, and Belarusian
names inside Russian text (Алесю Бяляцкаму) are often unknown to it, so name endings are also
undone by the rules below. The given name is found first because its gender decides the
surname: Колесникову is a woman's accusative next to Марию and a man's dative next to Ивану.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from volia.names.given import GENDER, given_ids, given_ids_exact
from volia.names.normalise import clean, tokens
from volia.names.script import detect_language, detect_script

# (oblique ending, nominative ending). Longest first within each table.
_GIVEN_RULES: tuple[tuple[str, str], ...] = (
    ("ию", "ия"), ("ии", "ия"), ("ией", "ия"), ("ыю", "ыя"), ("ыі", "ыя"), ("ыяй", "ыя"),
    ("ея", "ей"), ("ею", "ей"), ("еем", "ей"), ("эя", "эй"), ("эю", "эй"), ("эем", "эй"),
    ("ая", "ай"), ("аю", "ай"), ("аем", "ай"), ("ыя", "ый"), ("ыю", "ый"), ("ія", "ій"),
    ("ію", "ій"), ("ия", "ий"), ("ию", "ий"), ("ю", "ь"), ("я", "ь"), ("ем", "ь"), ("ём", "ь"),
    ("ей", "ь"),
    ("у", "а"), ("е", "а"), ("ы", "а"), ("і", "а"), ("ой", "а"), ("ай", "а"), ("ою", "а"),
    ("у", ""), ("а", ""), ("ом", ""), ("ам", ""), ("е", ""), ("ю", "я"), ("и", "я"),
    ("ові", ""), ("ові", "а"),
)
_SURNAME_RULES_M: tuple[tuple[str, str], ...] = (
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
    ("скага", "скі"), ("скаму", "скі"), ("скім", "скі"), ("цкага", "цкі"), ("цкаму", "цкі"),
    ("цкім", "цкі"), ("ького", "ький"), ("ькому", "ький"), ("ьким", "ький"),
    ("ого", "ый"), ("ому", "ый"), ("ым", "ый"), ("ага", "ы"), ("аму", "ы"),
    ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"), ("ева", "ев"), ("еву", "ев"),
    ("евым", "ев"), ("ина", "ин"), ("ину", "ин"), ("иным", "ин"), ("ава", "аў"),
    ("аву", "аў"), ("авым", "аў"), ("ёва", "ёў"), ("ёву", "ёў"), ("ёвым", "ёў"),
    ("ева", "еў"), ("іна", "ін"), ("іну", "ін"), ("іным", "ін"), ("ича", "ич"),
    ("ичу", "ич"), ("ичем", "ич"), ("іча", "іч"), ("ічу", "іч"), ("ічам", "іч"),
    ("ука", "ук"), ("уку", "ук"), ("уком", "ук"),
    ("ля", "ль"), ("лю", "ль"), ("лем", "ль"), ("енку", "енко"), ("енком", "енко"),
    ("енка", "енко"), ("ові", ""), ("ыкі", "ыка"), ("ікі", "іка"), ("ыкай", "ыка"), ("ом", ""),
    ("ам", ""), ("у", ""),
    ("а", ""),
)
_SURNAME_RULES_F: tuple[tuple[str, str], ...] = (
    ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
    ("скай", "ская"), ("цкай", "цкая"), ("ської", "ська"), ("ську", "ська"),
    ("овой", "ова"), ("ову", "ова"), ("евой", "ева"), ("еву", "ева"), ("иной", "ина"),
    ("ину", "ина"), ("авай", "ава"), ("аву", "ава"), ("авой", "ава"), ("інай", "іна"),
    ("іну", "іна"), ("ёвай", "ёва"), ("ёву", "ёва"), ("ой", "ая"), ("ую", "ая"), ("ай", "ая"),
)
_PATRONYMIC_RULES: tuple[tuple[str, str], ...] = (
    ("овича", "ович"), ("овичу", "ович"), ("овичем", "ович"), ("евича", "евич"),
    ("евичу", "евич"), ("евичем", "евич"), ("авіча", "авіч"), ("авічу", "авіч"),
    ("авічам", "авіч"), ("евіча", "евіч"), ("евічу", "евіч"), ("овны", "овна"),
    ("овне", "овна"), ("овну", "овна"), ("овной", "овна"), ("евны", "евна"), ("евне", "евна"),
    ("евну", "евна"), ("евной", "евна"), ("аўны", "аўна"), ("аўне", "аўна"),
    ("аўну", "аўна"), ("аўнай", "аўна"), ("еўны", "еўна"), ("еўне", "еўна"), ("еўну", "еўна"),
    ("івни", "івна"), ("івні", "івна"), ("івну", "івна"), ("івною", "івна"),
    ("овича", "ович"), ("ичу", "ич"),
)
_PATRONYMIC_NOM = ("ович", "евич", "овна", "евна", "авіч", "евіч", "аўна", "еўна", "івна",
                   "ич", "ична", "ічна")


@lru_cache(maxsize=4)
def _analyzer(lang: str) -> Any:
    import pymorphy3  # imported late: loading the dictionary costs ~0.3 s and 20 MB

    return pymorphy3.MorphAnalyzer(lang=lang)


def _recase(src: str, out: str) -> str:
    if src.isupper() and len(src) > 1:
        return out.upper()
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def _apply(word: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    low = word.lower()
    for old, new in rules:
        if low.endswith(old) and len(low) > len(old) + 2:
            return _recase(word, low[: -len(old)] + new)
    return None


def _given_nominative(word: str, as_written: bool = True) -> tuple[str, str | None] | None:
    """(nominative, gender) when the word is an inflected (or plain) known given name.

    ``as_written=False`` skips the reading of the word as already nominative: Алеся is a
    woman's name, and also the genitive of Алесь.
    """
    ids = given_ids_exact(word) if as_written else frozenset()
    if ids:
        genders = {GENDER[i] for i in ids}
        return word, genders.pop() if len(genders) == 1 else None
    low = word.lower()
    for old, new in _GIVEN_RULES:
        if low.endswith(old) and len(low) > len(old) + 1:
            cand = _recase(word, low[: -len(old)] + new)
            # Re-reading a nominative as oblique needs a listed spelling, not a near one.
            ids = given_ids(cand) if as_written else given_ids_exact(cand)
            if ids:
                genders = {GENDER[i] for i in ids}
                return cand, genders.pop() if len(genders) == 1 else None
    return None


def _pymorphy_nominative(word: str, lang: str, role: str, gender: str | None) -> str | None:
    try:
        parses = _analyzer(lang).parse(word)
    except Exception:  # a dictionary problem must not take name matching down with it
        return None
    wanted = {"surname": {"Surn", "ADJF"}, "patronymic": {"Patr"}, "given": {"Name"}}[role]
    pool = [(p, p.tag.grammemes) for p in parses]
    pool = [(p, g) for p, g in pool if g & wanted]
    if role == "surname":
        # A word that is a surname only by guesswork (Почобута as an adjective) is left to
        # the rules, which know surname endings better than a guesser does.
        pool = [(p, g) for p, g in pool if "Surn" in g or p.score >= 0.15]
    if gender is not None:
        code = "femn" if gender == "f" else "masc"
        matching = [(p, g) for p, g in pool if code in g or "ms-f" in g]
        pool = matching or pool
    if not pool:
        return None
    if any("nomn" in g for _, g in pool):
        return word
    try:
        form = pool[0][0].inflect({"nomn"})
    except Exception:
        return None
    return _recase(word, form.word) if form is not None else None


# Nominative surname endings per gender: a word that already ends like this is left alone
# without asking the dictionary (the common case, and the slow path otherwise).
_NOMINATIVE_M = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ський", "цький", "ой", "ый",
                 "ий", "аў", "оў", "еў", "ёў", "ін", "скі", "цкі", "ич", "іч", "енко", "ко",
                 "ук", "юк")
_NOMINATIVE_F = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ська", "цька", "ая",
                 "ава", "іна", "енко", "ко", "ук", "юк", "ич", "іч")


def _surname_nominative(word: str, lang: str, gender: str | None) -> str:
    low = word.lower()
    if (gender == "m" and low.endswith(_NOMINATIVE_M)) or (
            gender == "f" and low.endswith(_NOMINATIVE_F)):
        return word
    if lang in ("ru", "uk"):
        out = _pymorphy_nominative(word, lang, "surname", gender)
        if out is not None:
            return out
    rules = _SURNAME_RULES_F if gender == "f" else _SURNAME_RULES_M
    out = _apply(word, rules)
    if out is None and gender is None:
        out = _apply(word, _SURNAME_RULES_F)
    return out or word


def _patronymic_nominative(word: str, lang: str) -> str | None:
    low = word.lower()
    if low.endswith(_PATRONYMIC_NOM):
        return word
    out = _apply(word, _PATRONYMIC_RULES)
    if out is None and lang in ("ru", "uk"):
        return _pymorphy_nominative(word, lang, "patronymic", None)
    return out


def normalise_mention(text: str, lang: str | None = None) -> str:
    """The nominative form of a Cyrillic name mention; Latin text is only cleaned.

    Raises :class:`~volia.names.errors.InvalidName` for text that is not a name.
    """
    cleaned = clean(text)
    if detect_script(cleaned) != "Cyrl":
        return cleaned
    return _normalise_cyrillic(cleaned, lang or detect_language(cleaned) or "ru")


def has_oblique_given_reading(text: str) -> bool:
    """Is a word both a given name as written and an oblique case of another one?

    Cheap (no dictionary): "Александра Лукашенко" is Aleksandra in the nominative or
    Aleksandr in the genitive, and only then does a second reading need to be tried.
    """
    for word in text.split(" "):
        if not given_ids_exact(word):
            continue
        low = word.lower()
        for old, new in _GIVEN_RULES:
            if low.endswith(old) and len(low) > len(old) + 1:
                cand = low[: -len(old)] + new
                if cand != low and given_ids_exact(cand) and not (
                        given_ids_exact(cand) & given_ids_exact(word)):
                    return True
    return False


def mention_readings(text: str, lang: str | None = None) -> list[str]:
    """Nominative readings of a mention, most likely first (one or two)."""
    cleaned = clean(text)
    if detect_script(cleaned) != "Cyrl":
        return [cleaned]
    lang = lang or detect_language(cleaned) or "ru"
    first = _normalise_cyrillic(cleaned, lang)
    second = _normalise_cyrillic(cleaned, lang, as_written=False)
    return [first] if second in (first, cleaned) else [first, second]


@lru_cache(maxsize=8192)
def _normalise_cyrillic(cleaned: str, lang: str, as_written: bool = True) -> str:
    if lang not in ("ru", "uk", "be"):
        lang = "ru"
    words = tokens(cleaned)
    out = list(words)
    gender: str | None = None
    given_at = -1
    for i, word in enumerate(words):
        found = _given_nominative(word, as_written)
        if found is not None:
            out[i], gender = found
            given_at = i
            break
    if given_at < 0 and not as_written:
        return cleaned  # the re-reading only makes sense around a given name
    for i, word in enumerate(words):
        if i == given_at:
            continue
        if i == given_at + 1 and given_at >= 0 and len(words) >= 3:
            patronymic = _patronymic_nominative(word, lang)
            if patronymic is not None:
                out[i] = patronymic
                continue
        # In a double surname only the last part declines (Кара-Мурзы → Кара-Мурза).
        head, _, last = word.rpartition("-")
        nominative = _surname_nominative(last, lang, gender)
        out[i] = f"{head}-{nominative}" if head else nominative
    return " ".join(out)


def looks_inflected(text: str) -> bool:
    """Cheap test used by resolve(): could any word be in an oblique case?"""
    for word in text.lower().split():
        if word.endswith(("у", "ю", "ой", "ого", "ому", "ым", "ей", "ом", "ем", "ам", "ага",
                          "аму", "ай", "ы", "е", "и", "і", "а", "я", "ії", "ої")):
            return True
    return False
