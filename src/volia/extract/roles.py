"""When a role word next to a name does NOT make that person a relative or an official.

Error analysis of held-out 5 (see benchmarks/RESULTS-extraction.md) found that the largest
single cause of lost recall was prisoners wrongly marked as relatives or officials, after
which every later trigger skipped them. Three general mistakes:

* Russian and Belarusian put the owner of a kinship noun after it, in the genitive:
  «мать Гурской», «Родственники политзаключённого Романа Жуковца», «Жонка Тамашэвіча». The
  named person there is the prisoner; the relative is the unnamed head noun. Only a name that
  agrees with the role word («его сестра Таццяна», «адвокат Наталья Грицук») is the relative.
* "a mother of three", «мать троих детей» describes a prisoner, not someone's relative.
* A surname that merely begins like a ruler's (Lukashevich ~ Lukashenko) is not the ruler.
"""

from __future__ import annotations

import re

from volia.extract.mentions import Mention, fold

# Kinship and counsel nouns in the nominative: a following genitive name is their owner.
_NOMINATIVE_ROLE = {
    "ru": r"сестра|сёстры|сестры|брат|братья|жена|муж|мать|отец|сын|сыновья|дочь|вдова"
          r"|родственники|родственница|родственник|родные|близкие|адвокат|адвокаты|защитник"
          r"|защитница|супруг|супруга|мама|папа|бабушка|дедушка|невеста|семья|дети"
          r"|коллега|друг|подруга|сосед|соседка|сокамерник|сокамерница|подельник|одноклассник",
    "be": r"сястра|сёстры|брат|браты|жонка|муж|маці|бацька|бацькі|сын|сыны|дачка|удава"
          r"|сваякі|сваяк|родныя|блізкія|адвакат|адвакаты|абаронца|мама|тата|бабуля|дзядуля"
          r"|нявеста|сям['’]я|дзеці|калега|сябар|сяброўка|сусед|суседка|сукамернік|сукамерніца",
}
_OWNER_BEFORE = {
    lang: re.compile(rf"(?<!\w)(?:{words})\s+(?:[а-яёіўʼ'’-]+\s+){{0,2}}$", re.IGNORECASE)
    for lang, words in _NOMINATIVE_ROLE.items()
}
# "a mother of three", «мать троих детей», «маці траіх дзяцей»: a description, no relation.
_PARENT_OF_MANY = re.compile(
    r"^\s*[,—–-]\s*(?:\w+\s+){0,2}?(?:mother|father|мать|отец|маці|бацька|многодетн\w+"
    r"|шматдзетн\w+)\s+(?:of\s+(?:two|three|four|five|six|seven|several|many|\d+)"
    r"|(?:двоих|троих|четверых|пятерых|шестерых|многих|\d+|двух|трёх|трех|четырёх"
    r"|дваіх|траіх|чацвярых|пяцярых|некалькіх)\s+(?:детей|дзяцей|сыновей|дочерей))",
    re.IGNORECASE)


def inflected(mention: Mention) -> bool:
    """True when the mention's surface differs from its nominative (a case form)."""
    return bool(mention.name) and fold(mention.text) != fold(mention.name)


def owner_after_role(before: str, mention: Mention, lang: str, *, known: bool) -> bool:
    """True when MENTION is the owner of the kinship noun just BEFORE it, not the relative.

    KNOWN says the person was already named in the report (a bare surname after «дочь»
    that repeats a known prisoner's name is the owner even when it does not decline).
    """
    pattern = _OWNER_BEFORE.get(lang)
    if pattern is None or pattern.search(before) is None:
        return False
    if inflected(mention):
        return True
    return known and len(mention.text.split()) == 1


# «Инженер из Горок, отец двоих сыновей, Гулевич …», "a father of three, X": before the name
_PARENT_BEFORE = re.compile(
    r"(?:mother|father|мать|отец|маці|бацька)\s+(?:of\s+(?:two|three|four|five|six|several|\d+)"
    r"|(?:двоих|троих|четверых|пятерых|двух|трёх|трех|дваіх|траіх|чацвярых|некалькіх)\s+"
    r"[а-яёіў]+)(?:\s+[\w-]+)?\s*,\s*$", re.IGNORECASE)


def describes_parent(after: str, before: str = "") -> bool:
    """True when AFTER is an apposition like ", a mother of three", or BEFORE ends in one
    ("a father of two, X"): a description, no relation meant."""
    return _PARENT_OF_MANY.match(after) is not None or _PARENT_BEFORE.search(before) is not None


def official_surname(surname: str, officials: set[str]) -> bool:
    """True when SURNAME is one of OFFICIALS or one of its case forms (not a lookalike)."""
    folded = fold(surname)
    for name in officials:
        stem = fold(name)[:-1]
        if folded.startswith(stem) and len(folded) <= len(stem) + 3:
            return True
    return False
