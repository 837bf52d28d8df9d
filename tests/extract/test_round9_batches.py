"""Round 9, batches: lists under headers, inline after a colon, named members of a counted
batch, pardons and removals abroad that members inherit."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract import profiles

PUB = date(2025, 3, 14)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def test_profile_list_under_a_header() -> None:
    text = ("МИНСК, 14 марта. Правозащитники в четверг признали политзаключёнными ещё троих "
            "человек.\n\nВ список вошли:\n\n"
            "Глеб Соколов, 31 год, инженер из Бреста. Задержан 2 февраля, обвиняется по "
            "статье 361-1 УК.\n\n"
            "Анна Ковалёва, 45 лет, врач из Гомеля. В январе осуждена на три года колонии.\n\n"
            "Игнат Жук, 60 лет, пенсионер из Орши. Задержан в декабре, в феврале приговорён к "
            "двум годам колонии.\n\n"
            "Правозащитники призывают писать им письма.")
    claims = _claims(text, "ru")
    for name in ("Глеб Соколов", "Анна Ковалёва", "Игнат Жук"):
        assert ("recognized", name) in claims
    assert ("detained", "Глеб Соколов") in claims
    assert ("charged", "Глеб Соколов") in claims
    assert ("sentenced", "Анна Ковалёва") in claims
    assert ("detained", "Игнат Жук") in claims
    assert ("sentenced", "Игнат Жук") in claims
    assert ("detained", "Анна Ковалёва") not in claims


def test_english_profile_list_with_bullets() -> None:
    text = ("Rights groups on Thursday recognised three more people as political prisoners. "
            "The newly recognised are:\n"
            "- Pavel Hrom, 40, a driver from Lida, detained in January.\n"
            "- Alena Shut, 29, a teacher, sentenced in February to two years.\n"
            "The groups urged readers to write to them.")
    claims = _claims(text, "en")
    assert ("recognized", "Pavel Hrom") in claims
    assert ("recognized", "Alena Shut") in claims


def test_counted_subject_is_nobody_in_particular() -> None:
    text = ("Глеб Соколов был задержан в Гомеле.\nПо данным правозащитников, с начала года в "
            "области задержаны не менее 40 человек. Освобождены более 10 человек.")
    claims = _claims(text, "ru")
    assert ("released", "Глеб Соколов") not in claims
    assert profiles.counted_subject(" не менее 40 человек")
    assert not profiles.counted_subject(" 12 марта, обвиняется")


@pytest.mark.parametrize(("text", "lang", "released"), [
    ("Lukashenko pardoned Oleg Zhuk on Friday.", "en", True),
    ("Также помилована Анна Лис из Пинска.", "ru", True),
    ("Lukashenko pardoned Oleg Zhuk but he remains in the colony.", "en", False),
    ("Лукашенко помиловал Олега Жука, сократив ему срок на год.", "ru", False),
])
def test_a_pardon_is_a_release_unless_said_otherwise(text: str, lang: str,
                                                     released: bool) -> None:
    claims = _claims(text, lang)
    assert any(kind == "pardoned" for kind, _ in claims) or not released
    assert any(kind == "released" for kind, _ in claims) is released


def test_destination_before_the_verb() -> None:
    claims = claim_pairs("Разам з ім у Літву вывезлі актывістку Кацярыну Лапцёнак.", "be", PUB)
    assert any(kind == "deported" for kind, _ in claims)


def test_a_listed_given_name_joins_the_surname_the_model_found() -> None:
    claims = _claims("В Петербурге задержали 31-летнюю художницу Веру Лаптеву.", "ru")
    assert ("detained", "Вера Лаптева") in claims


def test_a_count_and_a_dash_before_the_list() -> None:
    claims = _claims("Задержаны двое — программист Сергей Литвин и библиотекарь Марина Дем.", "ru")
    assert any(kind == "detained" and person.startswith("Сергей") for kind, person in claims)


def test_member_list_names_its_own_destination() -> None:
    text = ("В пятницу из колоний освободили 14 политзаключённых. Все они были помилованы "
            "указом Лукашенко.\n\nСреди тех, кого вывезли в Польшу, — бывший директор школы "
            "Михаил Рудько и пенсионерка Алла Сабурова.")
    claims = claim_pairs(text, "ru", PUB)
    assert ("deported", "Михаил Рудько") in claims
    assert ("pardoned", "Алла Сабурова") in claims
    assert ("released", "Алла Сабурова") in claims


def test_bullet_lines_are_members_of_the_batch() -> None:
    text = ("Thirty-one people were freed on Wednesday and driven into Lithuania. The press "
            "service said all of them had been pardoned.\n\n"
            "Among those who crossed into Lithuania were:\n\n"
            "• Uladzimir Hrech, 63, a former deputy from Slonim;\n"
            "• Aksana Zhuk, a nurse from Babruisk.\n\n"
            "Viasna says more than 1,100 political prisoners remain behind bars.")
    claims = _claims(text, "en")
    for name in ("Uladzimir Hrech", "Aksana Zhuk"):
        assert ("pardoned", name) in claims
        assert ("deported", name) in claims


@pytest.mark.parametrize(("name", "gender"), [
    ("Vera Ostapenko", "f"), ("Aliaksandr Dubina", "m"), ("Maryna Demidovich", "f"),
    ("Ihar Kalinin", "m"), ("Nikita Voronin", "m"),
])
def test_a_listed_given_name_decides_gender(name: str, gender: str) -> None:
    from volia.extract.mentions import guess_gender

    assert guess_gender(name) == gender


def test_members_taken_to_a_country_after_a_partitive_sentence() -> None:
    text = ("Belarus released 31 political prisoners on Saturday. Lukashenko had signed pardon "
            "decrees for all 31 the day before.\n\nTwenty-six of the freed were driven to the "
            "Ukrainian border. Five were allowed to go home.\n\nAmong those taken to Ukraine are "
            "trade unionist Mikalai Bandar; the journalist Ksenia Lutsk; and Ales Varab.")
    claims = _claims(text, "en")
    for name in ("Mikalai Bandar", "Ksenia Lutsk", "Ales Varab"):
        assert ("deported", name) in claims
        assert ("pardoned", name) in claims


def test_names_announced_without_a_colon() -> None:
    text = ("В четверг пресс-служба Лукашенко сообщила о помиловании 23 человек. Все они вышли "
            "на свободу в тот же день.\n\n«Вясне» удалось установить имена троих освобождённых."
            "\n\nНиколай Бурак, 58-летний водитель из Бобруйска, провёл за решёткой два года. "
            "Пенсионерка из Гомеля Валентина Кисель была осуждена за комментарии.\n\n"
            "Правозащитники призывают писать письма.")
    claims = _claims(text, "ru")
    for name in ("Николай Бурак", "Валентина Кисель"):
        assert ("pardoned", name) in claims
        assert ("released", name) in claims
    assert any(kind == "group_release" for kind, _ in claims)


def test_a_pardon_decree_names_nobody() -> None:
    assert not _claims("Lukashenko signed pardon decrees on Friday.", "en")


def test_a_batch_called_pardoned_later_pardons_its_members() -> None:
    text = ("Belarus freed 31 prisoners on Thursday and had them driven to the Lithuanian "
            "border.\n\nAmong those let go was Ihar Mats, 47, a journalist from Hrodna.\n\n"
            "Belta said all 31 had been pardoned by Alexander Lukashenko.")
    claims = _claims(text, "en")
    assert ("released", "Ihar Mats") in claims
    assert ("pardoned", "Ihar Mats") in claims
    assert not any(person == "Alexander Lukashenko" for _, person in claims)


def test_also_on_the_bus_after_a_batch() -> None:
    text = ("Belarus freed 31 prisoners on Thursday. Among those let go was Ihar Mats. Also on "
            "the bus was Tatsiana Lapits, a schoolteacher.")
    assert any(kind == "released" and person.startswith("Tatsiana")
               for kind, person in _claims(text, "en"))


def test_inline_list_after_a_colon_names_its_destination() -> None:
    text = ("The five were among seven prisoners pardoned by Alexander Lukashenko on Monday. "
            "Three of those taken to Poland were named by Viasna: Aliaksandr Huryn, 56, a former "
            "deputy; and Viachaslau Raman, a 23-year-old student.")
    claims = _claims(text, "en")
    for name in ("Aliaksandr Huryn", "Viachaslau Raman"):
        assert ("pardoned", name) in claims
        assert ("deported", name) in claims


def test_after_a_counted_recognition_the_next_named_sentences_are_members() -> None:
    text = ("At the same time, the organisations recognised two other people as political "
            "prisoners. Volha Prank, a 58-year-old librarian, was detained in October. Mikita "
            "Liash, 20, a student, was sentenced last month. Ivan Shved remains recognised.")
    claims = _claims(text, "en")
    assert ("recognized", "Volha Prank") in claims
    assert ("recognized", "Mikita Liash") in claims
    assert ("recognized", "Ivan Shved") not in claims


def test_all_four_were_pardoned_joins_the_batch() -> None:
    text = ("У нядзелю чатырох палітвязняў вызвалілі і перадалі літоўскім памежнікам. Усе "
            "чацвёра былі памілаваныя Лукашэнкам.\n\nСярод вызваленых — Алесь Мікуліч, "
            "выкладчык гісторыі з Ліды.")
    claims = _claims(text, "be")
    assert ("pardoned", "Алесь Мікуліч") in claims
    assert ("released", "Алесь Мікуліч") in claims


def test_numbered_members_after_a_paragraph_that_names_nobody() -> None:
    text = ("«Мемориал» признал политзаключёнными ещё двоих человек\n\n"
            "1 октября проект пополнил свой список.\n\n"
            "1. Никита Зуев, 24 года, студент из Самары. Задержан в июле.\n\n"
            "2. Марина Белоус, 52 года, учительница из Уфы.\n\n"
            "Павел Крылов, которого обвиняют в «оправдании терроризма», в список не вошёл.")
    claims = _claims(text, "ru")
    assert ("recognized", "Никита Зуев") in claims
    assert any(kind == "recognized" and person.startswith("Марина") for kind, person in claims)
    assert not any(kind == "recognized" and person.startswith("Павел")
                   for kind, person in claims)


def test_the_four_had_been_pardoned_after_a_release_of_jailed_critics() -> None:
    text = ("Russia released four jailed critics on Thursday in a prisoner exchange.\n\n"
            "Among those freed was Ilya Voronts, 39, a municipal deputy.\n\n"
            "The Kremlin said the four had been pardoned by presidential decree.")
    claims = _claims(text, "en")
    assert ("pardoned", "Ilya Voronts") in claims
    assert ("group_release", "4") in claims
    assert not any(person == "Kremlin" for _, person in claims)


def test_among_counted_prisoners_freed_is_a_release() -> None:
    text = "Darya Kaval was among 52 prisoners freed on September 11."
    assert ("released", "Darya Kaval") in _claims(text, "en")


def test_a_statement_recognising_and_withdrawing_in_lists() -> None:
    text = ("1. Признать политическими заключёнными:\n"
            "— Дмитрия Кравч, жителя Гродно. Задержан 2 марта.\n"
            "— Веронику Сацук, учительницу из Слонима.\n\n"
            "2. Прекратить признание политическими заключёнными:\n"
            "— Андрея Шумилова — в связи с новой информацией.")
    claims = _claims(text, "ru")
    assert any(kind == "recognized" and person.startswith("Дмитрий") for kind, person in claims)
    assert any(kind == "recognized" and person.startswith("Вероника")
               for kind, person in claims)
    assert ("recognition_withdrawn", "Андрей Шумилов") in claims


def test_prisoners_of_conscience_listed_under_a_header() -> None:
    text = ("Amnesty International today declared four Belarusian women prisoners of conscience."
            "\n\nThe four women are:\n\n• Volha Sakal, 41, a translator from Hrodna.\n"
            "• Iryna Lashk, a regional journalist.\n\nAmnesty calls for their release.")
    claims = _claims(text, "en")
    assert ("recognized", "Volha Sakal") in claims
    assert ("recognized", "Iryna Lashk") in claims


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Kastus Raman was released on Sunday and officers handed him to the Polish border guards.",
     "en", "PL"),
    ("Siarhei Kaval was freed and driven straight from the colony to the Lithuanian border.",
     "en", "LT"),
    ("Вчера Дарья Козлова была освобождена и вывезена на территорию Литвы.", "ru", "LT"),
])
def test_removals_abroad_in_more_words(text: str, lang: str, country: str) -> None:
    from volia.extract import extract

    claims = extract(text, lang=lang, published=PUB)["claims"]
    assert isinstance(claims, list)
    assert any(c["type"] == "deported" and c["destination_country"] == country for c in claims)


def test_numbered_list_after_a_decree_pardoning_a_count() -> None:
    text = ("Lukashenka signed a decree pardoning 18 people. All 18 were released the same day.\n\n"
            "By the morning of 4 July we had established the names of two of them:\n\n"
            "1. Stanislau Palk, 67, from Babruisk.\n2. Raisa Tsvirk, 59, a nurse from Slonim.\n")
    claims = _claims(text, "en")
    for name in ("Stanislau Palk", "Raisa Tsvirk"):
        assert ("pardoned", name) in claims
        assert ("released", name) in claims
