"""Short references a name finder cannot see: plural references ("Both men", «оба»), a spouse
named only by the relation ("звестак пра мужа няма"), a given name standing alone for one of
two people who share a surname, and elliptical second clauses («а Колесникову — в Украину»,
"and Daria Losik to two")."""

from __future__ import annotations

import re

from volia.extract import cues
from volia.extract.mentions import Mention, fold, gendered_surname, is_given_name

# "both men", "the two activists", «оба», «обеих», «абодва»: (pattern, how many)
_PLURAL = {
    "en": [(re.compile(r"\b(?:both\s+(?:men|women|of\s+them|prisoners|activists|journalists)"
                       r"|the\s+two\s+(?:men|women|prisoners|activists|journalists|"
                       r"politicians|opposition\s+figures)|both|the\s+two(?=\s+(?:were|are|had|have|as|to|on|in)\b))\b",
                       re.IGNORECASE), 2),
           (re.compile(r"\b(?:all\s+three|the\s+three\s+(?:men|women|prisoners|activists"
                       r"|defendants)|the\s+three(?=\s+(?:were|are|had|have|as|to|on|in)\b))\b",
                       re.IGNORECASE), 3),
           (re.compile(r"\b(?:all\s+four|the\s+four\s+(?:men|women|prisoners|activists"
                       r"|defendants)|the\s+four(?=\s+(?:were|are|had|have|as|to|on|in)\b))\b",
                       re.IGNORECASE), 4),
           *[(re.compile(rf"\b(?:all\s+{word}|the\s+{word}\s+(?:men|women|prisoners|activists"
                         rf"|defendants)|the\s+{word}(?=\s+(?:were|are|had|have|as|to|on|in)\b))\b",
                         re.IGNORECASE), n)
             for word, n in (("five", 5), ("six", 6), ("seven", 7))],
           # "The men were detained in June": the group just named, as "they"
           (re.compile(r"\b(?:they|them|all\s+of\s+them|the\s+(?:defendants|accused|co-defendants)"
                       r"|the\s+(?:men|women|activists|journalists|bloggers|students)"
                       r"(?=\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:detained|arrested"
                       r"|sentenced|convicted|charged|released|freed|jailed)))\b",
                       re.IGNORECASE), 0)],
    "ru": [(re.compile(r"(?<!\w)(?:оба|обе|обоих|обеих|обоим|обеим|обоими|обеими)(?!\w)",
                       re.IGNORECASE), 2),
           (re.compile(r"(?<!\w)(?:все\s+трое|всех\s+троих|всем\s+троим|троих)(?!\w)",
                       re.IGNORECASE), 3),
           (re.compile(r"(?<!\w)(?:все\s+четверо|всех\s+четверых|всем\s+четверым)(?!\w)",
                       re.IGNORECASE), 4),
           *[(re.compile(rf"(?<!\w)(?:все\s+{a}|всех\s+{b}|всем\s+{c}|{b})(?!\w)",
                         re.IGNORECASE), n)
             for a, b, c, n in (("пятеро", "пятерых", "пятерым", 5),
                                ("шестеро", "шестерых", "шестерым", 6),
                                ("семеро", "семерых", "семерым", 7))],
           (re.compile(r"(?<!\w)(?:они|им|их|подсудимы[еx]|обвиняемы[еx])(?!\w)",
                       re.IGNORECASE), 0)],
    "be": [(re.compile(r"(?<!\w)(?:абодва|абедзве|абодвух|абедзвюх|абодвум|абедзвюм)(?!\w)",
                       re.IGNORECASE), 2),
           (re.compile(r"(?<!\w)(?:усе\s+трое|усіх\s+траіх|траіх)(?!\w)", re.IGNORECASE), 3),
           (re.compile(r"(?<!\w)(?:усе\s+чацвёра|усіх\s+чатырох)(?!\w)", re.IGNORECASE), 4),
           *[(re.compile(rf"(?<!\w)(?:усе\s+{a}|усіх\s+{b}|{b}|{c})(?!\w)", re.IGNORECASE), n)
             for a, b, c, n in (("пяцёра", "пяцярых", "пяцёх", 5),
                                ("шасцёра", "шасцярых", "шасцёх", 6),
                                ("сямёра", "сямярых", "сямёх", 7))],
           (re.compile(r"(?<!\w)(?:яны|ім|іх|падсудныя|абвінавачаныя)(?!\w)", re.IGNORECASE),
            0)],
}
# A spouse named by the relation only: the prisoner whose husband (wife) speaks is meant.
_SPOUSE = {
    "en": re.compile(r"\b(?:her|his)\s+(husband|wife)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(муж|мужа|мужу|мужем|муже|жена|жены|жене|жену|женой)(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(муж|мужа|мужу|мужам|жонка|жонкі|жонцы|жонку|жонкай)(?!\w)",
                     re.IGNORECASE),
}
_COORD = re.compile(r"^\s*(?:and|и|і|ды|та)\s+$", re.IGNORECASE)
# What may open an elliptical clause: ", а X — в Украину", ", and Y to two", "; Y, to Poland"
_ELLIPSIS_BEFORE = re.compile(r"(?:[,;]\s*(?:(?:а|и|і|ды|and|while|but|whereas)\s+)?"
                              # «, дыспетчарка Y —», «, а 50-гадовы фермер Y —»
                              r"(?:(?:\d+-[\w-]+|(?-i:[а-яёіўa-z])[\w'’-]*)\s+){0,3}?"
                              # "and his co-defendant Y, 29, to four years"
                              r"|\s(?:а|and|while|whereas)\s+(?:(?:his|her|their|the|its)\s+"
                              r"(?:[a-z][\w-]*\s+){1,2}?)?)(?:\d+-[\w-]+\s+)?$", re.IGNORECASE)
_ELLIPSIS_AFTER = re.compile(r"^\s*(?:,\s*\d{1,2}\s*,\s*)?(?:[—–-]\s*|,\s*)?"
                             r"(?:to|for|into|на|в|во|к|у|ў|ва|да)\s",
                             re.IGNORECASE)


# "Most of them got ten years", «многие из них»: some of a group, no one in particular
_SOME_OF = re.compile(r"(?<!\w)(?:most|many|some|several|few)\s+of\s+them(?!\w)"
                      r"|(?<!\w)(?:большинство|многие|некоторые|часть|многія|большасць|некаторыя"
                      r"|частка)\s+(?:из|з)\s+(?:них|іх)(?!\w)", re.IGNORECASE)


def plural_references(sentence: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, how many) of the plural references in SENTENCE."""
    out: list[tuple[int, int, int]] = []
    some = _SOME_OF.search(sentence)
    stop = some.start() if some else len(sentence)  # what follows "most of them" is theirs
    for pattern, n in _PLURAL.get(lang, _PLURAL["en"]):
        for match in pattern.finditer(sentence, 0, stop):
            if any(s < match.end() and match.start() < e for s, e, _ in out):
                continue
            if lang == "en" and cues.DEFINING_CLAUSE.match(sentence, match.end()):
                continue  # "the two men who were released describe …": those, not the last named
            out.append((match.start(), match.end(), n))
    return out


# A relative's own words: "my son", «мой муж», «мая сястра» mean the prisoner the letter or
# interview is about. (Not "his brother": that is another person.)
_MY_KIN = {
    "en": re.compile(r"\bmy\s+(son|daughter|husband|wife|brother|sister|father|mother|mum|mom|dad"
                     r"|boy|girl)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:мо(?:й|его|ему|им|ём|я|ей|ю))\s+(сын\w*|доч\w*|муж\w*|жен\w*"
                     r"|брат\w*|сестр\w*|отц\w*|отец|мат\w*|мам\w*|пап\w*)(?!\w)", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:мо(?:й|йго|йму|ім|я|ёй|ю))\s+(сын\w*|дачк\w*|дачц\w*|муж\w*"
                     r"|жонк\w*|жонц\w*|брат\w*|сястр\w*|бацьк\w*|маці|мам\w*|тат\w*)(?!\w)",
                     re.IGNORECASE),
}
_FEMALE_KIN = ("daughter", "wife", "sister", "mother", "mum", "mom", "girl", "доч", "жен", "сестр",
               "мат", "мам", "дачк", "дачц", "жонк", "жонц", "сястр", "маці")


def kin_references(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, gender of the person meant) for "my son", «маёй сястры»."""
    out = []
    for match in _MY_KIN.get(lang, _MY_KIN["en"]).finditer(sentence):
        word = match.group(1).lower()
        out.append((match.start(), match.end(), "f" if word.startswith(_FEMALE_KIN) else "m"))
    return out


def spouse_references(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, gender of the person meant) for "husband"/«мужа»/«жонка» references."""
    out = []
    for match in _SPOUSE.get(lang, _SPOUSE["en"]).finditer(sentence):
        word = match.group(1).lower()
        gender = "m" if word.startswith(("муж", "husband")) else "f"
        out.append((match.start(), match.end(), gender))
    return out


def _given_form(word: str) -> str | None:
    from volia.extract.persons_be import given_nominative

    if not word[:1].isupper():
        return None
    if word.isascii():
        return word if is_given_name(word) else None
    return given_nominative(word)


# «супругов Андрея и Натальи Мельниковых», «Андрэй і Марына Кулешавы»: two given names and a
# family's plural surname.
_COUPLE = re.compile(r"(?<![\w-])([А-ЯЁІЎ][а-яёіў'’]+)\s+(?:и|і)\s+([А-ЯЁІЎ][а-яёіў'’]+)\s+"
                     r"([А-ЯЁІЎ][а-яёіў'’]+?)(ых|ыя|ые|ы|их|іх|ие|ія)(?![\w-])")


def _family_forms(stem: str, lang: str) -> tuple[str, str]:
    """(his, her) surname from the stem of a family's plural surname."""
    low = stem.lower()
    if low.endswith(("ск", "цк")):
        return stem + ("і" if lang == "be" else "ий"), stem + "ая"
    if lang == "be" and low.endswith("ав"):
        return stem[:-1] + "ў", stem + "а"
    return stem, stem + "а"


def couples(text: str, lang: str) -> list[Mention]:
    """Both spouses (or siblings) of «Андрея и Натальи Мельниковых», each with a full name."""
    from volia.extract.persons_be import given_nominative

    out = []
    for match in _COUPLE.finditer(text):
        first, second = given_nominative(match.group(1)), given_nominative(match.group(2))
        if first is None or second is None or len(match.group(3)) < 3:
            continue
        his, hers = _family_forms(match.group(3), lang)
        for index, given in ((1, first), (2, second)):
            gender = _gender_of_given(given)
            surname = hers if gender == "f" else his
            end = match.end() if index == 2 else match.end(1)
            out.append(Mention(match.start(index), end, text[match.start(index):end],
                               f"{given} {surname}", gender, sources={"couple"}))
    return out


# Surnames a man and a woman share unchanged: Кравченко, Ткачук, Демидович.
_UNISEX_SURNAME = re.compile(r"(?:ко|ук|юк|ич|іч|ыч|ko|uk|yuk|ich|ych)$", re.IGNORECASE)


def share_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Анну и Марину Гриневич", "Ivan and Piotr Ivanou": a given name joined to a full name
    takes its surname; later lone given names of full names become mentions of their own."""
    out = [m for m in mentions]
    for full in [m for m in mentions if m.is_full and not m.pronoun]:
        match = re.search(r"([\w'’]+)(\s+(?:and|и|і|ды)\s+)$", text[max(0, full.start - 40):
                                                                   full.start], re.IGNORECASE)
        if not match:
            continue
        given = _given_form(match.group(1))
        if given is None or full.text.split()[0] == match.group(1):
            continue
        start = full.start - len(match.group(0))
        gender = _gender_of_given(given)
        if full.gender and gender != full.gender and not _UNISEX_SURNAME.search(full.surname) \
                and gendered_surname(full.surname):
            continue  # the surname would need another gender's ending: leave it alone
        out = [m for m in out if not (m.start < start + len(match.group(1)) and start < m.end)]
        out.append(Mention(start, start + len(match.group(1)), match.group(1),
                           f"{given} {full.surname}", gender, sources={"shared-surname"}))
    fulls: dict[str, set[str]] = {}
    for m in out:
        if m.is_full and not m.pronoun:
            fulls.setdefault(fold(m.name.split()[0]), set()).add(m.name)
    if fulls:
        for match in re.finditer(r"(?<![\w'’-])[A-ZА-ЯЁІЎ][\w'’]+(?![\w'’-])", text):
            if any(m.start <= match.start() < m.end for m in out):
                continue
            given = _given_form(match.group(0))
            if given is None or fold(given) not in fulls:
                continue
            out.append(Mention(match.start(), match.end(), match.group(0), given,
                               _gender_of_given(given), sources={"given"}))
    return sorted(out, key=lambda m: m.start)


def _gender_of_given(given: str) -> str:
    from volia.extract.mentions import guess_gender

    return guess_gender(given + " X")


def elliptical(text: str, trigger_end: int, slot_start: int, slot_end: int,
               sentence_end: int) -> bool:
    """True when the name at SLOT_START opens an elliptical clause that repeats the verb
    before it (", а Колесникову — в Украину", "and Daria Losik to two")."""
    if slot_start < trigger_end:
        return False
    if not _ELLIPSIS_BEFORE.search(text[trigger_end:slot_start]):
        return False
    tail = text[slot_end:sentence_end]
    bare = re.match(r"\s*[—–-]\s*(\w+)\s*(?:[.;,]|$)", tail)
    if bare and _is_count(bare.group(1)):
        return True  # «…, а фермер Пётр Лагун — чатыры.»
    if not _ELLIPSIS_AFTER.match(tail):
        from volia.extract.terms import find_terms

        # "gave X nine years and Y eight and a half years": the term right after the name
        clause = re.split(r"[,;.]", tail, maxsplit=1)[0]
        lead = len(clause) - len(clause.lstrip(" —–-"))  # «…, Сафронова — три года»
        return any(start <= lead + 2 for start, _, _ in find_terms(clause))
    clause = re.split(r"[,;.]", tail.lstrip(" —–-,"), maxsplit=1)[0]
    if len(clause.split()) <= 5:
        return True
    # "Kiryl Charnik to two and a half years of home chemistry": a term opens the clause
    from volia.extract.terms import find_terms

    return len(clause.split()) <= 10 and any(start < 25 for start, _, _ in find_terms(clause))


_UNIT = {"en": "years", "ru": "лет", "be": "гадоў"}


def _is_count(word: str) -> bool:
    from volia.extract.terms import find_terms

    return bool(find_terms(f"{word} years"))


def elliptical_term(sentence: str, after: int, lang: str, main: int | None) -> int | None:
    """The term of an elliptical clause starting at AFTER ("and Daria Losik to two": two
    years when the verb's own term was counted in years)."""
    from volia.extract.terms import find_terms

    tail = re.sub(r"^\s*,\s*\d{1,2}\s*,", "", sentence[after:])  # "Y, 29, to four years"
    clause = re.split(r"[,;.]", tail, maxsplit=1)[0]
    found = find_terms(clause)
    if found:
        return found[0][2]
    # "and Daria Losik to two", «а Пётр Лагун — чатыры»
    bare = re.match(r"\s*(?:[—–-]\s*(?:(?:to|на|к|да)\s+)?|(?:to|на|к|да)\s+)([\w.]+)\s*$", clause,
                    re.IGNORECASE)
    if bare is None or main is None:
        return None
    unit = _UNIT.get(lang, "years") if main % 12 == 0 else "months"
    found = find_terms(f"{bare.group(1)} {unit}")
    return found[0][2] if found else None
