"""Round 12: batch members named after a colon, far from their batch ("Among those who went
home was X"), with long descriptions before the name, and batches pardoned by "All had been
pardoned". Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 6, 10)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def _countries(text: str, lang: str) -> dict[str, str | None]:
    out = extract(text, published=PUB, lang=lang)
    return {c["person"]["name"]: c["destination_country"]  # type: ignore[index]
            for c in out["claims"] if c["type"] == "deported" and c["person"]}


def test_a_passive_counted_release_lists_its_members_after_a_colon() -> None:
    text = "Three political prisoners were freed on Friday: Oleg Danko, Iryna Vus and Pyotr Lis.\n"
    claims = _claims(text, "en")
    for name in ("Oleg Danko", "Iryna Vus", "Pyotr Lis"):
        assert ("released", name) in claims


def test_part_of_a_batch_taken_abroad_lists_its_members_after_a_colon() -> None:
    text = ("Belarus freed 21 prisoners on Tuesday. All 21 were pardoned. Eighteen went home. "
            "Three were driven to the border and handed over to Lithuanian officials: teacher "
            "Oleg Danko, journalist Iryna Vus and activist Pyotr Lis.\n")
    claims = _claims(text, "en")
    for name in ("Oleg Danko", "Iryna Vus", "Pyotr Lis"):
        assert ("pardoned", name) in claims
        assert ("released", name) in claims
    assert set(_countries(text, "en").values()) == {"LT"}


def test_a_colon_after_a_counted_release_that_names_nobody_opens_no_list() -> None:
    text = ("Freed: 31 prisoners, 20 of them taken to Poland\n\nThe names of the freed are not "
            "published. Viasna named three.\n\nTatsiana Verba, a lawyer from Minsk, spent "
            "almost four years in prison.\n")
    claims = _claims(text, "en")
    assert ("released", "Tatsiana Verba") in claims


def test_a_reported_release_opens_no_member_list() -> None:
    text = "Three prisoners were reportedly freed on Friday: Oleg Danko, Iryna Vus and Pyotr Lis.\n"
    assert not any(kind == "released" for kind, _ in _claims(text, "en"))


def test_a_member_among_those_who_went_home_paragraphs_after_the_batch() -> None:
    text = ("Belarus released 21 people on Tuesday. All 21 were pardoned under a decree.\n\n"
            "Eighteen of them went home. Three were taken to Lithuania.\n\n"
            "Officials said nothing about the talks. Diplomats declined to comment. Lawyers "
            "were not told in advance.\n\n"
            "Among those who went home was Barys Nekrash, a retired teacher from Slonim.\n")
    claims = _claims(text, "en")
    assert ("released", "Barys Nekrash") in claims
    assert ("pardoned", "Barys Nekrash") in claims
    assert "Barys Nekrash" not in _countries(text, "en")


def test_the_best_known_of_those_freed() -> None:
    text = ("Belarus freed 14 prisoners on Saturday.\n\nThe deal took months. Envoys made "
            "three trips. Nobody said what Minsk received.\n\nThe best-known of those freed is "
            "Tatsiana Khilko, a translator.\n")
    assert ("released", "Tatsiana Khilko") in _claims(text, "en")


def test_all_had_been_pardoned_pardons_the_batch() -> None:
    text = ("Nineteen people were released on Tuesday. Twelve of the 19 are now in Vilnius. All "
            "had been pardoned by a decree signed on Monday. Raman Kukh, a cameraman, posted a "
            "selfie from Vilnius and was also among the twelve in Lithuania.\n")
    claims = _claims(text, "en")
    assert ("pardoned", "Raman Kukh") in claims


def test_two_inverted_subjects_with_descriptions_and_places() -> None:
    text = ("Президент помиловал 18 человек. Помилованы и освобождены также пенсионерка из "
            "Гомеля Тамара Кулешова и студентка Ксения Ракович.\n")
    claims = _claims(text, "ru")
    for name in ("Тамара Кулешова", "Ксения Ракович"):
        assert ("pardoned", name) in claims
        assert ("released", name) in claims


def test_an_ordinal_item_with_a_long_description_before_the_name() -> None:
    text = ("Указ о помиловании 18 человек подписан в среду. Все восемнадцать вышли на свободу. "
            "Мы можем назвать только троих.\n\nПервый — 58-летний инженер из Бобруйска Виктор "
            "Стрельченко. Он отбывал четыре года колонии.\n")
    claims = _claims(text, "ru")
    assert ("released", "Виктор Стрельченко") in claims
