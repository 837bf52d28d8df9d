"""`volia publish`, `audit`, `verify`, `embargo`, `backup`/`restore` as a user meets them."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from volia.cli.main import app
from volia.publish.publishing import latest_snapshot
from volia.publish.redact_ids import opaque
from volia.safety.logins import record_login
from volia.store.unit import Database

from .helpers import person, release

runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_publish_reports_changes_and_lifting_publishes_the_release(db, db_url, tmp_path):
    pid = person(db, "Ivan Published")
    out = tmp_path / "public.db"
    first = json.loads(run("publish", "--db", db_url, "--out", str(out), "--as-of",
                           "2026-06-01", "--json"))
    assert [a["name"] for a in first["added"]] == ["Ivan Published"]
    assert first["figures"]["imprisoned"] == {"before": None, "now": 1}
    eid = release(db, pid, "2026-05-01", group="g1")
    embargo = json.loads(run("embargo", "impose", "group", "g1", "--reason", "not yet safe",
                             "--db", db_url, "--json"))["embargo"]
    again = json.loads(run("publish", "--db", db_url, "--out", str(out), "--as-of",
                           "2026-06-01", "--json"))
    assert again["figures"]["imprisoned"] == {"before": 1, "now": 1} and not again["added"]
    run("embargo", "lift", embargo, "--reason", "arrived safely", "--db", db_url,
        "--actor", "chief-editor")
    text_out = run("publish", "--db", db_url, "--out", str(out), "--as-of", "2026-06-01")
    assert "imprisoned" in text_out
    with sqlite3.connect(out) as snap:
        assert snap.execute("SELECT status FROM persons").fetchall() == [("released",)]
        assert snap.execute("SELECT count(*) FROM events WHERE id = ?",
                            (opaque(eid),)).fetchone() == (1,)
    assert latest_snapshot(db) == str(out.resolve())
    log = json.loads(run("audit", "--db", db_url, "--action", "embargo", "--json"))
    assert [(e["action"], e["actor"]) for e in log][-1] == ("embargo.lift", "chief-editor")
    assert len(json.loads(run("audit", "--db", db_url, "--action", "publish", "--json"))) == 3
    assert list(tmp_path.glob(".public.db.*")) == []


def test_audit_filters_and_logins(db, db_url):
    record_login(db, "editor", True)
    record_login(db, "mallory", False)
    rows = json.loads(run("audit", "--db", db_url, "--action", "login", "--json"))
    assert [(r["action"], r["actor"]) for r in rows] == [("login", "editor"),
                                                         ("login.failed", "mallory")]
    rows = json.loads(run("audit", "--db", db_url, "--actor", "mallory", "--json"))
    assert [r["detail"]["ok"] for r in rows] == [False]
    assert json.loads(run("audit", "--db", db_url, "--since", "2999-01-01", "--json")) == []
    assert len(json.loads(run("audit", "--db", db_url, "--limit", "1", "--json"))) == 1


def test_verify_passes_then_finds_tampering(db_url, tmp_path):
    if not db_url.startswith("sqlite"):
        pytest.skip("tampering needs SQLite triggers dropped; PostgreSQL runs the test below")
    run("init", "--db", db_url)
    db = Database.open(db_url)
    pid = person(db, "Ivan Verified")
    release(db, pid, "2024-01-01")
    assert json.loads(run("verify", "--db", db_url, "--json"))["ok"] is True
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2"))
        conn.execute(text("DELETE FROM status_intervals"))
        conn.execute(text("DROP TRIGGER events_no_update"))
        conn.execute(text("UPDATE events SET supersedes = 'nowhere' WHERE seq = 1"))
    out = run("verify", "--db", db_url, "--json", code=1)
    problems = json.loads(out)["problems"]
    assert any("audit entry 2" in p for p in problems)
    assert any("derivable but not stored" in p for p in problems)
    assert any("does not exist" in p for p in problems)


def test_verify_passes_on_both_backends(db, db_url):
    pid = person(db, "Ivan Fine")
    release(db, pid, "2024-01-01")
    assert json.loads(run("verify", "--db", db_url, "--json"))["ok"] is True


def test_backup_cli_with_passphrase_env(db, db_url, tmp_path, monkeypatch):
    person(db, "Ivan Saved")
    monkeypatch.setenv("VOLIA_TEST_PASS", "a long enough passphrase")
    path = tmp_path / "b.backup"
    run("backup", str(path), "--db", db_url, "--passphrase-env", "VOLIA_TEST_PASS")
    target = f"sqlite:///{tmp_path / 'new.db'}"
    monkeypatch.setenv("VOLIA_TEST_PASS", "not the passphrase")
    out = run("restore", str(path), "--db", target, "--passphrase-env", "VOLIA_TEST_PASS",
              code=1)
    assert "wrong passphrase" in out
    monkeypatch.setenv("VOLIA_TEST_PASS", "a long enough passphrase")
    run("restore", str(path), "--db", target, "--passphrase-env", "VOLIA_TEST_PASS")
    assert "ok" in run("verify", "--db", target)
