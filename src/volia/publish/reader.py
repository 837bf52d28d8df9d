"""Read a publication snapshot, read-only: the only data access of the public site and API.

Connections are opened with ``file:...?mode=ro``, one per thread. When the file at the path is
replaced by a newer snapshot (the writer renames a new file into place), the next call notices
the change and reopens, so the public site follows publications without a restart.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from volia.domain.status import Status
from volia.publish.search import query_words

SORTS = {
    "name": "p.sort_key, p.id",
    "-name": "p.sort_key DESC, p.id DESC",
    "detained": "p.detained_on IS NULL, p.detained_on, p.id",
    "-detained": "p.detained_on IS NULL, p.detained_on DESC, p.id",
    "term": "p.term_months IS NULL, p.term_months, p.id",
    "-term": "p.term_months IS NULL, p.term_months DESC, p.id",
}
STATUSES = tuple(str(s) for s in Status)
MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000
MMAP_BYTES = 1 << 30
_LIST_COLUMNS = """p.id, p.slug, p.primary_name, p.gender, p.region, p.status, p.recognised,
    p.detained_on, p.detained_precision, p.facility_id, f.name AS facility_name, p.articles,
    p.term_months, p.life_sentence, p.death_sentence, p.sentence_end, p.custody_since,
    p.left_custody_on, p.destination_country, p.birth_date"""


class SnapshotMissing(RuntimeError):
    """No readable snapshot at the configured path."""


@dataclass
class PersonQuery:
    """A validated list query. Build it with :meth:`clean` from untrusted values."""

    q: str = ""
    status: str | None = None
    gender: str | None = None
    region: str | None = None
    facility: str | None = None
    article: str | None = None
    year: int | None = None
    min_term: int | None = None
    max_term: int | None = None
    sort: str = "name"
    page: int = 1
    per_page: int = 50
    problems: list[str] = field(default_factory=list)

    def clean(self) -> PersonQuery:
        """Clamp and drop what cannot be used, noting it in ``problems`` (never raises)."""
        self.q = self.q.strip()[:200]
        if self.status is not None and self.status not in STATUSES:
            self.problems.append("status")
            self.status = None
        if self.gender is not None and self.gender not in ("female", "male", "other", "unknown"):
            self.problems.append("gender")
            self.gender = None
        for name in ("region", "facility", "article"):
            value = getattr(self, name)
            setattr(self, name, value.strip()[:200] or None if value else None)
        if self.year is not None and not 1900 <= self.year <= 2200:
            self.problems.append("year")
            self.year = None
        for name in ("min_term", "max_term"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 2400:
                self.problems.append(name)
                setattr(self, name, None)
        if self.sort not in SORTS:
            self.problems.append("sort")
            self.sort = "name"
        self.per_page = min(max(self.per_page, 1), MAX_PER_PAGE)
        self.page = min(max(self.page, 1), MAX_PAGE)
        return self

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        # One set of person ids per query word, intersected inside SQLite (about twice as
        # fast as one IN test per word); a word whose skeleton is itself needs one range.
        words = []
        for folded, skel in query_words(self.q):
            ranges = dict.fromkeys((folded, skel))
            words.append("SELECT person_id FROM search_keys WHERE " + " OR ".join(
                "(key >= ? AND key < ?)" for _ in ranges))
            params += [bound for key in ranges for bound in (key, key + "{")]
        if words:
            clauses.append(f"p.id IN ({' INTERSECT '.join(words)})")
        simple = {"p.status": self.status, "p.gender": self.gender, "p.region": self.region,
                  "p.facility_id": self.facility, "p.detention_year": self.year}
        for column, value in simple.items():
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.article:
            clauses.append("p.id IN (SELECT person_id FROM person_articles WHERE article = ?)")
            params.append(self.article)
        if self.min_term is not None:
            clauses.append("p.term_months >= ?")
            params.append(self.min_term)
        if self.max_term is not None:
            clauses.append("p.term_months <= ?")
            params.append(self.max_term)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass
class Page:
    total: int
    page: int
    pages: int
    per_page: int
    rows: list[dict[str, Any]]


def _row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class SnapshotReader:
    """Read-only access to one snapshot path (see the module docstring)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).resolve()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._generation = 0
        self._cache: dict[str, Any] = {}

    # -- connections -------------------------------------------------------------------
    def _check(self) -> None:
        try:
            st = os.stat(self.path)
        except OSError as exc:
            raise SnapshotMissing(str(self.path)) from exc
        stamp = (st.st_ino, st.st_mtime_ns)
        if stamp != self._stamp:
            with self._lock:
                if stamp != self._stamp:
                    self._stamp = stamp
                    self._generation += 1
                    self._cache = {}

    def _db(self) -> sqlite3.Connection:
        self._check()
        held = getattr(self._local, "held", None)
        if held is not None and held[0] == self._generation:
            return held[1]
        if held is not None:
            held[1].close()
        uri = self.path.as_uri() + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            db.execute("PRAGMA query_only = ON")
            db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            db.execute("PRAGMA cache_size = -65536")
            db.execute("SELECT 1 FROM metadata LIMIT 1")
        except sqlite3.Error as exc:
            raise SnapshotMissing(f"{self.path}: {exc}") from exc
        db.row_factory = _row
        self._local.held = (self._generation, db)
        return db

    def _all(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return self._db().execute(sql, params).fetchall()

    def _cached(self, key: str, sql: str) -> list[dict[str, Any]]:
        self._check()
        found = self._cache.get(key)
        if found is None:
            found = self._all(sql)
            self._cache[key] = found
        return found

    # -- whole-snapshot values ---------------------------------------------------------
    def metadata(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._cached("meta", "SELECT * FROM metadata")}

    def figures(self) -> dict[str, int]:
        return {r["key"]: r["value"] for r in self._cached("fig", "SELECT * FROM figures")}

    def series(self, name: str) -> list[tuple[str, int]]:
        rows = self._cached("series", "SELECT * FROM series ORDER BY series, position")
        return [(r["key"], r["value"]) for r in rows if r["series"] == name]

    def facilities(self) -> list[dict[str, Any]]:
        return self._cached("facilities", "SELECT * FROM facilities ORDER BY held DESC, name")

    def regions(self) -> list[str]:
        rows = self._cached("regions", "SELECT DISTINCT region FROM persons "
                                       "WHERE region IS NOT NULL ORDER BY region")
        return [r["region"] for r in rows]

    def articles(self) -> list[str]:
        rows = self._cached("articles", "SELECT DISTINCT j.value AS a FROM persons, "
                                        "json_each(persons.articles) AS j ORDER BY a")
        return [r["a"] for r in rows]

    def years(self) -> list[int]:
        rows = self._cached("years", "SELECT DISTINCT detention_year AS y FROM persons "
                                     "WHERE detention_year IS NOT NULL ORDER BY y DESC")
        return [r["y"] for r in rows]

    # -- persons -----------------------------------------------------------------------
    def search(self, query: PersonQuery) -> Page:
        where, params = query.where()
        db = self._db()
        total = db.execute(f"SELECT count(*) AS n FROM persons p{where}", params).fetchone()["n"]
        pages = max(1, math.ceil(total / query.per_page))
        page = min(query.page, pages)
        # Ids first (narrow, often from an index alone), then the rows of this page only.
        # Nothing matched: no page to look for (an ORDER BY walk of the sort index would
        # otherwise visit every person to find none).
        ids = [r["id"] for r in db.execute(
            f"SELECT p.id FROM persons p{where} ORDER BY {SORTS[query.sort]} LIMIT ? OFFSET ?",
            [*params, query.per_page, (page - 1) * query.per_page])] if total else []
        found = {r["id"]: r for r in db.execute(
            f"SELECT {_LIST_COLUMNS} FROM persons p LEFT JOIN facilities f ON f.id = "
            f"p.facility_id WHERE p.id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        rows = [found[i] for i in ids]
        for row in rows:
            row["articles"] = json.loads(row["articles"])
        return Page(total, page, pages, query.per_page, rows)

    def export(self, query: PersonQuery, limit: int = 200_000) -> list[dict[str, Any]]:
        """Every row the query selects (not one page), in the query's order."""
        where, params = query.where()
        rows = self._all(
            f"SELECT {_LIST_COLUMNS} FROM persons p LEFT JOIN facilities f ON f.id = "
            f"p.facility_id{where} ORDER BY {SORTS[query.sort]} LIMIT ?", [*params, limit])
        for row in rows:
            row["articles"] = json.loads(row["articles"])
        return rows

    def person(self, person_id: str) -> dict[str, Any] | None:
        found = self._all(f"SELECT {_LIST_COLUMNS}, p.birth_precision, p.left_precision "
                          "FROM persons p LEFT JOIN facilities f ON f.id = p.facility_id "
                          "WHERE p.id = ?", [person_id])
        if not found:
            return None
        person = found[0]
        person["articles"] = json.loads(person["articles"])
        person["names"] = self._all("SELECT text, script, lang, kind FROM person_names "
                                    "WHERE person_id = ? ORDER BY position", [person_id])
        events = self._all("SELECT e.*, f.name AS facility_name FROM events e LEFT JOIN "
                           "facilities f ON f.id = e.facility_id WHERE e.person_id = ? "
                           "ORDER BY e.position", [person_id])
        for event in events:
            event["details"] = json.loads(event["details"])
        self._attach_sources(events)
        person["events"] = events
        person["facility"] = next((f for f in self.facilities()
                                   if f["id"] == person["facility_id"]), None)
        person["releases"] = self._all(
            "SELECT r.id, r.date, r.date_precision, r.count, r.title FROM releases r JOIN "
            "release_members m ON m.release_id = r.id WHERE m.person_id = ?", [person_id])
        return person

    def _attach_sources(self, owners: list[dict[str, Any]]) -> None:
        by_id = {o["id"]: o for o in owners}
        for owner in owners:
            owner["sources"] = []
        if not by_id:
            return
        marks = ",".join("?" * len(by_id))
        rows = self._all(
            "SELECT es.event_id, es.quote, s.id, s.kind, s.title, s.publisher, s.url, "
            "s.published, s.language FROM event_sources es JOIN sources s ON s.id = "
            f"es.source_id WHERE es.event_id IN ({marks}) ORDER BY es.event_id, es.position",
            list(by_id))
        for row in rows:
            by_id[row.pop("event_id")]["sources"].append(row)

    # -- releases ----------------------------------------------------------------------
    def releases(self) -> list[dict[str, Any]]:
        self._check()
        found = self._cache.get("releases")
        if found is not None:
            return found
        batches = self._all("SELECT * FROM releases ORDER BY date DESC, id")
        members = self._all("SELECT m.release_id, p.id, p.primary_name FROM release_members m "
                            "JOIN persons p ON p.id = m.person_id ORDER BY m.position")
        by_id = {b["id"]: b for b in batches}
        for batch in batches:
            batch["destinations"] = json.loads(batch["destinations"])
            batch["members"] = []
        for m in members:
            by_id[m.pop("release_id")]["members"].append(m)
        self._attach_sources(batches)
        self._cache["releases"] = batches
        return batches
