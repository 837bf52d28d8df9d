"""Protection of persons: field visibility, consents and embargoes (append-only).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from volia.store.migrations.guards import guard_append_only

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("field_visibility", "consents", "embargoes")


def _recorded() -> list[sa.Column]:
    return [sa.Column("recorded_at", sa.DateTime(), nullable=False),
            sa.Column("recorded_by", sa.String(length=200), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "field_visibility",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_field_visibility")))
    op.create_index("ix_field_visibility_target", "field_visibility", ["entity", "entity_id"])
    op.create_table(
        "consents",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("given_by", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=100), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_consents_person_id_persons")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_consents")),
        sa.UniqueConstraint("id", name=op.f("uq_consents_id")))
    op.create_index(op.f("ix_consents_person_id"), "consents", ["person_id"])
    op.create_table(
        "embargoes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("target", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("lifts", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("lift_on", sa.Date(), nullable=True),
        sa.Column("lift_condition", sa.Text(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_embargoes")),
        sa.UniqueConstraint("id", name=op.f("uq_embargoes_id")))
    op.create_index(op.f("ix_embargoes_target_id"), "embargoes", ["target_id"])
    guard_append_only(TABLES)


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
