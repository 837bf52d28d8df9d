"""A staff console over a migrated database, with one user of each role.

Password hashing uses cheap argon2id parameters here: the cost of the real ones is the point
in production and only slowness in a test run of hundreds of logins.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from volia.services import registry
from volia.services import users as users_service
from volia.services.users import Role
from volia.store.db import make_engine
from volia.store.unit import Database
from volia.web.staff import create_staff_app
from volia.web.staff.auth import LoginThrottle

PASSWORD = "correct horse battery"
ROLES = [str(r) for r in Role]
POSTGRES_URL = os.environ.get("VOLIA_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


@pytest.fixture(autouse=True, scope="session")
def cheap_hashes() -> Iterator[None]:
    saved = users_service._hasher
    users_service._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    users_service._DUMMY_HASH = users_service._hasher.hash("x" * 12)
    yield
    users_service._hasher = saved


@dataclass
class Env:
    db: Database
    snapshot: Path
    person_id: str
    event_id: str
    other_id: str

    def app(self, throttle: LoginThrottle | None = None) -> TestClient:
        return TestClient(create_staff_app(self.db, snapshot_path=self.snapshot,
                                           throttle=throttle or LoginThrottle(per_user=1000,
                                                                              per_ip=1000)),
                          follow_redirects=False)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/login")
    response = client.post("/login", data={"name": name, "password": password,
                                           "csrf": csrf_of(page.text), "next": "/staff"})
    assert response.status_code == 303, response.text
    return client


def fill(db: Database, snapshot: Path) -> Env:
    for role in ROLES:
        users_service.add_user(db, role, Role(role), PASSWORD, actor="test")
    person = registry.add_person(db, "Maria Kalesnikava", "test", native="Марыя Калеснікава",
                                 native_lang="be")
    other = registry.add_person(db, "Maria Kolesnikova", "test")
    sid = registry.add_source(db, "test", url="https://example.org/a", title="A report")
    from volia.domain.dates import PartialDate
    from volia.domain.model import Citation, EventType

    event = registry.add_event(db, person.id, "test", type=EventType.DETAINED,
                               date=PartialDate.parse("2020-09-07"),
                               citations=[Citation(sid, "was detained")])
    return Env(db, snapshot, person.id, event.id, other.id)


def _database(url: str) -> Database:
    database = Database(make_engine(url))
    database.migrate()
    return database


@pytest.fixture
def env(db: Database, tmp_path: Path) -> Env:
    return fill(db, tmp_path / "public.db")


@pytest.fixture(scope="module", params=BACKENDS)
def shared_env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[Env]:
    """One database for a whole module (the route x role table is long)."""
    tmp = tmp_path_factory.mktemp("staff")
    if request.param == "sqlite":
        database = _database(f"sqlite:///{tmp / 'volia.db'}")
        yield fill(database, tmp / "public.db")
        database.dispose()
        return
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        database = _database(f"{POSTGRES_URL}?options=-csearch_path%3D{schema}")
        yield fill(database, tmp / "public.db")
        database.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
