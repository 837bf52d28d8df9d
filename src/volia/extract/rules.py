"""What a trigger rule is: a regular expression over one sentence for one event type, with
the arguments it needs (a destination, a term, an owner, a batch) and whether it carries its own
negation ("no contact with", «нет связи»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E


@dataclass(frozen=True)
class Rule:
    type: E
    pattern: re.Pattern[str]
    inherent_negation: bool = False
    needs_country: bool = False
    needs_term: bool = False
    noun: bool = False
    needs_group: bool = False  # "among them": only right after a batch release
    enumerates: bool = False  # takes every named prisoner listed after it
    batch_only: bool = False  # states a batch ("the decree on their pardon"), never a person
    present: bool = False  # the historic present of timelines, also the future's form


@dataclass(frozen=True)
class Trigger:
    type: E
    start: int
    end: int
    rule: Rule


def rule(kind: E, regex: str, **flags: bool) -> Rule:
    """A rule for KIND matching REGEX as whole words, case-insensitively."""
    return Rule(kind, re.compile(r"(?<![\w-])(?:" + regex + r")(?![\w])", re.IGNORECASE),
                **flags)
