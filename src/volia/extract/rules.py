"""What a trigger rule is: a regular expression over one sentence for one event type, with
the arguments it needs (a destination, a term, an owner, a batch) and whether it carries its own
negation ("no contact with", «нет связи»)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.domain.model import EventType as E
from volia.extract.terms import NUMBER

# The object of an English active verb: a pronoun or a name of up to three capitalised words
EN_OBJECT = r"(?:(?:me|us|him|her|them)\b|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"


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
    court: bool = False  # only with a court or a judge told before it in the sentence


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


def verdict_list(unit: str, fine: str, arrest: str, guard: str = "") -> list[Rule]:
    """The lines of a verdict list, in one language's words: a term in brackets after a name
    («Семёну Огаркову (10 лет)»), a term after a colon or a dash ("X (41, Barysau): 4 years",
    «Ксения Пискун (33 года, Полоцк) — 2 года колонии», "X, Y and Z — 6, 4 and 4 years"), and
    a fine or days of arrest after one ("X: fine of 50 base units", «— 15 суток ареста»). UNIT
    names a year or a month; the term opens with a number; GUARD follows the term where a
    length of time may be no verdict ("X: five months in custody"). The trigger never covers
    the name before it, which attachment then takes."""
    number = rf"(?:(?:на|к|да|to)\s+)?(?:{NUMBER}|полтора|полутора|паўтара)[\s,-]"
    return [
        # (also "X (2.5 years, same verdict)", «X (3 года, ИК-4)»: a digest's row)
        rule(E.SENTENCED, rf"(?<=[\w] )\(\s*(?:\S+\s+){{0,3}}?(?:{unit})(?!\w)(?=\s*[,;)])",
             needs_term=True),
        # "X, 4 years since 2022", "X, IT specialist, 3 years 6 months under Art. 342"
        rule(E.SENTENCED, rf"(?<=[\w],\s)(?={number})(?:\S+\s+){{0,4}}?(?:{unit})(?!\w)"
                          rf"(?=\s+(?:since\s+(?:19|20)\d\d|under\s+(?:Art|art|Article|article|part)|по\s+(?:ст\.|стать)"
                          rf"|па\s+(?:арт\.|артыкул)))",
             needs_term=True),
        rule(E.SENTENCED, rf"(?<=[\w)]:\s)(?={number})(?:\S+\s+){{0,4}}?(?:{unit})(?!\w){guard}",
             needs_term=True),
        rule(E.SENTENCED, rf"(?<=[\w»)]\s)[—–](?=\s+{number})(?=\s+(?:\S+\s+){{0,4}}?(?:{unit})"
                          rf"(?!\w){guard})", needs_term=True),
        # (not "the maximum penalty — a fine", «возможное наказание — штраф»: the law's)
        rule(E.SENTENCED, rf"(?<=[:—–]\s)(?<!penalty\s—\s)(?<!penalty:\s)(?<!наказание\s—\s)"
                          rf"(?<!наказанне\s—\s)(?<!санкция\s—\s)(?:{fine}|{arrest})"),
    ]
