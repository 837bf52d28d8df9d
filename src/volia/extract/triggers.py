"""Event triggers for English, Russian and Belarusian: the lexicons (``lexicon_en``,
``lexicon_ru``, ``lexicon_be``) applied to one sentence.

Each rule is a regular expression over one sentence (``rules.Rule``). A rule may need a
destination country (``taken to Lithuania``), a term (``a 10-year sentence``) or an owner
(``his release``), and some carry their own negation (``no contact with``, ``нет связи``) so
the negation check skips them.
"""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import lexicon_be, lexicon_en, lexicon_ru
from volia.extract.arguments import nearest_term
from volia.extract.prefilter import required_words
from volia.extract.rules import Rule, Trigger

__all__ = ["RULES", "Rule", "Trigger", "find_triggers", "untangle"]

RULES = {"en": lexicon_en.RULES, "ru": lexicon_ru.RULES, "be": lexicon_be.RULES}
# each rule behind the test of the words it cannot match without: most sentences hold few
_FILTERED = {lang: [(rule, required_words(rule.pattern)) for rule in rules]
             for lang, rules in RULES.items()}


def find_triggers(sentence: str, lang: str) -> list[Trigger]:
    """Every trigger in SENTENCE, in order; a span claimed for one type is not reused for it."""
    out: list[Trigger] = []
    lowered = sentence.lower()
    for rule, words in _FILTERED.get(lang, _FILTERED["en"]):
        if words is not None and not any(map(lowered.__contains__, words)):
            continue
        for match in rule.pattern.finditer(sentence):
            if any(t.start < match.end() and match.start() < t.end and t.type == rule.type
                   for t in out):
                continue
            out.append(Trigger(rule.type, match.start(), match.end(), rule))
    out.sort(key=lambda t: t.start)
    return out


# between "got" and "SHIZO": "fifteen days in the", «10 суток в»
_DAYS_IN = re.compile(r"\s+(?:[\w-]+\s+){1,3}(?:in|into|в|у|ў)\s+(?:the\s+|a\s+)?$",
                      re.IGNORECASE)


def untangle(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """SENTENCE's triggers without those a longer reading of the same words overrides."""
    termed = [t for t in triggers if t.type == E.SENTENCED and (
        not t.rule.needs_term or nearest_term(sentence, t.start, t.end))]
    # "detained for 15 days" is the verdict of an administrative court
    triggers = [t for t in triggers if not (t.type == E.DETAINED and any(
        s.start < t.end and t.start < s.end for s in termed))]
    withdrawn = [t for t in triggers if t.type == E.RECOGNITION_WITHDRAWN]
    triggers = [t for t in triggers if not (t.type == E.RECOGNIZED and any(
        w.start < t.end and t.start < w.end for w in withdrawn))]  # «спынілі прызнанне»
    cells = [t for t in triggers if t.type == E.SOLITARY_CONFINEMENT]
    if cells:  # «в ШИЗО помещён X: ему дали десять суток»: days in the cell, not a verdict
        triggers = [t for t in triggers if not (t.type == E.SENTENCED and re.search(
            r"(?:суток|сутки|сутак)$", sentence[t.start:t.end]))]
    # "moved to SHIZO"; "got fifteen days in the SHIZO" is a punishment, not a verdict
    return [t for t in triggers if not (t.type == E.TRANSFERRED and any(
        c.start < t.end and t.start < c.end for c in cells)) and not (
        t.type == E.SENTENCED and any(c.start >= t.end and _DAYS_IN.match(
            sentence, t.end, c.start) for c in cells))]
