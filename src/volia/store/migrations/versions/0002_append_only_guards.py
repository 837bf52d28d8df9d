"""Refuse UPDATE and DELETE on ledger tables, in the database itself.

The code has no path that changes a ledger row; these triggers make sure no other tool
(a console, a script, a bug) does either. Dropping a whole table is still possible for
tests and for restores into an empty database.

Revision ID: 0002
Revises: 0001
"""
from volia.store.migrations.guards import guard_append_only, unguard

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LEDGER = ("persons", "person_revisions", "person_names", "external_ids", "sources",
          "events", "event_citations", "person_merges", "audit_log")


def upgrade() -> None:
    guard_append_only(LEDGER)


def downgrade() -> None:
    unguard(LEDGER)
