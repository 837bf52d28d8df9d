"""Staff users, their history, and login sessions.

``users`` and ``user_events`` are ledgers like the rest of the registry: a user is never
edited, a new event (password, role, disable, enable) changes what is in force, so who was
allowed to do what, and when, stays answerable. ``user_sessions`` is working state, not
history (logins and logouts are in the audit log), so it may be updated and pruned.

Revision ID: 0100
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from volia.store.migrations.guards import guard_append_only

revision = "0100"
down_revision = "0002"
branch_labels = None
depends_on = None

LEDGER = ("users", "user_events")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")))
    op.create_table(
        "user_events",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("password_hash", sa.String(length=300), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_user_events_user_id_users")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_user_events")))
    op.create_index(op.f("ix_user_events_user_id"), "user_events", ["user_id"])
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_user_sessions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_sessions")))
    op.create_index(op.f("ix_user_sessions_user_id"), "user_sessions", ["user_id"])
    guard_append_only(LEDGER)


def downgrade() -> None:
    op.drop_table("user_sessions")
    op.drop_table("user_events")
    op.drop_table("users")
