"""Round 20: prisoners who stayed or refused the way out are not removed abroad however the
removal was first read; a list of those still held is not a list of the freed; totals over a
year are no batch; and a few more ways of saying a rumour, a request or a death outside.
Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

PUB = date(2025, 12, 1)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _claims(text: str) -> list[dict]:
    from volia.extract import extract

    return extract(text, published=PUB, lang="en")["claims"]  # type: ignore[return-value]


def test_one_of_a_batch_who_refused_to_be_taken_abroad_stays_released_only() -> None:
    text = ("Fourteen political prisoners were freed on Saturday and taken to Lithuania. Among "
            "those taken to Lithuania were Aliaksei Hrusha and Palina Drozd. The fourteenth, "
            "Mikhas Tsvirka, refused to be taken abroad and was released in Hrodna.")
    countries = deported_countries(text, "en", PUB)
    assert countries == {"Aliaksei Hrusha": "LT", "Palina Drozd": "LT"}
    assert "Mikhas Tsvirka" in _people(text, "en", "released")


def test_an_offer_to_leave_turned_down_in_russian_and_belarusian() -> None:
    ru = ("Двадцать человек помиловали и вывезли в Литву. Вера Гришкевич тоже вышла на свободу "
          "в понедельник. Ей предлагали уехать, но она отказалась и осталась в стране.")
    assert "Вера Гришкевич" not in deported_countries(ru, "ru", PUB)
    be = ("Дваццаць палітвязняў вызвалілі і вывезлі ў Літву. Дома засталіся, у прыватнасці, "
          "пенсіянер Мікола Явар і студэнтка Ганна Шчур.")
    assert not {"Мікола Явар", "Ганна Шчур"} & set(deported_countries(be, "be", PUB))


def test_not_allowed_to_stay_is_still_a_removal() -> None:
    text = ("Ihar Saukou was freed on Monday and driven to the Lithuanian border. He was not "
            "allowed to stay in Belarus, his sister said.")
    assert deported_countries(text, "en", PUB) == {"Ihar Saukou": "LT"}


def test_not_taken_abroad_and_back_home() -> None:
    text = ("Nine prisoners were freed on Wednesday and driven to Lithuania, among them Lev "
            "Kashko. Maksim Dubrou left colony No. 15 on Monday; he was not taken abroad and is "
            "back home in Lida.")
    assert "Maksim Dubrou" not in deported_countries(text, "en", PUB)


def test_both_flew_on_after_an_exchange() -> None:
    text = ("Russia on Tuesday released eleven prisoners in an exchange. Among the freed were "
            "Oleg Bykov, a reporter, and Dina Sharova, a municipal deputy. Both flew on to "
            "Germany.")
    assert deported_countries(text, "en", PUB) == {"Oleg Bykov": "DE", "Dina Sharova": "DE"}


def test_those_still_held_after_a_total_are_not_freed() -> None:
    text = ("Since the first prisoner deal, more than 700 political prisoners have been "
            "released. Yet 980 remain, and some have spent five years behind bars. These are "
            "three of them.\n\nAnton Shauchuk, a chemist, was sentenced in 2021 to eleven years. "
            "In March he was moved to a stricter prison.")
    assert "Anton Shauchuk" not in _people(text, "en", "released")


def test_a_total_over_the_year_lets_a_later_batch_count() -> None:
    text = ("According to the group, 412 political prisoners left prison during the year. The "
            "largest batch left on 11 September, when 52 prisoners were driven to the Lithuanian "
            "border.")
    counts = {c["count"] for c in _claims(text) if c["type"] == "group_release"}
    assert counts == {52}


def test_the_month_of_a_named_pardon_dates_the_release() -> None:
    text = "Ales Kuzmich, a carpenter freed in the March pardon, was detained again on 30 October."
    released = [c for c in _claims(text) if c["type"] == "released"]
    assert [c["date"] for c in released] == ["2025-03"]


def test_a_death_rumour_called_lies_and_a_death_outside_custody() -> None:
    rumour = ("In April, reports spread that Anton Maryn had died in custody; the prison "
              "department called them \"lies\".")
    assert not _people(rumour, "en", "died_in_custody")
    ru = ("Правозащитники подчёркивают: Валентин Грицук умер не в заключении, а на свободе, но "
          "болезни он получил за решёткой.")
    assert not _people(ru, "ru", "died_in_custody")
    unconfirmed = ("Several channels are reporting that Aliaksandr Piatrou has died in the colony. "
                   "This is NOT confirmed: his lawyer saw him last week.")
    assert not _people(unconfirmed, "en", "died_in_custody")


def test_a_release_only_asked_for_is_none() -> None:
    text = ("The lawyer had filed for Leanid Kuzma's release on health grounds in May; had the "
            "court granted it, he would be home by now.")
    assert not _people(text, "en", "released")


def test_a_charge_told_in_the_passive_with_the_charged_listed_after() -> None:
    text = ("Задержаны пять человек. Обвинение предъявлено Геннадию Кочетову, Анне Лисицкой и "
            "Павлу Дробышу.")
    assert {"Геннадий Кочетов", "Анна Лисицкая", "Павел Дробыш"} <= _people(text, "ru", "charged")


def test_the_accused_denying_the_charge_still_stands_accused() -> None:
    text = ("Dzmitry Lapko was sentenced on Wednesday. Dzmitry Lapko is accused of using "
            "violence against a police officer; he denies it.")
    assert "Dzmitry Lapko" in _people(text, "en", "charged")


def test_a_relative_named_right_after_the_verb_is_its_object() -> None:
    text = ("Oleg Rybakou was sentenced to seven years. Police detained the convict's brother, "
            "Illia Rybakou, who was filming the convoy.")
    assert _people(text, "en", "detained") == {"Illia Rybakou"}
    # "her and her husband, X": the pronoun first, so not the husband alone
    both = ("Veranika Kazlova teaches art. Officers arrested her and her husband, Andrei "
            "Kazlou, in August 2021.")
    assert "Veranika Kazlova" in _people(both, "en", "detained")


def test_a_country_is_no_person_and_an_accented_name_is_one() -> None:
    text = ("Álvaro Mendieta Rocha was arrested in April 2022. They put us on a bus to the "
            "airport, he said. I only understood it was Spain when the pilot announced it.")
    assert _people(text, "en", "detained") == {"Álvaro Mendieta Rocha"}


def test_an_arrest_only_sought_is_none() -> None:
    text = ("The writer Chiu Tsz-kin left for Britain before the raid; police have offered a "
            "bounty for information leading to his arrest.")
    assert not _people(text, "en", "detained")


def test_the_way_out_refused_in_more_words() -> None:
    offer = ("Twenty prisoners were pardoned and taken to Lithuania on Friday. Maryna Lis, a "
             "nurse, was also freed. Before her release an officer suggested she go to "
             "Lithuania and rest. She refused and is now at home with her children.")
    assert "Maryna Lis" not in deported_countries(offer, "en", PUB)
    bare = ("Thirty prisoners were freed and driven to the Lithuanian border on Saturday. At the "
            "crossing an officer asked every prisoner to sign a paper requesting to leave. "
            "Ruslan Kaliada, a 64-year-old who had shared a van with Viachaslau Ramanchuk, "
            "refused.")
    assert "Ruslan Kaliada" not in deported_countries(bare, "en", PUB)
    ru = ("Семьдесят человек помиловали и передали Украине. Ирина Сапега и Михаил Кравец "
          "отказались подписывать прошение о выезде и вышли на свободу дома.")
    assert not {"Ирина Сапега", "Михаил Кравец"} & set(deported_countries(ru, "ru", PUB))


def test_a_refused_petition_is_not_a_refused_removal() -> None:
    text = ("Andrei Paulau was freed on 11 September and driven to the Lithuanian border with "
            "51 others. They offered me the petition form three times, and three times I said "
            "no, he told us.")
    assert deported_countries(text, "en", PUB) == {"Andrei Paulau": "LT"}


def test_witnesses_questioned_and_let_go_were_not_released() -> None:
    be = ("Суседа з першага паверха, Пятра Бурака, апыталі як сведак у РАУС і адпусцілі "
          "дадому яшчэ да абеду.")
    assert not _people(be, "be", "released")
