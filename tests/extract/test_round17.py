"""Round 17: names no table lists, detentions and transfers told by how they happened,
silence as incommunicado, the charge's own wording kept apart from doubt, and a batch's one
destination for every prisoner freed with it. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

from volia.extract import extract

PUB = date(2025, 3, 12)


def _claims(text: str, lang: str, published: date = PUB) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, published)


def _names(text: str, lang: str) -> set[str]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return {c["person"]["name"] for c in claims if c["person"]}


# -- names ----------------------------------------------------------------------------------

def test_an_unlisted_given_name_before_a_surname_shaped_word() -> None:
    text = ("DUSHANBE – Nodir Qurbonaliev, a reporter, walked out of a prison on Saturday. "
            "Qurbonaliev was arrested in October 2022 after an investigation.\n")
    claims = _claims(text, "en")
    assert ("released", "Nodir Qurbonaliev") in claims
    assert ("detained", "Nodir Qurbonaliev") in claims


def test_months_titles_and_places_do_not_become_given_names() -> None:
    text = ("In November Shevtsov was moved to a colony. Captain Marozau questioned him. "
            "Nova Kakhovka residents protested.\n")
    names = _names(text, "en")
    assert "November Shevtsov" not in names and "Captain Marozau" not in names
    assert "Nova Kakhovka" not in names


def test_belarusian_men_surnames_in_a_from_the_accusative() -> None:
    text = ("Суд асудзіў Сяргея Ламаку на тры гады. Міліцыя затрымала Мікалая Астапенку. "
            "Суд асудзіў Сяргея Лаўрыка на два гады. Этапавалі Антона Лапеню.\n")
    names = _names(text, "be")
    assert {"Сяргей Ламака", "Мікалай Астапенка", "Сяргей Лаўрык", "Антон Лапеня"} <= names
    more = ("У пятніцу затрымалі Францішка Сурту. Суд асудзіў маці Рыгора Шумейкі. "
            "Затрымалі Левана Хуцішвілі і Пятра Сіўцова.\n")
    assert {"Францішак Сурта", "Рыгор Шумейка", "Леван Хуцішвілі", "Пятро Сіўцоў"} <= _names(
        more, "be")


# -- detentions -----------------------------------------------------------------------------

def test_detentions_told_by_how_they_happened() -> None:
    text = ("Mark Zhilin was seized on June 2. Olga Petrova was bundled into a van on Friday. "
            "Zevri Mambetov was led out of his house in handcuffs on Thursday. Reporter Nigar "
            "Bagirli was taken from the same office on Monday. Kirill Ostanin was dragged into "
            "a police van on Sunday. Vera Lipatova spent the night in a police station.\n")
    detained = {name for kind, name in _claims(text, "en") if kind == "detained"}
    assert detained == {"Mark Zhilin", "Olga Petrova", "Zevri Mambetov", "Nigar Bagirli",
                        "Kirill Ostanin", "Vera Lipatova"}


def test_taken_off_an_exchange_bus_and_driven_back_is_no_detention() -> None:
    text = ("Stsiapan Rusakevich was taken off the bus by the exchange point and driven back. "
            "Her laptop and two phones were taken away, but Anna Kuzmich was not detained.\n")
    assert not {name for kind, name in _claims(text, "en") if kind == "detained"}


def test_russian_and_belarusian_singular_verbs_of_arrest() -> None:
    ru = ("В понедельник полиция задержала Зульфию Ахтямову. Инженера Артёма Левина схватили "
          "у памятника.\n")
    be = "У нядзелю міліцыя затрымала Марыю Лапіцкую.\n"
    assert {("detained", "Зульфия Ахтямова"), ("detained", "Артём Левин")} <= _claims(ru, "ru")
    assert ("detained", "Марыя Лапіцкая") in _claims(be, "be")


def test_a_name_in_apposition_after_a_description() -> None:
    ru = ("Ерлан Жаксыбеков вышел на пикет. Вместе с ним у здания задержали его знакомую, "
          "екатеринбурженку Алёну Смирнягину.\n")
    transfer = ("Политзаключённая Мария Колесникова переведена в другую колонию, сообщила её "
                "сестра Татьяна Хомич.\n")
    assert ("detained", "Алёна Смирнягина") in _claims(ru, "ru")
    claims = _claims(transfer, "ru")
    assert ("transferred", "Мария Колесникова") in claims
    assert ("transferred", "Татьяна Хомич") not in claims


# -- the charge's wording and the plea are no doubt -----------------------------------------

def test_the_wording_of_a_charge_is_no_hedge() -> None:
    ru = ("В пятницу судья приговорила 61-летнего Анатолия Ведерникова к трём годам колонии "
          "за «распространение заведомо ложной информации».\n")
    en = ("Vital Radzkevich died. In June last year a court sentenced him to five years for "
          "punching an officer — an accusation he denied throughout the trial.\n")
    assert ("sentenced", "Анатолий Ведерников") in _claims(ru, "ru", date(2022, 12, 3))
    assert ("sentenced", "Vital Radzkevich") in _claims(en, "en")


def test_a_false_report_is_still_a_hedge() -> None:
    ru = "Ложные сообщения утверждали, что Олега Ровнова освободили.\n"
    assert ("released", "Олег Ровнов") not in _claims(ru, "ru")


# -- incommunicado told as silence ----------------------------------------------------------

def test_silence_is_incommunicado() -> None:
    en = ("Zaur Abibullaev was moved to Rostov; his family say they have not had a single "
          "letter or call from him since. It has now been 29 months since anyone outside the "
          "prison has heard from Andrei Marchuk. Ivan Petrov was moved in May, and for five "
          "weeks nobody knew where he was.\n")
    ru = "Уже три месяца о судьбе Дмитрия Иванова ничего не известно.\n"
    be = "Амаль месяц нічога не вядома пра Алеся Карпенку.\n"
    silent = {name for kind, name in _claims(en, "en") if kind == "incommunicado"}
    assert silent == {"Zaur Abibullaev", "Andrei Marchuk", "Ivan Petrov"}
    assert ("incommunicado", "Дмитрий Иванов") in _claims(ru, "ru")
    assert any(kind == "incommunicado" for kind, _ in _claims(be, "be"))


def test_a_disappearance_not_known_to_be_a_detention_is_not_claimed() -> None:
    text = ("A friend who crossed the border with him, Ilya Huk, has not been heard from since, "
            "and it was not clear whether he had also been detained.\n")
    assert not _claims(text, "en")


# -- recognition and charges ----------------------------------------------------------------

def test_recognition_in_other_words() -> None:
    be = ("Праваабарончы цэнтр «Вясна» прызнаў палітычнымі вязнямі Віталя Жэрдзева і Ксенію "
          "Лапацік.\n")
    ru = ("Денис Голубович получил три года. Голубович, как и Карпович, признан "
          "политзаключённым правозащитным центром «Лихтар». Зарема Алиева получила статус "
          "только в сентябре.\n")
    assert {("recognized", "Віталь Жэрдзеў"), ("recognized", "Ксенія Лапацік")} <= _claims(
        be, "be")
    ru_claims = _claims(ru, "ru")
    assert {("recognized", "Денис Голубович"), ("recognized", "Зарема Алиева")} <= ru_claims


def test_an_administrative_protocol_is_a_charge() -> None:
    text = "Студента Арсения Крохалёва доставили в отдел полиции и составили протокол по ч. 5.\n"
    assert ("charged", "Арсений Крохалёв") in _claims(text, "ru")


# -- releases, removals and transfers -------------------------------------------------------

def test_going_home_after_the_term_is_a_release() -> None:
    en = "Pavel Lomtev went home yesterday after serving his two years.\n"
    ru = "В августе у ворот колонии повторно задержали отбывшего срок Павла Семёнова.\n"
    assert ("released", "Pavel Lomtev") in _claims(en, "en")
    assert ("released", "Павел Семёнов") in _claims(ru, "ru")


def test_one_of_the_freed() -> None:
    text = ("Вчера из колоний освободили 12 человек. Одна из освобождённых — 43-летняя "
            "фельдшер из Гомеля Наталья Шумейко.\n")
    assert ("released", "Наталья Шумейко") in _claims(text, "ru")


def test_a_removal_takes_the_prisoner_named_after_with() -> None:
    text = ("Mark Feldner was arrested in 2022. Gleb Stepnov and Daria Orlik were both flown "
            "to Germany with Feldner on Sunday.\n")
    countries = deported_countries(text, "en", PUB)
    assert countries == {"Gleb Stepnov": "DE", "Daria Orlik": "DE", "Mark Feldner": "DE"}


def test_a_member_who_refused_to_go_keeps_no_destination() -> None:
    text = ("Улады вызвалілі 14 палітвязняў і вывезлі іх у Літву. Адзін з вызваленых, Ілья "
            "Каваль, адмовіўся ехаць у Літву і застаўся ў Беларусі.\n")
    assert "Ілья Каваль" not in deported_countries(text, "be", PUB)


_SWAP = ("Belarus freed five prisoners on Monday and handed them to Poland at the Terespol "
         "crossing.\n\nThree of the five have been named. Tomasz Wrona, 52, a historian, was "
         "detained at the border in February 2025. Palina Tsybulskaya, 30, a translator, spent "
         "most of her time in custody without any contact with her family.")


def test_a_prisoner_freed_with_a_batch_goes_where_the_batch_went() -> None:
    claims = extract(_SWAP + "\n", published=date(2026, 6, 18), lang="en")["claims"]
    assert isinstance(claims, list)
    removed = {c["person"]["name"]: (c["destination_country"], c["date"])
               for c in claims if c["type"] == "deported"}
    assert removed == {"Tomasz Wrona": ("PL", "2026-06-15"),
                       "Palina Tsybulskaya": ("PL", "2026-06-15")}


def test_a_batch_report_where_someone_stayed_keeps_each_fate_apart() -> None:
    # (round 22: the one who stayed is named, so the others went with the batch)
    text = _SWAP + " A sixth prisoner, Ihar Loika, refused to leave and went home.\n"
    assert deported_countries(text, "en", date(2026, 6, 18)) == {
        "Tomasz Wrona": "PL", "Palina Tsybulskaya": "PL"}


def test_transfers_told_by_the_route() -> None:
    en = ("Pavel Suditski, serving nine years, was taken on Monday from the colony in "
          "Navapolatsk to prison No. 8. Svetlana Ovchinnikova was put on a prison train on "
          "Tuesday. Uladzimir Matsiuk was taken straight from the colony to the Lithuanian "
          "border.\n")
    be = ("У мінулую пятніцу Пятра Машэўскага вывезлі з менскага СІЗА ў калонію № 17 у "
          "Шклове.\n")
    moved = {name for kind, name in _claims(en, "en") if kind == "transferred"}
    assert moved == {"Pavel Suditski", "Svetlana Ovchinnikova"}
    assert ("transferred", "Пятро Машэўскі") in _claims(be, "be")
    assert "Пятро Машэўскі" not in deported_countries(be, "be", PUB)


def test_a_prison_or_an_airport_named_by_a_word_is_no_person() -> None:
    text = ("Htet Aung Lwin walked out of Yangon's Insein prison on Sunday. He was driven "
            "directly from Insein to the airport. Dariush Karimnejad was detained at Tehran's "
            "Imam Khomeini airport in 2023 and spent five months in Evin in solitary.\n")
    names = _names(text, "en")
    assert not names & {"Insein", "Evin", "Imam Khomeini"}


def test_sources_and_speakers_take_no_claim() -> None:
    be = ("Праваабаронца Андрэй Гурыновіч збірае звесткі. Паводле яго падлікаў, цяпер без "
          "сувязі застаюцца не менш за дваццаць чалавек.\n")
    ru = ("Вчера помиловали 18 человек. Правозащитница Наталья Сацук напомнила, что "
          "освобождения по помилованию идут медленно, а за решёткой остаются больше тысячи "
          "человек.\n")
    en = ("Members of the chat also claimed that one of its administrators, Viktar Kuzma, had "
          "been detained as well. Last week's round-up said that Andrei Markevich had been "
          "sentenced.\n")
    assert not {n for _, n in _claims(be, "be")} & {"Андрэй Гурыновіч"}
    assert not {n for _, n in _claims(ru, "ru")} & {"Наталья Сацук"}
    assert not _claims(en, "en")


def test_a_quote_speaker_after_the_quote_is_no_member() -> None:
    text = ("«Мы признаём человека политзаключённым, только когда уверены в документах», — "
            "пояснила координатор «Узника» Екатерина Мельникова.\n")
    assert ("recognized", "Екатерина Мельникова") not in _claims(text, "ru")


def test_recognition_without_its_complement_and_a_list_removal() -> None:
    en = ("Andrei Kavaliou is 36. The group recognised Kavaliou in May 2024, a month after a "
          "court sentenced him to six years.\n")
    be = "Вясна па просьбе сям'і выключыла з пераліку палітвязняў Рыгора Лапатку з Наваполацка.\n"
    assert ("recognized", "Andrei Kavaliou") in _claims(en, "en")
    assert ("recognition_withdrawn", "Рыгор Лапатка") in _claims(be, "be")


# -- after the second freeze ----------------------------------------------------------------

def test_a_fact_check_message_and_an_unnamed_traveller_are_no_claims() -> None:
    ru = "Сообщение 1: «В мордовской колонии умер Семён Гриневич».\n"
    be = ("Гэты ліст я, Тарас Ладуцкі, перадаю праз чалавека, які выходзіць на волю, таму пішу "
          "коратка.\n")
    assert not _claims(ru, "ru")
    assert ("released", "Тарас Ладуцкі") not in _claims(be, "be")


def test_both_freed_journalists_names_nobody_new() -> None:
    text = ("The committee demanded the release of Rauf Guliyev, who is still in his cell. Both "
            "freed journalists are barred from leaving Azerbaijan.\n")
    assert ("released", "Rauf Guliyev") not in _claims(text, "en")


def test_the_city_of_a_prison_is_no_destination() -> None:
    ru = ("Активист Фарид Гасанлы во вторник вышел на свободу из колонии № 2 в Баку, полностью "
          "отбыв двухлетний срок.\n")
    en = ("Raman Dzeravianka walked out of the penal colony in Navapolatsk on 2 May and crossed "
          "into Lithuania six weeks later.\n")
    forced = ("Jānis Ozols was released on Monday and two days later border guards escorted him "
              "to Lithuania.\n")
    assert not deported_countries(ru, "ru", PUB)
    assert not deported_countries(en, "en", PUB)
    assert deported_countries(forced, "en", PUB) == {"Jānis Ozols": "LT"}


def test_kin_words_are_whole_words() -> None:
    text = ("Server Mustafayev was sentenced to 14 years. The judge who sentenced him, Roman "
            "Saprykin, has since handed down prison terms to dozens of Crimean Tatars.\n")
    assert ("sentenced", "Roman Saprykin") not in _claims(text, "en")


def test_a_press_secretary_is_an_official() -> None:
    text = ("Прэс-сакратарка Наталля Грабоўская дадала, што памілаваныя будуць вызваленыя "
            "«ў бліжэйшы час».\n")
    assert not _claims(text, "be")


def test_names_confirmed_one_by_one_after_a_batch() -> None:
    en = ("On Wednesday 14 political prisoners were freed and taken to Lithuania.\n\nAlso "
          "confirmed: Dzianis Kalavur, a railway engineer, and Yury Pasiakin, a blogger. The "
          "fourth is Tamara Shchyrba, 67, a retired nurse.\n")
    ru = ("В среду 15 политзаключённых освободили и вывезли в Литву. Ещё одно подтверждённое "
          "имя — Степан Мельчаков, студент из Гомеля.\n")
    assert deported_countries(en, "en", date(2026, 3, 19)) == {
        "Dzianis Kalavur": "LT", "Yury Pasiakin": "LT", "Tamara Shchyrba": "LT"}
    assert deported_countries(ru, "ru", date(2026, 9, 25)) == {"Степан Мельчаков": "LT"}


def test_an_ordinal_without_a_name_or_a_headline_opens_no_list() -> None:
    text = ("Eighteen pardoned before Independence Day; four names confirmed\n\nFive men were "
            "detained on Monday. The fifth, a 23-year-old student, was allowed to go home that "
            "evening, lawyer Emil Yagyaev said.\n")
    assert "Emil Yagyaev" not in {name for _, name in _claims(text, "en")}


def test_a_judge_with_a_belarusian_feminine_verb_titles_nobody_after_it() -> None:
    text = ("Паўла Харытончыка затрымалі. Суддзя Наталля Панкрацьева прысудзіла Харытончыку 15 "
            "сутак арышту.\n")
    assert ("sentenced", "Павел Харытончык") in _claims(text, "be")
