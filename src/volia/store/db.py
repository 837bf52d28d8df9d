"""Opening the database: the URL, the engine, and migrating it to the current schema."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

DEFAULT_URL = "sqlite:///./volia.db"
MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_FLAG = "volia_write"


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``VOLIA_DATABASE_URL``, then the embedded SQLite file."""
    return explicit or os.environ.get("VOLIA_DATABASE_URL") or DEFAULT_URL


def make_engine(url: str, *, schema: str | None = None) -> Engine:
    """An engine with the settings Volia relies on.

    SQLite: WAL (readers never block the writer), foreign keys enforced, a busy timeout so a
    second process waits instead of failing. PostgreSQL: an optional schema, so that test runs
    (and several registries in one database) keep to their own tables.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite would
            # otherwise defer it), so that write transactions can take the lock up front.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            if parsed.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                # Index pages of random ids stay in memory during large imports.
                cur.execute("PRAGMA cache_size=-131072")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # A writer takes the write lock when it starts, not half-way through: two writers
            # then queue instead of one failing after reading a stale audit-chain head.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get(WRITE_FLAG) else "BEGIN")

        return engine
    connect_args = {"options": f"-csearch_path={schema}"} if schema else {}
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Create the schema, or bring an older one up to date.

    "heads": features developed side by side may add migrations on separate branches;
    a merge revision joins them when they are released together.
    """
    command.upgrade(alembic_config(engine), "heads")


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("events")
