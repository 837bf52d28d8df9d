"""The cached, word-by-word name keys equal the keys of the engine's whole-name variants."""

from __future__ import annotations

import random

import pytest

from volia.publish import search, search_variants
from volia.services.demo import synthetic_person

NAMES = [
    "Марыя Калеснікава", "Мария Колесникова", "Алена Ціханоўская-Лосік", "Святлана Тихановская",
    "Ігар Лосік", "Сергей Ivanou", "Maryia Kalesnikava-Babaryka", "Ihar Losik", "Tsikhanouski",
    "Аляксандр Лукашэнка", "Грыгор'еў Мікола", "Ołeh Łukasz", "Anna-Maria de la Cruz",
    "Віктар Бабарыка", "Юлия Юрьевна Тимошенко", "Ян Ян", "Li", "  ", "12345", "Ivan  Ivanau",
]


def _reference(text: str) -> frozenset[str]:
    """The keys as the whole-name path computes them (one engine call per name)."""
    return frozenset(k for k in search._word_keys(text) | search._whole_name_keys(text) if k)


def _demo_names(count: int) -> list[str]:
    rng = random.Random(5)
    out: list[str] = []
    for n in range(count):
        record = synthetic_person(rng, n, "batch", [10])
        out.extend(name.text for name in record.names)
    return out


@pytest.mark.parametrize("text", NAMES)
def test_fast_keys_equal_whole_name_keys(text: str) -> None:
    assert search.name_keys(text) == set(_reference(text))


def test_fast_keys_equal_whole_name_keys_on_demo_names() -> None:
    names = _demo_names(400)
    assert len(set(names)) > 100
    differ = [n for n in set(names) if search.name_keys(n) != set(_reference(n))]
    assert differ == []


def test_word_by_word_path_is_used_when_the_engine_is_there() -> None:
    pytest.importorskip("volia.names.variants")
    search.name_keys("Марыя Калеснікава")
    assert search_variants._FAST and search_variants._FAST[0] is not None


def test_keys_without_the_engine_are_the_word_keys() -> None:
    assert search.name_keys("Алена Калеснікава", use_engine=False) == search.word_keys(
        "Алена Калеснікава")
