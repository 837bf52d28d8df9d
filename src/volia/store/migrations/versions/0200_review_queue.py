"""Review queue: claims read from reports, their candidate persons, reviewers' decisions.

All three tables are append-only (the guard of 0002): a claim's state is its newest decision.

Revision ID: 0200
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from volia.store.migrations.guards import guard_append_only

revision = "0200"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("review_claims", "review_candidates", "review_decisions")


def _recorded() -> list[sa.Column]:
    return [sa.Column("recorded_at", sa.DateTime(), nullable=False),
            sa.Column("recorded_by", sa.String(length=200), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "review_claims",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=True),
        sa.Column("mention", sa.String(length=500), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("extraction", sa.JSON(), nullable=False),
        *_recorded(),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"],
                                name=op.f("fk_review_claims_source_id_sources")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_review_claims_person_id_persons")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_review_claims")),
        sa.UniqueConstraint("id", name=op.f("uq_review_claims_id")))
    op.create_index(op.f("ix_review_claims_source_id"), "review_claims", ["source_id"])
    op.create_table(
        "review_candidates",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["review_claims.id"],
                                name=op.f("fk_review_candidates_claim_id_review_claims")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_review_candidates_person_id_persons")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_review_candidates")))
    op.create_index(op.f("ix_review_candidates_claim_id"), "review_candidates", ["claim_id"])
    op.create_index(op.f("ix_review_candidates_person_id"), "review_candidates", ["person_id"])
    op.create_table(
        "review_decisions",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("claim_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(["claim_id"], ["review_claims.id"],
                                name=op.f("fk_review_decisions_claim_id_review_claims")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_review_decisions_person_id_persons")),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                name=op.f("fk_review_decisions_event_id_events")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_review_decisions")),
        sa.UniqueConstraint("id", name=op.f("uq_review_decisions_id")))
    op.create_index(op.f("ix_review_decisions_claim_id"), "review_decisions", ["claim_id"])
    guard_append_only(TABLES)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
