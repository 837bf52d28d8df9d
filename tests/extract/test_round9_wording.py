"""Round 9, people and wording: verbs without a subject, plural references, couples, relatives'
"my son", names and their cases, and more wordings of each event."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract import profiles

PUB = date(2025, 3, 14)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def test_a_verb_without_subject_needs_one_prisoner_in_the_paragraph() -> None:
    text = ("Суд приговорил Глеба Соколова и Анну Ковалёву к срокам. Задержан 2 февраля.")
    claims = _claims(text, "ru")
    assert not any(kind == "detained" for kind, _ in claims)


def test_a_verb_without_subject_agrees_in_gender() -> None:
    claims = _claims("Анна Ковалёва, врач из Гомеля. Задержан 2 февраля.", "ru")
    assert ("detained", "Анна Ковалёва") not in claims
    claims = _claims("Анна Ковалёва, врач из Гомеля. Задержана 2 февраля.", "ru")
    assert ("detained", "Анна Ковалёва") in claims
    assert profiles.verb_gender("Задержан", "ru") == "m"
    assert profiles.verb_gender("осуждена", "ru") == "f"
    assert profiles.verb_gender("асуджаныя", "be") == "p"
    assert profiles.verb_gender("обвиняется", "ru") is None


def test_plural_descriptor_is_not_a_reference_to_one_person() -> None:
    text = ("Говорят, что якобы задержан фотограф Павел Сенько. Правозащитникам подтвердить "
            "это не удалось. Правозащитники отмечают, что с начала осени задержаны не менее "
            "60 человек.")
    assert not any(kind == "detained" for kind, _ in _claims(text, "ru"))


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The groups decided to withdraw the political prisoner status of Oleg Zhuk.", "en",
     "Oleg Zhuk"),
    ("Viasna has revoked the status of political prisoner from Oleg Zhuk.", "en", "Oleg Zhuk"),
    ("Правозащитники лишили статуса политзаключённого Олега Жука.", "ru", "Олег Жук"),
    ("Правозащитники прекращают признание политзаключённым Олега Жука.", "ru", "Олег Жук"),
    ("Праваабаронцы пазбавілі статусу палітвязня Алега Жука.", "be", "Алег"),
])
def test_recognition_withdrawn_in_other_words(text: str, lang: str, name: str) -> None:
    assert any(kind == "recognition_withdrawn" and person.startswith(name)
               for kind, person in _claims(text, lang))


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The family of Oleg Zhuk, a blogger serving ten years, has not received a single letter "
     "from him since May.", "en", "Oleg Zhuk"),
    ("Семья Олега Жука, осуждённого на десять лет, не получает от него писем с мая.", "ru",
     "Олег Жук"),
    ("Сям'я не мае з Алегам Жуком ніякай сувязі з траўня.", "be", "Алег Жук"),
])
def test_incommunicado_in_other_words(text: str, lang: str, name: str) -> None:
    assert ("incommunicado", name) in _claims(text, lang)


def test_all_three_reaches_back_past_single_mentions() -> None:
    text = ("Суд приговорил Олега Жука, Ивана Мороза и Анну Лис. Жуку дали пять лет, Морозу — "
            "четыре. Лис получила три года. Прокурор просил больше. Адвокаты обжалуют приговор. "
            "«Весна» признала всех троих политзаключёнными.")
    claims = _claims(text, "ru")
    for name in ("Олег Жук", "Иван Мороз", "Анна"):
        assert any(kind == "recognized" and person.startswith(name) for kind, person in claims)


def test_they_means_the_group_just_named() -> None:
    text = ("Police detained Oleg Zhuk and Ivan Moroz in Brest. They were charged on Friday.")
    claims = _claims(text, "en")
    assert ("charged", "Oleg Zhuk") in claims
    assert ("charged", "Ivan Moroz") in claims


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Anna Lis, an accountant, received four and a half years in a colony.", "en", "Anna Lis"),
    ("Ирине Ткач суд назначил три года лишения свободы.", "ru", "Ирина"),
    ("Суд приговорил к шести годам колонии усиленного режима Игоря Рудого.", "ru", "Игорь"),
])
def test_sentences_in_other_words(text: str, lang: str, name: str) -> None:
    assert any(kind == "sentenced" and person.startswith(name)
               for kind, person in _claims(text, lang))


def test_both_is_ambiguous_when_its_paragraph_names_one_prisoner() -> None:
    text = ("Courts sentenced Ivan Moroz to three years and Anna Lis to two years.\n\n"
            "In Brest, Oleg Zhuk was detained on Tuesday with his son. Both were charged on "
            "Wednesday.")
    claims = _claims(text, "en")
    assert ("charged", "Ivan Moroz") not in claims
    assert ("charged", "Anna Lis") not in claims


@pytest.mark.parametrize(("text", "lang", "kind", "name"), [
    ("Investigators opened a criminal case in absentia against Viachaslau Damar.", "en",
     "charged", "Viachaslau"),
    ("Задержаны Владислав Чечко и Антон Варенцов. Чечко и Варенцову вменяют часть 1 статьи 342 "
     "УК.", "ru", "charged", "Антон"),
    ("Дело по той же статье возбуждено и против активистки Веры Малец.", "ru", "charged",
     "Вера"),
    ("Аляксандру Ракуцю інкрымінуюць садзейнічанне экстрэмісцкай дзейнасці.", "be", "charged",
     "Аляксандр"),
    ("Политзаключённый Дмитрий Малаш в пятницу полностью отбыл трёхлетний срок.", "ru",
     "released", "Дмитрий"),
    ("Aliaksei Rudak served his full two-year sentence in May.", "en", "released", "Aliaksei"),
    ("На волі таксама Мікола Саковіч, былы настаўнік з Ліды.", "be", "released", "Мікола"),
    ("У Гродне затрымалі былога палітвязня Уладзіслава Гуза, які вызваліўся ў 2023 годзе.",
     "be", "released", "Уладзіслаў"),
])
def test_more_wordings(text: str, lang: str, kind: str, name: str) -> None:
    assert any(k == kind and person.startswith(name) for k, person in _claims(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Barys Matsiuk, a 61-year-old political prisoner, died on Monday in Penal Colony No. 9.",
     "en"),
    ("67-летний политзаключённый Николай Бурак скончался 17 ноября в исправительной колонии.",
     "ru"),
    ("Палітвязень Мікола Бурак памёр 17 лістапада ў папраўчай калоніі.", "be"),
])
def test_death_with_a_date_before_the_place(text: str, lang: str) -> None:
    assert any(kind == "died_in_custody" for kind, _ in _claims(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Political prisoner Ihar Lis was moved to a punishment cell on Friday.", "en"),
    ("Политзаключённую Наталью Кривицкую перевели в помещение камерного типа.", "ru"),
    ("Палітвязня Ігара Ліса перавялі ў ШІЗА.", "be"),
])
def test_moved_to_a_cell_is_solitary_not_a_transfer(text: str, lang: str) -> None:
    kinds = {kind for kind, _ in _claims(text, lang)}
    assert "solitary_confinement" in kinds
    assert "transferred" not in kinds


@pytest.mark.parametrize(("text", "months"), [
    ("Полностью отбыла трёхлетний срок", 36), ("отбывал 12-летний срок", 144),
    ("адбываў пяцігадовы тэрмін", 60),
])
def test_terms_as_adjectives(text: str, months: int) -> None:
    from volia.extract.terms import find_terms

    assert [m for _, _, m in find_terms(text)] == [months]


def test_forty_five_year_old_is_no_term() -> None:
    from volia.extract.terms import find_terms

    assert find_terms("45-летний инженер") == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("30 апреля на свободу вышла медиаменеджер Оксана Рябова. Она полностью отбыла "
     "двухлетний срок.", "ru", "Оксана"),
    ("У чацвер суд прызначыў Паўлу Цімошку тры гады калоніі.", "be", "Павел"),
    ("4. Святослав Мельник, 45 лет, инженер из Брянской области. Ранее приговорён к 11 годам "
     "колонии.", "ru", "Святослав"),
])
def test_sentences_served_or_assigned(text: str, lang: str, name: str) -> None:
    assert any(kind == "sentenced" and person.startswith(name)
               for kind, person in _claims(text, lang))


def test_my_son_in_a_mothers_letter_is_the_prisoner() -> None:
    text = ("Политзаключённого Артёма Жука приговорили к шести годам. «В марте моего сына "
            "перевели в ШИЗО», — пишет его мать.")
    claims = _claims(text, "ru")
    assert ("solitary_confinement", "Артём Жук") in claims


def test_a_couple_with_one_plural_surname() -> None:
    text = ("Политзаключёнными признаны также супруги Андрей и Марина Кулешовы из Гомеля. "
            "Обоих задержали 12 ноября.")
    claims = _claims(text, "ru")
    for name in ("Андрей Кулешов", "Марина Кулешова"):
        assert ("recognized", name) in claims
        assert ("detained", name) in claims
    from volia.extract.references import couples

    found = couples("делу супругов Андрея и Натальи Мельниковых", "ru")
    assert [m.name for m in found] == ["Андрей Мельников", "Наталья Мельникова"]


def test_a_timeline_in_the_historic_present() -> None:
    text = ("Хронология дела\n\n• 14 марта 2022 г. — Антона Ведерникова задерживают на площади "
            "Ленина.\n\n• 30 мая 2022 г. — «Мемориал» признаёт Ведерникова политзаключённым.")
    claims = _claims(text, "ru")
    assert ("detained", "Антон Ведерников") in claims
    assert ("recognized", "Антон Ведерников") in claims


@pytest.mark.parametrize(("form", "nominative"), [
    ("Краўца", "Кравец"), ("Лыскаўца", "Лыскавец"), ("Кравца", "Кравец"), ("Стрельца", "Стрелец"),
])
def test_fleeting_vowel_surnames(form: str, nominative: str) -> None:
    from volia.extract.persons_be import surname_nominative

    assert surname_nominative(form, "m") == nominative


@pytest.mark.parametrize(("text", "lang"), [
    ("Palina Shved, a 19-year-old student, has been in custody since January.", "en"),
    ("Dzmitry Zhuk, a programmer from Hrodna, was taken from his flat on 20 February.", "en"),
    ("Анна Лис находится под стражей с марта.", "ru"),
])
def test_custody_as_a_state_since_a_date(text: str, lang: str) -> None:
    assert any(kind == "detained" for kind, _ in _claims(text, lang))


def test_a_nominative_given_name_keeps_its_surname() -> None:
    from volia.extract.persons_be import rule_mentions

    names = [m.name for m in rule_mentions("Сярод вызваленых — кіраўнік прафсаюза Лявон Карпенка.")]
    assert "Лявон Карпенка" in names


@pytest.mark.parametrize(("text", "name"), [
    ("Pavel Zhuk was detained in May. Since the arrest the family has received no letters from "
     "him.", "Pavel Zhuk"),
    ("Volha Sakal was sentenced to seven years. Since February her family has had no letters, "
     "calls or visits.", "Volha Sakal"),
])
def test_incommunicado_said_of_the_family(text: str, name: str) -> None:
    assert ("incommunicado", name) in _claims(text, "en")


def test_persecution_after_a_release_told_in_a_relative_clause() -> None:
    text = ("Aliaksei Sauch, who was freed in the spring at the end of his sentence, says police "
            "officers came to his parents' house twice this week.")
    assert ("persecuted_after_release", "Aliaksei Sauch") in _claims(text, "en")


def test_a_couple_sharing_an_unchanging_surname() -> None:
    text = ("Суд вынес приговор супругам — Павлу и Анастасии Кравченко. Павел находится под "
            "стражей с ноября прошлого года.")
    claims = _claims(text, "ru")
    assert ("detained", "Павел Кравченко") in claims


@pytest.mark.parametrize(("words", "name"), [
    (["Зуева", "Дарья", "Борисовна"], "Дарья Зуева"),
    (["Дарья", "Борисовна", "Зуева"], "Дарья Зуева"),
    (["Борисова", "Дарья", "Зуева"], "Дарья Зуева"),
    (["Ведерников", "Антон", "Николаевич"], "Антон Ведерников"),
])
def test_three_word_russian_names(words: list[str], name: str) -> None:
    from volia.extract.persons_ru import normalise_name

    assert normalise_name(words)[0] == name


@pytest.mark.parametrize("text", [
    "Denis Koval, a bicycle mechanic, spent three years and three months in prison over a post.",
    "Among them was Lyudmila Sok, an economist who had served four of her six years.",
])
def test_terms_spent_or_served(text: str) -> None:
    assert any(kind == "sentenced" for kind, _ in _claims(text, "en"))
