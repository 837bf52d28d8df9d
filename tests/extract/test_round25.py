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
