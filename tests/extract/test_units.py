"""Small pure parts of the extractor: language, sentences, dates, terms, countries, hedges."""

from __future__ import annotations

from datetime import date

import pytest

from volia.domain.dates import PartialDate
from volia.extract.countries import country_code
from volia.extract.hedges import trigger_blocked
from volia.extract.language import detect_language
from volia.extract.sentence_hedges import sentence_blocked
from volia.extract.sentences import split_sentences
from volia.extract.terms import parse_term_months
from volia.extract.triggers import find_triggers
from volia.extract.when import find_dates, parse_date_span

PUB = date(2025, 12, 16)  # a Tuesday


@pytest.mark.parametrize(("text", "lang"), [
    ("Ales Bialiatski was released from prison on Saturday.", "en"),
    ("Суд приговорил его к десяти годам, и он был этапирован в колонию.", "ru"),
    ("Суд асудзіў яго на дзесяць гадоў, і ён быў этапаваны ў калонію.", "be"),
    ("Марыя Калеснікава выйшла на волю і яе вывезлі ва Украіну.", "be"),
])
def test_language_by_letters_and_stopwords(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "The U.S. envoy Mr. Coale came. A. Ivanov left!\n\nНовый абзац. Суд в г. Минске."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The U.S. envoy Mr. Coale came.", "A. Ivanov left!", "Новый абзац.", "Суд в г. Минске."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(("span", "expected"), [
    ("released on Saturday", "2025-12-13"),
    ("this week", "2025-12"),
    ("в марте 2024 года", "2024-03"),
    ("в 2020 году", "2020"),
    ("13 декабря 2025 года", "2025-12-13"),
    ("Dec 13, 2025", "2025-12-13"),
    ("у сакавіку 2024 года", "2024-03"),
    ("у 2020 годзе", "2020"),
    ("вчера", "2025-12-15"),
    ("на гэтым тыдні", "2025-12"),
    ("in March 2024", "2024-03"),
    ("in May", "2025-05"),
    ("16.12.2025", "2025-12-16"),
    ("летась", "2024"),
])
def test_dates_resolved_against_publication(span: str, expected: str) -> None:
    found = find_dates(span, PUB)
    assert found and found[0].value.iso() == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("on Saturday", None) == []
    assert find_dates("in 2020", None)[0].value == PartialDate(2020)


def test_this_week_across_a_month_boundary_keeps_only_the_year() -> None:
    # Wednesday 1 October 2025: the week began on Monday 29 September
    assert find_dates("this week", date(2025, 10, 1))[0].value == PartialDate(2025)


def test_may_the_modal_is_not_a_month() -> None:
    assert find_dates("she may be released", PUB) == []


def test_dateparser_only_on_short_spans() -> None:
    assert parse_date_span("2025-12-13", PUB) == PartialDate(2025, 12, 13)
    assert not parse_date_span("x" * 60, PUB).known


@pytest.mark.parametrize(("text", "months"), [
    ("a 10-year sentence", 120), ("ten years in a colony", 120), ("3.5 years", 42),
    ("six years and six months", 78), ("на 11 лет", 132), ("к 3,5 годам", 42),
    ("полтора года", 18), ("на восемь лет", 96), ("на шэсць гадоў", 72),
    ("two and a half years", 30), ("an eight-and-a-half-year term", 102), ("18 months", 18),
    ("к четырём годам", 48),
])
def test_terms_in_digits_and_words(text: str, months: int) -> None:
    assert parse_term_months(text) == months


@pytest.mark.parametrize("text", ["he is 45 years old", "after four years in prison",
                                  "five years ago"])
def test_ages_and_durations_are_not_terms(text: str) -> None:
    assert parse_term_months(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("в Литву", "LT"), ("у Літву", "LT"), ("to Lithuania", "LT"), ("Vilnius", "LT"),
    ("в Украину", "UA"), ("ва Украіну", "UA"), ("у Польшчу", "PL"), ("в США", "US"),
    ("Warsaw", "PL"), ("в Беларусь", "BY"),
])
def test_destinations_to_iso_codes(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Rumours that Pavel Seviarynets had been freed circulated on Telegram.", "en"),
    ("Maksim Znak was reportedly released on Friday.", "en"),
    ("Officials denied that Babaryka had been transferred.", "en"),
    ("Has Kolesnikova been released?", "en"),
    ("Слухи о том, что Статкевич вышел на свободу, не подтвердились.", "ru"),
    ("Чуткі пра вызваленне Статкевіча не пацвердзіліся.", "be"),
])
def test_sentence_level_hedges(sentence: str, lang: str) -> None:
    assert sentence_blocked(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Mikalai Statkevich was not among those freed.", "en"),
    ("Volha Zalatar may be released soon.", "en"),
    ("The authorities could release more prisoners.", "en"),
    ("Полина Шарендо-Панасюк не была освобождена.", "ru"),
    ("Колесникова может быть освобождена уже завтра.", "ru"),
])
def test_local_negation_and_modals_block_the_trigger(sentence: str, lang: str) -> None:
    triggers = find_triggers(sentence, lang)
    assert triggers
    assert all(trigger_blocked(sentence, t, lang) for t in triggers)


def test_plain_statement_is_not_blocked() -> None:
    sentence = "Maria Kolesnikova was released on Saturday."
    (trigger,) = find_triggers(sentence, "en")
    assert sentence_blocked(sentence, "en") is None
    assert trigger_blocked(sentence, trigger, "en") is None


def test_release_of_a_statement_is_not_a_release() -> None:
    assert find_triggers("Viasna released a statement on Monday.", "en") == []
