"""`volia ingest` and `volia review` as a user and a script meet them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from volia.cli.main import app

runner = CliRunner()
DATA = Path(__file__).resolve().parents[1] / "data" / "review"


def run(*args: str, code: int = 0, input: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=input)
    assert result.exit_code == code, result.output
    return result.output


def _setup(db_url: str, tmp_path: Path) -> str:
    run("init", "--db", db_url)
    pid = json.loads(run("person", "add", "Maria Kolesnikova", "--db", db_url, "--json"))["id"]
    run("event", "add", "detained", "--person", pid, "--date", "2020-09-07", "--db", db_url)
    run("event", "add", "recognized", "--person", pid, "--date", "2020-09", "--db", db_url)
    return pid


def flat(output: str) -> str:
    """Output with Rich's line wrapping undone."""
    return " ".join(output.split())


def _count(db_url: str) -> int:
    return json.loads(run("count", "--on", "2025-12-20", "--db", db_url, "--json"))["count"]


def test_ingest_batch_reports_failures_and_goes_on(db_url, tmp_path, fake):
    _setup(db_url, tmp_path)
    batch = tmp_path / "in"
    batch.mkdir()
    shutil.copy(DATA / "report_en.txt", batch / "report.txt")
    (batch / "empty.txt").write_text("", encoding="utf-8")
    shutil.copy(DATA / "feed.xml", batch / "feed.xml")
    result = runner.invoke(app, ["ingest", str(batch), "--db", db_url])
    assert result.exit_code == 1
    assert "skipped:" in result.output and "empty.txt: empty" in flat(result.output)
    assert "3 stored, 0 already known, 1 failed; 4 claims queued" in result.output
    again = json.loads(run("ingest", str(batch / "report.txt"), "--db", db_url, "--json"))
    assert again["duplicates"] == 1 and again["claims_queued"] == 0
    assert _count(db_url) == 1  # queued claims count for nothing


def test_review_list_accept_reject_by_script(db_url, tmp_path, fake):
    pid = _setup(db_url, tmp_path)
    run("ingest", str(DATA / "report_en.txt"), "--db", db_url)
    pending = json.loads(run("review", "--list", "--json", "--db", db_url))
    assert [(c["type"], c["name"]) for c in pending] == [
        ("released", "Maria Kolesnikova"), ("released", "Viktor Babaryka")]
    maria, viktor = pending
    assert maria["person_id"] == pid and maria["highlight"] and maria["candidates"]
    assert viktor["person_id"] is None
    bad = runner.invoke(app, ["review", "accept", viktor["id"], "--db", db_url])
    assert bad.exit_code == 1 and "no registry person is linked" in flat(bad.output)
    run("review", "reject", viktor["id"][-8:], "--reason", "duplicate report", "--db", db_url,
        "--actor", "reviewer-2")
    done = json.loads(run("review", "accept", maria["id"], "--db", db_url, "--json",
                          "--actor", "reviewer-1"))
    assert done[0]["state"] == "accepted" and done[0]["event_id"]
    assert json.loads(run("review", "--list", "--json", "--db", db_url)) == []
    assert _count(db_url) == 0
    closed = runner.invoke(app, ["review", "reject", maria["id"], "--reason", "x",
                                 "--db", db_url])
    assert closed.exit_code == 1 and "already accepted" in flat(closed.output)
    history = json.loads(run("history", pid, "--db", db_url, "--json"))
    released = [r for r in history["records"] if r["record"] == "event"
                and r["data"]["type"] == "released"]
    assert len(released) == 1


def test_review_accept_with_new_person_and_date(db_url, tmp_path, fake):
    _setup(db_url, tmp_path)
    text = tmp_path / "r.txt"
    text.write_text("Ihar Losik was detained.", encoding="utf-8")
    run("ingest", str(text), "--db", db_url, "--published", "2020-06-26")
    [claim] = json.loads(run("review", "--list", "--json", "--db", db_url))
    bad = runner.invoke(app, ["review", "accept", claim["id"], "--date", "2020-13",
                              "--db", db_url])
    assert bad.exit_code == 1 and "month 13" in flat(bad.output)
    [done] = json.loads(run("review", "accept", claim["id"], "--new-person", "--date",
                            "2020-06-25", "--db", db_url, "--json"))
    assert done["state"] == "edited" and done["person_name"] == "Ihar Losik"
    assert done["decisions"][-1]["changes"]["date"] == "2020-06-25"


def test_interactive_review_keys(db_url, tmp_path, fake):
    pid = _setup(db_url, tmp_path)
    run("ingest", str(DATA / "report_en.txt"), "--db", db_url)
    # Claim 1 (Maria, linked): edit the date, then accept. Claim 2 (Viktor): reject.
    out = run("review", "--db", db_url, "--actor", "desk",
              input="d2025-12-12\nar not a release: he was moved\n")
    assert "Maria Kolesnikova" in out and "accepted" in out and "rejected" in out
    assert "2 decided, 0 still pending." in out
    listed = run("review", "--list", "--db", db_url)
    assert "0 pending." in listed
    assert _count(db_url) == 0
    assert "No claims wait for review." in run("review", "--db", db_url)
    history = json.loads(run("history", pid, "--db", db_url, "--json"))
    [released] = [r for r in history["records"] if r["record"] == "event"
                  and r["data"]["type"] == "released"]
    assert released["data"]["date"] == "2025-12-12" and released["by"] == "desk"
