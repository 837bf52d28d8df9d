"""Round 27: who a clause is about when a source or an owner stands before the name, when a
silence began, releases that are a short hold or a re-arrest at the gate, lists and beliefs
that report nothing, names that are no people, court calendars' rows, and the controls that
keep each rule narrow. Every text here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2024, 5, 10)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


# -- a source without a comma ----------------------------------------------------------------
def test_a_nominative_name_after_a_source_is_the_subject() -> None:
    assert _people("По словам правозащитников Андрей Кириллов был задержан в среду в Минске.",
                   "ru", "detained") == {"Андрей Кириллов"}
    assert _people("По словам правозащитников Мария Кириллова была задержана в среду.",
                   "ru", "detained") == {"Мария Кириллова"}
    assert _people("Паводле праваабаронцаў Андрэй Кірылаў быў затрыманы ў сераду ў Мінску.",
                   "be", "detained") == {"Андрэй Кірылаў"}


def test_a_name_in_the_genitive_after_a_source_is_still_the_source() -> None:
    assert not _people("По словам адвоката Андрея Кириллова, его задержали в среду в Минске.",
                       "ru", "detained")
    assert not _people("По словам адвоката Марии Кирилловой её задержали в среду.",
                       "ru", "detained")


# -- an owner before a described colleague -----------------------------------------------------
def test_the_colleague_after_an_owner_is_the_one_detained() -> None:
    people = _people("В среду в Гродно задержали коллегу Игоря Лосика, журналиста Павла Сапелко.",
                     "ru", "detained")
    assert people == {"Павел Сапелко"}


def test_an_owner_followed_by_the_relative_alone_still_yields_the_relative() -> None:
    people = _people("В среду задержан брат Вероники Пархоменко, Константин Пархоменко.",
                     "ru", "detained")
    assert people == {"Константин Пархоменко"}


def test_an_undeclined_surname_before_a_comma_is_the_source() -> None:
    text = ("Оксану Шевчук задержали в августе. В октябре её, по словам Левченко, этапировали в "
            "Таганрог.")
    assert _people(text, "ru", "transferred") == {"Оксана Шевчук"}


# -- when a silence began ------------------------------------------------------------------------
def _dates(text: str, lang: str, kind: str) -> dict[str, object]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return {c["person"]["name"]: c["date"] for c in claims if c["type"] == kind}


def test_a_silence_begins_the_day_after_the_last_letter() -> None:
    text = ("Виталия Дорофеева задержали 12 января. Последнее письмо от брата Светлана получила "
            "20 января. После этого — ни писем, ни звонков, адвоката к нему не пускали.")
    assert _dates(text, "ru", "incommunicado") == {"Виталий Дорофеев": "2024-01-21"}
    text = ("Uladzimir Lahun's mother says she has had no news of her son since his last letter "
            "of 8 November.")
    assert _dates(text, "en", "incommunicado") == {"Uladzimir Lahun": "2023-11-09"}


def test_a_silence_since_then_begins_with_the_arrest_told_before() -> None:
    text = ("Halyna Moroz was detained on 12 September in Kherson. The family has had no contact "
            "with her since and does not know where she is held.")
    assert _dates(text, "en", "incommunicado") == {"Halyna Moroz": "2023-09-12"}


def test_a_silence_with_no_cue_keeps_no_date() -> None:
    text = ("Halyna Moroz was detained on 12 September in Kherson. Her family has heard nothing "
            "from her for months.")
    assert _dates(text, "en", "incommunicado") == {"Halyna Moroz": None}


# -- releases that are a short hold or a re-arrest ----------------------------------------------
def test_let_go_hours_after_a_summons_is_no_release() -> None:
    text = ("Виктора Шабалина задержали в среду. Отца адвоката, Петра Дробыша, на следующий день "
            "вызвали в КГБ «на беседу». Через два часа его отпустили.")
    assert not _people(text, "ru", "released")


def test_walking_out_and_being_seized_at_once_is_no_release() -> None:
    assert not _people("В четверг Ломако вышел за ворота изолятора на Окрестина — и его тут же "
                       "снова задержали.", "ru", "released")
    assert not _people("On Thursday Ivan Lomako walked out of the Akrestsina centre and was "
                       "immediately re-arrested.", "en", "released")


def test_a_release_months_before_a_new_arrest_stays() -> None:
    text = ("Олег Левша, освобождённый в сентябре после двух лет заключения, 20 декабря снова "
            "задержан.")
    assert _people(text, "ru", "released") == {"Олег Левша"}


def test_a_relative_let_go_the_same_evening_or_an_hour_later_has_no_claims() -> None:
    text = ("Hleb Kruk was sentenced to three years on Monday. His mother, Alena Kruk, was taken "
            "to a police station after the verdict and released late in the evening.")
    assert "Alena Kruk" not in _people(text, "en", "released") | _people(text, "en", "detained")
    text = ("Романа Кунцевича задержали 10 января. Жена музыканта Алина Кунцевич попыталась "
            "подойти к автозаку, и её тоже задержали. Через час Алину отпустили.")
    assert _people(text, "ru", "detained") == {"Роман Кунцевич"}
    assert not _people(text, "ru", "released")


def test_a_member_only_expected_on_a_list_is_not_freed() -> None:
    text = ("21 июня освободили 14 политзаключённых. Среди освобождённых, как ожидали многие, мог "
            "оказаться и рок-музыкант Роман Лысюк.")
    assert not _people(text, "ru", "released")
    text = "21 июня освободили 14 политзаключённых. Среди освобождённых — рок-музыкант Роман Лысюк."
    assert _people(text, "ru", "released") == {"Роман Лысюк"}


def test_a_strike_is_no_walk_out_of_prison() -> None:
    text = ("Hleb Tsvirko, who played Hamlet on the stage of the Yanka Kupala National Theatre "
            "until the troupe walked out in August 2020, has been moved to Penal Colony No. 3.")
    assert not _people(text, "en", "released")
    assert _people(text, "en", "transferred") == {"Hleb Tsvirko"}
    assert _people("Hleb Tsvirko, sentenced to two years in 2021, walked out in August.", "en",
                   "released") == {"Hleb Tsvirko"}


# -- what reports nothing ----------------------------------------------------------------------
def test_unnamed_channels_lists_beliefs_and_disputed_reports_give_no_claim() -> None:
    assert not _people("Some Telegram channels also listed Stanislau Lahunou among the pardoned.",
                       "en", "pardoned")
    assert not _people("For a long time people in the chat believed that its administrator, "
                       "Siarhei Marozau, had been arrested, too.", "en", "detained")
    assert not _people("Neither Haurylenka nor Uladzislau Kopach has yet been recognised as a "
                       "political prisoner.", "en", "recognized")
    assert not _people("An earlier version of this announcement said that Pavel Markevich had been "
                       "moved to the detention centre in Minsk; that was a mistake.", "en",
                       "transferred")
    assert not _people("Мать Юлии Радкевич после сообщений в соцсетях о том, что дочь лишили "
                       "переписки, обратилась в прокуратуру.", "ru", "incommunicado")
    assert not _people("Адвакат паэта аспрэчвае і іншую вестку — што Кастуся Верамейчыка ўжо "
                       "некалькі месяцаў трымаюць у адзіночнай камеры.", "be",
                       "solitary_confinement")


def test_exiled_before_a_description_is_no_removal() -> None:
    assert not _people("Minsk opens in-absentia case against exiled former lawyer Aleh Hrynkevich",
                       "en", "deported")
    assert _people("Aleh Hrynkevich was exiled to Lithuania in June after his release.", "en",
                   "deported") == {"Aleh Hrynkevich"}


# -- names -------------------------------------------------------------------------------------
def test_institution_words_are_no_people() -> None:
    text = ("Kiryl Dzianisenka was detained by officers of the Main Directorate for Combating "
            "Organised Crime. Because he had spent two months in the remand prison, he was "
            "released in the courtroom.")
    assert _people(text, "en", "released") == {"Kiryl Dzianisenka"}


def test_a_mans_surname_in_a_is_read_back_to_the_nominative() -> None:
    assert _people("Суд осудил Павла Ракиту на пять лет.", "ru", "sentenced") == {"Павел Ракита"}
    assert _people("Суд осудил Николая Кулешу на пять лет.", "ru", "sentenced") == {
        "Николай Кулеша"}
    assert _people("Павлу Лосику дали пять лет.", "ru", "sentenced") == {"Павел Лосик"}


def test_belarusian_womens_accusative_and_surnames_in_a() -> None:
    assert _people("Суд асудзіў Валянціну Казлоўскую на два гады.", "be", "sentenced") == {
        "Валянціна Казлоўская"}
    assert _people("Суд асудзіў Андрэя Бандарэнку на два гады.", "be", "sentenced") == {
        "Андрэй Бандарэнка"}


def test_an_impersonal_verb_with_a_woman_as_object_is_the_topics() -> None:
    text = "Суд асудзіў Тамару Сіняўскую на тры гады калоніі. Затрымалі жанчыну ў лістападзе."
    assert _people(text, "be", "detained") == {"Тамара Сіняўская"}


# -- court calendars and deaths ----------------------------------------------------------------
def test_a_calendar_row_with_an_article_is_a_charge() -> None:
    assert _people("Alena Zhdanovich, 44, a kindergarten teacher, Article 342.", "en",
                   "charged") == {"Alena Zhdanovich"}
    assert _people("Алена Жданович, 44 года, воспитательница, ст. 342.", "ru", "charged") == {
        "Алена Жданович"}
    assert not _people("Ivan Petrov, 34, Article 342, three years.", "en", "charged")


def test_a_charge_against_and_a_trial_on_charges() -> None:
    text = ("Closed trial of Yauhen Karaliou, who ran a neighbourhood chat, on charges of "
            "organising group actions. A new charge of malicious disobedience (Article 411) "
            "against Andrei Kaliada, who is serving five years.")
    assert _people(text, "en", "charged") == {"Yauhen Karaliou", "Andrei Kaliada"}


def test_a_death_in_a_remand_centres_medical_unit_is_in_custody() -> None:
    text = ("Henadz Charnou, a retired bus driver, died on 2 December in the medical unit of the "
            "Viciebsk pre-trial detention centre.")
    assert _people(text, "en", "died_in_custody") == {"Henadz Charnou"}


# -- first-person columns signed under the headline -------------------------------------------
def test_a_signed_column_tells_the_authors_own_story() -> None:
    text = ("Fifteen days: what the gate taught me\n\nBy Pavel Drozdovich\n\n"
            "They took me on 11 August 2020, near the metro. A judge gave me fifteen days of "
            "administrative arrest.\n\nI was released on 26 August and I am at home now.")
    assert _people(text, "en", "detained") == {"Pavel Drozdovich"}
    assert _people(text, "en", "sentenced") == {"Pavel Drozdovich"}
    assert _people(text, "en", "released") == {"Pavel Drozdovich"}
    text = ("Полтора года и один паспорт\n\nГлеб Сидорчик\n\n28 марта я вышел из колонии.\n\n"
            "Нас задержали вместе, 13 сентября 2020 года, на марше в Минске. В феврале суд дал "
            "мне полтора года колонии.")
    assert _dates(text, "ru", "detained") == {"Глеб Сидорчик": "2020-09-13"}
    assert _people(text, "ru", "released") == {"Глеб Сидорчик"}


def test_a_headline_in_the_first_person_signs_nothing() -> None:
    text = ("What prison taught me\n\nThe courts of Minsk sentenced three people this week. "
            "I was not in the courtroom.")
    assert not _people(text, "en", "sentenced")


# -- days counted back from publication, verbs joined --------------------------------------------
def test_days_and_weeks_ago_count_back_from_publication() -> None:
    assert _dates("Кирилла Мацкевича осудили в апреле. Неделю назад он вышел из колонии в "
                  "Шклове.", "ru", "released") == {"Кирилл Мацкевич": "2024-05-03"}
    assert _dates("Kiryl Matskevich was freed from the colony two days ago.", "en",
                  "released") == {"Kiryl Matskevich": "2024-05-08"}


def test_two_verbs_joined_share_the_date_after_them() -> None:
    text = ("Siarhei Kulich, who was pardoned and released in July 2023, became a suspect in a new "
            "case in October.")
    assert _dates(text, "en", "pardoned") == {"Siarhei Kulich": "2023-07"}
    assert _dates(text, "en", "released") == {"Siarhei Kulich": "2023-07"}


# -- memoir words in the third person ----------------------------------------------------------
def test_days_of_arrest_and_a_walk_out_of_the_isolator() -> None:
    text = ("Кирилла Мацкевича задержали 17 апреля. Через два дня судья дала ему пятнадцать "
            "суток. Он вышел из изолятора в Жодино.")
    assert _people(text, "ru", "sentenced") == {"Кирилл Мацкевич"}
    assert _people(text, "ru", "released") == {"Кирилл Мацкевич"}
    text = ("В ШИЗО помещён политзаключённый Борис Тарасевич: ему дали десять суток за "
            "«невежливое обращение».")
    assert not _people(text, "ru", "sentenced")


def test_a_convoy_and_a_move_between_colony_towns_are_transfers() -> None:
    assert _people("In January Aksana Zhurauskaya was taken by convoy to Penal Colony No. 4 in "
                   "Gomel.", "en", "transferred") == {"Aksana Zhurauskaya"}
    assert _people("In 2023 Ryhor Dzenisevich was moved from Shklou to Vitba.", "en",
                   "transferred") == {"Ryhor Dzenisevich"}
    assert not _people("In 2023 Ryhor Dzenisevich moved from Minsk to Vilnius.", "en",
                       "transferred")


# -- short detentions and releases only sought -----------------------------------------------
def test_a_brief_detention_let_go_the_same_evening_is_no_release() -> None:
    text = ("Valiantsina Hrakovich is held in the remand prison. In October 2020 she was briefly "
            "detained at a pensioners' march and released the same evening without charge.")
    assert not _people(text, "en", "released")


def test_officers_waiting_at_the_gate_are_a_re_arrest() -> None:
    text = ("Hleb Yarotsky was detained on September 20. When he walked out of the special "
            "detention centre on Thursday, officers were waiting at the gate.")
    assert not _people(text, "en", "released")


def test_a_release_recommended_or_a_son_held_for_hours_is_no_release() -> None:
    assert not _people("Mechyslau Drazdou is in colony No. 1. The status makes it harder for the "
                       "commission to recommend his release on health grounds.", "en",
                       "released")
    text = ("Anatol Svirydzenka died in the colony in October. When his son, Paval Svirydzenka, "
            "came to the morgue, he was taken to the police and held for several hours. He was "
            "released without charge.")
    assert not _people(text, "en", "released")
    text = ("Денис Козловский вышел на свободу в августе. Его отца однажды увезли в райотдел «на "
            "беседу», продержали до вечера и отпустили.")
    assert _people(text, "ru", "released") == {"Денис Козловский"}


def test_what_is_not_yet_clear_is_no_charge() -> None:
    text = ("Ruslan Kavaliou was detained again on Tuesday. It is not yet clear what the "
            "34-year-old is accused of.")
    assert not _people(text, "en", "charged")


# -- lists after a counted group, and subjects that are not the name ----------------------------
def test_names_made_public_after_a_counted_group() -> None:
    text = ("On 21 September police detained seven employees of the Homel locomotive depot. Five "
            "names are public: Uladzimir Lahun, Dzmitry Khviedaruk and Pavel Ivashkevich.")
    assert len(_people(text, "en", "detained")) == 3
    text = ("21 сентября задержали семерых работников депо. Известны имена пятерых: Владимир "
            "Лагун, Дмитрий Хведорук и Павел Ивашкевич.")
    assert len(_people(text, "ru", "detained")) == 3
    text = ("21 верасня затрымалі сямёх работнікаў дэпо. Вядомыя імёны пяцярых: Уладзімір Лагун, "
            "Дзмітрый Хведарук і Павел Івашкевіч.")
    assert len(_people(text, "be", "detained")) == 3


def test_a_counted_subject_with_its_own_clause_is_not_the_name_inside() -> None:
    text = ("Three people who ran last year's campaign of Mikalai Zhaunerovich, the dairy-plant "
            "owner, were sentenced on Thursday at the Homiel Regional Court.")
    assert not _people(text, "en", "sentenced")


def test_the_head_of_the_colony_in_an_apposition_is_an_official() -> None:
    text = ("Raman Tsiareshka was again placed in the punishment cell on Monday. Each order was "
            "signed by the head of the colony, Vadzim Kazak, for an untucked shirt. In the "
            "punishment cell he is not allowed to keep his insulin pen.")
    assert _people(text, "en", "solitary_confinement") == {"Raman Tsiareshka"}


def test_pronouns_need_a_whole_word() -> None:
    text = ("Ksenia Loginova was charged on Thursday. House arrest means she cannot use the "
            "internet.")
    assert not _people(text, "en", "detained")
    text = ("Olesya Terekhina got six years. In December they took her from the detention centre, "
            "and for seventeen days her lawyer could not find out where she was.")
    assert not _people(text, "en", "detained")


def test_a_pardon_that_will_not_be_and_reports_called_lies() -> None:
    assert not _people("Близкие говорят, что писать прошение он не собирается и Виталий "
                       "Прокопович помилован не будет.", "ru", "pardoned")
    assert not _people("The prison department said that reports of Yauhen Tsitavets being kept in "
                       "a punishment cell were \"lies spread from abroad\".", "en",
                       "solitary_confinement")


def test_a_daughter_held_about_three_hours_is_no_detention() -> None:
    text = ("Николая Кравца задержали в январе. Дочь Николая, Анну Кравец, задержали во вторник "
            "вечером у морга и продержали в отделении милиции около трёх часов.")
    assert _people(text, "ru", "detained") == {"Николай Кравец"}


def test_last_year_and_last_month_in_belarusian() -> None:
    assert _dates("Палітвязня Андрэя Шастакова вызвалілі ў мінулым годзе.", "be",
                  "released") == {"Андрэй Шастакоў": "2023"}


# -- the review's points: controls that keep the new rules narrow --------------------------------
def test_a_source_after_an_owner_gets_no_claim() -> None:
    assert not _people("3 мая освободили мужа Ольги Петровой, сообщила правозащитница Анна "
                       "Смирнова.", "ru", "released")


def test_out_of_the_punishment_cell_is_no_release() -> None:
    assert not _people("Политзаключённый Игорь Ковалёв вышел из штрафного изолятора 3 мая.",
                       "ru", "released")


def test_an_age_goes_to_the_person_of_that_age() -> None:
    text = ("Ivan Petrov, 34, was detained in 2021. Police also searched the flat of his neighbour "
            "Oleg Sidorov. The 34-year-old was released on 3 May.")
    assert _people(text, "en", "released") == {"Ivan Petrov"}


def test_a_byline_under_a_name_headline_and_quotes_left_open() -> None:
    text = ("Notes\n\nBy Hanna Smirnova\n\nJournalist Ivan Petrov was released on 3 May.\n\n"
            "\"They took me on 11 August 2020, near the metro.\n\n\"In the colony I was put in a "
            "punishment cell twice.")
    assert "Hanna Smirnova" not in _people(text, "en", "detained") | _people(
        text, "en", "solitary_confinement")


def test_we_after_a_preposition_is_no_one_undergoing() -> None:
    text = ("Мы поговорили с Анной Петровой, женой политзаключённого.\n\n"
            "В: Когда его освободят?\n\nО: Не знаю. Других освободили раньше нас, 3 мая.\n\n"
            "В: Вы ждёте?\n\nО: Каждый день.")
    assert "Анна Петрова" not in _people(text, "ru", "released")


def test_a_last_contact_with_someone_else_dates_no_silence() -> None:
    text = ("Ales Bialiatski sent his last letter to his wife on 3 May 2023. Relatives of Maria "
            "Kalesnikava have had no news from her for a year.")
    assert _dates(text, "en", "incommunicado") == {"Maria Kalesnikava": None}


def test_an_arrest_joined_to_a_verdict_keeps_its_own_date() -> None:
    assert _dates("Ivan Petrov was arrested and sentenced to five years in prison on 5 May 2024.",
                  "en", "detained") == {"Ivan Petrov": None}


def test_many_days_ago_without_a_number_is_no_date() -> None:
    assert _dates("Двадцать дней назад задержали Ивана Петрова.", "ru", "detained") == {
        "Иван Петров": None}


def test_days_in_a_colony_without_a_court_are_no_verdict() -> None:
    assert not _people("В колонии политзаключённому Ивану Петрову 3 мая дали десять суток за "
                       "расстёгнутую пуговицу.", "ru", "sentenced")
    assert not _people("Ивану Петрову дали трое суток, чтобы покинуть Беларусь.", "ru",
                       "sentenced")


def test_a_charge_in_preparation_and_a_taking_from_the_colony() -> None:
    assert not _people("Investigators are preparing a new charge against Ivan Petrov.", "en",
                       "charged")
    assert not _people("They took Ivan Petrov from the colony at night and drove him to the "
                       "Lithuanian border.", "en", "detained")


def test_surnames_that_never_decline_keep_their_form() -> None:
    assert _people("Суд приговорил Георгия Хуцишвили к трём годам.", "ru", "sentenced") == {
        "Георгий Хуцишвили"}


def test_family_at_the_gate_and_a_member_described_after_the_name() -> None:
    assert _people("Иван Петров вышел на свободу 3 мая, у ворот колонии его ждали жена и дочь.",
                   "ru", "released") == {"Иван Петров"}
    text = ("Thirty prisoners were pardoned on 3 May. Among those released was Ivan Petrov, who "
            "may be the best known of them.")
    assert _people(text, "en", "released") == {"Ivan Petrov"}


def test_neither_nor_in_another_clause_and_an_appeal() -> None:
    assert _people("Neither the KGB nor the court commented, but on 3 May Ivan Petrov was "
                   "sentenced to five years.", "en", "sentenced") == {"Ivan Petrov"}
    assert _people("Ивана Петрова приговорили к пяти годам колонии 3 мая, защита оспаривает "
                   "приговор.", "ru", "sentenced") == {"Иван Петров"}
    assert _people("It is not yet clear why Ivan Petrov was detained on 3 May.", "en",
                   "detained") == {"Ivan Petrov"}


def test_real_releases_near_short_holds_stay() -> None:
    assert _people("Ivan Petrov, who had been briefly detained at a march in 2017, was freed on 3 "
                   "May together with 17 other political prisoners.", "en", "released") == {
        "Ivan Petrov"}
    assert _people("Ivan Petrov spent three years in colony No. 3. On Saturday his wife stood at "
                   "the gate for an hour. He was released at noon on 4 May.", "en",
                   "released") == {"Ivan Petrov"}
    assert _people("The president pardoned 18 political prisoners on Friday. Ivan Petrov was "
                   "freed the same day and went home to Hrodna.", "en", "released") == {
        "Ivan Petrov"}


# -- round 27's last look: hopes, claims of sites, retractions, units of a colony ------------------
def test_hopes_questions_and_sites_claims_give_no_claim() -> None:
    assert not _people("Roman Sedykh is serving three years. Only a week earlier Roman had written "
                       "that he was counting the days to his release.", "en", "released")
    assert not _people("The spokesperson said that \"the question of her release will be decided "
                       "later\", about Darya Lapatsina.", "en", "released")
    assert not _people("Some news sites later claimed Ilya Komkov had been detained at the "
                       "airport; Ilya says nothing of the kind happened.", "en", "detained")
    assert not _people("Former prisoners told the source that Raman Sheuchyk may have spent "
                       "several weeks in a punishment cell.", "en", "solitary_confinement")


def test_a_hasty_report_and_a_move_within_the_colony() -> None:
    assert not _people("Вчера мы поспешили написать, что антифашист Алексей Мухортов вышел на "
                       "свободу.", "ru", "released")
    assert not _people("Никита Олейников по-прежнему в ИК-2, просто его перевели в другой отряд.",
                       "ru", "transferred")
    assert _people("Никиту Олейникова перевели в колонию № 2.", "ru", "transferred") == {
        "Никита Олейников"}


def test_an_unnamed_prisoner_freed_and_a_relative_held_a_day() -> None:
    text = ("Вадим Храмцов умер в колонии. Жена Вадима, Светлана Храмцова, узнала о его смерти от "
            "другого заключённого, который освободился на этой неделе.")
    assert not _people(text, "ru", "released")
    text = ("Ксению Радкевич задержали в Бресте. Её брата, Антона Радкевича, тоже задержали и "
            "отпустили через сутки, забрав телефон.")
    assert not _people(text, "ru", "released")
    assert _people(text, "ru", "detained") == {"Ксения Радкевич"}


def test_a_possibility_in_belarusian_and_a_town_that_is_no_one() -> None:
    assert not _people("Калі Кацярыну Навуменка змесцяць у штрафны ізалятар, гэта можа пагражаць "
                       "яе жыццю.", "be", "solitary_confinement")
    assert _people("Timofei, an anarchist from Nizhny Novgorod, was released in May 2024 after "
                   "serving three years.", "en", "released") == set()


# -- terms told in a column ---------------------------------------------------------------------
def test_a_year_without_a_number_is_twelve_months() -> None:
    claims = extract("Наталью Шидловскую задержали в 2021 году. В феврале суд дал ей год колонии "
                     "общего режима.", published=PUB, lang="ru")["claims"]
    assert isinstance(claims, list)
    assert [c["term_months"] for c in claims if c["type"] == "sentenced"] == [12]


def test_terms_read_out_for_several_and_a_term_served() -> None:
    text = ("The judge read out the verdict: two years for Pavel Drozdovich, four years for his "
            "colleague Iryna Levanovich.")
    assert "Iryna Levanovich" in _people(text, "en", "sentenced")
    assert not _people("The prosecutor asked for four years for Iryna Levanovich.", "en",
                       "sentenced")
    assert not _people("Update: prosecutor seeks six years for Ivan Paplauski.", "en",
                       "sentenced")
    text = ("Pavel Drozdovich was detained in 2021. Last Friday he came out of the Orsha colony "
            "after three years and four months.")
    assert _dates(text, "en", "sentenced") == {"Pavel Drozdovich": None}
