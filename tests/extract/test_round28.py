"""Round 28: those a batch left behind, counts told with the one named first, and the controls
that keep each rule narrow. Every text here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 5, 4)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _counts(text: str, lang: str) -> list[int]:
    return [c["count"] for c in extract(text, published=PUB, lang=lang)["claims"]
            if c["type"] == "group_release"]


# -- a name heading the story of one left behind -------------------------------------------------
_LEFT_BEHIND = (
    "У чацвер, 1 траўня, анархіст Мікіта Бараноўскі выйшаў на волю па памілаванні. Разам з "
    "Мікітам вызвалілі яшчэ 6 чалавек; усіх вывезлі да ўкраінскай мяжы.\n\n"
    "Мікіта быў асуджаны на 7 гадоў за «тэракт».\n\n"
    "Аляксей Кірэй\n\n"
    "Сярод тых, хто застаўся, — Аляксей Кірэй. У сакавіку яго перавялі ў турму № 4.\n")


def test_a_name_heading_one_left_behind_is_no_freed_member() -> None:
    assert _people(_LEFT_BEHIND, "be", "released") == {"Мікіта Бараноўскі"}


def test_a_name_heading_a_freed_member_still_counts() -> None:
    text = _LEFT_BEHIND.replace("Сярод тых, хто застаўся, — Аляксей Кірэй.",
                                "Аляксей правёў за кратамі тры гады.")
    assert "Аляксей Кірэй" in _people(text, "be", "released")


def test_those_left_behind_are_no_members_and_block_no_other_release() -> None:
    from volia.extract import inside

    assert inside.left_behind("Среди тех, кто остался, — Олег Киреев.")
    assert inside.left_behind("Among those who remain is Oleg Kireyev.")
    assert not inside.left_behind("Среди тех, кого освободили, — Олег Киреев.")
    text = ("Журналистку Анну Смирнову помиловали и освободили 3 апреля, но более тысячи "
            "политзаключённых всё ещё за решёткой.")
    assert _people(text, "ru", "released") == {"Анна Смирнова"}


# -- the one named first and the counted others ----------------------------------------------------
def test_together_with_the_named_one_the_count_grows_by_one() -> None:
    assert _counts("Разам з Мікітам Бараноўскім вызвалілі яшчэ 6 чалавек.", "be") == [7]
    assert _counts("Вместе с Никитой Барановским освободили ещё 6 человек.", "ru") == [7]
    assert _counts("Along with Mikita Baranouski, six other prisoners were freed on Thursday.",
                   "en") == [7]


def test_a_count_without_the_named_one_stays() -> None:
    assert _counts("В четверг освободили ещё 6 человек.", "ru") == [6]
    assert _counts("Along with the pardon, six prisoners were freed on Thursday.", "en") == [6]


# -- trades: "the rapper", «адвоката», an epithet for the one prisoner before ----------------------
def test_a_trade_points_back_at_the_person_described_by_it() -> None:
    text = ("Artsiom Vaitsakhouski, a 34-year-old rapper, was detained in January. Viasna "
            "recognised the rapper as a political prisoner in March.")
    assert _people(text, "en", "recognized") == {"Artsiom Vaitsakhouski"}
    text = ("Адвокат Геннадий Стрельчук задержан в апреле 2021 года. В мае 2021 года "
            "правозащитники признали адвоката политзаключенным.")
    assert _people(text, "ru", "recognized") == {"Геннадий Стрельчук"}


def test_a_trade_word_near_another_name_describes_nobody_else() -> None:
    # «по данным адвоката» after Шилов does not make him a lawyer
    text = ("Вместе с Арсением Тумановым был его знакомый Егор Шилов. Материалы в отношении "
            "Шилова, по данным адвоката, выделены. Арсения Туманова перевели в СИЗО. С 3 мая "
            "адвоката к нему не пускают.")
    assert _people(text, "ru", "incommunicado") == {"Арсений Туманов"}


def test_a_trade_nobody_was_described_by_is_the_one_prisoner_before() -> None:
    text = "Суд у Мінску асудзіў Ігара Карнея на тры гады. Журналіста затрымалі ў ліпені 2023 года."
    assert _people(text, "be", "detained") == {"Ігар Карней"}


def test_a_feminine_trade_is_not_a_man_described_by_the_masculine() -> None:
    text = ("Брэсцкага выкладчыка гітары Андрэя Скрыпку затрымалі 2 траўня. Тым часам скончыўся "
            "тэрмін Вольгі Мацкевіч. Былая выкладчыца выйшла на волю 3 траўня.")
    assert _people(text, "be", "released") == {"Вольга Мацкевіч"}


def test_a_trade_in_apposition_to_a_name_is_no_epithet() -> None:
    text = ("Яго брат Віктар Мікуліч застаецца ў калоніі. На волі і Зміцер Гарбуз, журналіст з "
            "Магілёва.")
    assert "Віктар Мікуліч" not in _people(text, "be", "released")


# -- who a pronoun is not --------------------------------------------------------------------------
def test_the_one_set_apart_is_not_the_one_let_out() -> None:
    text = ("Maksim Hulevich was charged on 13 February. Danila Krauchanka was detained on 11 "
            "February. Unlike Maksim, he was let out on Tuesday on a written undertaking.")
    assert _people(text, "en", "released") == {"Danila Krauchanka"}
    text = ("Максима Гулевича арестовали. Данилу Кравченко задержали 11 февраля. В отличие от "
            "Максима, его отпустили во вторник под подписку.")
    assert _people(text, "ru", "released") == {"Данила Кравченко"}


def test_men_whose_names_end_in_a() -> None:
    from volia.extract.mentions import guess_gender

    assert guess_gender("Danila Krauchanka") == "m"
    assert guess_gender("Данила Кравченко") == "m"
    assert guess_gender("Daria Krauchanka") == "f"


def test_a_fellow_prisoner_freed_is_not_the_one_told_of() -> None:
    text = ("В понедельник в СИЗО умер Валерий Курбека. Освобождённый на этой неделе сокамерник "
            "утверждает, что последние дни Валерия держали в карцере.")
    assert not _people(text, "ru", "released")
    assert _people("His cellmate Ivan Petrou was released last week.", "en",
                   "released") == {"Ivan Petrou"}


# -- no release, no arrest -------------------------------------------------------------------------
def test_let_out_and_placed_under_house_arrest_is_no_release() -> None:
    assert not _people("Maryia Sadouskaya was let out of the temporary detention facility two "
                       "days after the arrest and placed under house arrest.", "en", "released")
    assert not _people("Марию Садовскую выпустили из ИВС через два дня и перевели под домашний "
                       "арест.", "ru", "released")
    assert _people("Maryia Sadouskaya was released on Monday. Her husband was placed under "
                   "house arrest.", "en", "released") == {"Maryia Sadouskaya"}


def test_a_post_the_next_sentence_shows_wrong_is_no_release() -> None:
    text = ('The post says Kanstantsin Khamenka "was freed and fled to Lithuania". He is in fact '
            'still in penal colony No. 22 in Ivatsevichy.')
    assert not _people(text, "en", "released")


def test_a_flat_no_after_a_description_denies_it() -> None:
    text = ('Volha Kandratsenka, a photographer, is described as "detained in Hrodna last '
            'week". She was not.')
    assert not _people(text, "en", "detained")


def test_reports_that_someone_was_arrested_are_hearsay() -> None:
    text = "Reports that Yauhen Shydlouski had been arrested spread on state channels."
    assert not _people(text, "en", "detained")


def test_hours_spent_in_a_police_van_are_a_short_hold() -> None:
    text = ("Two people detained next to Alina — Kira Osmanova and her partner — spent five "
            "hours in a police van. They were let go the same evening, Osmanova told us.")
    assert not _people(text, "en", "released")


def test_a_promise_of_a_charge_is_no_charge() -> None:
    text = "Ивану Петрову в КГБ пообещали скоро предъявить обвинение."
    assert not _people(text, "ru", "charged")
    # (and «хутка» is also "quickly": «яго хутка адпусцілі» is a release)
    assert _people("Івана Пятрова затрымалі 3 сакавіка, але ў судзе яго хутка адпусцілі.", "be",
                   "released") == {"Іван Пятроў"}


def test_a_body_named_by_its_possessive_makes_an_official() -> None:
    text = ("Andrei Rusakevich spent fifteen days in the punishment cell in May 2023, and in "
            "August 2023 the colony's deputy head, Yury Lapatka, ordered him transferred to the "
            "cell-type premises. In March 2024 he was moved to Penal Colony No. 17.")
    assert _people(text, "en", "transferred") == {"Andrei Rusakevich"}
    assert "Yury Lapatka" not in _people(text, "en", "solitary_confinement")


# -- registry pages: names with a patronymic, a story's own year -----------------------------------
def test_a_registry_heading_names_the_person() -> None:
    text = ("Дробыш, Виктор Николаевич\n\nВиктор Николаевич Дробыш — водитель. 3 февраля 2021 "
            "года Дробыша задержали. Его отца, Николая Дробыша, вызвали в милицию.")
    assert _people(text, "ru", "detained") == {"Виктор Дробыш"}
    text = "Лукашэвіч, Аляксандр Мікалаевіч\n\nЛукашэвіча затрымалі 3 мая."
    assert _people(text, "be", "detained") == {"Аляксандр Лукашэвіч"}


def test_a_patronymic_is_no_part_of_the_name() -> None:
    assert _people("Аляксандра Мікалаевіча Лукашэвіча затрымалі 3 мая.", "be",
                   "detained") == {"Аляксандр Лукашэвіч"}
    assert _people("Aliaksandr Mikalaevich Lukashevich was detained on 3 May.", "en",
                   "detained") == {"Aliaksandr Lukashevich"}


def test_a_day_without_its_year_follows_the_story() -> None:
    text = ("3 февраля 2021 года Виктора Дробыша задержали. 5 февраля ему предъявили "
            "обвинение по статье 364.")
    claims = extract(text, published=date(2022, 5, 18), lang="ru")["claims"]
    assert {c["type"]: c["date"] for c in claims}["charged"] == "2021-02-05"
    text = "Ивана Дробыша задержали 20 декабря 2021 года. 5 января ему предъявили обвинение."
    claims = extract(text, published=date(2022, 5, 18), lang="ru")["claims"]
    assert {c["type"]: c["date"] for c in claims}["charged"] == "2022-01-05"


def test_a_day_long_after_the_dated_one_keeps_the_publication_year() -> None:
    text = ("Ивана Дробыша задержали 3 февраля 2021 года. 5 мая ему предъявили новое "
            "обвинение.")
    claims = extract(text, published=date(2022, 5, 18), lang="ru")["claims"]
    assert {c["type"]: c["date"] for c in claims}["charged"] == "2022-05-05"


# -- recall ----------------------------------------------------------------------------------------
def test_the_complement_before_the_verb_recognises() -> None:
    assert _people("Міколу Трафімчыка затрымалі ў лютым 2021 года, палітвязнем яго прызналі ў "
                   "сакавіку.", "be", "recognized") == {"Мікола Трафімчык"}
    assert _people("Ивана Гурина задержали. Политзаключённым его признали в мае.", "ru",
                   "recognized") == {"Иван Гурин"}
    assert _people("Maxim Gurinovich was detained. Viasna declared Gurinovich a 'political "
                   "prisoner' back in 2021.", "en", "recognized") == {"Maxim Gurinovich"}


def test_freedom_told_before_its_verb() -> None:
    assert _people("Виктора Дробыша задержали 10 августа 2020 года. На свободу он вышел 20 "
                   "августа.", "ru", "released") == {"Виктор Дробыш"}


def test_a_court_gave_her_days() -> None:
    assert _people("Hanna Bialkevich was detained. The Lida District Court gave her fifteen "
                   "days of administrative arrest.", "en", "sentenced") == {"Hanna Bialkevich"}


def test_taken_to_a_detention_facility_is_an_arrest() -> None:
    assert _people("Hanna Bialkevich signed a letter. On 2 April 2021 police came to her flat, "
                   "found leaflets and took her to the temporary detention facility.", "en",
                   "detained") == {"Hanna Bialkevich"}


def test_neither_letters_nor_a_lawyer_got_through() -> None:
    assert _people("Hanna Bialkevich was sentenced. The last letter from her reached the family "
                   "on 19 February 2022. Since then neither letters nor her lawyer have got "
                   "through to her.", "en", "incommunicado") == {"Hanna Bialkevich"}


def test_allegedly_before_a_reason_doubts_only_the_reason() -> None:
    text = ('Aliaksandr Turkevich was sentenced. In January he was placed in a punishment cell '
            'for ten days, allegedly for "an untidy bed".')
    assert _people(text, "en", "solitary_confinement") == {"Aliaksandr Turkevich"}
    assert not _people("Aliaksandr Turkevich was placed in a punishment cell, allegedly.", "en",
                       "solitary_confinement")


def test_a_campaign_coordinator_is_no_official() -> None:
    text = ("Seviaryn, the coordinator of a campaign for local self-government, was detained in "
            "November 2021. Andrus Seviaryn was sentenced in June 2022.")
    assert _people(text, "en", "detained") == {"Andrus Seviaryn"}


def test_handed_over_to_the_regime_is_a_transfer() -> None:
    assert _people("On 15 July Andrei Karpenka was handed over to a Belarusian convoy in "
                   "Smolensk.", "en", "transferred") == {"Andrei Karpenka"}
    assert _people("Андрея Карпенко 15 июля передали белорусскому конвою в Смоленске.", "ru",
                   "transferred") == {"Андрей Карпенко"}
    assert not _people("On 15 July Andrei Karpenka was released and handed over to Lithuanian "
                       "border guards.", "en", "transferred")


def test_charged_under_an_article() -> None:
    assert _people("Ивана Петрова задержали в марте и обвинили по статье 342 УК.", "ru",
                   "charged") == {"Иван Петров"}


def test_not_sent_back_to_the_colony_is_no_hold() -> None:
    text = ("Виктор Гордеенок, помилованный тем же указом, отказался садиться в автобус. "
            "Неожиданно его не вернули в колонию: в тот же день он был освобождён.")
    assert _people(text, "ru", "released") == {"Виктор Гордеенок"}
    assert _people("Павла Сивца осудили. В феврале 2026 года его вернули в ИК-17.", "ru",
                   "transferred") == {"Павел Сивец"}


def test_no_contact_told_after_the_family() -> None:
    assert _people("Павла Сивца осудили. В январе 2024 года его перевели в тюрьму № 4; с тех "
                   "пор связи с ним у семьи нет.", "ru", "incommunicado") == {"Павел Сивец"}
    assert _people("Andrus Seviaryn was sentenced. Since then, neither relatives nor lawyers "
                   "have had any contact with him.", "en", "incommunicado") == {"Andrus Seviaryn"}


def test_two_months_share_the_year_told_once() -> None:
    claims = extract("Павла Сивца осудили. В марте и апреле 2023 года его дважды помещали в "
                     "ШИЗО.", published=date(2026, 5, 1), lang="ru")["claims"]
    assert sorted(c["date"] for c in claims if c["type"] == "solitary_confinement") == [
        "2023-03", "2023-04"]


def test_the_one_told_is_not_the_one_taken() -> None:
    text = ("Tatsiana Hrynkevich, his wife, called from Vilnius. Her husband Andrus Hrynkevich "
            "rang her. He told her that this morning he was taken out of his colony and driven "
            "to the border with Lithuania.")
    assert "Tatsiana Hrynkevich" not in _people(text, "en", "released")
    assert "Tatsiana Hrynkevich" not in _people(text, "en", "deported")


def test_what_they_said_in_the_detachment_is_hearsay() -> None:
    text = ("- In the detachment they said another prisoner, Arkadz Lazarchyk, was pardoned in "
            "September.")
    assert not _people(text, "en", "pardoned")


def test_ranks_and_inspectors_are_officials() -> None:
    text = ("Mikhas Zhybul was moved to cell-type premises on 2 September. The PKT order was "
            "signed by the colony head, Col. Viktar Kulbitski.")
    assert _people(text, "en", "solitary_confinement") == {"Mikhas Zhybul"}
    text = ("Мастачка Ала Шыла вызвалілася ў траўні. Участковы інспектар Дзяніс Кавальчук "
            "сказаў ёй, што гэта «звычайная працэдура для ўсіх, хто вызваліўся».")
    assert "Дзяніс Кавальчук" not in _people(text, "be", "released")


def test_a_coordinator_of_a_group_is_one_of_the_prisoners() -> None:
    text = ("Transport police detained Lev Bogomolov, a coordinator of a local environmental "
            "group, on Wednesday.")
    assert _people(text, "en", "detained") == {"Lev Bogomolov"}
    text = ('"People are afraid," said Tatsiana Lisitsa, a Viasna coordinator. Tatsiana Lisitsa '
            "was among those who met the freed at the border.")
    assert not _people(text, "en", "released")


def test_a_list_of_other_days_after_a_counted_release_is_no_batch() -> None:
    text = ("Zinaida Paulouskaya was among the eighteen political prisoners pardoned and released "
            "on 3 July. Her son is still inside.\n\n8 August: Yan Paulouski, 40\n\nYan, an IT "
            "specialist, was sentenced in October 2022 to eight years.\n\n14 August: Aksana "
            "Tryhubovich, 37\n\nAksana, a hairdresser, was sentenced to five years.")
    claims = extract(text, published=date(2024, 8, 1), lang="en")["claims"]
    freed = {c["person"]["name"] for c in claims if c["type"] == "released"}
    assert freed == {"Zinaida Paulouskaya"}


def test_what_someone_wrote_in_a_chat_is_hearsay() -> None:
    assert not _people("someone wrote in a chat that Leanid Sakalouski was pardoned in the New "
                       "Year batch.", "en", "pardoned")
    assert not _people("and Andrei Kryvanos — guys in the yard said he was pardoned, but nobody "
                       "knows.", "en", "pardoned")
    assert not _people("Кто-то написал в чате, что Леонида Соколовского помиловали.", "ru",
                       "pardoned")


# -- the review's controls: each new rule kept narrow ---------------------------------------------
def test_the_latest_news_keeps_its_own_year() -> None:
    text = ("Ивана Петрова задержали 10 марта 2021 года и приговорили к четырём годам колонии. "
            "25 апреля он вышел на свободу, полностью отбыв срок.")
    claims = extract(text, published=date(2025, 5, 4), lang="ru")["claims"]
    assert {c["type"]: c["date"] for c in claims}["released"] == "2025-04-25"
    claims = extract("Анна Смирнова родилась 3 марта 1990 года. 15 апреля её задержали.",
                     published=date(2025, 5, 4), lang="ru")["claims"]
    assert [c["date"] for c in claims if c["type"] == "detained"] == ["2025-04-15"]


def test_a_masculine_trade_in_the_genitive_is_the_man() -> None:
    text = ("Художница Анна Смирнова и художник Пётр Иванов были задержаны в 2021 году. Обоих "
            "приговорили к трём годам колонии. Художника освободили 10 марта по помилованию.")
    assert _people(text, "ru", "released") == {"Пётр Иванов"}


def test_staff_and_newcomers_are_not_the_prisoner() -> None:
    assert not _people("Ivan Petrou, a 45-year-old doctor, was sentenced in 2023. The prison "
                       "doctor was dismissed and deported to Russia.", "en", "deported")
    assert not _people("The court sentenced Ihar Losik to four years. The journalist who filmed "
                       "the hearing was freed on Monday.", "en", "released")
    assert "Ihar Losik" not in _people("Lawyer Sapelka said Ihar Losik had been moved. On Friday "
                                       "the lawyer was detained by KGB officers.", "en",
                                       "detained")


def test_her_only_son_is_not_her() -> None:
    assert not _people("Maryna Ivanova has campaigned for months. On Tuesday the court gave her "
                       "only son five years in a penal colony.", "en", "sentenced")


def test_papers_handed_over_move_nobody() -> None:
    assert not _people("Петиция с требованием освободить Ивана Петрова передана белорусским "
                       "властям через посольство.", "ru", "transferred")


def test_kin_before_a_comma_is_no_surname() -> None:
    text = ("Ивана Петрова задержали 3 апреля в Гродно.\nМать, Ольга Николаевна, тоже была "
            "задержана 5 апреля.")
    assert "Ольга Мать" not in _people(text, "ru", "detained")


def test_a_surname_in_evich_is_no_patronymic_before_another_word() -> None:
    text = ("Палітвязня Алеся Міхалевіча Еўрарадыё назвала героем. Суд асудзіў Алеся Міхалевіча "
            "на 3 гады.")
    assert _people(text, "be", "sentenced") == {"Алесь Міхалевіч"}


def test_freed_with_a_cellmate_is_still_freed() -> None:
    assert _people("Ihar Losik, sentenced to 15 years, was freed together with his cellmate on "
                   "3 April.", "en", "released") == {"Ihar Losik"}


def test_house_arrest_of_others_leaves_the_release() -> None:
    assert _people("Ивана Петрова освободили из СИЗО 3 апреля, а его жену и сына отправили под "
                   "домашний арест.", "ru", "released") == {"Иван Петров"}


def test_together_with_a_group_adds_nobody() -> None:
    assert _counts("Together with those freed in September, 14 more political prisoners were "
                   "released on Friday.", "en") == [14]


def test_new_english_patterns_stay_narrow() -> None:
    assert not _people("Ivan Petrou was sentenced to six years in 2023. Neither his lawyer nor "
                       "his wife have seen the case file.", "en", "incommunicado")
    assert not _people("Anna Petrova was beaten by unknown men on 3 April. Her father took her to "
                       "the district police department to file a complaint.", "en", "detained")


def test_former_inspectors_and_district_doctors_are_prisoners() -> None:
    assert _people("Бывший участковый инспектор Иван Петров приговорён к 3 годам колонии.", "ru",
                   "sentenced") == {"Иван Петров"}
    assert _people("Участковый врач Анна Смирнова задержана 3 апреля в Гомеле.", "ru",
                   "detained") == {"Анна Смирнова"}
