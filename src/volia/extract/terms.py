"""Prison terms in digits and words ("10-year", "ten years", "на 11 лет", "3,5 года")."""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-five": 25, "a": 1, "an": 1,
    # Russian
    "один": 1, "одного": 1, "одному": 1, "два": 2, "двух": 2, "двум": 2, "три": 3, "трех": 3,
    "трёх": 3, "трем": 3, "трём": 3, "четыре": 4,
    "четырём": 4, "четырех": 4, "четырёх": 4, "четырем": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
    "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15,
    "пятнадцати": 15, "двадцать": 20, "двадцати": 20, "тринадцать": 13, "четырнадцать": 14,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7,
    "восьмерых": 8, "девятерых": 9, "десятерых": 10, "четверо": 4, "пятеро": 5,
    "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
    "чацвёра": 4, "пяцёра": 5, "шасцёра": 6, "сямёра": 7, "васьмёра": 8, "дзевяцёра": 9,
    "дзесяцёра": 10, "пяцярых": 5, "дваіх": 2, "траіх": 3, "шасцярых": 6, "сямярых": 7,
    "сямёх": 7, "васьмярых": 8, "дзевяцярых": 9, "дзесяцярых": 10,
    # Belarusian
    "адзін": 1, "аднаго": 1, "дваццаць": 20, "тры": 3, "трох": 3, "чатыры": 4,
    "чатырох": 4, "пяць": 5, "шэсць": 6, "шасці": 6, "сем": 7, "сямі": 7, "восем": 8,
    "васьмі": 8, "дзевяць": 9, "дзевяці": 9, "дзесяць": 10, "дзесяці": 10,
    "адзінаццаць": 11, "адзінаццаці": 11, "дванаццаць": 12, "пятнаццаць": 15,
    "трынаццаць": 13, "чатырнаццаць": 14, "шаснаццаць": 16, "сямнаццаць": 17,
    "васямнаццаць": 18, "дзевятнаццаць": 19, "трыццаць": 30, "сорак": 40, "пяцьдзясят": 50,
    "пяці": 5, "тринадцати": 13, "четырнадцати": 14, "шестнадцати": 16,
    "восемнадцати": 18, "дванаццаці": 12, "пятнаццаці": 15,
    # spellings met in the press beside the standard ones
    "семнаццаць": 17, "васемнаццаць": 18, "пяцьдзесят": 50, "шэсцьдзясят": 60,
    "шасцьдзясят": 60, "семдзесят": 70, "сямдзясят": 70, "восемдзесят": 80, "васямдзясят": 80,
}
# a number in digits or words, of any of the three languages
NUMBER = _NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(
    sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
_YEAR_WORD = (r"(?:years?|лет|года?|годам|годами|гадоў|гады|гадам|год)")
_MONTH_WORD = (r"(?:months?|месяц(?:а|ев|ам|ами)?|месяцаў|месяцы|месяц)")
_HALF = r"(?:[\s-]+(?:and[\s-]+a[\s-]+half|с\s+половиной|з\s+паловай))?"
_TERM = re.compile(
    rf"(?<!\w)(?P<y>{_NUM}){_HALF}[\s-]+(?:{_YEAR_WORD}){_HALF}(?!\w)"
    rf"(?:(?:\s*,\s*|\s+(?:and|и|і)\s+|\s+)(?P<m>{_NUM})[\s-]+{_MONTH_WORD}(?!\w))?"
    rf"|(?<!\w)(?P<mo>{_NUM})[\s-]+{_MONTH_WORD}(?!\w)"
    rf"|(?<!\w)(?P<half>полтора|полутора|паўтара)\s+(?:года|лет|гадоў|гады)(?!\w)",
    re.IGNORECASE,
)
# «трёхлетний срок», «12-летнего заключения», «пяцігадовы тэрмін»: a term as an adjective
_ADJ_NUM = (r"\d+|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS if len(w) > 2),
                                      key=len, reverse=True)))
_ADJ_TERM = re.compile(
    rf"(?<!\w)(?P<n>{_ADJ_NUM})[\s-]*(?:летн|гадов)\w*\s+(?:[\w-]+\s+)?(?:срок|тэрмін|приговор"
    r"|прысуд|заключени|лишени|зняволен|пазбаўлен|колони|калоні)", re.IGNORECASE)
_AGE = re.compile(r"(?:years?[\s-]+old|-year-old|летн|гадов|лет от роду|years? ago|лет назад"
                  r"|гадоў таму|years? later)", re.IGNORECASE)
# a year without a number: «дал мне год колонии», «год лишения свободы», "a year in a
# penal colony" (not "after a year in prison": time served)
_ONE_YEAR = re.compile(r"(?<!\w)(?:(?<!\d\s)год|гады?)(?=\s+(?:колонии|лишения|ограничения"
                       r"|заключения|тюрьмы|калоніі|пазбаўлення|абмежавання|зняволення|турмы))"
                       r"|\b(?:a|one)\s+year(?=\s+(?:in\s+(?:a\s+|the\s+)?(?:penal\s+)?colony|of"
                       r"\s+(?:restricted|imprisonment|prison|jail)))", re.IGNORECASE)
# "after three years in prison" is time served so far; "gave him nine years in prison" a term
_PART_OF_TERM = re.compile(r"\s+(?:of|out\s+of)\s+(?:a|an|his|her|their|the)\s+(?:(?:full|total"
                           r"|whole|original)\s+)?", re.IGNORECASE)
_IN_PRISON = re.compile(r"years?\s+in\s+prison", re.IGNORECASE)
_SERVED_BEFORE = re.compile(r"(?:after|spent|spending|served|serving|almost|nearly|than|over"
                            r"|some|about|its|his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _number(text: str) -> float | None:
    text = text.lower().replace(",", ".").replace("ё", "е")
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def find_terms(text: str) -> list[tuple[int, int, int]]:
    """(start, end, months) for every term in TEXT, ages and durations-ago skipped."""
    out = []
    for match in _TERM.finditer(text):
        tail = text[match.end():match.end() + 14]
        whole = match.group(0) + tail
        if _AGE.search(whole[len(match.group(0)) - 6:]):
            continue
        if _IN_PRISON.match(whole[len(match.group(0)) - 6:].lstrip("-0123456789 ")) and \
                _SERVED_BEFORE.search(text[max(0, match.start() - 25):match.start()]):
            continue
        part = _PART_OF_TERM.match(text, match.end())
        if part and (_TERM.match(text, part.end()) or _ADJ_TERM.match(text, part.end())):
            continue  # "three years of a six-year sentence": the sentence is the term
        months = _months(match)
        if months:
            out.append((match.start(), match.end(), months))
    for match in _ADJ_TERM.finditer(text):
        years = _number(match.group("n"))
        if years and years <= 50 and not any(s <= match.start() < e for s, e, _ in out):
            out.append((match.start(), match.end(), round(years * 12)))
    for match in _ONE_YEAR.finditer(text):
        if not any(s <= match.start() < e for s, e, _ in out) and not _SERVED_BEFORE.search(
                text[max(0, match.start() - 25):match.start()]):
            out.append((match.start(), match.end(), 12))
    return sorted(out)


def _months(match: re.Match[str]) -> int | None:
    if match.group("half"):
        return 18
    if match.group("mo"):
        value = _number(match.group("mo"))
        return int(value) if value and value < 600 else None
    years = _number(match.group("y"))
    if years is None or years > 50:
        return None
    if re.search(r"half|половин|палов", match.group(0), re.IGNORECASE):
        years += 0.5
    months = round(years * 12)
    if match.group("m"):
        extra = _number(match.group("m"))
        months += int(extra or 0)
    return months or None


def parse_term_months(text: str) -> int | None:
    """The first prison term in TEXT, in months."""
    found = find_terms(text)
    return found[0][2] if found else None
