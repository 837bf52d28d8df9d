"""The review queue and publish pages on their real services, and `volia serve`'s app."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from volia.cli import serve as serve_cli
from volia.services import persons, registry
from volia.services import users as users_service
from volia.store import audit
from volia.web.staff import integrations
from web_staff.conftest import PASSWORD, Env, csrf_of, login

review = pytest.importorskip("volia.services.review")
TEXT = ("Minsk, 13 December 2025. Maria Kalesnikava was released on Saturday and taken to "
        "Ukraine, her lawyer said.")


def _propose(env: Env, evidence: str = "Maria Kalesnikava was released on Saturday") -> str:
    start = TEXT.index(evidence)
    with env.db.write("extractor") as unit:
        sid = registry.store_source(unit, title="Report <b>1</b>", text=TEXT)
        claim = {"type": "released", "date": "2025-12-13", "date_precision": "day",
                 "confidence": 0.9,
                 "person": {"name": "Maria Kalesnikava", "mention": "Maria Kalesnikava",
                            "person_id": env.person_id},
                 "evidence": {"start": start, "end": start + len(evidence),
                              "text": evidence}}
        [cid] = review.propose(unit, sid, {"claims": [claim]}, resolver=lambda name: [])
    return str(cid)


def test_review_queue_highlights_evidence_and_accepts(env: Env) -> None:
    cid = _propose(env)
    client = login(env.app(), "reviewer")
    page = client.get("/staff/review").text
    assert "<mark>Maria Kalesnikava was released on Saturday</mark>" in page
    assert "Report &lt;b&gt;1&lt;/b&gt;" in page and f'id="claim-{cid}"' in page
    assert 'src="/staff/static/staff.js"' in page
    token = csrf_of(page)
    response = client.post(f"/staff/review/{cid}/accept",
                           data={"csrf": token, "person_id": env.person_id})
    assert response.status_code == 303
    assert "Nothing waits for review" in client.get(response.headers["location"]).text
    released = [e for e in persons.show(env.db, env.person_id).events if e.type == "released"]
    assert released and released[0].recorded_by == "user:reviewer"


def test_review_reject_needs_a_reason_and_edit_changes_fields(env: Env) -> None:
    first, second = _propose(env), _propose(env, "taken to Ukraine")
    client = login(env.app(), "reviewer")
    token = csrf_of(client.get("/staff/review").text)
    assert client.post(f"/staff/review/{first}/reject",
                       data={"csrf": token, "reason": " "}).status_code == 400
    assert client.post(f"/staff/review/{first}/reject",
                       data={"csrf": token, "reason": "a rumour"}).status_code == 303
    assert client.post(f"/staff/review/{first}/reject",
                       data={"csrf": token, "reason": "again"}).status_code == 400
    assert client.post(f"/staff/review/{second}/edit",
                       data={"csrf": token, "type": "deported", "destination": "ua"}
                       ).status_code == 303
    deported = [e for e in persons.show(env.db, env.person_id).events if e.type == "deported"]
    assert deported and deported[0].details.destination_country == "UA"
    assert client.post("/staff/review/nonexistent-claim/accept",
                       data={"csrf": token}).status_code == 404


def test_review_page_without_a_queue(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("volia.web.staff.routes_review.review_service", lambda: None)
    client = login(env.app(), "reviewer")
    assert "There is no review queue yet" in client.get("/staff/review").text
    token = csrf_of(client.get("/staff").text)
    assert client.post("/staff/review/x/accept", data={"csrf": token}).status_code == 503


def test_publish_button_writes_the_snapshot_and_shows_changes(env: Env) -> None:
    if integrations.publish_service() is None:
        pytest.skip("the publish service is not installed")
    client = login(env.app(), "admin")
    page = client.get("/staff/publish").text
    assert "Nothing published yet" in page
    token = csrf_of(page)
    response = client.post("/staff/publish", data={"csrf": token})
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert env.snapshot.exists()
    assert "What changed in the last publication" in page and "imprisoned" in page
    with env.db.read() as conn:
        published = list(audit.entries(conn, action="publish"))
    assert published and published[0].actor == "user:admin"


def test_serve_app_joins_console_and_public_site(env: Env) -> None:
    app = serve_cli.build_app(env.db, env.snapshot, public_only=False)
    client = TestClient(app, follow_redirects=False)
    assert client.get("/login").status_code == 200
    assert client.get("/staff").status_code == 303
    home = client.get("/")
    assert home.status_code in (200, 503)  # 503: the public "not yet published" page
    assert client.get("/api/v1/stats").status_code in (200, 503)
    public = TestClient(serve_cli.build_app(None, env.snapshot, public_only=True),
                        follow_redirects=False)
    assert public.get("/login").status_code == 404
    assert public.get("/staff").status_code == 404


def test_bootstrap_admin_only_on_loopback_and_empty_registry(db_url: str, tmp_path: Path
                                                             ) -> None:
    from volia.store.unit import Database

    db = Database.open(db_url, create=True)
    try:
        assert serve_cli.bootstrap_admin(db, "0.0.0.0") is None
        password = serve_cli.bootstrap_admin(db, "127.0.0.1")
        assert password and users_service.authenticate(db, "admin", password)
        assert serve_cli.bootstrap_admin(db, "127.0.0.1") is None
    finally:
        db.dispose()


def test_user_cli_reads_the_password_from_a_file(db_url: str, tmp_path: Path) -> None:
    from volia.cli.main import app
    from volia.store.unit import Database

    Database.open(db_url, create=True).dispose()
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    runner = CliRunner()
    result = runner.invoke(app, ["user", "add", "ops", "--role", "editor", "--password-file",
                                 str(secret), "--db", db_url])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["user", "add", "ops2", "--role", "editor", "--db", db_url],
                           env={"VOLIA_PASSWORD": "short"})
    assert result.exit_code != 0 and "at least" in result.output
    result = runner.invoke(app, ["user", "list", "--json", "--db", db_url])
    assert '"role": "editor"' in result.output
    db = Database.open(db_url)
    try:
        assert users_service.authenticate(db, "ops", PASSWORD) is not None
    finally:
        db.dispose()


def test_default_snapshot_is_beside_an_sqlite_database(tmp_path: Path) -> None:
    assert serve_cli.default_snapshot(f"sqlite:///{tmp_path / 'x.db'}") == \
        tmp_path / "public.db"
