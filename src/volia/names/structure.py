"""Name structure: which word is the given name, the patronymic and the surname.

East Slavic names come as "Given Surname" (press), "Surname Given Patronymic" (registries,
court papers), "Given Patronymic Surname" (formal Russian) or just a surname. Patronymics are
recognised by their endings (-ovich, -avič, -ovna, -aŭna, -ivna) and given names by the
equivalents list, so the order does not have to be known in advance. When nothing tells
which of two words is the surname, the parse says so (``certain=False``) and the scorer tries
both readings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from volia.names.errors import InvalidName
from volia.names.given import gender_of, given_ids
from volia.names.normalise import clean, tokens
from volia.names.phonetic import phon, skeleton, surname_parts

_PATRONYMIC_ENDINGS_M = ("aviH", "iviH", "iH")
_PATRONYMIC_ENDINGS_F = ("avna", "ivna", "iHna", "auna", "iuna")
# Endings that mark a word as a surname when order is otherwise unknown.
_SURNAME_HINTS = ("ava", "au", "iva", "iu", "ski", "cki", "skaia", "ckaia", "ska", "cka",
                  "inka", "uk", "Huk", "viH", "ina", "in", "aia")


@dataclass(frozen=True, slots=True)
class Surname:
    form: str  # phonetic form of the whole surname (hyphen parts joined)
    stem: str  # without the gendered ending
    family: str  # ov / in / sk / adj / "" (see phonetic.surname_parts)
    gender: str | None
    key: str  # skeleton of the stem: the blocking key
    part_keys: tuple[str, ...]  # keys of each part of a double surname (Sharenda-Panasiuk)


@dataclass(frozen=True, slots=True)
class ParsedName:
    text: str  # the cleaned display form
    surname: Surname | None
    given: str | None  # phonetic form; one letter when only an initial was given
    given_ids: frozenset[str]
    patronymic: str | None
    gender: str | None  # from the surname ending, else from the given name
    certain: bool  # False when the surname/given order was a guess
    given_is_initial: bool = False  # only an initial ("M. Kolesnikova")


def make_surname(words: list[str]) -> Surname | None:
    forms = [phon(part) for w in words for part in w.split("-")]
    forms = [f for f in forms if f]
    if not forms:
        return None
    whole = "".join(forms)
    stem, family, gender = surname_parts(whole)
    parts = tuple(skeleton(surname_parts(f)[0]) for f in forms) if len(forms) > 1 else ()
    return Surname(whole, stem, family, gender, skeleton(stem) or whole, parts)


def given_ids_of_form(form: str | None) -> frozenset[str]:
    if not form or len(form) == 1:
        return frozenset()
    return given_ids(form)


def _is_patronymic(form: str) -> bool:
    return len(form) >= 6 and form.endswith(_PATRONYMIC_ENDINGS_M + _PATRONYMIC_ENDINGS_F)


def _looks_like_surname(form: str) -> bool:
    return len(form) >= 4 and form.endswith(_SURNAME_HINTS)


@lru_cache(maxsize=65536)
def parse(name: str) -> ParsedName:
    """Parse a name; raises :class:`~volia.names.errors.InvalidName` for unusable input."""
    text = clean(name)
    words = tokens(text)
    # Given names found by spelling (Ales, Алесь, Maryia) before any phonetic folding.
    known = [bool(given_ids(w)) if len(w) > 1 else False for w in words]
    forms = [phon(w) for w in words]
    initial = [len(w) == 1 for w in words]
    n = len(words)
    if n == 1:
        return ParsedName(text, make_surname(words), None, frozenset(), None,
                          surname_parts(forms[0])[2], True)

    patronymic_at = -1
    if n >= 3:
        for i in range(1, n):
            if _is_patronymic(forms[i]) and (known[i - 1] or initial[i - 1]):
                patronymic_at = i
                break
        else:
            # "M. A. Kolesnikova": two initials before a surname.
            if initial[0] and initial[1]:
                patronymic_at = 1
    rest = [i for i in range(n) if i != patronymic_at]

    given_at = -1
    if patronymic_at > 0:
        given_at = patronymic_at - 1
    else:
        candidates = [i for i in rest if known[i] or initial[i]]
        if len(candidates) == 1:
            given_at = candidates[0]
        elif len(candidates) > 1:
            # Two given-name-like words (Ivan Ivanov is fine, "Maria Yulia"): prefer the one
            # that does not carry a surname ending, then the first.
            plain = [i for i in candidates if not _looks_like_surname(forms[i])]
            given_at = (plain or candidates)[0]
    certain = given_at >= 0
    if given_at < 0:
        hinted = [i for i in rest if _looks_like_surname(forms[i])]
        if len(rest) == 2 and len(hinted) == 1:
            given_at = next(i for i in rest if i != hinted[0])
            certain = True
        else:
            given_at = rest[0]
    surname_words = [words[i] for i in rest if i != given_at]
    surname = make_surname(surname_words)
    given = forms[given_at][:1] if initial[given_at] else forms[given_at]
    patronymic = None
    if patronymic_at > 0:
        patronymic = forms[patronymic_at][:1] if initial[patronymic_at] else forms[patronymic_at]
    ids = given_ids(words[given_at]) if not initial[given_at] else frozenset()
    gender = surname.gender if surname else None
    if gender is None and ids:
        gender = gender_of(ids)
    if surname is None:
        raise InvalidName(f"no usable surname in {text!r}")
    return ParsedName(text, surname, given or None, ids, patronymic, gender, certain,
                      bool(given) and len(given) == 1)


def swap(parsed: ParsedName) -> ParsedName | None:
    """The other reading of an uncertain "A B" name: B the given name, A the surname."""
    if parsed.certain or parsed.surname is None or parsed.given is None:
        return None
    words = tokens(parsed.text)
    if len(words) != 2:
        return None
    surname = make_surname([words[0]])
    given = phon(words[1])
    ids = given_ids(words[1])
    gender = surname.gender if surname else None
    return ParsedName(parsed.text, surname, given, ids, None, gender, False, len(given) == 1)
