"""The gate in front of the English NER model: which sentences it is asked about.

The model costs more than all the rules together, so it runs only on trigger sentences with a
run of capitalised words no rule explains. A lone capitalised word that is no given name
("Article", "Homiel", "Krynitsa") does not count: the model could only return it as a
one-word person, which `person_span_ok` refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from volia.extract import extract, finding, persons_en
from volia.extract.mentions import Mention
from volia.extract.sentences import Sentence

DATA = Path(__file__).resolve().parent.parent / "data" / "extraction"


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, name, "")


def test_lone_capitalised_words_are_explained() -> None:
    text = "The court in Homiel sentenced Ales Bialiatski under Article 342, Krynitsa said."
    found = [_mention(text, "Ales Bialiatski")]
    assert not finding._unexplained_caps(_sentence(text), found, {"Bialiatski"})


def test_two_capitalised_words_in_a_row_go_to_the_model() -> None:
    text = "Police detained Zulfiya Rahimova in Dushanbe."  # neither word in the tables
    assert finding._unexplained_caps(_sentence(text), [], set())


def test_a_lone_given_name_goes_to_the_model() -> None:
    text = "In court, Artsiom said he had been beaten."
    assert finding._unexplained_caps(_sentence(text), [], set())


def test_a_name_found_in_two_pieces_goes_to_the_model() -> None:
    text = "His co-defendant, Mechyslau Hrybouski, died in the colony."
    found = [_mention(text, "Mechyslau"), _mention(text, "Hrybouski")]
    assert finding._unexplained_caps(_sentence(text), found, {"Hrybouski"})


def test_capitalised_runs_stop_at_punctuation() -> None:
    runs = finding._capitalised_runs("the centre Viasna said; Nasha Niva wrote, Minsk")
    assert [[word for _, _, word in run] for run in runs] == [
        ["Viasna"], ["Nasha", "Niva"], ["Minsk"]]


_PLACE_WORDS = {"State", "Region", "Province", "Division", "Oblast"}


@pytest.mark.slow
@pytest.mark.skipif(not persons_en.model_available(), reason="English model not installed")
def test_skipped_sentences_hold_no_person_the_model_would_add(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On every English development report, a trigger sentence the gate skips gives no model
    mention outside the mentions the rules found, so skipping it changes no claim."""
    skipped: list[tuple[str, Sentence, list[Mention], set[str]]] = []
    current = {"text": ""}
    real_gate = finding._unexplained_caps

    def recording_gate(sent: Sentence, found: list[Mention], surnames: set[str]) -> bool:
        asked = real_gate(sent, found, surnames)
        if not asked:
            skipped.append((current["text"], sent, list(found), set(surnames)))
        return asked

    monkeypatch.setattr(finding, "_unexplained_caps", recording_gate)
    reports = 0
    for txt in sorted(DATA.glob("**/*.txt")):
        lines = txt.read_text(encoding="utf-8").split("\n")
        if lines[1].strip() != "en":
            continue
        current["text"] = text = "\n".join(lines[3:])
        extract(text, published=None, lang="en")
        reports += 1
    assert reports > 200 and len(skipped) > 500
    added = []
    for text, sent, found, surnames in skipped:
        for m in persons_en.ner_mentions(text, [(sent.start, sent.end)]):
            words = m.text.split()
            while words and words[0] in finding._COMMON_CAPS:  # "Blogger Artsiom Zhaunerka"
                words = words[1:]
            start = m.end - len(" ".join(words))
            if words == [m.text.split()[-1]] and words[0] in surnames:
                continue  # a surname the rules know, found again after this step
            if words and words[-1] in _PLACE_WORDS:
                continue  # "Shan State": the model's person is a region, rightly skipped
            if words and not any(f.start <= start and m.end <= f.end for f in found):
                added.append(m.text)
    assert added == [], added
