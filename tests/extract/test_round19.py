"""Round 19: a pronoun in a fronted clause that names its person after the comma ("Seven
months after he was freed, X..."), flights and drives abroad told in more ways, and a witness
who was freed being no one else's release. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

PUB = date(2025, 12, 1)


def test_a_span_of_time_before_after_points_the_pronoun_forward() -> None:
    text = ("Seven months after he was released and put on a bus to Lithuania, Pavel Ulasevich "
            "thought the state had finished with him.")
    assert deported_countries(text, "en", PUB) == {"Pavel Ulasevich": "LT"}
    ru = ("Через семь месяцев после того как его освободили и вывезли в Литву, Павел Уласевич "
          "получил повестку.")
    assert deported_countries(ru, "ru", PUB) == {"Павел Уласевич": "LT"}


def test_a_fronted_pronoun_points_only_to_the_subject_after_the_comma() -> None:
    text = ("Larysa Shcherbich walked out of the colony on 3 September. Two days after her "
            "release, two men visited her mother, Zinaida Shcherbich, in Rahachou.")
    released = {p for t, p in claim_pairs(text, "en", PUB) if t == "released"}
    assert released == {"Larysa Shcherbich"}


def test_a_pronoun_before_a_name_looks_back_to_where_the_name_was_before() -> None:
    text = ("Ilya Mazurkevich was arrested in December 2021. Leanid Mazurkevich, his father, "
            "writes every week. Ilya Mazurkevich was sentenced to nine years. Since March "
            "2024 his lawyer has not been allowed to see him, and a note said that Ilya "
            "does not wish to correspond.")
    silent = {p for t, p in claim_pairs(text, "en", PUB) if t == "incommunicado"}
    assert silent == {"Ilya Mazurkevich"}


def test_flown_from_one_city_to_another_and_driven_straight_to_a_border() -> None:
    flown = ("Six people imprisoned in Russia were flown from Moscow to Berlin on Tuesday. "
             "Among them is Kirill Vetrov.")
    assert deported_countries(flown, "en", PUB) == {"Kirill Vetrov": "DE"}
    driven = ("Last month Katsiaryna Sheuchyk was freed along with other prisoners and driven "
              "straight to the Ukrainian border near Chernihiv.")
    assert deported_countries(driven, "en", PUB) == {"Katsiaryna Sheuchyk": "UA"}


def test_where_the_plane_carrying_the_freed_landed() -> None:
    text = ("A plane carrying nine people freed from Russian prisons landed in Ankara on "
            "Thursday. Among the freed is Yelena Zaslavtseva, a librarian.")
    assert deported_countries(text, "en", PUB) == {"Yelena Zaslavtseva": "TR"}
    holiday = "Ivan Petrov landed in Vilnius on Friday after a holiday."
    assert deported_countries(holiday, "en", PUB) == {}


def test_a_freed_witness_is_not_the_prisoner_released() -> None:
    for text in ("Ivan Petrov was put in the punishment cell on 3 January. I learned this "
                 "from a man who had just been released from the same colony.",
                 "Ivan Petrov was put in the punishment cell on 3 January. A released inmate "
                 "told them he had seen Petrov in the yard."):
        assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))
