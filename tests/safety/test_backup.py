"""Backups restore record by record; a wrong passphrase or a full database is refused."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from volia.domain.model import Visibility
from volia.safety import protection as p
from volia.safety.backup import BackupError, backup, restore, table_rows
from volia.safety.logins import record_login
from volia.store.db import make_engine
from volia.store.tables import audit_log, metadata
from volia.store.unit import Database

from .helpers import batch, person, release

PG = os.environ.get("VOLIA_TEST_POSTGRES_URL")
FAST_KDF = 1 << 14  # the format stores the cost; tests need not pay for the default


def _fill(db: Database) -> None:
    a = person(db, "Ivan Backup", native="Іван Бэкап", birth="1980-05-06", facility="Colony 3",
               url="https://example.org/b", quote="«Іван» was detained")
    b = person(db, "Hanna Hidden", visibility=Visibility.RESTRICTED)
    release(db, a, group="g1")
    batch(db, "g1", 5)
    p.impose_embargo(db, p.EmbargoTarget.GROUP, "g1", reason="safety")
    p.record_consent(db, b, given_by="mother", scope=p.ConsentScope.ALL,
                     decision=p.Decision.WITHHELD)
    record_login(db, "editor", False)


def _dump(db: Database) -> dict[str, list[tuple]]:
    with db.read() as conn:
        return {t.name: [tuple(r) for r in table_rows(conn, t)] for t in metadata.sorted_tables}


@pytest.fixture(params=["sqlite"] + (["postgres"] if PG else []))
def empty(request, tmp_path):
    if request.param == "sqlite":
        database = Database(make_engine(f"sqlite:///{tmp_path / 'restored.db'}"))
        yield database
        database.dispose()
        return
    assert PG is not None
    schema = f"r_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    database = Database(make_engine(f"{PG}?options=-csearch_path%3D{schema}"))
    yield database
    database.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.mark.parametrize("secret", [None, "correct horse battery staple"])
def test_restore_equals_original_record_by_record(db, empty, tmp_path, secret):
    _fill(db)
    before = _dump(db)
    path = tmp_path / "volia.backup"
    report = backup(db, path, secret, scrypt_n=FAST_KDF)
    assert report.rows["events"] == len(before["events"]) > 0
    if secret:
        assert b"Hidden" not in path.read_bytes() and b"example.org" not in path.read_bytes()
    restore(empty, path, secret)
    after = _dump(empty)
    assert set(after) == set(before)
    for name, rows in before.items():
        if name == "audit_log":
            # The restore appends its own entry after the restored chain.
            assert after[name][:len(rows)] == rows
            # (seq, at, actor, action, ...)
            assert [r[3] for r in after[name][len(rows):]] == ["restore"]
        else:
            assert after[name] == rows, name
    with empty.read() as conn:
        from volia.store.audit import verify_chain
        assert verify_chain(conn) == []
    record_login(empty, "editor", True)  # sequences continue after the restored rows
    with empty.read() as conn:
        assert conn.execute(audit_log.select().order_by(audit_log.c.seq.desc())).first().action \
            == "login"


def test_wrong_passphrase_and_tampering_are_clear_errors(db, empty, tmp_path):
    _fill(db)
    path = tmp_path / "volia.backup"
    backup(db, path, "the right passphrase", scrypt_n=FAST_KDF)
    with pytest.raises(BackupError, match="wrong passphrase"):
        restore(empty, path, "a wrong passphrase")
    with pytest.raises(BackupError, match="encrypted"):
        restore(empty, path, None)
    data = bytearray(path.read_bytes())
    data[-10] ^= 1
    (tmp_path / "bad.backup").write_bytes(bytes(data))
    with pytest.raises(BackupError, match="altered"):
        restore(empty, tmp_path / "bad.backup", "the right passphrase")
    (tmp_path / "short.backup").write_bytes(path.read_bytes()[:-5])
    with pytest.raises(BackupError, match="truncated"):
        restore(empty, tmp_path / "short.backup", "the right passphrase")
    assert _dump(empty)["persons"] == []  # nothing half-restored


def test_restore_refuses_a_database_that_is_not_empty(db, tmp_path):
    _fill(db)
    path = tmp_path / "volia.backup"
    backup(db, path)
    with pytest.raises(BackupError, match="not empty"):
        restore(db, path)
