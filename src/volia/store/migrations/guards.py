"""DDL shared by migrations: the triggers that make ledger tables append-only.

Kept here, once, so that every migration adding a ledger table guards it the same way.
Migrations call these with the table names they create; the functions only emit DDL.
"""

from __future__ import annotations

from collections.abc import Iterable

from alembic import op

_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION volia_append_only() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'volia: % is append-only (% refused)', TG_TABLE_NAME, TG_OP; "
    "END $$ LANGUAGE plpgsql")


def guard_append_only(tables: Iterable[str]) -> None:
    """Refuse UPDATE and DELETE on ``tables`` (dropping a table stays possible)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for table in tables:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION volia_append_only()")
        return
    for table in tables:
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'volia: {table} is append-only'); END")


def unguard(tables: Iterable[str]) -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in tables:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
