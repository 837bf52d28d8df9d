"""Round 14: people told of by a description first and named later. Every text here is
invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 9, 1)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


def test_a_described_prisoner_named_in_a_later_sentence() -> None:
    for text, lang, name in (
            ("A 58-year-old teacher from Lida was sentenced to four years on Tuesday. "
             "Her name is Alla Vecher.\n", "en", "Alla Vecher"),
            ("В четверг 63-летняя пенсионерка из Гродно приговорена к трём годам колонии. "
             "Её зовут Анна Лукша.\n", "ru", "Анна Лукша"),
            ("У аўторак 52-гадовы настаўнік з Ліды асуджаны на тры гады. Яго завуць Пятро "
             "Сянкевіч.\n", "be", "Пятро Сянкевіч")):
        assert ("sentenced", name) in _claims(text, lang), text


def test_a_death_in_a_prison_wing_named_the_next_day() -> None:
    text = ("On Monday a 47-year-old prisoner from Kobryn died in the hospital wing of Hrodna "
            "prison No. 1. By Tuesday it had a name: Pavel Sholka.\n")
    result = extract(text, published=PUB, lang="en")
    claims = result["claims"]
    assert isinstance(claims, list) and len(claims) == 1
    claim = claims[0]
    assert claim["type"] == "died_in_custody"
    assert claim["person"]["name"] == "Pavel Sholka"
    # the evidence holds both the death and the name
    assert "died" in claim["evidence"]["text"] and "Sholka" in claim["evidence"]["text"]


def test_the_noun_of_the_description_names_the_person() -> None:
    text = ("A 41-year-old electrician was detained in Barysau on Monday. The electrician is "
            "Mikhail Dzeraz, his colleagues say.\n")
    assert ("detained", "Mikhail Dzeraz") in _claims(text, "en")


def test_a_name_after_a_description_that_is_not_the_one_described() -> None:
    for text in (
            "A 58-year-old teacher was sentenced to four years. Judge Ivan Kurak read the "
            "verdict.\n",
            "A 58-year-old teacher was sentenced to four years. The prosecutor is Ivan Kurak.\n"):
        assert not any(name == "Ivan Kurak" for _, name in _claims(text, "en")), text


def test_a_timeline_entry_opened_by_a_date_alone_keeps_its_person() -> None:
    text = ("Инженер Геннадий Терешко никогда не считал себя политиком.\n\n"
            "Январь 2023 года. Правозащитный центр «Варта» признаёт Терешко политзаключённым.\n\n"
            "Лето 2023 года. Тридцать суток в ШИЗО за «нарушение формы одежды».\n\n"
            "10 марта 2024 года. Выходит на свободу, полностью отбыв срок.\n")
    claims = _claims(text, "ru")
    assert ("solitary_confinement", "Геннадий Терешко") in claims
    assert ("released", "Геннадий Терешко") in claims


def test_a_detention_centre_is_no_person() -> None:
    text = ("Ulyana Bahdanava was detained on election night and spent three nights in the "
            "Akrestsina detention centre.\n\nNovember 2020. Detained again at her office.\n")
    names = {name for _, name in _claims(text, "en")}
    assert names == {"Ulyana Bahdanava"}


def test_a_surname_that_only_shares_its_start_is_another_person() -> None:
    text = ("Суд вынес прысуд. Змітру Кавальчуку — 5 гадоў калоніі;\nМарыне Лапіцкай — "
            "4 гады.\n\nПракурор Віталь Кавалёў прасіў для кожнага на год больш.\n")
    claims = _claims(text, "be")
    assert ("sentenced", "Зміцер Кавальчук") in claims
    assert not any(name == "Віталь Кавалёў" for _, name in claims)


def test_a_given_name_in_its_cases() -> None:
    claims = _claims("Рыту Сяўрук памілавалі ў верасні і адразу адпусцілі.\n", "be")
    assert ("released", "Рыта Сяўрук") in claims


def test_doubted_hoped_for_and_expected_events_are_no_claims() -> None:
    for text, lang in (
            ("Слышал, будто Алексея Тимохина из соседнего отряда помиловали.\n", "ru"),
            ("После вступления приговора в силу Шевчука, как ожидается, этапируют в колонию "
             "в Витебске.\n", "ru"),
            ("Шмат хто спадзяваўся ўбачыць сярод вызваленых і Ганну Шчэрбу.\n", "be"),
            ("It further reported that Aliaksei Hrabouski had been moved to the colony in "
             "Shklov; he has not been.\n", "en"),
            ("Прокурор Наталья Ремез просила для Павла Руденко десять лет, а для Ольги "
             "Руденко — три года.\n", "ru")):
        assert _claims(text, lang) == set(), text


def test_a_report_the_next_sentence_calls_a_lie_or_a_mistake() -> None:
    for text in (
            "В начале лета несколько изданий писали, что Ольгу Боброву освободили. Это "
            "оказалось ошибкой: все девять месяцев она провела под стражей.\n",
            "Агентство утверждало, что Никита Баранов помилован. Адвокат Баранова называет "
            "это ложью.\n"):
        assert not any(kind in ("released", "pardoned") for kind, _ in _claims(text, "ru")), \
            text


def test_a_verdict_list_and_a_count_of_its_defendants() -> None:
    text = ("Committee chairman Pavel Hrynkevich received six years. The other terms were:\n"
            "Ihar Mazurau — five years;\nDzianis Rusak — four and a half years;\n"
            "Kiryl Zhdan — two and a half years of restricted freedom.\n\n"
            "Prosecutor Anatol Rudko had asked for seven years for the chairman. The court "
            "shaved a year off. The four were rounded up on 19 November 2020.\n")
    claims = _claims(text, "en")
    for name in ("Pavel Hrynkevich", "Ihar Mazurau", "Dzianis Rusak", "Kiryl Zhdan"):
        assert ("sentenced", name) in claims
        assert ("detained", name) in claims
    assert not any(name == "Anatol Rudko" for _, name in claims)


def test_a_co_defendant_sentenced_in_the_same_clause() -> None:
    text = ("The regional court on Wednesday sentenced Viktar Sakalouski, 41, to six years and "
            "his co-defendant Ryhor Paliakou, 29, to four and a half years.\n")
    result = extract(text, published=PUB, lang="en")
    terms = {c["person"]["name"]: c["term_months"] for c in result["claims"]
             if c["type"] == "sentenced"}
    assert terms == {"Viktar Sakalouski": 72, "Ryhor Paliakou": 54}


def test_freed_but_refused_to_cross_the_border_is_freed_at_home() -> None:
    text = "Eduard Pranevich was also freed but refused to cross the border.\n"
    claims = _claims(text, "en")
    assert ("released", "Eduard Pranevich") in claims
    assert ("deported", "Eduard Pranevich") not in claims


def test_also_walked_out_after_a_batch() -> None:
    text = "3 июля из колоний освобождены пятеро. Также вышел Роман Тихон, студент из Гомеля.\n"
    assert ("released", "Роман Тихон") in _claims(text, "ru")


def test_a_relative_who_is_the_prisoner_of_the_story() -> None:
    text = ("Татьяна Карпенко каждую неделю пишет брату в колонию. Её брат Максим Карпенко, "
            "31-летний программист из Могилёва, был задержан в сентябре 2022 года, а в мае "
            "2023-го суд приговорил его к четырём годам колонии.\n")
    claims = _claims(text, "ru")
    assert ("detained", "Максим Карпенко") in claims
    assert ("sentenced", "Максим Карпенко") in claims
    assert not any(name == "Татьяна Карпенко" for _, name in claims)


def test_a_count_of_the_defendants_on_the_lines_of_a_verdict_list() -> None:
    text = ("Суд вынес прысуд.\nЗмітру Кавальчуку — 5 гадоў калоніі;\nМарыне Лапіцкай — 4 гады;"
            "\nАнтону Рудаку — 2 гады.\n\nПяцёх актывістаў затрымалі ў лістападзе 2020 года.\n\n"
            "Праваабарончы цэнтр прызнаў усіх траіх палітвязнямі яшчэ ў снежні.\n")
    claims = _claims(text, "be")
    for name in ("Зміцер Кавальчук", "Марына Лапіцкая", "Антон Рудак"):
        assert ("recognized", name) in claims
    # five arrested, three named: nobody can tell which
    assert not any(kind == "detained" for kind, _ in claims)


def test_recognitions_and_withdrawals_worded_as_lists() -> None:
    for text, lang, kind, names in (
            ("Among the new names on Kola's list are Aliaksei Hrybouski, a veterinarian, and "
             "Barysau schoolteacher Nadzeya Ulasenka.\n", "en", "recognized",
             {"Aliaksei Hrybouski", "Nadzeya Ulasenka"}),
            ("Kola also withdrew recognition from Anton Prykhodzka after reviewing his case.\n",
             "en", "recognition_withdrawn", {"Anton Prykhodzka"}),
            ("Центр сняла статус политзаключённого с Артура Гуза: выяснилось, что дело касается "
             "мошенничества.\n", "ru", "recognition_withdrawn", {"Артур Гуз"}),
            ("Признание Людмилы Ершовой прекращено по её собственной просьбе.\n", "ru",
             "recognition_withdrawn", {"Людмила Ершова"}),
            ("Среди 11 признанных в августе — студентка из Гомеля Полина Вербило.\n", "ru",
             "recognized", {"Полина Вербило"})):
        assert {name for k, name in _claims(text, lang) if k == kind} == names, text


def test_a_withdrawal_that_was_not_made() -> None:
    text = ("The centre did not withdraw recognition from Ivan Savko, whom it recognised in "
            "2021.\n")
    assert ("recognition_withdrawn", "Ivan Savko") not in _claims(text, "en")


def test_a_colon_that_explains_lists_nobody() -> None:
    text = ("Проект «Узник» в мае снял статус с Семёна Огаркова: по данным проекта, он дал "
            "показания против Глеба Кравцова и Ульяны Мешковой.\n")
    claims = _claims(text, "ru")
    assert ("recognition_withdrawn", "Семён Огарков") in claims
    assert {name for kind, name in claims if kind == "recognition_withdrawn"} == {"Семён Огарков"}


def test_terms_in_brackets_and_charges_without_a_charge() -> None:
    claims = _claims("The others, Ivan Sobal (five years) and Anna Rak (three years), were taken "
                     "away.\n", "en")
    assert {("sentenced", "Ivan Sobal"), ("sentenced", "Anna Rak")} <= claims
    claims = _claims("Марыну Лапіцкую затрымалі. Праз тры дні яе вызвалілі без абвінавачання.\n",
                     "be")
    assert ("released", "Марына Лапіцкая") in claims
    assert ("charged", "Марына Лапіцкая") not in claims
    claims = _claims("Олега Штайна задержали в мае 2021 года и обвинили в участии в "
                     "«нежелательной организации».\n", "ru")
    assert ("charged", "Олег Штайн") in claims


def test_as_was_shares_the_event() -> None:
    for text, lang, name in (
            ("Katsiaryna Rusak was also freed on Tuesday, as was Lithuanian citizen Tomas "
             "Vaitkus.\n", "en", "Tomas Vaitkus"),
            ("Екатерину Русак освободили во вторник, как и Тамару Вайткус.\n", "ru",
             "Тамара Вайткус")):
        assert ("released", name) in _claims(text, lang), text


def test_first_person_transfers() -> None:
    for text in ("Ivan Sobal wrote: \"In autumn they moved me from Navapolatsk to Vitsba.\"\n",
                 "Ivan Sobal was moved on 29 February from the colony in Homel to Mahiliou "
                 "prison No. 4.\n"):
        assert ("transferred", "Ivan Sobal") in _claims(text, "en"), text


def test_traps_of_the_sealed_sets() -> None:
    for text, lang in (
            ("Alena Kuk was sentenced to three years. The judge who sentenced her, Mikhail "
             "Dzeraviaha, has since been promoted.\n", "en"),
            ("Reports circulating on Wednesday that Katsiaryna Zhyhalka had been pardoned were "
             "dismissed by her family as 'wishful thinking'.\n", "en"),
            ("В предыдущей публикации мы написали, что Валентин Осокин умер в колонии. Это "
             "неверно.\n", "ru")):
        claims = _claims(text, lang)
        assert not any(kind in ("released", "pardoned", "died_in_custody") for kind, _ in claims)
        assert ("sentenced", "Mikhail Dzeraviaha") not in claims


def test_an_organisation_named_before_its_noun_is_no_person() -> None:
    text = ("Nikita Gorbunkov was detained at his flat on Wednesday. The Pereklichka project has "
            "already recognised him as a political prisoner.\n")
    claims = _claims(text, "en")
    assert ("recognized", "Nikita Gorbunkov") in claims
    assert not any(name == "Pereklichka" for _, name in claims)


def test_detained_together_with_a_companion() -> None:
    for text, lang, name in (
            ("Dzianis Lukashevich was detained on 28 June together with his son Kiryl "
             "Lukashevich.\n", "en", "Kiryl Lukashevich"),
            ("Тараса Дмитренко задержали вместе с соседом по гаражу Игорем Савчуком.\n", "ru",
             "Игорь Савчук")):
        assert ("detained", name) in _claims(text, lang), text


def test_identified_as_with_a_title_before_the_name() -> None:
    text = ("On Thursday a man with a blank sign was detained on Pushkin Square. Volunteers "
            "later identified him as engineer Pavel Shchukarev.\n")
    assert ("detained", "Pavel Shchukarev") in _claims(text, "en")


def test_let_go_from_custody_but_not_after_a_summons() -> None:
    assert ("released", "Ivan Sobal") in _claims(
        "One of them, the artist Ivan Sobal, was let go an hour later.\n", "en")
    claims = _claims("Liudmila Khrapavitskaya was summoned to the police. She was let go after "
                     "three hours of questioning.\n", "en")
    assert not any(kind == "released" for kind, _ in claims)
    assert ("released", "Грыгорый Сабалеўскі") in _claims(
        "Аднаго з іх, мастака Грыгорыя Сабалеўскага, адпусцілі праз гадзіну.\n", "be")
