"""Write a :class:`PublicView` into a new, plain SQLite file: the publication snapshot.

The schema is documented in ``docs/snapshot.md`` and is meant to be read by anyone (Datasette,
the ``sqlite3`` shell, pandas). The file is written beside its destination under a temporary
name and renamed into place, so a reader sees either the old snapshot or the new one, never half
of one. The public site reads it through :class:`volia.publish.reader.SnapshotReader`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from volia.domain.dates import PartialDate
from volia.publish.gcpause import gc_paused
from volia.publish.reader import SnapshotReader
from volia.publish.search import fold, name_keys
from volia.publish.view import SCHEMA_VERSION, PublicCitation, PublicView

__all__ = ["SCHEMA", "SnapshotReader", "write_snapshot"]

SCHEMA = """
CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE figures (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE series (series TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL,
    value INTEGER NOT NULL, PRIMARY KEY (series, position));
CREATE TABLE facilities (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    region TEXT, postal_address TEXT, latitude REAL, longitude REAL,
    held INTEGER NOT NULL, held_named INTEGER NOT NULL);
CREATE TABLE persons (id TEXT PRIMARY KEY, slug TEXT NOT NULL, primary_name TEXT NOT NULL,
    sort_key TEXT NOT NULL, gender TEXT NOT NULL, birth_date TEXT, birth_precision TEXT NOT NULL,
    region TEXT, status TEXT NOT NULL, recognised INTEGER NOT NULL,
    detained_on TEXT, detained_precision TEXT NOT NULL, detention_year INTEGER,
    custody_since TEXT, facility_id TEXT REFERENCES facilities(id),
    articles TEXT NOT NULL, term_months INTEGER, life_sentence INTEGER NOT NULL,
    death_sentence INTEGER NOT NULL, sentence_end TEXT, left_custody_on TEXT,
    left_precision TEXT NOT NULL, destination_country TEXT);
CREATE TABLE person_names (person_id TEXT NOT NULL REFERENCES persons(id),
    position INTEGER NOT NULL, text TEXT NOT NULL, script TEXT NOT NULL, lang TEXT,
    kind TEXT NOT NULL, folded TEXT NOT NULL, PRIMARY KEY (person_id, position));
CREATE TABLE person_articles (article TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons(id), PRIMARY KEY (article, person_id)) WITHOUT ROWID;
CREATE TABLE search_keys (key TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
    PRIMARY KEY (key, person_id)) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, publisher TEXT,
    url TEXT, published TEXT, published_precision TEXT NOT NULL, language TEXT);
CREATE TABLE events (id TEXT PRIMARY KEY, person_id TEXT REFERENCES persons(id),
    group_id TEXT, position INTEGER NOT NULL, type TEXT NOT NULL, date TEXT,
    date_precision TEXT NOT NULL, facility_id TEXT REFERENCES facilities(id),
    details TEXT NOT NULL);
CREATE TABLE event_sources (event_id TEXT NOT NULL, position INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT,
    PRIMARY KEY (event_id, position));
CREATE TABLE releases (id TEXT PRIMARY KEY, date TEXT, date_precision TEXT NOT NULL,
    count INTEGER NOT NULL, title TEXT, destinations TEXT NOT NULL, named INTEGER NOT NULL,
    unnamed INTEGER NOT NULL);
CREATE TABLE release_members (release_id TEXT NOT NULL REFERENCES releases(id),
    position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES persons(id),
    PRIMARY KEY (release_id, position));
CREATE INDEX persons_sort ON persons (sort_key, id);
CREATE INDEX persons_status ON persons (status, sort_key, id);
CREATE INDEX persons_filters ON persons (status, gender, region, facility_id, detention_year,
    term_months);
CREATE INDEX persons_detained ON persons (detained_on);
CREATE INDEX persons_term ON persons (term_months);
CREATE INDEX persons_facility ON persons (facility_id);
CREATE INDEX persons_region ON persons (region);
CREATE INDEX persons_year ON persons (detention_year);
CREATE INDEX events_person ON events (person_id, position);
CREATE INDEX events_group ON events (group_id);
CREATE INDEX release_members_person ON release_members (person_id);
"""


WRITE_CACHE_KIB = 256 * 1024
_fold = lru_cache(maxsize=1 << 17)(fold)


def _date(value: PartialDate) -> tuple[str | None, str]:
    return value.iso(), str(value.precision)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _citations(owner: str, citations: Iterable[PublicCitation]) -> Iterator[tuple[Any, ...]]:
    for i, c in enumerate(citations):
        yield owner, i, c.source_id, c.quote


def _fill(db: sqlite3.Connection, view: PublicView, snapshot_id: str,
          use_name_engine: bool) -> None:
    fig = view.figures
    meta = {**view.metadata, "schema_version": str(SCHEMA_VERSION), "snapshot_id": snapshot_id,
            "as_of": fig.as_of.isoformat(), "published_at": fig.published_at.isoformat()}
    db.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(meta.items()))
    anon = view.anonymous
    figures = {"imprisoned": fig.imprisoned, "recognised_total": fig.recognised_total,
               "released_this_year": fig.released_this_year,
               "died_in_custody": fig.died_in_custody,
               "anonymous_imprisoned": anon.imprisoned,
               "anonymous_recognised_imprisoned": anon.recognised_imprisoned,
               "anonymous_released": anon.released, "anonymous_in_exile": anon.in_exile,
               "anonymous_deceased": anon.deceased, "anonymous_unknown": anon.unknown,
               "named_persons": len(view.persons)}
    db.executemany("INSERT INTO figures VALUES (?, ?)", figures.items())
    db.executemany("INSERT INTO series VALUES (?, ?, ?, ?)", [
        (name, i, p.key, p.value) for name, points in view.statistics.named().items()
        for i, p in enumerate(points)])
    db.executemany("INSERT INTO facilities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (f.id, f.name, str(f.kind), f.region, f.postal_address, f.latitude, f.longitude,
         f.held, f.held_named) for f in view.facilities])
    db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        (s.id, str(s.kind), s.title, s.publisher, s.url, *_date(s.published), s.language)
        for s in view.sources])
    Row = tuple[Any, ...]
    persons: list[Row] = []
    names: list[Row] = []
    articles: list[Row] = []
    keys: list[Row] = []
    events: list[Row] = []
    cites: list[Row] = []
    details_json: dict[Any, str] = {}  # the same details recur across many events
    for p in view.persons:
        birth, birth_p = _date(p.birth_date)
        detained, detained_p = _date(p.detained_on)
        left, left_p = _date(p.left_custody_on)
        persons.append(
            (p.id, p.slug, p.primary_name, _fold(p.primary_name), str(p.gender), birth, birth_p,
             p.region, str(p.status), int(p.recognised), detained, detained_p,
             p.detained_on.year, p.custody_since.isoformat() if p.custody_since else None,
             p.facility_id, _json(list(p.articles)), p.term_months, int(p.life_sentence),
             int(p.death_sentence), p.sentence_end.isoformat() if p.sentence_end else None,
             left, left_p, p.destination_country))
        names.extend((p.id, i, n.text, n.script, n.lang, str(n.kind), _fold(n.text))
                     for i, n in enumerate(p.names))
        articles.extend((a, p.id) for a in dict.fromkeys(p.articles))
        person_keys: set[str] = set()
        for n in p.names:
            person_keys |= name_keys(n.text, use_name_engine)
        keys.extend((k, p.id) for k in person_keys)
        for i, e in enumerate(p.events):
            day, precision = _date(e.date)
            text = details_json.get(e.details)
            if text is None:
                text = details_json[e.details] = _json(e.details.as_dict())
            events.append((e.id, e.person_id, e.group_id, i, str(e.type), day, precision,
                           e.facility_id, text))
            cites.extend(_citations(e.id, e.citations))
    db.executemany(
        "INSERT INTO persons VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", persons)
    db.executemany("INSERT INTO person_names VALUES (?, ?, ?, ?, ?, ?, ?)", names)
    db.executemany("INSERT OR IGNORE INTO person_articles VALUES (?, ?)", articles)
    db.executemany("INSERT INTO search_keys VALUES (?, ?)", keys)
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    db.executemany("INSERT INTO event_sources VALUES (?, ?, ?, ?)", cites)
    releases: list[Row] = []
    members: list[Row] = []
    release_cites: list[Row] = []
    for r in view.releases:
        day, precision = _date(r.date)
        releases.append((r.id, day, precision, r.count, r.title, _json(list(r.destinations)),
                         len(r.member_ids), r.unnamed))
        members.extend((r.id, i, m) for i, m in enumerate(r.member_ids))
        release_cites.extend(_citations(r.id, r.citations))
    db.executemany("INSERT INTO releases VALUES (?, ?, ?, ?, ?, ?, ?, ?)", releases)
    db.executemany("INSERT INTO release_members VALUES (?, ?, ?)", members)
    db.executemany("INSERT INTO event_sources VALUES (?, ?, ?, ?)", release_cites)


def _split_schema() -> tuple[str, list[str]]:
    """:data:`SCHEMA` as its tables (a script) and its index statements."""
    statements = [s.strip() for s in SCHEMA.split(";") if s.strip()]
    indexes = [s for s in statements if s.startswith("CREATE INDEX")]
    tables = ";\n".join(s for s in statements if s not in indexes) + ";"
    return tables, indexes


def write_snapshot(view: PublicView, out: str | os.PathLike[str], *,
                   use_name_engine: bool = True) -> str:
    """Write ``view`` to a new SQLite file at ``out`` atomically; return the snapshot id.

    The file is built under a temporary name in the same directory, flushed to disk and then
    renamed over ``out``; on any error the temporary file is removed and ``out`` is untouched.
    """
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    snapshot_id = uuid.uuid4().hex
    try:
        db = sqlite3.connect(temp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            # Room for the indexes being filled (random ids): a small page cache makes a large
            # snapshot thrash. Only while writing; readers open the file with their own.
            db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
            tables, indexes = _split_schema()
            db.executescript(tables)
            with db, gc_paused():
                _fill(db, view, snapshot_id, use_name_engine)
                # Indexes built once over the filled tables, not row by row.
                for statement in indexes:
                    db.execute(statement)
            db.execute("ANALYZE")
        finally:
            db.close()
        with open(temp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return snapshot_id


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
