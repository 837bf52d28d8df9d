"""Round 15: short arrests told by their length, carousel arrests, names from outside the
registry's tables, roundups with several lists, and prisoners named on a list who stayed
inside. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2024, 3, 20)


def _claims(text: str, lang: str, published: date = PUB) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, published)


def _dated(text: str, lang: str, published: date = PUB) -> set[tuple[str, str, str | None]]:
    claims = extract(text, published=published, lang=lang)["claims"]
    return {(c["type"], c["person"]["name"] if c["person"] else "", c["date"]) for c in claims}


def test_a_short_arrest_told_by_its_length_and_let_out() -> None:
    text = ("Darya Sauchuk, 31, is a camerawoman. Her father, Ryhor Sauchuk, a retired driver, "
            "was held for twelve days in Minsk in August 2020 before being let out with "
            "broken ribs.\n")
    claims = _claims(text, "en")
    assert ("detained", "Ryhor Sauchuk") in claims
    assert ("released", "Ryhor Sauchuk") in claims


def test_days_in_a_punishment_cell_are_no_arrest() -> None:
    text = "Anton Paliakou, serving five years, spent ten days in a punishment cell in June.\n"
    claims = _claims(text, "en")
    assert ("solitary_confinement", "Anton Paliakou") in claims
    assert ("detained", "Anton Paliakou") not in claims


def test_a_relative_who_is_serving_a_term_is_a_prisoner() -> None:
    text = ("Hanna Lutsevich walked free on Monday. Her brother, Dzmitry Lutsevich, is serving "
            "five years for mass riots.\n")
    result = extract(text, published=PUB, lang="en")
    terms = {(c["type"], c["person"]["name"], c["term_months"]) for c in result["claims"]}
    assert ("sentenced", "Dzmitry Lutsevich", 60) in terms


def test_served_and_walked_out_then_summoned() -> None:
    text = ("In Brest, Natallia Kirichuk, a nurse who served two years and walked out of the "
            "women's colony in Homel last November, has been summoned to the police station "
            "three times this month.\n")
    dated = _dated(text, "en")
    assert ("released", "Natallia Kirichuk", "2023-11") in dated
    assert ("sentenced", "Natallia Kirichuk") in {(t, n) for t, n, _ in dated}
    assert ("persecuted_after_release", "Natallia Kirichuk") in {(t, n) for t, n, _ in dated}


def test_last_month_name_said_in_that_month_is_a_year_back() -> None:
    text = "Ihar Loika was detained last March.\n"
    assert ("detained", "Ihar Loika", "2023-03") in _dated(text, "en", date(2024, 3, 20))


def test_carousel_arrests_are_each_an_event() -> None:
    text = ("21 сентября Олега Сычёва задержали у театра; на следующий день суд назначил ему "
            "10 суток ареста.\n1 октября его снова задержали у ворот спецприёмника. "
            "3 октября суд назначил ему ещё 12 суток.\n")
    dated = _dated(text, "ru", date(2022, 10, 20))
    detentions = {d for t, n, d in dated if t == "detained" and n == "Олег Сычёв"}
    assert detentions == {"2022-09-21", "2022-10-01"}


def test_a_name_outside_the_tables_found_by_the_english_model() -> None:
    text = "Police arrested the blogger Ravan Jabrayilli in Baku on 3 May.\n"
    assert ("detained", "Ravan Jabrayilli") in _claims(text, "en", date(2024, 6, 1))


def test_a_belarusian_pair_with_an_unlisted_given_name() -> None:
    text = "Памілаваны і вызвалены таксама інжынер Фарход Сафараў.\n"
    claims = _claims(text, "be", date(2024, 10, 20))
    assert ("released", "Фарход Сафараў") in claims
    assert ("pardoned", "Фарход Сафараў") in claims


def test_outlets_and_crossings_name_nobody() -> None:
    text = ("Homiel Today reported that nine people were freed and driven to Kamenny Log, "
            "among them Ihar Sauchyk.\n")
    names = {n for _, n in _claims(text, "en", date(2024, 10, 20))}
    assert "Homiel Today" not in names and "Kamenny Log" not in names


def test_named_on_a_list_but_never_freed() -> None:
    for text, lang in (
            ("The name of Abdullo Karimov appeared in the first lists of the pardoned, but he "
             "did not walk free.\n", "en"),
            ("Імя Абдулло Карымава было ў спісах памілаваных, аднак на волю ён не выйшаў.\n",
             "be"),
            ("При этом в списке не оказалось поэта Тофика Рустамли.\n", "ru"),
            ("Мікалая Ляшкевіча не было і ў спісе памілаваных.\n", "be"),
            ("Stsiapan Ladutski was not part of the September exchange.\n", "en"),
            ("Two applications for his release on medical grounds were rejected, said Vasil "
             "Hrynko's wife.\n", "en"),
            ("Роман Ковальчик отказался от предложения выехать и остался в колонии.\n", "ru")):
        kinds = {t for t, _ in _claims(text, lang, date(2024, 10, 20))}
        assert not kinds & {"released", "pardoned", "deported"}, text


def test_a_recognition_list_after_a_release_count_is_not_released() -> None:
    text = ("During the same period 64 people on the list were freed, almost all at the end "
            "of their sentences.\n\nAmong those recognised in the first half of the year:\n\n"
            "– Yegor Mamontov, 19, a student from Voronezh. Four years, imposed in March.\n"
            "– Liliya Safina, 45, a teacher from Ufa.\n")
    claims = _claims(text, "en", date(2025, 7, 1))
    assert ("recognized", "Yegor Mamontov") in claims
    assert ("recognized", "Liliya Safina") in claims
    assert not {c for c in claims if c[0] == "released" and c[1]}


def test_a_first_person_account_told_by_the_one_the_introduction_names() -> None:
    text = ("\"They read out my name last\": a former prisoner on his way home\n\n"
            "Nariman Seitov, 38, a builder, spent three years in custody. He wrote this "
            "account for us in Kyiv.\n\n"
            "They came for us on 27 March 2019. The next day I was charged with membership of "
            "a banned group. I had never held a gun.\n\n"
            "In September 2020 the court gave me eleven years. I spent forty days in a "
            "solitary cell.\n\n"
            "My wife writes to me every week. I read her letters many times.\n")
    claims = _claims(text, "en", date(2023, 10, 1))
    assert ("charged", "Nariman Seitov") in claims
    assert ("sentenced", "Nariman Seitov") in claims


def test_a_writer_who_names_herself() -> None:
    text = ("Споведзь былой палітвязнюркі\n\n"
            "Мяне завуць Яна Капыловіч, мне 27 гадоў, я швачка з Гомеля.\n\n"
            "Мяне затрымалі 10 жніўня 2020 года на вуліцы Савецкай.\n\n"
            "У сакавіку мяне этапавалі ў жаночую калонію № 4 у Гомелі.\n")
    claims = _claims(text, "be", date(2021, 12, 1))
    assert ("detained", "Яна Капыловіч") in claims
    assert ("transferred", "Яна Капыловіч") in claims


def test_a_mother_talked_to_and_let_go_was_never_held() -> None:
    text = ("Меня зовут Людмила Шубина. Моего сына Никиту задержали в августе.\n\n"
            "Со мной разговаривали четыре часа, но после этого отпустили.\n\n"
            "Я пишу это обращение, потому что больше не знаю, куда идти.\n")
    claims = _claims(text, "ru", date(2025, 2, 1))
    assert ("released", "Людмила Шубина") not in claims


def test_verdict_list_lines_with_a_colon_but_not_a_label() -> None:
    text = ("Sentenced in July:\n\nIhar Vaitsik, 52, power engineer, Minsk: three years, "
            "general-regime colony.\n\nKto: Siarhei Birukou, 45 years, teacher.\n")
    result = extract(text, published=date(2024, 8, 5), lang="en")
    terms = {(c["type"], c["person"]["name"], c["term_months"]) for c in result["claims"]}
    assert ("sentenced", "Ihar Vaitsik", 36) in terms
    ru = extract("Кто: Сергей Бирюков, 45 лет, учитель истории.\n",
                 published=date(2024, 8, 5), lang="ru")["claims"]
    assert not ru


def test_deaths_in_a_numbered_remand_prison_and_in_a_womens_colony() -> None:
    assert ("died_in_custody", "Олег Бурмистров") in _claims(
        "17 марта в СИЗО-2 Казани умер 56-летний Олег Бурмистров.\n", "ru", date(2024, 4, 2))
    assert ("died_in_custody", "Alena Yanush") in _claims(
        "Alena Yanush, 59, died on 14 May in the women's colony in Homel.\n", "en",
        date(2024, 6, 5))


def test_named_people_among_those_recognised() -> None:
    text = ("Aliaksandra Pashkina is a reporter. Siarhei Harbach is a printer. Pashkina and "
            "Harbach are among the 58 people recognised in May.\n")
    claims = _claims(text, "en", date(2024, 6, 5))
    assert {("recognized", "Aliaksandra Pashkina"), ("recognized", "Siarhei Harbach")} <= claims


def test_more_ways_out() -> None:
    for text in ("On Saturday a Moscow court let Lyudmila Zarechnaya out of pre-trial "
                 "detention.\n",
                 "On 19 November a court in Tver granted parole to Marina Gladysheva.\n",
                 "Lenur Seitveli came home in June after serving his full five-year "
                 "sentence.\n"):
        kinds = {t for t, _ in _claims(text, "en", date(2024, 12, 1))}
        assert "released" in kinds, text


def test_chats_and_contrasts_free_nobody() -> None:
    text = ("Several chats wrote on Saturday that the blogger Yauhen Tsvirka had been let out "
            "of the Akrestsina detention centre.\n")
    assert not _claims(text, "en", date(2021, 1, 20))
    text = "Освобождён был Тимур Сафин, а Максима Гурьянова увели в наручниках.\n"
    assert ("released", "Максим Гурьянов") not in _claims(text, "ru", date(2024, 2, 28))


def test_a_list_of_the_freed_corrected_in_the_next_sentence() -> None:
    text = ("Our list of those freed included Tatsiana Rudkova, a nurse from Pinsk. She was not "
            "released. Her name was confused with that of another woman.\n")
    kinds = {t for t, _ in _claims(text, "en", date(2024, 9, 20))}
    assert not kinds & {"released", "pardoned", "deported"}
    # "not released until …" tells when, and withdraws nothing
    text = "Ihar Loika walked free on 3 August. He was not released until his term had run.\n"
    assert ("released", "Ihar Loika") in _claims(text, "en", date(2024, 9, 20))
