"""Ingest: documents become sources once, their claims are queued, bad inputs are refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from volia.services import review
from volia.services.documents import MAX_BYTES, DocumentError, parse_bytes
from volia.services.ingest import Options, ingest
from volia.store.tables import sources

from .fake import fake_extract
from .helpers import n_claims, n_sources

DATA = Path(__file__).resolve().parents[1] / "data" / "review"


def _run(db, *args, **options):
    return ingest(db, [str(a) for a in args], Options(**options), extractor=fake_extract)


def test_text_file_becomes_one_source_with_dateline_and_claims(db):
    [out] = _run(db, DATA / "report_en.txt")
    assert out.status == "stored" and out.language == "en"
    assert out.published == "2025-12-16"  # from the dateline
    assert len(out.claims) == 2 and n_claims(db) == 2
    views = review.pending(db)
    assert {v.name for v in views} == {"Maria Kolesnikova", "Viktor Babaryka"}
    text = (DATA / "report_en.txt").read_text(encoding="utf-8").strip()
    for v in views:  # offsets point into the stored source text
        assert text[v.evidence_start:v.evidence_end] == v.evidence_text


def test_the_same_text_twice_is_one_source(db, tmp_path):
    copy = tmp_path / "copy.txt"
    # Different whitespace, same words: the content hash says it is the same report.
    copy.write_text("  " + (DATA / "report_en.txt").read_text(encoding="utf-8").replace(
        "\n\n", "\n  \n") + "\n\n", encoding="utf-8")
    first, second = _run(db, DATA / "report_en.txt", copy)
    assert first.status == "stored" and second.status == "duplicate"
    assert second.source_id == first.source_id and second.claims == []
    [again] = _run(db, DATA / "report_en.txt")
    assert again.status == "duplicate"
    assert n_sources(db) == 1 and n_claims(db) == 2


def test_html_page_and_feed_metadata(db):
    page, entry1, entry2 = _run(db, DATA / "page.html", DATA / "feed.xml")
    assert [page.status, entry1.status, entry2.status] == ["stored"] * 3
    assert page.published == "2025-12-14" and entry2.published == "2025-11-10"
    with db.read() as conn:
        rows = {r.title: r for r in conn.execute(select(sources))}
    assert rows["Belarus frees prisoners"].publisher == "Example News"
    assert "Home" not in rows["Belarus frees prisoners"].text  # the main text, not the menu
    assert rows["Arrest in Hrodna"].url == "https://watch.example.org/2"
    assert rows["Arrest in Hrodna"].publisher == "Prison Watch"
    assert {v.name for v in review.pending(db)} == {
        "Maria Kolesnikova", "Ihar Losik", "Andrzej Poczobut"}


def test_published_option_only_fills_a_missing_date(db, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("Ihar Losik was detained on 2020-06-25.", encoding="utf-8")
    dated, plain = _run(db, DATA / "report_en.txt", undated, published=date(2025, 1, 2))
    assert dated.published == "2025-12-16" and plain.published == "2025-01-02"


def test_a_failing_document_is_skipped_and_reported(db, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(DATA / "report_en.txt", batch / "a_good.txt")
    (batch / "b_empty.txt").write_text("", encoding="utf-8")
    (batch / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (batch / "d_explodes.txt").write_text("Ihar Losik was detained. EXPLODE", encoding="utf-8")
    (batch / "e_huge.html").write_bytes(b"<html><body><p>" + b"word " * (5 * 1024 * 1024 // 5)
                                        + b"</p></body></html>")
    shutil.copy(DATA / "broken_feed.xml", batch / "f_feed.xml")
    shutil.copy(DATA / "broken.html", batch / "g_broken.html")
    (batch / "h_latin1.txt").write_bytes("Ihar Losik was detained in Hrodna\xa0.".encode("cp1252"))
    (batch / ".hidden.txt").write_text("Viktor Babaryka was detained.", encoding="utf-8")
    shutil.copy(DATA / "page.html", batch / "z_page.html")
    outcomes = _run(db, batch, tmp_path / "missing.txt")
    status = {Path(o.origin).name: (o.status, o.error or "") for o in outcomes}
    assert status["a_good.txt"][0] == status["z_page.html"][0] == "stored"
    assert "empty" in status["b_empty.txt"][1]
    assert "binary" in status["c_binary.txt"][1]
    assert "RuntimeError: the extractor broke" in status["d_explodes.txt"][1]
    assert "too large" in status["e_huge.html"][1]
    assert "not valid XML" in status["f_feed.xml"][1] and "line 5" in status["f_feed.xml"][1]
    assert "no readable text" in status["g_broken.html"][1]
    assert "not UTF-8" in status["h_latin1.txt"][1]
    assert "no such file" in status["missing.txt"][1]
    assert ".hidden.txt" not in status and len(outcomes) == 10
    # Nothing half-stored: only the two good documents left sources and claims behind.
    assert n_sources(db) == 2 and n_claims(db) == 4


def test_bad_bytes_are_refused_with_clear_errors():
    cases = {
        b"": "empty",
        b"   \n\t ": "empty",
        b"\x00\x01binary": "binary",
        b"<?xml version='1.0'?><note>not a feed</note>": "not an RSS or Atom feed",
        b"<rss><channel><title>t</title></channel></rss>": "no entries",
        b"x" * (MAX_BYTES + 1): "too large",
    }
    for raw, message in cases.items():
        with pytest.raises(DocumentError, match=message):
            parse_bytes("input", raw, suffix=".xml" if raw.startswith(b"<?xml") else "")


def test_unsupported_language_fails_without_storing(db, tmp_path):
    chinese = tmp_path / "zh.txt"
    chinese.write_text("伊利哈木·土赫提被判处无期徒刑。", encoding="utf-8")
    [out] = _run(db, chinese)
    assert out.status == "failed" and "en, ru, be" in (out.error or "")
    [forced] = _run(db, DATA / "report_en.txt", lang="de")
    assert forced.status == "failed" and "'de'" in (forced.error or "")
    assert n_sources(db) == 0 and n_claims(db) == 0


def test_real_extractor_on_a_short_english_report(db, tmp_path):
    pytest.importorskip("spacy")
    extract = pytest.importorskip("volia.extract").extract
    report = tmp_path / "real.txt"
    report.write_text("Minsk, December 14, 2025. Maria Kolesnikova was released on Saturday "
                      "and taken to Ukraine, her sister said.", encoding="utf-8")
    [done] = ingest(db, [str(report)], Options(), extractor=extract)
    assert done.status == "stored" and done.published == "2025-12-14"
    views = review.pending(db)
    assert {(v.type, v.name) for v in views} >= {("released", "Maria Kolesnikova"),
                                                ("deported", "Maria Kolesnikova")}
    released = next(v for v in views if v.type == "released")
    assert released.date.iso() == "2025-12-13"  # "on Saturday" before the 14th
    assert next(v for v in views if v.type == "deported").details == {
        "destination_country": "UA"}


def test_a_url_the_user_gives_is_fetched_once(db):
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(DATA)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        page, missing = _run(db, f"{base}/page.html", f"{base}/gone.html")
    finally:
        server.shutdown()
        server.server_close()
    assert page.status == "stored" and page.published == "2025-12-14"
    assert missing.status == "failed" and "cannot fetch" in (missing.error or "")
    with db.read() as conn:
        [row] = conn.execute(select(sources)).all()
    assert row.url == f"{base}/page.html" and row.publisher == "Example News"
