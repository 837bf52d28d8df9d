"""Round 22: the others of a batch went abroad when the report names the one who stayed; a
question answered with doubt; a cellmate named after a preposition; a member later moved to
another colony; a prosecutor's demand before a verdict still to come; silences told by kin;
and more ways of saying a term served, a pardon decree, a walk out of the colonies.
Every text here is invented for the test."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs, deported_countries

PUB = date(2025, 12, 1)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def test_the_others_went_abroad_when_the_one_who_stayed_is_named() -> None:
    text = ("Twenty-two political prisoners were freed on Tuesday. Twenty-one of them were "
            "driven to the Lithuanian border and handed to border guards.\n\n"
            "Among those who crossed was Stas Kulik, a printer from Lida.\n\n"
            "Vera Mazur, a teacher who was serving five years, told reporters in Vilnius she "
            "had spent the winter in a punishment cell.\n\n"
            "The twenty-second, the lawyer Ihar Dubko, refused to be taken abroad and went "
            "home to Hrodna.")
    countries = deported_countries(text, "en", PUB)
    assert countries.get("Vera Mazur") == "LT"
    assert "Ihar Dubko" not in countries
    assert "Ihar Dubko" in _people(text, "en", "released")


def test_a_freed_lawyer_is_a_prisoner_not_a_defence_lawyer() -> None:
    text = ("В среду на свободу вышли 12 политзаключённых. Ещё один освобождённый, адвокат "
            "Олег Курень, отказался уезжать. Как рассказала его жена, его выпустили из колонии "
            "в Бобруйске, и он вернулся домой.")
    assert "Олег Курень" in _people(text, "ru", "released")


def test_among_those_who_came_out_names_a_member() -> None:
    text = ("В четверг на свободу вышли 20 политзаключённых, их вывезли в Литву.\n\n"
            "Среди вышедших — инженер Павел Дудко, задержанный в 2021 году.")
    assert "Павел Дудко" in _people(text, "ru", "released")


def test_a_campaign_for_someone_elses_release_frees_nobody() -> None:
    text = ("Thirty prisoners were freed on 27 August and driven to the Latvian border. Among "
            "them was Mikhail Kuzin, a historian. Ina Kuzina, who has campaigned for his "
            "release from Riga since 2022, was never imprisoned herself.")
    released = _people(text, "en", "released")
    assert "Ina Kuzina" not in released
    assert "Mikhail Kuzin" in released
    own = ("Ales Pushkou, who had long fought for their freedom, was himself released on "
           "Saturday.")
    assert "Ales Pushkou" in _people(own, "en", "released")


def test_a_release_the_newsroom_could_not_verify_is_no_claim() -> None:
    text = ("Was Andrei Lobach among the nine?\n\nUnclear. Several channels said so; his "
            "lawyer has not confirmed it. We have not been able to verify his release.")
    assert "Andrei Lobach" not in _people(text, "en", "released")


def test_a_question_answered_with_doubt_leaves_the_release_unsaid() -> None:
    def text(answer: str) -> str:
        return ("On 20 August forty political prisoners were freed and driven to the Ukrainian "
                f"border.\n\nWas Bahdan Sych among the forty? {answer} Sych was on the bus to "
                "Ukraine, the released men say.")
    assert "Bahdan Sych" not in _people(text("Unclear."), "en", "released")
    assert "Bahdan Sych" not in _people(text("His family doesn't know."), "en", "deported")
    assert "Bahdan Sych" in _people(text("Yes."), "en", "released")  # the control


def test_reports_of_a_death_called_mistaken_are_no_death() -> None:
    text = ("Міхась Кавалёў, пчаляр з-пад Ашмянаў, быў вызвалены 10 красавіка. "
            "Першыя паведамленні пра тое, што ён памёр у калоніі, былі памылковымі.")
    assert "Міхась Кавалёў" not in _people(text, "be", "died_in_custody")


def test_the_cellmate_in_a_relative_clause_is_not_the_one_freed() -> None:
    text = ("Руслан Гацко, который сидел с Ясюкевичем в одном отряде и вышел на свободу в "
            "пятницу, рассказал, что Олега снова отправили в ШИЗО.")
    released = _people(text, "ru", "released")
    assert "Руслан Гацко" in released
    assert not any(name.endswith("Ясюкевич") for name in released)


def test_the_two_men_who_were_released_are_not_those_just_named() -> None:
    text = ("Stanislau Hurin, a musician, was brought to the colony in January. His wife, Nina "
            "Hurina, moved to Mahiliou to be near him.\n\n"
            "The two men who were released describe roll calls and work in the sawmill.")
    assert not {"Stanislau Hurin", "Nina Hurina"} & _people(text, "en", "released")


def test_he_continues_the_subject_not_the_companion_after_with() -> None:
    text = ("Kiryl Shamak was detained on 12 August. Yauhen Palta was detained with Shamak "
            "that same evening. He was let go three days later.")
    released = _people(text, "en", "released")
    assert "Yauhen Palta" in released
    assert "Kiryl Shamak" not in released


def test_a_name_moved_to_another_colony_after_the_batch_was_not_in_it() -> None:
    text = ("18 чэрвеня вызвалілі 14 палітвязняў і вывезлі ў Літву. Сярод іх — Андрэй Сокал, "
            "выкладчык гісторыі.\n\n"
            "Ігнат Сушкевіч, фермер, сядзеў у адной камеры з Сокалам. У пачатку ліпеня "
            "Сушкевіча этапавалі ў калонію №36 у Горках.")
    assert "Ігнат Сушкевіч" not in _people(text, "be", "released")
    assert "Ігнат Сушкевіч" not in _people(text, "be", "deported")
    assert "Андрэй Сокал" in _people(text, "be", "released")


def test_moved_this_month_to_a_colony_is_a_transfer() -> None:
    text = "Leu Baran was moved this month to a colony in Vaukavysk, his sister said."
    assert "Leu Baran" in _people(text, "en", "transferred")


def test_heard_without_confirmation_is_no_claim() -> None:
    text = ("Maksim Drab was put in ShIZO in February. Friends say, without confirmation, that "
            "Drab has already been moved to the prison in Hrodna.")
    assert "Maksim Drab" not in _people(text, "en", "transferred")


def test_a_demand_before_a_verdict_still_to_come_is_no_sentence() -> None:
    ru = ("Марию Лозко задержали в ноябре. Во вторник прокурор запросил для неё четыре года "
          "колонии, приговор огласят 14 апреля.")
    be = ("Максіма Лагоду затрымалі ў жніўні. Пракурор запатрабаваў для яго чатыры гады "
          "калоніі, прысуд павінны абвясціць 15 ліпеня.")
    assert "Мария Лозко" not in _people(ru, "ru", "sentenced")
    assert "Максім Лагода" not in _people(be, "be", "sentenced")


def test_custody_sanctioned_and_a_charge_not_yet_brought_are_no_claims() -> None:
    ru = ("Николая Дорошко задержали в марте. Прокурор санкционировал его содержание под "
          "стражей на два месяца.")
    be = "Сяргея Ладуцьку затрымалі. Абвінавачанне яму пакуль не прад'яўлена."
    assert "Николай Дорошко" not in _people(ru, "ru", "sentenced")
    assert "Сяргей Ладуцька" not in _people(be, "be", "charged")


def test_seventeen_walked_out_of_colonies_and_another_is_named() -> None:
    text = ("On 2 July seventeen political prisoners walked out of colonies and prisons across "
            "Belarus. All had been pardoned.\n\n"
            "Among them is Halina Maroz, a retired librarian. Another is Aleh Pryshch, an "
            "electrician from Lida.")
    pairs = claim_pairs(text, "en", PUB)
    assert ("group_release", "17") in pairs
    assert {("released", "Halina Maroz"), ("released", "Aleh Pryshch"),
            ("pardoned", "Aleh Pryshch")} <= pairs


def test_silences_told_by_kin_and_letters_that_are_not_there() -> None:
    en = ("Ruslan Hetman was sentenced in 2021. Ruslan Hetman's mother has had no letters "
          "since early December.")
    en2 = ("Dzmitry Kalina was sentenced in 2021. His brother, Aliaksei Kalina, says there has "
           "been no letter since 20 January.")
    ru = "От Елены Гуриной писем нет с июля."
    assert "Ruslan Hetman" in _people(en, "en", "incommunicado")
    assert "Dzmitry Kalina" in _people(en2, "en", "incommunicado")
    assert "Aliaksei Kalina" not in _people(en2, "en", "incommunicado")
    assert "Елена Гурина" in _people(ru, "ru", "incommunicado")


def test_not_allowed_to_see_the_body_is_no_silence() -> None:
    text = ("Aliaksei Tsvir died in the colony hospital. His son Kiryl said the family was not "
            "allowed to collect the body for four days.")
    assert "Aliaksei Tsvir" not in _people(text, "en", "incommunicado")


def test_a_pardon_decree_held_or_naming_someone_is_a_pardon() -> None:
    ru = ("Руслан Ковш вышел из колонии 15 марта, на следующий день после того, как был "
          "подписан указ о его помиловании.")
    be = ("Алена Барода выйшла з калоніі ў Гомелі 24 траўня з пакетам рэчаў і копіяй указа аб "
          "памілаванні.")
    en = ("Mikhail Kuzin was serving eight years. He had written a petition, and a pardon "
          "decree of 26 August named him.")
    assert "Руслан Ковш" in _people(ru, "ru", "pardoned")
    assert "Алена Барода" in _people(be, "be", "pardoned")
    assert "Mikhail Kuzin" in _people(en, "en", "pardoned")


def test_terms_told_by_their_serving() -> None:
    cases = [
        ("en", "Yulia Paulava walked out of the colony in Homiel on 5 February, having served "
               "her full two years.", "Yulia Paulava"),
        ("en", "Zinaida Paulova, 67, who came out of prison in 2023 after two years, had her "
               "flat searched.", "Zinaida Paulova"),
        ("en", "Yahor Lukin is a history teacher. Lukin's term ends in 2027.", "Yahor Lukin"),
        ("ru", "Пётр Сенько вышел в пятницу, отсидев 30 суток за три протокола подряд.",
         "Пётр Сенько"),
        ("be", "Аляксей Бурач адбыў у ізалятары 15 сутак адміністрацыйнага арышту.",
         "Аляксей Бурач"),
    ]
    for lang, text, name in cases:
        assert name in _people(text, lang, "sentenced"), text


def test_a_host_and_a_lawyer_interviewed_are_not_prisoners() -> None:
    text = ("On 3 July eighteen political prisoners were freed under a pardon decree. Among "
            "them was Yauhen Rusets, a bookkeeper from Lida. Host Mark Tenner spoke to his "
            "wife, Alena Rusets, and to the lawyer Daniel Whitby.\n\n"
            "RUSETS: At twenty past nine he walked out with a plastic bag.\n\n"
            "HOST: He was sentenced in 2022.")
    assert not {"Mark Tenner", "Daniel Whitby"} & (
        _people(text, "en", "released") | _people(text, "en", "sentenced"))


def test_reports_a_host_has_seen_are_not_facts() -> None:
    text = ("HOST: We've also seen reports that his cellmate, Arseni Yakub, was put in a "
            "punishment cell after he spoke to other prisoners.")
    assert "Arseni Yakub" not in _people(text, "en", "solitary_confinement")


def test_not_released_undoes_the_headline_despite_a_background_year() -> None:
    text = ("31 freed and forced abroad; Mikhal Tarasik refuses to cross the border\n\n"
            "On Saturday 31 political prisoners were freed and taken to the Lithuanian border. "
            "Among them is Yuras Lobik, a trade unionist detained in 2021.\n\n"
            "Mikhal Tarasik, who is serving fourteen years, was also on the bus. At the border "
            "he refused to leave Belarus, and he was not released: the guards drove him back.")
    assert "Mikhal Tarasik" not in _people(text, "en", "released")


def test_a_wrong_pardon_corrected_keeps_the_release_when_the_term_was_served() -> None:
    text = ("У сераду з калоніі ў Віцебску выйшаў Янка Сцяпун. У анонсе мы памылкова "
            "напісалі, што Янку вызвалілі па памілаванні. Гэта не так: ён адбыў увесь тэрмін.")
    assert "Янка Сцяпун" in _people(text, "be", "released")
    assert "Янка Сцяпун" not in _people(text, "be", "pardoned")


def test_one_of_the_five_goes_abroad_and_the_one_at_home_does_not() -> None:
    text = ("Last Tuesday six political prisoners were released together at the Lithuanian "
            "border. Five of them are now in Vilnius. Aliaksei Maroz, one of the five, spoke "
            "to us. Hanna Shelia, one of the six, is at home in Minsk.")
    countries = deported_countries(text, "en", PUB)
    assert countries.get("Aliaksei Maroz") == "LT"
    assert "Hanna Shelia" not in countries


def test_a_contracted_negation_and_a_sentence_in_absentia() -> None:
    assert "Olga Pirs" not in _people("Olga Pirs spoke. She wasn't detained.", "en", "detained")
    text = "On Tuesday: Aliaksei Rabtsau, five years in absentia for calls to harm security."
    assert "Aliaksei Rabtsau" in _people(text, "en", "sentenced")


def test_him_after_a_cellmate_named_by_his_relation_is_the_one_on_trial() -> None:
    text = ("В суде продолжается процесс над Павлом Миклашом, бывшим сокамерником Гайдуни. "
            "Его задержали в марте.")
    assert "Павел Миклаш" in _people(text, "ru", "detained")


def test_a_prosecutor_asking_the_court_to_sentence_is_a_demand() -> None:
    en = ("The prosecutor in the trial of Yauhen Dabrin, a Minsk lawyer, asked the court on "
          "Wednesday to sentence him to seven years in a general-regime colony.")
    ru = ("Гособвинитель в понедельник попросил приговорить гражданку Германии Урсулу Кёльнер "
          "к четырём годам колонии общего режима.")
    assert "Yauhen Dabrin" not in _people(en, "en", "sentenced")
    assert "Урсула Кёльнер" not in _people(ru, "ru", "sentenced")


def test_a_train_home_is_no_way_abroad() -> None:
    text = ("On 10 January thirty prisoners were freed and driven to the Lithuanian border. "
            "Aliaksandr Tsybul refused to board the bus. He was released at the gates of the "
            "colony in Vitsebsk and took a train home.")
    assert "Aliaksandr Tsybul" not in deported_countries(text, "en", PUB)


def test_review_mends_of_round_22() -> None:
    detained_home = ("Twenty prisoners were freed on Monday and driven to the Lithuanian border. "
                     "Among them was Aleh Sitnik, a welder. He was detained at home in Minsk in "
                     "2020.")
    assert deported_countries(detained_home, "en", PUB).get("Aleh Sitnik") == "LT"
    moved = "Leu Baran was moved on 12 March to a colony in Vaukavysk, his sister said."
    assert "Leu Baran" in _people(moved, "en", "transferred")
    copy = ("Алена Бородич вышла из колонии в Гомеле 24 мая с копией указа о помиловании.")
    assert "Алена Бородич" in _people(copy, "ru", "pardoned")
    asked = ("Максіма Лагоду затрымалі ў жніўні. Пракурор папрасіў суд прысудзіць Максіма "
             "Лагоду да чатырох гадоў калоніі.")
    assert "Максім Лагода" not in _people(asked, "be", "sentenced")
    letters = "Павла Дудко осудили в 2022 году. Писем от него не было с февраля."
    assert "Павел Дудко" in _people(letters, "ru", "incommunicado")
    remains = ("Aliaksei Tsvir was sentenced in 2023. Aliaksei Tsvir's family has had no letters, "
               "and he remains in the SIZO.")
    assert "Aliaksei Tsvir" in _people(remains, "en", "incommunicado")
