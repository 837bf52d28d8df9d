"""Round 27: who a clause is about when a source or an owner stands before the name («По
словам правозащитников Андрей Кириллов был задержан»: the nominative is the subject;
«задержали коллегу Игоря Лосика, журналиста Павла Сапелко»: the colleague, not Losik), with
the controls that keep each rule narrow. Every text here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

PUB = date(2024, 5, 10)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


# -- a source without a comma ----------------------------------------------------------------
def test_a_nominative_name_after_a_source_is_the_subject() -> None:
    assert _people("По словам правозащитников Андрей Кириллов был задержан в среду в Минске.",
                   "ru", "detained") == {"Андрей Кириллов"}
    assert _people("По словам правозащитников Мария Кириллова была задержана в среду.",
                   "ru", "detained") == {"Мария Кириллова"}
    assert _people("Паводле праваабаронцаў Андрэй Кірылаў быў затрыманы ў сераду ў Мінску.",
                   "be", "detained") == {"Андрэй Кірылаў"}


def test_a_name_in_the_genitive_after_a_source_is_still_the_source() -> None:
    assert not _people("По словам адвоката Андрея Кириллова, его задержали в среду в Минске.",
                       "ru", "detained")
    assert not _people("По словам адвоката Марии Кирилловой её задержали в среду.",
                       "ru", "detained")


# -- an owner before a described colleague -----------------------------------------------------
def test_the_colleague_after_an_owner_is_the_one_detained() -> None:
    people = _people("В среду в Гродно задержали коллегу Игоря Лосика, журналиста Павла Сапелко.",
                     "ru", "detained")
    assert people == {"Павел Сапелко"}


def test_an_owner_followed_by_the_relative_alone_still_yields_the_relative() -> None:
    people = _people("В среду задержан брат Вероники Пархоменко, Константин Пархоменко.",
                     "ru", "detained")
    assert people == {"Константин Пархоменко"}
