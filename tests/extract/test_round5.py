"""Mechanisms added after the held-out 4 analysis: voluntary departure, place names that are
no people, incommunicado and transfer phrasings, reversed recognition, carried deaths."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract import departures, persons_en
from volia.extract.places import implausible_person, is_place

PUB = date(2025, 5, 20)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Olga Sennaya was released in March. Two months later she moved to Poland on her own.",
     "en", "Olga Sennaya"),
    ("Andrei Verbel was freed in May and later moved to Lithuania voluntarily.", "en",
     "Andrei Verbel"),
    ("Ольга Сенная вышла на свободу в марте, а в мае сама уехала в Польшу.", "ru",
     "Ольга Сенная"),
    ("Вольга Сенная выйшла на волю ў сакавіку і пераехала ў Польшчу.", "be", "Вольга Сенная"),
])
def test_leaving_by_choice_is_no_deportation(text: str, lang: str, name: str) -> None:
    claims = _claims(text, lang)
    assert ("released", name) in claims
    assert not any(kind == "deported" for kind, _ in claims)


def test_a_forced_removal_stays_a_deportation() -> None:
    claims = _claims("Andrei Verbel was released on Thursday and taken to Lithuania.", "en")
    assert ("deported", "Andrei Verbel") in claims
    assert departures.voluntary_departure("He emigrated to Poland.", "en")
    assert not departures.voluntary_departure("He was deported and later moved to Warsaw.", "en")


@pytest.mark.parametrize(("name", "tail", "ok"), [
    ("Mahilyou", "", False),
    ("Leninsky", " District Court", False),
    ("Jailed Belarusian", " activist", False),
    ("Andrei Verbel", " was", True),
    ("Zinaida Mialeshka", ",", True),
])
def test_model_person_spans_are_checked(name: str, tail: str, ok: bool) -> None:
    assert persons_en.person_span_ok(name, tail) is ok


def test_gazetteer_knows_places_in_both_scripts() -> None:
    assert is_place("Mahiliou") and is_place("Yekaterinburg")
    assert implausible_person("Jailed Belarusian")
    assert not implausible_person("Olga Sennaya")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Since August the family of Andrei Verbel had received no letters from him.", "en",
     "Andrei Verbel"),
    ("Nothing has been heard from Andrei Verbel for 600 days.", "en", "Andrei Verbel"),
    ("С тех пор к Ольге Сенной не пускают ни адвоката, ни родственников.", "ru", "Ольга Сенная"),
    ("Ольга Сенная почти год провела без какой-либо связи с родными.", "ru", "Ольга Сенная"),
    ("Сяргей Лазарчык больш за год знаходзіцца ў інфармацыйнай ізаляцыі.", "be",
     "Сяргей Лазарчык"),
])
def test_incommunicado_phrasings(text: str, lang: str, name: str) -> None:
    assert ("incommunicado", name) in _claims(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("In January Andrei Verbel was moved from the Hlybokaye colony to Prison No. 4.", "en",
     "Andrei Verbel"),
    ("In May 2025 Andrei Verbel was transferred from SIZO-1 to SIZO-3.", "en", "Andrei Verbel"),
    ("9 октября Ольгу Сенную перевели из ИК-3 в ИК-9.", "ru", "Ольга Сенная"),
    ("У верасні Сяргея Лазарчыка перавялі з калоніі ў Наваполацку ў турму №8.", "be",
     "Сяргей Лазарчык"),
])
def test_transfers_between_named_facilities(text: str, lang: str, name: str) -> None:
    assert ("transferred", name) in _claims(text, lang)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("В июле политзаключёнными признаны 3 человека: Ольга Сенная и Фома Вербель.", "ru",
     {"Ольга Сенная", "Фома Вербель"}),
    ("У сакавіку палітвязнямі прызнаныя 12 чалавек: Алесь Вербель, Вольга Сенная і іншыя.",
     "be", {"Алесь Вербель", "Вольга Сенная"}),
])
def test_recognition_with_the_status_first(text: str, lang: str, names: set[str]) -> None:
    got = {n for kind, n in _claims(text, lang) if kind == "recognized"}
    assert names <= got


def test_an_unnamed_death_in_custody_takes_the_name_given_next() -> None:
    text = ("A political prisoner has died in custody, rights groups said. Andrei Verbel, 52, "
            "died on Tuesday in the colony hospital.")
    assert ("died_in_custody", "Andrei Verbel") in _claims(text, "en")


def test_a_death_far_from_the_unnamed_report_is_not_carried() -> None:
    text = ("A political prisoner has died in custody. The group met on Monday. It issued a "
            "statement. Many came. The weather was cold. Andrei Verbel's father died in 1990.")
    assert not any(kind == "died_in_custody" for kind, _ in _claims(text, "en"))


def test_may_the_month_is_no_modal() -> None:
    assert ("transferred", "Andrei Verbel") in _claims(
        "In May Andrei Verbel was transferred to Penal Colony No. 9.", "en")
    assert not _claims("Andrei Verbel may be released soon.", "en")
