"""Round 13: foreign citizens among the freed, counted arrests whose members are named after
them, timeline entries that open with a date, and numbered list items. Every text here is
invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

from volia.extract import extract
from volia.extract.sentences import split_sentences

PUB = date(2025, 9, 1)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def test_a_foreign_citizen_joined_to_a_list_of_the_freed() -> None:
    text = ("Also freed were former anchor Palina Vorsha and Polish citizen Krzysztof Lenk, "
            "who was arrested near Brest in 2023.\n")
    claims = _claims(text, "en")
    assert ("released", "Palina Vorsha") in claims
    assert ("released", "Krzysztof Lenk") in claims


def test_a_foreign_citizen_after_a_comma_is_a_member_taken_abroad() -> None:
    text = ("Among those taken to Lithuania were the journalists Ruslan Baran and Mariya Tsvik "
            "and a German citizen, Jonas Reuter, who had been arrested at the border.\n")
    countries = deported_countries(text, "en", PUB)
    assert countries.get("Jonas Reuter") == "LT"
    assert countries.get("Mariya Tsvik") == "LT"


def test_baltic_and_polish_given_names_with_their_own_letters() -> None:
    for name in ("Jānis Kalns", "Łukasz Nowik", "Mirosław Sęk"):
        assert ("detained", name) in _claims(f"{name} was detained in Hrodna in May.\n", "en")


def test_members_of_a_counted_arrest_named_after_it() -> None:
    text = ("Five miners were detained on Monday after a night shift. Colleagues later named "
            "three of them: Pavel Krupa, 47; Artsiom Lysik, 33; and Siarhei Babets, 52.\n")
    claims = _claims(text, "en")
    for name in ("Pavel Krupa", "Artsiom Lysik", "Siarhei Babets"):
        assert ("detained", name) in claims
        assert ("released", name) not in claims


def test_among_them_after_a_counted_arrest_is_no_release() -> None:
    for text, lang in (
            ("Five miners were detained on Monday. Among them were Pavel Krupa and Artsiom "
             "Lysik.\n", "en"),
            ("В понедельник задержаны пятеро шахтёров. Среди них Павел Крупенко и Артём "
             "Лысюк.\n", "ru")):
        claims = _claims(text, lang)
        assert {kind for kind, _ in claims} == {"detained"}, text
        assert len(claims) == 2


def test_an_arrest_list_does_not_reach_a_name_sentences_later() -> None:
    text = ("Ещё 37 человек задержаны по административным статьям. Большинство — за "
            "публикации. Пожертвования помогают оплачивать работу адвокатов — в том числе тех, "
            "кто добивается встречи с Даниилом Курцевым.\n")
    assert ("detained", "Даниил Курцев") not in _claims(text, "ru")


def test_people_imprisoned_and_driven_to_a_border_are_a_release_not_an_arrest() -> None:
    text = ("Last Friday, seven people imprisoned in Belarus for political reasons were driven "
            "to the Polish border and handed over to Polish officials.\n")
    claims = extract(text, published=PUB, lang="en")["claims"]
    assert any(c["type"] == "group_release" and c["count"] == 7 for c in claims)


def test_all_five_after_a_timeline_date_are_the_five_named() -> None:
    text = ("• 3 Nov 2024 — Five miners are detained. Colleagues name three of them: Pavel "
            "Krupa; Artsiom Lysik; and Siarhei Babets.\n\n"
            "• 10 Nov 2024 — All five are charged under Article 342.\n")
    claims = _claims(text, "en")
    for name in ("Pavel Krupa", "Artsiom Lysik", "Siarhei Babets"):
        assert ("charged", name) in claims


def test_a_numbered_list_item_is_one_sentence_with_its_number() -> None:
    text = "Кто они:\n1. Анна Лебедь, 29 лет — три года;\n2. Виктор Стрельцов — 4 года.\n"
    pieces = [s.text for s in split_sentences(text)]
    assert pieces == ["Кто они:", "1. Анна Лебедь, 29 лет — три года;",
                      "2. Виктор Стрельцов — 4 года."]


_PODCAST = ("Host Lera Vinnik spoke with two former political prisoners, Palina Hil and Siarhei "
            "Astap, who both came out this year.\n\n"
            "LERA: Palina, you were sentenced in 2021. To what?\n"
            "PALINA: Three years in a colony. I served all of it in Homiel and walked out in "
            "August.\n"
            "LERA: Siarhei, your way out was different.\n"
            "SIARHEI: I was arrested at the factory gate in 2022. On 12 November I was one of "
            "thirty-one people pardoned at once.\n"
            "LERA: Thank you both.\n")


def test_a_labelled_transcript_gives_each_guest_their_own_first_person() -> None:
    claims = _claims(_PODCAST, "en")
    assert ("sentenced", "Palina Hil") in claims
    assert ("released", "Palina Hil") in claims
    assert ("detained", "Siarhei Astap") in claims
    assert ("pardoned", "Siarhei Astap") in claims
    assert not any(name == "Lera Vinnik" for _, name in claims)
    assert ("detained", "Palina Hil") not in claims


def test_a_host_addresses_a_guest_by_a_diminutive_label() -> None:
    text = ("Host Aryna Vaitsik talks to Kanstantsin Lahvin, a former political prisoner.\n\n"
            "ARYNA: Kastus, you were pardoned. Did you know it was coming?\n"
            "KASTUS: Not a clue. I was serving nine years.\n"
            "ARYNA: Thank you, Kastus.\n")
    claims = _claims(text, "en")
    assert ("pardoned", "Kanstantsin Lahvin") in claims
    assert ("sentenced", "Kanstantsin Lahvin") in claims
    assert not any(name == "Aryna Vaitsik" for _, name in claims)


def test_a_transcript_turn_tells_the_speakers_own_story_without_a_pronoun() -> None:
    text = ("В новом выпуске подкаста ведущая Алеся Крук беседует с бывшим политзаключённым "
            "Тарасом Будиным.\n\n"
            "АЛЕСЯ: Тарас, напомни, как всё началось.\n"
            "ТАРАС: Меня задержали в июне 2021 года. Осуждён на три года колонии.\n"
            "АЛЕСЯ: Что дальше?\n"
            "ТАРАС: Не знаю.\n")
    claims = _claims(text, "ru")
    assert ("detained", "Тарас Будин") in claims
    assert ("sentenced", "Тарас Будин") in claims


def test_still_in_a_colony_town_is_inside_but_still_in_a_foreign_capital_is_not() -> None:
    text = ("Some channels named Ivan Rabets among the freed. Ivan Rabets is still in "
            "Navapolatsk.\n")
    assert ("released", "Ivan Rabets") not in _claims(text, "en")
    text = "Iryna Vus was released in May and is still in Warsaw.\n"
    assert ("released", "Iryna Vus") in _claims(text, "en")


def test_a_release_they_wrote_about_and_then_asked_about_is_no_claim() -> None:
    text = ("Максім Кулеш асуджаны ў 2021 годзе на сем гадоў.\n\n"
            "— У верасні пісалі, што яго вызвалілі. Гэта праўда?\n— Не. Ён у калоніі.\n")
    claims = _claims(text, "be")
    assert ("sentenced", "Максім Кулеш") in claims
    assert ("released", "Максім Кулеш") not in claims


def test_nobody_named_wrote_it_is_a_rumour() -> None:
    text = "Андрея Ситника осудили в 2022 году. В мае писали, что Ситника освободили.\n"
    assert ("released", "Андрей Ситник") not in _claims(text, "ru")


def test_a_crowd_after_a_passive_verb_is_its_subject_not_the_name_before() -> None:
    text = ("Илью Метлицкого осудили на три года. Правозащитники называют дело Метлицкого "
            "типичным: в последние месяцы задержаны десятки людей за пожертвования.\n")
    claims = _claims(text, "ru")
    assert ("sentenced", "Илья Метлицкий") in claims
    assert ("detained", "Илья Метлицкий") not in claims


def test_a_mans_declined_surname_is_not_his_mothers() -> None:
    text = ("Галина Метлицкая говорит тихо. Её сына, студента Илью Метлицкого, задержали в "
            "ноябре 2023 года.\n\nАдвокат Метлицкого сообщил, что его перевели в колонию "
            "в Шклове.\n")
    claims = _claims(text, "ru")
    assert ("transferred", "Илья Метлицкий") in claims
    assert not any(name == "Галина Метлицкая" for _, name in claims)


def test_questions_labelled_q_make_an_interview_without_a_cue() -> None:
    text = ("Arkadz Shyman, a union organiser, was one of 26 prisoners released on 9 October. "
            "We reached him in Chernihiv.\n\n"
            "Q: When did you find out?\nA: That morning.\n\n"
            "Q: How long were you inside?\nA: I was arrested in May 2022. In 2023 I got eight "
            "years.\n")
    claims = _claims(text, "en")
    assert ("detained", "Arkadz Shyman") in claims
    assert ("sentenced", "Arkadz Shyman") in claims


def test_all_twenty_six_is_the_batch_of_26_again() -> None:
    text = ("Twenty-six political prisoners were released on 9 October and taken to Ukraine. "
            "A pardon decree for all twenty-six had been signed.\n")
    counts = [c["count"] for c in extract(text, published=PUB, lang="en")["claims"]
              if c["type"] == "group_release"]
    assert counts == [26]


def test_part_of_a_sentence_served_is_not_the_term() -> None:
    text = "Leanid Bortsik had served almost three years of a six-year sentence.\n"
    terms = [c["term_months"] for c in extract(text, published=PUB, lang="en")["claims"]
             if c["type"] == "sentenced"]
    assert terms == [72]


def test_members_told_as_also_in_the_group_and_the_one_who_stayed() -> None:
    text = ("Fourteen political prisoners were released on Sunday under a pardon decree. "
            "Thirteen of them crossed into Lithuania. The fourteenth went home.\n\n"
            "Among those who walked across the border was Leanid Bortsik. Halina Dzemid, an "
            "accountant from Lida, was also in the group.\n\n"
            "Tadeush Miranchyk, 70, was the one who stayed. He refused to board the minibus.\n")
    claims = _claims(text, "en")
    countries = deported_countries(text, "en", PUB)
    for name in ("Leanid Bortsik", "Halina Dzemid", "Tadeush Miranchyk"):
        assert ("released", name) in claims
        assert ("pardoned", name) in claims
    assert countries.get("Leanid Bortsik") == "LT"
    assert countries.get("Halina Dzemid") == "LT"
    assert "Tadeush Miranchyk" not in countries


def test_a_part_taken_abroad_gives_its_country_only_to_those_among_it() -> None:
    text = ("Во вторник были помилованы и вышли на свободу 25 человек. 18 из них вывезли на "
            "территорию Литвы, остальные остались в Беларуси.\n\n"
            "Среди вывезенных — журналист Максим Коротин.\n\n"
            "Среди освобождённых — экономист Татьяна Радевич.\n")
    countries = deported_countries(text, "ru", PUB)
    assert countries.get("Максим Коротин") == "LT"
    assert "Татьяна Радевич" not in countries


def test_freed_from_colonies_in_the_plural_is_a_batch() -> None:
    text = ("На прошлой неделе из колоний вышли 23 политзаключённых, помилованных указом. "
            "Среди них — медсестра из Гомеля Вероника Пашкова.\n")
    claims = extract(text, published=PUB, lang="ru")["claims"]
    assert any(c["type"] == "group_release" and c["count"] == 23 for c in claims)
    assert ("pardoned", "Вероника Пашкова") in _claims(text, "ru")


def test_a_name_answering_an_interview_question_is_no_batch_member() -> None:
    text = ("На прошлой неделе из колоний вышли 23 политзаключённых. Мы поговорили с одной из "
            "них, Вероникой Пашковой.\n\n— Кого вы вспоминаете?\n— Аллу Ридецкую. Её в "
            "списке не оказалось, она осталась в колонии.\n\n— Что дальше?\n— Не знаю.\n")
    assert not any(name == "Алла Ридецкая" for _, name in _claims(text, "ru"))


def test_returned_to_the_colony_undoes_a_release_from_the_bus() -> None:
    text = ("13 февраля из колоний вышли 18 помилованных политзаключённых.\n\n"
            "Леониду Цыбулько, отбывающему десять лет, повезло меньше. В последний момент его "
            "вывели из автобуса и вернули в колонию.\n")
    claims = _claims(text, "ru")
    assert ("released", "Леонид Цыбулько") not in claims


def test_the_confirmed_release_of_three_names_them_one_by_one() -> None:
    text = ("Во вторник на свободу вышли 30 человек, помилованных указом.\n\n"
            "Родственники подтвердили освобождение как минимум троих. Наталью Левчук, медсестру "
            "из Бобруйска, у ворот колонии встретили муж и сын.\n\n"
            "Помилован и вышел на свободу Геннадий Пашко из Лиды. Третьим стал 24-летний "
            "студент Олег Витковский.\n")
    claims = _claims(text, "ru")
    for name in ("Наталья Левчук", "Геннадий Пашко", "Олег Витковский"):
        assert ("released", name) in claims, name


def test_an_ordinal_is_not_a_surname_that_starts_like_it() -> None:
    text = ("Помилованы 12 человек. Третий названный — Павел Кучин, инженер.\n\n"
            "В соцсетях разошлось сообщение, что среди помилованных оказался и Борис Третьяков. "
            "Однако его жена это опровергла.\n")
    claims = _claims(text, "ru")
    assert ("released", "Павел Кучин") in claims
    assert not any(name == "Борис Третьяков" for _, name in claims)


def test_a_member_who_went_home_or_stayed_home_is_not_taken_abroad() -> None:
    text = ("Во вторник помилованы и освобождены 20 человек, их вывезли в Литву.\n\n"
            "Ксения Шатилова, фотограф из Минска, решила остаться дома.\n\n"
            "Наталья Роговец, повар из Бобруйска, отправилась домой.\n")
    countries = deported_countries(text, "ru", PUB)
    assert "Ксения Шатилова" not in countries
    assert "Наталья Роговец" not in countries


def test_the_chair_of_the_pardon_commission_is_an_official() -> None:
    text = ("Twelve prisoners were pardoned and freed on Monday.\n\n"
            "Andrei Shved, who chairs the pardon commission, said each case was considered.\n")
    assert not any(name == "Andrei Shved" for _, name in _claims(text, "en"))


def test_fellow_inmates_who_were_released_are_not_the_person_they_speak_of() -> None:
    text = ("Leanid Vask was sentenced in 2022. Fellow inmates who have since been released say "
            "he spent weeks in punishment cells.\n")
    assert ("released", "Leanid Vask") not in _claims(text, "en")


def test_died_in_the_medical_unit_of_a_colony() -> None:
    text = "Leanid Vask, an engineer, died on Saturday in the medical unit of colony No. 3.\n"
    assert ("died_in_custody", "Leanid Vask") in _claims(text, "en")


def test_our_own_earlier_report_called_not_so_is_no_claim() -> None:
    text = ("In an article on 3 September we wrote that the signalman Ihar Bandar had been moved "
            "to the Hlybokaye colony. His lawyer says this is not so.\n")
    assert ("transferred", "Ihar Bandar") not in _claims(text, "en")


def test_a_father_of_two_sons_is_described_not_a_relative() -> None:
    text = ("В тюрьме умер политзаключённый Вячеслав Гулько. О смерти сообщили его брату Петру "
            "Гулько.\n\nИнженер из Горок, отец двоих сыновей, Гулько никогда не занимался "
            "политикой. Соседи вспоминают, что он чинил им котлы. Его задержали в марте 2022 "
            "года.\n")
    assert ("detained", "Вячеслав Гулько") in _claims(text, "ru")


def test_a_cellmates_claim_the_service_denies_in_the_same_sentence() -> None:
    text = ("Вячеслав Гулько умер в тюрьме. Один из бывших сокамерников утверждает, что в "
            "декабре Гулько держали в ШИЗО, однако в ведомстве это отрицают.\n")
    assert ("solitary_confinement", "Вячеслав Гулько") not in _claims(text, "ru")


def test_an_embedded_question_does_not_block_the_main_clause() -> None:
    text = ("Андрей Новиков, освобождённый в январе после помилования, говорит, что 14 месяцев "
            "не знал, живы ли его родители.\n")
    assert ("released", "Андрей Новиков") in _claims(text, "ru")
    text = "Пользователи спрашивают, правда ли, что в аэропорту задержан Леонид Стрельцов.\n"
    assert ("detained", "Леонид Стрельцов") not in _claims(text, "ru")


def test_a_conjunction_ci_is_no_question_but_does_not_mean_is_a_denial() -> None:
    text = ("Вадзім Рудзік асуджаны на пяць гадоў. Гэтае рашэнне не азначае, што Рудзік "
            "вызвалены ці што мы ўхваляем умовы яго ўтрымання.\n")
    claims = _claims(text, "be")
    assert ("sentenced", "Вадзім Рудзік") in claims
    assert ("released", "Вадзім Рудзік") not in claims


def test_a_participle_in_the_prepositional_case_carries_the_term() -> None:
    text = ("О Виталии Осипове, осуждённом на 15 лет по делу о «заговоре», ничего не известно "
            "с ноября 2024 года.\n")
    assert ("sentenced", "Виталий Осипов") in _claims(text, "ru")


def test_a_speaker_opening_a_sentence_is_no_batch_member() -> None:
    text = ("Яе муж, фермер Віктар Ясюк, быў сярод 16 палітвязняў, якіх вызвалілі ў мінулую "
            "сераду.\n\nЛюдміла кажа, што першае, пра што спытаў муж, — ці жывы яго сабака.\n")
    assert not any(name.startswith("Людміла") for _, name in _claims(text, "be"))


def test_a_prisoner_named_as_jailed_stays_the_prisoner_when_called_her_husband() -> None:
    text = ("The wife of jailed engineer Yauhen Lobak\n\nNatallia Lobak keeps copies of her "
            "letters.\n\nHer husband Yauhen, 46, was arrested in May 2022. Since October, she "
            "says, her husband has been held without any contact with the outside world.\n")
    claims = _claims(text, "en")
    assert ("detained", "Yauhen Lobak") in claims
    assert ("incommunicado", "Yauhen Lobak") in claims
    assert not any(name == "Natallia Lobak" for _, name in claims)


def test_they_came_for_him_on_a_date_and_taken_to_a_detention_centre() -> None:
    text = ("We spoke to Kiryl Savan by video link.\n\n— How did it start?\n— They came for "
            "me on 14 August 2021, at six in the morning.\n\n— And then?\n— A trial.\n")
    assert ("detained", "Kiryl Savan") in _claims(text, "en")
    text = "Aleh Siank, 27, was taken first to the Viciebsk temporary detention centre.\n"
    assert ("detained", "Aleh Siank") in _claims(text, "en")
    text = "Вечером Игоря Ладутько увезли в РУВД.\n"
    assert ("detained", "Игорь Ладутько") in _claims(text, "ru")


def test_a_russian_object_described_by_a_place_or_school_before_the_name() -> None:
    text = ("Суд приговорил 24-летнего жителя Мелитополя Богдана Мирошника к 14 годам "
            "колонии.\n")
    assert ("sentenced", "Богдан Мирошник") in _claims(text, "ru")
    text = ("Во вторник суд приговорил 19-летнего студента Кубанского госуниверситета Даниила "
            "Лыкина к 3 годам 6 месяцам колонии.\n")
    assert ("sentenced", "Даниил Лыкин") in _claims(text, "ru")


def test_a_participle_that_received_or_served_a_term() -> None:
    text = ("Среди освобождённых — бывший депутат Василий Трошкин, получивший в 2022 году семь "
            "лет по статье о «фейках».\n")
    assert ("sentenced", "Василий Трошкин") in _claims(text, "ru")


def test_a_brother_joined_to_a_prisoner_is_sentenced_too() -> None:
    text = ("Николай Буравин тоже в списке помилованных и уже дома. Николай и его брат Павел "
            "Буравин в 2022 году были осуждены на четыре года каждый.\n")
    assert ("sentenced", "Павел Буравин") in _claims(text, "ru")


def test_a_brother_in_apposition_does_not_join_the_one_he_is_brother_of() -> None:
    text = ("Константин Шиманский осуждён в 2021 году на восемь лет. Младший брат Константина, "
            "Павел Шиманский, в 2021 году получил два года и вышел на свободу летом 2023 года.\n")
    assert ("released", "Константин Шиманский") not in _claims(text, "ru")


def test_a_spokesperson_for_a_foreign_office_is_an_official() -> None:
    text = ("A spokesperson for the German Foreign Office, Jonas Kettel, said Germany will work "
            "for the release of those unjustly detained.\n")
    assert not any(name == "Jonas Kettel" for _, name in _claims(text, "en"))


def test_questioned_and_then_let_go_is_no_release() -> None:
    text = ("Сястра Ігната, Ларыса Салавейчык, кажа, што яе таксама дапытвалі, але потым "
            "адпусцілі дадому.\n")
    assert ("released", "Ларыса Салавейчык") not in _claims(text, "be")


def test_later_convicted_of_espionage_is_a_verdict() -> None:
    text = ("Polish citizen Tomasz Wierzba, detained in 2023 near Hrodna and later convicted of "
            "espionage, was also released on Wednesday.\n")
    assert ("sentenced", "Tomasz Wierzba") in _claims(text, "en")


def test_a_court_fine_is_a_verdict_but_not_a_relatives_fine() -> None:
    text = "Taras Pilip, held since March, was fined 120 base units and freed in the courtroom.\n"
    assert ("sentenced", "Taras Pilip") in _claims(text, "en")
    text = ("Hanna Makoush is serving four years. Her husband, Pavel Makoush, was fined twice last "
            "year for speaking to foreign media.\n")
    assert ("sentenced", "Pavel Makoush") not in _claims(text, "en")
    assert ("sentenced", "Наталья Орешко") in _claims(
        "В августе суд приговорил жительницу Пскова Наталью Орешко к штрафу в 800 тысяч "
        "рублей.\n", "ru")


def test_years_of_restricted_freedom_are_a_term() -> None:
    text = ("His co-defendant, Ruslan Viarba, a photographer, receives three years of restricted "
            "freedom.\n")
    terms = [c["term_months"] for c in extract(text, published=PUB, lang="en")["claims"]
             if c["type"] == "sentenced"]
    assert terms == [36]


def test_held_in_pre_trial_detention_since_january() -> None:
    text = ("Viasna recognised nine more people today, among them Raisa Shuma, a librarian who "
            "has been in pre-trial detention since January.\n")
    assert ("detained", "Raisa Shuma") in _claims(text, "en")
    text = ("Andrei Mazur, 29, a programmer, held in pre-trial detention since January for "
            "comments.\n")
    assert ("detained", "Andrei Mazur") in _claims(text, "en")


def test_an_indirect_question_blocks_only_what_it_asks() -> None:
    text = ("Natallia Kuzma was freed on Monday and taken to Lithuania. Within hours of her "
            "arrival, police visited her mother, Tamara Kuzma, and asked whether her daughter "
            "planned to give interviews.\n")
    assert ("persecuted_after_release", "Natallia Kuzma") in _claims(text, "en")
    text = "Relatives asked whether Oleg Danko had been released.\n"
    assert ("released", "Oleg Danko") not in _claims(text, "en")


def test_supervision_the_same_day_as_the_release_and_a_father_summoned() -> None:
    text = ("Ina Charnets was released on Friday at the end of her term and was placed under "
            "preventive police supervision the same day.\n")
    assert ("persecuted_after_release", "Ina Charnets") in _claims(text, "en")
    text = ("Pavel Leshchyn was freed and taken to Ukraine. He said police had summoned his "
            "father, Mikhail Leshchyn, for questioning about his son's contacts.\n")
    assert ("persecuted_after_release", "Pavel Leshchyn") in _claims(text, "en")


def test_belarusian_visits_told_verb_first_and_warnings() -> None:
    text = ("Віктар Клімчук, пчаляр з-пад Ліды, адбыў тры гады і вызваліўся ў аўторак. Ужо на "
            "гэтым тыдні да Клімчука двойчы прыходзіў участковы.\n")
    assert ("persecuted_after_release", "Віктар Клімчук") in _claims(text, "be")
    text = ("Былую палітвязніцу Алену Кірэйчык, якая вызвалілася ў лютым, выклікалі ў "
            "пракуратуру і вынеслі ёй афіцыйнае папярэджанне.\n")
    assert ("persecuted_after_release", "Алена Кірэйчык") in _claims(text, "be")


def test_family_coming_to_the_gate_is_no_visit_by_officers() -> None:
    text = ("Нину Гребенюк освободили в мае. Встречать её у ворот пришли муж и двое "
            "сыновей.\n")
    assert ("persecuted_after_release", "Нина Гребенюк") not in _claims(text, "ru")


def test_belarusian_cell_words_and_given_names() -> None:
    text = "Аліну Марозік у жодзінскім СІЗА змясцілі ў карцар на 10 сутак.\n"
    assert ("solitary_confinement", "Аліна Марозік") in _claims(text, "be")
    text = ("Ігара Каралевіча змясцілі ў памяшканне камернага тыпу на шэсць месяцаў.\n")
    assert ("solitary_confinement", "Ігар Каралевіч") in _claims(text, "be")
    text = "На гэтым тыдні журналістку Алу Мацкевіч зноў змясцілі ў ШІЗА.\n"
    assert ("solitary_confinement", "Ала Мацкевіч") in _claims(text, "be")


def test_but_is_not_a_given_name() -> None:
    text = ("Марыю Станкевіч асудзілі на 11 гадоў. Наш тата верыць, што яе памілуюць. Але Марыя "
            "ніколі не пісала прашэння.\n")
    assert not any(name.startswith("Ала") for _, name in _claims(text, "be"))


def test_a_quote_broken_by_its_speaker_gives_him_the_first_person() -> None:
    text = ("Раман Дубік, настаўнік з Віцебска, выйшаў з калоніі 12 чэрвеня.\n\n«Мяне затрымалі ў "
            "чэрвені 2022-га і праз два дні прад'явілі абвінавачванне, — расказвае ён. — За тое, "
            "што я стаяў у ланцугу».\n\nЗа чатыры гады Дубіка перавозілі некалькі разоў.\n")
    claims = _claims(text, "be")
    assert ("detained", "Раман Дубік") in claims
    assert ("charged", "Раман Дубік") in claims
    assert ("transferred", "Раман Дубік") in claims


def test_died_in_the_hospital_for_convicts() -> None:
    text = ("63-летний Валентин Гайдаш умер 24 февраля в республиканской больнице для осуждённых "
            "в Минске.\n")
    assert ("died_in_custody", "Валентин Гайдаш") in _claims(text, "ru")


def test_a_paragraph_quote_after_a_paragraph_about_one_person_is_hers() -> None:
    text = ("Yanina Astrov, 31, a former teacher from Barysau, has been in Vilnius for six days. "
            "She spent four years in prison.\n\n"
            "\"They detained me on 16 April 2021, on my way to work. A week later I was charged "
            "under Article 342.\"\n")
    claims = _claims(text, "en")
    assert ("detained", "Yanina Astrov") in claims
    assert ("charged", "Yanina Astrov") in claims


def test_n_more_walked_free_is_a_batch_but_not_a_date() -> None:
    text = "In September, 52 people were released. And on 13 December, 88 more walked free.\n"
    counts = sorted(c["count"] for c in extract(text, published=PUB, lang="en")["claims"]
                    if c["type"] == "group_release")
    assert counts == [52, 88]
    text = "Указ о помиловании подписали ещё 27 сентября, а освобождены 30 человек.\n"
    counts = [c["count"] for c in extract(text, published=PUB, lang="ru")["claims"]
              if c["type"] == "group_release"]
    assert counts == [30]


def test_deaths_listed_after_a_colon() -> None:
    text = ("Two political prisoners died in custody in 2024, according to the centre: Viachaslau "
            "Hulak, in the Mahiliou prison in January, and Mikhas Lapach, 71, in the Babruysk "
            "colony hospital in August.\n")
    claims = _claims(text, "en")
    assert ("died_in_custody", "Viachaslau Hulak") in claims
    assert ("died_in_custody", "Mikhas Lapach") in claims


def test_his_wifes_release_is_the_wife_of_the_man_named_in_the_sentence() -> None:
    text = ("В декабре освобождена Надежда Круглова. Слухи о том, что освобождена журналистка "
            "Анна Бельченко, не подтвердились: она по-прежнему находится в колонии. Не "
            "освобождён и Виктор Круглов, хотя его семья рассчитывала на это после освобождения "
            "жены.\n")
    assert ("released", "Анна Бельченко") not in _claims(text, "ru")


def test_an_officials_denial_past_a_relatives_quote() -> None:
    text = ("Леонид Шевчин умер в тюремной больнице. По словам дочери, в июне его на десять суток "
            "поместили в ШИЗО.\n\n«Папа писал, что ему плохо. Мы отправляли жалобы», — говорит "
            "Анастасия.\n\nПресс-секретарь департамента назвал эти сведения «домыслами».\n")
    assert ("solitary_confinement", "Леонид Шевчин") not in _claims(text, "ru")


def test_an_expected_transfer_and_a_generic_new_case_are_no_claims() -> None:
    text = ("Дарью Шумилову приговорили к пяти годам. Ожидается, что после вступления приговора в "
            "силу Шумилову этапируют в гомельскую колонию.\n")
    assert ("transferred", "Дарья Шумилова") not in _claims(text, "ru")
    text = ("Kiryl Bandar walked out of the colony on 9 January. A week later I went to Poland, "
            "he says, because I know what happens to people who stay: they get a new case "
            "within a month.\n")
    assert ("persecuted_after_release", "Kiryl Bandar") not in _claims(text, "en")


def test_feared_supervision_and_a_claim_by_an_unnamed_former_prisoner() -> None:
    text = ("Раман Лабанок вызваліўся ў красавіку. Сваякі баяцца, што Лабанка могуць паставіць пад "
            "прэвентыўны нагляд.\n")
    assert ("persecuted_after_release", "Раман Лабанок") not in _claims(text, "be")
    text = ("Кірыл Сасноў асуджаны на пяць гадоў. Былы вязень, які вызваліўся сёлета, сцвярджае, "
            "што Сасноў некалькі месяцаў правёў у ПКТ.\n")
    claims = _claims(text, "be")
    assert ("solitary_confinement", "Кірыл Сасноў") not in claims
    assert ("sentenced", "Кірыл Сасноў") in claims


def test_his_client_is_the_one_whose_lawyer_speaks() -> None:
    text = ("Officers detained Viktar Lapit and Maryia Sheuch. Lapit's lawyer said on Wednesday "
            "that his client had been charged under Article 361-2.\n")
    claims = _claims(text, "en")
    assert ("charged", "Viktar Lapit") in claims
    assert ("charged", "Maryia Sheuch") not in claims


def test_a_counted_part_of_the_batch_all_of_whom_were_pardoned_is_no_new_batch() -> None:
    text = ("У аўторак беларускія ўлады вызвалілі 40 палітвязняў. Усіх іх памілавалі ўказам, а 36 "
            "чалавек у той жа дзень вывезлі на мяжу і перадалі ўкраінскаму боку.\n")
    counts = [c["count"] for c in extract(text, published=PUB, lang="be")["claims"]
              if c["type"] == "group_release"]
    assert counts == [40]


def test_a_relative_clause_subject_does_not_join_the_object_named_before_it() -> None:
    text = ("Организации прекратили признание политзаключённым Юрия Стасюкова, которого они же "
            "признали в 2022 году. Среди признанных ранее — Назар Пашкин.\n")
    withdrawn = {name for kind, name in _claims(text, "ru") if kind == "recognition_withdrawn"}
    assert withdrawn == {"Юрий Стасюков"}


def test_a_fact_checks_viral_list_and_its_still_inside_label() -> None:
    text = ("A pardon decree was signed and ten prisoners were let out on Friday.\n\n"
            "Not freed at all. Fiodar Lahunou is on the graphic too. His lawyer says his release "
            "date is more than two years away.\n\n"
            "A name that should never have been there. Hleb Kurylau appears as \"freed\".\n\n"
            "Still inside. The post names Alesia Krauch among the freed.\n")
    claims = _claims(text, "en")
    for name in ("Fiodar Lahunou", "Hleb Kurylau", "Alesia Krauch"):
        assert ("released", name) not in claims, name


def test_two_of_the_ten_after_a_colon_are_members() -> None:
    text = ("Ten prisoners were freed on Friday. Their families have confirmed two of the ten: "
            "the musician Zianon Barkou and the nurse Volha Shypil.\n")
    claims = _claims(text, "en")
    assert ("released", "Zianon Barkou") in claims
    assert ("released", "Volha Shypil") in claims


def test_our_earlier_wrong_report_and_those_who_stayed_in_belarus() -> None:
    text = ("Помилованы 16 человек. Поправка: ранее мы сообщили, что среди помилованных — "
            "журналистка Лариса Гурина. Это неверно.\n")
    assert not any(name == "Лариса Гурина" for _, name in _claims(text, "ru"))
    text = ("Памілаваныя 20 чалавек, іх вывезлі ў Літву. Сярод тых, хто застаўся ў Беларусі, — "
            "пенсіянерка з Навагрудка Антаніна Лукашык.\n")
    assert "Антаніна Лукашык" not in deported_countries(text, "be", PUB)


def test_a_father_taken_for_a_talk_and_let_go_after_questioning() -> None:
    text = ("В квартире родителей Максима Зенько, который после освобождения уехал в Вильнюс, "
            "идёт обыск. Отца, Антона Зенько, увезли в РУВД «для беседы». Вечером Антона Зенько "
            "отпустили после четырёх часов допроса.\n")
    assert not any(name == "Антон Зенько" for _, name in _claims(text, "ru"))


def test_a_row_a_sister_says_is_wrong_and_a_cell_the_department_denies() -> None:
    text = ("Row 414 says Daryna Sauch was freed in May. Her sister told us that is wrong: she "
            "is serving her term in Homiel.\n")
    assert ("released", "Daryna Sauch") not in _claims(text, "en")
    text = ("Николай Дубов умер в колонии. Департамент исполнения наказаний отрицает, что "
            "Дубова незадолго до смерти держали в ШИЗО.\n")
    assert ("solitary_confinement", "Николай Дубов") not in _claims(text, "ru")
