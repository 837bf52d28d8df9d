"""Adversarial cases: false triggers, hedges, plural and elliptical references, given names
alone, spouses, Russian nominatives, and the registry's names (known names, linker)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from volia.extract import extract
from volia.extract.linking import KnownNames, known_names_of, registry_linker

PUB = date(2025, 5, 5)


def claims_of(text: str, lang: str, **kw: Any) -> list[dict[str, Any]]:
    claims = extract(text, published=PUB, lang=lang, **kw)["claims"]
    assert isinstance(claims, list)
    return claims


def got(text: str, lang: str, **kw: Any) -> set[tuple[str, str | None]]:
    claims = claims_of(text, lang, **kw)
    return {(c["type"], (c["person"] or {}).get("name")) for c in claims}


@pytest.mark.parametrize("text", [
    "Pavel Seviarynets was expelled from university in 2005.",
    "Viasna released a statement about Ales Bialiatski on Monday.",
    "The KGB released a video of Ihar Losik confessing.",
    "The court released its verdict on Siarhei Tsikhanouski on Friday.",
    "Ales Bialiatski has long campaigned for freedom of speech.",
    "Ihar Losik released an album after his time in prison.",
    "Officials claimed that Ihar Losik had been released, but his family said he remains in "
    "the colony.",
    "Reports that Ihar Losik was released are false.",
    "Ihar Losik could walk free next month.",
])
def test_english_false_triggers_and_hedges_give_no_release(text: str) -> None:
    assert not {kind for kind, _ in got(text, "en")} & {"released", "deported"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Игоря Лосика исключили из университета в 2010 году.", "ru"),
    ("Информация об освобождении Игоря Лосика не подтвердилась.", "ru"),
    ("Игоря Лосика могут освободить в мае.", "ru"),
    ("Игорь Лосик не вышел на свободу, он по-прежнему находится в колонии.", "ru"),
    ("Ігара Лосіка выключылі з універсітэта.", "be"),
    ("Ігара Лосіка могуць вызваліць.", "be"),
    ("Ігар Лосік не выйшаў на волю.", "be"),
])
def test_slavic_false_triggers_and_hedges_give_nothing(text: str, lang: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ihar Losik walked free on Tuesday.", "en", ("released", "Ihar Losik")),
    ("Viktar Babaryka left the colony on Monday.", "en", ("released", "Viktar Babaryka")),
    ("Ihar Losik was granted clemency.", "en", ("pardoned", "Ihar Losik")),
    ("Игорь Лосик вышел на свободу в понедельник.", "ru", ("released", "Игорь Лосик")),
    ("Игорь Лосик покинул колонию в понедельник.", "ru", ("released", "Игорь Лосик")),
    ("Игоря Лосика водворили в ШИЗО.", "ru", ("solitary_confinement", "Игорь Лосик")),
    ("Витольд Ашурок скончался в СИЗО.", "ru", ("died_in_custody", "Витольд Ашурок")),
    ("Правозащитники признали Игоря Лосика политическим заключённым.", "ru",
     ("recognized", "Игорь Лосик")),
    ("Ігар Лосік выйшаў з калоніі.", "be", ("released", "Ігар Лосік")),
    ("Правабаронцы прызналі Ігара Лосіка палітвязнем.", "be", ("recognized", "Ігар Лосік")),
])
def test_trigger_coverage(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in got(text, lang)


def test_plural_reference_both_men() -> None:
    text = ("Belarus released Ryhor Kastusiou and Aliaksandr Frantskevich on Sunday. "
            "Both men had been pardoned by decree.")
    assert {("pardoned", "Ryhor Kastusiou"), ("pardoned", "Aliaksandr Frantskevich")} <= got(
        text, "en")


def test_plural_reference_russian() -> None:
    text = "Освободили Алеся Беляцкого и Марию Колесникову. Оба были помилованы."
    assert {("pardoned", "Алесь Беляцкий"), ("pardoned", "Мария Колесникова")} <= got(text, "ru")


def test_elliptical_clauses_inherit_the_verb() -> None:
    ru = got("Алеся Беляцкого и Марию Колесникову освободили. Беляцкого вывезли в Литву, а "
             "Колесникову — в Украину.", "ru")
    assert ("deported", "Мария Колесникова") in ru
    en = claims_of("Ihar Losik was sentenced to five years, and Daria Losik to two.", "en")
    terms = {c["person"]["name"]: c["term_months"] for c in en}
    assert terms == {"Ihar Losik": 60, "Daria Losik": 24}


def test_sisters_named_by_given_name_alone() -> None:
    text = ("В пятницу задержали сестёр Анну и Марину Гриневич. Анну отпустили через сутки, "
            "Марину арестовали на 15 суток.")
    result = got(text, "ru")
    assert {("detained", "Анна Гриневич"), ("detained", "Марина Гриневич"),
            ("released", "Анна Гриневич")} <= result
    assert ("released", "Марина Гриневич") not in result


def test_husband_as_the_only_reference() -> None:
    text = ("Мікалай Статкевіч застаецца ў калоніі. Яго жонка Марына Адамовіч кажа, што звестак "
            "пра мужа няма.")
    assert got(text, "be") == {("incommunicado", "Мікалай Статкевіч")}


def test_a_husband_of_a_prisoner_is_not_the_prisoner() -> None:
    text = "Maria Kolesnikova was sentenced to eleven years. Her husband was not detained."
    assert got(text, "en") == {("sentenced", "Maria Kolesnikova")}


def test_known_names_index_finds_names_without_a_scan_per_name() -> None:
    names = [f"Ales Losik{i}" for i in range(20000)] + ["Julia Fenner", "Юлия Фенер"]
    index = KnownNames(names)
    assert known_names_of(index) is index and len(index) == 20002
    text = "Julia Fenner was detained in March 2024 while entering Belarus. " * 20
    mentions = index.mentions(text)
    assert len(mentions) == 20 and mentions[0].name == "Julia Fenner"
    assert ("detained", "Julia Fenner") in got(text, "en", known_names=index)


def test_registry_linker_links_above_the_threshold_only() -> None:
    names = pytest.importorskip("volia.names")
    index = names.NameIndex()
    index.add("p1", ["Maryia Kalesnikava", "Калеснікава Марыя", "Мария Колесникова"])
    index.add("p2", ["Ales Bialiatski", "Алесь Беляцкий"])
    link = registry_linker(index)
    claims = claims_of("В субботу освободили Марию Колесникову.", "ru", linker=link)
    assert [c["person"]["person_id"] for c in claims] == ["p1"]
    assert link("Ihar Losik") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Journalist Ihar Losik, whose release had been widely expected, was not among those freed.",
     "en"),
    ("Среди освобождённых не оказалось политика Игоря Лосика.", "ru"),
    ("Сярод вызваленых не аказалася Ігара Лосіка.", "be"),
    ("Ihar Losik was brought to the border but refused to cross into Lithuania.", "en"),
    ("Rights activists had no information that Ihar Losik had been released, despite claims "
     "on Telegram.", "en"),
])
def test_negation_after_the_trigger_and_refusals(text: str, lang: str) -> None:
    assert not {kind for kind, _ in got(text, lang)} & {"released", "deported", "pardoned"}


def test_money_transferred_is_not_a_prison_transfer() -> None:
    text = "In March 2022 Ihar Losik transferred the equivalent of 3,000 roubles to a fund."
    assert got(text, "en") == set()
    assert ("transferred", "Ihar Losik") in got("Ihar Losik was transferred to a colony.", "en")
