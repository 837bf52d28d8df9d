"""Round 25: members of a batch named as a reader's answer ("Who was freed?"), in channel
digests (emoji bullets, "Names we know so far:"), by "Among those we can name are";
foreign nationals' names in Russian and Belarusian; a batch counted on its own noun
("62 civilians … crossed into Ukraine"); digest rows with a bare term ("X (2.5 years)");
hearsay ("there was talk that"); and the controls that keep each rule narrow. Every text
here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 6, 24)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _claims(text: str, lang: str, kind: str) -> list[dict[str, object]]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return [c for c in claims if c["type"] == kind]


def test_a_readers_question_reopens_the_batch_for_its_answer() -> None:
    text = ("On Saturday morning twelve prisoners were driven to the Lithuanian border and handed "
            "over at the Medininkai crossing. The release followed months of talks. Readers sent "
            "us many questions.\n\nWho was freed?\nAmong those we can name are the teacher Iryna "
            "Kavalchuk, who was serving six years, and Andrei Stsepuk, a welder from Pinsk.")
    assert {"Iryna Kavalchuk", "Andrei Stsepuk"} <= _people(text, "en", "released")
    assert {"Iryna Kavalchuk", "Andrei Stsepuk"} <= _people(text, "en", "deported")


def test_a_question_about_someone_else_opens_nothing() -> None:
    text = ("On Saturday twelve prisoners were freed and driven to Lithuania. Readers asked many "
            "things.\n\nWhy was the bus late?\nThe driver, Andrei Stsepuk, said the road was icy.")
    assert not _people(text, "en", "released")


def test_a_list_under_names_we_know_so_far() -> None:
    text = ("Four political prisoners walked out of colonies on Saturday.\n\nNames we know so "
            "far:\n▪️ Ina Harbuz, IK-4 in Homel;\n▪️ Kiryl Sadouski, IK-15 near Mahiliou.\n\n"
            "Sadouski's co-defendant Anton Lis was not among those freed.")
    assert _people(text, "en", "released") == {"Ina Harbuz", "Kiryl Sadouski"}


def test_a_bullet_then_a_trade_then_the_name() -> None:
    text = ("On Saturday 25 people held by Russia crossed into Ukraine in one exchange. Among "
            "them were two civilians from Crimea:\n\n• journalist Iryna Danylchuk, arrested in "
            "2023;\n• teacher Mustafa Seitov from Bilohirsk.")
    assert {"Iryna Danylchuk", "Mustafa Seitov"} <= _people(text, "en", "deported")
    assert [c["count"] for c in _claims(text, "en", "group_release")] == [25]


def test_a_counted_noun_that_opens_the_trigger_is_the_batch() -> None:
    text = ("Sixty-two Ukrainian civilians held in Russia crossed back into Ukraine on Saturday. "
            "Nadiya Sobol, a teacher from Melitopol, was among them.")
    assert [c["count"] for c in _claims(text, "en", "group_release")] == [62]
    assert "Nadiya Sobol" in _people(text, "en", "deported")


def test_sixty_two_is_not_a_small_part_of_the_batch() -> None:
    text = ("Eighty prisoners were freed on Friday. Sixty-two Belarusians among them were driven "
            "to Lithuania. Ales Kruk was one of them.")
    assert all(c["destination_country"] == "LT" for c in _claims(text, "en", "deported"))


def test_foreign_nationals_named_after_their_citizenship() -> None:
    ru = ("Гражданин Германии Дитмар Кляйнфельд, 61 год, умер в понедельник в СИЗО № 1 "
          "Калининграда. Кляйнфельда задержали в мае.")
    assert "Дитмар Кляйнфельд" in _people(ru, "ru", "died_in_custody")
    assert "Дитмар Кляйнфельд" in _people(ru, "ru", "detained")
    be = ("Гродзенскі абласны суд у панядзелак асудзіў грамадзяніна Літвы Альгірдаса Жукаўскаса "
          "на восем гадоў калоніі.")
    assert "Альгірдас Жукаўскас" in _people(be, "be", "sentenced")


def test_handed_over_at_the_border_with_a_country() -> None:
    be = ("Грамадзянін Японіі Хідэакі Такэда ў нядзелю быў вызвалены з калоніі і перададзены на "
          "мяжы з Літвой.")
    assert [c["destination_country"] for c in _claims(be, "be", "deported")] == ["LT"]
    be2 = ("Грамадзянін Латвіі Валдзіс Озолс у той жа дзень быў дастаўлены на пункт пропуску і "
           "перададзены латвійскім пагранічнікам.")
    assert [c["destination_country"] for c in _claims(be2, "be", "deported")] == ["LV"]


def test_a_lawyer_listed_among_the_freed_is_a_member() -> None:
    ru = ("В субботу Россия передала Литве пятерых заключённых. Среди освобождённых — московский "
          "адвокат Лев Грошев, которого в 2023 году приговорили к восьми годам.")
    assert "Лев Грошев" in _people(ru, "ru", "released")
    assert "Лев Грошев" in _people(ru, "ru", "sentenced")
    # the release keeps the batch's day, not the verdict's year told in the clause
    assert [c["date"] for c in _claims(ru, "ru", "released")] == ["2025-06-21"]


def test_a_lawyer_for_a_prisoner_is_still_no_prisoner() -> None:
    ru = "Адвокат Лев Грошев рассказал, что его подзащитного Ивана Сурова перевели в колонию."
    assert "Лев Грошев" not in _people(ru, "ru", "transferred")


def test_a_date_in_a_relative_clause_is_the_clauses() -> None:
    text = ("Fourteen people were pardoned on Wednesday. Also freed under the decree was Hanna "
            "Bakun, a nurse whom Ales Rud had defended in 2021.")
    assert [c["date"] for c in _claims(text, "en", "released")] == ["2025-06-18"]


def test_a_town_called_nova_is_no_surname() -> None:
    text = ("Sixty civilians crossed into Ukraine on Saturday. Yevhen Bilas, a journalist from "
            "Nova Kakhovka, was also freed.")
    assert _people(text, "en", "released") == {"Yevhen Bilas"}


def test_a_long_object_before_with_is_still_charged() -> None:
    text = ("Investigators on Tuesday charged Dzianis Karabach and Artsiom Lazar with terrorism "
            "over the burning of a signal box.")
    assert _people(text, "en", "charged") == {"Dzianis Karabach", "Artsiom Lazar"}


def test_digest_rows_with_a_bare_term() -> None:
    text = "No news from Pavel Lisin (6 years, sentenced in 2022)."
    assert [c["term_months"] for c in _claims(text, "en", "sentenced")] == [72]
    row = "— Volha Lazar, IT specialist, 3 years 6 months under Art. 342."
    assert [c["term_months"] for c in _claims(row, "en", "sentenced")] == [42]
    # a time after a comma is no verdict without "since" or "under"
    assert not _claims("He was released, two years later he left.", "en", "sentenced")


def test_digest_abbreviations_are_custody() -> None:
    text = "Leonid Zavalny, 67, serving 5 years, died on Wednesday in the hospital of IK-3."
    assert "Leonid Zavalny" in _people(text, "en", "died_in_custody")
    out = "Darya Kolas walked out of IK-5 on Sunday at the end of her term."
    assert "Darya Kolas" in _people(out, "en", "released")
    admin = "Ihar Starets got 15 days of admin arrest on Friday."
    assert "Ihar Starets" in _people(admin, "en", "sentenced")


def test_talk_that_someone_was_pardoned_is_hearsay() -> None:
    text = ("Ihar Malash, a bus driver, is serving four years. In June the barracks buzzed with "
            "talk that Malash had been pardoned. The talk was wrong.")
    assert not _people(text, "en", "pardoned")


def test_expected_on_the_pardon_list_is_no_pardon() -> None:
    be = ("Мікіта Вярба выйшаў з калоніі ў панядзелак. Летам яго прозвішча чакалі ў спісе "
          "памілаваных.")
    assert not _people(be, "be", "pardoned")


def test_a_humanitarian_visa_is_a_departure_of_ones_own() -> None:
    text = ("Yauhen Skrab walked out of the colony on 25 June at the end of his sentence and on "
            "Wednesday crossed into Poland on a humanitarian visa.")
    assert not _people(text, "en", "deported")


def test_the_states_word_on_its_pardons() -> None:
    ru = ("В субботу 17 политзаключённых вывезли из Беларуси в Вильнюс. Минская сторона "
          "утверждает, что все освобождённые помилованы.\n\nИзвестные имена:\n• Станислав Гурко, "
          "отбывавший 11 лет.")
    assert "Станислав Гурко" in _people(ru, "ru", "pardoned")
    # someone else's claim stays a claim
    other = "Адвокат утверждает, что Станислав Гурко помилован."
    assert not _people(other, "ru", "pardoned")


def test_a_list_after_one_man_sent_back() -> None:
    be = ("У суботу 40 палітвязняў перавезлі праз мяжу ў Літву.\n\nАдзін чалавек, Вячаслаў "
          "Стаброўскі, адмовіўся перасякаць мяжу. Яго вярнулі ў калонію.\n\nВядомыя імёны:\n"
          "— Алена Еўдакімава, бібліятэкарка з Ліды;\n— Пётр Казлоўскі, праграміст з Мінска.")
    assert {"Алена Еўдакімава", "Пётр Казлоўскі"} <= _people(be, "be", "deported")
    assert "Вячаслаў Стаброўскі" not in _people(be, "be", "deported")


def test_a_release_told_from_the_colony_first() -> None:
    ru = ("В среду из исправительной колонии в Балашове Саратовской области вышел 48-летний "
          "Виктор Шмаков.")
    assert "Виктор Шмаков" in _people(ru, "ru", "released")


def test_a_charge_never_brought_is_no_charge() -> None:
    be = "Вольгу Сідарук трымаюць у СІЗА з сакавіка. Абвінавачванне ёй так і не прад'явілі."
    assert not _people(be, "be", "charged")
    ru = "Обвинение Марине Сидорук так и не предъявили."
    assert not _people(ru, "ru", "charged")


def test_an_occupation_appointed_head_is_an_official() -> None:
    ru = ("Назначенный российскими властями «руководитель» города Павел Ремизов заявил, что "
          "волонтёрка задержана «за подготовку диверсий».")
    assert "Павел Ремизов" not in _people(ru, "ru", "detained")
    be = ("Прызначаны акупантамі «кіраўнік» раёна Уладзімір Соцкі заявіў, што ўсе затрыманыя "
          "праходзяць праверку.")
    assert "Уладзімір Соцкі" not in _people(be, "be", "detained")


def test_ukrainian_towns_are_no_surnames() -> None:
    text = ("Yurii Voronko, 63, a retired bus driver from Kakhovka, was detained by soldiers in "
            "May 2022. His neighbour from Vasylivka was questioned.")
    assert _people(text, "en", "detained") == {"Yurii Voronko"}


def test_a_freed_cellmate_is_the_source_not_the_prisoner() -> None:
    ru = ("С тех пор Ярослав Тимченко содержался в херсонском СИЗО — об этом семье рассказал "
          "освобождённый сокамерник.")
    assert not _people(ru, "ru", "released")


def test_a_call_for_release_with_words_between() -> None:
    text = ("Eskender Kurtaliev is serving thirteen years. The commissioner called this week for "
            "his release.")
    assert not _people(text, "en", "released")


def test_detained_again_as_he_walked_out_is_no_release() -> None:
    text = ("Remzi Kurtaliev served ten days. In fact he was detained again as he walked out of "
            "the detention centre on 12 January.")
    assert not _people(text, "en", "released")
    assert "Remzi Kurtaliev" in _people(text, "en", "detained")


def test_so_that_he_be_let_go_is_a_wish() -> None:
    be = ("Сейран Абдулаеў памёр у ізалятары. «Мы прасілі толькі аднаго — каб яго адпусцілі "
          "дадому да суда», — сказала ягоная дачка.")
    assert not _people(be, "be", "released")


def test_her_husband_with_a_long_apposition_is_the_prisoner() -> None:
    text = ("Tatyana Rudava has learned to talk about physics. Her husband, Arkady Rudau, 66, a "
            "specialist in aerodynamics at a research institute in Novosibirsk, was detained on 30 "
            "June 2022 in a Moscow hotel. On Tuesday a court sentenced Rudau to fourteen years.")
    assert _people(text, "en", "detained") == {"Arkady Rudau"}
    assert _people(text, "en", "sentenced") == {"Arkady Rudau"}


def test_nobody_could_find_out_where_he_was_held() -> None:
    text = ("Arkady Rudau was detained on 30 June. For a week not even his lawyer could find out "
            "where he was being held.")
    assert _people(text, "en", "incommunicado") == {"Arkady Rudau"}


def test_a_counted_exchange_told_with_one_of_and_a_weekday() -> None:
    text = ("Bohdan Yavir returned to Ukraine on Saturday as one of 84 civilians and soldiers "
            "handed over by Russia in the latest exchange.")
    assert [c["count"] for c in _claims(text, "en", "group_release")] == [84]
    assert "Bohdan Yavir" in _people(text, "en", "released")
    swap = "The headquarters said 45 people had come back in Thursday's swap."
    assert [(c["count"], c["date"]) for c in _claims(swap, "en", "group_release")] == \
        [(45, "2025-06-19")]


def test_a_count_with_a_nationality_between() -> None:
    ru = ("В среду шестнадцать белорусских политзаключённых вывезли из колоний к границе с "
          "Украиной и передали украинской стороне.")
    assert [c["count"] for c in _claims(ru, "ru", "group_release")] == [16]


def test_an_answer_to_whom_was_left_is_no_member() -> None:
    be = ("13 снежня 40 палітвязняў вывезлі да мяжы з Украінай і перадалі ўкраінскаму боку.\n\n"
          "— Каго вы пакінулі ў Гомелі?\n— Ганну Шылу. Яе перавялі ў турэмную бальніцу.")
    assert "Ганна Шыла" not in _people(be, "be", "released")


def test_a_label_before_a_pronoun_keeps_the_subject() -> None:
    text = ("Student Maksim Laban, who shared a cell with Ihar Staras, was charged on Saturday. "
            "Recap: he had served 10 days and was re-detained at the gate on 2 February.")
    assert _people(text, "en", "detained") == {"Maksim Laban"}


def test_a_relative_held_for_hours_is_no_arrest() -> None:
    text = ("Arkady Rudnik was sentenced on Tuesday. His father, Mikhail Rudnik, a retired "
            "engineer, was taken from his flat on Wednesday and held for most of the day.")
    assert "Mikhail Rudnik" not in _people(text, "en", "detained")
    ru = ("Вадима Осиповича помиловали в сентябре. Отца Вадима, 64-летнего Леонида Осиповича, в "
          "феврале забрали прямо с работы и продержали в РУВД до вечера.")
    assert "Леонид Осипович" not in _people(ru, "ru", "detained")


def test_heard_that_he_was_freed_is_hearsay() -> None:
    text = ("Vasyl Hordiienko disappeared in March. In May a woman at the market said she had "
            "heard that Vasyl Hordiienko had been released.")
    assert not _people(text, "en", "released")


def test_the_units_of_a_compound_number_are_no_count() -> None:
    ru = ("Год назад пятьдесят два белорусских политзаключённых вывезли в Литву. Среди них был "
          "Виталий Шумейко.")
    assert 2 not in [c["count"] for c in _claims(ru, "ru", "group_release")]
    part = "В среду 40 заключённых, в том числе пятеро иностранных граждан, были освобождены."
    assert [c["count"] for c in _claims(part, "ru", "group_release")] == [40]


def test_a_womans_shape_as_the_object_of_they_is_his() -> None:
    ru = ("Анастасия Гордеева узнала новость из телеграма. Илья Гордеев вышел на свободу 1 "
          "августа. Гордеева задержали в июле 2022 года.")
    assert _people(ru, "ru", "detained") == {"Илья Гордеев"}


def test_a_wife_who_left_on_her_own_is_no_member() -> None:
    ru = ("Илья Гордеев вышел на свободу 1 августа. Вместе с ним освободили ещё 15 человек. Всех "
          "их самолётом доставили в Анкару.\n\nАнастасия уехала из России ещё весной 2022 года "
          "и с тех пор жила в Берлине.")
    assert not {p for p in _people(ru, "ru", "released") if p.startswith("Анастасия")}


def test_what_usually_happens_to_the_pardoned_is_no_claim() -> None:
    text = ("Mikhail Kaptsiuk left the colony on 2 July. Pardoned prisoners are usually placed "
            "under \"preventive supervision\" and must report to the police.")
    assert not _people(text, "en", "persecuted_after_release")


def test_an_ordinal_day_spelt_out() -> None:
    text = "Vital Hrab died on the ninth of January in penal colony number seventeen."
    assert [c["date"] for c in _claims(text, "en", "died_in_custody")] == ["2025-01-09"]


def test_another_is_after_a_speaker_label() -> None:
    text = ("Sixteen prisoners were freed on Friday and handed over at the Lithuanian border. "
            "FOLEY: Another is Hanna Kuryla, a translator.")
    assert "Hanna Kuryla" in _people(text, "en", "released")


def test_a_spelling_in_brackets_does_not_break_the_term() -> None:
    text = ("The court on Tuesday sentenced the journalist Ayder Kurtsei (other spelling: "
            "Kurtseyi) to 13 years.")
    assert [c["term_months"] for c in _claims(text, "en", "sentenced")] == [156]


def test_men_took_him_from_his_house() -> None:
    text = ("On 4 January men in balaclavas took from his house the history teacher Oleksii "
            "Hreben, 52.")
    assert _people(text, "en", "detained") == {"Oleksii Hreben"}


def test_a_demand_list_gives_no_release() -> None:
    text = ("Uladzislau Laur refused to leave Belarus.\n\nWe call on the authorities to:\n"
            "- release all political prisoners, including Uladzislau Laur, and allow those "
            "released to stay.")
    assert not _people(text, "en", "released")


def test_a_total_since_a_month_is_no_batch() -> None:
    text = "Since July 2024, more than 250 political prisoners have been freed in Belarus."
    assert not _claims(text, "en", "group_release")


def test_a_younger_brother_held_for_a_talk() -> None:
    text = ("Eskender Taira was taken away on 17 March. His younger brother, Ruslan Taira, was "
            "held for several hours \"for a talk\" at the FSB office.")
    assert "Ruslan Taira" not in _people(text, "en", "detained")


def test_left_by_herself_is_her_own_departure() -> None:
    text = ("Valiantsina Hryn, who was released in May 2023 after the full term and later by "
            "herself left to Poland, was summoned by police.")
    assert not _people(text, "en", "deported")


def test_a_correction_of_the_first_broadcast() -> None:
    text = ("Stanislau Kuzma walked out of the colony on the twelfth of May. CORRECTION: The first "
            "broadcast of this programme stated that Stanislau Kuzma had been deported to "
            "Lithuania. He remains in Belarus.")
    assert not _people(text, "en", "deported")


def test_a_mans_declined_name_in_a_headline_is_his() -> None:
    be = ("Пра Алеся Мароза і ягонага сына\n\nАлесь Мароз, 52 гады, адбывае дзевяць гадоў. У "
          "ліпені Алеся Мароза перавялі ў калонію № 22.")
    assert _people(be, "be", "transferred") == {"Алесь Мароз"}


def test_questioned_for_hours_and_let_go_is_no_release() -> None:
    text = ("Blogger Dzianis Kules was detained on Monday. The father of the blogger, Mikhail "
            "Kules, was invited \"for a talk\". There he was questioned during around three hours "
            "and after it was let go home.")
    assert not _people(text, "en", "released")


def test_a_list_that_demands_release_is_still_a_list_of_the_recognised() -> None:
    text = ("The centre recognises the following people as political prisoners and demands their "
            "immediate release:\n1. Yauheni Marchak, born 1988, an IT specialist.\n2. Alena "
            "Paddubnaya, born 1971, a teacher.")
    assert {"Yauheni Marchak", "Alena Paddubnaya"} <= _people(text, "en", "recognized")
    assert not _people(text, "en", "released")


def test_served_and_walked_out_in_russian() -> None:
    ru = "Роман Глушко отсидел два года, полностью, от звонка до звонка, и вышел в сентябре."
    assert _people(ru, "ru", "released") == {"Роман Глушко"}


def test_handed_to_the_polish_border_guards() -> None:
    text = ("Polish citizen Krzysztof Wenda, sentenced in 2024 to 4 years, was handed to the "
            "Polish border guards at the Terespol crossing on Friday.")
    assert [c["destination_country"] for c in _claims(text, "en", "deported")] == ["PL"]


# -- the review's controls -------------------------------------------------------------------
def test_an_envoy_after_released_is_no_prisoner() -> None:
    text = ("Fourteen prisoners were released, Lithuanian Foreign Minister Kestutis Budraitis "
            "said. Budraitis also crossed into Lithuania with the group.")
    assert not _people(text, "en", "released")


def test_one_of_those_still_not_released() -> None:
    assert not _claims("Ivan Petrou is one of 30 prisoners still not released.", "en", "released")
    text = "Ivan Petrou was one of the 50 people expected to be freed under the decree."
    assert not _claims(text, "en", "released")


def test_out_of_the_punishment_cell_is_no_release() -> None:
    ru = "Иван Петренко отсидел в ШИЗО десять суток и вышел в отряд."
    assert not _people(ru, "ru", "released")


def test_back_from_exile_is_no_member() -> None:
    ru = ("В субботу помилованы четырнадцать политзаключённых. В тот же день из эмиграции "
          "вернулся и журналист Иван Петренко, уехавший в 2021 году.")
    assert not _people(ru, "ru", "released")


def test_a_woman_named_before_her_brother_stays_herself() -> None:
    ru = "Мирославу Волкову помиловали 3 мая. Её брат Мирослав Волков остаётся в колонии."
    assert "Мирослав Волков" not in _people(ru, "ru", "pardoned")


def test_asylum_seekers_crossing_are_no_batch() -> None:
    text = "In 2021, 300 Belarusian citizens crossed into Lithuania seeking asylum."
    assert not _claims(text, "en", "group_release")


def test_a_two_word_country_before_a_citizens_name() -> None:
    ru = "Гражданин Соединённых Штатов Клаус Вебер вышел на свободу 3 мая."
    assert _people(ru, "ru", "released") == {"Клаус Вебер"}


def test_died_at_home_is_no_death_in_custody() -> None:
    text = "Ivan Petrou died at home a month after IK-3 let him out."
    assert not _claims(text, "en", "died_in_custody")


def test_the_state_says_one_man_was_pardoned() -> None:
    assert not _people("Власти утверждают, что Иван Петренко помилован.", "ru", "pardoned")


def test_silence_needs_its_negation() -> None:
    text = "Ivan Petrou's lawyer was finally able to find out where he was being held."
    assert not _claims(text, "en", "incommunicado")
    text2 = "Lawyers warn that Ivan Petrou could be held incommunicado for months."
    assert not _claims(text2, "en", "incommunicado")
    ru = "Мария Сидоренко вышла на свободу в 2023 году, но мы не смогли узнать, где она живёт."
    assert not _claims(ru, "ru", "incommunicado")


def test_holds_and_wishes_that_are_facts() -> None:
    ru = "Её муж Иван Петренко был задержан в два часа ночи и помещён в СИЗО."
    assert "Иван Петренко" in _people(ru, "ru", "detained")
    text = ("Ivan Petrou was detained on Monday, and his mother was held for several hours for a "
            "talk.")
    assert "Ivan Petrou" in _people(text, "en", "detained")
    assert "Иван Петренко" in _people("Понадобилось три года, чтобы Ивана Петренко освободили.",
                                      "ru", "released")
    ru2 = "Родные ждали списки весь день, и вечером стало известно, что Иван Петренко освобождён."
    assert "Иван Петренко" in _people(ru2, "ru", "released")


def test_a_but_after_a_list_keeps_the_list() -> None:
    text = ("Three prisoners were freed on Tuesday: Ivan Petrou, Maria Sidar and Oleg Ivanou. But "
            "their co-defendant Anton Lis was not among those freed.")
    assert {"Ivan Petrou", "Maria Sidar", "Oleg Ivanou"} <= _people(text, "en", "released")


def test_a_clause_about_them_keeps_the_count() -> None:
    text = ("Three prisoners, who were among the best-known critics of the government, were "
            "freed on Saturday.")
    assert [c["count"] for c in _claims(text, "en", "group_release")] == [3]


def test_two_years_since_his_release_is_no_verdict() -> None:
    text = "Ivan Petrou, two years since his release from prison, still cannot find a job."
    assert not _claims(text, "en", "sentenced")
