"""Destination countries named in English, Russian or Belarusian, in any case, to ISO codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Stems (lower case) that name a country or its capital, in the three languages. A stem
# matches a word that starts with it and has at most a short case ending after it.
_STEMS: dict[str, tuple[str, ...]] = {
    # with the border crossings and border towns where prisoners are handed over
    "LT": ("lithuania", "vilnius", "литв", "вильнюс", "літв", "вільн", "medininkai",
           "šalčininkai", "salcininkai", "медининк", "мядзінінк", "шальчинин", "шальчынін"),
    "PL": ("poland", "warsaw", "польш", "варшав", "польшч", "варшаў", "terespol", "kukuryki",
           "bobrowniki", "białystok", "bialystok", "biała podlaska", "biala podlaska",
           "тересп", "тэрэсп", "кукурык", "белосток", "беласток"),
    "UA": ("ukraine", "kyiv", "kiev", "украин", "киев", "украін", "кіеў", "кіев", "chernihiv",
           "чернигов", "чарнігаў", "чарнігав"),
    "LV": ("latvia", "riga", "латви", "рига", "ригу", "латві", "рыг", "daugavpils",
           "даугавпилс", "даўгаўпілс"),
    "EE": ("estonia", "tallinn", "эстони", "таллин", "эстоні"),
    "DE": ("germany", "berlin", "германи", "берлин", "германі", "нямеччын", "берлін"),
    "US": ("united states", "the us", "usa", "сша", "зша", "америк", "washington", "вашингтон",
           "вашынгтон"),
    "GE": ("georgia", "tbilisi", "грузи", "тбилис", "грузі"),
    "CZ": ("czech", "prague", "чехи", "прага", "прагу", "чэхі"),
    "FR": ("france", "paris", "франци", "париж", "францы"),
    "GB": ("united kingdom", "britain", "london", "великобритани", "лондон", "брытані"),
    "KZ": ("kazakhstan", "казахстан"),
    "AM": ("armenia", "армени", "арменi", "yerevan", "ереван"),
    "TR": ("turkey", "türkiye", "istanbul", "ankara", "турци", "стамбул", "анкар", "турцы"),
    "AZ": ("azerbaijan", "baku", "азербайджан", "баку"),
    "KG": ("kyrgyzstan", "bishkek", "кыргызстан", "киргизи", "бишкек", "біцкек"),
    "IL": ("israel", "израил", "ізраіл"),
    "MD": ("moldova", "chișinău", "chisinau", "молдов", "кишин", "кішын"),
    "TM": ("turkmenistan", "ashgabat", "туркменистан", "ашхабад", "туркменістан"),
    "UZ": ("uzbekistan", "tashkent", "узбекистан", "ташкент", "узбекістан"),
    "TJ": ("tajikistan", "dushanbe", "таджикистан", "душанбе", "таджыкістан"),
    "SK": ("slovakia", "bratislava", "словаки", "братислав", "славакі"),
    "DK": ("denmark", "copenhagen", "дания", "данию", "копенгаген", "данія", "данію"),
    "SE": ("sweden", "stockholm", "швеци", "стокгольм", "швецы"),
    "FI": ("finland", "helsinki", "финлянд", "хельсинк", "фінлянд"),
    "NO": ("norway", "oslo", "норвеги", "норвегі"),
    "NL": ("netherlands", "amsterdam", "нидерланд", "нідэрланд"),
    "AT": ("austria", "vienna", "австри", "аўстры"),
    "CH": ("switzerland", "geneva", "швейцари", "женев", "швейцары"),
    "IT": ("italy", "итали", "італі"),
    "ES": ("spain", "madrid", "испани", "іспані"),
    "HU": ("hungary", "budapest", "венгри", "будапешт", "венгры"),
    "RO": ("romania", "bucharest", "румыни", "румыні"),
    "CA": ("canada", "ottawa", "канад"),
    "GT": ("guatemala", "гватемал"),
    "AE": ("united arab emirates", "emirates", "abu dhabi", "эмират", "абу-даби", "абу-дабі"),
    "RU": ("russia", "moscow", "росси", "москв", "расі", "маскв"),
    "BY": ("belarus", "minsk", "беларус", "белорусс", "минск", "мінск"),
}
HOME_COUNTRIES = frozenset({"BY", "RU"})
_MAX_ENDING = 4


@dataclass(frozen=True)
class CountryMention:
    code: str
    start: int
    end: int


def _stem_pattern(stem: str) -> str:
    ending = rf"\w{{0,{_MAX_ENDING}}}" if not stem.isascii() else r"(?:'s)?"
    return re.escape(stem) + ending


_STEM_ORDER = [(code, re.compile(_stem_pattern(stem), re.IGNORECASE))
               for code, stems in _STEMS.items() for stem in stems]


def _build() -> re.Pattern[str]:
    # The lookahead on the first letters lets the regex engine skip most positions at once:
    # without it the long alternation is tried at every character (eight times slower).
    firsts = sorted({ch for stems in _STEMS.values() for stem in stems
                     for ch in (stem[0], stem[0].upper())})
    alternatives = "|".join(pattern.pattern for _, pattern in _STEM_ORDER)
    return re.compile(rf"(?<!\w)(?=[{re.escape(''.join(firsts))}])(?:{alternatives})(?!\w)",
                      re.IGNORECASE)


_PATTERN = _build()


def find_countries(text: str) -> list[CountryMention]:
    """Every country named in TEXT, in order."""
    out = []
    for match in _PATTERN.finditer(text):
        # the first stem (in table order) that matches the whole word is the one the
        # alternation took
        code = next(code for code, pattern in _STEM_ORDER if pattern.fullmatch(match.group()))
        out.append(CountryMention(code, match.start(), match.end()))
    return out


def country_code(text: str) -> str | None:
    """The ISO code of the first country named in TEXT, or None."""
    found = find_countries(text)
    return found[0].code if found else None


# "to the Lithuanian border", «передали польской стороне», «літоўскім памежнікам»: the
# country given by an adjective in front of a border or the foreign side receiving people.
_ADJECTIVES = {"LT": r"lithuanian|литовск\w*|літоўск\w*", "PL": r"polish|польск\w*",
               "LV": r"latvian|латвийск\w*|латвійск\w*",
               "UA": r"ukrainian|украинск\w*|украінск\w*",
               "EE": r"estonian|эстонск\w*"}
_RECEIVER = (r"(?:border(?:\s+guards?)?|frontier|officials|authorities|side|diplomats"
             r"|границ\w*|пограничник\w*|сторон\w*|власт\w*|мяж\w*|памежнік\w*|пагранічнік\w*"
             r"|бок\w*"
             r"|улад\w*)")
_ADJ_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(rf"(?P<{c}>{v})" for c, v in _ADJECTIVES.items())
    + r")\s+" + _RECEIVER + r"(?!\w)", re.IGNORECASE)


def receiving_country(text: str) -> CountryMention | None:
    """The first foreign border or side named by an adjective in TEXT, or None."""
    match = _ADJ_PATTERN.search(text)
    if match is None or match.lastgroup is None:
        return None
    return CountryMention(match.lastgroup, match.start(), match.end())
