"""The required-word filter in front of the trigger rules may skip work, never a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from volia.extract.prefilter import required_words
from volia.extract.sentences import split_sentences
from volia.extract.triggers import RULES, find_triggers

DATA = Path(__file__).resolve().parent.parent / "data" / "extraction"


def test_required_words_of_a_plain_alternation() -> None:
    regex = re.compile(r"(?<!\w)(?:was\s+released|freed)(?!\w)", re.IGNORECASE)
    assert required_words(regex) == frozenset({"released", "freed"})


def test_required_words_fold_case_and_read_lookaheads() -> None:
    regex = re.compile(r"(?<=\w )—(?=\s+\w+\s+Years)")
    assert required_words(regex) == frozenset({"years"})


def test_an_optional_part_requires_nothing() -> None:
    assert required_words(re.compile(r"(?:freed)?\s+\d+")) is None
    assert required_words(re.compile(r"freed|\d+")) is None  # one way through needs nothing


def test_short_literals_are_not_worth_testing() -> None:
    assert required_words(re.compile(r"to\s+\w+")) is None


def _unfiltered(sentence: str, lang: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    kinds = []
    for rule in RULES[lang]:
        for match in rule.pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e and k == rule.type for k, s, e in kinds):
                continue
            kinds.append((rule.type, match.start(), match.end()))
    for kind, start, end in sorted(kinds, key=lambda k: k[1]):
        out.append((kind.value, start, end))
    return out


def _sentences(lang: str) -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines[1].strip() == lang:
            out += [s.text for s in split_sentences("\n".join(lines[3:]))]
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_filtered_triggers_equal_the_full_scan_on_the_development_texts(lang: str) -> None:
    sentences = _sentences(lang)
    assert sentences
    for sentence in sentences:
        found = [(t.type.value, t.start, t.end) for t in find_triggers(sentence, lang)]
        assert found == _unfiltered(sentence, lang), sentence


_WORDS = ["released", "Freed", "was", "sentenced", "to", "years", "освобождён", "задержали",
          "вызвалілі", "ШИЗО", "—", "six", "лет", "Lithuania", "among", "those", "pardoned",
          "X", "Ivanova", "(", ")", "died", "in", "custody", "transferred", "колонию"]


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
       lang=st.sampled_from(["en", "ru", "be"]))
def test_filtered_triggers_equal_the_full_scan_on_any_word_soup(words: list[str],
                                                                 lang: str) -> None:
    sentence = " ".join(words)
    found = [(t.type.value, t.start, t.end) for t in find_triggers(sentence, lang)]
    assert found == _unfiltered(sentence, lang)
