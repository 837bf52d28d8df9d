"""Belarusian person mentions by rules: a given name followed by a surname, or a surname the
caller already knows; endings brought back to the nominative by a small table."""

from __future__ import annotations

import re
from collections.abc import Iterable

from volia.extract.mentions import GIVEN_NAMES_CYR, ORDINALS, Mention, fold, is_given_name

_WORD = r"[А-ЯЁІЎ][а-яёіў'’ʼ]+(?:-[А-ЯЁІЎ][а-яёіў'’ʼ]+)?"
_SEQ = re.compile(rf"(?<![\w'’])(?=({_WORD})((?:[ \t\u00a0]+{_WORD}){{1,2}}))")
_GIVEN_ENDINGS = ("ю", "у", "ы", "і", "и", "е", "ай", "яй", "ей", "ой", "ам", "ем", "ом", "ём",
                  "ям", "а", "я")
_GIVEN_ADD = ("", "ь", "й", "а", "я", "ья", "ия", "ий")
# (inflected ending, nominative ending) for surnames, longest first, by gender
_SURNAME_F = [("скую", "ская"), ("цкую", "цкая"), ("скай", "ская"), ("цкай", "цкая"),
              ("вую", "вая"), ("аву", "ава"), ("аве", "ава"), ("авай", "ава"), ("ай", "а"),
              ("ову", "ова"), ("ну", "на"), ("ую", "ая"), ("у", "а"), ("ы", "а"), ("і", "а")]
_SURNAME_M = [("скага", "скі"), ("цкага", "цкі"), ("скаму", "скі"), ("цкаму", "цкі"),
              ("скім", "скі"), ("цкім", "цкі"), ("кім", "кі"),
              ("ёва", "ёў"), ("ева", "еў"), ("ёву", "ёў"), ("еву", "еў"),
              ("ава", "аў"), ("ова", "оў"), ("ову", "оў"), ("аву", "аў"), ("ага", "і"),
              ("нца", "нец"),
              ("нцу", "нец"), ("нцам", "нец"), ("ўца", "вец"), ("ўцу", "вец"), ("ўцом", "вец"),
              ("ўцам", "вец"), ("вца", "вец"), ("вцу", "вец"), ("вцом", "вец"), ("льца", "лец"),
              ("льцу", "лец"),
              ("ча", "ч"), ("чу", "ч"), ("чам", "ч"), ("ка", "к"), ("ку", "к"),
              ("нея", "ней"), ("нею", "ней"), ("ая", "ай"), ("ею", "ей"), ("ея", "ей"),
              ("дзя", "дзь"), ("дзю", "дзь"), ("дзем", "дзь")]


_IRREGULAR = {"францішка": "Францішак", "францішку": "Францішак", "францішкам": "Францішак",
              "паўла": "Павел", "паўлу": "Павел", "паўлам": "Павел", "пятра": "Пятро",
              "пятру": "Пятро", "пятром": "Пятро", "льва": "Леў", "павла": "Павел",
              "павлу": "Павел", "петра": "Пётр", "петру": "Пётр",
              # the vowel of Зміцер drops in its cases: Змітра, Змітру, Змітром
              "змітра": "Зміцер", "змітру": "Зміцер", "змітром": "Зміцер"}


_SOFTENED = (("зе", "га"), ("цы", "ка"), ("се", "ха"))


def given_nominative(word: str, masculine: bool = False) -> str | None:
    """The nominative of WORD when it is a (possibly inflected) known given name; MASCULINE
    when the surname after it has a masculine oblique ending (Алеся Бяляцкага → Алесь)."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")  # Дар’я, Дарʼя: one apostrophe
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if masculine and low.endswith(("я", "а")):
        for add in ("ь", "й", ""):
            if low[:-1] + add in GIVEN_NAMES_CYR:
                return word[:-1] + add
    if low in GIVEN_NAMES_CYR:
        return word
    for ending in _GIVEN_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = low[: len(low) - len(ending)]
        for add in _GIVEN_ADD:
            if stem + add in GIVEN_NAMES_CYR:
                return word[: len(stem)] + add
        # Belarusian ў before no vowel becomes в before one: Уладзіслаў → Уладзіслава
        if stem.endswith("в") and stem[:-1] + "ў" in GIVEN_NAMES_CYR:
            return word[: len(stem) - 1] + "ў"
    # the dative and locative soften the stem: Ядвізе, Вользе → Ядвіга, Вольга; Вераніцы →
    # Вераніка (ц is hard in Belarusian: -ы); Марусе → Маруха
    for soft, hard in _SOFTENED:
        if low.endswith(soft) and len(low) > 3 and low[:-2] + hard in GIVEN_NAMES_CYR:
            return word[:-2] + hard
    return None


def surname_nominative(word: str, gender: str, given_ending: str = "") -> str:
    """Nominative of a surname; GIVEN_ENDING is the case ending the given name had."""
    table = _SURNAME_F if gender == "f" else _SURNAME_M
    low = word.lower()
    if gender == "m" and given_ending in ("а", "я") and len(low) > 4 and \
            low[-2] not in "аеёіоуыэюяў" and (low.endswith(("у", "ю", "ы")) or (
                low.endswith("і") and low[-2] in "кгх")):
        # «Сяргея Ламаку», «Антона Лапеню», «Рыгора Шумейкі», «Рамана Каліты»: a man's surname
        # in -а or -я beside his given name's case (Лаўрык: «Сяргея Лаўрыка»; not Хуцішвілі)
        return word[:-1] + ("я" if low.endswith("ю") else "а")
    if gender == "m" and given_ending in ("у", "ю") and low.endswith(("енку", "энку", "ёнку")):
        return word[:-1] + "а"  # «Валянціну Бандарэнку»: Бандарэнка, as Карпенка → Карпенку
    for ending, nom in table:
        if low.endswith(ending) and len(low) - len(ending) >= (2 if ending[0] == "ў" else 3):
            return word[: len(word) - len(ending)] + nom
    if gender == "m" and given_ending:
        # consonant-final surnames take the given name's ending: Андрэя Пачобута, Алегам Жуком
        for givens, endings in ((("а", "я"), ("а",)), (("у", "ю"), ("у",)),
                                (("ам", "ем"), ("ам", "ом"))):
            cut = next((len(e) for e in endings if low.endswith(e)), 0)
            if given_ending in givens and cut and len(low) - cut >= 3 and \
                    low[-cut - 1] not in "аеёіоуыэюяў":
                return word[:-cut]
    return word


_HER_ENDINGS = ("у", "ю", "ай", "яй", "ой", "ы", "і", "е")
# a surname ending only a woman's can have: Казлоўскую, Казлоўскай, Іванову is not (his dative)
_HER_SURNAME = re.compile(r"(?:ую|юю|ай|яй)$", re.IGNORECASE)


def _her_given(word: str, surname: str) -> str | None:
    """«Валянціну Пазнякевіч»: before a consonant-final surname left undeclined, a given name
    that could be his dative or her accusative (Валянціну) is hers: his surname would decline
    (Пазнякевічу). So it is before a surname only hers can be («Валянціну Казлоўскую»)."""
    low = word.lower()
    hers = _HER_SURNAME.search(surname) is not None  # «Валянціну Казлоўскую»: only hers
    if not hers and (surname.lower()[-1] in "аеёіоуыэюяўь'’ʼ"
                     or surname.lower().endswith(("ых", "их"))):
        return None  # (Белых, Чарных never decline: «Руслану Белых» is his dative)
    for ending in _HER_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            for add in ("а", "я"):
                stem = low[: len(low) - len(ending)]
                if stem + add in GIVEN_NAMES_CYR and stem + add not in _MEN_IN_A:
                    return word[: len(stem)] + add
    return None


def _given_gender(nominative: str) -> str:
    low = nominative.lower()
    return "f" if low.endswith(("а", "я")) and low not in _MEN_IN_A else "m"


# Men's given names that end like women's: Мікола, Мікіта, Ілья, Кузьма, Фама.
_MEN_IN_A = {"мікіта", "никита", "ілья", "илья", "мікола", "микола", "кузьма", "фама", "фома",
             "саша", "сава", "савва", "лука", "мустафа", "абдулла", "саба", "ника", "гия",
             "гія", "мамука"}


# Words that look like a case of a given name but are not one: «Але Марыя …» is "But Maria".
_NOT_GIVEN = frozenset({"але", "ало"})


# A surname of the Russified shape many Central Asian and Caucasian names take (Сафараў,
# Назарава, Рустамлі, Ахвледыяні), after a word the given-name table does not know.
_FOREIGN_PAIR = re.compile(
    rf"(?<=[а-яёіўʼ'’,:—–]\s)(?P<given>{_WORD})[ \t\u00a0]+(?P<surname>{_WORD})(?![\w'’ʼ-])"
    rf"(?![ \t\u00a0]+[А-ЯЁІЎ])")  # a third capitalised word: «з Мелітопаля Уладзіслаў Астапчук»
_RUSSIFIED_SURNAME = re.compile(r"(?:[аоеё][ўв]|[іы]н|[аоеё]в(?:а|ай|у|ым|е)|[іы]н(?:а|ай|у|ым)"
                                r"|ян|янц|дзе|швілі|лі|ні|зода|заде)$")


def _unlisted_given(text: str) -> list[Mention]:
    """«настаўніца Гулбахор Назарава», «інжынер Фарход Сафараў»: a name after a lowercase word,
    whose given name the table lacks and whose surname has a Russified ending. Written as found:
    without the given name's declension its case cannot be undone."""
    out = []
    for match in _FOREIGN_PAIR.finditer(text):
        given, surname = match["given"], match["surname"]
        if given_nominative(given) is not None or given_nominative(surname) is not None or \
                given.lower() in _NOT_GIVEN or \
                not _RUSSIFIED_SURNAME.search(surname.lower()) or len(given) < 3:
            continue
        gender = "f" if given.lower().endswith(("а", "я")) and \
            surname.lower().endswith(("ава", "ова", "ева", "іна", "ына")) else ""
        out.append(Mention(match.start(), match.end(), match.group(0),
                           f"{given} {surname}", gender, sources={"rule"}))
    return out


_NOMINATIVE_PATRONYMIC = ("віч", "вич", "ўна", "вна")
# a patronymic in any case («Мікалаевіча», «Сяргееўне», «Ивановичем»)
_PATRONYMIC_CASE = re.compile(r"(?:авіч|евіч|ович|евич|аўн|еўн|овн|евн)\w{0,3}$")


def _declined_patronymic(word: str) -> bool:
    """True when WORD is a patronymic of a known given name, in any case."""
    match = _PATRONYMIC_CASE.search(word)
    if match is None:
        return False
    stem = word[:match.start()]
    return any(is_given_name(stem + end) for end in ("й", "ь", "а", "")) or \
        any(is_given_name(stem[:-1] + end) for end in ("й", "ь") if stem)


def rule_mentions(text: str, known_surnames: Iterable[str] = (), *,
                  with_given: bool = True) -> list[Mention]:
    """Given-name + surname sequences (unless WITH_GIVEN is false), and bare known surnames, in
    Cyrillic TEXT."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in _SEQ.finditer(text) if with_given else ():
        if any(s <= match.start() < e for s, e in taken) or match.group(1).lower() in _NOT_GIVEN:
            continue
        masculine = re.search(r"(?:ага|ого|ча|іча|ка|ава|ова|ева|ёва|ина|іна|ына|ея|ая)$",
                              match.group(2).split()[0]) is not None and not re.search(
                              r"(?:ская|цкая|ава|ова|ева|іна|ина)$", match.group(2).split()[0])
        given = _her_given(match.group(1), match.group(2).split()[0]) or \
            given_nominative(match.group(1), masculine and match.group(1)[-1] in "яа")
        if given is None:
            continue
        gender = _given_gender(given)
        words = match.group(2).split()
        surname_word = words[0]
        # (the surname in the same case: not «Алеся Міхалевіча Еўрарадыё назвала»)
        if _declined_patronymic(surname_word) and len(words) > 1 and \
                (words[1][-1:] == surname_word[-1:]
                 or surname_word.endswith(_NOMINATIVE_PATRONYMIC)):
            surname_word = words[1]  # «Аляксандра Мікалаевіча Лукашэвіча»: past the patronymic
        ending = ""
        if given.lower() != match.group(1).lower():
            tail = match.group(1).lower()[len(given.rstrip("ьйая")):]
            ending = "ам" if tail.endswith(("ам", "ем")) else tail[-1:]
            if not tail and match.group(1).lower().endswith(("а", "я", "у", "ю")):
                ending = match.group(1).lower()[-1]  # Францішка: its vowel drops, -а all the same
        # a given name already in the nominative keeps its surname as written (Лявон Карпенка)
        surname = surname_word if given.lower() == match.group(1).lower() else \
            surname_nominative(surname_word, gender, ending)
        start = match.start()
        end = match.start(2) + match.group(2).find(surname_word) + len(surname_word)
        name = f"{given} {surname}"
        out.append(Mention(start, end, text[start:end], name, gender, sources={"rule"}))
        taken.append((start, end))
    for mention in _unlisted_given(text):
        if not any(s < mention.end and mention.start < e for s, e in taken):
            out.append(mention)
            taken.append((mention.start, mention.end))
    keys = {fold(s)[:-1]: s for s in known_surnames if len(s) >= 4}
    if keys:
        for match in re.finditer(_WORD, text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            if match.group(0).lower() in ORDINALS:
                continue
            folded = fold(match.group(0))
            for key in keys:
                stem = key[: max(4, len(key) - 3)]
                if folded.startswith(stem) and abs(len(folded) - len(key)) <= 4:
                    word = match.group(0)
                    out.append(Mention(match.start(), match.end(), word, word, "",
                                       sources={"rule"}))
                    break
    out.sort(key=lambda m: m.start)
    return out
