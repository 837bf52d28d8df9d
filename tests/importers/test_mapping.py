from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import EventType, Gender
from volia.importers import MappingError, load_mapping, parse_mapping, read_with_mapping

CUSTOM = """
[source]
name = "custom"
system = "ngo"
id = "ref"
as_of = "2024-01-31"

[person]
name = "full name"
gender = { column = "sex", map = { m = "male", f = "female" } }

[[events]]
type = "detained"
date = "arrest"
facility = "held in"

[[events]]
type = "released"
date = "freed"
when = "codes"

[[codes]]
field = "state"
role = "status"
[codes.map]
in = { events = ["detained"], suppress = ["released"] }
out = { events = ["detained", "released"], released = { reason = "served" } }
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_custom_mapping_keeps_unmapped_columns(tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text(CUSTOM, encoding="utf-8")
    path = _write(tmp_path, "ref,full name,sex,arrest,held in,state,freed,shoe size\n"
                            "1,Ana Exemplo,f,03.04.2022,ИК-3,out,2023-04,38\n"
                            "2,Bo Exemplo,m,2022,,in,,\n")
    result = read_with_mapping(path, mapping)
    assert result.as_of == PartialDate(2024, 1, 31) and result.mapping == "custom"
    ana, bo = result.records
    assert ana.gender == Gender.FEMALE and ana.extra == {"shoe size": "38"}
    assert [e.type for e in ana.events] == [EventType.DETAINED, EventType.RELEASED]
    assert ana.events[0].date == PartialDate(2022, 4, 3)
    assert ana.events[1].date == PartialDate(2023, 4)
    assert str(ana.events[1].details.reason) == "served"
    assert [e.type for e in bo.events] == [EventType.DETAINED]
    assert result.stats["events_by_type"] == {"detained": 2, "released": 1}
    assert list(result.facilities) == ["colony-3"]
    assert not result.problems


def test_problems_name_line_column_value(tmp_path: Path) -> None:
    path = _write(tmp_path, "ref,full name,sex,arrest,state\n1,A,x,2022-13-01,gone\n,B,,,in\n")
    result = read_with_mapping(path, parse_mapping(tomllib.loads(CUSTOM)))
    found = {(p.line, p.column, p.value) for p in result.problems}
    assert found == {(2, "sex", "x"), (2, "arrest", "2022-13-01"), (2, "state", "gone"),
                     (3, "ref", None)}
    assert len(result.records) == 1  # the row without an id is skipped, and said so


def test_json_paths_and_globs(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"people": [
        {"id": 7, "who": {"name": "Nested Person"}, "charges": ["ч.2 ст.342 УК", "ст. 130 УК"]},
    ]}), encoding="utf-8")
    mapping = parse_mapping({
        "source": {"system": "x", "id": "id", "json_root": "people"},
        "person": {"name": "who/name"},
        "events": [{"type": "charged", "articles": "charges/*"}],
    })
    person = read_with_mapping(path, mapping).records[0]
    assert person.names[0].text == "Nested Person"
    assert person.events[0].details.articles == ("CC 342(2)", "CC 130")


def test_bad_mapping_lists_every_fault(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as caught:
        parse_mapping({"source": {"system": "x", "colour": "red"},
                       "events": [{"type": "arrested"}, {"type": "released", "when": "later"}],
                       "person": {"name": {"column": "n", "transform": "shout"}}})
    reasons = " | ".join(caught.value.reasons)
    for expected in ("unknown key 'colour'", "'id' is required", "'arrested' is not an event",
                     "when is data", "unknown transform 'shout'"):
        assert expected in reasons
    bad = tmp_path / "bad.toml"
    bad.write_text("[source\n", encoding="utf-8")
    with pytest.raises(MappingError):
        load_mapping(bad)
