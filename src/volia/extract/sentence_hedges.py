"""Hedges of a whole sentence: a rumour, a relayed report, a question, "allegedly" before an
accusation, a label that doubts what follows («Неподтверждённое.»), the head of a list of
demands. ``hedges.trigger_blocked`` decides for one trigger; this module for its sentence."""

from __future__ import annotations

import re

from volia.extract.hedge_words import SENTENCE_HEDGES
from volia.extract.reports import RELAYED_RE

_SENTENCE_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
                SENTENCE_HEDGES.items()}
_WORDS = re.compile(r"[\w'’-]+")


# The wording of a charge and the accused's plea are no doubt about the report: «осуждён за
# «распространение заведомо ложной информации»», "sentenced for 'fake news'", "an accusation
# he denied throughout the trial"
_CHARGE_OR_PLEA = re.compile(
    r"(?<!\w)(?:за|по\s+статье|па\s+артыкуле|for|of|under)\s+[«\"“„][^»\"”“]{1,90}[»\"”“]"
    r"|(?<!\w)распростран\w+\s+[«\"“„]?(?:заведомо\s+)?ложн\w+\s+(?:информаци|сведени)\w*"
    r"|(?<!\w)ложн\w+\s+донос\w*"
    r"|\b(?:an?\s+|the\s+)?(?:accusations?|charges?|allegations?)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:always\s+|consistently\s+|repeatedly\s+|strongly\s+)?denied\b",
    re.IGNORECASE)


def _unquoted(sentence: str) -> str:
    """SENTENCE with its charge wording and pleas blanked out (same length)."""
    return _CHARGE_OR_PLEA.sub(lambda m: " " * len(m.group(0)), sentence)


def relayed_at(sentence: str, lang: str) -> int | None:
    """Where a relayed report starts in SENTENCE, when that is its only hedge."""
    text = sentence.strip()
    if text.rstrip("\"”»’ ").endswith("?") or _SENTENCE_RE.get(lang, _SENTENCE_RE["en"]).search(
            _unquoted(text)):
        return None
    match = RELAYED_RE.get(lang, RELAYED_RE["en"]).search(sentence)
    return match.start() if match else None


def hedge_at(sentence: str, lang: str) -> int | None:
    """Where the first word that hedges SENTENCE as a whole starts, or None."""
    match = _SENTENCE_RE.get(lang, _SENTENCE_RE["en"]).search(_unquoted(sentence))
    return match.start() if match else None


# The word that hedges an accusation: "detained over a post he allegedly wrote", «в ШИЗО, якобы
# за незастёгнутую пуговицу». It doubts what follows it; an event told before it is a fact.
_ALLEGED = re.compile(r"(?<!\w)(?:allegedly|якобы|нібыта"
                      # "charged on 2 November, reportedly over a donation": the reason's doubt
                      r"|(?:reportedly|apparently|presumably|предположительно|верагодна)"
                      r"(?=\s+(?:over|for|because|за|из-за|праз)\b))(?!\w)", re.IGNORECASE)
# the accusation goes on after the word ("he allegedly wrote about the army"); a last word
# ("was released, allegedly.") doubts all before it
# (or a reason whose wording `_unquoted` blanked: 'allegedly for "an untidy bed"')
_CLAUSE_AFTER = re.compile(r"\s+(?:[\w«\"“„-]+\s+[«\"“„‘']?\w|(?:for|over|because\s+of|за|из-за"
                           r"|праз)(?!\w))|\s{6,}\W*$", re.IGNORECASE)
# a source told in the sentence makes all of it a report: "…, a channel allegedly run by"
_SOURCE_WORD = re.compile(r"(?<!\w)(?:channels?|sources?|told|said|says|reports?|according"
                          r"|канал\w*|источник\w*|сообщил\w*|паведамі\w*|крыніц\w*)(?!\w)",
                          re.IGNORECASE)


def _alleged_word(text: str, hedge: re.Match[str]) -> bool:
    word = _ALLEGED.match(text, hedge.start())
    return word is not None and word.end() == hedge.end()


def alleged_at(sentence: str, lang: str) -> int | None:
    """Where the first word of SENTENCE that hedges an accusation starts, when every hedge of
    the sentence is such a word, followed by the accusation's own clause, with no source told
    (no rumour, relayed report or question besides), or None."""
    text = _unquoted(sentence)
    if sentence.rstrip("\"”»’ ").endswith("?") or RELAYED_RE.get(lang, RELAYED_RE["en"]).search(
            sentence):
        return None
    hedges = list(_SENTENCE_RE.get(lang, _SENTENCE_RE["en"]).finditer(text))
    if not hedges or not all(_alleged_word(text, h) and _CLAUSE_AFTER.match(text, h.end())
                             for h in hedges) or _SOURCE_WORD.search(sentence):
        return None
    return hedges[0].start()


def hedge_label(sentence: str, lang: str) -> bool:
    """True for a label that hedges what follows it: «Неподтверждённое.», "Unconfirmed:", or
    the head of a list of demands ("We call on the authorities to:")."""
    text = sentence.strip()
    if text.endswith(":") and demand_head(text):
        return True
    return len(_WORDS.findall(text)) <= 3 and not text.endswith("?") and \
        (sentence_blocked(text, lang) or "").startswith("hedge")


def demand_head(text: str) -> bool:
    """True when TEXT heads a list of demands ("We call on the authorities to")."""
    return _DEMAND_HEAD.search(text) is not None


# the demand ends the head: "We call on the authorities to:", "We demand:", «Патрабуем:»
_DEMAND_HEAD = re.compile(r"\b(?:(?:call(?:s|ed)?\s+(?:on|upon)|urge[sd]?)\s+(?:[\w-]+\s+){0,5}?to"
                          r"|demand(?:s|ed)?|ask(?:s|ed)?)\s*:?\s*$"
                          r"|(?<!\w)(?:призыва\w*|призвал\w*|требу\w*|просим|заклікае\w*|заклікаем"
                          r"|заклікалі|патрабуем|патрабу\w*)(?:\s+[\w-]+){0,2}\s*:?\s*$",
                          re.IGNORECASE)



_TERM_LABEL = re.compile(r"^[«\"“„][^»\"”]{1,60}[»\"”]\s*[.:]?$")


def sentence_blocked(sentence: str, lang: str) -> str | None:
    """Why no claim may come from SENTENCE at all, or None."""
    text = sentence.strip()
    if text.rstrip("\"”»’ ").endswith("?"):
        return "question"
    match = _SENTENCE_RE.get(lang, _SENTENCE_RE["en"]).search(_unquoted(text)) or \
        RELAYED_RE.get(lang, RELAYED_RE["en"]).search(text)
    if match:
        return f"hedge:{match.group(0).lower()}"
    if _TERM_LABEL.match(text):
        return "a term explained"  # «Прэвентыўны нагляд». opens a glossary entry
    return None
