"""Every staff route for every role: allowed or denied (the table is the access policy)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from web_staff.conftest import ROLES, Env, csrf_of, login

# (method, path, least role). Paths use {pid}, {other}, {eid} from the fixture's records.
ROUTES = [
    ("GET", "/staff", "viewer"),
    ("GET", "/staff/persons", "viewer"),
    ("GET", "/staff/persons?q=kalesnikava", "viewer"),
    ("GET", "/staff/persons/{pid}", "viewer"),
    ("GET", "/staff/persons/{pid}/history", "viewer"),
    ("POST", "/staff/persons", "editor"),
    ("POST", "/staff/persons/{pid}/names", "editor"),
    ("POST", "/staff/persons/{pid}/details", "editor"),
    ("POST", "/staff/persons/{pid}/events", "editor"),
    ("POST", "/staff/events/{eid}/correct", "editor"),
    ("POST", "/staff/events/{eid}/retract", "editor"),
    ("GET", "/staff/review", "reviewer"),
    ("POST", "/staff/review/c1/accept", "reviewer"),
    ("POST", "/staff/review/c1/reject", "reviewer"),
    ("POST", "/staff/review/c1/edit", "reviewer"),
    ("GET", "/staff/duplicates", "editor"),
    ("POST", "/staff/merge", "editor"),
    ("POST", "/staff/unmerge", "editor"),
    ("GET", "/staff/publish", "admin"),
    ("POST", "/staff/publish", "admin"),
    ("GET", "/staff/audit", "admin"),
    ("GET", "/staff/users", "admin"),
    ("POST", "/staff/users", "admin"),
    ("POST", "/staff/users/viewer", "admin"),
]
FORMS = {
    "/staff/persons": {"name": "New Person"},
    "/staff/persons/{pid}/names": {"text": "Alias Name", "kind": "alias"},
    "/staff/persons/{pid}/details": {"reason": "test", "gender": "female",
                                     "visibility": "public"},
    "/staff/persons/{pid}/events": {"type": "charged", "date": "2020-10"},
    "/staff/events/{eid}/correct": {"reason": "test", "date": "2020-09-08"},
    "/staff/events/{eid}/retract": {"reason": "test"},
    "/staff/review/c1/reject": {"reason": "test"},
    "/staff/review/c1/edit": {"date": "2020"},
    "/staff/merge": {"absorbed": "{other}", "into": "{pid}", "reason": "test"},
    "/staff/unmerge": {"absorbed": "{other}", "reason": "test"},
    "/staff/users": {"name": "someone-{role}", "role": "viewer", "password": "long enough pw"},
    "/staff/users/viewer": {"role": "viewer", "reason": "test"},
}
CASES = [(m, p, least, role) for m, p, least in ROUTES for role in ["anonymous", *ROLES]]


def _allowed(role: str, least: str) -> bool:
    return role != "anonymous" and ROLES.index(role) >= ROLES.index(least)


@pytest.fixture(scope="module")
def clients(shared_env: Env) -> dict[str, TestClient]:
    out = {"anonymous": shared_env.app()}
    for role in ROLES:
        out[role] = login(shared_env.app(), role)
    return out


@pytest.mark.parametrize(("method", "path", "least", "role"), CASES,
                         ids=[f"{m} {p} as {r}" for m, p, _, r in CASES])
def test_route_role(clients: dict[str, TestClient], shared_env: Env, method: str, path: str,
                    least: str, role: str) -> None:
    client = clients[role]
    ids = {"pid": shared_env.person_id, "other": shared_env.other_id,
           "eid": shared_env.event_id, "role": role}
    url = path.format(**ids)
    if method == "GET":
        response = client.get(url)
    else:
        token = csrf_of(client.get("/staff").text) if role != "anonymous" else "none"
        form = {k: v.format(**ids) for k, v in FORMS.get(path, {}).items()}
        response = client.post(url, data={**form, "csrf": token})
    if role == "anonymous":
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login")
    elif _allowed(role, least):
        # Allowed: the request reached the route (it may still refuse the data: 400/404/409,
        # or 503 where the review or publish service is not installed).
        assert response.status_code in (200, 303, 400, 404, 409, 503), response.text[:500]
        assert "/login" not in response.headers.get("location", "")
        assert "Not allowed" not in response.text
    else:
        assert response.status_code == 403
        assert f"needs the {least} role" in response.text
