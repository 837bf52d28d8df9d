"""Transliteration tables, reverse transliteration and be↔ru correspondences."""

from __future__ import annotations

import pytest

from volia.names.beru import be_to_ru, ru_to_be
from volia.names.reverse import latin_to_cyrillic
from volia.names.translit import SCHEMES, schemes_for, transliterate


@pytest.mark.parametrize(("scheme", "lang", "source", "expected"), [
    ("be-national-2007", "be", "Ціханоўская Святлана", "Cichanoŭskaja Sviatlana"),
    ("be-national-2007", "be", "Алесь Бяляцкі", "Alieś Bialiacki"),
    ("be-national-2023", "be", "Ціханоўская", "Cikhanoŭskaja"),
    ("bgn-pcgn-be", "be", "Бяляцкі", "Byalyatski"),
    ("bgn-pcgn-be", "be", "Ціханоўскі", "Tsikhanowski"),
    ("icao-9303", "be", "Ціханоўская", "Tsikhanouskaia"),
    ("icao-9303", "ru", "Юлия Навальная", "Iuliia Navalnaia"),
    ("be-passport", "be", "Ціханоўская Святлана", "Tsikhanouskaya Sviatlana"),
    ("be-passport", "be", "Калеснікава Марыя", "Kalesnikava Maryia"),
    ("be-passport", "be", "Дзмітрый", "Dzmitry"),
    ("bgn-pcgn-ru", "ru", "Колесникова Елена", "Kolesnikova Yelena"),
    ("bgn-pcgn-ru", "ru", "Алексей", "Aleksey"),
    ("bgn-pcgn-uk", "uk", "Зеленський Олексій", "Zelenskyi Oleksii"),
    ("bgn-pcgn-uk", "uk", "Єсипенко", "Yesypenko"),
    ("iso-9", "ru", "Щиракова Юлия", "Ŝirakova Ûliâ"),
    ("press", "ru", "Тихановский Сергей", "Tikhanovsky Sergei"),
    ("press", "ru", "Алексей Навальный", "Alexei Navalny"),
    ("press", "ru", "Мария", "Maria"),
    ("press", "be", "Бабарыка Віктар", "Babaryka Viktar"),
])
def test_schemes(scheme: str, lang: str, source: str, expected: str) -> None:
    assert transliterate(source, scheme, lang) == expected


def test_all_schemes_are_named_and_output_latin() -> None:
    assert len(SCHEMES) >= 9
    for scheme in SCHEMES.values():
        out = transliterate("Ціханоўская Щука Їжак", scheme, "be")
        assert not any("\u0400" <= ch <= "\u04ff" for ch in out), (scheme.name, out)


def test_case_is_kept_and_latin_passes_through() -> None:
    assert transliterate("КАЛЕСНІКАВА", "icao-9303", "be") == "KALESNIKAVA"
    assert transliterate("Kara-Мурза", "press", "ru") == "Kara-Murza"


def test_unknown_scheme_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown transliteration scheme"):
        transliterate("Знак", "klingon")


def test_schemes_for_language() -> None:
    names = {s.name for s in schemes_for("uk")}
    assert "bgn-pcgn-uk" in names and "be-national-2007" not in names


@pytest.mark.parametrize(("latin", "lang", "expected"), [
    ("Tsikhanouski", "be", "Ціханоўскі"),
    ("Kalesnikava", "be", "Калеснікава"),
    ("Tikhanovsky", "ru", "Тихановский"),
    ("Maria Kolesnikova", "ru", "Мария Колесникова"),
    ("Sviatlana Tsikhanouskaya", "be", "Святлана Ціханоўская"),
    ("Poczobut", "ru", "Почобут"),
])
def test_reverse_candidates(latin: str, lang: str, expected: str) -> None:
    assert expected in latin_to_cyrillic(latin, lang, limit=3)


def test_reverse_rejects_other_languages() -> None:
    with pytest.raises(ValueError):
        latin_to_cyrillic("Zelensky", "uk")


def test_be_to_ru_correspondences() -> None:
    assert "Колесникова" in be_to_ru("Калеснікава")
    assert be_to_ru("Ціханоўскі")[0] == "Тихановский"
    assert "Беляцкий" in be_to_ru("Бяляцкі")
    assert be_to_ru("Бабарыка")[0] == "Бабарико"


def test_ru_to_be_correspondences() -> None:
    assert ru_to_be("Колесникова") == "Калеснікава"
    assert ru_to_be("Беляцкий") == "Беляцкі"
    assert ru_to_be("Тихановский").startswith("Ціхан")
