"""A newer export of the same registry: what changed becomes new events or corrections,
nothing is duplicated or lost, rows that vanished are reported and kept, and the report says
all of it. Also: --dry-run and --strict at the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from volia.cli.main import app
from volia.domain.dates import PartialDate
from volia.services import counting, importing
from volia.services.reading import read_input
from volia.store import ledger
from volia.store.tables import events
from volia.store.unit import Database

NEWER_AS_OF = PartialDate(2020, 9, 1)


def _import(db: Database, path: Path, as_of: PartialDate | None = None
            ) -> importing.ImportReport:
    outcome = read_input(path, preset="cecc")
    return importing.import_records(db, outcome.records, label=path.name,
                                    as_of=as_of or outcome.as_of)


def _event_rows(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(events)).scalar() or 0)


def test_newer_export_adds_corrects_and_reports(db: Database, data: Path) -> None:
    first = _import(db, data / "cecc_sample.csv")
    assert first.persons_created == 6
    rows_before = _event_rows(db)
    assert counting.count(db, date(2020, 7, 23), all_detained=True) == 3

    report = _import(db, data / "cecc_sample_newer.csv", NEWER_AS_OF)
    assert report.persons_created == 0 and report.persons_reused == 5
    # A release date appeared on a held person's row: one new released event.
    assert dict(report.events_added) == {"released": 1}
    # A release known to the month is now known to the day: a correction of that fact.
    assert report.events_corrected == 1
    assert "cecc 2099-00001: new released 2020-08-01" in report.changes
    assert "cecc 2099-00002: released changed: date 1991-06 -> 1991-06-15" in report.changes
    # A step that vanished from a row is reported, and stays in force.
    assert "cecc 2099-00005: charged no longer in the file (kept as it was)" in report.changes
    # A person the newer file lacks is reported, never retracted.
    assert report.missing == ["cecc 2099-00006"]
    assert _event_rows(db) == rows_before + 2
    assert counting.count(db, date(2020, 7, 23), all_detained=True) == 3
    assert counting.count(db, date(2020, 8, 2), all_detained=True) == 2
    with db.read() as conn:
        pid = ledger.resolve_person_ref(conn, "2099-00006")
        kinds = [e.type for e in ledger.person_events(conn, pid) if not e.retracted]
    assert "detained" in kinds

    again = _import(db, data / "cecc_sample_newer.csv", NEWER_AS_OF)
    assert sum(again.events_added.values()) == 0 and again.events_corrected == 0
    assert _event_rows(db) == rows_before + 2


def test_cli_reports_changes_and_missing_rows(db_url: str, data: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--db", db_url]).exit_code == 0
    assert runner.invoke(app, ["import", str(data / "cecc_sample.csv"), "--preset", "cecc",
                               "--db", db_url]).exit_code == 0
    result = runner.invoke(app, ["import", str(data / "cecc_sample_newer.csv"), "--preset",
                                 "cecc", "--as-of", "2020-09-01", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "changed: cecc 2099-00001: new released 2020-08-01" in result.output
    assert "missing: cecc 2099-00006" in result.output
    assert "1 record(s) imported before are not in this file" in result.output


def test_dry_run_lists_counts_per_type_and_every_problem(db_url: str, data: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--db", db_url]).exit_code == 0
    path = str(data / "cecc_figures.csv")
    result = runner.invoke(app, ["import", path, "--preset", "cecc", "--dry-run",
                                 "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["dry_run"] and report["persons_created"] == 8
    assert report["events_added"]["released"] == 5 and report["events_added"]["detained"] == 8
    assert len(report["uninterpreted"]) == 3
    shown = runner.invoke(app, ["import", path, "--preset", "cecc", "--dry-run",
                                "--db", db_url])
    assert shown.output.count("not interpreted:") == 3
    assert "events: released" in shown.output
    counted = runner.invoke(app, ["count", "--on", "2020-07-23", "--all-detained",
                                  "--db", db_url])
    assert counted.output.strip().splitlines()[-1] == "0"  # the dry run wrote nothing


def test_strict_refuses_a_file_with_any_uninterpretable_row(db_url: str, data: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init", "--db", db_url]).exit_code == 0
    path = str(data / "cecc_figures.csv")
    refused = runner.invoke(app, ["import", path, "--preset", "cecc", "--strict",
                                  "--db", db_url, "--json"])
    assert refused.exit_code == 1
    assert len(json.loads(refused.output)["problems"]) == 3
    nothing = runner.invoke(app, ["count", "--on", "2020-07-23", "--all-detained",
                                  "--db", db_url])
    assert nothing.output.strip().splitlines()[-1] == "0"
    clean = runner.invoke(app, ["import", str(data / "chrd_sample.csv"), "--preset", "chrd",
                                "--strict", "--db", db_url, "--json"])
    assert clean.exit_code == 0, clean.output
    assert json.loads(clean.output)["persons_created"] == 3
