"""Events a sentence names that did not happen as such: a release to house arrest, a body
handed over, a release turned down, a pardon in a counterfactual ("had he been pardoned"),
custody pending extradition told like a verdict."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract.triggers import Trigger

# "released to house arrest", «отпустили под домашний арест», «адпусцілі пад хатні арышт»:
# custody at home before trial, not freedom (bail and a pledge are a release)
_INTO_MEASURE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:under|to|into)\s+house\s+arrest"
    r"|(?:под|пад|на)\s+(?:домашн\w+\s+арест|хатні\s+арышт))", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"(?:\bhad\s+(?:he|she|they)|\bif\s+(?:only\s+)?(?:he|she|they"
                             r"|(?-i:[A-Z])[\w'’-]+)\s+had)\s+(?:not\s+)?been\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_REMAINS = re.compile(r"\b(?:body|bodies|remains)\s+of\b|\brepatriation\s+of\s+(?:the\s+)?"
                      r"(?:remains|bodies)|(?<!\w)(?:тело|тела|останки|останков|цела|астанкі)(?!\w)",
                      re.IGNORECASE)
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


def why(sentence: str, trigger: Trigger) -> str | None:
    """Why the TRIGGER of SENTENCE names no event of its type, or None."""
    head = sentence[: trigger.start]
    if trigger.type in (E.RELEASED, E.DEPORTED) and _REMAINS.search(sentence):
        return "remains"  # "the body of X was handed over to Ukraine": no one was freed
    if _COUNTERFACTUAL.search(head[-40:]):
        return "counterfactual"  # "he would have survived had he been pardoned"
    if trigger.type in (E.RELEASED, E.PARDONED) and _TURNED_DOWN.search(head[-40:]):
        return "turned down"  # "died after turning down release abroad"
    if trigger.type == E.SENTENCED and _EXTRADITION.search(sentence):
        return "extradition custody"  # «арестовал на 40 суток до решения вопроса об экстрадиции»
    if trigger.type == E.RELEASED and _INTO_MEASURE.match(sentence[trigger.end:]):
        return "house arrest"  # "released to house arrest", «отпустили под домашний арест»
    return None
