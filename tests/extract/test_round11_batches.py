"""Round 11: timelines that keep their person, batches named far from their count, corrections
further down a report, relayed lists, collective subjects ("All five were detained"), and
batches split between two countries. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

from volia.extract import extract
from volia.extract.when import find_dates

PUB = date(2025, 6, 10)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def _countries(text: str, lang: str) -> dict[str, str | None]:
    return deported_countries(text, lang, PUB)


# -- timelines -------------------------------------------------------------------------------

TIMELINE = "\n\n".join([
    "The case of Arkadz Vinnik",
    "Arkadz Vinnik, 44, a baker from Lida, was freed last week.",
    "2 March 2023 - Detained at home after police read his old posts.",
    "His sister, Olga Vinnik, is questioned the same evening.",
    "9 March 2023 - Charged under Article 342.",
    "August 2023 - Transferred to penal colony No. 1 in Navapolatsk.",
    "January 2024 - Spends two weeks in the punishment cell.",
]) + "\n"


def test_timeline_entries_keep_the_person_of_the_timeline() -> None:
    claims = _claims(TIMELINE, "en")
    for kind in ("detained", "charged", "transferred", "solitary_confinement"):
        assert (kind, "Arkadz Vinnik") in claims, kind
    assert ("detained", "Olga Vinnik") not in claims


def test_a_bare_month_and_year_is_a_month() -> None:
    found = find_dates("August 2023 - Transferred. «Сакавік 2024 — этап»", PUB)
    assert [(d.value.year, d.value.month) for d in found] == [(2023, 8), (2024, 3)]


# -- names joined across their descriptions --------------------------------------------------

def test_two_names_with_their_own_descriptions_share_the_verb() -> None:
    text = ("Lena Vashkevich, a nurse convicted in 2021, and Piotr Hlinski, a retired bus "
            "driver, were freed and driven to the Polish border on Monday.\n")
    claims = _claims(text, "en")
    assert ("released", "Lena Vashkevich") in claims
    assert ("released", "Piotr Hlinski") in claims
    assert ("sentenced", "Lena Vashkevich") in claims


def test_a_verb_inside_the_second_description_is_the_second_persons() -> None:
    text = ("Also taken to Vilnius were Hanna Sarokina, an editor, and Ihar Pratasevich, a "
            "trade unionist who, friends say, spent a year in solitary confinement.\n")
    claims = _claims(text, "en")
    assert ("solitary_confinement", "Ihar Pratasevich") in claims
    assert ("solitary_confinement", "Hanna Sarokina") not in claims


# -- members of a batch ----------------------------------------------------------------------

def test_among_the_counted_batch_and_a_named_border_crossing() -> None:
    text = ("Seven prisoners were released on Tuesday and handed over at the Medininkai "
            "border crossing.\n\nAmong the seven is Raman Tsikhanau, a 40-year-old welder.\n")
    claims = _claims(text, "en")
    assert ("released", "Raman Tsikhanau") in claims
    assert _countries(text, "en").get("Raman Tsikhanau") == "LT"


def test_russian_list_after_a_batch_and_a_member_named_far_below() -> None:
    text = ("В пятницу власти освободили 12 заключённых, и все они были вывезены в Литву.\n\n"
            "В списке — Олег Мартинович, 50-летний инженер.\n\n"
            "Переговоры шли несколько месяцев. Подробности не раскрываются. Посол "
            "отказался от комментариев.\n\n"
            "Среди освобождённых есть и гражданка Латвии Инга Озола.\n")
    countries = _countries(text, "ru")
    assert countries.get("Олег Мартинович") == "LT"
    assert countries.get("Инга Озола") == "LT"


def test_they_include_after_a_count_named_again() -> None:
    text = ("Belarus freed 19 prisoners on Saturday. All of them were driven to the "
            "Lithuanian border.\n\nThe talks took months. Nobody would say what was agreed. "
            "Officials declined to comment.\n\nSo far 6 of the 19 have been named. They "
            "include the poet Vera Lahun and the farmer Ales Shyla.\n")
    claims = _claims(text, "en")
    assert ("released", "Vera Lahun") in claims
    assert _countries(text, "en").get("Ales Shyla") == "LT"


def test_members_announced_then_profiled_in_the_same_paragraph() -> None:
    text = ("Six people held in Belarus were driven to the Polish border on Monday and "
            "handed over to Polish officials.\n\nTwo of them agreed to be named. Ruslan "
            "Kavalenka, 51, a mechanic, had served two years. Maryna Zhuk, 60, a librarian, "
            "was arrested in 2023.\n")
    claims = _claims(text, "en")
    assert ("released", "Ruslan Kavalenka") in claims
    assert ("released", "Maryna Zhuk") in claims
    assert _countries(text, "en").get("Maryna Zhuk") == "PL"


def test_a_batch_split_between_two_countries_gives_each_member_their_own() -> None:
    text = ("Учора з калоній вызвалілі 30 палітвязняў. 24 чалавекі перадалі Украіне, "
            "шасцёра апынуліся ў Літве.\n\nВядома пра некалькі чалавек.\n\n"
            "Ганна Леўчук, настаўніца з Оршы, цяпер у Вільні.\n\n"
            "Рыгор Сідорык, будаўнік, таксама ва Украіне.\n")
    countries = _countries(text, "be")
    assert countries.get("Ганна Леўчук") == "LT"
    assert countries.get("Рыгор Сідорык") == "UA"


def test_a_small_part_sent_abroad_is_not_the_whole_batch() -> None:
    text = ("Помилованы ещё восемь политзаключённых, одного вывезли в Польшу.\n\n"
            "Известны имена двоих. Ольга Лапко, учительница из Орши, вернулась домой.\n\n"
            "Второй — Пётр Маслов, фермер.\n")
    claims = _claims(text, "ru")
    assert ("released", "Ольга Лапко") in claims
    assert ("released", "Пётр Маслов") in claims
    assert "Ольга Лапко" not in _countries(text, "ru")


def test_collective_subject_after_the_names() -> None:
    text = ("The court sentenced Ivan Lis and Pavel Rak to nine years, and Oleg Sauka to "
            "seven.\n\nAll three were detained in May 2024 and were charged with treason.\n")
    claims = _claims(text, "en")
    for name in ("Ivan Lis", "Pavel Rak", "Oleg Sauka"):
        assert ("detained", name) in claims, name
        assert ("charged", name) in claims, name


# -- safety ----------------------------------------------------------------------------------

def test_a_later_correction_undoes_an_earlier_release() -> None:
    text = ("10:05 Relatives say Stsiapan Klimau was among those freed this morning.\n\n"
            "12:40 Correction: Stsiapan Klimau was not among those freed. His lawyer saw him "
            "in the colony.\n")
    claims = _claims(text, "en")
    assert ("released", "Stsiapan Klimau") not in claims


def test_still_in_the_colony_earlier_in_a_timeline_keeps_a_later_release() -> None:
    text = "\n\n".join([
        "Timeline: the case of Mikhail Shuba",
        "Mikhail Shuba, 39, was freed on 3 May 2025.",
        "July 2024 - A blogger claims he was pardoned.",
        "His lawyer says he is still in the colony.",
    ]) + "\n"
    assert ("released", "Mikhail Shuba") in _claims(text, "en")


def test_a_list_shared_on_telegram_and_a_fact_check_claim() -> None:
    text = ("THE CLAIM: A list shared thousands of times on Telegram says Zoya Pankova and "
            "Leu Marozau were pardoned and released.\n\nOUR VERDICT: False.\n")
    claims = _claims(text, "en")
    assert ("released", "Zoya Pankova") not in claims
    assert ("pardoned", "Leu Marozau") not in claims


def test_comments_posted_on_social_media_are_the_offence_not_a_rumour() -> None:
    text = ("A court in Hrodna sentenced Volha Shyla to three years for comments posted on "
            "social media.\n")
    assert ("sentenced", "Volha Shyla") in _claims(text, "en")


def test_russian_social_media_rumour_and_clause_negation() -> None:
    text = ("В соцсетях широко разошлось сообщение, что освобождён и Андрей Клим.\n\n"
            "По словам родных, в ШИЗО после этапа Сергея Дуду не помещали.\n")
    claims = _claims(text, "ru")
    assert ("released", "Андрей Клим") not in claims
    assert ("solitary_confinement", "Сергей Дуда") not in claims


def test_whoever_left_the_colony_is_nobody_named() -> None:
    text = ("Её брат Тимур Гаврилов, который живёт в Варшаве, просит всех, кто недавно вышел "
            "из колонии, связаться с ним.\n")
    assert ("released", "Тимур Гаврилов") not in _claims(text, "ru")


def test_fellow_prisoners_who_were_released_are_not_the_dead_man() -> None:
    text = ("Anton Kul died in custody on 2 May. He was beaten, according to fellow "
            "prisoners who have since been released.\n")
    claims = _claims(text, "en")
    assert ("died_in_custody", "Anton Kul") in claims
    assert ("released", "Anton Kul") not in claims


def test_a_case_opened_in_absentia_is_pressure_not_a_charge() -> None:
    text = ("Nadzeya Kruk, who was freed in 2023 and lives in Vilnius, learned that a new "
            "criminal case had been opened against her in absentia.\n")
    claims = _claims(text, "en")
    assert ("persecuted_after_release", "Nadzeya Kruk") in claims
    assert ("charged", "Nadzeya Kruk") not in claims


def test_a_charge_in_absentia_said_in_words_is_a_charge() -> None:
    text = ("Maksim Dub, freed and taken to Poland in 2024, was charged in absentia in April "
            "with calling for sanctions.\n")
    assert ("charged", "Maksim Dub") in _claims(text, "en")


def test_running_totals_and_ends_of_terms_are_no_batch() -> None:
    text = ("Previous pardons over the past 18 months have freed more than 250 people.\n\n"
            "Three political prisoners left colonies this week after serving their "
            "sentences in full.\n")
    out = extract(text, published=PUB, lang="en")
    assert not [c for c in out["claims"] if c["type"] == "group_release"]


def test_a_prisoner_still_serving_is_no_member_of_the_freed_batch() -> None:
    text = ("On 25 August, 40 political prisoners were pardoned and driven to Lithuania. "
            "Among them was Ales Pushkin. Tsimafei Rak, a carpenter serving seven years, "
            "wrote to us from the colony.\n")
    claims = _claims(text, "en")
    assert ("released", "Ales Pushkin") in claims
    assert ("released", "Tsimafei Rak") not in claims


def test_the_embassy_country_is_not_the_destination() -> None:
    text = ("Four prisoners were freed and driven to the Lithuanian border on Friday. They "
            "were later taken to the US embassy in Vilnius.\n\nAmong them was Ihar Losik.\n")
    assert _countries(text, "en").get("Ihar Losik") == "LT"


# -- later in the round ----------------------------------------------------------------------

def test_an_interview_opened_by_we_talked() -> None:
    text = ("\"I ate the whole box\"\n\nMaksim Luty spent three years in prisons. On 2 June he "
            "was freed. We talked in his garden.\n\nYou were arrested in 2021. What for?\n"
            "For a comment. I got four years.\n\nWhat was the hardest?\n"
            "I was transferred to Shklou in 2022.\n")
    claims = _claims(text, "en")
    for kind in ("detained", "sentenced", "transferred"):
        assert (kind, "Maksim Luty") in claims, kind


def test_the_belarusians_are_and_the_opening_count() -> None:
    text = ("Three prisoners — a Latvian and two Belarusians — were freed on Friday and "
            "driven to the Lithuanian border.\n\nThe Belarusians are Zmitser Kul, a driver, and "
            "Alena Ros, a nurse.\n")
    out = extract(text, published=PUB, lang="en")
    counts = {c["count"] for c in out["claims"] if c["type"] == "group_release"}
    assert counts == {3}
    assert _countries(text, "en").get("Alena Ros") == "LT"


def test_a_question_answered_with_a_count() -> None:
    text = ("How many people were freed?\nNineteen, the presidential office said.\n")
    out = extract(text, published=PUB, lang="en")
    assert [c["count"] for c in out["claims"] if c["type"] == "group_release"] == [19]


def test_the_three_who_are_known_are() -> None:
    text = ("On Friday twelve prisoners were driven to the Lithuanian border and handed over "
            "to diplomats.\n\nThe three who are known are Oleg Rak, a cameraman; Nina Sova, "
            "a pensioner; and Ivan Kit, a driver.\n")
    countries = _countries(text, "en")
    assert countries.get("Nina Sova") == "LT"
    assert countries.get("Ivan Kit") == "LT"


def test_russian_also_free_and_those_who_ended_up_in_lithuania() -> None:
    text = ("В пятницу освобождены 20 политзаключённых, всех вывезли в Литву.\n\n"
            "Среди освобождённых — журналист Игорь Лис. Также свободны студентка Анна Шило и "
            "пенсионер Борис Кот.\n\nПереговоры шли долго. Посол отказался от комментариев. "
            "Детали не раскрываются.\n\nСреди тех, кто оказался в Литве, — Вера Гук.\n")
    claims = _claims(text, "ru")
    assert ("released", "Анна Шило") in claims
    assert ("released", "Борис Кот") in claims
    assert _countries(text, "ru").get("Вера Гук") == "LT"


def test_names_published_including_and_one_of_them() -> None:
    text = ("12 March — 30 people are pardoned and released. Viasna has published six of their "
            "names, including the driver Oleg Kot and the teacher Nina Bulka.\n\n"
            "2 April — One of them, Oleg Kot, is detained again.\n")
    claims = _claims(text, "en")
    for kind in ("pardoned", "released"):
        assert (kind, "Nina Bulka") in claims, kind
    assert ("detained", "Oleg Kot") in claims


def test_an_embedded_question_in_a_member_description_is_no_hedge() -> None:
    text = ("Belarus released 20 prisoners on Thursday and drove them to the Lithuanian "
            "border.\n\nAmong those who crossed into Lithuania were Ivan Saley, whose mother had "
            "campaigned to find out whether he was alive, and Olga Rud, a nurse.\n")
    assert _countries(text, "en") == {"Ivan Saley": "LT", "Olga Rud": "LT"}


def test_a_conviction_without_a_term_and_a_term_served_out() -> None:
    ru = ("Андрея Клима, осуждённого по «делу железнодорожников», перевели в ПКТ.\n\n"
          "В пятницу, полностью отбыв срок, вышла на свободу Нина Рак.\n")
    claims = _claims(ru, "ru")
    assert ("sentenced", "Андрей Клим") in claims
    assert ("sentenced", "Нина Рак") in claims
    en = "Pavel Rusak was released in May at the end of his sentence.\n"
    assert ("sentenced", "Pavel Rusak") in _claims(en, "en")


def test_wrong_reports_and_releases_hoped_for() -> None:
    text = ("Posts on social media last week wrongly reported that Ivan Sych had been freed.\n\n"
            "Reports on several Telegram channels that the economist Oleg Dub had been freed "
            "prove false.\n\nShe said she would not rest until her co-defendant, Pavel Lin, is "
            "also freed.\n\nSome early media reports listed Anna Bel among those freed.\n")
    claims = _claims(text, "en")
    for name in ("Ivan Sych", "Oleg Dub", "Pavel Lin", "Anna Bel"):
        assert ("released", name) not in claims, name


def test_a_source_who_was_released_is_not_the_prisoner() -> None:
    text = ("Timeline: the case of Vera Sokal\n\nMarch 2024 — Vera Sokal is sent to the "
            "punishment cell, according to a woman released from the same colony.\n")
    claims = _claims(text, "en")
    assert ("solitary_confinement", "Vera Sokal") in claims
    assert ("released", "Vera Sokal") not in claims


def test_a_release_only_planned_and_members_taken_home() -> None:
    be = ("Тэрмін Кірыла Сямашкі павінен скончыцца ў 2028 годзе. Сябры ўжо плануюць яго "
          "першую выставу пасля вызвалення.\n")
    assert ("released", "Кірыл Сямашка") not in _claims(be, "be")
