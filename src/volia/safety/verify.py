"""``volia verify``: the ledger checks itself.

- derived intervals: recomputed from the ledger inside a transaction that is rolled back,
  and compared with the stored ones (the rows in force now, and every person's replay);
- supersession: every record that supersedes another points to an existing, earlier record
  of the same lineage (events) or person (names); every embargo lift names an embargo;
- the audit log's hash chain is unbroken.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from volia.store import audit
from volia.store import intervals as iv
from volia.store.tables import embargoes, events, person_names, persons
from volia.store.tables import status_intervals as table
from volia.store.unit import Database

Row = tuple[str, str, date, date | None]


@dataclass
class VerifyReport:
    checked: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _current_rows(conn: Connection) -> set[Row]:
    return {(r.person_id, r.kind, r.start_date, r.end_date) for r in conn.execute(
        select(table.c.person_id, table.c.kind, table.c.start_date, table.c.end_date)
        .where(table.c.valid_to.is_(None)))}


def check_intervals(db: Database, report: VerifyReport) -> None:
    # A rebuild deletes and rewrites the derived table; rolled back, it changes nothing.
    with db.write("volia-verify", "verify", rollback=True) as unit:
        stored = _current_rows(unit.conn)
        iv.rebuild(unit.conn)
        rebuilt = _current_rows(unit.conn)
    report.checked["intervals"] = len(stored)
    for row in sorted(stored ^ rebuilt, key=str)[:200]:
        where = "stored but not derivable" if row in stored else "derivable but not stored"
        report.problems.append(f"interval {row[1]} {row[2]}..{row[3] or 'open'} of person "
                               f"{row[0]}: {where}")
    with db.read() as conn:
        ids = list(conn.execute(select(persons.c.id)).scalars())
        differing = iv.check_against_replay(conn, ids)
    report.checked["persons replayed"] = len(ids)
    report.problems += [f"person {pid}: stored intervals differ from a replay of the ledger"
                        for pid in differing[:200]]


def check_supersession(conn: Connection, report: VerifyReport) -> None:
    known = {r.id: r for r in conn.execute(select(
        events.c.id, events.c.lineage_id, events.c.seq, events.c.supersedes))}
    n = 0
    for r in known.values():
        if r.supersedes is None:
            continue
        n += 1
        old = known.get(r.supersedes)
        if old is None:
            report.problems.append(f"event {r.id} supersedes {r.supersedes}, which does not exist")
        elif old.lineage_id != r.lineage_id:
            report.problems.append(f"event {r.id} supersedes {old.id} of another lineage")
        elif old.seq >= r.seq:
            report.problems.append(f"event {r.id} supersedes {old.id}, recorded after it")
    names = {r.seq: r for r in conn.execute(select(
        person_names.c.seq, person_names.c.person_id, person_names.c.supersedes))}
    for r in names.values():
        if r.supersedes is None:
            continue
        n += 1
        old = names.get(r.supersedes)
        if old is None or old.person_id != r.person_id or old.seq >= r.seq:
            report.problems.append(f"name {r.seq} supersedes name {r.supersedes}, which is not "
                                   "an earlier name of the same person")
    imposed = set(conn.execute(select(embargoes.c.id).where(embargoes.c.action == "impose"))
                  .scalars())
    for lid, lifts in conn.execute(select(embargoes.c.id, embargoes.c.lifts).where(
            embargoes.c.action == "lift", embargoes.c.lifts.is_not(None))):
        n += 1
        if lifts not in imposed:
            report.problems.append(f"embargo lift {lid} ends {lifts}, which is no embargo")
    report.checked["superseding records"] = n


def verify(db: Database, progress: Callable[[str], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    say = progress or (lambda _msg: None)
    say("audit chain")
    with db.read() as conn:
        chain = audit.verify_chain(conn)
        report.checked["audit entries"] = sum(1 for _ in audit.entries(conn))
        report.problems += chain[:200]
        say("superseding records")
        check_supersession(conn, report)
    say("derived intervals")
    check_intervals(db, report)
    return report
