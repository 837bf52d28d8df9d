"""Tables that protect persons: per-field visibility, consent, embargoes (issue 7)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from volia.store.tables.core import ID, _recorded, metadata

# --- protection of persons (issue 7): append-only ledgers, newest record per key wins -------

# Visibility of one detail field of a person, an event lineage or a source (e.g. the facility
# of a public transfer). Absent = the field follows its record's visibility.
field_visibility = Table(
    "field_visibility", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(10), nullable=False),  # person | event | source
    Column("entity_id", String(200), nullable=False),  # person id, event lineage id, source id
    Column("field", String(40), nullable=False),
    Column("visibility", String(12), nullable=False),
    Column("reason", Text),
    *_recorded(),
)
Index("ix_field_visibility_target", field_visibility.c.entity, field_visibility.c.entity_id)

# Consent of a person (or of someone acting for them) to what may be published about them.
consents = Table(
    "consents", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("person_id", ID, ForeignKey("persons.id"), nullable=False, index=True),
    Column("given_by", String(200), nullable=False),  # who: the person, a relative, a lawyer
    Column("relation", String(100)),  # their relation to the person
    Column("scope", String(20), nullable=False),  # identity | details | all
    Column("decision", String(10), nullable=False),  # given | withheld | withdrawn
    Column("given_on", Date),  # when it was given (the record's own time is recorded_at)
    Column("note", Text),
    *_recorded(),
)

# Embargoes on an event lineage, a release batch (group id) or a person, and their lifting.
# A lift is a new row naming the embargo it ends; rows are never changed.
embargoes = Table(
    "embargoes", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", ID, nullable=False, unique=True),
    Column("target", String(10), nullable=False),  # event | group | person
    Column("target_id", String(200), nullable=False, index=True),
    Column("action", String(8), nullable=False),  # impose | lift
    Column("lifts", ID),  # for a lift: the embargo id it ends (None: the column visibility)
    Column("reason", Text, nullable=False),
    Column("lift_on", Date),  # earliest day staff may lift it (never lifted automatically)
    Column("lift_condition", Text),
    *_recorded(),
)

PROTECTION_LEDGER = ("field_visibility", "consents", "embargoes")
