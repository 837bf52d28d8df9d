"""Downloads of exactly what the list shows when filtered: CSV, JSON and XLSX.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) are prefixed with an apostrophe in CSV and XLSX.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
COLUMNS = ("id", "name", "status", "recognised", "gender", "region", "detained_on",
           "facility", "articles", "term_months", "life_sentence", "sentence_end",
           "left_custody_on", "destination_country", "url")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def record(row: dict[str, Any], base_url: str) -> dict[str, Any]:
    """One exported person: the public list fields, in a stable order."""
    return {
        "id": row["id"], "name": row["primary_name"], "status": row["status"],
        "recognised": bool(row["recognised"]), "gender": row["gender"], "region": row["region"],
        "detained_on": row["detained_on"], "facility": row["facility_name"],
        "articles": list(row["articles"]), "term_months": row["term_months"],
        "life_sentence": bool(row["life_sentence"]), "sentence_end": row["sentence_end"],
        "left_custody_on": row["left_custody_on"],
        "destination_country": row["destination_country"],
        "url": f"{base_url.rstrip('/')}/persons/{row['id']}",
    }


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def to_csv(records: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in records:
        writer.writerow(["" if r[c] is None else _cell(r[c]) for c in COLUMNS])
    return out.getvalue().encode("utf-8")


def to_xlsx(records: Iterable[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("persons")
    sheet.append(list(COLUMNS))
    for r in records:
        sheet.append([_cell(r[c]) for c in COLUMNS])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_response(rows: list[dict[str, Any]], fmt: str, base_url: str) -> Response:
    records = [record(r, base_url) for r in rows]
    if fmt == "csv":
        body = to_csv(records)
    elif fmt == "xlsx":
        body = to_xlsx(records)
    else:
        body = json.dumps({"count": len(records), "persons": records},
                          ensure_ascii=False).encode("utf-8")
    return Response(body, media_type=FORMATS[fmt], headers={
        "Content-Disposition": f'attachment; filename="persons.{fmt}"'})
