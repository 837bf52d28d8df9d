"""A person's whole record, every version, in the order it was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from volia.store import ledger
from volia.store.tables import external_ids, person_merges, person_names, person_revisions
from volia.store.unit import Database


@dataclass
class HistoryEntry:
    at: datetime
    by: str
    record: str  # event | name | revision | external_id | merge
    summary: str
    state: str = "current"  # current | superseded | retracted
    id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "by": self.by, "record": self.record,
                "summary": self.summary, "state": self.state, "id": self.id, "data": self.data}


def history(db: Database, ref: str) -> tuple[str, list[HistoryEntry]]:
    with db.read() as conn:
        pid = ledger.resolve_person_ref(conn, ref)
        out: list[HistoryEntry] = []
        records = ledger.person_events(conn, pid, include_merged=False)
        superseded = {e.supersedes for e in records if e.supersedes}
        for e in records:
            state = ("retracted" if e.retracted
                     else "superseded" if e.id in superseded else "current")
            details = e.details.as_dict()
            bits = " ".join(f"{k}={v}" for k, v in details.items())
            out.append(HistoryEntry(e.recorded_at, e.recorded_by, "event",
                                    f"{e.type} {e.date} {bits}".strip(), state, e.id, {
                                        "type": str(e.type), "date": e.date.iso(),
                                        "lineage_id": e.lineage_id, "supersedes": e.supersedes,
                                        "verification": str(e.verification),
                                        "visibility": str(e.visibility), "details": details,
                                        "note": e.note,
                                        "sources": [c.source_id for c in e.citations]}))
        for n in conn.execute(select(person_names).where(person_names.c.person_id == pid)):
            out.append(HistoryEntry(n.recorded_at, n.recorded_by, "name",
                                    f"{n.kind} name {n.text} ({n.script})",
                                    "retracted" if n.retracted else "current", str(n.seq),
                                    {"visibility": n.visibility, "lang": n.lang}))
        for r in conn.execute(select(person_revisions).where(
                person_revisions.c.person_id == pid).order_by(person_revisions.c.seq)):
            out.append(HistoryEntry(r.recorded_at, r.recorded_by, "revision",
                                    f"birth {r.birth_date or '?'}, {r.gender}, {r.visibility}",
                                    "current", str(r.seq), {"reason": r.reason}))
        for x in conn.execute(select(external_ids).where(external_ids.c.person_id == pid)):
            out.append(HistoryEntry(x.recorded_at, x.recorded_by, "external_id",
                                    f"{x.system} id {x.external_id}"))
        for m in conn.execute(select(person_merges).where(
                (person_merges.c.absorbed_id == pid) | (person_merges.c.into_id == pid))):
            out.append(HistoryEntry(m.recorded_at, m.recorded_by, "merge",
                                    f"{m.action} {m.absorbed_id} into {m.into_id}: {m.reason}"))
        out.sort(key=lambda h: h.at)
        return pid, out
