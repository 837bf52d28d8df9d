"""Reading reports from what a user hands to ``volia ingest``: text and HTML files, folders,
RSS/Atom feeds, and web pages at URLs the user gives.

Pure reading: nothing here touches the database. Every refusal is a :class:`DocumentError`
naming the input and saying what is wrong with it, so a batch can report it and go on.
"""

from __future__ import annotations

import re
import urllib.request
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

# A report is a few pages of text; anything near this is a dump, a site archive or an attack.
MAX_BYTES = 3_000_000
FETCH_TIMEOUT = 20
_FEED_HEAD = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_HEAD = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|article)[\s>/]",
                        re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class DocumentError(ValueError):
    """An input that cannot be read as a report (the message names it)."""


@dataclass
class Document:
    """One report, ready to become a Source."""

    origin: str  # where it came from, for messages: a path, a URL, "feed.xml#3"
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None  # from the document's own metadata, if it has any
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Input:
    """Something to read: a file or a URL. Folders are expanded into their files."""

    origin: str
    path: Path | None = None
    url: str | None = None


def is_url(arg: str) -> bool:
    return urlparse(arg).scheme in ("http", "https")


def expand(args: list[str]) -> Iterator[Input | DocumentError]:
    """The inputs ARGS name, in order; a folder gives its files (sorted, hidden ones skipped)."""
    for arg in args:
        if is_url(arg):
            yield Input(arg, url=arg)
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield DocumentError(f"{arg}: folder holds no files")
            yield from (Input(str(p), path=p) for p in files)
        elif path.exists():
            yield Input(arg, path=path)
        else:
            yield DocumentError(f"{arg}: no such file or folder (URLs start with http:// "
                                "or https://)")


def _check_bytes(origin: str, raw: bytes) -> None:
    if not raw.strip():
        raise DocumentError(f"{origin}: empty")
    if len(raw) > MAX_BYTES:
        raise DocumentError(f"{origin}: too large ({len(raw):,} bytes; the limit is "
                            f"{MAX_BYTES:,}): save the article's text instead")
    if b"\x00" in raw[:8192]:
        raise DocumentError(f"{origin}: binary data (NUL bytes), not a text, HTML or feed file")


def read_input(item: Input) -> list[Document]:
    """The reports in one input: one for a text file or page, one per entry for a feed."""
    if item.url is not None:
        raw, content_type = fetch(item.url)
        return parse_bytes(item.origin, raw, content_type=content_type, url=item.url)
    assert item.path is not None
    path = item.path
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refuse before reading a huge file into memory
            raise DocumentError(f"{item.origin}: too large ({size:,} bytes; the limit is "
                                f"{MAX_BYTES:,}): save the article's text instead")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{item.origin}: cannot read ({exc.strerror or exc})") from exc
    return parse_bytes(item.origin, raw, suffix=path.suffix.lower())


def fetch(url: str) -> tuple[bytes, str]:
    """GET one URL the user named (never a link found inside a document)."""
    request = urllib.request.Request(url, headers={"User-Agent": "volia-ingest/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            raw = response.read(MAX_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
    except (OSError, ValueError) as exc:
        raise DocumentError(f"{url}: cannot fetch ({exc})") from exc
    return raw, content_type


def parse_bytes(origin: str, raw: bytes, *, suffix: str = "", content_type: str = "",
                url: str | None = None) -> list[Document]:
    """Tell a feed from a page from plain text by name, declared type and content."""
    _check_bytes(origin, raw)
    head = raw[:2048].lstrip()
    if suffix in (".rss", ".atom") or "rss" in content_type or "atom" in content_type or (
            suffix not in _HTML_SUFFIXES and _FEED_HEAD.search(head)):
        kind = "feed"
    elif suffix in _HTML_SUFFIXES or "html" in content_type or (
            head.startswith(b"<") and _HTML_HEAD.search(head)):
        kind = "html"
    elif suffix == ".xml":
        raise DocumentError(f"{origin}: an XML file that is not an RSS or Atom feed")
    else:
        kind = "text"
    if kind == "feed":
        return parse_feed(origin, raw)
    if kind == "html":
        return [parse_html(origin, raw, url=url)]
    return [Document(origin, _decode_text(origin, raw), url=url)]


def _decode_text(origin: str, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{origin}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                            "binary files cannot be ingested") from exc
    if not text.strip():
        raise DocumentError(f"{origin}: holds only whitespace")
    return text.replace("\r\n", "\n")


def _html_text(markup: str | bytes) -> tuple[str, dict[str, Any]]:
    import trafilatura

    found = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True)
    meta: dict[str, Any] = {}
    text = ""
    if found is not None:
        meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
        text = str(meta.get("text") or "")
    if not text.strip():
        # Short pages fall under trafilatura's size thresholds; its baseline keeps any text.
        text = trafilatura.baseline(markup)[1]
    return text.strip(), meta


def parse_html(origin: str, raw: bytes, *, url: str | None = None) -> Document:
    """The main text of a page and what its metadata says (title, site, date)."""
    text, meta = _html_text(raw)
    if not text:
        raise DocumentError(f"{origin}: no readable text in this HTML (broken or empty page)")
    published = _iso_day(meta.get("date"))
    return Document(origin, text, url=url or meta.get("url") or None,
                    title=meta.get("title") or None,
                    publisher=meta.get("sitename") or meta.get("hostname") or None,
                    published=published, meta={"kind": "html"})


def _iso_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_feed(origin: str, raw: bytes) -> list[Document]:
    """One document per entry; entry links are recorded, never fetched."""
    import feedparser

    feed = feedparser.parse(raw)
    problem = feed.get("bozo_exception")
    if feed.get("bozo") and isinstance(problem, xml.sax.SAXException):
        # A half-parsed feed would silently lose entries: refuse it whole.
        where = ""
        if isinstance(problem, xml.sax.SAXParseException):
            where = f" at line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        raise DocumentError(f"{origin}: feed is not valid XML ({problem.getMessage()}{where})")
    if not feed.entries:
        raise DocumentError(f"{origin}: feed has no entries")
    publisher = feed.feed.get("title") or None
    docs = []
    for number, entry in enumerate(feed.entries, start=1):
        body = ""
        for part in entry.get("content") or []:
            body = part.get("value") or body
        body = body or entry.get("summary") or ""
        text = _html_text(f"<html><body>{body}</body></html>")[0] if "<" in body else body
        title = entry.get("title") or None
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}" if text else title
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(parsed[0], parsed[1], parsed[2]) if parsed else None
        docs.append(Document(f"{origin}#{number}", text.strip(), url=entry.get("link") or None,
                             title=title, publisher=publisher, published=published,
                             meta={"kind": "feed-entry"}))
    return docs
