"""Events a sentence names that did not happen as such: a release to house arrest, a body
handed over, a release turned down, a pardon in a counterfactual ("had he been pardoned"),
custody pending extradition told like a verdict."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import departures
from volia.extract.triggers import Trigger

# "released to house arrest", «отпустили под домашний арест», «адпусцілі пад хатні арышт»:
# custody at home before trial, not freedom (bail and a pledge are a release)
_INTO_MEASURE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:under|to|into)\s+house\s+arrest"
    r"|(?:под|пад|на)\s+(?:домашн\w+\s+арест|хатні\s+арышт))", re.IGNORECASE)
# "let out of the detention centre two days later and placed under house arrest"
_THEN_HOUSE_ARREST = re.compile(
    r"^[^.;]{0,120}?(?:\b(?:and|then)\s+(?:was\s+|were\s+)?(?:placed|put|kept|confined)\s+under"
    r"\s+house\s+arrest|(?<!\w)(?:и|і)\s+(?:(?:затем|потом|сразу|его|её|ее|их|потым|адразу|яго|яе|іх)\s+)?(?:помещ\w+|помест\w+|перевед\w+|перевел\w*"
    r"|отправ\w+|змешча\w+|змясц\w+|змесц\w+|пераве\w+|адпраўл\w+|адправ\w+)\s+(?:под|пад)\s+(?:домашн\w+\s+арест|хатні\s+арышт))",
    re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"(?:\bhad\s+(?:he|she|they)|\bif\s+(?:only\s+)?(?:he|she|they"
                             r"|(?-i:[A-Z])[\w'’-]+)\s+had)\s+(?:not\s+)?been\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_REMAINS = re.compile(r"\b(?:body|remains)\s+of\s+(?-i:[A-Z])|(?<!\w)(?:тело|останки|цела|астанкі)"
                      r"\s+(?-i:[А-ЯЁІЎ])", re.IGNORECASE)
_TURNED_DOWN = re.compile(r"\b(?:turn(?:ed|ing|s)?\s+down|refus(?:ed|ing|es)|declin(?:ed|ing|es)"
                          r"|reject(?:ed|ing|s)?)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?$"
                          r"|(?<!\w)(?:отказал\w*|отказыва\w+|адмовіў?\w*|адмаўля\w+)\s+(?:от\s+|ад\s+)?"
                          r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# custody while a request to hand someone over is decided: no verdict
_EXTRADITION = re.compile(r"(?<!\w)(?:до\s+решения\s+вопроса\s+об?\s+(?:экстрадиции|выдаче)"
                          r"|в\s+целях\s+(?:экстрадиции|выдачи)|экстрадиционн\w+\s+арест\w*"
                          r"|да\s+вырашэння\s+пытання\s+аб\s+(?:экстрадыцыі|выдачы)"
                          r"|pending\s+(?:(?:his|her|their|a\s+decision\s+on)\s+)?extradition"
                          r"|extradition\s+(?:arrest|custody|detention))(?!\w)", re.IGNORECASE)

# "Among those who were not released is X", "among the people still held are": not members
_NOT_AMONG = re.compile(r"\b(?:not|never|no\s+longer|still|remain\w*|left\s+behind|excluded"
                        r"|missing)\b|n['’]t\b|(?<!\w)(?:не|ня)(?!\w)", re.IGNORECASE)

# "X was also on the list, but … he refused to leave Belarus": the same person stayed inside
_HE_REFUSED = re.compile(r"\b(?:he|she|они|он|она|ён|яна)\s+(?:(?!had\b)[\w-]+\s+){0,2}?"
                         r"(?:refus\w+|declin\w+)\s+to\s+(?:leave|go|cross|board)|(?<!\w)(?:он|она|ён|яна)\s+(?:[\w-]+\s+)?"
                         r"(?:отказал\w*|адмовіў?\w*)\s+(?:уезжать|покидать|выезжать|ехать|пересекать"
                         r"|з['’]?язджаць|выязджаць|ехаць|пакідаць)", re.IGNORECASE)


# «приговор по его делу до сих пор не вынесен», "still held without a verdict": no verdict
_NO_VERDICT = re.compile(r"(?<!\w)(?:приговор\w*\s+(?:[\w-]+\s+){0,6}?(?:ещё\s+|еще\s+)?не\s+вынес"
                         r"|прысуд\w*\s+(?:[\w-]+\s+){0,6}?(?:яшчэ\s+)?не\s+вынес"
                         r"|без\s+приговора|без\s+прысуду)\w*|\b(?:without|no)\s+(?:a\s+)?verdict\b",
                         re.IGNORECASE)

_TAKEN_BACK = re.compile(r"\b(?:took|taken|brought|sent|driven)\s+(?:\w+\s+)?back\s+to\s+"
                         r"(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:colony|prison|jail|cell)|(?<!\w)(?:вернули|вярнулі)\s+"
                         r"(?:\w+\s+)?(?:в|ў|у)\s+(?:колони|калоні|СИЗО|СІЗА|тюрьм|турм)",
                         re.IGNORECASE)
_FORCED = re.compile(r"(?<!\w)(?:expell\w*|deport\w*|forcibly|выдвор\w*|высла\w*|выслан\w*"
                     r"|депорт\w*|принудительно|дэпарт\w*|прымусова|выслал\w*)", re.IGNORECASE)
# where a trigger's clause ends: «…, а приговор второму ещё не вынесен», "…; his co-defendant"
_CLAUSE_END = re.compile(r";|,\s*(?:а|но|але|but|while|whereas)\s", re.IGNORECASE)


def _clause(sentence: str, trigger: Trigger) -> str:
    """The clause of SENTENCE that holds TRIGGER."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, trigger.start)]
    end = _CLAUSE_END.search(sentence, trigger.end)
    return sentence[starts[-1] if starts else 0: end.start() if end else len(sentence)]


def why(sentence: str, trigger: Trigger) -> str | None:
    """Why the TRIGGER of SENTENCE names no event of its type, or None."""
    head = sentence[: trigger.start]
    if trigger.rule.enumerates and _NOT_AMONG.search(sentence, trigger.start, trigger.end):
        return "not among them"  # "Among those who were not released is X"
    if trigger.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and _HE_REFUSED.search(
            _clause(sentence, trigger)):
        return "refused to leave"  # "… was on the list, but he refused to leave Belarus"
    if trigger.type == E.DEPORTED and departures.LEFT_LATER.search(sentence) and \
            not _FORCED.search(sentence):
        return "left later"  # "crossed into Poland four days after his release, on a bus"
    if trigger.type in (E.RELEASED, E.DEPORTED) and _TAKEN_BACK.search(sentence, trigger.end):
        return "taken back"  # "among the 16 bussed to the border, but … took him back"
    if trigger.type in (E.RELEASED, E.DEPORTED) and _REMAINS.search(sentence):
        return "remains"  # "the body of X was handed over to Ukraine": no one was freed
    if _COUNTERFACTUAL.search(head[-40:]):
        return "counterfactual"  # "he would have survived had he been pardoned"
    if trigger.type in (E.RELEASED, E.PARDONED) and _TURNED_DOWN.search(head[-40:]):
        return "turned down"  # "died after turning down release abroad"
    if trigger.type == E.SENTENCED and _NO_VERDICT.search(_clause(sentence, trigger)):
        return "no verdict"  # «больше двух лет в СИЗО, приговор до сих пор не вынесен»
    if trigger.type == E.SENTENCED and _EXTRADITION.search(sentence):
        return "extradition custody"  # «арестовал на 40 суток до решения вопроса об экстрадиции»
    if trigger.type == E.RELEASED and (_INTO_MEASURE.match(sentence[trigger.end:])
                                       or _THEN_HOUSE_ARREST.match(sentence[trigger.end:])):
        return "house arrest"  # "released to house arrest", «отпустили под домашний арест»
    return None
