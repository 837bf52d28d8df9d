"""Name structure, given-name equivalents and inflected mentions."""

from __future__ import annotations

import pytest

from volia.names import normalise_mention, parse
from volia.names.given import given_ids


@pytest.mark.parametrize("text", [
    "Maria Kolesnikova", "Kolesnikova Maria", "Колесникова Мария Александровна",
    "Мария Александровна Колесникова", "Марыя Калеснікава",
])
def test_parse_finds_parts_in_any_order(text: str) -> None:
    parsed = parse(text)
    assert parsed.surname is not None and parsed.surname.stem == "kalisnik"
    assert parsed.given_ids == frozenset({"maria"})
    assert parsed.gender == "f"


def test_parse_patronymic_and_initials() -> None:
    full = parse("Бяляцкі Алесь Віктаравіч")
    assert full.patronymic == "viktaraviH" and full.given_ids == {"aleksandr"}
    initials = parse("M. A. Kolesnikova")
    assert initials.given == "m" and initials.given_is_initial and initials.patronymic == "a"


def test_parse_surname_ending_in_ovich_is_not_a_patronymic() -> None:
    parsed = parse("Valiantsin Stefanovich")
    assert parsed.patronymic is None
    assert parsed.surname is not None and parsed.surname.form.startswith("stifan")


def test_parse_double_surname_keeps_parts() -> None:
    parsed = parse("Palina Sharenda-Panasiuk")
    assert parsed.surname is not None and len(parsed.surname.part_keys) == 2


def test_parse_unknown_order_is_marked_uncertain() -> None:
    assert not parse("Kowalski Zbigniew").certain
    assert parse("Zbigniew Kowalski").surname is not None


@pytest.mark.parametrize(("a", "b"), [
    ("Ales", "Aliaksandr"), ("Aleś", "Alexander"), ("Алесь", "Александр"), ("Sasha", "Oleksandr"),
    ("Siarhei", "Sergei"), ("Сяргей", "Serhiy"), ("Maryia", "Maria"), ("Masha", "Мария"),
    ("Zmitser", "Dmitry"), ("Dzmitry", "Дмитро"), ("Uladzimir", "Vladimir"), ("Volha", "Olga"),
    ("Hanna", "Anna"), ("Ihar", "Igor"), ("Yauhen", "Evgeny"), ("Andrzej", "Andrei"),
])
def test_given_name_equivalents(a: str, b: str) -> None:
    assert given_ids(a) & given_ids(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Aleksandr", "Aleksei"), ("Ihar", "Yahor"), ("Viktor", "Viktoria"), ("Ivan", "Evan"),
    ("Maria", "Marina"),
])
def test_given_names_that_only_look_alike(a: str, b: str) -> None:
    assert not (given_ids(a) & given_ids(b))


@pytest.mark.parametrize(("mention", "nominative"), [
    ("Марию Колесникову", "Мария Колесникова"),
    ("Марии Александровны Колесниковой", "Мария Александровна Колесникова"),
    ("Алесю Беляцкому", "Алесь Беляцкий"),
    ("Алесю Бяляцкаму", "Алесь Бяляцкі"),
    ("Сяргея Ціханоўскага", "Сяргей Ціханоўскі"),
    ("Святлане Ціханоўскай", "Святлана Ціханоўская"),
    ("Марыі Калеснікавай", "Марыя Калеснікава"),
    ("Светланы Тихановской", "Светлана Тихановская"),
    ("Алексея Навального", "Алексей Навальный"),
    ("Юлии Навальной", "Юлия Навальная"),
    ("Анджея Почобута", "Анджей Почобут"),
    ("Максима Знака", "Максим Знак"),
    ("Ивану Колесникову", "Иван Колесников"),
    ("Олександрові Кольченку", "Олександр Кольченко"),
    ("Ігара Лосіка", "Ігар Лосік"),
])
def test_normalise_mention(mention: str, nominative: str) -> None:
    assert normalise_mention(mention) == nominative


def test_normalise_mention_leaves_nominative_and_latin_alone() -> None:
    assert normalise_mention("Мария Колесникова") == "Мария Колесникова"
    assert normalise_mention("Колесникова") == "Колесникова"
    assert normalise_mention("  Maria   Kolesnikova ") == "Maria Kolesnikova"
