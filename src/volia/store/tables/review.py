"""The review queue: claims read from reports wait here for a reviewer (issue 5)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)

from volia.store.tables.core import ID, _recorded, metadata

# --- review queue (issue 5): claims read from reports wait here for a reviewer ---------------
# Append-only like the ledger: a claim row is never changed; its state is its newest decision.

review_claims = Table(
    "review_claims", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("source_id", ID, ForeignKey("sources.id"), nullable=False, index=True),
    Column("type", String(32), nullable=False),
    Column("name", String(500)),  # the person as the extractor wrote it (nominative)
    Column("mention", String(500)),  # the words in the text that name them
    Column("date", String(10)),
    Column("confidence", Float, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence_text", Text),
    Column("person_id", ID, ForeignKey("persons.id")),  # preselected: linked above threshold
    Column("extraction", JSON, nullable=False),  # the claim exactly as the extractor gave it
    *_recorded(),
)

review_candidates = Table(
    "review_candidates", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", ID, ForeignKey("review_claims.id"), nullable=False, index=True),
    Column("rank", Integer, nullable=False),
    Column("person_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
)

review_decisions = Table(
    "review_decisions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("claim_id", ID, ForeignKey("review_claims.id"), nullable=False, index=True),
    Column("decision", String(10), nullable=False),  # linked | accepted | edited | rejected
    Column("person_id", ID, ForeignKey("persons.id")),
    Column("event_id", ID, ForeignKey("events.id")),  # the event record the claim became
    Column("changes", JSON, nullable=False),  # for edited: the fields the reviewer changed
    Column("reason", Text),
    *_recorded(),
)

REVIEW_LEDGER = ("review_claims", "review_candidates", "review_decisions")
