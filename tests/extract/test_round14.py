"""Round 14: people told of by a description first and named later. Every text here is
invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 9, 1)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def test_a_described_prisoner_named_in_a_later_sentence() -> None:
    for text, lang, name in (
            ("A 58-year-old teacher from Lida was sentenced to four years on Tuesday. "
             "Her name is Alla Vecher.\n", "en", "Alla Vecher"),
            ("В четверг 63-летняя пенсионерка из Гродно приговорена к трём годам колонии. "
             "Её зовут Анна Лукша.\n", "ru", "Анна Лукша"),
            ("У аўторак 52-гадовы настаўнік з Ліды асуджаны на тры гады. Яго завуць Пятро "
             "Сянкевіч.\n", "be", "Пятро Сянкевіч")):
        assert ("sentenced", name) in _claims(text, lang), text


def test_a_death_in_a_prison_wing_named_the_next_day() -> None:
    text = ("On Monday a 47-year-old prisoner from Kobryn died in the hospital wing of Hrodna "
            "prison No. 1. By Tuesday it had a name: Pavel Sholka.\n")
    result = extract(text, published=PUB, lang="en")
    claims = result["claims"]
    assert isinstance(claims, list) and len(claims) == 1
    claim = claims[0]
    assert claim["type"] == "died_in_custody"
    assert claim["person"]["name"] == "Pavel Sholka"
    # the evidence holds both the death and the name
    assert "died" in claim["evidence"]["text"] and "Sholka" in claim["evidence"]["text"]


def test_the_noun_of_the_description_names_the_person() -> None:
    text = ("A 41-year-old electrician was detained in Barysau on Monday. The electrician is "
            "Mikhail Dzeraz, his colleagues say.\n")
    assert ("detained", "Mikhail Dzeraz") in _claims(text, "en")


def test_a_name_after_a_description_that_is_not_the_one_described() -> None:
    for text in (
            "A 58-year-old teacher was sentenced to four years. Judge Ivan Kurak read the "
            "verdict.\n",
            "A 58-year-old teacher was sentenced to four years. The prosecutor is Ivan Kurak.\n"):
        assert not any(name == "Ivan Kurak" for _, name in _claims(text, "en")), text
