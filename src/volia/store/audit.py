"""The audit log: every write, export, publish and login, chained by hashes.

Each entry's hash covers the previous entry's hash, so removing or altering an entry
anywhere breaks the chain from that point on; ``verify_chain`` finds where.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from volia.store.tables import audit_log
from volia.store.unit import Unit

GENESIS = "0" * 64


def _digest(prev: str, at: datetime, actor: str, action: str, entity: str | None,
            entity_id: str | None, reason: str | None, detail: dict[str, Any]) -> str:
    payload = json.dumps([prev, at.isoformat(), actor, action, entity, entity_id, reason,
                          detail], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(unit: Unit, action: str, *, entity: str | None = None, entity_id: str | None = None,
           detail: dict[str, Any] | None = None, reason: str | None = None) -> str:
    """Append one entry; returns its hash."""
    conn = unit.conn
    prev = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
                        ).scalar() or GENESIS
    detail = detail or {}
    reason = reason if reason is not None else unit.reason
    digest = _digest(prev, unit.now, unit.actor, action, entity, entity_id, reason, detail)
    conn.execute(audit_log.insert().values(
        at=unit.now, actor=unit.actor, action=action, entity=entity, entity_id=entity_id,
        reason=reason, detail=detail, prev_hash=prev, hash=digest))
    return digest


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    reason: str | None
    detail: dict[str, Any]
    hash: str


def entries(conn: Connection, *, action: str | None = None, actor: str | None = None,
            entity_id: str | None = None, since: datetime | None = None,
            limit: int | None = None) -> Iterator[AuditEntry]:
    query = select(audit_log).order_by(audit_log.c.seq)
    if action:
        query = query.where(audit_log.c.action == action)
    if actor:
        query = query.where(audit_log.c.actor == actor)
    if entity_id:
        query = query.where(audit_log.c.entity_id == entity_id)
    if since:
        query = query.where(audit_log.c.at >= since)
    if limit:
        query = query.limit(limit)
    for row in conn.execute(query):
        yield AuditEntry(row.seq, row.at, row.actor, row.action, row.entity, row.entity_id,
                         row.reason, row.detail or {}, row.hash)


def verify_chain(conn: Connection) -> list[str]:
    """Problems in the chain (empty when every entry links to the one before)."""
    problems: list[str] = []
    prev = GENESIS
    for row in conn.execute(select(audit_log).order_by(audit_log.c.seq)):
        if row.prev_hash != prev:
            problems.append(f"audit entry {row.seq}: does not follow the entry before it")
        expected = _digest(row.prev_hash, row.at, row.actor, row.action, row.entity,
                           row.entity_id, row.reason, row.detail or {})
        if expected != row.hash:
            problems.append(f"audit entry {row.seq}: content does not match its hash")
        prev = row.hash
    return problems
