"""Denials and negations placed after the event word must block the claim too."""

from datetime import date

from volia.extract import extract


def _types(text: str, lang: str) -> list[str]:
    return [c["type"] for c in extract(text, published=date(2025, 5, 1), lang=lang)["claims"]]


def test_official_dismissal_of_a_death_report_gives_no_death():
    text = ("The Interior Ministry on Tuesday dismissed as a provocation reports that the "
            "political prisoner Ihar Zhuraukou died in the colony in Mahilyou.")
    assert "died_in_custody" not in _types(text, "en")


def test_russian_negation_after_the_verb():
    text = "Брат активиста Павел Кузьмин задержан не был, сообщили правозащитники."
    assert "detained" not in _types(text, "ru")


def test_belarusian_negation_after_the_verb():
    text = "Яго жонка Марына Кузьміч затрыманая не была, паведамілі праваабаронцы."
    assert "detained" not in _types(text, "be")


def test_plain_statements_still_give_claims():
    assert "detained" in _types("Павел Кузьмин был задержан в Минске 28 апреля.", "ru")
