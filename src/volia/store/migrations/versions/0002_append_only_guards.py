"""Refuse UPDATE and DELETE on ledger tables, in the database itself.

The code has no path that changes a ledger row; these triggers make sure no other tool
(a console, a script, a bug) does either. Dropping a whole table is still possible for
tests and for restores into an empty database.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LEDGER = ("persons", "person_revisions", "person_names", "external_ids", "sources",
          "events", "event_citations", "person_merges", "audit_log")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION volia_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'volia: % is append-only (% refused)', TG_TABLE_NAME, TG_OP; "
            "END $$ LANGUAGE plpgsql")
        for table in LEDGER:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION volia_append_only()")
    else:
        for table in LEDGER:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'volia: {table} is append-only'); END")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in LEDGER:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
