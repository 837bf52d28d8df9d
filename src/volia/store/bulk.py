"""Fast multi-row inserts for imports.

SQLAlchemy compiles parameters row by row, which dominates a million-row import on SQLite.
Here rows are converted once, the way SQLAlchemy itself stores these types in SQLite
(JSON as text, times as 'YYYY-MM-DD HH:MM:SS.ffffff'), and handed to the driver's
executemany. Other databases take SQLAlchemy's own executemany path, which is fast there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, Table, insert


@lru_cache(maxsize=64)
def _format_datetime(value: datetime | None) -> str | None:
    # Rows of one import share one timestamp: format it once, not once per row.
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _sqlite_converter(column_type: object) -> Callable[[Any], Any]:
    if isinstance(column_type, JSON):
        return lambda v: None if v is None else json.dumps(v)
    if isinstance(column_type, DateTime):
        return _format_datetime
    if isinstance(column_type, Date):
        return lambda v: None if v is None else (
            v.date() if isinstance(v, datetime) else v).isoformat()
    return lambda v: v


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) into ``table`` in one executemany."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    typed = [(i, _sqlite_converter(table.c[c].type)) for i, c in enumerate(columns)
             if isinstance(table.c[c].type, JSON | DateTime | Date)]
    sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)})'
           f" VALUES ({', '.join('?' for _ in columns)})")
    data = []
    for row in rows:
        values = list(row.values())
        for i, convert in typed:
            values[i] = convert(values[i])
        data.append(tuple(values))
    conn.exec_driver_sql(sql, data)
