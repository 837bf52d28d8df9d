"""A cheap test that rules a regular expression out before it runs.

Most sentences hold none of the words a trigger rule needs ("released", «освобожд»), yet
running the rule's regular expression over the sentence still costs a scan with look-arounds
at every position. ``required_words`` reads a compiled pattern and returns strings of which
at least one must occur in any text the pattern matches; ``triggers.find_triggers`` checks
them with plain substring tests (done in C) and runs the pattern only when one is there. The
answer is always the pattern's own: the filter can only skip texts where no match is possible.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["required_words"]

# shorter literals ("in", "to") stand in almost every sentence and would only cost time
_MIN_LENGTH = 3
Alternatives = frozenset[str] | None  # None: nothing is required


def _best(candidates: list[frozenset[str]]) -> Alternatives:
    """The candidate set whose shortest string is longest: the most selective test."""
    useful = [s for s in candidates if s and min(map(len, s)) >= _MIN_LENGTH]
    if not useful:
        return None
    return max(useful, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: Any) -> Alternatives:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if op in (c.ASSERT_NOT, c.AT):
            continue  # zero-width and asks for nothing to be there
        found: Alternatives = None
        if op is c.ASSERT:  # what a look-ahead or look-behind needs, the text holds
            found = _sequence(arg[1])
        elif op is c.SUBPATTERN:
            found = _sequence(arg[-1])
        elif op is c.BRANCH:
            found = _branch(arg[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _sequence(arg[2])
        elif op is c.ATOMIC_GROUP:
            found = _sequence(arg)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return _best(candidates)


def _branch(alternatives: Any) -> Alternatives:
    union: set[str] = set()
    for alternative in alternatives:
        found = _sequence(alternative)
        if found is None:
            return None  # one way through needs nothing, so the branch needs nothing
        union |= found
    return frozenset(union)


def required_words(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings of which one must occur in every match of REGEX, lower-cased, or
    None when no such short list exists. Case is always folded: it costs nothing in
    selectivity that matters, and it stays right under inline flags such as ``(?i:…)``."""
    try:
        return _sequence(_parser.parse(regex.pattern, regex.flags))
    except (re.error, TypeError, ValueError):  # an unfamiliar pattern shape: no shortcut
        return None
