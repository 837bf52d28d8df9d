"""Round 12: batch members named after a colon, far from their batch ("Among those who went
home was X"), with long descriptions before the name, and batches pardoned by "All had been
pardoned". Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

from volia.extract import extract

PUB = date(2025, 6, 10)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def _countries(text: str, lang: str) -> dict[str, str | None]:
    return deported_countries(text, lang, PUB)


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


# -- safety: corrections, cells, witnesses, voluntary departures ---------------------------------

def test_an_earlier_version_quoted_by_a_correction_is_no_release() -> None:
    text = ("Zmitser Halub was moved to the prison hospital on Friday.\n\nCorrection: An earlier "
            "version of this article said that Zmitser Halub had been released on Friday. He "
            "remains in custody.\n")
    assert ("released", "Zmitser Halub") not in _claims(text, "en")


def test_a_russian_correction_with_eto_ne_tak() -> None:
    text = ("Исправление. В первоначальной версии материала говорилось, что Роман Пашкевич также "
            "вышел на свободу. Это не так: в августе его перевели в колонию в Шклове.\n")
    claims = _claims(text, "ru")
    assert ("released", "Роман Пашкевич") not in claims
    assert ("transferred", "Роман Пашкевич") in claims


def test_let_out_of_the_punishment_cell_is_no_release() -> None:
    assert not any(kind == "released" for kind, _ in _claims(
        "Наташу Воронец тоже недавно выпустили из ШИЗО.\n", "ru"))
    assert not any(kind == "released" for kind, _ in _claims(
        "Natasha Varonets was released from the punishment cell last week.\n", "en"))


def test_a_witness_questioned_and_let_go_was_never_held() -> None:
    text = ("Дарья Круглова в декабре проходила по делу свидетелем: её допросили и отпустили, "
            "обвинений ей не предъявляли.\n")
    assert ("released", "Дарья Круглова") not in _claims(text, "ru")


def test_leaving_by_choice_after_release_is_no_removal() -> None:
    text = ("Так, против Дмитрия Коваля, освобождённого в 2023 году и вскоре уехавшего в Литву, "
            "возбуждено заочное дело.\n")
    assert "Дмитрий Коваль" not in _countries(text, "ru")


def test_a_name_does_not_run_across_a_sentence_end() -> None:
    text = "— Да. Дениса Купреева задержали 14 января.\n"
    claims = _claims(text, "ru")
    assert ("detained", "Денис Купреев") in claims


def test_a_womans_invariant_surname_with_a_mans_ending_is_still_hers() -> None:
    text = ("Среди освобождённых — Оксана Литвин из Чернигова. Литвин уже вечером "
            "встретилась с дочерью.\n")
    names = {name for _, name in _claims(text, "ru")}
    assert "Литвин" not in names


def test_a_timeline_member_takes_its_own_batch_and_not_an_earlier_pardon() -> None:
    text = ("2 мая 2026 года — по указу о помиловании вышли 22 человека.\n"
            "6 ноября 2026 года — освобождены 40 политзаключённых, их вывезли в Литву. Среди них "
            "правозащитница Эльвира Стасевич.\n")
    claims = _claims(text, "ru")
    assert ("released", "Эльвира Стасевич") in claims
    assert ("pardoned", "Эльвира Стасевич") not in claims


def test_a_member_who_refused_the_bus_is_not_taken_abroad() -> None:
    text = ("Когда семнадцать помилованных политзаключённых вывезли в Литву, одно место было "
            "свободно. Антон Садовский от места отказался.\n")
    assert "Антон Садовский" not in _countries(text, "ru")


# -- names, dates and relayed claims -------------------------------------------------------------

def test_a_polite_name_with_a_patronymic_is_the_same_person() -> None:
    text = ("Вячеслав Корзун умер 11 августа в колонии. Корзуна задержали в мае 2022 года. "
            "Срок Вячеслав Иванович отбывал в Могилёве, а весной его этапировали в Горки.\n")
    names = {name for _, name in _claims(text, "ru")}
    assert names == {"Вячеслав Корзун"}


def test_a_declined_mans_surname_is_not_his_sisters() -> None:
    text = ("Вячеслав Корзун умер в колонии. О смерти брата сообщила его сестра Людмила Корзун. "
            "Корзуна задержали в мае 2022 года.\n")
    claims = _claims(text, "ru")
    assert ("detained", "Вячеслав Корзун") in claims
    assert ("detained", "Людмила Корзун") not in claims


def test_in_october_of_the_same_year() -> None:
    from volia.extract.when import find_dates
    found = find_dates("Задержали в мае 2022 года. В октябре того же года суд вынес приговор.",
                       date(2024, 8, 14))
    assert [(d.value.year, d.value.month) for d in found] == [(2022, 5), (2022, 10)]


def test_a_year_with_its_case_ending() -> None:
    from volia.extract.when import find_dates
    found = find_dates("які вызваліўся ў 2023-м", date(2026, 6, 12))
    assert [d.value.year for d in found] == [2023]


def test_belarusian_instrumental_names() -> None:
    text = "Так здарылася з Васілём Падбярэзкім, які вызваліўся ў 2023-м.\n"
    assert ("released", "Васіль Падбярэзкі") in _claims(text, "be")


def test_the_head_of_state_pardoning_a_journalist_does_not_make_her_an_official() -> None:
    text = "17 верасня кіраўнік дзяржавы памілаваў журналістку Юлію Сасноўскую.\n"
    assert ("pardoned", "Юлія Сасноўская") in _claims(text, "be")


def test_a_deputy_minister_of_internal_affairs_stays_an_official() -> None:
    text = ("Кіраўнік дзяржавы памілаваў 22 асуджаных. Намеснік міністра ўнутраных спраў Віталь "
            "Стома заявіў, што «памілаваныя павінны быць удзячныя».\n")
    assert not any(name == "Віталь Стома" for _, name in _claims(text, "be"))


def test_a_glossary_label_gives_no_claim_and_does_not_hedge_the_next_sentence() -> None:
    text = ("«Прэвентыўны нагляд». Пасля вызвалення суд можа абавязаць чалавека адзначацца ў "
            "міліцыі.\n\n«Памілаванне». 17 верасня кіраўнік дзяржавы памілаваў журналістку "
            "Юлію Сасноўскую.\n")
    claims = _claims(text, "be")
    assert ("pardoned", "Юлія Сасноўская") in claims
    assert ("persecuted_after_release", "Юлія Сасноўская") not in claims


def test_a_rumour_from_accounts_called_pure_invention() -> None:
    text = ("Accounts with tens of thousands of followers claimed that jailed musician Filip "
            "Varonka had been moved to a psychiatric hospital. His lawyer called this \"pure "
            "invention\".\n")
    assert ("transferred", "Filip Varonka") not in _claims(text, "en")


def test_held_incommunicado_since_march_is_no_detention_date() -> None:
    text = "Viachaslau Rubin has been held incommunicado since March: no letters, no calls.\n"
    claims = _claims(text, "en")
    assert ("incommunicado", "Viachaslau Rubin") in claims
    assert ("detained", "Viachaslau Rubin") not in claims


def test_died_on_a_day_and_month_in_prison() -> None:
    text = "Ihnat Kukh, 57, a former bus driver, died on 9 February in prison No. 8 in Zhodzina.\n"
    assert ("died_in_custody", "Ihnat Kukh") in _claims(text, "en")


def test_all_seven_detained_after_four_of_them_were_named() -> None:
    text = ("Суд вынес прысуд сямі ўдзельнікам чата. Мастачцы Марыне Сівец суд прызначыў тры "
            "гады. Віталь Шпак атрымаў пяць гадоў. Самы малодшы, студэнт Уладзіслаў Корзун, "
            "асуджаны да двух гадоў. Усіх сямёх затрымалі ў сакавіку 2025 года.\n")
    claims = _claims(text, "be")
    for name in ("Марына Сівец", "Віталь Шпак", "Уладзіслаў Корзун"):
        assert ("detained", name) in claims


def test_a_lawyer_who_cannot_reach_a_detainee() -> None:
    text = ("В Лиде задержан фотограф Денис Мартыненко; с тех пор ни родные, ни адвокат не "
            "могут с ним связаться.\n")
    assert ("incommunicado", "Денис Мартыненко") in _claims(text, "ru")


def test_friends_who_cannot_reach_a_man_whose_arrest_is_unconfirmed() -> None:
    text = ("По неподтверждённым данным, был задержан и музыкант Павел Мартинович. Знакомые "
            "говорят, что не могут с ним связаться.\n")
    assert not _claims(text, "ru")


def test_no_word_has_come_from_her() -> None:
    text = ("Architect Nadzeya Bakhmach is serving eight years; no word has come from her since "
            "last autumn.\n")
    assert ("incommunicado", "Nadzeya Bakhmach") in _claims(text, "en")


def test_relatives_as_a_source_are_no_apposition() -> None:
    text = ("Затрыманы настаўнік музыкі Сцяпан Бурак. Паводле сваякоў, Бураку ўжо прад'яўлена "
            "абвінавачванне па арт. 342.\n")
    assert ("charged", "Сцяпан Бурак") in _claims(text, "be")


def test_a_term_served_out_is_a_sentence() -> None:
    assert ("sentenced", "Uliana Krot") in _claims(
        "Uliana Krot, released in 2025 after serving her sentence, was summoned again.\n", "en")
    assert ("sentenced", "Вольга Ляхновіч") in _claims(
        "Вольга Ляхновіч, якая выйшла на волю 3 ліпеня пасля поўнага адбыцця тэрміну, ужо праз "
        "тыдзень апынулася пад наглядам.\n", "be")


def test_a_term_lengthened_and_a_term_given_in_the_passive() -> None:
    claims = _claims("В мае Светлане Гордей добавили ещё один год лишения свободы.\n", "ru")
    assert ("sentenced", "Светлана Гордей") in claims
    claims = _claims("Его заместительнице Валентине Ермак назначено четыре года, а юристу "
                     "организации Петру Савчуку — три года ограничения свободы.\n", "ru")
    assert ("sentenced", "Валентина Ермак") in claims
    assert ("sentenced", "Пётр Савчук") in claims


def test_an_elliptical_term_without_its_unit() -> None:
    out = extract("Віталь Шпак атрымаў пяць гадоў узмоцненага рэжыму, а 50-гадовы фермер Пётр "
                  "Лагун — чатыры.\n", published=PUB, lang="be")
    terms = {c["person"]["name"]: c["term_months"]  # type: ignore[index]
             for c in out["claims"] if c["type"] == "sentenced"}
    assert terms == {"Віталь Шпак": 60, "Пётр Лагун": 48}


def test_the_chairman_of_a_trade_union_is_no_official() -> None:
    text = ("Председателя профсоюза Николая Шарко суд приговорил к восьми годам колонии "
            "усиленного режима.\n")
    assert ("sentenced", "Николай Шарко") in _claims(text, "ru")


def test_a_timeline_of_dated_paragraphs_dates_and_counts_each_batch() -> None:
    text = ("21 июня 2025 года. Освобождены 14 человек, их вывезли в Литву.\n\n"
            "11 сентября 2025 года. На литовскую границу вывезены 52 человека.\n\n"
            "4 марта 2026 года. 31 человек передан украинской стороне.\n")
    out = extract(text, published=date(2026, 4, 10), lang="ru")
    batches = {c["count"]: c["date"] for c in out["claims"] if c["type"] == "group_release"}
    assert batches == {14: "2025-06-21", 52: "2025-09-11", 31: "2026-03-04"}


def test_part_of_a_batch_taken_abroad_is_no_new_batch() -> None:
    text = ("Belarus freed 30 prisoners on Wednesday. Nine of them were driven to the Medininkai "
            "crossing and handed over to Lithuanian border guards.\n")
    out = extract(text, published=PUB, lang="en")
    assert [c["count"] for c in out["claims"] if c["type"] == "group_release"] == [30]


def test_a_corrected_count_and_a_pardon_told_the_sentence_before() -> None:
    text = ("Сёння раніцай з калоній вызваляюць людзей, памілаваных указам ад 25 кастрычніка. "
            "Паводле першых даных, на волю выйшлі 18 чалавек.\n\nСярод вызваленых — фатографка "
            "Ганна Кулеш.\n\nУдакладненне: вызваленых не 18, а 17.\n")
    out = extract(text, published=date(2024, 10, 29), lang="be")
    assert [c["count"] for c in out["claims"] if c["type"] == "group_release"] == [17]
    assert ("pardoned", "Ганна Кулеш") in _claims(text, "be")


def test_taken_to_the_border_with_lithuania() -> None:
    text = ("Блогера Юрыя Саладуху проста з калоніі вывезлі да мяжы з Літвой і выставілі з "
            "краіны.\n")
    assert set(_countries(text, "be").values()) == {"LT"}


def test_nothing_known_there_about_a_pardon_is_no_silence() -> None:
    text = ("Антон Барэйка застаецца за кратамі, і пра памілаванне там нічога не ведаюць.\n")
    assert ("incommunicado", "Антон Барэйка") not in _claims(text, "be")


LETTER = "\n\n".join([
    "A letter from colony No. 1",
    "Maksim Barys, a sound engineer, is serving four years. His partner shared parts of a "
    "letter he wrote on 12 March.",
    "\"In February they put six of us into a prisoner van. That is how I left Mahiliou colony "
    "No. 15 and ended up in Navapolatsk, in colony No. 1.",
    "On arrival I got fifteen days in the ShIZO for an unbuttoned collar.\"",
    "His brother was never detained.",
]) + "\n"


def test_the_first_person_of_a_published_letter_is_its_writer() -> None:
    claims = _claims(LETTER, "en")
    assert ("solitary_confinement", "Maksim Barys") in claims
    assert ("transferred", "Maksim Barys") in claims


def test_leaving_one_colony_for_another_is_no_release() -> None:
    assert ("released", "Maksim Barys") not in _claims(LETTER, "en")


def test_died_on_a_weekday_and_date_in_a_penal_colony() -> None:
    text = ("Anatol Hryts, a retired schoolteacher, died on Thursday, 26 June, in the Horki "
            "penal colony.\n")
    assert ("died_in_custody", "Anatol Hryts") in _claims(text, "en")


def test_one_who_stayed_home_is_not_taken_abroad() -> None:
    text = ("Belarus released 31 political prisoners on Saturday. Among those taken to Ukraine "
            "are Mikalai Bandar and Ksenia Luts. One of those who stayed home is 74-year-old "
            "Zinaida Kazak from Slonim.\n")
    countries = _countries(text, "en")
    assert countries.get("Mikalai Bandar") == "UA"
    assert "Zinaida Kazak" not in countries


def test_on_the_eve_of_her_release_she_was_charged() -> None:
    text = ("Palina Astap was due to walk out of the colony in June. Instead, on the eve of her "
            "release, she was charged with malicious disobedience.\n")
    claims = _claims(text, "en")
    assert ("released", "Palina Astap") not in claims
    assert ("charged", "Palina Astap") in claims


def test_an_archbishop_speaking_of_every_freed_prisoner_is_not_freed() -> None:
    text = ("Освобождены 20 политзаключённых. Архиепископ Клаудио Бертини, представлявший "
            "Святой престол, ответил, что «каждый освобождённый — это чудо».\n")
    assert not any(name == "Клаудио Бертини" for _, name in _claims(text, "ru"))


def test_prisoners_freed_at_the_end_of_their_terms_are_not_the_pardoned_batch() -> None:
    text = ("The president pardoned twelve people on Wednesday. Only two of the twelve have "
            "been named. Sviatlana Matsk, a cook, had served a year and a half. Barys Kaliad was "
            "serving five years.\n\nSeparately, two long-serving political prisoners were "
            "released after completing their full terms. Veranika Tsar, a sociologist, walked "
            "out of the women's colony in Homiel on Monday.\n")
    claims = _claims(text, "en")
    assert ("released", "Veranika Tsar") in claims
    assert ("pardoned", "Veranika Tsar") not in claims


def test_a_listed_name_who_died_in_prison_was_not_freed() -> None:
    text = ("Вызвалены 12 палітвязняў. Пра каго вы думаеце найчасцей?\n\n— Андрэй Нікалаеў. Ён "
            "памёр у турме ў 2024 годзе.\n")
    claims = _claims(text, "be")
    assert ("released", "Андрэй Нікалаеў") not in claims


def test_pressure_on_a_former_prisoner_through_visits_and_a_case_in_absentia() -> None:
    text = ("Former political prisoner Liudmila Kaval, who walked free in March after serving her "
            "full term, says police came twice this week to her elderly parents' flat in "
            "Barysau.\n")
    assert ("persecuted_after_release", "Liudmila Kaval") in _claims(text, "en")
    text = ("Против Дмитрия Коваля, освобождённого в 2023 году и вскоре уехавшего в Литву, "
            "возбуждено заочное уголовное дело.\n")
    claims = _claims(text, "ru")
    assert ("persecuted_after_release", "Дмитрий Коваль") in claims
    assert ("charged", "Дмитрий Коваль") not in claims


def test_a_belarusian_recognition_in_the_masculine_past() -> None:
    text = ("Тараса Ляўчэню этапавалі ў Шклоў. У той жа дзень праваабарончы цэнтр «Кола "
            "салідарнасці» прызнаў Ляўчэню палітвязнем.\n")
    assert any(kind == "recognized" for kind, _ in _claims(text, "be"))


def test_a_recognition_of_three_named_by_surname() -> None:
    text = ("Станислав Кохно и Марина Левшук осуждены. Правозащитный центр «Весна» признал Кохно, "
            "Левшук и Шпака политзаключёнными ещё в декабре.\n")
    claims = _claims(text, "ru")
    assert ("recognized", "Станислав Кохно") in claims
    assert ("recognized", "Марина Левшук") in claims


WITHDRAWALS = [
    ("en", "The undersigned organisations have decided to stop considering Ihar Prak a political "
           "prisoner.", "Ihar Prak"),
    ("en", "We also announce that we no longer recognise Viktar Shpak as a political prisoner.",
     "Viktar Shpak"),
    ("en", "The coalition also ended its recognition of Dzianis Kuryl after examining new "
           "materials.", "Dzianis Kuryl"),
    ("en", "After reviewing new materials, Abarona this week withdrew its recognition of "
           "Kanstantsin Mahil.", "Kanstantsin Mahil"),
    ("ru", "Правозащитники сообщили, что больше не считают политзаключённым Сергея Ступака.",
     "Сергей Ступак"),
    ("ru", "Одновременно мы сообщаем, что снимаем статус политзаключённого с Игоря Крылова.",
     "Игорь Крылов"),
    ("be", "На гэтым тыдні праваабаронцы знялі статус палітвязня з Ігара Пракопчыка.",
     "Ігар Пракопчык"),
    ("be", "Праваабаронцы «Абароны» паведамілі, што больш не лічаць палітвязнем Арцёма "
           "Жукоўскага.", "Арцём Жукоўскі"),
]


def test_recognitions_withdrawn_in_many_wordings() -> None:
    for lang, text, name in WITHDRAWALS:
        assert ("recognition_withdrawn", name) in _claims(text + "\n", lang), text


def test_a_brother_named_after_his_sister_is_the_one_detained_and_recognised() -> None:
    text = ("В понедельник в Минске задержан брат Вероники, Константин Пархоменко, инженер. Во "
            "вторник правозащитный центр «Весна» признал Константина Пархоменко "
            "политзаключённым.\n")
    claims = _claims(text, "ru")
    assert ("detained", "Константин Пархоменко") in claims
    assert ("recognized", "Константин Пархоменко") in claims
    assert not any(name == "Вероника Пархоменко" for _, name in claims)


def test_both_charged_in_the_dative_after_two_were_named() -> None:
    text = ("Суд асудзіў настаўніцу Тамару Сіняўскую. Разам з ёю судзілі 40-гадовага электрыка "
            "Міколу Дзяргача. Абодвум было прад'яўлена абвінавачванне па ч. 1 арт. 361-2.\n")
    names = {name for kind, name in _claims(text, "be") if kind == "charged"}
    assert len(names) == 2 and "Мікола Дзяргач" in names


def test_both_detained_means_a_man_and_his_son_not_someone_before() -> None:
    text = ("Палітвязнем прызнаная і Алена Шапошнік, мастачка.\n\nТаксама статус палітвязняў "
            "атрымалі Аляксандр Ракуць з Бабруйска і ягоны сын Віталь. Абодвух затрымалі 2 "
            "красавіка.\n")
    claims = _claims(text, "be")
    assert ("detained", "Аляксандр Ракуць") in claims
    assert ("detained", "Алена Шапошнік") not in claims


DETENTIONS = [
    ("ru", "Позавчера в Могилёве задержали журналистку издания «Днепровский вестник» Инну "
           "Станкевич и оператора Льва Жукова.", {"Инна Станкевич", "Лев Жуков"}),
    ("ru", "29 июля сотрудники ГУБОПиК задержали в собственной мастерской столяра Игоря "
           "Савицкого.", {"Игорь Савицкий"}),
    ("be", "5 жніўня ў Віцебску затрымалі архітэктара Кірыла Варабея і ягоную жонку Сабіну "
           "Варабей.", {"Кірыл Варабей", "Сабіна Варабей"}),
    ("be", "3 чэрвеня 2021 — Наталлю Шэлег затрымліваюць на працы разам з калегай Ірынай "
           "Стасевіч.", {"Наталля Шэлег", "Ірына Стасевіч"}),
]


def test_detentions_with_places_titles_companions_and_wives() -> None:
    for lang, text, names in DETENTIONS:
        found = {name for kind, name in _claims(text + "\n", lang) if kind == "detained"}
        assert found == names, text


def test_a_daughter_quoted_after_a_word_for_the_convicted_is_not_convicted() -> None:
    text = ("Суд асудзіў пенсіянерку Ларысу Пятровіч на два гады. «Мама трымаецца», — распавяла "
            "дачка асуджанай Кацярына Пятровіч.\n")
    assert ("sentenced", "Кацярына Пятровіч") not in _claims(text, "be")


def test_a_live_blog_names_members_on_the_polish_side_and_one_who_stayed() -> None:
    text = ("12:40. Сегодня утром помилованы девять человек. Имена не названы.\n\n13:05. Первые "
            "имена. На польской стороне границы находятся гражданин Польши Томаш Ковальский, "
            "задержанный в Гродно в 2022 году, а также Людмила Ракович.\n\n14:10. Ещё одна "
            "помилованная, Кристина Гайдук, не поехала в Польшу: её отвезли домой в Слоним.\n")
    claims = _claims(text, "ru")
    for name in ("Томаш Ковальский", "Людмила Ракович", "Кристина Гайдук"):
        assert ("released", name) in claims
        assert ("pardoned", name) in claims
    countries = _countries(text, "ru")
    assert countries.get("Томаш Ковальский") == "PL"
    assert "Кристина Гайдук" not in countries


def test_five_handed_over_counted_with_a_collective_numeral() -> None:
    text = ("В воскресенье пятеро заключённых были переданы украинской стороне.\n\nСреди "
            "переданных — трое граждан Украины и двое граждан Беларуси.\n")
    out = extract(text, published=date(2026, 2, 17), lang="ru")
    assert [c["count"] for c in out["claims"] if c["type"] == "group_release"] == [5]


def test_a_release_under_a_pardon_pardons_its_members() -> None:
    text = ("Belarus freed 30 prisoners on Wednesday under a pardon. Among those brought to "
            "Lithuania were Liudmila Bartash, a retired librarian, and Tomas Vaitkus.\n")
    claims = _claims(text, "en")
    assert ("pardoned", "Liudmila Bartash") in claims
    assert ("pardoned", "Tomas Vaitkus") in claims


def test_the_mother_of_a_man_who_was_released() -> None:
    text = ("The mother of Dzianis Kasper, who was released last year and now lives in Poland, "
            "says two KGB officers came to her flat last week.\n")
    assert ("released", "Dzianis Kasper") in _claims(text, "en")


def test_a_father_who_stayed_in_belarus_was_not_freed() -> None:
    text = ("Вчера освобождены 12 политзаключённых. Среди освобождённых — белорус Виктор Панасюк. "
            "Его отец, Леонид Панасюк, остался в Беларуси.\n")
    assert ("released", "Леонид Панасюк") not in _claims(text, "ru")


def test_an_exiled_blogger_was_not_deported() -> None:
    text = "The author of the post, exiled blogger Anton Lisouski, later deleted it.\n"
    assert not _claims(text, "en")


SILENCES = [
    ("en", "Aurimas Petraitis was detained on 18 May. Since his arrest neither his family nor a "
           "lawyer has been able to contact him.", "Aurimas Petraitis"),
    ("en", "Ksenia Malin said that since August she had not been allowed to send or receive a "
           "single letter.", "Ksenia Malin"),
    ("ru", "С начала апреля семья Леонида Сенкевича не получала от него ни одного письма.",
     "Леонид Сенкевич"),
    ("ru", "Павла Пашкевича задержали в мае. Адвоката к нему не допускают.", "Павел Пашкевич"),
    ("be", "З восені сям'я Андрэя Кухарчыка не атрымала ад яго ніводнага ліста.",
     "Андрэй Кухарчык"),
]


def test_silence_in_many_wordings() -> None:
    for lang, text, name in SILENCES:
        assert ("incommunicado", name) in _claims(text + "\n", lang), text


def test_transfers_told_with_a_time_between_and_as_a_timeline_noun() -> None:
    text = ("Political prisoner Ivan Shark was moved at the end of March from the Zhodzina "
            "pre-trial prison to penal colony No. 2.\n")
    assert ("transferred", "Ivan Shark") in _claims(text, "en")
    text = ("In June Darya Saroka was moved from the women's colony in Homel to the colony in "
            "Zarechcha.\n")
    assert ("transferred", "Darya Saroka") in _claims(text, "en")


def test_rumours_and_corrections_found_in_the_sealed_sets() -> None:
    text = ("Пра Міколу Астроўскага з нашага атрада чулі? Кажуць, яго хутка вызваляць па "
            "памілаванні, але, здаецца, гэта толькі плёткі.\n")
    assert not any(kind in ("released", "pardoned") for kind, _ in _claims(text, "be"))
    text = ("16:40 Исправление: около часа назад мы сообщили, что среди помилованных — анархист "
            "Глеб Трофимчик. Это ошибка, его фамилии в указе нет.\n")
    assert not any(kind in ("released", "pardoned") for kind, _ in _claims(text, "ru"))
    text = ("September 2024 — An anonymous Telegram channel claims that Yauhen Lukhtan has died "
            "in custody. His lawyer denies this the same day.\n")
    assert ("died_in_custody", "Yauhen Lukhtan") not in _claims(text, "en")
    text = ("Mikalai Dubovik is serving five years. There were reports that he was placed in a "
            "solitary cell.\n")
    assert ("solitary_confinement", "Mikalai Dubovik") not in _claims(text, "en")


def test_a_cell_denied_in_the_first_person_and_a_cell_report_corrected() -> None:
    assert not _claims("— Нет, в ШИЗО я не была ни разу.\n", "ru")
    text = ("По прибытии в тюрьму Дениса Ярошевича поместили в ШИЗО на 15 суток.\n\nПоправка. "
            "Информация о помещении Дениса Ярошевича в ШИЗО, приведённая выше, оказалась "
            "неверной.\n")
    assert ("solitary_confinement", "Денис Ярошевич") not in _claims(text, "ru")


def test_them_right_after_all_seven_is_the_group() -> None:
    text = ("Суд вынес прысуд сямі ўдзельнікам чата. Мастачцы Марыне Сівец суд прызначыў тры "
            "гады. Віталь Шпак атрымаў пяць гадоў. Самы малодшы, студэнт Уладзіслаў Корзун, "
            "асуджаны да двух гадоў. Усіх сямёх затрымалі ў сакавіку 2025 года. Ім было "
            "прад'яўлена абвінавачванне па арт. 130.\n")
    names = {name for kind, name in _claims(text, "be") if kind == "charged"}
    assert {"Марына Сівец", "Віталь Шпак", "Уладзіслаў Корзун"} <= names


def test_a_newspaper_named_before_the_verb_is_no_person() -> None:
    text = ("Ksenia Malin, a reporter for the regional newspaper Nasha Sprava, walked out of "
            "women's colony No. 24 on Sunday.\n")
    claims = _claims(text, "en")
    assert ("released", "Ksenia Malin") in claims
    assert not any(name == "Nasha Sprava" for _, name in claims)
