"""The snapshot file: schema, atomic writing, read-only reading, name search keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from volia.publish.reader import PersonQuery, SnapshotMissing, SnapshotReader
from volia.publish.sample import sample_view
from volia.publish.search import fold, query_words, skeleton, word_keys
from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView

TABLES = {"persons", "person_names", "events", "event_sources", "sources", "facilities",
          "releases", "release_members", "figures", "series", "metadata", "search_keys",
          "person_articles"}


def test_fold_transliterates_cyrillic_and_drops_diacritics() -> None:
    assert fold("Калеснікава") == "kalesnikava"
    assert fold("Колесникова") == "kolesnikova"
    assert fold("Cichanoŭski") == "cichanouski"
    assert fold("Ціханоўскі") == "tsikhanouski"
    assert fold("Грыгор'еў, Łukasz!") == "hryhoreu lukasz"


def test_skeleton_joins_transliteration_systems() -> None:
    assert skeleton("tsikhanouski") == skeleton("cichanouski")
    assert skeleton(fold("Ціханоўскі")) == skeleton("cikhanouski")
    assert "kalesnikava" in word_keys("Алена Калеснікава")
    assert query_words("  ") == []
    assert len(query_words("a b c d e f g h")) == 6


def test_schema_is_plain_and_documented(snapshot: Path) -> None:
    db = sqlite3.connect(snapshot)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names >= TABLES
    doc = (Path(__file__).parents[2] / "docs" / "snapshot.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table}`" in doc, table


def test_anonymous_people_are_counted_not_listed(view: PublicView, snapshot: Path) -> None:
    reader = SnapshotReader(snapshot)
    figures = reader.figures()
    assert view.anonymous.total > 0
    assert figures["named_persons"] == len(view.persons)
    assert reader.search(PersonQuery().clean()).total == len(view.persons)
    named_imprisoned = sum(p.status == "imprisoned" and p.recognised for p in view.persons)
    assert figures["imprisoned"] == named_imprisoned + view.anonymous.recognised_imprisoned


def test_search_in_any_script(snapshot: Path) -> None:
    reader = SnapshotReader(snapshot)
    for q in ("kalesnikava", "Калеснікава", "KALESNIKAVA", "kolesnikova", "Колесникова",
              "alena kal"):
        page = reader.search(PersonQuery(q=q).clean())
        assert page.total >= 1, q
        assert page.rows[0]["primary_name"].endswith(("Kalesnikava", "Kalesnikau")), q
    assert reader.search(PersonQuery(q="zzzzqqq").clean()).total == 0


def test_reader_is_read_only(snapshot: Path) -> None:
    reader = SnapshotReader(snapshot)
    db = reader._db()
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM persons")


def test_write_is_atomic_and_reader_follows(tmp_path: Path) -> None:
    path = tmp_path / "public.db"
    first = write_snapshot(sample_view(30, seed=1), path)
    reader = SnapshotReader(path)
    assert reader.metadata()["snapshot_id"] == first
    second = write_snapshot(sample_view(40, seed=2), path)
    assert reader.metadata()["snapshot_id"] == second
    assert [p.name for p in tmp_path.iterdir()] == ["public.db"]


def test_failed_write_leaves_old_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "public.db"
    first = write_snapshot(sample_view(20, seed=3), path)
    broken = sample_view(20, seed=4)
    object.__setattr__(broken, "persons", broken.persons + broken.persons[:1])  # duplicate id
    with pytest.raises(sqlite3.IntegrityError):
        write_snapshot(broken, path)
    assert SnapshotReader(path).metadata()["snapshot_id"] == first
    assert [p.name for p in tmp_path.iterdir()] == ["public.db"]


def test_missing_snapshot_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SnapshotMissing):
        SnapshotReader(tmp_path / "none.db").metadata()


def test_query_clean_never_raises() -> None:
    q = PersonQuery(status="<x>", gender="?", year=99999, min_term=-1, sort="drop table",
                    page=10**30, per_page=10**6).clean()
    assert (q.status, q.gender, q.year, q.min_term, q.sort) == (None, None, None, None, "name")
    assert q.page == 1_000_000 and q.per_page == 200
    assert set(q.problems) == {"status", "gender", "year", "min_term", "sort"}
