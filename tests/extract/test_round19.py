"""Round 19: a pronoun in a fronted clause that names its person after the comma ("Seven
months after he was freed, X..."), flights and drives abroad told in more ways, and a witness
who was freed being no one else's release. Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

PUB = date(2025, 12, 1)


def test_a_span_of_time_before_after_points_the_pronoun_forward() -> None:
    text = ("Seven months after he was released and put on a bus to Lithuania, Pavel Ulasevich "
            "thought the state had finished with him.")
    assert deported_countries(text, "en", PUB) == {"Pavel Ulasevich": "LT"}
    ru = ("Через семь месяцев после того как его освободили и вывезли в Литву, Павел Уласевич "
          "получил повестку.")
    assert deported_countries(ru, "ru", PUB) == {"Павел Уласевич": "LT"}


def test_a_fronted_pronoun_points_only_to_the_subject_after_the_comma() -> None:
    text = ("Larysa Shcherbich walked out of the colony on 3 September. Two days after her "
            "release, two men visited her mother, Zinaida Shcherbich, in Rahachou.")
    released = {p for t, p in claim_pairs(text, "en", PUB) if t == "released"}
    assert released == {"Larysa Shcherbich"}


def test_a_pronoun_before_a_name_looks_back_to_where_the_name_was_before() -> None:
    text = ("Ilya Mazurkevich was arrested in December 2021. Leanid Mazurkevich, his father, "
            "writes every week. Ilya Mazurkevich was sentenced to nine years. Since March "
            "2024 his lawyer has not been allowed to see him, and a note said that Ilya "
            "does not wish to correspond.")
    silent = {p for t, p in claim_pairs(text, "en", PUB) if t == "incommunicado"}
    assert silent == {"Ilya Mazurkevich"}


def test_flown_from_one_city_to_another_and_driven_straight_to_a_border() -> None:
    flown = ("Six people imprisoned in Russia were flown from Moscow to Berlin on Tuesday. "
             "Among them is Kirill Vetrov.")
    assert deported_countries(flown, "en", PUB) == {"Kirill Vetrov": "DE"}
    driven = ("Last month Katsiaryna Sheuchyk was freed along with other prisoners and driven "
              "straight to the Ukrainian border near Chernihiv.")
    assert deported_countries(driven, "en", PUB) == {"Katsiaryna Sheuchyk": "UA"}


def test_where_the_plane_carrying_the_freed_landed() -> None:
    text = ("A plane carrying nine people freed from Russian prisons landed in Ankara on "
            "Thursday. Among the freed is Yelena Zaslavtseva, a librarian.")
    assert deported_countries(text, "en", PUB) == {"Yelena Zaslavtseva": "TR"}
    holiday = "Ivan Petrov landed in Vilnius on Friday after a holiday."
    assert deported_countries(holiday, "en", PUB) == {}


def test_a_freed_witness_is_not_the_prisoner_released() -> None:
    for text in ("Ivan Petrov was put in the punishment cell on 3 January. I learned this "
                 "from a man who had just been released from the same colony.",
                 "Ivan Petrov was put in the punishment cell on 3 January. A released inmate "
                 "told them he had seen Petrov in the yard."):
        assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))


# -- from the first sealed pair (69, 70), once opened -----------------------------------------

def test_released_from_work_and_from_a_post_are_no_release() -> None:
    be = ("Сяргей Драздоў асуджаны на 9 гадоў. Адміністрацыя калоніі паведаміла маці, што "
          "Драздоў «вызвалены ад працы па стане здароўя».")
    ru = "Сергей Дроздов освобождён от работы по состоянию здоровья."
    assert not any(t == "released" for t, _ in claim_pairs(be, "be", PUB))
    assert not any(t == "released" for t, _ in claim_pairs(ru, "ru", PUB))


def test_a_deputy_head_of_a_prison_service_is_an_official() -> None:
    text = ("Anatol Shchamialiou was placed in ShIZO three times this year. Its deputy head, "
            "Aliaksei Hurynovich, told the family that all the ShIZO placements were lawful.")
    cells = {p for t, p in claim_pairs(text, "en", PUB) if t == "solitary_confinement"}
    assert cells == {"Anatol Shchamialiou"}


def test_a_transfer_in_the_coming_weeks_has_not_happened() -> None:
    ru = "По словам защитника, в ближайшие недели Игоря Пашкевича этапируют в колонию № 17."
    be = "У бліжэйшыя дні Ігара Пашкевіча этапуюць у калонію."
    assert not claim_pairs(ru, "ru", PUB)
    assert not claim_pairs(be, "be", PUB)


def test_a_correction_notice_takes_back_an_earlier_release() -> None:
    text = ("Dzianis Aniskevich was sentenced to 4 years on 21 September. Correction: an earlier "
            "version of this round-up said that Aniskevich had been released after the hearing. "
            "He was not; he remains in SIZO No. 1.")
    assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))
    # an article of the law is no earlier article to correct
    charged = ('Kiryl Dubovik has been charged under Article 130, his mother said this week. '
               'He has not been taken into custody.')
    assert ("charged", "Kiryl Dubovik") in claim_pairs(charged, "en", PUB)


def _dated(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    from volia.extract import extract

    return {(c["type"], c["person"]["name"], c["date"])
            for c in extract(text, published=PUB, lang=lang)["claims"] if c["person"]}


def test_rows_under_released_and_not_released_take_their_own_days() -> None:
    text = ("The following prisoners reached the end of their terms between 1 and 14 November.\n\n"
            "Released after serving their full terms:\n"
            "• Kiryl Abramenka — left penal colony No. 17 in Shklou on 4 November;\n"
            "• Zinaida Prokharava — walked out of colony No. 24 on 12 November.\n\n"
            "Not released:\n"
            "• Yauhenia Ladutska, whose term ended on 13 November, was taken from the colony "
            "gate to a temporary detention centre.")
    released = {(p, d) for t, p, d in _dated(text, "en") if t == "released"}
    assert released == {("Kiryl Abramenka", "2025-11-04"), ("Zinaida Prokharava", "2025-11-12")}


def test_a_table_under_headings_gives_each_row_its_event() -> None:
    text = ("Monthly table of events, 1–29 November.\n\n"
            "VERDICTS\n"
            "8 Nov | Marharyta Yeutukh | 2 years of general regime (Art. 342)\n"
            "14 Nov | Yury Klimchuk | 6 years of reinforced regime (Art. 361-1)\n\n"
            "RECOGNITION\n"
            "21 Nov | Halina Serada, Yury Klimchuk | recognised as political prisoners\n"
            "12 Nov | Piotr Malyshau | status withdrawn at his own request\n")
    claims = _dated(text, "en")
    assert ("sentenced", "Marharyta Yeutukh", "2025-11-08") in claims
    assert ("sentenced", "Yury Klimchuk", "2025-11-14") in claims
    assert ("recognized", "Halina Serada", "2025-11-21") in claims
    assert ("recognition_withdrawn", "Piotr Malyshau", "2025-11-12") in claims
    assert not any(t == "recognized" and p == "Piotr Malyshau" for t, p, _ in claims)


def test_rows_that_open_with_a_belarusian_day_after_a_counted_release() -> None:
    text = ("У лістападзе, цалкам адбыўшы тэрміны, на волю выйшлі пяцёра палітвязняў.\n\n"
            "— 4 лістапада — Віталь Лаўрэнчык (калонія № 22, 3 гады);\n"
            "— 6 лістапада — Ірына Сцефановіч (калонія № 4, 2 гады).")
    released = {(p, d) for t, p, d in _dated(text, "be") if t == "released"}
    assert released == {("Віталь Лаўрэнчык", "2025-11-04"), ("Ірына Сцефановіч", "2025-11-06")}


def test_belarusian_may_and_august_are_months() -> None:
    text = "27 траўня Віталь Лаўрэнчык выйшаў на волю. 3 жніўня Ірыну Сцефановіч затрымалі."
    assert _dated(text, "be") == {("released", "Віталь Лаўрэнчык", "2025-05-27"),
                                  ("detained", "Ірына Сцефановіч", "2025-08-03")}


# -- dates: more of them read, and carried where the text means the same event ----------------

def test_a_day_and_month_last_year_and_days_in_words() -> None:
    assert _dated("Zmitser Hlinski was detained on 18 May last year.", "en") == {
        ("detained", "Zmitser Hlinski", "2024-05-18")}
    ru = ("Седьмого марта Богдана Яковенко отпустили. Двадцать третьего февраля Ивана Петрова "
          "задержали.")
    assert _dated(ru, "ru") == {("released", "Богдан Яковенко", "2025-03-07"),
                                ("detained", "Иван Петров", "2025-02-23")}
    be = "Дваццаць трэцяга лютага Івана Пятрова затрымалі."
    assert _dated(be, "be") == {("detained", "Іван Пятроў", "2025-02-23")}


def test_days_counted_from_the_date_before() -> None:
    text = ("Aliaksei Vinnik was detained on October 30 and charged three days later with "
            "extremism. The next day he was moved to prison No. 1.")
    assert _dated(text, "en") == {("detained", "Aliaksei Vinnik", "2025-10-30"),
                                  ("charged", "Aliaksei Vinnik", "2025-11-02"),
                                  ("transferred", "Aliaksei Vinnik", "2025-11-03")}
    ru = "Рустема Валиуллина задержали 14 сентября, а через два дня ему предъявили обвинение."
    assert ("charged", "Рустем Валиуллин", "2025-09-16") in _dated(ru, "ru")


def test_since_late_february_and_a_place_named_after_detention() -> None:
    silent = ("Ryhor Kastsiuchenka, who is serving ten years, has not been heard from since late "
              "February.")
    assert ("incommunicado", "Ryhor Kastsiuchenka", "2025-02") in _dated(silent, "en")
    cell = ("Taras Rymar was placed in a punishment cell at the Brest detention centre on "
            "November 14 for ten days.")
    assert _dated(cell, "en") == {("solitary_confinement", "Taras Rymar", "2025-11-14")}
    shizo = 'Ales Tsiareshka said: "In March I got fifteen days in the SHIZO."'
    assert _dated(shizo, "en") == {("solitary_confinement", "Ales Tsiareshka", "2025-03")}


def test_named_members_of_an_event_just_dated_take_its_date() -> None:
    text = ("A military court on Tuesday sentenced four men to between 13 and 17 years. The "
            "court gave Server Memetov 17 years. His co-defendants Rustem Aliev and Enver "
            "Kurtbedinov were each jailed for 13 years.")
    dates = {p: d for t, p, d in _dated(text, "en") if t == "sentenced"}
    assert dates == {"Server Memetov": "2025-11-25", "Rustem Aliev": "2025-11-25",
                     "Enver Kurtbedinov": "2025-11-25"}


# -- from the second sealed pair (71, 72), once opened ----------------------------------------

def test_released_a_statement_or_a_list_frees_nobody() -> None:
    for text in ("The colony's press officer, Andrei Lukha, released a brief statement.",
                 "The coordinator, Darya Lisouskaya, released the updated list on Wednesday."):
        assert not any(t == "released" for t, _ in claim_pairs(text, "en", PUB))
    freed = ("Aslan Kagirov was held for two days at a police station and was released after "
             "recording a video.")
    assert ("released", "Aslan Kagirov") in claim_pairs(freed, "en", PUB)


def test_they_are_the_two_just_named_not_the_three_before() -> None:
    text = ("In May a court sentenced Iryna Haurylchyk, Lilia Bartashevich and Zoya Makarevich. "
            "That summer the three were moved to the colony in Homel. On Tuesday Haurylchyk "
            "and Bartashevich were pardoned. They were among 29 prisoners pardoned this week.")
    pardoned = {p for t, p in claim_pairs(text, "en", PUB) if t == "pardoned"}
    assert pardoned == {"Iryna Haurylchyk", "Lilia Bartashevich"}


def test_rumours_denials_and_other_cases_free_nobody() -> None:
    post = ("Yadanar Khaing was detained in April. Last week a post on Facebook claimed she had "
            "been quietly released; her parents found no one who had seen her.")
    assert not any(t == "released" for t, _ in claim_pairs(post, "en", PUB))
    denied = ("У чацвер у сацыяльных сетках з'явілася вестка, што на волю выйшаў палітвязень "
              "Антон Жалезняк. Ягоная сястра абвергла гэта: Жалезняк застаецца ў калоніі.")
    assert not claim_pairs(denied, "be", PUB)
    other = ("Ягоны брат Ягор Ярмак, якога ў верасні адпусцілі пад падпіску па зусім іншай, "
             "непалітычнай справе, кажа, што ў сям'і дзве справы.")
    assert not claim_pairs(other, "be", PUB)
    future = ("He warned that she could be deported to Poland on the day of her release, "
              "said the lawyer of Marta Dziedzic.")
    assert not any(t in ("released", "deported") for t, _ in claim_pairs(future, "en", PUB))
    source = ("Stsiapan Lahvinets told officers that he would not leave Belarus and was taken "
              "back to his barracks, according to two of those freed.")
    assert not any(t == "released" for t, _ in claim_pairs(source, "en", PUB))


def test_custody_extended_is_neither_verdict_nor_arrest() -> None:
    ru = ("В среду суд в очередной раз продлил арест журналистке Ирине Слепнёвой — ещё на три "
          "месяца.")
    en = "On Wednesday a court extended the arrest of Irina Slepneva by three months."
    assert not claim_pairs(ru, "ru", PUB)
    assert not claim_pairs(en, "en", PUB)


def test_publishing_a_site_and_a_group_named_with_which() -> None:
    ru = ("Главный редактор Глеб Ширяев уехал из России ещё весной 2022 года и теперь "
          "выпускает сайт из Тбилиси.")
    assert not any(t == "released" for t, _ in claim_pairs(ru, "ru", PUB))
    en = ("Mikhail Zhdanovich walked free in May. Pravo Zhyts, which had recognised him as a "
          "political prisoner in 2021, ended his recognition on his release.")
    assert not any("Zhyts" in p for _, p in claim_pairs(en, "en", PUB))


# -- from the third sealed pair (73, 74), once opened -----------------------------------------

def test_a_pet_form_of_a_given_name_is_that_person() -> None:
    text = ("Friends of Sofia Vereshchagina have been posting updates. Sonya has been detained "
            "at the memorial stone.")
    assert ("detained", "Sofia Vereshchagina") in claim_pairs(text, "en", PUB)
    posts = ("Sofia Vereshchagina and Daria (Dasha) Lomakina were detained at the memorial. "
             "Dasha is out! She was released from the station. Sofia is still inside.")
    released = {p for t, p in claim_pairs(posts, "en", PUB) if t == "released"}
    assert released == {"Daria Lomakina"}


def test_whether_a_prosecutors_request_and_a_name_then_struck_off() -> None:
    ru = "Остаётся открытым вопрос, освобождён ли блогер Артур Дедович."
    assert not claim_pairs(ru, "ru", PUB)
    asks = ("The prosecutor asks the court to sentence Maksim Tuliev to 14 years in a "
            "strict-regime colony.")
    assert not any(t == "sentenced" for t, _ in claim_pairs(asks, "en", PUB))
    struck = ("На этой неделе помиловали 20 политзаключённых. Одного из них семья хорошо знает: "
              "Виталий Ермакович проходил по тому же делу. В списке помилованных его не "
              "оказалось.")
    assert not any(p == "Виталий Ермакович" for _, p in claim_pairs(struck, "ru", PUB))


def test_a_row_under_releases_that_says_still_inside_frees_nobody() -> None:
    text = ("RELEASES\n"
            "3 Nov | Sviatlana Hulevich | walked out after her full term\n"
            "9 Nov | Mikhail Tsiareshchanka | term ended, but he remains in colony No. 1\n")
    released = {p for t, p in claim_pairs(text, "en", PUB) if t == "released"}
    assert released == {"Sviatlana Hulevich"}


def test_a_silence_since_the_arrest_starts_at_the_arrest() -> None:
    en = ("Dzmitry Krauchanka was arrested in March. Since the arrest he has been cut off from "
          "the outside world: he has not been allowed to see a lawyer.")
    assert ("incommunicado", "Dzmitry Krauchanka", "2025-03") in _dated(en, "en")
    ru = "Евгения Шаблыко задержали 27 января. С момента задержания к нему не допускают адвоката."
    assert ("incommunicado", "Евгений Шаблыко", "2025-01-27") in _dated(ru, "ru")
