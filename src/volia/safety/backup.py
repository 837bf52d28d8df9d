"""``volia backup`` and ``volia restore``.

A backup is taken while the registry runs, and is consistent:
- SQLite: the online backup API copies the database as of one moment, page by page, while
  writers carry on (the payload is an SQLite file);
- PostgreSQL: a logical dump of every Volia table, read in one REPEATABLE READ, READ ONLY
  transaction (the payload is JSON lines). ``pg_dump`` is not used on purpose: it must match the
  server's version, ties the dump to a schema name, and cannot be checked row by row here;
  a logical dump restores into SQLite or PostgreSQL alike.

A restore goes only into an empty database (no row in any Volia table): it never merges into or
overwrites a registry. Rows are inserted as they were, ids and sequence numbers included, so the
audit chain and every reference survive; a ``restore`` entry is then appended to the audit log.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Date, DateTime, Table, func, select, text

from volia.safety import container
from volia.safety.container import BackupError
from volia.store import audit
from volia.store.bulk import insert_rows
from volia.store.tables import metadata
from volia.store.unit import Database

BATCH = 5000
__all__ = ["BackupError", "backup", "restore", "table_rows"]

def _tables() -> list[Table]:
    return list(metadata.sorted_tables)  # parents before children

def schema_revision(conn: Connection) -> str | None:
    """The migration heads the database is at (several branches may be applied)."""
    heads = MigrationContext.configure(conn).get_current_heads()
    return ",".join(sorted(heads)) or None

def _encode(table: Table, row: Any) -> list[Any]:
    out = []
    for col in table.columns:
        value = getattr(row, col.name)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out.append(value)
    return out

def _decode(table: Table, values: list[Any]) -> dict[str, Any]:
    row = {}
    for col, value in zip(table.columns, values, strict=True):
        if value is not None and isinstance(col.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(col.type, Date):
            value = date.fromisoformat(value)
        row[col.name] = value
    return row

def table_rows(conn: Connection, table: Table) -> Iterator[Any]:
    pk = list(table.primary_key.columns)
    yield from conn.execute(select(table).order_by(*pk))

def _logical_lines(conn: Connection) -> Iterator[bytes]:
    buffer: list[str] = []
    for table in _tables():
        buffer.append(json.dumps({"table": table.name,
                                  "columns": [c.name for c in table.columns]}))
        for row in table_rows(conn, table):
            buffer.append(json.dumps(_encode(table, row), ensure_ascii=False))
            if len(buffer) >= 2000:
                yield ("\n".join(buffer) + "\n").encode("utf-8")
                buffer = []
    yield ("\n".join(buffer) + "\n").encode("utf-8")

def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from iter(lambda: fh.read(container.CHUNK), b"")

@dataclass
class BackupReport:
    path: str
    format: str
    schema: str | None
    rows: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False

def backup(db: Database, out: str | Path, passphrase: str | None = None, *,
           actor: str | None = None, scrypt_n: int = container.SCRYPT_N) -> BackupReport:
    target = Path(out)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    work = Path(tempfile.mkdtemp(prefix="volia-backup-"))
    try:
        with db.engine.connect() as conn:
            if db.dialect == "sqlite":
                copy = work / "copy.db"
                raw = conn.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                dest = sqlite3.connect(copy)
                try:
                    raw.backup(dest)
                finally:
                    dest.close()
                fmt, chunks = "sqlite", _file_chunks(copy)
                with Database.open(f"sqlite:///{copy}").engine.connect() as c2:
                    rows = _counts(c2)
                    revision = schema_revision(c2)
            else:
                conn = conn.execution_options(isolation_level="REPEATABLE READ",
                                              postgresql_readonly=True)
                conn.begin()
                rows, revision = _counts(conn), schema_revision(conn)
                fmt, chunks = "logical", _logical_lines(conn)
            header = {"format": fmt, "schema": revision, "created": datetime.now().isoformat(),
                      "source_dialect": db.dialect, "rows": rows}
            # The whole private store: readable by its owner only, whatever the umask.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.fchmod(fd, 0o600)
            with open(fd, "wb") as fh:
                container.write(fh, header, chunks, passphrase, scrypt_n=scrypt_n)
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
        for leftover in work.iterdir():
            leftover.unlink()
        work.rmdir()
    with db.write(actor, "backup") as unit:
        audit.record(unit, "backup", entity="file", entity_id=str(target.resolve()),
                     detail={"format": fmt, "encrypted": passphrase is not None, "rows": rows})
    return BackupReport(str(target), fmt, revision, rows, passphrase is not None)

def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in _tables()}

def is_empty(db: Database) -> bool:
    with db.read() as conn:
        return not any(_counts(conn).values())

def restore(db: Database, src: str | Path, passphrase: str | None = None, *,
            actor: str | None = None) -> BackupReport:
    db.migrate()
    if not is_empty(db):
        raise BackupError(f"{db.url} is not empty: restore only goes into an empty database")
    work = Path(tempfile.mkdtemp(prefix="volia-restore-"))
    try:
        with open(src, "rb") as fh:
            header, chunks = container.read(fh, passphrase)
            if header.get("format") == "sqlite":
                copy = work / "copy.db"
                with open(copy, "wb") as out:
                    for chunk in chunks:
                        out.write(chunk)
                source = Database.open(f"sqlite:///{copy}")
                source.migrate()  # an older backup is brought to the current schema first
                with source.engine.connect() as sconn, db.write(actor, "restore") as unit:
                    rows = {t.name: _copy_table(t, table_rows(sconn, t), unit.conn)
                            for t in _tables()}
                    _after_restore(unit, src, header, rows)
                source.dispose()
            elif header.get("format") == "logical":
                with db.write(actor, "restore") as unit:
                    if header.get("schema") != schema_revision(unit.conn):
                        raise BackupError(f"backup schema {header.get('schema')} differs from "
                                          f"this database's {schema_revision(unit.conn)}")
                    rows = _restore_logical(unit.conn, _lines(chunks))
                    _after_restore(unit, src, header, rows)
            else:
                raise BackupError(f"unknown backup format {header.get('format')!r}")
    finally:
        for leftover in work.iterdir():
            leftover.unlink()
        work.rmdir()
    return BackupReport(str(src), str(header["format"]), header.get("schema"), rows,
                        bool(header.get("cipher")))

def _copy_table(table: Table, rows: Iterator[Any], conn: Connection) -> int:
    n, batch = 0, []
    for row in rows:
        batch.append({c.name: getattr(row, c.name) for c in table.columns})
        if len(batch) >= BATCH:
            insert_rows(conn, table, batch)
            n, batch = n + len(batch), []
    insert_rows(conn, table, batch)
    return n + len(batch)

def _lines(chunks: Iterator[bytes]) -> Iterator[str]:
    rest = b""
    for chunk in chunks:
        rest += chunk
        *lines, rest = rest.split(b"\n")
        for line in lines:
            if line:
                yield line.decode("utf-8")
    if rest:
        yield rest.decode("utf-8")

def _restore_logical(conn: Connection, lines: Iterator[str]) -> dict[str, int]:
    by_name = {t.name: t for t in _tables()}
    counts: dict[str, int] = {}
    table: Table | None = None
    batch: list[dict[str, Any]] = []
    for line in lines:
        item = json.loads(line)
        if isinstance(item, dict):
            if table is not None:
                insert_rows(conn, table, batch)
            table, batch = by_name[item["table"]], []
            if item["columns"] != [c.name for c in table.columns]:
                raise BackupError(f"columns of {table.name} differ from this schema")
            counts[table.name] = 0
            continue
        assert table is not None
        batch.append(_decode(table, item))
        counts[table.name] += 1
        if len(batch) >= BATCH:
            insert_rows(conn, table, batch)
            batch = []
    if table is not None:
        insert_rows(conn, table, batch)
    return counts

def _after_restore(unit: Any, src: str | Path, header: dict[str, Any],
                   rows: dict[str, int]) -> None:
    conn = unit.conn
    if conn.dialect.name == "postgresql":
        # Inserting explicit sequence numbers does not move the sequences; new rows would
        # collide with restored ones.
        for t in _tables():
            if "seq" in t.c and rows.get(t.name):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t.name}', 'seq'), "
                                  f"(SELECT max(seq) FROM {t.name}))"))
    expected = header.get("rows") or {}
    for name, n in expected.items():
        if rows.get(name, 0) != n:
            raise BackupError(f"{name}: the backup announced {n} rows but held {rows.get(name)}")
    audit.record(unit, "restore", entity="file", entity_id=str(Path(src).resolve()),
                 detail={"format": header.get("format"), "schema": header.get("schema"),
                         "created": header.get("created"), "rows": rows})

