from __future__ import annotations

import pytest

from volia.domain.dates import DateError, PartialDate, Precision
from volia.importers import facility_key, parse_articles, parse_date, parse_sentence
from volia.importers.articles import ArticleError
from volia.importers.sentences import SentenceError, sentence_from_parts


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("1989/01/dd", PartialDate(1989, 1), Precision.MONTH),
    ("1990/mm/dd", PartialDate(1990), Precision.YEAR),
    ("1990", PartialDate(1990), Precision.YEAR),
    ("2021-05", PartialDate(2021, 5), Precision.MONTH),
    ("2014.12.17", PartialDate(2014, 12, 17), Precision.DAY),
    ("31.12.2021", PartialDate(2021, 12, 31), Precision.DAY),
    ("2008/12/08", PartialDate(2008, 12, 8), Precision.DAY),
    ("2023-02-28T10:00:00", PartialDate(2023, 2, 28), Precision.DAY),
    ("", PartialDate(), Precision.UNKNOWN),
    ("FALSE", PartialDate(), Precision.UNKNOWN),
    (".", PartialDate(), Precision.UNKNOWN),
    ("NA", PartialDate(), Precision.UNKNOWN),
])
def test_registry_date_forms(text: str, expected: PartialDate, precision: Precision) -> None:
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed.precision == precision


def test_month_first_order_and_bad_dates() -> None:
    assert parse_date("12/31/2021", order="mdy") == PartialDate(2021, 12, 31)
    for bad in ("1997/02/29", "19812", "1952-08021", "soon"):
        with pytest.raises(DateError):
            parse_date(bad)


@pytest.mark.parametrize(("text", "months"), [
    ("6 years", 72), ("1 1/2 years", 18), ("19 months", 19), ("six years and six months", 78),
    ("3 years 6 months", 42), ("6 лет", 72), ("1 год 6 месяцев", 18), ("2,5 года", 30),
    ("полтора года", 18), ("three and a half years", 42), ("два года с половиной", 30),
    ("十天10 days", 1), ("八个月/ 8 months", 8),
])
def test_sentence_months(text: str, months: int) -> None:
    sentence = parse_sentence(text)
    assert sentence is not None and sentence.months == months


def test_life_death_and_days() -> None:
    for text in ("life", "пожизненное лишение свободы", "life imprisonment"):
        sentence = parse_sentence(text)
        assert sentence is not None and sentence.life and sentence.months is None
    death = parse_sentence("death")
    assert death is not None and death.death
    short = parse_sentence("10 days")
    assert short is not None and (short.months, short.days, short.note()) == (1, 10, "10 days")
    assert parse_sentence("") is None
    with pytest.raises(SentenceError):
        parse_sentence("a fine")
    parts = sentence_from_parts("3", "6", None, "10")
    assert parts is not None and parts.months == 43 and parts.days == 42 * 30 + 10


@pytest.mark.parametrize(("text", "expected"), [
    ("Part 2 of Art. 293 of the Criminal Code — Participation in riots", ["CC 293(2)"]),
    ("ч.2 ст.342 УК", ["CC 342(2)"]),
    ("CL97-art103/CL97-art111", ["CL97 103", "CL97 111"]),
    ("CL97-art105(2)", ["CL97 105(2)"]),
    ("PSAPL-art23(1)", ["PSAPL 23(1)"]),
    ("ст. 342, 361-1, 130 УК", ["CC 342", "CC 361-1", "CC 130"]),
    ("Part 1 of Article 13 and Article 293 of the Criminal Code — Preparation for mass riots",
     ["CC 13(1)", "CC 293"]),
    ("Article 24.23 part 1 of the Code of Administrative Offenses", ["CAO 24.23(1)"]),
    ("Art. 342 of the Criminal Code — Organization of actions, or participation in them",
     ["CC 342"]),
    ("FALSE", []),
])
def test_articles(text: str, expected: list[str]) -> None:
    assert parse_articles(text) == expected


def test_article_without_number_is_an_error() -> None:
    with pytest.raises(ArticleError):
        parse_articles("hooliganism")


def test_one_facility_however_spelled() -> None:
    spellings = ["Penal colony No. 3", "ИК-3", "Correctional colony #3 Vitebsk",
                 "исправительная колония №3", "Калонія №3 Віцебск"]
    assert {facility_key(s, "by") for s in spellings} == {"by:colony-3"}
    assert facility_key("СИЗО-1", "by") == facility_key("Pre-trial detention center No. 1", "by")
    assert facility_key("Prison No. 4", "by") != facility_key("Penal colony No. 4", "by")
    assert (facility_key("Lhasa PSB Det. Ctr? (Gutsa)", "cn")
            == facility_key("Lhasa PSB Det. Ctr. (Gutsa)", "cn"))
    assert facility_key("FALSE") is None and facility_key("") is None
