"""Round 9, safety: reports denied or unconfirmed (also in the next sentence), relayed posts,
demands, fears, pending decisions, officials and other people: no claim."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

from volia.extract import reports

PUB = date(2025, 3, 14)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Political prisoner Oleg Ramanchuk was moved to a punishment cell on Monday. "
     "Telegram posts said that Kiryl Navumau had also been put in a punishment cell. "
     "However, his lawyer could not confirm this.", "en", "Kiryl"),
    ("Політвязня Алега Раманчука ў панядзелак змясцілі ў ШІЗА. "
     "У тэлеграм-каналах таксама з'явілася паведамленне, што ў ШІЗА трапіў Кірыл Навумаў. "
     "Аднак праваабаронцы гэтыя звесткі не пацвердзілі.", "be", "Кірыл"),
    ("Политзаключённого Олега Романчука в понедельник поместили в ШИЗО. "
     "В местных чатах появилось сообщение, что задержан и Кирилл Наумов. "
     "Однако эту информацию опровергли в милиции.", "ru", "Кирилл"),
    ("Политзаключённого Олега Романчука в понедельник поместили в ШИЗО. "
     "Сообщалось, что в ШИЗО отправлен и Кирилл Наумов. "
     "Администрация колонии это отрицает.", "ru", "Кирилл"),
])
def test_report_denied_in_the_next_sentence_gives_no_claim(text: str, lang: str,
                                                            name: str) -> None:
    claims = _claims(text, lang)
    assert not any(person.startswith(name) for _, person in claims)
    assert any(kind == "solitary_confinement" for kind, _ in claims)


def test_an_official_denial_of_ill_treatment_keeps_the_relatives_account() -> None:
    text = ("Hanna Lis, a nurse sentenced to six years, has been held incommunicado since May, "
            "her brother said. The prison service denied that she was being isolated.")
    assert ("incommunicado", "Hanna Lis") in _claims(text, "en")


def test_a_conviction_for_social_media_posts_is_no_relayed_rumour() -> None:
    text = "Ales Bely was sentenced to three years for posts on social media."
    assert ("sentenced", "Ales Bely") in _claims(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Police searched the flat of Ivan Moroz, questioned him as a witness and released him.",
     "en"),
    ("У Ивана Мороза провели обыск, но задерживать не стали: его допросили в качестве "
     "свидетеля и отпустили.", "ru"),
    ("У Івана Мароза правялі ператрус, яго дапыталі як сведку і адпусцілі.", "be"),
])
def test_a_witness_let_go_is_not_released(text: str, lang: str) -> None:
    assert not any(kind == "released" for kind, _ in _claims(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("«После ПКТ его могут перевести на тюремный режим», — говорит жена Ивана Мороза.", "ru"),
    ("Маці Івана Мароза кажа, што сын пра ШІЗА нічога не казаў.", "be"),
])
def test_a_cell_spoken_about_is_no_placement(text: str, lang: str) -> None:
    assert not any(kind == "solitary_confinement" for kind, _ in _claims(text, lang))


def test_denied_by_next_needs_a_denial() -> None:
    assert not reports.denied_by_next("Ivan Moroz was detained.", "However, he was later freed.",
                                     "en")
    assert reports.denied_by_next("Posts said Ivan Moroz was detained.",
                                 "However, police denied the reports.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Oleg Zhuk was sentenced in 2022 to five years for allegedly insulting an official.", "en"),
    ("Олега Жука осудили на пять лет за якобы оскорбление чиновника.", "ru"),
])
def test_the_wording_of_a_charge_is_no_hedge(text: str, lang: str) -> None:
    assert any(kind == "sentenced" for kind, _ in _claims(text, lang))


def test_allegedly_still_hedges_the_event() -> None:
    assert not _claims("Oleg Zhuk was allegedly detained in Brest.", "en")


def test_inverted_subject_after_a_companion_pronoun() -> None:
    text = ("Ales Hlushak was detained on Tuesday. Detained alongside him was his friend and "
            "former colleague Raman Kalinouski, 43.")
    assert ("detained", "Raman Kalinouski") in _claims(text, "en")


def test_this_turned_out_false_denies_the_report_before() -> None:
    text = ("On Saturday several Telegram channels reported that Sviatlana Mazur had been "
            "released. This turned out to be false: her husband said she remains in the colony.")
    assert not any(kind == "released" for kind, _ in _claims(text, "en"))


def test_a_relative_in_apposition_after_a_role_noun() -> None:
    text = ("Среди новых политзаключённых — фермер Василий Шумский. Правозащитники "
            "подчёркивают, что отец фермера, Николай Шумский, проходит по делу свидетелем.\n\n"
            "Задержан и Игорь Лис. Обоих задержали 12 ноября.")
    claims = _claims(text, "ru")
    assert ("recognized", "Василий Шумский") in claims
    assert not any(person == "Николай Шумский" for _, person in claims)


def test_a_source_that_cannot_confirm_blocks_the_sentence_before() -> None:
    text = ("По данным одного из источников, в ПКТ находится и политзаключённая Вероника Сташ. "
            "Однако её мать говорит, что подтвердить это не может.")
    assert not _claims(text, "ru")


def test_free_for_now_is_no_release() -> None:
    text = "Отец Кондратовича по-прежнему живёт в Бресте. Пока он на свободе."
    assert not any(kind == "released" for kind, _ in _claims(text, "ru"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Some Telegram channels reported that Raman Kalin was also among those freed. That turned "
     "out to be wrong: his wife said he remains in the colony.", "en"),
    ("Several channels also reported that Viktar Hlad had been freed. Viasna later said this "
     "was a mistake.", "en"),
    ("Ранее в СМИ появлялась информация, что на свободу вышел и Виктор Кравч. Позже источник "
     "её опроверг.", "ru"),
    ("Паводле няпэўных звестак, Віктару Ляшку прад'явілі абвінавачанне.", "be"),
])
def test_reports_refuted_or_uncertain(text: str, lang: str) -> None:
    assert not _claims(text, lang)


def test_a_next_sentence_denying_its_own_rumour_leaves_this_one() -> None:
    text = ("Vasil Traf, who was sentenced together with Dubin to four years, remains in "
            "detention. There were reports in a chat group that he had been moved to a "
            "hospital, but his lawyer said that this was untrue.")
    assert any(kind == "sentenced" for kind, _ in _claims(text, "en"))


def test_a_bare_colon_after_a_batch_opens_its_member_list() -> None:
    text = ("Eighteen people were pardoned and freed on Wednesday, the press service said. "
            "The press service did not publish the names. By Thursday, Viasna had confirmed "
            "two of them:\n\n- Mikalai Dashk, 67, a pensioner from Barysau;\n"
            "- Tatsiana Lemiash, a nurse from Maladzechna.\n\nMore releases may follow.")
    claims = _claims(text, "en")
    assert ("pardoned", "Tatsiana Lemiash") in claims
    assert ("released", "Mikalai Dashk") in claims


def test_paragraphs_opening_with_a_name_after_a_counted_recognition() -> None:
    text = ("Во вторник «Мемориал» признал политзаключёнными ещё троих человек.\n\n"
            "Тимура Гафа, 27-летнего студента из Уфы, задержали в феврале.\n\n"
            "Светлану Кочет, медсестру из Твери, в апреле приговорили к шести годам колонии.\n\n"
            "Политзаключённые получают письма от сторонников.")
    claims = _claims(text, "ru")
    assert any(kind == "recognized" and person.startswith("Тимур") for kind, person in claims)
    assert any(kind == "recognized" and person.startswith("Светлана")
               for kind, person in claims)


def test_a_member_returned_to_prison_is_not_released() -> None:
    text = ("Fifty-two prisoners were released by Belarus on Thursday and driven to Lithuania.\n"
            "Mikola Statk, a former candidate, refused to cross and was returned to prison.\n")
    assert ("released", "Mikola Statk") not in _claims(text, "en")


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The groups did not withdraw the status of Ihar Shved despite a campaign.", "en",
     "recognition_withdrawn"),
    ("Ожидалось, что среди освобождённых окажется и блогер Денис Ковал, однако его фамилии в "
     "списке нет.", "ru", "released"),
    ("Адвокат опасается, что в тюрьме Алексея Горина могут отправить в ШИЗО.", "ru",
     "solitary_confinement"),
    ("She worked for a fund that helped the families of detained protesters, said Anna Lis.",
     "en", "detained"),
])
def test_negated_expected_feared_or_adjectival(text: str, lang: str, kind: str) -> None:
    assert not any(k == kind for k, _ in _claims(text, lang))


def test_a_list_paragraph_that_denies_membership() -> None:
    text = ("Лукашенко помиловал 17 человек. Правозащитникам удалось установить часть из них: "
            "среди помилованных — пенсионер Пётр Кулеш.\n\nСреди помилованных нет Марии "
            "Колесниковой и Виктора Бабарико.")
    claims = _claims(text, "ru")
    assert not any(person.startswith(("Мария", "Виктор")) for _, person in claims)


def test_names_announced_by_count_and_members_with_their_companion() -> None:
    text = ("За мінулы тыдзень у Брэсце затрымалі як мінімум пяць чалавек. Праваабаронцам "
            "удалося высветліць імёны траіх.\n\nУ аўторак сілавікі прыйшлі ў майстэрню мастака "
            "Віталя Кулеша. Разам з ім затрымалі двух яго сяброў — Арцёма Бурцава і Дзяніса "
            "Шпака.")
    claims = _claims(text, "be")
    for name in ("Віталь Кулеш", "Арцём Бурцаў", "Дзяніс Шпак"):
        assert ("detained", name) in claims


def test_will_not_be_added_is_no_member() -> None:
    text = ("The coalition recognised one more person as a political prisoner. Siarhei Dzemid, "
            "convicted of attacking an officer, will not be added to the list for now.")
    assert not any(kind == "recognized" for kind, _ in _claims(text, "en"))


def test_his_brother_is_someone_else() -> None:
    text = "Artsiom Zhuk was sentenced to six years. His brother was detained on Monday."
    assert ("detained", "Artsiom Zhuk") not in _claims(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("We demand the immediate and unconditional release of Aliaksei Rudzko.", "en"),
    ("Several channels reported that Maksim Lobach had also been freed. That is not true: his "
     "mother says he remains in prison.", "en"),
    ("Opposition channels also listed Maksim Kuchyn among the freed. His lawyer said on "
     "Tuesday that this was a mistake.", "en"),
    ("Pro-government Telegram channels claimed last week that Ksenia Ravuts had been released. "
     "Her colleagues say this is false.", "en"),
    ("Пытанне аб прызнанні палітвязнем Сяргея Карпіловіча пакуль адкрытае.", "be"),
    ("Пытанне пра пазбаўленне статусу палітвязня Андрэя Дразда яшчэ не вырашанае.", "be"),
])
def test_demands_refutations_and_open_questions(text: str, lang: str) -> None:
    assert not _claims(text, lang)


def test_recognition_stopped_is_no_recognition() -> None:
    claims = _claims("Таксама праваабаронцы спынілі прызнанне палітвязнем Антона Быкоўскага.",
                     "be")
    assert not any(kind == "recognized" for kind, _ in claims)
    assert any(kind == "recognition_withdrawn" for kind, _ in claims)


def test_a_mother_in_apposition_is_a_relative() -> None:
    text = ("Политзаключённую Ольгу Тарасевич освободили и вывезли в Литву. Её мать, Людмила "
            "Тарасевич, осталась в Минске.")
    claims = _claims(text, "ru")
    assert not any(person.startswith("Людмила") for _, person in claims)


def test_a_verdict_reported_by_state_media_stands() -> None:
    text = ("A court in Minsk sentenced Maksim Panas in absentia to ten years in a colony, "
            "state media reported.")
    assert ("sentenced", "Maksim Panas") in _claims(text, "en")


def test_a_participle_after_its_own_noun() -> None:
    text = ("Leanid Marhun, an editor, was sent to a punishment cell for 15 days, according to a "
            "fellow inmate released in April.")
    claims = _claims(text, "en")
    assert ("released", "Leanid Marhun") not in claims
    assert ("solitary_confinement", "Leanid Marhun") in claims


def test_titles_and_towns_are_no_people() -> None:
    text = ("Poland expects the immediate release of Mrs Sobolewska. Konstantin Barysh, an "
            "electrician from Kirov, was detained in Kirov in June.")
    claims = _claims(text, "en")
    assert not any(person in ("Kirov", "Mrs Sobolewska", "Sobolewska") for _, person in claims)
    assert ("detained", "Konstantin Barysh") in claims


@pytest.mark.parametrize(("text", "lang", "kind", "name"), [
    ("All eighteen had been pardoned, officials said. A spokeswoman for the presidential "
     "administration, Iryna Talk, insisted that those released had asked for mercy.", "en",
     "released", "Iryna"),
    ("Former inmates say the colony head, Colonel Mikhail Zayats, had him sent to the "
     "punishment cell four times.", "en", "solitary_confinement", "Mikhail"),
    ("We demand that Oleg Marin, Tatyana Sobol and Pavel Sobol be released immediately.", "en",
     "released", "Oleg"),
    ("Старшыня камісіі па пытаннях памілавання Валерый Мікул заявіў, што працэс будзе "
     "працягнуты.", "be", "pardoned", "Валерый"),
    ("Журналіст Кірыла Дземч, вызвалены ў студзені, сам выехаў у Польшчу.", "be", "deported",
     "Кірыла"),
    ("Я благодарна Артёму Власову, другу Никиты Солом, который вышел на свободу этой весной.",
     "ru", "released", "Никита"),
])
def test_officials_demands_and_others(text: str, lang: str, kind: str, name: str) -> None:
    assert not any(k == kind and person.startswith(name) for k, person in _claims(text, lang))


def test_freed_by_pardon_in_a_relative_clause() -> None:
    text = ("У верасні міліцыянты наведалі бацькоў Святланы Барадзіч, якая выйшла на волю ў "
            "2024 годзе па памілаванні.")
    claims = _claims(text, "be")
    assert any(kind == "pardoned" and person.startswith("Святлана") for kind, person in claims)


def test_released_in_court_under_supervision_is_no_persecution() -> None:
    text = ("Raman Shyl was released from custody in the courtroom; he will serve his sentence at "
            "home under police supervision.")
    assert ("persecuted_after_release", "Raman Shyl") not in _claims(text, "en")


def test_a_companion_is_not_the_subject_of_a_later_release() -> None:
    text = ("В Бресте задержали 54-летнего Леонида Шамко. Вместе с ним задержали его жену Наталью "
            "Шамко, однако через несколько часов её отпустили домой.")
    claims = _claims(text, "ru")
    assert ("released", "Леонид Шамко") not in claims
    assert ("detained", "Леонид Шамко") in claims


@pytest.mark.parametrize(("text", "lang"), [
    ("An earlier post on a local Telegram channel saying that Leonid Shabun had been arrested "
     "was deleted within an hour.", "en"),
    ("Адзін праўрадавы канал напісаў, што Леанід Сымон быў вызвалены па стане здароўя. Гэта "
     "няпраўда: ён памёр пад аховай.", "be"),
])
def test_posts_deleted_or_called_untrue(text: str, lang: str) -> None:
    assert not any(kind in ("detained", "released") for kind, _ in _claims(text, lang))
