"""Normalisation, script and language detection, phonetic keys."""

from __future__ import annotations

import pytest

from volia.names import InvalidName, clean, detect_language, detect_script, fold_diacritics
from volia.names.normalise import key_form, repair_confusables
from volia.names.phonetic import deletions, phon, skeleton, surname_parts


def test_clean_unifies_apostrophes_dashes_and_spaces() -> None:
    assert clean("  Мар'яна \u00a0 Пилип\u02bcюк ") == "Мар\u2019яна Пилип\u2019юк"
    assert clean("Sharenda\u2013Panasiuk") == "Sharenda-Panasiuk"
    assert clean("Ｍａｒｉａ") == "Maria"  # NFKC folds full-width letters


def test_clean_repairs_confusable_letters() -> None:
    # A Latin "o" inside a Cyrillic word, and a Cyrillic "а" inside a Latin one.
    assert clean("Колесникoва") == "Колесникова"
    assert clean("Kalesnikavа") == "Kalesnikava"
    assert repair_confusables("Мaрия Kolesnikova") == "Мария Kolesnikova"


def test_fold_diacritics_keeps_cyrillic_letters() -> None:
    assert fold_diacritics("Cichanoŭskaja Białacki Ščyrakova") == "Cichanouskaja Bialacki Scyrakova"
    assert fold_diacritics("Йосиф Ёлкин") == "Йосиф Ёлкин"
    assert key_form("ALEŚ  Bialiacki") == "ales bialiacki"


@pytest.mark.parametrize("bad", ["", "   ", "a", "1234", "😀😀", "שלום עליכם", "李小龙",
                                 "x" * 10_000, "!!!", "A 1"])
def test_clean_rejects_non_names(bad: str) -> None:
    with pytest.raises(InvalidName):
        clean(bad)


def test_clean_drops_digits_and_emoji_around_a_name() -> None:
    assert clean("Maria Kolesnikova (1982) 🙂") == "Maria Kolesnikova"


def test_detect_script() -> None:
    assert detect_script("Kalesnikava") == "Latn"
    assert detect_script("Калеснікава") == "Cyrl"
    assert detect_script("Maria Колесникова") == "Mixed"
    assert detect_script("שלום") == "Other"
    assert detect_script("123") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Ціханоўскі", "be"), ("Калеснікава Марыя", "be"), ("Бяляцкі Алесь", "be"),
    ("Тихановский", "ru"), ("Колесникова Мария", "ru"), ("Щиракова", "ru"),
    ("Зеленський", "uk"), ("Єсипенко", "uk"), ("Олексій", "uk"), ("Мустафаєв", "uk"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detect_language_is_none_for_latin_or_undecided() -> None:
    assert detect_language("Kolesnikova") is None
    assert detect_language("Знак") is None


@pytest.mark.parametrize("group", [
    ["Калеснікава", "Колесникова", "Kalesnikava", "Kolesnikova", "Kaliesnikava"],
    ["Ціханоўскі", "Тихановский", "Tsikhanouski", "Tikhanovsky", "Cichanoŭski",
     "Tikhanovskiy", "Tsikhanowski"],
    ["Бяляцкі", "Беляцкий", "Bialiatski", "Byalyatski", "Belyatsky", "Bialiacki"],
    ["Пачобут", "Почобут", "Poczobut", "Pachobut", "Pochobut"],
    ["Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Łukašenka"],
    ["Статкевіч", "Statkevich", "Statkiewicz", "Statkievič"],
    ["Tschanyschewa", "Chanysheva", "Чанышева"],
])
def test_phon_unifies_scripts_schemes_and_be_ru_spelling(group: list[str]) -> None:
    forms = {phon(word) for word in group}
    assert len(forms) == 1, forms


def test_phon_keeps_different_names_apart() -> None:
    assert phon("Колесникова") != phon("Колосова")
    assert skeleton(phon("Navalny")) != skeleton(phon("Nazarov"))


def test_surname_parts_knows_gendered_forms() -> None:
    assert surname_parts(phon("Kalesnikava")) == ("kalisnik", "ov", "f")
    assert surname_parts(phon("Kalesnikau")) == ("kalisnik", "ov", "m")
    assert surname_parts(phon("Tsikhanouskaya"))[1:] == ("sk", "f")
    assert surname_parts(phon("Тихановский"))[1:] == ("sk", "m")
    assert surname_parts(phon("Навальная"))[0] == surname_parts(phon("Navalny"))[0]
    assert surname_parts(phon("Lukashenka"))[2] is None  # -enka does not change


def test_deletions_cover_one_typo() -> None:
    assert "klsk" in deletions("klsnk") and "klsnk" not in deletions("klsnk")
    assert deletions("abc") == set()
