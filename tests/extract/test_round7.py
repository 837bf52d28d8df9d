"""Round 7 (all held-out sets are development sets): negation after the participle, unverified
reports, plural descriptors, place names taken for persons, members of a pardoned batch."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract.groups import pardon_reference, served_term
from volia.extract.places import place_follows

PUB = date(2025, 6, 2)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Как рассказал сам Виталий Жданович, задержан он не был — его отпустили домой.", "ru"),
    ("Как рассказал Виталий Жданович, не был он задержан.", "ru"),
    ("Паводле ягоных слоў, Максім Віннік затрыманы ён не быў.", "be"),
    ("Ivan Petrov was not detained after the search.", "en"),
    ("Officers searched the flat of Ivan Petrov, but nobody was detained.", "en"),
    ("No one was detained, Ivan Petrov said.", "en"),
    ("Паводле неправераных звестак, пазней была затрыманая і жонка Уладзіміра, Алена Лабуць.",
     "be"),
    ("По непроверенным данным, задержана Алена Лабуць.", "ru"),
    ("Правозащитники не смогли подтвердить, что Алена Лабуць задержана.", "ru"),
])
def test_negated_or_unverified_detention_gives_no_claim(text: str, lang: str) -> None:
    assert not any(kind == "detained" for kind, _ in _claims(text, lang))


def test_plain_detention_still_claimed() -> None:
    assert ("detained", "Виталий Жданович") in _claims(
        "Виталий Жданович задержан Следственным комитетом.", "ru")
    assert ("detained", "Ivan Petrov") in _claims("Ivan Petrov was detained on Monday.", "en")


def test_plural_descriptor_is_no_reference_to_the_last_person() -> None:
    text = ("«Забралі ноўтбук», — расказаў Максім Віннік праваабаронцам. "
            "Паводле звестак праваабаронцаў, у жніўні быў паўторна затрыманы былы палітвязень "
            "з Рэчыцы Арцём Лук'янчык.")
    claims = _claims(text, "be")
    assert ("detained", "Максім Віннік") not in claims
    assert all(person != "Максім Віннік" for kind, person in claims if kind == "detained")


def test_place_tails() -> None:
    assert place_follows(" district, police said")
    assert place_follows(" Street to the colony")
    assert place_follows(" Central prison")
    assert not place_follows(" was detained")


@pytest.mark.parametrize(("text", "bad"), [
    ("Nikita Dolgov was moved from penal colony No. 6 to Vladimir Central prison. A former inmate"
     " of Vladimir Central said prisoners are kept in isolation.", "Vladimir Central"),
    ("Kirill Nesterov was detained after police searched his apartment in the Vasileostrovsky"
     " district. Two days later he was charged with spreading false information.",
     "Vasileostrovsky"),
    ("Kiryl Ramanchuk was detained. Ramanchuk was moved from the temporary holding facility"
     " on Kirava Street to pre-trial detention centre No. 1 in Minsk.", "Kirava"),
])
def test_place_names_are_no_persons(text: str, bad: str) -> None:
    claims = _claims(text, "en")
    assert claims
    assert all(person != bad for _, person in claims)


def test_pardon_reference_and_served_term() -> None:
    assert pardon_reference("Имена помилованных официально не называются.")
    assert pardon_reference("Under the same decree, the authorities also freed X.")
    assert not pardon_reference("Его освободили в понедельник.")
    assert served_term("Віннік выйшаў на волю, цалкам адбыўшы тры гады калоніі.")
    assert not served_term("Освобождён и Николай Бурак.")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Лукашенко помиловал 18 осуждённых. Имена помилованных официально не называются. "
     "Погода была плохая. Освобождён и Николай Бурак, бывший водитель из Молодечно.",
     "ru", "Николай Бурак"),
    ("Лукашенко помиловал 30 человек. Правозащитникам удалось установить часть фамилий. "
     "Среди помилованных — 58-летняя Людмила Сацук из Слонима и Тарас Бобрович, студент.",
     "ru", "Тарас Бобрович"),
    ("Лукашэнка памілаваў 16 асуджаных. Вызвалена і журналістка Марына Крупеня.", "be",
     "Марына Крупеня"),
])
def test_member_of_pardoned_batch_is_pardoned(text: str, lang: str, name: str) -> None:
    claims = _claims(text, lang)
    assert ("pardoned", name) in claims
    assert ("released", name) in claims or "Среди" in text


def test_release_after_full_term_next_to_a_pardon_is_no_pardon() -> None:
    text = ("Лукашэнка памілаваў 16 асуджаных. "
            "Максім Віннік выйшаў на волю ў студзені, цалкам адбыўшы тры гады калоніі.")
    claims = _claims(text, "be")
    assert ("released", "Максім Віннік") in claims
    assert ("pardoned", "Максім Віннік") not in claims
