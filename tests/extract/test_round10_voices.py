"""Round 10: who "I" is (interviews and quotes), co-defendants who are also relatives, names
that must not run across a line break, and charges named "fakes" that are no rumour."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import speakers
from volia.extract.mentions import Mention

PUB = date(2025, 6, 10)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


INTERVIEW_EN = "\n\n".join([
    '"I learned I was free on the plane": an interview with Nikita Sorokin',
    "Artist Nikita Sorokin spent almost three years in prison. We spoke to Sorokin a week "
    "after his release.",
    "When did you understand what was happening?",
    "Only on the plane. In the colony in Karelia, where I had been moved in 2024, nobody "
    "explained anything. Later I learned that the president had signed a decree pardoning me.",
    "Let's go back. You were arrested in February 2023.",
    'Yes. They charged me with spreading "fakes", and in November 2023 the court gave me '
    "eight years.",
    "How were you treated?",
    "I spent five months in the punishment cell.",
]) + "\n"


def test_interview_answers_speak_for_the_person_interviewed() -> None:
    claims = _claims(INTERVIEW_EN, "en")
    for kind in ("transferred", "pardoned", "detained", "charged", "sentenced",
                 "solitary_confinement"):
        assert (kind, "Nikita Sorokin") in claims, kind


def test_a_question_without_question_mark_keeps_its_turn() -> None:
    voices = speakers.find_voices(INTERVIEW_EN, "en", [
        Mention(INTERVIEW_EN.index("Nikita"), INTERVIEW_EN.index("Nikita") + 13,
                "Nikita Sorokin", "Nikita Sorokin", "m")], [])
    asked = [INTERVIEW_EN[v.start:v.end] for v in voices if v.question]
    assert any(text.startswith("Let's go back") for text in asked)
    assert not any(text.startswith("Yes.") for text in asked)


def test_russian_interview_answers() -> None:
    text = ("«Я узнал о помиловании в автозаке»: интервью с Дмитрием Лавровым\n\n"
            "Бывший политзаключённый Дмитрий Лавров провёл за решёткой почти три года. Мы "
            "поговорили с ним через месяц после освобождения.\n\nКак вас задержали?\n\n"
            "Меня задержали в марте 2022 года прямо на работе. Через полгода суд приговорил "
            "меня к четырём годам колонии.\n\nЧто было дальше?\n\n"
            "Весной 2023 года меня этапировали в колонию в Шклове.\n")
    claims = _claims(text, "ru")
    for kind in ("detained", "sentenced", "transferred"):
        assert (kind, "Дмитрий Лавров") in claims, kind


def test_an_interview_with_a_relative_gives_the_relative_no_claims() -> None:
    text = ("An interview with Galina Sorokina, the mother of a political prisoner\n\n"
            "Galina Sorokina is the mother of the jailed artist Nikita Sorokin.\n\n"
            "When did you last see him?\n\nIn May. I was detained for a few hours myself in "
            "June, then let go.\n\nWhat do you hope for?\n\nThat he comes home.\n")
    claims = _claims(text, "en")
    assert ("detained", "Galina Sorokina") not in claims


def test_a_quote_speaks_for_the_person_it_is_attributed_to() -> None:
    text = ('Former prisoner Pavel Hrusha spoke in Vilnius on Monday. "They kept me in a '
            'punishment cell for 40 days in 2023," Hrusha said.')
    assert ("solitary_confinement", "Pavel Hrusha") in _claims(text, "en")


def test_a_relatives_quote_speaks_for_nobody() -> None:
    text = ('Pavel Hrusha is still in the colony. His brother Ihar Hrusha said: "I was '
            'detained by the KGB last week, but they let me go."')
    claims = _claims(text, "en")
    assert ("detained", "Pavel Hrusha") not in claims


def test_a_wife_who_is_a_co_defendant_is_sentenced_too() -> None:
    text = ("Andrei Barysevich, 41, was given eight years in a colony. His wife, Volha "
            "Barysevich, 38, received four years in a general-regime colony.")
    claims = _claims(text, "en")
    assert ("sentenced", "Andrei Barysevich") in claims
    assert ("sentenced", "Volha Barysevich") in claims


def test_according_to_a_relative_the_name_after_the_comma_is_the_subject() -> None:
    text = ("Volha Barysevich was sentenced to four years. According to her sister, Volha "
            "Barysevich spent two months completely cut off: no letters reached her.")
    assert ("incommunicado", "Volha Barysevich") in _claims(text, "en")


def test_a_name_does_not_run_into_the_next_paragraph() -> None:
    text = ("Timeline: the case of Darya Kavalenka\n\nDarya Kavalenka was freed on 12 "
            "September. Her father, Mikhail Kavalenka, had asked for a pardon.")
    claims = _claims(text, "en")
    assert ("released", "Darya Kavalenka") in claims
    assert not any(name.startswith("Mikhail") for _, name in claims)


def test_a_title_word_before_a_given_name_does_not_hide_it() -> None:
    text = ("Arseny Kuvshinov was sentenced to seven years. Prosecutor Galina Sytina had "
            "requested eight. In May he was transferred to a penal colony.")
    claims = _claims(text, "en")
    assert not any(name.endswith("Sytina") for _, name in claims)


def test_an_object_of_a_preposition_is_not_the_subject_of_the_next_verb() -> None:
    text = ("This I know from Siarhei Vus, who shared a cell with Dzmitry Karaliou in "
            "Babruisk and was freed at the end of his term last year.")
    claims = _claims(text, "en")
    assert ("released", "Siarhei Vus") in claims
    assert ("released", "Dzmitry Karaliou") not in claims


def test_fakes_named_as_the_charge_are_no_rumour() -> None:
    ru = _claims("Светлана Пчелинцева, осуждённая на пять лет за «фейки», находится в "
                 "колонии.", "ru")
    assert ("sentenced", "Светлана Пчелинцева") in ru
    en = _claims('Anna Petrova, sentenced to six years for spreading "fakes", remains in '
                 'prison.', "en")
    assert ("sentenced", "Anna Petrova") in en
    assert not _claims("Reports that Anna Petrova was released are fake.", "en")


def test_a_term_in_an_apposition_survives_the_rumour_around_it() -> None:
    text = ("В субботу в нескольких чатах написали, что освобождён Пётр Кулеш, осуждённый "
            "на восемь лет по «делу железнодорожников».")
    claims = _claims(text, "ru")
    assert ("sentenced", "Пётр Кулеш") in claims
    assert ("released", "Пётр Кулеш") not in claims


def test_historic_present_of_timelines() -> None:
    en = _claims("12 November 2022 — KGB officers detain Vadim Pashkevich at his flat. "
                 "3 August 2023 — The court sentences Pashkevich to six years.", "en")
    assert ("detained", "Vadim Pashkevich") in en and ("sentenced", "Vadim Pashkevich") in en
    assert not _claims("Police decided to arrest Vadim Pashkevich later.", "en")
    be = _claims("Наталля Шэлег — фельчарка з Мазыра.\n\n3 чэрвеня 2021 — Наталлю "
                 "затрымліваюць на працы.\n\nТравень 2022 — Наталлю этапуюць у калонію.\n\n"
                 "2024 — Тройчы трапляе ў ШІЗА.\n\n3 чэрвеня 2025 — Выходзіць на волю.", "be")
    for kind in ("detained", "transferred", "solitary_confinement", "released"):
        assert (kind, "Наталля Шэлег") in be, kind


def test_a_verdict_without_a_term_still_sentences() -> None:
    assert ("sentenced", "Игорь Мацкевич") in _claims("Суд вынес приговор Игорю Мацкевичу.",
                                                      "ru")
    assert ("sentenced", "Ігар Мацкевіч") in _claims(
        "16 ліпеня суд вынес прысуд Ігару Мацкевічу.", "be")


def test_a_case_in_absentia_against_someone_never_held_is_no_aftermath() -> None:
    text = ("Суд заочно приговорил журналистку Анну Светлову к восьми годам. Светлова с 2022 "
            "года живёт в Риге.")
    claims = _claims(text, "ru")
    assert ("persecuted_after_release", "Анна Светлова") not in claims


def test_most_likely_is_no_fact() -> None:
    text = ("Пасля ўступлення прысуду ў сілу Ларысу Пятровіч, хутчэй за ўсё, этапуюць у "
            "гомельскую калонію.")
    assert not _claims(text, "be")


def test_a_belarusian_statement_recognises_the_following_people() -> None:
    text = ("Мы прызнаём палітычнымі вязнямі наступных асоб.\n\n1. Уладзімір Пракапенка, 52 "
            "гады, слесар з Оршы. Затрыманы 2 жніўня 2024 года.\n\n2. Вольга Шумская, 33 "
            "гады, бухгалтар з Полацка.")
    claims = _claims(text, "be")
    assert ("recognized", "Уладзімір Пракапенка") in claims
    assert ("recognized", "Вольга Шумская") in claims
    assert ("detained", "Уладзімір Пракапенка") in claims


def test_the_three_may_be_named_over_two_paragraphs() -> None:
    text = ("Aliaksei Drobysh received seven years. Viktoryia Lemesh received five years.\n\n"
            "The third defendant, Kanstantsin Iliushyn, was not sentenced.\n\n"
            "The three were detained in March last year. Viasna recognised all three as "
            "political prisoners last April.")
    claims = _claims(text, "en")
    for name in ("Aliaksei Drobysh", "Viktoryia Lemesh", "Kanstantsin Iliushyn"):
        assert ("detained", name) in claims and ("recognized", name) in claims, name


def test_a_second_arrest_months_later_is_a_claim_of_its_own() -> None:
    text = ("12 November 2020 — Volha Bykava is briefly detained at a march.\n\n"
            "3 March 2023 — Security officers detain Bykava at home.")
    result = extract_claims(text, "en")
    dates = sorted(str(c["date"]) for c in result if c["type"] == "detained")
    assert dates == ["2020-11-12", "2023-03-03"]


def test_the_same_arrest_told_twice_is_one_claim() -> None:
    text = ("Volha Bykava was detained on 3 March 2023. Since her arrest in March 2023 she has "
            "been held in Minsk.")
    result = extract_claims(text, "en")
    assert len([c for c in result if c["type"] == "detained"]) == 1


def extract_claims(text: str, lang: str) -> list[dict[str, object]]:
    from volia.extract import extract

    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return claims


def test_relayed_channels_and_wrong_reports_give_nothing() -> None:
    for text in ("Several Telegram channels claimed on Wednesday that Ilya Zhybul had been "
                 "released early.",
                 "Early reports that Artsiom Zaitsau had been released the same evening were "
                 "wrong, his sister said.",
                 "Messages circulated on Telegram claiming that Uladzimir Hutar had died in "
                 "penal colony No. 1."):
        assert not _claims(text, "en"), text
    assert not _claims("В телеграм-каналах пишут, что помилован и освобождён Михаил Рыбак.",
                       "ru")


def test_the_next_sentence_that_cannot_confirm_it() -> None:
    text = ("Messages said that Uladzimir Hutar had died in penal colony No. 1. We were unable "
            "to confirm this.")
    assert not _claims(text, "en")
    be = ("У сацсетках з'явілася паведамленне пра смерць у калоніі палітвязня Станіслава "
          "Кулешы. Яно не пацвердзілася: родныя атрымалі ад яго ліст.")
    assert not _claims(be, "be")


def test_a_report_of_its_own_in_the_next_sentence_denies_only_itself() -> None:
    text = ("Rights defenders said Andrei Ramanchuk was freed on parole last Friday. Unconfirmed "
            "reports said his co-defendant had been moved to a prison, but his family has not "
            "been able to confirm this.")
    assert ("released", "Andrei Ramanchuk") in _claims(text, "en")


def test_not_on_the_pardon_list_in_belarusian_past_tense() -> None:
    text = ("Віктар Жылінскі ў спіс памілаваных не трапіў, хаця яго імя згадвалася сярод тых, "
            "хто выйдзе на волю.")
    assert not _claims(text, "be")


def test_a_spokesman_is_no_prisoner_and_a_denial_after_the_cell_counts() -> None:
    text = ("Представитель областного УВД Дмитрий Сушко заявил, что задержаны «лица, "
            "причастные к экстремистской деятельности».")
    assert not _claims(text, "ru")
    text = "В Департаменте исполнения наказаний заявили, что Инна Горбач «в ШИЗО не содержится»."
    assert not _claims(text, "ru")


def test_a_defence_lawyer_is_not_one_of_the_defendants() -> None:
    text = ("Mikalai Zhuk received six years and Kiryl Nestsiarenka two. \"My client will "
            "appeal,\" said defence lawyer Siarhei Pauliuk.\n\nAll three were detained in March.")
    claims = _claims(text, "en")
    assert ("detained", "Siarhei Pauliuk") not in claims


def test_the_named_part_of_a_counted_group_takes_the_verb() -> None:
    en = _claims("Police detained at least six people, including Ihar Leshchanka and Maryna "
                 "Karatkevich.", "en")
    assert ("detained", "Ihar Leshchanka") in en and ("detained", "Maryna Karatkevich") in en
    ru = _claims("Задержаны по меньшей мере шесть человек, в том числе водитель Игорь Лещенко.",
                 "ru")
    assert ("detained", "Игорь Лещенко") in ru
    demand = _claims("The experts called on the Government to release all those detained, "
                     "including Kanstantsin Bahdanovich.", "en")
    assert ("detained", "Kanstantsin Bahdanovich") not in demand


def test_a_town_after_from_is_no_person() -> None:
    text = ("Среди вывезенных в Литву — Светлана Жолудь, бывшая учительница из Борисова, "
            "осуждённая в 2021 году на десять лет колонии.")
    claims = _claims(text, "ru")
    assert ("sentenced", "Светлана Жолудь") in claims
    assert not any(name == "Борисова" for _, name in claims)


def test_a_pardon_nobody_announced_pardons_nobody() -> None:
    text = ("Четырнадцать политзаключённых вышли на свободу. Среди освобождённых — Андрей "
            "Курбацкий. Официально о помиловании освобождённых не сообщалось.")
    claims = _claims(text, "ru")
    assert ("released", "Андрей Курбацкий") in claims
    assert ("pardoned", "Андрей Курбацкий") not in claims


def test_taken_out_of_a_colony_without_news_since() -> None:
    text = ("Руслан Пашкевич осуждён. 28 апреля его вывезли из новополоцкой колонии № 1, и с "
            "тех пор от него нет ни писем, ни звонков.")
    claims = _claims(text, "ru")
    assert ("transferred", "Руслан Пашкевич") in claims
    assert ("incommunicado", "Руслан Пашкевич") in claims
    assert ("deported", "Руслан Пашкевич") not in claims


def test_the_next_sentence_denying_its_own_rumour_leaves_this_one() -> None:
    text = ("Марина Короткевич была задержана. Короткевич отпустили через трое суток. В "
            "некоторых чатах писали, что задержан и Виктор Шуляк, однако его родственники это "
            "опровергли.")
    claims = _claims(text, "ru")
    assert ("released", "Марина Короткевич") in claims
    assert ("detained", "Виктор Шуляк") not in claims


def test_part_of_a_batch_taken_abroad_gives_its_members_only_that_country() -> None:
    text = ("Belarusian authorities on Wednesday pardoned and released 30 people.\n\n"
            "Nine of the thirty were not allowed to go home. Late on Wednesday they were driven "
            "in a prison van to the Lithuanian border and told to walk across. Among them was "
            "Viktar Sniazhko, a construction foreman.\n\n"
            "Also among those freed was Ruslan Shestak, a taxi driver, who is back in his flat.")
    claims = extract_claims(text, "en")
    deported = {(c["person"]["name"], c["destination_country"])  # type: ignore[index]
                for c in claims if c["type"] == "deported"}
    assert deported == {("Viktar Sniazhko", "LT")}
    released = {c["person"]["name"] for c in claims  # type: ignore[index]
                if c["type"] == "released"}
    assert released == {"Viktar Sniazhko", "Ruslan Shestak"}


def test_names_of_other_peoples_in_the_same_prisons() -> None:
    text = ("Levan Khutsishvili was detained in Tbilisi. Rustem Seitkhalilov was sentenced to "
            "13 years. Tomasz Wilczek was detained at a Belarusian checkpoint.")
    claims = _claims(text, "en")
    assert ("detained", "Levan Khutsishvili") in claims
    assert ("sentenced", "Rustem Seitkhalilov") in claims
    assert ("detained", "Tomasz Wilczek") in claims
    assert not any(name.startswith("Але") for _, name in _claims(
        "Але Марыя ніколі не пісала прашэння. Марыя Станкевіч затрымана.", "be"))


def test_a_judge_named_before_the_verb_does_not_make_the_defendant_an_official() -> None:
    text = ("Антон Ведерников — звукорежиссёр.\n\n• 20 декабря 2022 г. — суд под "
            "председательством судьи Ирины Самсоновой приговаривает Антона к 6 годам колонии."
            "\n\n• Весна 2023 г. — этапирован в ИК-3 Омской области.")
    claims = _claims(text, "ru")
    assert ("sentenced", "Антон Ведерников") in claims
    assert ("transferred", "Антон Ведерников") in claims
    spokesman = _claims("Официальный представитель Департамента исполнения наказаний Сергей "
                        "Ковальчук заявил, что осуждённый был переведён в больницу.", "ru")
    assert ("transferred", "Сергей Ковальчук") not in spokesman


def test_a_prosecutors_request_is_no_verdict() -> None:
    text = "Тимур Галиев обвиняется в экстремизме. Прокурор запросил для Галиева семь лет, " \
           "приговор ещё не вынесен."
    assert ("sentenced", "Тимур Галиев") not in _claims(text, "ru")


def test_a_statement_that_recognises_the_following_people_in_the_present() -> None:
    text = ("Today the project recognises the following people as political prisoners.\n\n"
            "Oleg Marinin, 47, a history teacher from Tver. He was detained on 2 September.\n\n"
            "Tatyana and Pavel Sobol, a married couple from Tomsk. Both were detained in August. "
            "Pavel Sobol is held in Tomsk, while his wife was transferred in October to "
            "Novosibirsk.")
    claims = _claims(text, "en")
    for name in ("Oleg Marinin", "Tatyana Sobol", "Pavel Sobol"):
        assert ("recognized", name) in claims, name
    assert ("detained", "Tatyana Sobol") in claims and ("detained", "Pavel Sobol") in claims
    assert ("transferred", "Tatyana Sobol") in claims
    assert ("transferred", "Pavel Sobol") not in claims


def test_recognising_in_the_present_and_only_asking_for_it() -> None:
    text = ("Today the undersigned human rights organisations recognise 14 more people as "
            "political prisoners. Among them:\n\nMaryna Savitskaya, 29, a florist from Minsk, "
            "was detained on 14 January 2025.")
    claims = _claims(text, "en")
    assert ("recognized", "Maryna Savitskaya") in claims
    assert ("released", "Maryna Savitskaya") not in claims
    asked = _claims("Kirill Nesterovich was detained in March. I ask human rights defenders to "
                    "look at Kirill's case and recognise him as a political prisoner.", "en")
    assert ("recognized", "Kirill Nesterovich") not in asked


def test_newsrooms_in_exile_and_the_freed_as_an_adjective() -> None:
    text = ("Former political prisoner Siarhei Nestsiarovich was summoned to the police and "
            "warned over an interview he gave to an exiled outlet.")
    assert ("deported", "Siarhei Nestsiarovich") not in _claims(text, "en")
    text = ("Taras Hnatiuk of the Ukrainian ombudsman's office said the freed Belarusians would "
            "receive temporary documents.")
    assert not _claims(text, "en")


def test_a_bare_unisex_surname_keeps_to_the_woman_named_before() -> None:
    text = ("Во вторник политзаключённая Наталья Шилко была освобождена. Шилко, 39-летняя "
            "медсестра, была осуждена в 2022 году на 5 лет колонии. Брат Натальи, Виктор Шилко, "
            "ещё в 2021 году сам уехал в Литву.")
    claims = _claims(text, "ru")
    assert ("sentenced", "Наталья Шилко") in claims
    assert not any(name == "Виктор Шилко" for _, name in claims)


def test_an_official_denial_called_a_lie() -> None:
    text = ("Информацию о том, что Николай Борисевич помещён в ШИЗО, в ДИН назвали ложью.")
    assert not _claims(text, "ru")
    text = ("The department rejected as \"fabrications\" reports that Viktar Shumski had spent "
            "weeks in a punishment cell.")
    assert not _claims(text, "en")


def test_two_terms_given_in_one_sentence_and_a_list_after_a_dash() -> None:
    text = ("The court gave Tural Mammadli nine years in prison and Aynur Hasanova eight and a "
            "half years. A coalition of rights groups has included both journalists on its list "
            "of political prisoners.")
    result = extract_claims(text, "en")
    terms = {c["person"]["name"]: c["term_months"] for c in result  # type: ignore[index]
             if c["type"] == "sentenced"}
    assert terms == {"Tural Mammadli": 108, "Aynur Hasanova": 102}
    assert {c["person"]["name"] for c in result  # type: ignore[index]
            if c["type"] == "recognized"} == {"Tural Mammadli", "Aynur Hasanova"}
    be = _claims("У аўторак сілавікі затрымалі проста ў цэху трох рабочых — Андрэя Кулеша, "
                 "Паўла Стасюка і Міколу Лазарчыка.", "be")
    for name in ("Андрэй Кулеш", "Павел Стасюк", "Мікола Лазарчык"):
        assert ("detained", name) in be, name


def test_time_in_prison_so_far_is_no_term() -> None:
    from volia.extract.terms import find_terms

    assert find_terms("after three years in prison he was freed") == []
    assert find_terms("sentenced to 10 years in prison")[0][2] == 120


def test_a_russian_daily_bulletin_of_recognitions() -> None:
    text = ("Вчера правозащитное сообщество признало политзаключёнными ещё девять человек. Об "
            "остальных троих известно следующее.\n\nЛюдмила Кравец, 58 лет, бухгалтер из "
            "Слонима. Обвиняемая по статье 369 Уголовного кодекса.\n\nСтанислав Рудак, 44 года, "
            "фермер. В феврале суд приговорил его к 4 годам 6 месяцам колонии.\n\nКроме того, "
            "статус политзаключённого больше не распространяется на Петра Жарко.")
    result = extract_claims(text, "ru")
    pairs = {(c["type"], c["person"]["name"]) for c in result  # type: ignore[index]
             if c["person"]}
    assert ("recognized", "Людмила Кравец") in pairs and ("charged", "Людмила Кравец") in pairs
    assert ("recognized", "Станислав Рудак") in pairs
    assert ("recognition_withdrawn", "Пётр Жарко") in pairs
    assert [c["term_months"] for c in result if c["type"] == "sentenced"] == [54]


def test_freed_in_a_relative_clause_before_what_state_media_said() -> None:
    text = ("Зміцер Ракуць, які вызваліўся ў 2023 годзе і цяпер жыве ў Варшаве, даведаўся з "
            "дзяржаўных СМІ, што яму завочна прад'яўлена новае абвінавачванне.")
    claims = _claims(text, "be")
    assert ("released", "Зміцер Ракуць") in claims
    assert ("charged", "Зміцер Ракуць") not in claims
    after = _claims("Былая палітвязенка Валерыя Сідаровіч пасля вызвалення сама з'ехала ў "
                    "Вільню.", "be")
    # «Валерыя» is also the genitive of Валерый: the name's form is left to the reviewer
    assert any(kind == "released" and name.endswith("Сідаровіч") for kind, name in after)
    assert not any(kind == "deported" for kind, _ in after)


def test_named_members_of_a_pardoned_batch_told_one_paragraph_each() -> None:
    text = ("Belarusian authorities freed eleven political prisoners last Thursday under a "
            "pardon decree. On Monday, Viasna named seven of them.\n\n"
            "\"People are afraid,\" said Tatsiana Lisitsa, a Viasna coordinator.\n\n"
            "The best known of the seven is Valiantsin Arlou, a historian. He was not allowed "
            "to go home: officers drove him straight to the Lithuanian border.\n\n"
            "Alena Tsvirko, a nurse from Hrodna, returned home.")
    claims = _claims(text, "en")
    for kind in ("pardoned", "released", "deported"):
        assert (kind, "Valiantsin Arlou") in claims, kind
    assert ("released", "Alena Tsvirko") in claims
    assert ("deported", "Alena Tsvirko") not in claims
    assert not any(name == "Tatsiana Lisitsa" for _, name in claims)


def test_brought_to_vilnius_with_a_member_of_the_batch() -> None:
    text = ("Президент помиловал 47 человек. Среди вывезенных в Литву — бывший директор школы "
            "Алесь Шиманович. Вместе с ним в Вильнюс привезли инженера Игоря Соловья.")
    claims = _claims(text, "ru")
    assert ("deported", "Игорь Соловей") in claims and ("released", "Игорь Соловей") in claims
    assert not _claims("Игорь Соловей живёт в Вильнюсе.", "ru")


def test_pressure_on_the_family_of_a_former_prisoner() -> None:
    ru = _claims("На прошлой неделе милиция пришла к Петру Лысенко — отцу бывшего "
                 "политзаключённого Антона Лысенко.", "ru")
    assert ("persecuted_after_release", "Антон Лысенко") in ru
    assert ("persecuted_after_release", "Пётр Лысенко") not in ru
    en = _claims("Officers visited the parents of former political prisoner Ihar Sadouski in "
                 "Lida.", "en")
    assert ("persecuted_after_release", "Ihar Sadouski") in en
    again = _claims("Roman Belous, a former political prisoner, was freed in 2023. Officers came "
                    "to his home on 19 November and detained him.", "en")
    assert ("persecuted_after_release", "Roman Belous") not in again


def test_members_handed_over_abroad_and_participles_that_agree_with_one_name() -> None:
    en = extract_claims("Uladzimir Mazuryk, a carpenter from Pinsk, was among those handed over "
                        "to Ukrainian border guards. Swedish citizen Erik Lindqvist was among "
                        "those brought to Vilnius.", "en")
    deported = {(c["person"]["name"], c["destination_country"])  # type: ignore[index]
                for c in en if c["type"] == "deported"}
    assert deported == {("Uladzimir Mazuryk", "UA"), ("Erik Lindqvist", "LT")}
    taken = _claims("Among those taken that morning were his neighbours Ernes Memetov and Asan "
                    "Kurtveliev.", "en")
    assert not any(kind == "released" for kind, _ in taken)
    ru = _claims("В Польшу также передали бывшую учительницу Ольгу Тарасевич и предпринимателя "
                 "Виктора Лойко, задержанного в 2022 году.", "ru")
    assert ("deported", "Ольга Тарасевич") in ru and ("deported", "Виктор Лойко") in ru
    assert ("detained", "Виктор Лойко") in ru and ("detained", "Ольга Тарасевич") not in ru


def test_verdicts_given_name_by_name_after_a_dash() -> None:
    ru = extract_claims("Ремзи Абляев получил 13 лет лишения свободы, Назим Куртбединов — 12 лет "
                        "колонии строгого режима, Ленур Сейдаметов — 11 лет 6 месяцев.", "ru")
    terms = sorted(int(str(c["term_months"])) for c in ru if c["type"] == "sentenced")
    assert terms == [138, 144, 156]
    be = _claims("Машыніст Канстанцін Бурак атрымаў тры гады калоніі, дыспетчарка Святлана "
                 "Сцепаненка — чатыры з паловай гады.", "be")
    assert ("sentenced", "Святлана Сцепаненка") in be
    alone = _claims("Суд огласил приговор. Кирилл Лагун — четыре года колонии.", "ru")
    assert ("sentenced", "Кирилл Лагун") in alone
    assert not _claims("Дмитрий Лукша — политзаключённый с 2021 года.", "ru")


def test_members_who_went_home_and_relatives_freed_themselves() -> None:
    ru = _claims("Помилованы 47 политзаключённых. Наталья Левчук из Светлогорска вернулась "
                 "домой.", "ru")
    assert ("released", "Наталья Левчук") in ru
    assert not _claims("Наталья Левчук вернулась домой с работы.", "ru")
    en = _claims("Ihar Kazlouski was freed in the pardon of 18 prisoners. Iryna Chumak, a "
                 "pharmacist, was also on the bus. Her husband, Stanislau Kudrautsau, who was "
                 "himself released in 2023, met her in Kyiv.", "en")
    assert ("released", "Iryna Chumak") in en
    assert ("released", "Stanislau Kudrautsau") in en


def test_more_ways_to_say_nobody_hears_from_a_prisoner() -> None:
    for text in ("Darya Kavalenka is in colony No. 4. We have had no news from her since March.",
                 "Darya Kavalenka is in colony No. 4. For more than a year the family hears "
                 "nothing from her.",
                 "Darya Kavalenka is in colony No. 4. Her family has lost contact with her."):
        assert ("incommunicado", "Darya Kavalenka") in _claims(text, "en"), text
    assert ("incommunicado", "Дарья Коваленко") in _claims(
        "Дарья Коваленко в колонии. Письма от неё перестали приходить в мае.", "ru")
    assert ("incommunicado", "Дар'я Каваленка") in _claims(
        "Дар'я Каваленка ў калоніі. Сувязь з ёй знікла ў сакавіку.", "be")


def test_held_on_a_charge_is_charged_but_sentenced_on_charges_is_not() -> None:
    held = _claims("Lyudmila Borovik, an accountant, has been held in custody since June on a "
                   "charge of insulting a government official.", "en")
    assert ("charged", "Lyudmila Borovik") in held
    verdict = _claims("The court sentenced blogger Mikita Aliakseyeu to 5 years on charges of "
                      "calls to action against national security.", "en")
    assert ("charged", "Mikita Aliakseyeu") not in verdict
    assert ("charged", "Никита Зуев") in _claims("Никита Зуев задержан в июле по обвинению в "
                                                  "госизмене.", "ru")


def test_russian_surnames_of_men_and_women_back_to_the_nominative() -> None:
    from volia.extract.persons_ru import normalise_name

    assert normalise_name(["Никиту", "Ступина"])[0] == "Никита Ступин"
    assert normalise_name(["Эскендера", "Мамутова"])[0] == "Эскендер Мамутов"
    assert normalise_name(["Ольгу", "Винник"])[0] == "Ольга Винник"
    assert normalise_name(["Никита", "Ступин"]) == ("Никита Ступин", "m")
    be = _claims("Суд асудзіў Сяргея Верабея на тры гады. Пятра Макарэвіча затрымалі.", "be")
    assert ("sentenced", "Сяргей Верабей") in be and ("detained", "Пятро Макарэвіч") in be


def test_conditions_refusals_and_a_new_batch_after_a_list() -> None:
    assert not _claims("Ігар Савіцкі асуджаны на тры гады. Калі апеляцыйны суд пакіне яго без "
                       "зменаў, Савіцкага этапуюць у калонію.", "be") & {
        ("transferred", "Ігар Савіцкі")}
    refused = _claims("Eleven prisoners were freed. Sviatlana Adamovich, freed with the same "
                      "group, refused to board the bus to Lithuania and was driven back home.",
                      "en")
    assert ("released", "Sviatlana Adamovich") in refused
    assert ("deported", "Sviatlana Adamovich") not in refused
    told = _claims("Pavel Sasnouski was released in March. I did not write any petition, and "
                   "nobody told me I had been pardoned.", "en")
    assert ("pardoned", "Pavel Sasnouski") not in told
    text = ("Sixteen political prisoners were pardoned and freed. We know the names of eleven of "
            "them, including Zmitser Kalinouski.\n\nNew political prisoners. This month we "
            "recognised 39 people as political prisoners, among them Anatol Sauchuk, a plumber.")
    claims = _claims(text, "en")
    assert ("recognized", "Anatol Sauchuk") in claims
    assert ("released", "Anatol Sauchuk") not in claims


def test_a_pardon_announced_for_a_count_and_a_former_prisoner_apart() -> None:
    text = ("В понедельник пресс-служба сообщила о помиловании и освобождении 31 человека. "
            "Среди них — 67-летний Пётр Лобач из Лиды.\n\nВ тот же день бывшего "
            "политзаключённого Вадима Резника, освобождённого в 2023 году, вызвали в КГБ.")
    claims = _claims(text, "ru")
    assert ("group_release", "31") in claims
    assert ("pardoned", "Пётр Лобач") in claims
    assert ("pardoned", "Вадим Резник") not in claims
    en = _claims("Belarus's president has pardoned 18 people, the latest in a series of "
                 "clemency gestures that rights groups dismiss as window dressing.", "en")
    assert ("group_release", "18") in en


def test_so_was_x_and_members_who_stayed_at_home() -> None:
    text = ("Belarus released nine prisoners on Tuesday. The group was driven to the Lithuanian "
            "border and handed over to American diplomats. Japanese citizen Kenji Morita, who "
            "was arrested in 2024, was also released. So was Vera Sakalouskaya, a pensioner.")
    claims = _claims(text, "en")
    assert ("released", "Vera Sakalouskaya") in claims
    assert ("detained", "Vera Sakalouskaya") not in claims
    assert ("deported", "Kenji Morita") in claims
    stayed = _claims("Belarus freed 52 prisoners and drove them to Lithuania. Leanid Tsvirka and "
                     "Valiantsina Bahdanava were also set free but stayed in Belarus at their own "
                     "request.", "en")
    assert ("released", "Leanid Tsvirka") in stayed
    assert ("deported", "Leanid Tsvirka") not in stayed


def test_taken_to_a_city_crossing_into_a_country_and_leaving_by_choice() -> None:
    text = ("Belarus released nine prisoners on Wednesday. Also taken to Vilnius were Siarhei "
            "Bulavin, a lawyer, and Uladzimir Kruk, a trade union activist. Leanid Burakou is in "
            "the same group and has crossed into Lithuania.")
    claims = _claims(text, "en")
    for name in ("Siarhei Bulavin", "Uladzimir Kruk", "Leanid Burakou"):
        assert ("deported", name) in claims and ("released", name) in claims, name
    assert not _claims("Ivan Petrov crossed into Poland on foot in 2021 to avoid arrest.", "en")
    own = _claims("Eleven prisoners were pardoned. Tatsiana Rakovich was also pardoned. On "
                  "Thursday she crossed into Lithuania to join her husband; she had made the "
                  "decision herself.", "en")
    assert ("deported", "Tatsiana Rakovich") not in own


def test_not_among_the_freed_hoped_for_and_nobody_expelled_him() -> None:
    assert not _claims("Pavel Drazdou, a Belarusian academic whose release Vilnius had also "
                       "sought, was not among those freed.", "en")
    assert not _claims("The wife of the jailed lawyer Siarhei Ulasevich had hoped to see his "
                       "name among the pardoned.", "en") & {("pardoned", "Siarhei Ulasevich"),
                                                             ("released", "Siarhei Ulasevich")}
    ru = _claims("Вопреки сообщениям ряда телеграм-каналов, среди помилованных нет журналистки "
                 "Виктории Ходкевич: её мать подтвердила, что Виктория по-прежнему в колонии.",
                 "ru")
    assert not any(kind in ("pardoned", "released") for kind, _ in ru)
    left = _claims("Артём Сухов вышел на свободу. Сам Сухов после освобождения уехал в Грузию по "
                   "собственному решению, его никто не выдворял.", "ru")
    assert ("deported", "Артём Сухов") not in left
    spokes = _claims("The prisoner died in hospital. A spokeswoman for the office, Olena Koval, "
                     "said the family had not been told the cause of death.", "en")
    assert ("died_in_custody", "Olena Koval") not in spokes


def test_members_named_one_by_one_after_a_counted_batch_taken_abroad() -> None:
    text = ("Belarus on Wednesday freed three prisoners.\n\nThe three, who had been pardoned on "
            "Tuesday, were driven to the Lithuanian border and handed over to US diplomats.\n\n"
            "Michael Brenner, 46, a teacher from Ohio, was detained in May 2024. Andrei "
            "Viarbitski, a sports reporter, had been serving a six-year sentence.")
    claims = _claims(text, "en")
    for name in ("Michael Brenner", "Andrei Viarbitski"):
        for kind in ("released", "deported"):
            assert (kind, name) in claims, (kind, name)
    home = _claims("Belarus freed twelve prisoners and drove them to Poland.\n\nLarysa "
                   "Hurynovich, a pharmacist, was offered a seat on the bus to Poland and refused "
                   "it. She was allowed to go home.", "en")
    assert ("deported", "Larysa Hurynovich") not in home


def test_announced_names_in_the_same_paragraph_and_statements_with_a_comma() -> None:
    ru = _claims("Президент подписал указ о помиловании 23 человек. Все они вышли на свободу.\n\n"
                 "Правозащитникам удалось установить имена двоих. Это Станислав Левчук из "
                 "Кобрина и Тамара Сушко, пенсионерка из Орши.", "ru")
    for name in ("Станислав Левчук", "Тамара Сушко"):
        assert ("pardoned", name) in ru and ("released", name) in ru, name
    en = _claims("We, the undersigned human rights organisations, today recognise the following "
                 "persons as political prisoners.\n\nAndrei Kuzniatsou, born in 1979, a sound "
                 "engineer.\n\nWe also announce that we withdraw the recognition of Leanid "
                 "Ramaniuk as a political prisoner.", "en")
    assert ("recognized", "Andrei Kuzniatsou") in en
    assert ("recognition_withdrawn", "Leanid Ramaniuk") in en
