"""Round 24: a pardon dated by its decree; incommunicado by refused visits and letters that stop
reaching; extradition as a transfer; recognition by "considers"/«считают»; charges told after
a detention; live-blog hedges ("is said to have", "channels list him", «в чатах называют»);
officials who head a commission; and the review's controls. Every text here is invented."""

from __future__ import annotations

from datetime import date

from claim_pairs import claim_pairs

from volia.extract import extract

PUB = date(2025, 6, 2)


def _people(text: str, lang: str, kind: str) -> set[str]:
    return {p for t, p in claim_pairs(text, lang, PUB) if t == kind}


def _dates(text: str, lang: str, kind: str) -> list[str]:
    claims = extract(text, published=PUB, lang=lang)["claims"]
    assert isinstance(claims, list)
    return sorted(str(c["date"]) for c in claims if c["type"] == kind)


def test_a_pardon_takes_the_day_its_decree_was_signed() -> None:
    text = ("Hleb Zhuk, a 50-year-old driver, was pardoned and released on 21 May under a decree "
            "dated 19 May.")
    assert _dates(text, "en", "pardoned") == ["2025-05-19"]
    assert _dates(text, "en", "released") == ["2025-05-21"]
    ru = "Инну Лаптеву помиловали указом от 19 мая, 21 мая она вышла на свободу."
    assert _dates(ru, "ru", "pardoned") == ["2025-05-19"]


def test_a_pardon_told_with_its_own_day_keeps_it() -> None:
    text = ("Ihar Kolas was pardoned on 25 May and released on 27 May. A decree dated 20 May "
            "pardoned 30 other people.")
    assert _dates(text, "en", "pardoned") == ["2025-05-25"]


def test_a_decree_signed_the_day_before_a_release() -> None:
    ru = ("21 мая на свободу вышла Инна Лаптева: её помиловали указом, подписанным накануне, "
          "и в тот же день вывезли в Литву.")
    assert _dates(ru, "ru", "pardoned") == ["2025-05-20"]


def test_refused_visits_and_letters_that_stop_reaching_are_incommunicado() -> None:
    text = ("Andrei Bulka is held in Mazyr. The administration turned down three of his wife's "
            "requests for a visit, and letters from his parents stopped reaching him in May.")
    assert "Andrei Bulka" in _people(text, "en", "incommunicado")
    ru = ("Адвокат Ольга Бех рассказала, что два месяца её не пускали к подзащитному Ивану "
          "Гаврину.")
    assert "Иван Гаврин" in _people(ru, "ru", "incommunicado")


def test_a_reporter_who_cannot_reach_someone_is_no_silence() -> None:
    text = ("Pavel Lis, who lives in Vilnius, left Belarus in 2021. The BBC has been unable to "
            "reach him for comment.")
    assert not _people(text, "en", "incommunicado")


def test_an_extradition_is_a_transfer() -> None:
    ru = "В пятницу Россия экстрадировала в Беларусь 29-летнего Дениса Гаврина."
    assert "Денис Гаврин" in _people(ru, "ru", "transferred")
    demand = "Minsk has demanded that Pavel Lis be extradited to Belarus."
    assert not _people(demand, "en", "transferred")
    papers = "Павлу Лису выдали справку для России."
    assert not _people(papers, "ru", "transferred")


def test_recognition_by_considering_and_by_status() -> None:
    ru = "Игорь Жук умер в колонии. Правозащитники из «Вясны» считают его политзаключённым."
    assert "Игорь Жук" in _people(ru, "ru", "recognized")
    negated = "Игорь Жук осуждён. Статус политзаключённого ему не присвоили."
    assert not _people(negated, "ru", "recognized")
    text = ("A court sentenced Kanstantsin Bury and Iryna Lapa. Viasna recognised the two as "
            "political prisoners in the summer.")
    assert {"Kanstantsin Bury", "Iryna Lapa"} <= _people(text, "en", "recognized")


def test_a_charge_told_after_the_detention() -> None:
    text = ("Timur Galeev, a blogger, was detained in February and charged within days over a "
            "video.")
    assert "Timur Galeev" in _people(text, "en", "charged")
    ru = "Геннадий Ворох, обвинявшийся в государственной измене, скончался в СИЗО."
    assert "Геннадий Ворох" in _people(ru, "ru", "charged")
    accuser = "Геннадий Ворох, обвинявший власти в фальсификации, уехал в Литву."
    assert not _people(accuser, "ru", "charged")


def test_reportedly_over_doubts_the_reason_not_the_event() -> None:
    text = ("Natallia Dzemid was detained in October at her home and on 2 November was charged "
            "with facilitating extremist activity, reportedly over a donation.")
    assert "Natallia Dzemid" in _people(text, "en", "charged")
    rumour = "Natallia Dzemid was reportedly released last week."
    assert not _people(rumour, "en", "released")


def test_live_blog_hedges() -> None:
    said = "Ihar Lobach, a blogger from Navapolatsk, is said to have died in the colony."
    assert not _people(said, "en", "died_in_custody")
    posted = "Denis Kuvin is serving ten days. A supporter posted that Kuvin had been freed."
    assert not _people(posted, "en", "released")
    ru = "В чатах называют среди освобождённых Яна Бородку, музыканта из Витебска."
    assert not _people(ru, "ru", "released")
    heard = ("Hanna Babich has heard from men released from Hlybokaye that Yauhen Babich was "
             "pardoned.")
    assert not _people(heard, "en", "pardoned")


def test_a_rights_group_posting_a_release_is_a_source() -> None:
    text = "Viasna posted on Telegram that Pavel Lis had been freed on Monday."
    assert "Pavel Lis" in _people(text, "en", "released")


def test_the_head_of_a_pardon_commission_is_an_official() -> None:
    be = ("Камісію па пытаннях памілавання ўзначальвае Андрэй Мельнік. У інтэрв'ю ён заявіў, "
          "што «ўсе памілаваныя шчыра раскаяліся».")
    assert not _people(be, "be", "pardoned")


def test_a_spokesman_two_words_after_the_name_is_an_official() -> None:
    text = ("Judge Alena Tsvir gave Artsiom Halet fifteen days of administrative arrest. Ihar "
            "Lapitsk, the regional police spokesman, told a newspaper that officers had "
            "responded. In August 2020 he was grabbed outside the drama theatre.")
    assert "Ihar Lapitsk" not in _people(text, "en", "detained")


def test_a_court_giving_days_is_a_verdict() -> None:
    text = ("Danila Korch is a rapper. On Friday a district judge gave Korch another twelve "
            "days, this time for disobeying a police officer.")
    assert "Danila Korch" in _people(text, "en", "sentenced")
    appeal = "Danila Korch is a rapper. The judge gave Korch three days to appeal."
    assert not _people(appeal, "en", "sentenced")


def test_others_detained_are_not_the_subject() -> None:
    text = ("Yauhen Rudko, a Minsk advocate who represented several people arrested after the "
            "protests, lives in Warsaw.")
    assert not _people(text, "en", "detained")
    apposed = "Pavel Lis and Ira Bok, two journalists detained on 3 May, were fined."
    assert "Pavel Lis" in _people(apposed, "en", "detained")


def test_deprived_of_treatment_is_no_denial() -> None:
    text = ("Yauhen Stas, who has been refusing food in protest at being denied dental "
            "treatment, was put in a punishment cell on Monday.")
    assert "Yauhen Stas" in _people(text, "en", "solitary_confinement")
    denied = "Yauhen Stas was released, activists said. The ministry denied it."
    assert not _people(denied, "en", "released")


def test_a_nationality_before_the_name_and_the_gate() -> None:
    text = "Russia on Monday freed Estonian citizen Margus Tamm, held since 2023."
    assert "Margus Tamm" in _people(text, "en", "released")
    ru = "Активист Денис Шкурко, отбыв 30 суток ареста, в среду вышел за ворота спецприёмника."
    assert "Денис Шкурко" in _people(ru, "ru", "released")
    source = "Освободившийся знакомый передал ей, что Максима Карпа снова отправили в ШИЗО."
    assert not _people(source, "ru", "released")


def test_a_named_prisoner_who_was_released_is_no_anonymous_source() -> None:
    text = ("Taras Sauk learned of it from Alena Hurska, a Belarusian prisoner who was released "
            "last week and who called him from Vilnius.")
    assert "Alena Hurska" in _people(text, "en", "released")


def test_assumed_and_earlier_versions_hold_back_a_release() -> None:
    assumed = "Ruslan Kaval is serving six years. Readers assumed Kaval had been freed."
    assert not _people(assumed, "en", "released")
    version = ("Aliaksandr Kuzma is serving five years. An earlier version listed Aliaksandr "
               "Kuzma among those freed.")
    assert not _people(version, "en", "released")
    be = "Шмат хто чакаў, што сярод вызваленых будзе Павел Свірыд."
    assert not _people(be, "be", "released")


def test_a_speaker_after_a_count_is_no_object_and_former_lawyers() -> None:
    text = "The regime freed 18 people, Sviatlana Tsikh said."
    assert not _people(text, "en", "released")
    cellmate = ("Ihar Losk was beaten, according to a cellmate, a woman who has since been "
                "released.")
    assert not _people(cellmate, "en", "released")
    gate = "Иван Петров вышел за ворота завода, где его задержали."
    assert not _people(gate, "ru", "released")
    thanks = "Ihar Losk, freed on Friday, thanked everyone who had been working for his release."
    assert "Ihar Losk" in _people(thanks, "en", "released")
    ru = ("Бывший адвокат Денис Горбач вышел на свободу в октябре, полностью отбыв полтора года "
          "колонии.")
    assert "Денис Горбач" in _people(ru, "ru", "sentenced")
