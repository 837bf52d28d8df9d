"""Person mentions: what a finder returns, and the small facts about names they share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from volia.extract import given_names
from volia.names.given import gender_of as given_gender
from volia.names.given import given_ids_exact

# Latin transliteration used only to compare names across scripts (never shown).
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
}

# Common given names (nominative), enough to tell "Julia Fenner" from "Nobel Peace".
_GIVEN_NAMES_LATIN_TEXT = """
ales aliaksandr alexander aleksandr alexei alexey aleksei andrei andrey andrzej anna anton
artem artyom benjamin dmitry dmitri dzmitry daniel daria darya david denis eduard elena
ekaterina eugene evgeny galina hanna ihar igor ilya ivan iryna irina julia yulia
katsiaryna katerina kiryl kirill konstantin ksenia larysa larisa leonid liudmila lyudmila
marina maria maryia mariya maksim maxim marfa michael mikalai mikhail mikola nadezhda
nadzeya natalia nataliya natallia nikita nikolai nina oleg olga pavel pavlo peter petr
polina raman roman ryhor ruslan sergei sergey siarhei stanislau stanislav stepan svetlana
sviatlana tatsiana tatiana tatyana uladzimir yahor yahar aliaksei aliaksandra dzianis
vadzim yuras palina aleh ihnat kastus mikhas mikhail paval raman ruslan siarhiej zmicier
vasil volha viachaslau viktoryia yauheniya hanna halina lizaveta palina alesia iryna nasta
nastassia kanstantsin eduard artsiom artsem andrei yury pavel iosif leanid mikita maksim
pyotr siarhey vitali vital uladzislau anatol anatoly arkadz valery valiantsina valiantsin
valentin valery valeria vasily viktar viktor vladimir vladislau vital vitaly volha yauhen
yury yuri yulia zmitser emma john james tom sarah kate laura anastasia ihar alena alyona
andrzej ryhor marfa iosif ramanovich eduard mark
"""
GIVEN_NAMES_LATIN = frozenset(_GIVEN_NAMES_LATIN_TEXT.split()) | given_names.LATIN
_GIVEN_NAMES_CYR_TEXT = """
алесь александр аляксандр алексей андрей андрэй анна антон артём артем дмитрий дзмітрый
даниил дарья дар'я денис эдуард елена алена алёна екатерина кацярына евгений яўген галина
галіна ганна игорь ігар илья ілья иван іван ирина ірына юлия юлія кирилл кірыл константин
канстанцін ксения ксенія лариса ларыса леонид леанід людмила людміла марина марына мария
марыя максим максім михаил міхаіл николай мікалай надежда надзея наталья наталля никита
мікіта олег алег ольга вольга павел пётр петр полина паліна роман раман руслан сергей
сяргей светлана святлана станислав станіслаў степан сцяпан татьяна таццяна владимир
уладзімір аляксей алексей дзяніс вадзім юрась паліна алег ігнат кастусь міхась вольга
вячаслаў віталь яўгенія ганна галіна лізавета алеся ірына насця анастасія канстанцін
эдуард арцём андрэй юры павел іосіф леанід мікіта максім пётр сяргей аляксандр дзмітрый
мікалай уладзімір анатоль аркадзь валерый валянціна зінаіда тамара людміла наста настасся
дарья дар'я аксана яна вера надзея ніна ніна лілія святлана тацяна наталля марына марыя
валентин валянцін валерий валерый василий васіль виктор віктар виталий віталь владислав
уладзіслаў юрий юрый зміцер марфа эмма мікола ихар ігар
"""
GIVEN_NAMES_CYR = frozenset(_GIVEN_NAMES_CYR_TEXT.split()) | given_names.CYRILLIC
PRONOUNS = {
    "en": {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"},
    "ru": {"он": "m", "она": "f", "его": "m", "её": "f", "ее": "f", "ему": "m", "ей": "f",
           "ним": "m", "ней": "f", "него": "m", "неё": "f", "нее": "f", "нему": "m"},
    "be": {"ён": "m", "яна": "f", "яго": "m", "яе": "f", "яму": "m", "ёй": "f", "ім": "m",
           "ёю": "f"},
}
_FEM_SURNAME = re.compile(r"(?:ava|ova|eva|ina|yna|aya|aja|aia|skaya|skaja|ая|ва|на|ская)$",
                          re.IGNORECASE)
# -ich, -enko, -uk and their Cyrillic forms are worn by women too (Maryna Demidovich,
# Vera Ostapenko): the given name decides those.
_MASC_SURNAME = re.compile(r"(?:ski|sky|skiy|skii|au|ov|ev|in|ов|ев|ин|скі|ский|ау|аў|ёнак)$",
                           re.IGNORECASE)
_FEM_GIVEN_EXCEPTIONS = {"nikita", "ilya", "kuzma", "foma", "мікіта", "никита", "илья",
                         "ілья", "кузьма", "фома", "sasha", "саша", "zmitser", "mikola",
                         "mykola", "мікола", "микола", "mikita", "illia", "savva", "luka",
                         # men's names and pet names that end in -a/-ya ("Danila Krauchanka")
                         "danila", "данила", "даніла", "mykyta", "микита", "illya", "ілля",
                         "sava", "сава", "савва", "лука", "misha", "миша", "міша", "dima",
                         "дима", "дзіма", "vova", "вова", "yura", "юра", "kostya", "костя",
                         "pasha", "паша", "grisha", "гриша", "petya", "петя", "vanya", "ваня",
                         "tolya", "толя", "vitya", "витя", "fedya", "федя", "borya", "боря",
                         "lyosha", "лёша", "алёша", "serezha", "seryozha", "серёжа", "сережа",
                         "yasha", "яша", "zhora", "жора", "kolya", "коля", "styopa", "стёпа"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, Latin letters, no diacritics: for comparing names only."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(_CYR.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", text.replace("ł", "l"))


# Ordinals that open a list item («Третий названный — X») and look like surnames (Третьяк).
_ORDINALS_TEXT = """первый первая второй вторая третий третья четвёртый четвертый четвёртая
пятый пятая последний последняя першы першая другі другая трэці трэцяя чацвёрты апошні
апошняя"""
ORDINALS = frozenset(_ORDINALS_TEXT.split())


def is_given_name(word: str) -> bool:
    low = word.lower()
    if low in GIVEN_NAMES_LATIN or low in GIVEN_NAMES_CYR:
        return True
    # Baltic and Polish letters (Jānis, Mirosław, Łukasz) fold to the listed Latin form
    folded = _fold_latin(low)
    return folded != low and folded in GIVEN_NAMES_LATIN


def _fold_latin(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.replace("ł", "l"))
                   if not unicodedata.combining(c))


def guess_gender(name: str) -> str:
    """``f``, ``m`` or ``""`` from the shape of a full or partial name."""
    parts = name.split()
    if not parts:
        return ""
    if len(parts) > 1:  # a listed given name knows its gender: Vera Ostapenko, Aliaksandr Dubina
        listed = given_gender(given_ids_exact(parts[0]))
        if listed in ("f", "m"):
            return listed
    surname = parts[-1]
    if _FEM_SURNAME.search(surname) and not surname.lower().endswith(("ka", "ка")):
        return "f"
    if _MASC_SURNAME.search(surname):
        return "m"
    if len(parts) > 1:
        first = parts[0].lower()
        if first in _FEM_GIVEN_EXCEPTIONS:
            return "m"
        if first.endswith(("a", "ia", "ya", "а", "я")):
            return "f"
        if is_given_name(first):
            return "m"
    return ""


def gendered_surname(surname: str) -> bool:
    """True when SURNAME has a man's or a woman's ending (Ivanov, Ivanova; not Sobol)."""
    return bool(_FEM_SURNAME.search(surname) or _MASC_SURNAME.search(surname))


_SLAVIC_SURNAME = re.compile(
    r"(?:au|ou|ich|vich|ski|sky|skaya|skaja|ka|ava|ova|eva|enka|enko|uk|ik|ets|yts|in|ina|ov|ev"
    r"|au|ovich|evich|ovа|ая|ва|ко|ка|ук|юк|ик|ич|ец|ов|ев|ин|ина|ский|ская|скі|ская|аў|оў"
    # names of other peoples held in the same prisons: Georgian, Armenian, Polish, Turkic
    r"|shvili|dze|yan|czyk|cki|zade|ogly|oglu|швили|дзе|ян|заде|оглы)$",
    re.IGNORECASE)


def looks_like_surname(word: str) -> bool:
    """True for a capitalised word shaped like an East Slavic surname (Latypau, Лойко)."""
    return (len(word) > 3 and word[:1].isupper() and not is_given_name(word)
            and _SLAVIC_SURNAME.search(word) is not None)


@dataclass
class Mention:
    """A stretch of text that names or points at a person."""

    start: int
    end: int
    text: str
    name: str  # full name in the nominative, as far as known
    gender: str = ""
    pronoun: bool = False
    sources: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.name else ""

    @property
    def is_full(self) -> bool:
        return len(self.name.split()) > 1


def declined(surface: str, name: str) -> bool:
    """True when SURFACE (the words in the text) is NAME in another case («Бориса Зеньковича»
    for Борис Зенькович): a word of it is not a word of the nominative."""
    return any(word not in name.split() for word in surface.split())
