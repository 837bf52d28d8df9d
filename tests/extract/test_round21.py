"""Round 21: a section heading ends a batch's member list; list items open with a capitalised
word; a newsroom taking back an earlier entry drops what that entry said; officials titled in
more words; and more ways of saying a term, an arrest served, a recognition, a silence.
Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

PUB = date(2025, 12, 1)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _claims(text: str, lang: str) -> list[dict]:
    from volia.extract import extract

    return extract(text, published=PUB, lang=lang)["claims"]  # type: ignore[return-value]


def test_a_heading_ends_the_list_a_statistics_sentence_opened() -> None:
    text = ("In November 41 people were recognised, 12 left prison at the end of their terms "
            "and three were released under house arrest.\n\n"
            "New cases\n\n"
            "Lavon Zhuk, a joiner from Pinsk, was detained in Minsk on 3 November.\n\n"
            "Raisa Kuksa was sentenced on 20 November to two years in a colony.")
    released = _people(text, "en", "released")
    assert not {"Lavon Zhuk", "Raisa Kuksa"} & released
    assert "Lavon Zhuk" in _people(text, "en", "detained")


def test_a_heading_that_names_another_event_takes_the_freed_list_away() -> None:
    text = ("За месяц в список добавлено 30 имён, 9 человек вышли на свободу по окончании "
            "срока.\n\nСреди признанных в ноябре\n\n"
            "Тарас Волчек, 33 года, сварщик из Бреста.\n\n"
            "Инга Рубис, учительница из Лиды.")
    assert not {"Тарас Волчек", "Инга Рубис"} & _people(text, "ru", "released")
    freed = ("Во вторник на свободу вышли 12 политзаключённых.\n\nЧто известно об "
             "освобождённых\n\nТарас Волчек, 33 года, сварщик из Бреста.")
    assert "Тарас Волчек" in _people(freed, "ru", "released")


def test_a_paragraph_that_opens_with_lowercase_words_is_no_list_item() -> None:
    text = ("Eight political prisoners were released on Tuesday and driven to the Polish "
            "border. They include:\n\nHleb Sauka, 51, an electrician.\n\n"
            "Lawyers for Yanina Bortnik say they hope she will be in the next group.")
    assert "Hleb Sauka" in _people(text, "en", "released")
    assert "Yanina Bortnik" not in _people(text, "en", "released")


def test_a_declined_name_after_a_word_opens_no_list_item() -> None:
    text = ("Во вторник на свободу вышли девять политзаключённых, их вывезли в Литву.\n\n"
            "Константин Рябой, 44 года, инженер.\n\n"
            "Родные Бориса Зенкова надеются, что он окажется в следующей группе.")
    released = _people(text, "ru", "released")
    assert "Константин Рябой" in released
    assert "Борис Зенков" not in released


def test_a_live_blog_entry_taken_back_later_gives_no_claim() -> None:
    ru = ("10:20 Освобождена Ольга Мазур, журналистка из Бреста.\n\n"
          "12:05 Поправка к записи 10:20: мы ошибочно сообщили, что на свободе Ольга Мазур. "
          "Это не так, она по-прежнему в колонии.")
    assert "Ольга Мазур" not in _people(ru, "ru", "released")
    en = ("09:15 Pavel Rusak has been pardoned and is free, his wife says.\n\n"
          "11:40 In our 09:15 entry we described Pavel Rusak as pardoned. That was wrong: he "
          "is still in Navapolatsk.")
    assert not {"pardoned", "released"} & {t for t, p in claim_pairs(en, "en", PUB)
                                          if p == "Pavel Rusak"}


def test_a_correction_drops_only_the_event_it_takes_back() -> None:
    text = ("Людмила Ганчар вышла на свободу 3 ноября, полностью отбыв срок. В первой версии "
            "материала мы ошибочно указали, что Людмила Ганчар была помилована.")
    pairs = claim_pairs(text, "ru", PUB)
    assert ("released", "Людмила Ганчар") in pairs
    assert ("pardoned", "Людмила Ганчар") not in pairs


def test_officials_titled_in_more_words_are_not_prisoners() -> None:
    text = ("The European Union's Special Representative for Human Rights, Greta Holm, met "
            "the 20 freed prisoners at the border. They were also met by Tomas Berg, a "
            "Swedish deputy minister.")
    released = _people(text, "en", "released")
    assert not {"Greta Holm", "Tomas Berg"} & released
    former = "Ivan Sidarau, a former deputy minister, was freed on Saturday."
    assert "Ivan Sidarau" in _people(former, "en", "released")


def test_a_clause_before_a_subject_is_no_title() -> None:
    text = ("Andrei Kaval died in a colony on 2 November. According to information received "
            "by the Special Rapporteur, Kaval had complained of chest pain for months. His "
            "family had heard nothing from him since 9 October.")
    assert "Andrei Kaval" in _people(text, "en", "incommunicado")


def test_a_rights_centre_is_no_person() -> None:
    text = ("Overnight the Vereya rights centre published the names of the 15 political "
            "prisoners released yesterday.")
    assert not any("Vereya" in p for _, p in claim_pairs(text, "en", PUB))


def test_a_second_spelling_in_brackets_is_the_same_person() -> None:
    text = ("One of them, Anatol Hurynovich (Anatoly Gurinovich on the prison list), was "
            "released on Tuesday.")
    assert _people(text, "en", "released") == {"Anatol Hurynovich"}


def test_the_death_of_a_former_prisoner_after_release_is_not_in_custody() -> None:
    text = ("Во вторник дома в Лиде умер 61-летний Пётр Сокол, бывший политзаключённый. Он "
            "вышел на свободу 2 октября, полностью отбыв срок.")
    assert "Пётр Сокол" not in _people(text, "ru", "died_in_custody")
    assert "Пётр Сокол" in _people(text, "ru", "released")


def test_a_bare_recognised_in_a_register() -> None:
    text = ("Daryna Lis, detained in May for a comment, was recognised on 14 June. Maks Hul, "
            "a driver detained in August and recognised by us in September, is in Zhodzina.")
    assert {"Daryna Lis", "Maks Hul"} <= _people(text, "en", "recognized")


def test_letters_not_allowed_or_not_arriving() -> None:
    en = "Vasil Drozd, 64, who had not been allowed letters since February, is in Horki."
    assert "Vasil Drozd" in _people(en, "en", "incommunicado")
    ru = "С 14 октября не приходят письма от Евгении Лобач."
    assert any("Лобач" in p for p in _people(ru, "ru", "incommunicado"))
    be = "Андрэя Шуста пазбавілі перапіскі ў верасні."
    assert "Андрэй Шуст" in _people(be, "be", "incommunicado")


def test_days_of_administrative_arrest_served_are_a_verdict() -> None:
    en = "Darya Kula, a journalist, served 15 days of administrative arrest in 2020."
    assert "Darya Kula" in _people(en, "en", "sentenced")
    ru = "Журналистка Алеся Кравец в 2021 году отбыла 30 суток административного ареста."
    assert "Алеся Кравец" in _people(ru, "ru", "sentenced")
    be = "Журналіст Алесь Ляшчук у 2020 годзе адбыў 15 сутак адміністрацыйнага арышту."
    assert "Алесь Ляшчук" in _people(be, "be", "sentenced")


def test_a_term_that_ends_is_a_term_without_its_date() -> None:
    ru = "Срок Игоря Ермака истекает в октябре."
    pairs = [c for c in _claims(ru, "ru") if c["type"] == "sentenced"]
    assert [c["person"]["name"] for c in pairs] == ["Игорь Ермак"]
    assert pairs[0]["date"] is None
    en = "Ivan Petrou is in the Orsha colony. His term expires in May."
    assert "Ivan Petrou" in _people(en, "en", "sentenced")


def test_relayed_posts_unfounded_reports_and_wishes_give_no_release() -> None:
    en = ("Aliaksandr Hatsko is in prison No. 4. Posts on social media last week claimed he "
          "had been pardoned, but his lawyer says no petition was ever filed.")
    assert not _people(en, "en", "pardoned")
    unfounded = ("Reports on Telegram that the activist Mikhas Dzialets was also on the bus "
                 "turned out to be unfounded.")
    assert not _people(unfounded, "en", "released")
    be = "Паводле некаторых тэлеграм-каналаў, на волю выйшаў і блогер Раман Казлоў."
    assert not _people(be, "be", "released")
    wish = "Каб Каляду памілавалі, яна нарэшце магла б атрымаць лячэнне."
    assert not _people(wish, "be", "pardoned")
    expected = ("She said the group expected Anatol Reut, whose sentence ends in October, to be "
                "let out at the end of his term.")
    assert not _people(expected, "en", "released")


def test_deported_countries_helper_still_reads_the_batch() -> None:
    text = ("Nine political prisoners were freed on Thursday and taken to Lithuania. Among "
            "them were Ales Krol and Nina Vaik.")
    assert deported_countries(text, "en", PUB) == {"Ales Krol": "LT", "Nina Vaik": "LT"}


def test_a_live_blog_entry_that_opens_with_its_time_names_a_member() -> None:
    text = ("08:40 Twelve political prisoners were released this morning and driven to the "
            "Lithuanian border.\n\n"
            "09:30 — Siarhei Lomka, a miner from Salihorsk, is one of them.\n\n"
            "13:00 — Laura Finch, a US deputy assistant secretary of state who took part in "
            "the talks, says the release shows what quiet work can do.")
    released = _people(text, "en", "released")
    assert "Siarhei Lomka" in released
    assert "Laura Finch" not in released


def test_more_ways_to_say_a_charge() -> None:
    en = ("Viachaslau Ramaniuk, who was detained yesterday over a flag, has been issued a "
          "protocol under Article 24.23.")
    assert "Viachaslau Ramaniuk" in _people(en, "en", "charged")
    ru = "Суд продлил срок содержания под стражей Игорю Шеметову, обвиняемому по статье 342 УК."
    assert any("Шеметов" in p for p in _people(ru, "ru", "charged"))


def test_a_run_in_heading_ends_the_list_but_a_short_sentence_does_not() -> None:
    text = ("Over the year 52 people were pardoned and released on 16 December.\n\n"
            "Case studies. Hanna Dubko, 51, a choir director, was sentenced on 19 August to "
            "four years.")
    assert "Hanna Dubko" not in _people(text, "en", "released")
    told = ("Eighteen people were pardoned on Tuesday and released the same day.\n\n"
            "No names were given. By Thursday two were confirmed.\n\n"
            "Raman Kostka, a caretaker from Hrodna, was sentenced in 2021 to four years.")
    assert "Raman Kostka" in _people(told, "en", "released")


def test_a_post_announcing_a_release_is_only_a_post() -> None:
    text = ("On Friday a Facebook post announcing that Ihar Verab, a blogger, was among the "
            "freed collected hundreds of likes.")
    assert not _people(text, "en", "released")


def test_a_term_in_words_that_was_to_end_keeps_its_length() -> None:
    text = ("Ларыса Лапка, 51 год, бухгалтар з Оршы. Яе трохгадовы тэрмін павінен быў "
            "скончыцца 20 красавіка.")
    terms = [c["term_months"] for c in _claims(text, "be") if c["type"] == "sentenced"]
    assert terms == [36]
