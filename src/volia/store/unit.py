"""Transactions: one write is one unit, stamped with one time and one actor."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, text

from volia.store.db import WRITE_FLAG, database_url, is_initialised, make_engine, migrate


def default_actor() -> str:
    """``VOLIA_ACTOR``, else the operating-system user."""
    env = os.environ.get("VOLIA_ACTOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def utcnow() -> datetime:
    """Naive UTC: the database keeps every time in UTC without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)


_last_stamp = datetime.min


def _monotonic_now() -> datetime:
    # Records are ordered by time; two writes in one microsecond must still be ordered.
    global _last_stamp
    now = utcnow()
    if now <= _last_stamp:
        now = _last_stamp + timedelta(microseconds=1)
    _last_stamp = now
    return now


@dataclass
class Unit:
    """An open transaction: every record written in it shares ``now`` and ``actor``."""

    conn: Connection
    actor: str
    now: datetime
    reason: str | None = None


class Database:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, schema: str | None = None,
             create: bool = False) -> Database:
        db = cls(make_engine(database_url(url), schema=schema))
        if create:
            db.migrate()
        return db

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        migrate(self.engine)

    def initialised(self) -> bool:
        return is_initialised(self.engine)

    @contextmanager
    def write(self, actor: str | None = None, reason: str | None = None, *,
              rollback: bool = False, bulk: bool = False) -> Iterator[Unit]:
        """One transaction for one write; ``rollback`` undoes it at the end (dry runs).

        ``bulk`` (large imports) lets SQLite's write-ahead log grow during the transaction
        and folds it into the database once at the end: checkpointing every thousand pages
        would copy the same hot index pages over and over.
        """
        with self.engine.connect() as conn:
            bulk_sqlite = bulk and self.dialect == "sqlite"
            if bulk_sqlite:
                self._pragma(conn, "wal_autocheckpoint=0")
            conn.info[WRITE_FLAG] = True
            try:
                trans = conn.begin()
                try:
                    if self.dialect == "postgresql":
                        # One writer at a time keeps the audit hash chain linear.
                        conn.execute(text("SELECT pg_advisory_xact_lock(7716)"))
                    yield Unit(conn, actor or default_actor(), _monotonic_now(), reason)
                except BaseException:
                    trans.rollback()
                    raise
                if rollback:
                    trans.rollback()
                else:
                    trans.commit()
            finally:
                conn.info.pop(WRITE_FLAG, None)
                if bulk_sqlite:
                    self._pragma(conn, "wal_checkpoint(TRUNCATE)")
                    self._pragma(conn, "wal_autocheckpoint=1000")

    @staticmethod
    def _pragma(conn: Connection, pragma: str) -> None:
        conn.info.pop(WRITE_FLAG, None)
        conn.exec_driver_sql(f"PRAGMA {pragma}")
        conn.commit()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
