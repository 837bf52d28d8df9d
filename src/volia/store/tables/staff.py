"""Staff accounts of the web console: users, their role/password history, sessions."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text

from volia.store.tables.core import metadata

users = Table(
    "users", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("recorded_at", DateTime, nullable=False),
    Column("recorded_by", String(200), nullable=False),
)
user_events = Table(
    "user_events", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    Column("action", String(16), nullable=False),  # create | password | role | disable | enable
    Column("role", String(16)),
    Column("password_hash", String(300)),
    Column("reason", Text),
    Column("recorded_at", DateTime, nullable=False),
    Column("recorded_by", String(200), nullable=False),
)
user_sessions = Table(
    "user_sessions", metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the cookie's token
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("seen_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("ended_at", DateTime),
    Column("ip", String(64)),
)
