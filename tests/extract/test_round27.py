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
