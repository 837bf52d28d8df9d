"""Turns around one trigger that undo it or show it only hoped for: a re-arrest at the gate
told after the release, a release sought or counted down to, a list's member only expected,
days given in a colony with no court, "may have spent", "neither … nor", "has yet to be", a
fellow prisoner freed, one of those a batch left behind.

Part of ``hedges.trigger_blocked``, which asks here first.
"""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import inside
from volia.extract.triggers import Trigger

# told after the release: «вышел за ворота — и его тут же снова задержали», "walked out and
# was immediately re-arrested", «і яго адразу зноў затрымалі»
_HELD_AGAIN_AFTER = re.compile(
    r"[^.;]{0,80}?(?:тут\s+же|сразу\s+же|сразу|немедленно|адразу\s+ж[еа]|адразу)\s+"
    r"(?:(?:снова|вновь|зноў)\s+)?(?:задержал|арестовал|затрымал"
    r"|задержан|затрыман)\w*"
    # "When he walked out …, officers were waiting at the gate", «его уже ждали у ворот»
    r"|[^.;]{0,80}?\b(?:officers|police(?:men)?|agents|men\s+in\s+plain\s+clothes|plain-?clothes"
    r"\s+officers)\s+(?:were|was)\s+(?:already\s+)?waiting(?:\s+for\s+(?:him|her|them))?"
    r"\s+(?:at|outside|by)\b|[^.;]{0,80}?(?<!\w)(?:его|её|ее|их|яго|яе|іх)\s+(?:уже\s+|ужо\s+)?"
    r"(?:ждали|поджидали|чакалі)\s+(?:сотрудник|силовик|милиционер|оперативник|люди\s+в\s+штатском"
    r"|супрацоўнік|сілавік|міліцыянер|людзі\s+ў\s+цывільным)\w*"
    r"|[^.;]{0,80}?\b(?:immediately|promptly|at\s+once)\s+(?:re-?arrested|re-?detained"
    r"|detained|arrested)|[^.;]{0,80}?\b(?:re-?arrested|re-?detained|detained\s+again"
    r"|arrested\s+again)\s+(?:at\s+the\s+gates?|outside|as\s+soon|immediately|on\s+the\s+spot)",
    re.IGNORECASE)
# the words before the first capitalised one (a member's name)
_UP_TO_NAME = re.compile(r"(?<=\s)(?=[A-ZА-ЯЁІЎ])")
# a list's member only expected: «мог оказаться», «маглі апынуцца», "might have been"
_MODAL_MEMBER = re.compile(
    r"[^.;:—]{0,40}?(?<!\w)(?:мог(?:ла|ли)?\s+(?:бы\s+)?(?:оказаться|быть)|должн\w+\s+был\w*\s+"
    r"(?:оказаться|быть)|ожидал\w*|ждал\w*|маглі?\s+(?:б\s+)?(?:апынуцца|быць)|мог(?:ла)?\s+(?:б\s+)?"
    r"апынуцца|чака\w+|(?:could|might|may|should)\s+(?:also\s+)?(?:have\s+)?be(?:en)?"
    r"|(?:was|were)\s+expected\s+to\s+be)(?!\w)", re.IGNORECASE)
_SOUGHT = re.compile(r"\b(?:recommend(?:ed|s)?|request(?:ed|s)?|seek(?:s|ing)?|sought"
                     r"|ask(?:ed|s)?\s+for"
                     r"|push(?:ed|es)?\s+for|petition(?:ed|s)?\s+for|hope[sd]?\s+for|await(?:ed|s|ing)?"
                     r"|appeal(?:ed|s)?\s+for|lobb(?:y|ied|ies|ying)\s+for|grounds\s+for|chance\s+of"
                     r"|prospects?\s+of|possibility\s+of|consider(?:ed|s)?|approve[sd]?|grant"
                     r"|count(?:ing|ed|s)?\s+(?:down\s+)?(?:the\s+)?days\s+(?:to|until|till)"
                     r"|wait(?:ing|ed|s)?\s+for|dream(?:ing|ed|t|s)?\s+(?:of|about)"
                     r"|look(?:ing|ed|s)?\s+forward\s+to|prepar(?:ing|ed|es)\s+for"
                     r"|(?:question|issue|matter)\s+of|decision\s+on)\s+"
                     r"(?:his|her|their|the|an?)\s+(?:early\s+|conditional\s+|possible\s+)?$",
                     re.IGNORECASE)
# a court or a judge told before days given, and a prison told around them
_COURT = re.compile(r"(?<!\w)(?:суд\w*|судья|судьи|судьёй|суддзя|суддзі)(?!\w)|\b(?:court|judge)\b",
                    re.IGNORECASE)
_IN_PRISON = re.compile(r"(?<!\w)(?:колони|отряд|тюрьм|исправительн|калоні|атрад|турм)\w*",
                        re.IGNORECASE)
_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|also\s+)?have\s+(?:been|spent)\b"
                       r"[^.;,]{0,60}$", re.IGNORECASE)
# "Neither X nor Y has been …" (not "Neither the KGB nor the court commented, but …", "… was
# told that X had been transferred": another clause)
_NEITHER_NOR = re.compile(r"\bneither\b[^.;,]{0,80}?\bnor\b(?:(?!\b(?:that|but|when|after|before"
                          r"|while)\b)[^.;,]){0,60}$", re.IGNORECASE)
_YET_BEEN = re.compile(r"\b(?:has|have|had)\s+yet\s+(?:to\s+be|been)\s+(?:\w+\s+)?$", re.IGNORECASE)


# «Освобождённый на этой неделе сокамерник утверждает», "a cellmate released last week": the
# freed one is a fellow prisoner the report does not name
_FELLOW = (r"(?:cellmates?|inmates?|fellow\s+(?:prisoners?|inmates?)|сокамерни\w*|сукамерні\w*"
           r"|солагерни\w*|суседз\w+\s+па\s+камеры|сосед\w*\s+по\s+камере)")
_FELLOW_FREED = re.compile(rf"\s+(?:(?!(?:with|с|з)\b)[\w-]+\s+){{0,3}}?{_FELLOW}(?!\w)"
                           r"(?!\s*[,—–]\s*(?-i:[A-ZА-ЯЁІЎ]))", re.IGNORECASE)
_FELLOW_BEFORE = re.compile(rf"(?<!\w){_FELLOW}\s+(?:who\s+(?:was|were|had\s+been)\s+|"
                            r"(?:recently|just)\s+)?$", re.IGNORECASE)


def context_block(sentence: str, trigger: Trigger, lang: str, noun: bool) -> str | None:
    """Why the words around TRIGGER undo it, or None; NOUN says the trigger names the event
    ("his release") rather than tells it."""
    head = sentence[: trigger.start]
    if trigger.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and inside.left_behind(sentence):
        return "left behind"  # «Сярод тых, хто застаўся, — Аляксей Кірэй»
    if trigger.type == E.RELEASED and (_FELLOW_FREED.match(sentence, trigger.end)
                                       or _FELLOW_BEFORE.search(head[-40:])):
        return "a fellow prisoner"  # «Освобождённый на этой неделе сокамерник утверждает»
    if noun and trigger.type == E.RELEASED and _SOUGHT.search(head[-60:]):
        return "sought"  # "for the commission to recommend his release on health grounds"
    if trigger.rule.court and not _COURT.search(head) and _IN_PRISON.search(sentence):
        return "no court"  # «в колонии ему дали десять суток»: the days of a punishment cell
    if trigger.rule.enumerates and _MODAL_MEMBER.match(_UP_TO_NAME.split(
            sentence[trigger.end:], 1)[0]):
        return "modal"  # «Среди освобождённых, как ожидали многие, мог оказаться и X»
    if trigger.type == E.RELEASED and _HELD_AGAIN_AFTER.match(sentence, trigger.end):
        return "re-detained"  # «вышел за ворота — и его тут же снова задержали»
    if lang == "en" and _MAY_HAVE.search(head[-90:]):
        return "modal"  # "Mr. Sheuchyk may have spent several weeks in a punishment cell"
    if lang == "en" and not trigger.rule.inherent_negation and (
            _NEITHER_NOR.search(head) or _YET_BEEN.search(head[-30:])):
        return "negation"  # "Neither X nor Y has yet been recognised", "has yet to be charged"
    return None
