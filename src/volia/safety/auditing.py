"""Reading the audit log for people: filters, newest entries, JSON-ready rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from volia.store.audit import AuditEntry
from volia.store.tables import audit_log
from volia.store.unit import Database


def recent(db: Database, *, action: str | None = None, actor: str | None = None,
           since: datetime | None = None, limit: int | None = 50) -> list[AuditEntry]:
    """Entries matching the filters, oldest first, keeping the newest ``limit``.

    ``action`` ending in ``.*`` (or a bare prefix such as ``embargo``) matches a family.
    """
    query = select(audit_log).order_by(audit_log.c.seq.desc())
    if action:
        family = action.removesuffix(".*")
        query = query.where((audit_log.c.action == family)
                            | audit_log.c.action.startswith(family + "."))
    if actor:
        query = query.where(audit_log.c.actor == actor)
    if since:
        query = query.where(audit_log.c.at >= since)
    if limit:
        query = query.limit(limit)
    with db.read() as conn:
        rows = conn.execute(query).all()
    return [AuditEntry(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.reason,
                       r.detail or {}, r.hash) for r in reversed(rows)]


def entry_dict(e: AuditEntry) -> dict[str, Any]:
    return {"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
            "entity": e.entity, "entity_id": e.entity_id, "reason": e.reason,
            "detail": e.detail, "hash": e.hash}
