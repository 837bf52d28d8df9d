"""Downloads carry exactly what the list shows when filtered."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from volia.web.public.export import to_csv

FILTER = {"status": "imprisoned", "article": "342"}


def test_csv_json_xlsx_match_the_list(client: TestClient) -> None:
    total = client.get("/api/v1/persons", params=FILTER).json()["total"]
    assert total > 50  # more than one page: the download is not just a page
    rows = list(csv.DictReader(io.StringIO(client.get("/download/persons.csv",
                                                      params=FILTER).text)))
    assert len(rows) == total and all(r["status"] == "imprisoned" for r in rows)
    assert all("342" in r["articles"].split("; ") for r in rows)
    body = json.loads(client.get("/download/persons.json", params=FILTER).content)
    assert body["count"] == total == len(body["persons"])
    r = client.get("/download/persons.xlsx", params=FILTER)
    assert r.headers["content-disposition"] == 'attachment; filename="persons.xlsx"'
    sheet = load_workbook(io.BytesIO(r.content)).active
    assert sheet is not None and sheet.max_row == total + 1


def test_search_download_contains_found_people(client: TestClient) -> None:
    text = client.get("/download/persons.csv", params={"q": "Калеснікава"}).text
    assert "Alena Kalesnikava" in text


def test_formula_cells_are_neutralised() -> None:
    rec = {c: None for c in ("id", "name", "status", "recognised", "gender", "region",
                             "detained_on", "facility", "articles", "term_months",
                             "life_sentence", "sentence_end", "left_custody_on",
                             "destination_country", "url")}
    rec.update(name="=HYPERLINK(\"http://evil\")", articles=["342"], recognised=True)
    out = to_csv([rec]).decode()
    assert "'=HYPERLINK" in out and "yes" in out
