"""Round 16: releases reported but not seen, officials with long titles, one batch's pardon
kept from the next batch, reports withdrawn in the same sentence, a lawyer's expectation,
and "him and eleven others". Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 9, 12)


def _claims(text: str, lang: str, published: date = PUB) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, published)


def _counts(text: str, lang: str) -> list[int | None]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    return [c["count"] for c in claims if c["type"] == "group_release"]


def test_a_release_reported_by_media_but_not_seen_at_the_border() -> None:
    text = ("Fourteen prisoners crossed into Lithuania on Wednesday. Lithuanian media said that "
            "the blogger Ihar Loika had been freed as well, but he was not among those who "
            "arrived, and his sister has had no news of him.\n")
    claims = _claims(text, "en")
    assert not {t for t, name in claims if name == "Ihar Loika"} & {
        "released", "pardoned", "deported"}


def test_the_head_of_the_pardon_commission_is_an_official() -> None:
    be = ("Старшыня камісіі па пытаннях памілавання Павел Ляшук заявіў, што ўсе вызваленыя "
          "«зразумелі свае памылкі».\n")
    ru = ("Председатель комиссии по вопросам помилования Павел Ляшук заявил, что все "
          "освобождённые «осознали свои ошибки».\n")
    assert not _claims(be, "be")
    assert not _claims(ru, "ru")


def test_a_batch_counted_on_its_own_takes_no_pardon_from_the_batch_before() -> None:
    text = ("6 марта из женских колоний вышли 16 помилованных. 27 октября 40 человек вывезли к "
            "литовской границе.\n\nПолный список участников октябрьской «волны» «Вясна» "
            "опубликовала 12 ноября. В нём, в частности, оказались правозащитница Алла Зубкова "
            "и бывший тренер Тимофей Ракитин. Оба находятся в Литве.\n")
    claims = _claims(text, "ru", date(2026, 11, 20))
    assert ("released", "Алла Зубкова") in claims
    assert ("pardoned", "Алла Зубкова") not in claims


def test_a_pardon_told_just_before_the_same_count_still_counts() -> None:
    text = ("Президент помиловал 18 человек. На следующий день 18 человек вышли на свободу. "
            "Среди них — Алла Зубкова.\n")
    assert ("pardoned", "Алла Зубкова") in _claims(text, "ru")


def test_a_report_withdrawn_in_the_same_sentence() -> None:
    ru = ("Вечером каналы написали о задержании учителя Олега Ровнова, но это оказалось "
          "ошибкой: Ровнова никто не задерживал, он был дома.\n")
    be = ("Каналы напісалі пра затрыманне Алега Роўнава, але гэта аказалася памылкай: Роўнава "
          "ніхто не затрымліваў.\n")
    assert not _claims(ru, "ru")
    assert not _claims(be, "be")


def test_a_lawyers_expectation_is_no_transfer() -> None:
    be = ("Адвакат Роўнава мяркуе, што пасля апеляцыі яго этапуюць у калонію ў Наваполацку.\n")
    ru = "Адвокат полагает, что после апелляции Ровнова этапируют в колонию в Новополоцке.\n"
    assert ("transferred", "Роўнаў") not in {(t, n.split()[-1]) for t, n in _claims(be, "be")}
    assert not {t for t, _ in _claims(ru, "ru")} & {"transferred"}


def test_him_and_eleven_others_are_twelve() -> None:
    en = "A decree pardoned him and eleven other convicts on Wednesday."
    ru = "Указом помилованы Иван Петров и ещё 11 осуждённых."
    assert _counts("Azamat Kenzhebaev left the colony on Thursday. " + en, "en") == [12]
    assert _counts(ru, "ru") == [12]
    assert _counts("The court freed 11 other protesters the same day.", "en") != [12]


def _dated(text: str, lang: str, published: date = PUB) -> set[tuple[str, str, str | None]]:
    claims = extract(text, published=published, lang=lang)["claims"]
    return {(c["type"], c["person"]["name"] if c["person"] else "", c["date"]) for c in claims}


def test_denying_the_charge_is_a_plea_not_a_denial_of_the_report() -> None:
    text = ("Police detained Pavel Sudnik on Monday, 11 March. Sudnik denies the charge and has "
            "been released on a written undertaking not to leave the city.\n")
    claims = _dated(text, "en", date(2024, 3, 18))
    assert ("detained", "Pavel Sudnik", "2024-03-11") in claims  # the date names the Monday
    assert "released" in {t for t, _, _ in claims}
    denied = "The ministry denied that Pavel Sudnik had been released.\n"
    assert "released" not in {t for t, _ in _claims(denied, "en")}


def test_not_released_in_a_relative_clause_is_said_of_its_own_person() -> None:
    text = ("When Valentina Korsak walked out of Penal Colony No. 14 on 14 April last year, she "
            "thought the worst was over.\n\nShe still writes to her former cellmate, Tatsiana "
            "Lapina, who is serving six years and has not been released.\n")
    claims = _claims(text, "en", date(2026, 2, 23))
    assert ("released", "Valentina Korsak") in claims
    assert ("released", "Tatsiana Lapina") not in claims


def test_a_closed_clause_before_a_rumour_still_tells_the_arrest() -> None:
    text = ("Relatives of the journalist Ko Min Soe, who has been held in Insein since 2021, "
            "gathered outside the prison after rumours spread that he would be freed.\n")
    claims = _claims(text, "en", date(2023, 5, 3))
    assert ("detained", "Ko Min Soe") in claims
    assert ("released", "Ko Min Soe") not in claims
    freed = ("Ko Min Soe, who was released on Monday, according to unconfirmed reports, went "
             "home.\n")
    assert ("released", "Ko Min Soe") not in _claims(freed, "en", date(2023, 5, 3))


def test_custody_since_a_date_without_a_verb() -> None:
    assert ("detained", "Ольга Сидорова", "2022") in _dated(
        "Ольга Сидорова под стражей с 2022 года.\n", "ru")
    assert ("detained", "Вольга Сідарава", "2022-10") in _dated(
        "Вольга Сідарава за кратамі з кастрычніка 2022 года.\n", "be")
    assert ("detained", "Gulnara Abdieva", "2024") in _dated(
        "Gulnara Abdieva, who has been in jail since last year, remains in custody.\n", "en")
    died = "Ломов стал седьмым политзаключённым, умершим за решёткой с 2021 года.\n"
    assert "detained" not in {t for t, _ in _claims(died, "ru")}


def test_an_administrative_arrest_in_days_is_a_verdict() -> None:
    en = ("Police detained Fiodar Zhabko on Monday. The next day a judge gave him 15 days of "
          "administrative arrest.\n")
    ru = "Суд назначил Дмитрию Ковалю 15 суток ареста. Марину Лис арестовали на 10 суток.\n"
    be = "Суд Брэста даў Дзмітрыю Кавалёву 15 сутак адміністрацыйнага арышту.\n"
    assert ("sentenced", "Fiodar Zhabko") in _claims(en, "en")
    assert {("sentenced", "Дмитрий Коваль"), ("sentenced", "Марина Лис")} <= _claims(ru, "ru")
    assert ("sentenced", "Дзмітрый Кавалёў") in _claims(be, "be")


def test_days_in_a_punishment_cell_are_no_verdict() -> None:
    ru = ("Политзаключённого Бориса Тарасова поместили в ШИЗО: ему дали десять суток за "
          "«невежливое обращение».\n")
    assert ("sentenced", "Борис Тарасов") not in _claims(ru, "ru")
    en = "Anton Paliak spent ten days in a punishment cell in June.\n"
    assert ("sentenced", "Anton Paliak") not in _claims(en, "en")


def test_expelled_to_belarus_is_a_release_abroad() -> None:
    be = ("У нядзелю Паўла Лабановіча пад канвоем давезлі да мяжы і выдварылі ў Беларусь.\n")
    claims = _claims(be, "be", date(2024, 10, 10))
    assert {("released", "Павел Лабановіч"), ("deported", "Павел Лабановіч")} <= claims


def test_russian_custody_wordings_from_the_region() -> None:
    text = ("Главного редактора Айгуль Осмонову и оператора Бакыта Ниязова поместили в изолятор "
            "временного содержания. Одновременно проект отозвал статус политзаключённого у "
            "Марата Гизатова. С момента задержания у Далера Саидова не было ни одного свидания "
            "с родственниками.\n")
    claims = _claims(text, "ru", date(2025, 10, 10))
    assert {("detained", "Айгуль Осмонова"), ("detained", "Бакыт Ниязов"),
            ("recognition_withdrawn", "Марат Гизатов"),
            ("incommunicado", "Далер Саидов")} <= claims
    lawyers = "Айгуль Осмонову задержали. Адвокатов к Осмоновой и Ниязову не пускают.\n"
    assert ("incommunicado", "Айгуль Осмонова") in _claims(lawyers, "ru")


def test_a_removal_abroad_is_also_a_release() -> None:
    text = ("Gleb Stepko, a deputy who was serving eight years, and Daria Orel, a student given "
            "five years, were both flown to Germany on Sunday.\n")
    claims = _claims(text, "en", date(2024, 3, 12))
    for name in ("Gleb Stepko", "Daria Orel"):
        assert {("released", name), ("deported", name)} <= claims


def test_a_report_withdrawn_by_its_publisher_gives_nothing() -> None:
    text = ("A regional news site reported on 22 March that Taras Hnat had been handed over to "
            "Ukraine in a prisoner swap; the site withdrew the report the following day.\n")
    assert not _claims(text, "en", date(2022, 4, 1))


def test_a_relatives_paragraph_keeps_a_list_of_the_freed_open() -> None:
    text = ("Праз чатыры дні пасля таго, як 47 палітвязняў вывезлі з Беларусі ў Літву, "
            "праваабаронцы называюць новыя імёны.\n\nМаксім Кудраш, 40 гадоў, будаўнік з "
            "Баранавічаў.\n\nЯго жонка Святлана Кудраш выехала ў Літву яшчэ ў 2021 годзе.\n\n"
            "Ірына Войтка, 33 гады, выкладчыца англійскай мовы.\n")
    claims = _claims(text, "be", date(2025, 9, 14))
    assert {("released", "Максім Кудраш"), ("released", "Ірына Войтка")} <= claims
    assert ("released", "Святлана Кудраш") not in claims


def test_landing_in_a_country_after_a_release() -> None:
    text = ("Марина Ткачук, 47 лет, бухгалтер. Её перевели в минское СИЗО за неделю до "
            "освобождения, и в Украину она попала в тюремной робе.\n")
    assert ("deported", "Марина Ткачук") in _claims(text, "ru", date(2025, 12, 20))


def test_the_one_left_out_of_a_pardon_takes_no_release() -> None:
    ru = "Помилование без Рустамова: кого выпустили по июньскому указу\n"
    assert ("released", "Рустамов") not in {(t, n.split()[-1]) for t, n in _claims(ru, "ru")}


def test_a_preliminary_report_of_a_release_is_no_release() -> None:
    ru = ("Арсения Клёнова задержали. По предварительным данным, его отпустили через "
          "несколько минут.\n")
    assert "released" not in {t for t, _ in _claims(ru, "ru")}


def test_a_profile_after_not_among_the_freed_is_no_member() -> None:
    text = ("Eleven people were released that day under a pardon decree. Among them was Ryhor "
            "Savik, a beekeeper. Leanid Karab, whose name had circulated as a likely candidate, "
            "was not among those freed.\n\nKarab, 47, a former safety officer, has spent 120 days "
            "in punishment cells this year.\n")
    claims = _claims(text, "en", date(2024, 7, 1))
    assert ("released", "Ryhor Savik") in claims
    assert not {t for t, n in claims if n == "Leanid Karab"} & {"released", "pardoned"}


def test_not_part_of_the_swap_undoes_a_listed_release() -> None:
    text = ("In September six foreign nationals were freed in an exchange and flown to Warsaw. "
            "Stsiapan Lada was not part of the swap.\n\nLada, 31, a welder from Orsha, was "
            "sentenced in October to seven years.\n")
    claims = _claims(text, "en", date(2025, 12, 1))
    assert ("released", "Stsiapan Lada") not in claims


def test_the_penalty_a_charge_carries_is_no_verdict() -> None:
    en = ("Enver Kurt was charged with membership of a banned group, an offence that carries a "
          "sentence of up to 20 years.\n")
    claims = _claims(en, "en")
    assert ("charged", "Enver Kurt") in claims
    assert ("sentenced", "Enver Kurt") not in claims
    verdict = "Enver Kurt was sentenced to 20 years on Monday.\n"
    assert ("sentenced", "Enver Kurt") in _claims(verdict, "en")


def test_reports_nobody_confirmed() -> None:
    en = ("There were reports in November that Eskender Kurt had been taken to a prison "
          "hospital.\n")
    said = ("People say Vadim Korch was thrown into solitary for a month, but I can't confirm "
            "it.\n")
    ru = "В некоторых каналах писали, что Вадима Горелова уже перевели в Лефортово.\n"
    assert not _claims(en, "en")
    assert not _claims(said, "en")
    assert not _claims(ru, "ru")


def test_a_speaker_is_not_the_subject_of_what_they_claim_of_others() -> None:
    ru = ("В воскресном выпуске ведущий Игорь Дзюбин заявил, что «в Беларуси больше нет "
          "пожилых политзаключённых — все они помилованы и вышли на свободу».\n")
    be = ("Прэс-сакратар дэпартамента Алег Буйнік заявіў, што «ніякага інкамунікада ў "
          "беларускіх установах не існуе».\n")
    assert not _claims(ru, "ru", date(2025, 3, 24))
    assert not _claims(be, "be", date(2025, 3, 24))
    own = ("В списке — Игорь Кулеш, юрист. В Вильнюсе он сказал, что почти год провёл в "
           "одиночной камере.\n")
    assert ("solitary_confinement", "Игорь Кулеш") in _claims(own, "ru", date(2025, 6, 21))


def test_verdicts_told_in_passing() -> None:
    text = ("Artur Velik, a Moscow historian serving nine years, was not among those freed, "
            "despite weeks of speculation. 12:05 Verdict: Rustem Seitov gets 17 years in a "
            "strict-regime colony. The experts welcomed the release of Behruz Odin, who had "
            "served five and a half years.\n")
    claims = _claims(text, "en")
    assert {("sentenced", "Artur Velik"), ("sentenced", "Rustem Seitov"),
            ("sentenced", "Behruz Odin")} <= claims
    assert ("released", "Artur Velik") not in claims


def test_an_earlier_article_set_right_in_the_next_sentence() -> None:
    text = ("The Monday article also said that Raman Hrab had been driven to the Polish border "
            "and expelled. In fact he went home to Mogilev.\n")
    claims = _claims(text, "en", date(2025, 7, 2))
    assert ("deported", "Raman Hrab") not in claims


def test_detained_alongside_a_companion_and_held_without_a_lawyer() -> None:
    text = ("Nikolai Ostap, 64, a retired tram driver who was detained alongside Voronkova on "
            "Sunday, was jailed for 14 days on Monday. Rustem Kadyr and Edem Tair were held "
            "without any access to a lawyer from Friday until Monday.\n")
    claims = _claims(text, "en", date(2022, 7, 5))
    assert {("detained", "Nikolai Ostap"), ("detained", "Rustem Kadyr"),
            ("detained", "Edem Tair")} <= claims
    told_after = ("Jānis Ozoliņš was freed on Monday. A Belarusian man arrested alongside "
                  "Ozoliņš, Alyaksei Dubrouski, remains in "
                  "custody.\n")
    assert ("detained", "Alyaksei Dubrouski") in _claims(told_after, "en")


def test_a_fact_checks_numbered_claims_and_verdicts() -> None:
    ru = ("Утверждение 2: «Среди освобождённых — Виталий Гнедин». Неправда. Гнедин по-прежнему "
          "в колонии.\n")
    assert ("released", "Виталий Гнедин") not in _claims(ru, "ru", date(2025, 3, 20))
    en = ("VERDICT: Misleading. On October 15, 31 political prisoners were pardoned and "
          "released.\n\nCLAIM: \"Maryia Tsvirk died in the colony.\"\nVERDICT: False. Tsvirk, a "
          "41-year-old doctor, is alive.\n")
    claims = _claims(en, "en", date(2026, 10, 20))
    assert not {t for t, n in claims if n == "Maryia Tsvirk"} & {"released", "pardoned"}


def test_questioned_and_let_go_is_no_release_from_custody() -> None:
    be = ("Маму, Галіну Зубрыцкую, павезлі ў пастарунак на размову, але праз тры гадзіны "
          "адпусцілі, не затрымалі.\n")
    ru = ("Дениса Кулешова вызывали в следственный комитет, но допросили как свидетеля и в тот "
          "же день отпустили домой.\n")
    assert "released" not in {t for t, _ in _claims(be, "be")}
    assert "released" not in {t for t, _ in _claims(ru, "ru")}


def test_wordings_from_held_out_58() -> None:
    be = ("Ніна Дзямковіч, з якой мы паўгода былі ў адной камеры ў Жодзіне, вызвалілася 2 "
          "красавіка.\n")
    assert ("released", "Ніна Дзямковіч") in _claims(be, "be", date(2023, 5, 1))
    ru = "Роман Шептун, музыкант, с октября 2022 года не выходил на связь.\n"
    assert ("incommunicado", "Роман Шептун") in _claims(ru, "ru", date(2023, 8, 1))
    en = ("The Pravavy Most group recognised Kanstantsin Rakut as a political prisoner in 2022 "
          "and withdrew that recognition in January 2024. Arseny Polun was freed on Friday and "
          "boarded a German government plane to Berlin.\n")
    claims = _claims(en, "en", date(2024, 6, 20))
    assert {("recognition_withdrawn", "Kanstantsin Rakut"), ("deported", "Arseny Polun")} <= claims
    chose = "Two days later Maksim Sakov boarded a flight to Tbilisi with his partner.\n"
    assert ("deported", "Maksim Sakov") not in _claims(chose, "en")


def test_a_freed_acquaintance_who_speaks_of_a_prisoner() -> None:
    be = ("Ала Пракоп адмовілася пісаць прашэнне і засталася ў калоніі. «Яна сказала, што не "
          "будзе прасіць прабачэння», — распавяла яе знаёмая, якая нядаўна вызвалілася.\n")
    assert not {t for t, _ in _claims(be, "be")} & {"released", "pardoned"}


def test_a_belarusian_name_with_a_typographic_apostrophe() -> None:
    be = ("Мастачку Дар’ю Барыс вызвалілі з-пад варты ў зале суда: ёй прызначылі абмежаванне "
          "волі без накіравання ў папраўчую ўстанову.\n")
    claims = _claims(be, "be", date(2023, 11, 20))
    assert {("released", "Дар’я Барыс"), ("sentenced", "Дар’я Барыс")} <= claims


def test_a_later_it_was_not_x_who_withdraws_that_event() -> None:
    text = ("His lawyer also told us Matvei Lozh spent a week in a punishment cell in October.\n\n"
            "12:40 And it was not Lozh who spent a week in a punishment cell, but one of his "
            "cellmates; we misheard.\n")
    assert ("solitary_confinement", "Matvei Lozh") not in _claims(text, "en", date(2022, 11, 17))


def test_who_learned_of_an_arrest_is_not_its_subject() -> None:
    be = ("У Берасці затрымалі пенсіянерку Зінаіду Кулік. Яе сын Глеб Кулік, які жыве ў "
          "Варшаве, даведаўся пра затрыманне ад суседзяў.\n")
    claims = _claims(be, "be")
    assert ("detained", "Зінаіда Кулік") in claims
    assert ("detained", "Глеб Кулік") not in claims
    en = ("Police detained Aksana Dubko. Her husband said he learned of her arrest only the next "
          "morning.\n")
    assert ("detained", "Aksana Dubko") in _claims(en, "en")


def test_the_recognition_a_withdrawal_recalls() -> None:
    en = ("On Tuesday Liktar withdrew the political prisoner status of Valery Sakal, listed "
          "since 2022, after learning of an unrelated charge.\n")
    ru = "Проект исключил из списка политзаключённых Степана Гурко, признанного в 2022 году.\n"
    assert ("recognized", "Valery Sakal", "2022") in _dated(en, "en", date(2024, 10, 10))
    assert ("recognized", "Степан Гурко", "2022") in _dated(ru, "ru", date(2024, 10, 10))
    many = ("Today we recognise Katsiaryna Zhyd and Leanid Chakh as political prisoners.\n")
    assert {("recognized", "Katsiaryna Zhyd"), ("recognized", "Leanid Chakh")} <= _claims(
        many, "en", date(2021, 2, 16))


def test_more_destinations_and_no_country_in_a_given_name() -> None:
    from volia.extract.countries import find_countries

    codes = {t: [c.code for c in find_countries(t)] for t in (
        "to Denmark", "в Молдову", "у Данію", "to Guatemala", "Даниил", "Данііл", "в вену")}
    assert codes["to Denmark"] == ["DK"] and codes["в Молдову"] == ["MD"]
    assert codes["у Данію"] == ["DK"] and codes["to Guatemala"] == ["GT"]
    assert codes["Даниил"] == [] and codes["Данііл"] == [] and codes["в вену"] == []


def test_a_month_of_last_year_and_a_charge_he_denied() -> None:
    en = ("Akim Bekir was detained in March last year and charged with membership of a banned "
          "group, which he denied.\n")
    claims = _dated(en, "en", date(2022, 11, 29))
    assert {("detained", "Akim Bekir", "2021-03"), ("charged", "Akim Bekir", "2021-03")} <= claims
    ru = "Акима Бекирова задержали в марте прошлого года.\n"
    assert ("detained", "Аким Бекиров", "2021-03") in _dated(ru, "ru", date(2022, 11, 29))


def test_after_the_second_freeze_safety() -> None:
    ru = ("«Максима Левчика с августа держат в ШИЗО: выпускают на сутки и снова сажают.»\n")
    assert "released" not in {t for t, _ in _claims(ru, "ru")}
    listed = ("Ранее сообщалось, что в список включена и журналистка Анна Голубева, но среди "
              "освобождённых её не оказалось.\n")
    assert ("released", "Анна Голубева") not in _claims(listed, "ru")
    en = ("Pro-government websites reported on Tuesday that the video editor Elnur Gasim had "
          "also been detained.\n")
    assert not _claims(en, "en")
    state = ("A court sentenced Maksim Panas in absentia to ten years, state media reported.\n")
    assert ("sentenced", "Maksim Panas") in _claims(state, "en")
