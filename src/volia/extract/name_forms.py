"""What the form of a name tells: that two surnames are one family's, a gender shown by an
ending («Метлицкого», «Бародзіцкай»), a man's surname or given name in a case ending
(«Корзуна», «Алеся»), a patronymic, and a man's accusative in a woman's shape («Гордеева
задержали»)."""

from __future__ import annotations

import re

from volia.extract.mentions import Mention, fold, gendered_surname, is_given_name


def surname_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    n = min(len(fa), len(fb))
    if n < 4:
        return fa == fb
    k = max(4, n - 3)
    if fa[:k] != fb[:k] or abs(len(fa) - len(fb)) > 4:
        return False
    # what follows the shared stem is a case ending, not more of another surname
    # (Кавалёў, Кавалёва; not Кавальчук)
    common = next((i for i, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y), n)
    return max(len(fa), len(fb)) - common <= 3


def same_family(a: str, b: str) -> bool:
    """True when surnames A and B are one family's (Sobol, Sobol; Ivanov, Ivanova)."""
    return surname_match(a, b)


def gender_of(mention: Mention) -> str:
    """A bare surname tells a gender only by a gendered ending: Шилко and Sobol do not."""
    if mention.is_full or gendered_surname(mention.surname):
        return mention.gender
    return ""


# An adjectival surname's case ending tells the gender: «дело Метлицкого» is a man's,
# «у Метлицкой» a woman's (Belarusian «Бародзіцкага», «Бародзіцкай» too).
_MASC_FORM = re.compile(r"(?:ск|цк)(?:ого|ому|ий|ага|аму)$", re.IGNORECASE)
_FEM_FORM = re.compile(r"(?:ск|цк)(?:ая|ую|ай)$", re.IGNORECASE)


def form_gender(mention: Mention) -> str:
    """The gender a bare surname's form in the text shows, else ``""``."""
    if mention.is_full or not mention.text:
        return ""
    form = re.sub(r"\W+$", "", mention.text.split()[-1])
    return "m" if _MASC_FORM.search(form) else "f" if _FEM_FORM.search(form) else ""


def declined_surname(surname: str, form: str) -> bool:
    """True when FORM is a man's SURNAME ending in a consonant with a case ending («Корзуна»)."""
    low, word = surname.lower(), form.lower()
    return re.search(r"[бвгджзклмнпрстфхцчшщ]$", low) is not None and word != low and \
        word.startswith(low) and word[len(low):] in ("а", "у", "ом", "ым", "е", "ам")


# A man's name in the genitive: both words in -а/-я after a consonant («Алеся Мароза»)
GENITIVE_PAIR = re.compile(r"[А-ЯЁІЎ][а-яёіў'’]*[бвгджзйклмнпрстфхцчшщўь][ая]\s+"
                            r"[А-ЯЁІЎ][а-яёіў'’]*[бвгджзклмнпрстфхцчшщў][ая]")
# what follows a woman's name, not a man's: a verb in her past tense, her pronoun
HERS = re.compile(r"\W{0,3}(?:[а-яёіў]+(?:ла|лася|лась)|она|яна|её|ее|яе)(?!\w)", re.IGNORECASE)


def declined_given(given: str, form: str) -> bool:
    """True when FORM is a man's GIVEN name with a case ending (Алесь → Алеся, Іван → Івана)."""
    low, word = given.lower().rstrip("ьй"), form.lower()
    return word != given.lower() and len(low) >= 3 and word.startswith(low[:-1]) and \
        len(word) - len(low) <= 2


_PATRONYMIC = re.compile(r"^(?P<stem>[А-ЯЁІЎ][а-яёіў]+?)"
                         r"(?:ович|евич|овна|евна|авіч|евіч|аўна|еўна)$")


def patronymic(word: str) -> bool:
    """True when WORD is a patronymic of a known given name («Иванович», «Сяргееўна»)."""
    match = _PATRONYMIC.match(word)
    if match is None:
        return False
    stem = match["stem"]
    return any(is_given_name(stem + end) for end in ("", "й", "ь", "а"))


_OBJECT_VERB = re.compile(r"(?<!\w)(?:задержа|арестова|приговори|осуди|обвини|этапирова|переве"
                          r"|помести|отпусти|освободи|помилова|вывез|призна|затрыма"
                          r"|арыштава|асудзі|абвінаваці|этапава|перавя|змясці|адпусці|вызвалі"
                          r"|памілава|прызна)\w*(?:ли|лі)(?!\w)", re.IGNORECASE)


def his_accusative(mention: Mention, sentence: str, start: int, end: int) -> bool:
    """True when a bare surname of a woman's shape («Гордеева») is the object of a verb told of
    "them" right beside it: a woman's would be «Гордееву», so this is her husband's."""
    surface = mention.text.split()[-1].lower() if mention.text.split() else ""
    if mention.is_full or not re.search(r"(?:ова|ева|ёва|ина|ына|ава|іна)$", surface):
        return False
    after = sentence[end:end + 40]
    before = sentence[max(0, start - 30):start]
    return bool(_OBJECT_VERB.search(" ".join(after.split()[:5])) or re.search(
        _OBJECT_VERB.pattern + r"\s+$", before, re.IGNORECASE))
