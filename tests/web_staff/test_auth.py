"""Login, sessions, CSRF and throttling of the staff console."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from volia.services import users as users_service
from volia.services.users import Role, user_sessions
from volia.store import audit
from volia.store.unit import utcnow
from volia.web.staff.auth import SESSION_COOKIE, LoginThrottle
from web_staff.conftest import PASSWORD, Env, csrf_of, login


def _try(client: TestClient, name: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf": token}).status_code


def test_login_sets_a_strict_httponly_cookie_and_audits(env: Env) -> None:
    client = env.app()
    page = client.get("/login")
    response = client.post("/login", data={"name": "editor", "password": PASSWORD,
                                           "csrf": csrf_of(page.text), "next": "/staff"})
    assert response.status_code == 303 and response.headers["location"] == "/staff"
    cookie = response.headers["set-cookie"]
    assert f"{SESSION_COOKIE}=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie.lower().replace("samesite=strict", "SameSite=strict")
    assert "Secure" not in cookie  # plain http in this test: see the https test below
    assert client.get("/staff").status_code == 200
    with env.db.read() as conn:
        actions = [(e.action, e.entity_id) for e in audit.entries(conn)]
    assert ("login", "editor") in actions


def test_cookie_is_secure_over_https(env: Env) -> None:
    client = TestClient(env.app().app, base_url="https://testserver", follow_redirects=False)
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD,
                                           "csrf": token})
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_failed_login_is_refused_and_audited(env: Env) -> None:
    client = env.app()
    assert _try(client, "editor", "wrong password!") == 401
    assert _try(client, "nobody", "wrong password!") == 401
    assert client.get("/staff").status_code == 303
    with env.db.read() as conn:
        failed = [e.entity_id for e in audit.entries(conn, action="login.failed")]
    assert failed == ["editor", "nobody"]


def test_disabled_user_cannot_log_in_and_loses_sessions(env: Env) -> None:
    client = login(env.app(), "reviewer")
    users_service.change_user(env.db, "reviewer", actor="test", active=False)
    assert client.get("/staff").status_code == 303
    assert _try(env.app(), "reviewer", PASSWORD) == 401


def test_login_without_its_csrf_cookie_is_refused(env: Env) -> None:
    client = env.app()
    response = client.post("/login", data={"name": "admin", "password": PASSWORD,
                                           "csrf": "forged"})
    assert response.status_code == 403
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_post_without_or_with_wrong_csrf_is_refused(env: Env) -> None:
    client = login(env.app(), "admin")
    for data in ({"name": "Someone"}, {"name": "Someone", "csrf": "x" * 64}):
        response = client.post("/staff/persons", data=data)
        assert response.status_code == 403
        assert "form token" in response.text
    # The token of another session does not work either.
    other = login(env.app(), "editor")
    foreign = csrf_of(other.get("/staff").text)
    assert client.post("/staff/persons", data={"name": "Someone", "csrf": foreign}
                       ).status_code == 403
    assert "Someone" not in client.get("/staff/persons").text
    good = csrf_of(client.get("/staff").text)
    assert client.post("/staff/persons", data={"name": "Someone", "csrf": good}
                       ).status_code == 303


def test_logout_needs_csrf_and_ends_the_session(env: Env) -> None:
    client = login(env.app(), "viewer")
    token = client.cookies.get(SESSION_COOKIE)
    assert client.post("/logout", data={"csrf": "wrong"}).status_code == 403
    assert client.get("/staff").status_code == 200
    csrf = csrf_of(client.get("/staff").text)
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    replay = env.app()
    replay.cookies.set(SESSION_COOKIE, token or "")
    assert replay.get("/staff").status_code == 303
    with env.db.read() as conn:
        assert [e.entity_id for e in audit.entries(conn, action="logout")] == ["viewer"]


def test_sessions_expire_absolutely_and_when_idle(env: Env) -> None:
    client = login(env.app(), "viewer")
    assert client.get("/staff").status_code == 200
    with env.db.engine.begin() as conn:
        conn.execute(update(user_sessions).values(seen_at=utcnow() - timedelta(hours=1)))
    assert client.get("/staff").status_code == 303
    client = login(env.app(), "viewer")
    with env.db.engine.begin() as conn:
        conn.execute(update(user_sessions).where(user_sessions.c.ended_at.is_(None))
                     .values(expires_at=utcnow() - timedelta(seconds=1)))
    response = client.get("/staff/persons")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/staff/persons"


def test_sessions_store_only_a_hash_of_the_token(env: Env) -> None:
    client = login(env.app(), "viewer")
    token = client.cookies.get(SESSION_COOKIE)
    with env.db.read() as conn:
        ids = conn.execute(select(user_sessions.c.id)).scalars().all()
    assert token and token not in ids and len(ids) == 1


def test_login_is_throttled_per_ip_and_user(env: Env) -> None:
    now = [1000.0]
    throttle = LoginThrottle(per_user=3, per_ip=10, window=60, clock=lambda: now[0])
    client = env.app(throttle)
    for _ in range(3):
        assert _try(client, "admin", "wrong password!") == 401
    # Even the right password waits now: the attacker cannot tell when they guessed it.
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": "admin", "password": PASSWORD,
                                           "csrf": token})
    assert response.status_code == 429 and int(response.headers["retry-after"]) > 0
    # Another account from the same address is not locked by these failures.
    assert _try(TestClient(client.app, follow_redirects=False), "editor", PASSWORD) == 303
    now[0] += 61
    assert _try(client, "admin", PASSWORD) == 303
    with env.db.read() as conn:
        failed = list(audit.entries(conn, action="login.failed"))
    assert len(failed) == 4  # three wrong passwords and the throttled attempt


def test_throttle_per_ip_stops_spraying_accounts() -> None:
    throttle = LoginThrottle(per_user=5, per_ip=4, window=60, clock=lambda: 0.0)
    for name in ("a", "b", "c", "d"):
        assert throttle.retry_after("10.0.0.1", name) == 0
        throttle.failed("10.0.0.1", name)
    assert throttle.retry_after("10.0.0.1", "e") > 0
    assert throttle.retry_after("10.0.0.2", "e") == 0


def test_next_parameter_cannot_leave_the_console(env: Env) -> None:
    client = env.app()
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD,
                                           "csrf": token, "next": "//evil.example/x"})
    assert response.headers["location"] == "/staff"


def test_passwords_are_argon2id_and_users_are_append_only(env: Env) -> None:
    with env.db.read() as conn:
        user = users_service.get_user(conn, "admin")
    assert user is not None and user.role == Role.ADMIN
    assert user.password_hash.startswith("$argon2id$")
    users_service.change_user(env.db, "admin", actor="test", role=Role.EDITOR)
    with env.db.read() as conn:
        changed = users_service.get_user(conn, "admin")
    assert changed is not None and changed.role == Role.EDITOR
    assert changed.password_hash == user.password_hash
