"""NameIndex: resolve, thresholds, hard negatives, removal, duplicates."""

from __future__ import annotations

import dataclasses

import pytest

from volia.names import (
    AUTO_LINK_THRESHOLD,
    REVIEW_THRESHOLD,
    Candidate,
    InvalidName,
    NameIndex,
    find_duplicates,
)


@pytest.fixture
def index() -> NameIndex:
    ix = NameIndex()
    ix.add("kalesnikava", ["Maryia Kalesnikava", "Калеснікава Марыя Аляксандраўна"], 1982)
    ix.add("bialiatski", ["Ales Bialiatski", "Бяляцкі Алесь Віктаравіч"], 1962)
    ix.add("tsikhanouskaya", ["Sviatlana Tsikhanouskaya", "Ціханоўская Святлана"], 1982)
    ix.add("tsikhanouski", ["Siarhei Tsikhanouski", "Ціханоўскі Сяргей Леанідавіч"], 1978)
    ix.add("kalesnikau", ["Ivan Kalesnikau", "Калеснікаў Іван"])  # a husband-like record
    ix.add("kalesnikava-olga", ["Volha Kalesnikava"])  # same surname, other given name
    ix.add("poczobut", ["Andrei Pachobut", "Пачобут Андрэй Станіслававіч"], 1973)
    return ix


@pytest.mark.parametrize(("query", "person"), [
    ("Maria Kolesnikova", "kalesnikava"), ("Марию Колесникову", "kalesnikava"),
    ("Колесникова Мария Александровна", "kalesnikava"), ("Masha Kalesnikava", "kalesnikava"),
    ("Алесю Беляцкому", "bialiatski"), ("Aleksandr Belyatsky", "bialiatski"),
    ("Ales Byalyatski", "bialiatski"), ("Svetlana Tikhanovskaya", "tsikhanouskaya"),
    ("Sergei Tikhanovsky", "tsikhanouski"), ("Сергея Тихановского", "tsikhanouski"),
    ("Andrzej Poczobut", "poczobut"), ("Анджея Почобута", "poczobut"),
])
def test_resolve_links_spellings_above_threshold(index: NameIndex, query: str,
                                                 person: str) -> None:
    top = index.resolve(query)[0]
    assert top.person_id == person
    assert top.score >= AUTO_LINK_THRESHOLD
    assert top.reasons and all(isinstance(r, str) for r in top.reasons)


def test_typo_is_found_but_not_always_auto_linked(index: NameIndex) -> None:
    top = index.resolve("Maria Kolesnikva")[0]
    assert top.person_id == "kalesnikava" and top.score >= REVIEW_THRESHOLD


def test_husband_and_wife_forms_are_not_merged(index: NameIndex) -> None:
    results = index.resolve("Ivan Kolesnikov")
    assert results[0].person_id == "kalesnikau"
    assert all(c.person_id != "kalesnikava" or c.score < REVIEW_THRESHOLD for c in results)
    wife = index.resolve("Sviatlana Tsikhanouski")  # wrong gender form of her surname
    assert all(c.score < AUTO_LINK_THRESHOLD for c in wife)


def test_same_surname_other_given_name_is_not_linked(index: NameIndex) -> None:
    results = index.resolve("Olga Kolesnikova")
    assert results[0].person_id == "kalesnikava-olga"
    assert all(c.score < REVIEW_THRESHOLD for c in results if c.person_id == "kalesnikava")


def test_surname_only_is_a_review_not_a_link(index: NameIndex) -> None:
    results = index.resolve("Kolesnikova")
    assert results and all(c.score < AUTO_LINK_THRESHOLD for c in results)


def test_father_and_son_are_ambiguous_without_patronymic() -> None:
    ix = NameIndex()
    ix.add("father", ["Ivan Sidorau", "Сідараў Іван Пятровіч"], 1955)
    ix.add("son", ["Ivan Sidorau", "Сідараў Іван Іванавіч"], 1984)
    plain = ix.resolve("Ivan Sidorov")
    assert {c.person_id for c in plain} == {"father", "son"}
    assert all(c.score < AUTO_LINK_THRESHOLD for c in plain)
    assert any("ambiguous" in r for r in plain[0].reasons)
    assert ix.resolve("Сидоров Иван Иванович")[0].person_id == "son"
    assert ix.resolve("Ivan Sidorov", birth_year=1955)[0].person_id == "father"
    assert find_duplicates(ix, min_score=REVIEW_THRESHOLD) == []


def test_birth_year_mismatch_lowers_score(index: NameIndex) -> None:
    same = index.resolve("Maria Kolesnikova", birth_year=1982)[0].score
    other = index.resolve("Maria Kolesnikova", birth_year=1950)
    assert not other or other[0].score < same


def test_add_remove_len_and_incremental_names(index: NameIndex) -> None:
    assert len(index) == 7 and "poczobut" in index
    index.add("poczobut", ["Andrzej Poczobut"])
    assert len(index) == 7
    index.remove("poczobut")
    index.remove("poczobut")  # removing twice is harmless
    assert len(index) == 6 and "poczobut" not in index
    assert all(c.person_id != "poczobut" for c in index.resolve("Andrzej Poczobut"))


def test_add_rejects_a_person_without_usable_names() -> None:
    ix = NameIndex()
    with pytest.raises(InvalidName):
        ix.add("p", ["", "123"])
    ix.add("q", ["", "Maria Kolesnikova"])  # junk next to a real name is skipped
    assert len(ix) == 1


def test_resolve_bad_input_returns_nothing(index: NameIndex) -> None:
    for bad in ["", " ", "a", "42", "🙂", "שלום", "x" * 10_000]:
        assert index.resolve(bad) == []
    assert index.resolve("Maria Kolesnikova", limit=0) == []


def test_candidate_is_frozen(index: NameIndex) -> None:
    top = index.resolve("Maria Kolesnikova", limit=1)
    assert len(top) == 1 and isinstance(top[0], Candidate)
    assert top[0].matched_name in {"Maryia Kalesnikava", "Калеснікава Марыя Аляксандраўна"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        top[0].score = 0.0  # type: ignore[misc]


def test_thresholds_are_ordered() -> None:
    assert 0.0 < REVIEW_THRESHOLD < AUTO_LINK_THRESHOLD < 1.0


def test_find_duplicates_finds_transliteration_duplicates_only() -> None:
    ix = NameIndex()
    ix.add("a", ["Maryia Kalesnikava"], 1982)
    ix.add("b", ["Колесникова Мария Александровна"], 1982)
    ix.add("c", ["Ivan Kalesnikau"])  # a man with the same surname: not a duplicate
    ix.add("d", ["Sviatlana Tsikhanouskaya"])
    ix.add("e", ["Siarhei Tsikhanouski"])
    pairs = find_duplicates(ix, min_score=AUTO_LINK_THRESHOLD)
    assert [(p.a, p.b) for p in pairs] == [("a", "b")]
    assert pairs[0].score >= AUTO_LINK_THRESHOLD and pairs[0].reasons
