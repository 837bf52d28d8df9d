"""Bad input never crashes: a clear InvalidName, or an empty result."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volia.names import (
    InvalidName,
    NameIndex,
    detect_language,
    detect_script,
    normalise_mention,
    parse,
    variants,
)

_INDEX = NameIndex()
_INDEX.add("k", ["Maryia Kalesnikava", "Калеснікава Марыя"])
_INDEX.add("b", ["Ales Bialiatski"])

BAD = ["", " ", "\t\n", "a", "Я", "1", "1982", "😀", "😀 😀", "שלום", "مرحبا", "李", "x" * 10_000,
       "\u202eavokinseloK airaM", "Maria\u0000Kolesnikova", "Kolesnikova Марія", "-", "’’’",
       "K" + "\u0301" * 50, "A" * 201]

names_like = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіўєїґ"
                                  " -'’.ŭćśžłАМKΩ😀١2\u200f\u202e")),
    max_size=60)


def _safe(text: str) -> None:
    assert isinstance(_INDEX.resolve(text), list)
    detect_script(text)
    detect_language(text)
    for call in (variants, normalise_mention, parse):
        try:
            call(text)
        except InvalidName as exc:
            assert str(exc)


@pytest.mark.parametrize("text", BAD)
def test_known_bad_inputs(text: str) -> None:
    _safe(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names_like)
def test_fuzz_name_like_text_quick(text: str) -> None:
    _safe(text)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_any_unicode(text: str) -> None:
    _safe(text)


@pytest.mark.slow
@settings(max_examples=800, deadline=None)
@given(names_like, names_like)
def test_fuzz_index_add_and_remove(a: str, b: str) -> None:
    index = NameIndex()
    try:
        index.add("x", [a, b])
    except InvalidName:
        assert len(index) == 0
        return
    assert len(index) == 1
    assert all(0.0 <= c.score <= 1.0 for c in index.resolve(a))
    index.remove("x")
    assert len(index) == 0 and index.resolve(a) == []
