"""Days of the month told as ordinal words: «седьмого марта», «сёмага сакавіка», "the ninth
of January" (word stems, each with its day)."""

from __future__ import annotations

_RU_UNITS = ["перв", "втор", "треть", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят"]
_BE_UNITS = ["перш", "друг", "трэц", "чацв[её]рт", "пят", "шост", "сём", "восьм", "дзявят"]
_RU_TEENS = ["десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
             "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"]
_BE_TEENS = ["дзясят", "адзінаццат", "дванаццат", "трынаццат", "чатырнаццат", "пятнаццат",
             "шаснаццат", "сямнаццат", "васямнаццат", "дзевятнаццат"]


def _ordinal_days() -> dict[str, int]:
    days: dict[str, int] = {}
    for units, teens, tens in ((_RU_UNITS, _RU_TEENS, ("двадцат", "двадцать", "тридцат",
                                                       "тридцать")),
                               (_BE_UNITS, _BE_TEENS, ("дваццат", "дваццаць", "трыццат",
                                                       "трыццаць"))):
        twenty, twenty_and, thirty, thirty_and = tens
        for n, stem in enumerate(units, start=1):
            days[stem] = n
            days[rf"{twenty_and}\s+{stem}"] = 20 + n
        days[rf"{thirty_and}\s+{units[0]}"] = 31
        for n, stem in enumerate(teens, start=10):
            days[stem] = n
        days[twenty], days[thirty] = 20, 30
    return days


ORDINAL_DAYS = _ordinal_days()

# "the ninth of January", "January the twenty-first": a day spelt out, as radio transcripts
# and careful prose write it
_EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
EN_ORDINAL_DAYS = {word: n for n, word in enumerate(_EN_ORDINALS, start=1)} | {
    f"twenty-{word}": 20 + n for n, word in enumerate(_EN_ORDINALS[:9], start=1)} | {
    "thirtieth": 30, "thirty-first": 31}
EN_DAY_WORD = "|".join(sorted(EN_ORDINAL_DAYS, key=len, reverse=True))
