"""Volia reproduces a registry's own figures: detained / released / died on the file's day.

The small fixture runs anywhere and holds one row of each kind that once made the CECC count
differ; the real file is checked where this machine has it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from typer.testing import CliRunner

from volia.cli.main import app
from volia.domain.dates import PartialDate
from volia.domain.model import Event, EventDetails, EventType
from volia.domain.status import derive_status, placed_on
from volia.services import counting, importing
from volia.services.figures import check_figures
from volia.services.reading import read_input
from volia.store.unit import Database

CECC = "cecc-steinert/cecc_ppd_2020-07-23.csv"
ON = date(2020, 7, 23)


def _import(db: Database, path: Path, preset: str) -> importing.ImportReport:
    outcome = read_input(path, preset=preset)
    return importing.import_records(db, outcome.records, label=path.name, as_of=outcome.as_of)


def _event(kind: EventType, when: PartialDate, known_by: str | None = None) -> Event:
    return Event(id=f"{kind}-{when}", lineage_id=f"{kind}-{when}", type=kind, person_id="p",
                 date=when, details=EventDetails(known_by=known_by),
                 recorded_at=datetime(2025, 1, 1))


def test_an_end_is_placed_no_later_than_the_report_that_states_it() -> None:
    # Released "in 2020", stated by an export of 2020-07-23: out by that day, not by Dec 31.
    released = _event(EventType.RELEASED, PartialDate(2020), "2020-07-23")
    assert placed_on(released) == ON
    # A bound before the date's own period cannot move it out of that period.
    assert placed_on(_event(EventType.RELEASED, PartialDate(2021, 3), "2020-07-23")) == date(
        2021, 3, 1)
    # Starts keep their earliest day; without known_by an end keeps its latest day.
    assert placed_on(_event(EventType.DETAINED, PartialDate(2020), "2020-07-23")) == date(
        2020, 1, 1)
    assert placed_on(_event(EventType.RELEASED, PartialDate(2020))) == date(2020, 12, 31)
    held = [_event(EventType.DETAINED, PartialDate(2012, 5)), released]
    assert derive_status(held, ON).status == "released"


def test_fixture_figures_agree_and_every_defect_is_reported(db: Database, data: Path) -> None:
    path = data / "cecc_figures.csv"
    _import(db, path, "cecc")
    check = check_figures(db, path, preset="cecc")
    assert check.on == ON
    assert check.expected == {"detained": 2, "released": 4, "died_in_custody": 2}
    assert check.derived == check.expected and check.counted == 2
    assert check.agrees and check.differences == []
    assert counting.count(db, ON, all_detained=True) == 2
    problems = read_input(path, preset="cecc").problems
    by_line = {p.line: p.why for p in problems}
    # Release before detention (a REL and a DEC row): imported undated, reported.
    assert "before the detention date 2011-04-14" in by_line[4]
    assert "before the detention date 1999-09-01" in by_line[9]
    # A DET row's release date is ruled out by its code, reported.
    assert "ruled out by the row's codes" in by_line[6]
    assert len(problems) == 3


def test_a_difference_is_listed_with_its_reason(db: Database, data: Path) -> None:
    path = data / "cecc_figures.csv"
    _import(db, path, "cecc")
    # The day before the export: undated exits stand on the export day, so those persons
    # were still in custody then as far as the file says; each difference says so.
    check = check_figures(db, path, preset="cecc", on=date(2020, 7, 22))
    assert not check.agrees
    differing = {d.external_id: d for d in check.differences}
    assert set(differing) == {"2098-00002", "2098-00003", "2098-00006", "2098-00007",
                              "2098-00004", "2098-00008"}
    assert all(d.kinds[0] == "exit_after_day" for d in differing.values())
    # Rows the reader had to adjust carry its report too.
    assert differing["2098-00003"].kinds == ["exit_after_day", "row_problem"]
    assert differing["2098-00006"].kinds == ["exit_after_day"]
    assert differing["2098-00002"].derived == "detained"
    assert "released dated 2020 stands on 2020-07-23" in differing["2098-00002"].reasons[0]


def test_not_imported_persons_are_differences(db: Database, data: Path) -> None:
    check = check_figures(db, data / "cecc_figures.csv", preset="cecc")
    assert check.derived["not_imported"] == 8
    assert {d.kinds[0] for d in check.differences} == {"not_imported"}


def test_check_figures_cli(db_url: str, data: Path) -> None:
    runner = CliRunner()
    path = str(data / "cecc_figures.csv")
    assert runner.invoke(app, ["init", "--db", db_url]).exit_code == 0
    assert runner.invoke(app, ["import", path, "--preset", "cecc", "--db", db_url]
                         ).exit_code == 0
    ok = runner.invoke(app, ["check-figures", path, "--preset", "cecc", "--db", db_url])
    assert ok.exit_code == 0, ok.output
    assert "agrees" in ok.output
    early = runner.invoke(app, ["check-figures", path, "--preset", "cecc", "--on",
                                "2020-07-22", "--db", db_url, "--json"])
    assert early.exit_code == 1
    report = json.loads(early.output)
    assert report["expected"]["detained"] == 2 and report["derived"]["detained"] == 8
    assert len(report["differences"]) == 6


def test_real_cecc_file_reproduces_its_figures(db: Database,
                                               raw_file: Callable[[str], Path]) -> None:
    path = raw_file(CECC)
    _import(db, path, "cecc")
    check = check_figures(db, path, preset="cecc")
    assert check.expected == {"detained": 1423, "released": 8674, "died_in_custody": 174}
    assert check.derived == check.expected and check.counted == 1423
    assert check.agrees
    assert counting.count(db, ON, all_detained=True) == 1423
    # The ten rows whose exit date comes before their own detention date: the status code
    # decides (they are out), the dates are reported for review.
    reversed_rows = sorted(
        r.external_id for r in read_input(path, preset="cecc").records
        if any("before the detention date" in (e.details.note or "") for e in r.events))
    assert reversed_rows == [
        "2004-00920", "2004-01750", "2009-00134", "2009-00283", "2009-00438", "2009-00447",
        "2010-00291", "2011-00355", "2013-00233", "2016-00365"]
