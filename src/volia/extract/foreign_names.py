"""Foreign nationals' names in Russian and Belarusian text, which the given-name tables and
natasha do not know («гражданин Германии Дитмар Кляйнфельд», «грамадзяніна Літвы Альгірдаса
Жукаўскаса»): the two capitalised words after "a citizen of COUNTRY" are the person."""

from __future__ import annotations

import re

from volia.extract.mentions import Mention
from volia.extract.persons_be import given_nominative

_WORD = r"[А-ЯЁІЎ][а-яёіў'’ʼ]+(?:-[А-ЯЁІЎ][а-яёіў'’ʼ]+)?"
# the citizen word and its case: "" nominative, "gen" genitive/accusative of a man, "acc" of a
# woman, "dat" dative, "ins" instrumental
_CITIZEN = re.compile(
    r"(?<!\w)(?P<cue>(?i:гражданин|гражданина|гражданину|гражданином|гражданка|гражданку|гражданки"
    r"|грамадзянін|грамадзяніна|грамадзяніну|грамадзянінам|грамадзянка|грамадзянку|грамадзянкі"
    r"|подданн(?:ый|ого|ая|ую)|падданы|падданага|падданая|падданую))"
    # the country in the genitive, one or two words («Японии», «ФРГ», «Соединённых Штатов»);
    # two are tried first, so a country's second word is never read as the given name
    r"\s+(?:[А-ЯЁІЎ][а-яёіўА-ЯЁІЎ-]+\s+){1,2}"
    rf"(?P<given>{_WORD})[ \t\u00a0]+(?P<surname>{_WORD})(?![\w'’ʼ-])")
_CASE = {"гражданина": "gen", "грамадзяніна": "gen", "подданного": "gen", "падданага": "gen",
         "гражданину": "dat", "грамадзяніну": "dat", "гражданином": "ins",
         "грамадзянінам": "ins", "гражданку": "acc", "грамадзянку": "acc",
         "подданную": "acc", "падданую": "acc"}
_CONSONANT = "бвгджзйклмнпрстфхцчшщўь"


def _nominative(word: str, case: str) -> str:
    """WORD back in the nominative, for the plain endings a foreign name takes."""
    low = word.lower()
    if case == "gen" and low.endswith(("а", "я")) and len(low) > 4 and low[-2] in _CONSONANT:
        return word[:-1].rstrip("ь") + ("ь" if low.endswith("я") else "")
    if case == "dat" and low.endswith(("у", "ю")) and len(low) > 4 and low[-2] in _CONSONANT:
        return word[:-1] + ("ь" if low.endswith("ю") else "")
    if case == "ins" and low.endswith(("ом", "ам", "ем")) and len(low) > 5:
        return word[:-2]
    if case == "acc" and low.endswith("у") and len(low) > 3:
        return word[:-1] + "а"
    if case == "acc" and low.endswith("ю") and len(low) > 3:
        return word[:-1] + "я"
    return word


def citizen_mentions(text: str) -> list[Mention]:
    """The names told right after "a citizen of COUNTRY", in the nominative where the case
    ending is plain."""
    out = []
    for match in _CITIZEN.finditer(text):
        if not match["given"][0].isupper() or not match["surname"][0].isupper() or \
                given_nominative(match["given"]) is not None:
            continue  # (a given name the tables know: the usual finders decline it right)
        case = _CASE.get(match["cue"].lower(), "")
        female = match["cue"].lower().startswith(("гражданк", "грамадзянк", "подданн", "падданая",
                                                  "падданую")) and \
            not match["cue"].lower().startswith(("подданный", "подданного"))
        given, surname = (_nominative(match[g], case) for g in ("given", "surname"))
        out.append(Mention(match.start("given"), match.end("surname"),
                           text[match.start("given"):match.end("surname")],
                           f"{given} {surname}", "f" if female else "m", sources={"rule"}))
    return out
