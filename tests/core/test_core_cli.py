"""The command line as a user meets it: exit codes, the last line of `count`, JSON output."""

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from volia.cli.main import app

runner = CliRunner()

VOLIA_CSV = (Path(__file__).parent.parent / "data" / "core" / "small_registry.csv").read_text(
    encoding="utf-8")


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_init_import_count_history(db_url, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(VOLIA_CSV, encoding="utf-8")
    run("init", "--db", db_url)
    first = json.loads(run("import", str(path), "--db", db_url, "--json"))
    assert first["persons_created"] == 3 and first["events_added_total"] == 9
    again = json.loads(run("import", str(path), "--db", db_url, "--json"))
    assert again["events_added_total"] == 0 and again["events_unchanged"] == 9
    assert run("count", "--on", "2023-06-01", "--db", db_url).strip().splitlines()[-1] == "3"
    assert json.loads(run("count", "--on", "2024-07-01", "--db", db_url, "--json")
                      )["count"] == 2
    assert run("count", "--on", "2021-01-01", "--all-detained", "--db", db_url
               ).splitlines()[-1] == "1"
    hist = json.loads(run("history", "v3", "--db", db_url, "--json"))
    assert [r["data"]["type"] for r in hist["records"] if r["record"] == "event"] == [
        "detained", "recognized", "released", "deported"]
    status = json.loads(run("status", "v3", "--on", "2025-01-01", "--db", db_url, "--json"))
    assert status["status"] == "in_exile"


def test_bad_file_is_refused_whole_with_every_problem(db_url, tmp_path):
    run("init", "--db", db_url)
    bad = tmp_path / "bad.csv"
    bad.write_text(VOLIA_CSV + "v9,X,,,,detainedd,2021-13-01,,,,,,,,public\n"
                   "v9,X,,,,released,2021-01-01,,,,,,,,secret\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(bad), "--db", db_url])
    assert result.exit_code == 1
    for expected in ("bad.csv:11", "type", "detainedd", "2021-13-01", "bad.csv:12", "secret"):
        assert expected in result.output
    assert json.loads(run("count", "--all-detained", "--db", db_url, "--json"))["count"] == 0


def test_event_add_correct_retract_and_known_on(db_url):
    run("init", "--db", db_url)
    pid = json.loads(run("person", "add", "Alena Probnaya", "--db", db_url, "--json"))["id"]
    run("event", "add", "detained", "--person", pid, "--date", "2021-03-01", "--db", db_url)
    run("event", "add", "recognized", "--person", pid, "--date", "2021-04", "--db", db_url)
    rel = json.loads(run("event", "add", "released", "--person", pid, "--date", "2022-01-01",
                         "--db", db_url, "--json"))["id"]
    hist = json.loads(run("history", pid, "--db", db_url, "--json"))
    before_fix = hist["records"][-1]["at"]
    assert run("count", "--on", "2022-06-01", "--db", db_url).splitlines()[-1] == "0"
    run("event", "retract", rel, "--reason", "release was denied", "--db", db_url)
    assert run("count", "--on", "2022-06-01", "--db", db_url).splitlines()[-1] == "1"
    assert run("count", "--on", "2022-06-01", "--known-on", before_fix, "--db", db_url
               ).splitlines()[-1] == "0"
    states = [r["state"] for r in json.loads(run("history", pid, "--db", db_url, "--json")
                                             )["records"] if r["record"] == "event"]
    assert states.count("retracted") == 1 and states.count("superseded") == 1


def test_export_round_trips_through_import(db_url, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(VOLIA_CSV, encoding="utf-8")
    run("init", "--db", db_url)
    run("import", str(path), "--db", db_url)
    exported = run("export", "--format", "csv", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert len(rows) == 9
    assert {r["visibility"] for r in rows if r["name"] == "Hanna Skrytava"} == {"restricted"}
    data = json.loads(run("export", "--format", "json", "--db", db_url))
    assert sorted(p["name"] for p in data) == ["Hanna Skrytava", "Ivan Testau", "Petr Vyjezdau"]


def test_unknown_person_is_a_clear_error(db_url):
    run("init", "--db", db_url)
    result = runner.invoke(app, ["history", "nobody-here", "--db", db_url])
    assert result.exit_code == 1
    assert "no person matches" in result.output


def test_demo_prints_counts(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    out = json.loads(run("demo", "--db", url, "--persons", "200", "--json"))
    assert out["persons"] == 204 and out["political_prisoners_today"] > 0
