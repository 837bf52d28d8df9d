"""Round 9: reports denied in the next sentence, posts relayed from social media, profile
lists under a header, sentences without a subject, witnesses let go, plural descriptors."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract import hedges, profiles

PUB = date(2025, 3, 14)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Political prisoner Oleg Ramanchuk was moved to a punishment cell on Monday. "
     "Telegram posts said that Kiryl Navumau had also been put in a punishment cell. "
     "However, his lawyer could not confirm this.", "en", "Kiryl"),
    ("Політвязня Алега Раманчука ў панядзелак змясцілі ў ШІЗА. "
     "У тэлеграм-каналах таксама з'явілася паведамленне, што ў ШІЗА трапіў Кірыл Навумаў. "
     "Аднак праваабаронцы гэтыя звесткі не пацвердзілі.", "be", "Кірыл"),
    ("Политзаключённого Олега Романчука в понедельник поместили в ШИЗО. "
     "В местных чатах появилось сообщение, что задержан и Кирилл Наумов. "
     "Однако эту информацию опровергли в милиции.", "ru", "Кирилл"),
    ("Политзаключённого Олега Романчука в понедельник поместили в ШИЗО. "
     "Сообщалось, что в ШИЗО отправлен и Кирилл Наумов. "
     "Администрация колонии это отрицает.", "ru", "Кирилл"),
])
def test_report_denied_in_the_next_sentence_gives_no_claim(text: str, lang: str,
                                                            name: str) -> None:
    claims = _claims(text, lang)
    assert not any(person.startswith(name) for _, person in claims)
    assert any(kind == "solitary_confinement" for kind, _ in claims)


def test_an_official_denial_of_ill_treatment_keeps_the_relatives_account() -> None:
    text = ("Hanna Lis, a nurse sentenced to six years, has been held incommunicado since May, "
            "her brother said. The prison service denied that she was being isolated.")
    assert ("incommunicado", "Hanna Lis") in _claims(text, "en")


def test_a_conviction_for_social_media_posts_is_no_relayed_rumour() -> None:
    text = "Ales Bely was sentenced to three years for posts on social media."
    assert ("sentenced", "Ales Bely") in _claims(text, "en")


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


def test_counted_subject_is_nobody_in_particular() -> None:
    text = ("Глеб Соколов был задержан в Гомеле.\nПо данным правозащитников, с начала года в "
            "области задержаны не менее 40 человек. Освобождены более 10 человек.")
    claims = _claims(text, "ru")
    assert ("released", "Глеб Соколов") not in claims
    assert profiles.counted_subject(" не менее 40 человек")
    assert not profiles.counted_subject(" 12 марта, обвиняется")


@pytest.mark.parametrize(("text", "lang"), [
    ("Police searched the flat of Ivan Moroz, questioned him as a witness and released him.",
     "en"),
    ("У Ивана Мороза провели обыск, но задерживать не стали: его допросили в качестве "
     "свидетеля и отпустили.", "ru"),
    ("У Івана Мароза правялі ператрус, яго дапыталі як сведку і адпусцілі.", "be"),
])
def test_a_witness_let_go_is_not_released(text: str, lang: str) -> None:
    assert not any(kind == "released" for kind, _ in _claims(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("«После ПКТ его могут перевести на тюремный режим», — говорит жена Ивана Мороза.", "ru"),
    ("Маці Івана Мароза кажа, што сын пра ШІЗА нічога не казаў.", "be"),
])
def test_a_cell_spoken_about_is_no_placement(text: str, lang: str) -> None:
    assert not any(kind == "solitary_confinement" for kind, _ in _claims(text, lang))


def test_plural_descriptor_is_not_a_reference_to_one_person() -> None:
    text = ("Говорят, что якобы задержан фотограф Павел Сенько. Правозащитникам подтвердить "
            "это не удалось. Правозащитники отмечают, что с начала осени задержаны не менее "
            "60 человек.")
    assert not any(kind == "detained" for kind, _ in _claims(text, "ru"))


def test_denied_by_next_needs_a_denial() -> None:
    assert not hedges.denied_by_next("Ivan Moroz was detained.", "However, he was later freed.",
                                     "en")
    assert hedges.denied_by_next("Posts said Ivan Moroz was detained.",
                                 "However, police denied the reports.", "en")


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


@pytest.mark.parametrize(("text", "lang"), [
    ("Oleg Zhuk was sentenced in 2022 to five years for allegedly insulting an official.", "en"),
    ("Олега Жука осудили на пять лет за якобы оскорбление чиновника.", "ru"),
])
def test_the_wording_of_a_charge_is_no_hedge(text: str, lang: str) -> None:
    assert any(kind == "sentenced" for kind, _ in _claims(text, lang))


def test_allegedly_still_hedges_the_event() -> None:
    assert not _claims("Oleg Zhuk was allegedly detained in Brest.", "en")


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


def test_inverted_subject_after_a_companion_pronoun() -> None:
    text = ("Ales Hlushak was detained on Tuesday. Detained alongside him was his friend and "
            "former colleague Raman Kalinouski, 43.")
    assert ("detained", "Raman Kalinouski") in _claims(text, "en")


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


def test_this_turned_out_false_denies_the_report_before() -> None:
    text = ("On Saturday several Telegram channels reported that Sviatlana Mazur had been "
            "released. This turned out to be false: her husband said she remains in the colony.")
    assert not any(kind == "released" for kind, _ in _claims(text, "en"))


def test_a_relative_in_apposition_after_a_role_noun() -> None:
    text = ("Среди новых политзаключённых — фермер Василий Шумский. Правозащитники "
            "подчёркивают, что отец фермера, Николай Шумский, проходит по делу свидетелем.\n\n"
            "Задержан и Игорь Лис. Обоих задержали 12 ноября.")
    claims = _claims(text, "ru")
    assert ("recognized", "Василий Шумский") in claims
    assert not any(person == "Николай Шумский" for _, person in claims)


def test_a_source_that_cannot_confirm_blocks_the_sentence_before() -> None:
    text = ("По данным одного из источников, в ПКТ находится и политзаключённая Вероника Сташ. "
            "Однако её мать говорит, что подтвердить это не может.")
    assert not _claims(text, "ru")


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


def test_free_for_now_is_no_release() -> None:
    text = "Отец Кондратовича по-прежнему живёт в Бресте. Пока он на свободе."
    assert not any(kind == "released" for kind, _ in _claims(text, "ru"))


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


@pytest.mark.parametrize(("text", "lang"), [
    ("Some Telegram channels reported that Raman Kalin was also among those freed. That turned "
     "out to be wrong: his wife said he remains in the colony.", "en"),
    ("Several channels also reported that Viktar Hlad had been freed. Viasna later said this "
     "was a mistake.", "en"),
    ("Ранее в СМИ появлялась информация, что на свободу вышел и Виктор Кравч. Позже источник "
     "её опроверг.", "ru"),
    ("Паводле няпэўных звестак, Віктару Ляшку прад'явілі абвінавачанне.", "be"),
])
def test_reports_refuted_or_uncertain(text: str, lang: str) -> None:
    assert not _claims(text, lang)


def test_a_next_sentence_denying_its_own_rumour_leaves_this_one() -> None:
    text = ("Vasil Traf, who was sentenced together with Dubin to four years, remains in "
            "detention. There were reports in a chat group that he had been moved to a "
            "hospital, but his lawyer said that this was untrue.")
    assert any(kind == "sentenced" for kind, _ in _claims(text, "en"))


@pytest.mark.parametrize(("name", "gender"), [
    ("Vera Ostapenko", "f"), ("Aliaksandr Dubina", "m"), ("Maryna Demidovich", "f"),
    ("Ihar Kalinin", "m"), ("Nikita Voronin", "m"),
])
def test_a_listed_given_name_decides_gender(name: str, gender: str) -> None:
    from volia.extract.mentions import guess_gender

    assert guess_gender(name) == gender


def test_a_bare_colon_after_a_batch_opens_its_member_list() -> None:
    text = ("Eighteen people were pardoned and freed on Wednesday, the press service said. "
            "The press service did not publish the names. By Thursday, Viasna had confirmed "
            "two of them:\n\n- Mikalai Dashk, 67, a pensioner from Barysau;\n"
            "- Tatsiana Lemiash, a nurse from Maladzechna.\n\nMore releases may follow.")
    claims = _claims(text, "en")
    assert ("pardoned", "Tatsiana Lemiash") in claims
    assert ("released", "Mikalai Dashk") in claims


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


def test_paragraphs_opening_with_a_name_after_a_counted_recognition() -> None:
    text = ("Во вторник «Мемориал» признал политзаключёнными ещё троих человек.\n\n"
            "Тимура Гафа, 27-летнего студента из Уфы, задержали в феврале.\n\n"
            "Светлану Кочет, медсестру из Твери, в апреле приговорили к шести годам колонии.\n\n"
            "Политзаключённые получают письма от сторонников.")
    claims = _claims(text, "ru")
    assert any(kind == "recognized" and person.startswith("Тимур") for kind, person in claims)
    assert any(kind == "recognized" and person.startswith("Светлана")
               for kind, person in claims)


def test_a_member_returned_to_prison_is_not_released() -> None:
    text = ("Fifty-two prisoners were released by Belarus on Thursday and driven to Lithuania.\n"
            "Mikola Statk, a former candidate, refused to cross and was returned to prison.\n")
    assert ("released", "Mikola Statk") not in _claims(text, "en")


def test_a_batch_called_pardoned_later_pardons_its_members() -> None:
    text = ("Belarus freed 31 prisoners on Thursday and had them driven to the Lithuanian "
            "border.\n\nAmong those let go was Ihar Mats, 47, a journalist from Hrodna.\n\n"
            "Belta said all 31 had been pardoned by Alexander Lukashenko.")
    claims = _claims(text, "en")
    assert ("released", "Ihar Mats") in claims
    assert ("pardoned", "Ihar Mats") in claims
    assert not any(person == "Alexander Lukashenko" for _, person in claims)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The groups did not withdraw the status of Ihar Shved despite a campaign.", "en",
     "recognition_withdrawn"),
    ("Ожидалось, что среди освобождённых окажется и блогер Денис Ковал, однако его фамилии в "
     "списке нет.", "ru", "released"),
    ("Адвокат опасается, что в тюрьме Алексея Горина могут отправить в ШИЗО.", "ru",
     "solitary_confinement"),
    ("She worked for a fund that helped the families of detained protesters, said Anna Lis.",
     "en", "detained"),
])
def test_negated_expected_feared_or_adjectival(text: str, lang: str, kind: str) -> None:
    assert not any(k == kind for k, _ in _claims(text, lang))


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


def test_a_list_paragraph_that_denies_membership() -> None:
    text = ("Лукашенко помиловал 17 человек. Правозащитникам удалось установить часть из них: "
            "среди помилованных — пенсионер Пётр Кулеш.\n\nСреди помилованных нет Марии "
            "Колесниковой и Виктора Бабарико.")
    claims = _claims(text, "ru")
    assert not any(person.startswith(("Мария", "Виктор")) for _, person in claims)


def test_names_announced_by_count_and_members_with_their_companion() -> None:
    text = ("За мінулы тыдзень у Брэсце затрымалі як мінімум пяць чалавек. Праваабаронцам "
            "удалося высветліць імёны траіх.\n\nУ аўторак сілавікі прыйшлі ў майстэрню мастака "
            "Віталя Кулеша. Разам з ім затрымалі двух яго сяброў — Арцёма Бурцава і Дзяніса "
            "Шпака.")
    claims = _claims(text, "be")
    for name in ("Віталь Кулеш", "Арцём Бурцаў", "Дзяніс Шпак"):
        assert ("detained", name) in claims


def test_all_four_were_pardoned_joins_the_batch() -> None:
    text = ("У нядзелю чатырох палітвязняў вызвалілі і перадалі літоўскім памежнікам. Усе "
            "чацвёра былі памілаваныя Лукашэнкам.\n\nСярод вызваленых — Алесь Мікуліч, "
            "выкладчык гісторыі з Ліды.")
    claims = _claims(text, "be")
    assert ("pardoned", "Алесь Мікуліч") in claims
    assert ("released", "Алесь Мікуліч") in claims


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


def test_will_not_be_added_is_no_member() -> None:
    text = ("The coalition recognised one more person as a political prisoner. Siarhei Dzemid, "
            "convicted of attacking an officer, will not be added to the list for now.")
    assert not any(kind == "recognized" for kind, _ in _claims(text, "en"))


def test_the_four_had_been_pardoned_after_a_release_of_jailed_critics() -> None:
    text = ("Russia released four jailed critics on Thursday in a prisoner exchange.\n\n"
            "Among those freed was Ilya Voronts, 39, a municipal deputy.\n\n"
            "The Kremlin said the four had been pardoned by presidential decree.")
    claims = _claims(text, "en")
    assert ("pardoned", "Ilya Voronts") in claims
    assert ("group_release", "4") in claims
    assert not any(person == "Kremlin" for _, person in claims)


def test_my_son_in_a_mothers_letter_is_the_prisoner() -> None:
    text = ("Политзаключённого Артёма Жука приговорили к шести годам. «В марте моего сына "
            "перевели в ШИЗО», — пишет его мать.")
    claims = _claims(text, "ru")
    assert ("solitary_confinement", "Артём Жук") in claims


def test_his_brother_is_someone_else() -> None:
    text = "Artsiom Zhuk was sentenced to six years. His brother was detained on Monday."
    assert ("detained", "Artsiom Zhuk") not in _claims(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("We demand the immediate and unconditional release of Aliaksei Rudzko.", "en"),
    ("Several channels reported that Maksim Lobach had also been freed. That is not true: his "
     "mother says he remains in prison.", "en"),
    ("Opposition channels also listed Maksim Kuchyn among the freed. His lawyer said on "
     "Tuesday that this was a mistake.", "en"),
    ("Pro-government Telegram channels claimed last week that Ksenia Ravuts had been released. "
     "Her colleagues say this is false.", "en"),
    ("Пытанне аб прызнанні палітвязнем Сяргея Карпіловіча пакуль адкрытае.", "be"),
    ("Пытанне пра пазбаўленне статусу палітвязня Андрэя Дразда яшчэ не вырашанае.", "be"),
])
def test_demands_refutations_and_open_questions(text: str, lang: str) -> None:
    assert not _claims(text, lang)


def test_recognition_stopped_is_no_recognition() -> None:
    claims = _claims("Таксама праваабаронцы спынілі прызнанне палітвязнем Антона Быкоўскага.",
                     "be")
    assert not any(kind == "recognized" for kind, _ in claims)
    assert any(kind == "recognition_withdrawn" for kind, _ in claims)


def test_a_mother_in_apposition_is_a_relative() -> None:
    text = ("Политзаключённую Ольгу Тарасевич освободили и вывезли в Литву. Её мать, Людмила "
            "Тарасевич, осталась в Минске.")
    claims = _claims(text, "ru")
    assert not any(person.startswith("Людмила") for _, person in claims)


def test_a_verdict_reported_by_state_media_stands() -> None:
    text = ("A court in Minsk sentenced Maksim Panas in absentia to ten years in a colony, "
            "state media reported.")
    assert ("sentenced", "Maksim Panas") in _claims(text, "en")


def test_a_participle_after_its_own_noun() -> None:
    text = ("Leanid Marhun, an editor, was sent to a punishment cell for 15 days, according to a "
            "fellow inmate released in April.")
    claims = _claims(text, "en")
    assert ("released", "Leanid Marhun") not in claims
    assert ("solitary_confinement", "Leanid Marhun") in claims


def test_among_counted_prisoners_freed_is_a_release() -> None:
    text = "Darya Kaval was among 52 prisoners freed on September 11."
    assert ("released", "Darya Kaval") in _claims(text, "en")


def test_titles_and_towns_are_no_people() -> None:
    text = ("Poland expects the immediate release of Mrs Sobolewska. Konstantin Barysh, an "
            "electrician from Kirov, was detained in Kirov in June.")
    claims = _claims(text, "en")
    assert not any(person in ("Kirov", "Mrs Sobolewska", "Sobolewska") for _, person in claims)
    assert ("detained", "Konstantin Barysh") in claims


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


def test_a_timeline_in_the_historic_present() -> None:
    text = ("Хронология дела\n\n• 14 марта 2022 г. — Антона Ведерникова задерживают на площади "
            "Ленина.\n\n• 30 мая 2022 г. — «Мемориал» признаёт Ведерникова политзаключённым.")
    claims = _claims(text, "ru")
    assert ("detained", "Антон Ведерников") in claims
    assert ("recognized", "Антон Ведерников") in claims


@pytest.mark.parametrize(("text", "lang", "kind", "name"), [
    ("All eighteen had been pardoned, officials said. A spokeswoman for the presidential "
     "administration, Iryna Talk, insisted that those released had asked for mercy.", "en",
     "released", "Iryna"),
    ("Former inmates say the colony head, Colonel Mikhail Zayats, had him sent to the "
     "punishment cell four times.", "en", "solitary_confinement", "Mikhail"),
    ("We demand that Oleg Marin, Tatyana Sobol and Pavel Sobol be released immediately.", "en",
     "released", "Oleg"),
    ("Старшыня камісіі па пытаннях памілавання Валерый Мікул заявіў, што працэс будзе "
     "працягнуты.", "be", "pardoned", "Валерый"),
    ("Журналіст Кірыла Дземч, вызвалены ў студзені, сам выехаў у Польшчу.", "be", "deported",
     "Кірыла"),
    ("Я благодарна Артёму Власову, другу Никиты Солом, который вышел на свободу этой весной.",
     "ru", "released", "Никита"),
])
def test_officials_demands_and_others(text: str, lang: str, kind: str, name: str) -> None:
    assert not any(k == kind and person.startswith(name) for k, person in _claims(text, lang))


def test_freed_by_pardon_in_a_relative_clause() -> None:
    text = ("У верасні міліцыянты наведалі бацькоў Святланы Барадзіч, якая выйшла на волю ў "
            "2024 годзе па памілаванні.")
    claims = _claims(text, "be")
    assert any(kind == "pardoned" and person.startswith("Святлана") for kind, person in claims)


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


def test_released_in_court_under_supervision_is_no_persecution() -> None:
    text = ("Raman Shyl was released from custody in the courtroom; he will serve his sentence at "
            "home under police supervision.")
    assert ("persecuted_after_release", "Raman Shyl") not in _claims(text, "en")


def test_a_companion_is_not_the_subject_of_a_later_release() -> None:
    text = ("В Бресте задержали 54-летнего Леонида Шамко. Вместе с ним задержали его жену Наталью "
            "Шамко, однако через несколько часов её отпустили домой.")
    claims = _claims(text, "ru")
    assert ("released", "Леонид Шамко") not in claims
    assert ("detained", "Леонид Шамко") in claims


def test_a_couple_sharing_an_unchanging_surname() -> None:
    text = ("Суд вынес приговор супругам — Павлу и Анастасии Кравченко. Павел находится под "
            "стражей с ноября прошлого года.")
    claims = _claims(text, "ru")
    assert ("detained", "Павел Кравченко") in claims


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
    assert any(c["type"] == "deported" and c["destination_country"] == country
               for c in claims)  # type: ignore[index]


def test_numbered_list_after_a_decree_pardoning_a_count() -> None:
    text = ("Lukashenka signed a decree pardoning 18 people. All 18 were released the same day.\n\n"
            "By the morning of 4 July we had established the names of two of them:\n\n"
            "1. Stanislau Palk, 67, from Babruisk.\n2. Raisa Tsvirk, 59, a nurse from Slonim.\n")
    claims = _claims(text, "en")
    for name in ("Stanislau Palk", "Raisa Tsvirk"):
        assert ("pardoned", name) in claims
        assert ("released", name) in claims


@pytest.mark.parametrize(("words", "name"), [
    (["Зуева", "Дарья", "Борисовна"], "Дарья Зуева"),
    (["Дарья", "Борисовна", "Зуева"], "Дарья Зуева"),
    (["Борисова", "Дарья", "Зуева"], "Дарья Зуева"),
    (["Ведерников", "Антон", "Николаевич"], "Антон Ведерников"),
])
def test_three_word_russian_names(words: list[str], name: str) -> None:
    from volia.extract.persons_ru import normalise_name

    assert normalise_name(words)[0] == name
