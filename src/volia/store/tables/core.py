"""The ledger's own tables: persons, names, sources, events, merges, audit, intervals.

Ledger tables (persons, person_revisions, person_names, external_ids, sources, events,
event_citations, person_merges, audit_log) are append-only: the code has no update or delete
path for them and the migration adds triggers that refuse one. ``status_intervals`` is derived
from the ledger, indexed for counting, and can be rebuilt from it at any time.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
})

ID = String(36)


def _recorded() -> list[Column]:
    return [Column("recorded_at", DateTime, nullable=False),
            Column("recorded_by", String(200), nullable=False)]


persons = Table(
    "persons", metadata,
    Column("id", ID, primary_key=True),
    Column("slug", String(120), nullable=False, unique=True),
    *_recorded(),
)

# Attributes of a person change by new revisions; the newest one is in force.
person_revisions = Table(
    "person_revisions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("person_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("birth_date", String(10)),
    Column("gender", String(10), nullable=False),
    Column("citizenship", JSON, nullable=False),
    Column("occupations", JSON, nullable=False),
    Column("visibility", String(12), nullable=False),
    Column("extra", JSON, nullable=False),
    Column("reason", Text),
    *_recorded(),
)

person_names = Table(
    "person_names", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("person_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("text", String(500), nullable=False),
    Column("script", String(8), nullable=False),
    Column("lang", String(8)),
    Column("kind", String(20), nullable=False),
    Column("visibility", String(12), nullable=False),
    Column("search_key", String(500), nullable=False, index=True),
    Column("supersedes", Integer, ForeignKey("person_names.seq")),
    Column("retracted", Boolean, nullable=False, default=False),
    *_recorded(),
)

external_ids = Table(
    "external_ids", metadata,
    Column("system", String(40), primary_key=True),
    Column("external_id", String(200), primary_key=True),
    Column("person_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    *_recorded(),
)

sources = Table(
    "sources", metadata,
    Column("id", ID, primary_key=True),
    Column("kind", String(24), nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", String(300)),
    Column("published", String(10)),
    Column("language", String(8)),
    Column("text", Text),
    Column("visibility", String(12), nullable=False),
    *_recorded(),
)

facilities = Table(
    "facilities", metadata,
    Column("id", ID, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("country", String(2)),
    Column("region", String(200)),
    Column("postal_address", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    *_recorded(),
)

events = Table(
    "events", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("lineage_id", ID, nullable=False, index=True),
    Column("person_id", ID, ForeignKey("persons.id"), index=True),
    Column("type", String(32), nullable=False),
    Column("date", String(10)),
    Column("details", JSON, nullable=False),
    Column("verification", String(16), nullable=False),
    Column("visibility", String(12), nullable=False),
    Column("embargo_reason", Text),
    Column("embargo_until", Date),
    Column("supersedes", ID),
    Column("retracted", Boolean, nullable=False, default=False),
    Column("group_id", ID),
    Column("import_slot", String(255), index=True),
    Column("import_digest", String(64)),
    Column("note", Text),
    *_recorded(),
)

event_citations = Table(
    "event_citations", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("event_id", ID, ForeignKey("events.id"), nullable=False, index=True),
    Column("source_id", ID, ForeignKey("sources.id"), nullable=False, index=True),
    Column("quote", Text),
    Column("start", Integer),
    Column("end", Integer),
)

person_merges = Table(
    "person_merges", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("absorbed_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("into_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("action", String(8), nullable=False),  # merge | unmerge
    Column("reason", Text, nullable=False),
    *_recorded(),
)

audit_log = Table(
    "audit_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False, index=True),
    Column("entity", String(40)),
    Column("entity_id", String(200)),
    Column("reason", Text),
    Column("detail", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
)

# Derived, bitemporal: [start_date, end_date) in the world, [valid_from, valid_to) in what the
# registry knew. Rebuildable from events at any time (``volia verify`` checks it).
status_intervals = Table(
    "status_intervals", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("person_id", ID, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date),
    Column("valid_from", DateTime, nullable=False),
    Column("valid_to", DateTime),
)
Index("ix_status_intervals_count", status_intervals.c.kind, status_intervals.c.start_date,
      status_intervals.c.end_date, status_intervals.c.valid_from, status_intervals.c.valid_to,
      status_intervals.c.person_id)
Index("ix_status_intervals_person", status_intervals.c.person_id, status_intervals.c.valid_to)

APPEND_ONLY = ("persons", "person_revisions", "person_names", "external_ids", "sources",
               "events", "event_citations", "person_merges", "audit_log")

