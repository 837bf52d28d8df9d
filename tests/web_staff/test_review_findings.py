"""Security review findings on the staff console (each test failed before its fix)."""

from __future__ import annotations

from volia.store import audit

from .conftest import Env, csrf_of, login


def test_non_ascii_form_tokens_are_refused_not_a_server_error(env: Env) -> None:
    """secrets.compare_digest raises TypeError on non-ASCII text: a 500 instead of a 403."""
    client = env.app()
    client.get("/login")
    response = client.post("/login", data={"name": "editor", "password": "x" * 12,
                                           "csrf": "ж" * 10})
    assert response.status_code == 403
    login(client, "editor")
    response = client.post(f"/staff/persons/{env.person_id}/names",
                           data={"text": "Another Name", "csrf": "ж" * 64})
    assert response.status_code == 403


def test_failed_login_is_not_recorded_as_the_account_acting(env: Env) -> None:
    """A failed attempt names the account tried, but the actor is not that account: typing
    "user:admin" as a name must not write audit entries that look like the admin's own."""
    client = env.app()
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": "user:admin", "password": "wrong password",
                                           "csrf": token})
    assert response.status_code == 401
    with env.db.read() as conn:
        failed = list(audit.entries(conn, action="login.failed"))
        as_admin = list(audit.entries(conn, actor="user:admin"))
    assert [e.entity_id for e in failed] == ["user:admin"]
    assert as_admin == []
