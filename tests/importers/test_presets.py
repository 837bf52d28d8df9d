from __future__ import annotations

from pathlib import Path

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import EventType, NameKind
from volia.domain.records import PersonRecord
from volia.importers import (
    PRESETS,
    detect_preset,
    expected_cecc_figures,
    facility_key,
    load_preset,
    read_with_mapping,
)


def _types(person: PersonRecord) -> list[str]:
    return [str(e.type) for e in person.events]


def test_every_preset_loads() -> None:
    for name in PRESETS:
        assert load_preset(name).name == name


@pytest.mark.parametrize(("file", "preset"), [
    ("viasna_dump.json", "viasna"), ("viasna_export_ru.csv", "viasna"),
    ("viasna_export_en.csv", "viasna"), ("cecc_sample.csv", "cecc"),
    ("chrd_sample.csv", "chrd"), ("china_list_sample.csv", "china-list"),
    ("volia_good.csv", "volia"),
])
def test_detect_preset(data: Path, file: str, preset: str) -> None:
    assert detect_preset(data / file) == preset


def test_detect_unknown_layout(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert detect_preset(path) is None


def test_viasna_dump_statuses(data: Path) -> None:
    result = read_with_mapping(data / "viasna_dump.json", "viasna")
    active, former, np = result.records
    assert _types(active) == ["recognized", "detained", "charged", "sentenced"]
    assert active.events[0].source is not None
    assert active.events[0].source.url == "https://example.org/declaration/901"
    assert active.events[2].details.articles == ("CC 293(2)", "CC 342")
    assert active.events[3].details.term_months == 42
    assert "released" in _types(former) and former.events[-1].date == PartialDate(2023, 5, 12)
    # np: convicted, not recognised: imported without a recognized event.
    assert "recognized" not in _types(np) and "sentenced" in _types(np)
    assert np.events[-1].details.facility is None  # "Released awaiting ..." is no facility
    # Two spellings of colony 3, one facility, with its address.
    colony = result.facilities["by:colony-3"]
    assert colony.aliases == ["Correctional colony #3 Vitebsk"]
    assert colony.postal_address == "Vićba, invented street 1"
    assert active.extra["judge"] == "Invented Judge" and "articles/0" in active.extra
    assert not result.problems


def test_viasna_csv_russian_and_english_headers(data: Path) -> None:
    ru = read_with_mapping(data / "viasna_export_ru.csv", "viasna")
    en = read_with_mapping(data / "viasna_export_en.csv", "viasna")
    assert not ru.problems and not en.problems
    ales_ru, maryia = ru.records
    assert ales_ru.names[0].script == "Cyrl"
    assert ales_ru.events[-1].details.articles == () and ales_ru.events[2].details.articles == (
        "CC 293(2)", "CC 342")
    assert ales_ru.extra["Судья"] == "Выдуманы Судья"
    assert "released" in _types(maryia)
    assert facility_key(ales_ru.events[-1].details.facility, "by") == "by:colony-3"
    assert en.records[0].events[-1].details.term_months == 78


def test_cecc_sample(data: Path) -> None:
    result = read_with_mapping(data / "cecc_sample.csv", "cecc")
    people = {p.external_id: p for p in result.records}
    one = people["2099-00001"]
    assert [n.kind for n in one.names] == [NameKind.PRIMARY, NameKind.TRANSLITERATION]
    assert one.events[1].date == PartialDate(2018, 3)  # "2018/03/dd"
    assert one.events[2].details.articles == ("CL97 105(2)", "CL97 111")
    assert one.events[3].details.term_months == 66 and "released" not in _types(one)
    two = people["2099-00002"]
    assert [n.text for n in two.names][1:] == ["Second Alias", "Third Alias", "Fourth Alias"]
    assert two.events[-1].type == EventType.RELEASED
    assert two.events[-1].date == PartialDate(1991, 6)
    assert "placed on the earliest possible day" in (two.events[2].details.note or "")
    assert _types(people["2099-00003"])[-1] == "died_in_custody"
    assert people["2099-00004"].events[-1].details.life_sentence
    assert (people["2099-00005"].events[-1].details.note or "").startswith("released on bail")
    # DET with a release date: kept in extra and reported, not imported as a release.
    six = people["2099-00006"]
    assert "released" not in _types(six) and six.extra["actual_date_released"] == "2011/03/03"
    assert [(p.line, p.column) for p in result.problems] == [(7, "actual_date_released")]
    assert result.stats["status_codes"]["DET"] == 2


def test_cecc_figures_on_sample(data: Path) -> None:
    figures = expected_cecc_figures(data / "cecc_sample.csv")
    assert (figures["records"], figures["detained"], figures["released"],
            figures["died_in_custody"], figures["unmapped"]) == (6, 3, 2, 1, 0)
    assert figures["code:DET"] == 2


def test_chrd_links_to_cecc(data: Path) -> None:
    result = read_with_mapping(data / "chrd_sample.csv", "chrd")
    one, seven, eight = result.records
    assert one.links == {"cecc": "2099-00001"} and not seven.links
    assert one.gender.value == "male" and eight.gender.value == "male"  # "Ȟ / male"
    assert one.events[0].source is not None
    assert one.events[0].source.url == "http://example.org/blogspot/1"
    assert one.events[2].details.note is not None and one.events[2].details.note.startswith(
        "10 days")
    assert str(seven.events[-1].details.reason) == "court"
    assert "incommunicado" in _types(eight)
    assert result.stats["linked"] == 1


def test_china_list(data: Path) -> None:
    result = read_with_mapping(data / "china_list_sample.csv", "china-list")
    first, second, third, fourth = result.records
    assert first.external_id == "https://example.org/cppc/0001.html"
    assert first.names[0].script == "Hani" and first.names[0].lang == "zh"
    assert _types(first) == ["recognized", "detained", "died_in_custody", "sentenced"]
    assert "2021-12-07" in (first.events[-1].details.note or "")
    assert second.events[-1].details.life_sentence
    assert second.external_id == "https://example.org/cppc/0002.html"
    assert _types(third) == ["recognized", "detained"] and third.extra["Sentence"] == "detention"
    assert fourth.birth_date == PartialDate(1950)
