"""Round 26: releases that are not freedom (to house arrest, a relative let go after hours, a
body handed over, a release turned down, a pardon in a counterfactual), sources and
unnamed people who are no subjects, objects after a long description («задержали владельца
автомастерской … Андрея Кириллова», "sentenced another villager, X, to 13 years"), stints
in a punishment cell told in one sentence, and the controls that keep each rule narrow.
Every text here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2024, 5, 10)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _claims(text: str, lang: str, kind: str) -> list[dict[str, object]]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return [c for c in claims if c["type"] == kind]


# -- releases that are not freedom ---------------------------------------------------------
def test_a_release_to_house_arrest_is_no_release() -> None:
    assert not _people("Yuliya Lyakh, detained in March, was released to house arrest in "
                       "April.", "en", "released")
    assert not _people("Грицкевич в апреле отпустили под домашний арест. Юлию Грицкевич "
                       "задержали в марте.", "ru", "released")
    assert not _people("Грыцкевіч у красавіку адпусцілі пад хатні арышт. Юлію Грыцкевіч "
                       "затрымалі ў сакавіку.", "be", "released")


def test_a_release_on_bail_or_a_pledge_is_still_a_release() -> None:
    assert "Ivan Lyakh" in _people("Ivan Lyakh was freed on bail on Monday.", "en", "released")
    assert "Наталья Мельникова" in _people(
        "Наталью Мельникову через десять суток отпустили под подписку о невыезде.", "ru",
        "released")


def test_a_relative_let_go_after_hours_is_no_release() -> None:
    text = ("Артёма Ляховского задержали в среду. Мать Ляховского, Людмила Ляховская, рассказала, "
            "что её вызывали в управление и несколько часов расспрашивали, а потом отпустили.")
    assert not _people(text, "ru", "released")
    text = ("Бацьку, Пятра Цярэшку, пасля затрымання сына на некалькі гадзін забралі ў "
            "пастарунак «на размову» і адпусцілі.")
    assert not _people(text, "be", "released")


def test_sent_home_after_hours_is_no_release() -> None:
    text = ("Галіну Лагвіновіч у ліпені выклікалі ў міліцыю і распытвалі пра сына. Дадому яе "
            "адпусцілі праз тры гадзіны.")
    assert not _people(text, "be", "released")


def test_a_hold_in_another_clause_leaves_the_release() -> None:
    text = ("In Salihorsk, officers visited the parents of Daniil Martsinkevich, who was released "
            "in January; his father, Ryhor Martsinkevich, was questioned for three hours.")
    assert "Daniil Martsinkevich" in _people(text, "en", "released")


def test_a_body_handed_over_is_no_release() -> None:
    text = ("The body of Valentyn Ostapenko was among those handed over to Ukraine in a "
            "repatriation of remains last Friday.")
    assert not _people(text, "en", "released")
    assert not _people(text, "en", "deported")


def test_a_release_turned_down_is_no_release() -> None:
    text = "Halina Marozava died on 19 August in a colony after turning down release abroad."
    assert not _people(text, "en", "released")
    assert "Halina Marozava" in _people(text, "en", "died_in_custody")


def test_a_counterfactual_pardon_is_none() -> None:
    text = ("His family believe Mikalai Yarmolenka would have survived had he been pardoned. "
            "Had she been released earlier, Olga Sych would be alive.")
    assert not _people(text, "en", "pardoned")
    assert not _people(text, "en", "released")


def test_a_plain_pluperfect_still_counts() -> None:
    text = ("Ivan Sych had been released in May. Petr Sych, who had been detained in March, was "
            "sentenced.")
    assert "Ivan Sych" in _people(text, "en", "released")
    assert "Petr Sych" in _people(text, "en", "detained")


def test_taken_again_minutes_after_walking_out_is_no_release() -> None:
    text = ("Mikita Zaranka was detained again on Wednesday, minutes after he walked out of the "
            "city's detention centre.")
    assert not _people(text, "en", "released")
    assert "Mikita Zaranka" in _people(text, "en", "detained")
    control = "Ivan Sych was detained after he was released from the colony on Monday."
    assert "Ivan Sych" in _people(control, "en", "released")


# -- who is no subject -----------------------------------------------------------------------
def test_a_pronoun_after_an_unnamed_person_means_that_person() -> None:
    text = ("Ivan Petrov was sentenced to six years in August. In Kaliningrad, police detained a "
            "student for a ribbon on his backpack; he was fined and released the same day.")
    assert not _people(text, "en", "released")


def test_an_organisation_named_after_a_trade_is_no_person() -> None:
    text = ("Kaarel Lepik was detained in December. Border officers found a brochure of an "
            "Estonian volunteer group in his car, and he was charged with calls to extremism.")
    assert "Kaarel Lepik" in _people(text, "en", "charged")


def test_the_source_of_a_report_is_no_subject() -> None:
    text = ("Тимур Абрамчик вышел на свободу. По словам Абрамчика, с июля Вадим Лисовский "
            "содержался в помещении камерного типа.")
    assert _people(text, "ru", "solitary_confinement") == {"Вадим Лисовский"}


def test_a_name_inside_an_appositive_who_clause_is_no_subject() -> None:
    text = ("Ilnur Yakhin was detained on Friday. Zarina Bikbaeva, a human rights defender who "
            "has helped Yakhin collect evidence, was detained outside the court on Monday.")
    claims = _claims(text, "en", "detained")
    assert {(c["person"]["name"], c["date"]) for c in claims} == {  # type: ignore[index]
        ("Ilnur Yakhin", "2024-05-10"), ("Zarina Bikbaeva", "2024-05-06")}


def test_a_poet_in_a_universitys_name_is_no_person() -> None:
    text = ("One of them, Nina Zaitsava, 19, a student at the Yanka Kupala State University, was "
            "detained outside the building after the hearing.")
    assert _people(text, "en", "detained") == {"Nina Zaitsava"}


def test_a_rulers_name_is_no_prisoner() -> None:
    text = "Its members answered letters from the relatives of people deported under Stalin."
    assert not _people(text, "en", "deported")


def test_readers_tips_are_hearsay() -> None:
    text = ("Several readers wrote to us this week saying that taxi driver Ihar Bandarenka had "
            "been detained near the bus station.")
    assert not _people(text, "en", "detained")


def test_a_relative_taken_for_a_preventive_conversation_is_not_detained() -> None:
    text = ("Andrei Palubiatka was sentenced. His mother, Nina Palubiatka, was taken to the "
            "police station \"for a conversation\" and allowed to go home after four hours.")
    assert "Nina Palubiatka" not in _people(text, "en", "detained")


# -- objects after a long description ------------------------------------------------------
def test_an_object_after_a_long_description() -> None:
    assert "Андрей Кириллов" in _people(
        "Позавчера утром в Борисове задержали владельца автомастерской на улице Гагарина "
        "Андрея Кириллова.", "ru", "detained")
    assert "Вераніка Шамко" in _people(
        "У аўторак супрацоўнікі затрымалі ў інтэрнаце студэнтку філалагічнага факультэта БДУ "
        "Вераніку Шамко.", "be", "detained")
    claims = _claims("Новосибирский областной суд приговорил доцента кафедры прикладной "
                     "математики НГТУ Григория Ветрова к шести с половиной годам колонии.", "ru",
                     "sentenced")
    assert [c["term_months"] for c in claims] == [78]


def test_an_object_in_apposition_after_its_description() -> None:
    text = ("The Tomsk Regional Court on Wednesday sentenced a 64-year-old resident of Seversk, "
            "Lyudmila Chervyakova, to 12 years in a colony.")
    assert [c["term_months"] for c in _claims(text, "en", "sentenced")] == [144]
    text = "Forces detained the principal of one of the city's lyceums, Halyna Moroz, on Monday."
    assert "Halyna Moroz" in _people(text, "en", "detained")


def test_a_companion_or_a_clause_keeps_the_subject() -> None:
    text = ("Евгению Патрикееву, журналистку из Минска, задержали 17 января 2025 года вместе с её "
            "соседом по квартире Павлом Жуком.")
    assert "Евгения Патрикеева" in _people(text, "ru", "detained")
    assert not _people("Задержали людей, которые пришли поддержать Андрея Кириллова.", "ru",
                       "detained")


def test_a_womans_accusative_before_an_undeclined_surname() -> None:
    text = "Праваабаронцаў Андрэя Дзеравянку і Валянціну Пазнякевіч вызвалілі."
    assert _people(text, "be", "released") == {"Андрэй Дзеравянка", "Валянціна Пазнякевіч"}
    assert "Валянцін Пазнякевіч" in _people("Суд вынес прысуд Валянціну Пазнякевічу.", "be",
                                            "sentenced")


# -- custody that is no verdict; silences; stints ------------------------------------------
def test_extradition_custody_is_no_verdict() -> None:
    text = ("В пятницу задержали Павла Сидоревича. В понедельник суд арестовал Сидоревича на 40 "
            "суток до решения вопроса об экстрадиции.")
    assert not _people(text, "ru", "sentenced")
    assert "Павел Сидоревич" in _people(text, "ru", "detained")


def test_not_knowing_where_he_is_held() -> None:
    text = ("Богдана Ткаченко задержали в марте 2023 года. Несколько месяцев родственники ничего "
            "не знали о его судьбе: силовики не сообщали, где он находится.")
    assert "Богдан Ткаченко" in _people(text, "ru", "incommunicado")
    text = "Петра Гнатюка задержали 3 мая. Его вывезли в неизвестном направлении."
    assert "Пётр Гнатюк" in _people(text, "ru", "incommunicado")


def test_stints_told_in_one_sentence_are_claims_each() -> None:
    text = ("Ivan Lavrentyev was put in a punishment cell twice: in November, for ten days, after "
            "he refused to clean the toilets, and in December, for another seven.")
    assert sorted(c["date"] for c in _claims(text, "en", "solitary_confinement")) == [  # type: ignore[type-var]
        "2023-11", "2023-12"]
    text = ("Віталь Карпук адбываў тэрмін. У калоніі Віталь Карпук двойчы трапляў у ШІЗА — у "
            "траўні на дзесяць сутак і ў ліпені на пятнаццаць.")
    assert len(_claims(text, "be", "solitary_confinement")) == 2


def test_one_stint_with_two_dates_stays_one() -> None:
    text = ("In December Ivan Lavrentyev spent 15 days in the punishment cell; he had been "
            "detained in March.")
    assert len(_claims(text, "en", "solitary_confinement")) == 1


def test_the_day_before_yesterday() -> None:
    claims = _claims("Позавчера утром в Борисове задержали Андрея Кириллова.", "ru", "detained")
    assert [c["date"] for c in claims] == ["2024-05-08"]


# -- after the first look at sets 142–149 ------------------------------------------------
def test_not_among_the_freed() -> None:
    text = ("On Wednesday 18 political prisoners were released and taken to Lithuania. Among "
            "those who were not released is Mikalai Dubovik, a 67-year-old activist. Among those "
            "freed was Ivan Sych.")
    assert _people(text, "en", "released") == {"Ivan Sych"}


def test_due_to_walk_out_is_no_release() -> None:
    text = ("В пятницу, 28 февраля, Константин Зуйков должен был выйти на свободу из колонии, "
            "полностью отбыв четыре года.")
    assert not _people(text, "ru", "released")


def test_he_refused_to_leave_after_the_list() -> None:
    text = ("On Thursday 20 prisoners were pardoned and driven to Lithuania. One more clergyman, "
            "Orthodox priest Siamion Dzehtsiarou, was also on the list, but according to Viasna he "
            "refused to leave Belarus and was taken back to the penal colony in Shklou.")
    assert "Siamion Dzehtsiarou" not in _people(text, "en", "released")


def test_leaving_days_after_the_release_is_no_deportation() -> None:
    text = ("Pavel Syrakvash walked out of the colony gate on 9 February. He crossed into Poland "
            "four days after his release, on a regular bus to Bialystok.")
    assert "Pavel Syrakvash" in _people(text, "en", "released")
    assert not _people(text, "en", "deported")


def test_a_colleague_named_by_his_relation_is_no_subject() -> None:
    text = ("Вадима Гончарика задержали. Коллега Вадима, хоккейный комментатор Артур Мацкевич, в "
            "прошлом месяце вышел из исправительной колонии № 17 в Шклове.")
    assert _people(text, "ru", "released") == {"Артур Мацкевич"}


def test_a_name_after_a_preposition_and_which() -> None:
    text = ("Вадзім Кавалёў піша з калоніі. Заўвага рэдакцыі: Яўген Шаршнёў, пра якога Вадзім "
            "пісаў у папярэднім лісце, выйшаў на волю 11 ліпеня.")
    assert _people(text, "be", "released") == {"Яўген Шаршнёў"}


def test_let_go_home_after_questioning() -> None:
    text = ("Леонида Рожкова осудили. Его жену Светлану Рожкову вызвали в полицию. После допроса "
            "её отпустили домой.")
    assert not _people(text, "ru", "released")
    control = "Ivan Sych was detained on Monday. After questioning he was released without charge."
    assert "Ivan Sych" in _people(control, "en", "released")


def test_a_conversation_and_home_is_no_arrest() -> None:
    text = ("Dilyaver Sultanov was detained on Tuesday. Sultanov's elderly father, Asan Sultanov, "
            "was taken to a police station on Tuesday for what officers called a \"conversation\" "
            "and allowed home in the evening.")
    assert _people(text, "en", "detained") == {"Dilyaver Sultanov"}


def test_no_verdict_yet_and_an_age_after_a_dash() -> None:
    text = ("Виктор Стасевич задержан в сентябре 2020 года. Больше двух лет он находится в "
            "следственном изоляторе, приговор по его делу до сих пор не вынесен.")
    assert not _people(text, "ru", "sentenced")
    text = "Позавчера в Бресте задержали Дмитрия Рябинина — 41 год, инженер-строитель."
    assert not _people(text, "ru", "sentenced")


def test_a_companion_after_a_long_stretch() -> None:
    text = ("Гуменюка задержали в сентябре 2022 года в оккупированной Новой Каховке вместе с его "
            "другом Олегом Бондарем. Ивана Гуменюка осудили.")
    assert _people(text, "ru", "detained") == {"Иван Гуменюк", "Олег Бондарь"}
    text = ("Ivan Hrytsak was seized by Russian soldiers at a checkpoint on 15 March, together "
            "with his friend and fellow volunteer Mykola Dzyuba.")
    assert _people(text, "en", "detained") == {"Ivan Hrytsak", "Mykola Dzyuba"}


def test_a_counted_list_after_a_colon() -> None:
    text = "В Гомеле задержаны двое: 52-летний Андрей Голованов и 40-летний Виталий Кремнёв."
    assert _people(text, "ru", "detained") == {"Андрей Голованов", "Виталий Кремнёв"}


def test_home_in_an_exchange() -> None:
    assert "Артём Вовченко" in _people(
        "Артём Вовченко, 34-летний сварщик из Энергодара, позавчера вернулся домой в рамках "
        "обмена.", "ru", "released")
    text = ("Katsiaryna Pratasenia was among 26 political prisoners bussed from Belarusian "
            "prisons to the Lithuanian border on Thursday.")
    assert "Katsiaryna Pratasenia" in _people(text, "en", "deported")
    claims = _claims("Артём Воўчанка ўчора вярнуўся дадому ў межах абмену.", "be", "released")
    assert [c["date"] for c in claims] == ["2024-05-09"]


def test_transfers_told_by_arrival_or_a_later_year() -> None:
    text = ("Oksana Levkovych was detained in 2022. In August 2023 she was moved to a remand "
            "prison in Crimea. In the autumn of 2024 she was taken to a women's colony in "
            "Mordovia.")
    assert sorted(c["date"] for c in _claims(text, "en", "transferred")) == [  # type: ignore[type-var]
        "2023-08", "2024"]
    text = "Pavel Lagunov was sentenced in May. He arrived at Penal Colony No. 6 in October."
    assert "Pavel Lagunov" in _people(text, "en", "transferred")
    text = ("Alena Klimovich was sentenced in May. Since August she has been held in Penal "
            "Colony No. 4.")
    assert "Alena Klimovich" in _people(text, "en", "transferred")


# -- the review's controls -----------------------------------------------------------------
def test_review_controls_keep_true_releases() -> None:
    assert "Dmytro Khyliuk" in _people(
        "Ukrainian journalist Dmytro Khyliuk was released on Thursday in a prisoner exchange, in "
        "which Russia also handed over the bodies of 500 soldiers.", "en", "released")
    assert "Ihar Losik" in _people(
        "Ihar Losik was released on Monday after five years behind bars, and a few hours later "
        "he was home with his wife.", "en", "released")
    assert "Ihar Losik" in _people(
        "Ihar Losik was pardoned and released on Thursday, even though he had refused to leave "
        "the country in 2020.", "en", "released")
    assert "Ihar Losik" in _people(
        "A court in Homel sentenced Ihar Losik to five years on Monday; his co-defendant Pavel "
        "Sapelka has been in jail for two years without a verdict.", "en", "sentenced")
    text = ("Через несколько дней после освобождения Андрея Кириллова принудительно выдворили в "
            "Литву.")
    assert "Андрей Кириллов" in _people(text, "ru", "deported")
    text = ("Maria Kalesnikava spent four years in a penal colony in Homel. Her sister Tatsiana "
            "Khomich confirmed the news on Facebook. She was released on Saturday together with "
            "17 other political prisoners.")
    assert "Maria Kalesnikava" in _people(text, "en", "released")


def test_review_controls_give_no_false_release() -> None:
    assert not _people("Мать политзаключённого Андрея Кириллова вернулась домой с пустыми руками: "
                       "обмена не будет.", "ru", "released")
    assert not _people("Ihar Losik was among the 16 prisoners bussed to the border on Wednesday, "
                       "but at the last moment guards took him back to the colony.", "en",
                       "released")
    text = "Activist Pavel Losik was detained on Monday for a preventive talk and released."
    assert not _people(text, "en", "released")
    assert not _people("В понедельник в Минске задержали соседа по лестничной площадке журналиста "
                       "Андрея Кириллова.", "ru", "detained")


def test_review_controls_names_and_companions() -> None:
    text = "Руслану Белых предъявили обвинение по статье 342."
    assert _people(text, "ru", "charged") == {"Руслан Белых"}
    text = ("Ihar Losik is a blogger. He was sentenced on Monday to five years for a video he had "
            "recorded together with exiled blogger Anton Motolko.")
    assert _people(text, "en", "sentenced") == {"Ihar Losik"}
