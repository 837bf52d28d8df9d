from __future__ import annotations

from pathlib import Path

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import EventType, Gender, NameKind, ReleaseReason, Visibility
from volia.domain.records import InputError
from volia.importers import read_volia_csv, read_with_mapping


def test_reads_rows_grouped_by_person(data: Path) -> None:
    people = {p.external_id: p for p in read_volia_csv(data / "volia_good.csv")}
    assert set(people) == {"p-001", "p-002"}
    ales = people["p-001"]
    assert [n.kind for n in ales.names] == [NameKind.PRIMARY, NameKind.NATIVE]
    assert ales.names[1].script == "Cyrl"
    assert ales.birth_date == PartialDate(1980, 4, 2) and ales.gender == Gender.MALE
    types = [e.type for e in ales.events]
    assert types == [EventType.DETAINED, EventType.SENTENCED, EventType.RELEASED,
                     EventType.DEPORTED]
    assert ales.events[0].date == PartialDate(2021, 5)
    assert ales.events[1].details.term_months == 72
    assert ales.events[2].details.reason == ReleaseReason.PARDON
    assert ales.events[2].source is not None
    assert ales.events[2].source.url == "https://example.org/c"
    assert ales.events[1].origin == "volia_good.csv:3"
    assert people["p-002"].events[0].visibility == Visibility.RESTRICTED


def test_bad_file_refused_whole_with_every_problem(data: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_volia_csv(data / "volia_bad.csv")
    found = {(p.line, p.column) for p in caught.value.problems}
    assert found == {(2, "birth_date"), (3, "person_id"), (4, "type"), (4, "date"),
                     (4, "visibility"), (4, "term_months"), (4, "destination_country"),
                     (5, "gender"), (5, "reason")}
    assert "nothing was written" in str(caught.value)
    bad_date = next(p for p in caught.value.problems if p.column == "date")
    assert bad_date.value == "21.05.2021" and "YYYY" in bad_date.why


def test_conflicting_person_fields_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("person_id,name,type,date\nA,One,detained,2020\nA,Two,released,2021\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_volia_csv(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(3, "name")]
    path.write_text("name,date\nOne,2020\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_volia_csv(path)
    assert {p.column for p in caught.value.problems} == {"person_id", "type"}


def test_volia_preset_reports_instead_of_raising(data: Path) -> None:
    good = read_with_mapping(data / "volia_good.csv", "volia")
    assert len(good.records) == 2 and not good.problems
    bad = read_with_mapping(data / "volia_bad.csv", "volia")
    assert bad.records == [] and len(bad.problems) == 9
