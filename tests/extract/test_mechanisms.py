"""One check per argument-attachment mechanism: enumerations after a batch, subjects after
the verb, inverted subjects, relative clauses, relatives as subjects, batch destinations,
persecution after release, recognition withdrawn, court-report verbs. Texts written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from claim_pairs import claim_pairs

PUB = date(2025, 5, 20)


def _claims(text: str, lang: str) -> set[tuple[str, str]]:
    return claim_pairs(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("The group recognised five more people as political prisoners on Monday. Among them are "
     "Andrei Verbel, a carpenter from Lida, and Olga Sennaya, a teacher.", "en",
     {"Andrei Verbel", "Olga Sennaya"}),
    ("В понедельник правозащитники признали политзаключёнными ещё пятерых человек. Среди них — "
     "столяр Фома Вербель и учительница Ольга Сенная.", "ru", {"Фома Вербель", "Ольга Сенная"}),
    ("Праваабаронцы прызналі палітвязнямі яшчэ 9 чалавек. Сярод іх — Алесь Вербель, цясляр з "
     "Ліды, і Вольга Сенная.", "be", {"Алесь Вербель", "Вольга Сенная"}),
])
def test_members_of_a_recognised_batch_are_recognised(text: str, lang: str,
                                                      names: set[str]) -> None:
    claims = _claims(text, lang)
    assert {n for t, n in claims if t == "recognized"} == names
    assert not any(t in ("released", "group_release") for t, _ in claims)


def test_members_of_a_released_batch_share_its_destination() -> None:
    text = ("Belarus freed twelve political prisoners on Sunday and took them to Lithuania. "
            "Among those released are the poet Andrei Verbel, who had served three years, and "
            "the nurse Olga Sennaya.")
    claims = _claims(text, "en")
    assert ("group_release", "12") in claims
    for name in ("Andrei Verbel", "Olga Sennaya"):
        assert ("released", name) in claims and ("deported", name) in claims


def test_only_part_of_a_batch_taken_abroad_gives_no_removal() -> None:
    text = ("Twelve prisoners were freed on Sunday, and most of them were taken to Poland. "
            "Among those freed was Andrei Verbel.")
    claims = _claims(text, "en")
    assert ("released", "Andrei Verbel") in claims
    assert not any(t == "deported" for t, _ in claims)


def test_a_list_stops_at_a_negation() -> None:
    text = "Belarus freed nine prisoners. Among them were Andrei Verbel but not Olga Sennaya."
    claims = _claims(text, "en")
    assert ("released", "Andrei Verbel") in claims
    assert ("released", "Olga Sennaya") not in claims


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("В субботу в медчасти исправительной колонии № 3 в Витебске умер 58-летний "
     "политзаключённый Фома Вербель.", "ru", "Фома Вербель"),
    ("У лютым у віцебскай калоніі памёр палітвязень Алесь Вербель.", "be", "Алесь Вербель"),
])
def test_subject_after_the_verb_with_the_place_first(text: str, lang: str, name: str) -> None:
    assert ("died_in_custody", name) in _claims(text, lang)


def test_death_in_a_hospital_outside_custody_is_no_claim() -> None:
    text = "В больнице в Минске умер отец политзаключённого Фома Вербель."
    assert not any(t == "died_in_custody" for t, _ in _claims(text, "ru"))


def test_inverted_subject_after_a_copula() -> None:
    text = ("Belarus freed 16 prisoners on Saturday. Also freed was Olga Sennaya, an economist "
            "serving six years.")
    assert ("released", "Olga Sennaya") in _claims(text, "en")


def test_relative_clause_belongs_to_its_antecedent_only() -> None:
    text = ("Правозащитники признали политзаключёнными ещё семерых человек. Среди них — Сенная и "
            "Фома Вербель, которого задержали в феврале в Бресте.")
    claims = _claims(text, "ru")
    assert ("detained", "Фома Вербель") in claims
    assert not any(t == "detained" and "Сенн" in n for t, n in claims)


def test_a_relative_can_be_the_subject_of_her_own_detention() -> None:
    text = ("Andrei Verbel was detained in Minsk in 2022. His wife, Olga Verbel, was detained "
            "together with him. His mother, Anna Verbel, has had no letters since May.")
    claims = _claims(text, "en")
    assert ("detained", "Olga Verbel") in claims
    assert not any(n == "Anna Verbel" for _, n in claims)


def test_a_bare_place_name_does_not_take_the_subject() -> None:
    text = ("Andrei Verbel, 33, a schoolteacher from Tula, was detained in November for "
            "distributing leaflets.")
    assert ("detained", "Andrei Verbel") in _claims(text, "en")


@pytest.mark.parametrize(("text", "kind"), [
    ("The Minsk City Court on Tuesday found Andrei Verbel, a driver, guilty under Article 342.",
     "sentenced"),
    ("Andrei Verbel was detained in March, and in April he was formally charged.", "charged"),
    ("Investigators charged Andrei Verbel under Article 342 of the Criminal Code.", "charged"),
])
def test_court_report_verbs(text: str, kind: str) -> None:
    assert (kind, "Andrei Verbel") in _claims(text, "en")


def test_list_of_sentences_with_ages_and_long_terms() -> None:
    text = ("The court sentenced Andrei Verbel to three years in a colony, Ivan Sennoi to two and "
            "a half years of \"home chemistry\", and 60-year-old Olga Sennaya to 18 months of "
            "restricted freedom.")
    claims = _claims(text, "en")
    assert {n for t, n in claims if t == "sentenced"} == {"Andrei Verbel", "Ivan Sennoi",
                                                          "Olga Sennaya"}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Separately, the group withdrew its recognition of Andrei Verbel, an activist.", "en",
     "Andrei Verbel"),
    ("Viasna withdrew political-prisoner status from Andrei Verbel on Thursday.", "en",
     "Andrei Verbel"),
    ("Одновременно «Мемориал» отозвал признание политзаключённым Андрея Пестова.", "ru",
     "Андрей"),
])
def test_recognition_withdrawn(text: str, lang: str, name: str) -> None:
    claims = _claims(text, lang)
    assert any(t == "recognition_withdrawn" and n.startswith(name) for t, n in claims)


def test_persecution_after_release_needs_a_release() -> None:
    freed = ("Бывшая политзаключённая Ольга Сенная вышла на свободу в июле. "
             "На прошлой неделе к её родителям пришли сотрудники КГБ и провели обыск.")
    assert ("persecuted_after_release", "Ольга Сенная") in _claims(freed, "ru")
    inside = ("Ольгу Сенную задержали в июле. На прошлой неделе к её родителям пришли "
              "сотрудники КГБ и провели обыск.")
    assert not any(t == "persecuted_after_release" for t, _ in _claims(inside, "ru"))


def test_a_headline_name_does_not_swallow_the_next_paragraph() -> None:
    text = ("Что известно об Игоре Вербеле\n\nПолитзаключённый Игорь Вербель находится в режиме "
            "инкоммуникадо с февраля.")
    names = {n for _, n in _claims(text, "ru")}
    assert len(names) == 1
    assert all(n.startswith("Игорь Верб") and "олитзаключ" not in n for n in names)
