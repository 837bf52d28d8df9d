"""Reports in, claims queued: each document becomes a Source and its claims wait for review.

One document is one transaction: its source and all its claims are stored together or not at
all, and a document that fails is reported while the rest of the batch goes on. Extraction
runs before the transaction opens, so a slow model never holds the write lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from volia.domain.dates import PartialDate
from volia.domain.model import SourceKind, content_hash
from volia.services import registry, review
from volia.services.dateline import find_dateline
from volia.services.documents import Document, DocumentError, Input, expand, read_input
from volia.store import audit
from volia.store.tables import person_names, sources
from volia.store.unit import Database

# extract(text, published=..., lang=..., known_names=...) -> the extraction contract's JSON
Extractor = Callable[..., dict[str, Any]]
LANGUAGES = ("en", "ru", "be")


@dataclass
class Outcome:
    """What became of one document."""

    origin: str
    status: str  # stored | duplicate | failed
    source_id: str | None = None
    claims: list[str] = field(default_factory=list)
    language: str | None = None
    published: str | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Options:
    published: date | None = None  # when the document states no date of its own
    lang: str | None = None  # forces the language instead of detecting it
    publisher: str | None = None  # when the document does not name one
    actor: str | None = None


def default_extractor() -> Extractor:
    from volia.extract import extract

    return extract


def _detect(text: str) -> str:
    from volia.extract import detect_language

    return detect_language(text)


def known_names(db: Database) -> list[str]:
    """The registry's names, which seed the extractor's name finders."""
    with db.read() as conn:
        return sorted(set(conn.execute(select(person_names.c.text).where(
            person_names.c.retracted.is_(False))).scalars()))


def _indexed(names: list[str]) -> Sequence[str]:
    """The names indexed once for the whole batch (not rescanned per document)."""
    try:
        from volia.extract.linking import KnownNames
    except ImportError:
        return names
    return KnownNames(names)


def _existing_source(db: Database, text: str) -> str | None:
    with db.read() as conn:
        return conn.execute(select(sources.c.id).where(
            sources.c.content_hash == content_hash(text))).scalar()


def ingest_document(db: Database, doc: Document, options: Options, extractor: Extractor,
                    names: Iterable[str] = (), resolver: review.Resolver | None = None
                    ) -> Outcome:
    """Store DOC as a source and queue its claims; raises on any problem (nothing stored)."""
    text = doc.text.strip()
    if not text:
        raise DocumentError(f"{doc.origin}: no text")
    if not any(ch.isalpha() and (ch.isascii() or "\u0400" <= ch <= "\u04ff") for ch in text):
        raise DocumentError(f"{doc.origin}: no Latin or Cyrillic text (only en, ru, be "
                            "reports can be read)")
    lang = options.lang or _detect(text)
    if lang not in LANGUAGES:
        raise DocumentError(f"{doc.origin}: language {lang!r} is not one of en, ru, be")
    when = doc.published or find_dateline(text) or options.published
    outcome = Outcome(doc.origin, "stored", language=lang,
                      published=when.isoformat() if when else None)
    known = _existing_source(db, text)
    if known:  # the same words were ingested before: one source, its claims already queued
        outcome.status, outcome.source_id = "duplicate", known
        return outcome
    seeds = names if isinstance(names, Sequence) else list(names)
    result = extractor(text, published=when, lang=lang, known_names=seeds)
    if not isinstance(result, dict) or not isinstance(result.get("claims"), list):
        raise ValueError(f"{doc.origin}: the extractor returned no claims list")
    with db.write(options.actor) as unit:
        raced = unit.conn.execute(select(sources.c.id).where(
            sources.c.content_hash == content_hash(text))).scalar()
        if raced:  # another process stored the same text between our check and this write
            outcome.status, outcome.source_id = "duplicate", raced
            return outcome
        sid = registry.store_source(
            unit, url=doc.url, title=doc.title, text=text, kind=SourceKind.NEWS,
            publisher=doc.publisher or options.publisher,
            published=PartialDate.of(when) if when else PartialDate(), language=lang)
        outcome.claims = review.propose(unit, sid, result, resolver=resolver)
        audit.record(unit, "source.ingest", entity="source", entity_id=sid,
                     detail={"origin": doc.origin, "claims": len(outcome.claims)})
    outcome.source_id = sid
    return outcome


class Batch:
    """One ingest run: the registry's names and the name index are loaded once for it."""

    def __init__(self, db: Database, options: Options | None = None, *,
                 extractor: Extractor | None = None) -> None:
        self.db, self.options = db, options or Options()
        self.extractor = extractor or default_extractor()
        self.names = _indexed(known_names(db))
        with db.read() as conn:
            self.resolver = review.name_resolver(conn)

    def run(self, item: Input | DocumentError) -> list[Outcome]:
        """The outcomes of one input (a feed gives one per entry); never raises."""
        if isinstance(item, DocumentError):
            return [Outcome(str(item).split(":", 1)[0], "failed", error=str(item))]
        try:
            docs = read_input(item)
        except Exception as exc:  # noqa: BLE001 - one bad input must not stop the batch
            return [_failed(item, exc)]
        out = []
        for doc in docs:
            try:
                out.append(ingest_document(self.db, doc, self.options, self.extractor,
                                           self.names, self.resolver))
            except Exception as exc:  # noqa: BLE001 - reported, and the batch goes on
                out.append(_failed(doc, exc))
        return out


def ingest(db: Database, args: list[str], options: Options | None = None, *,
           extractor: Extractor | None = None) -> list[Outcome]:
    """Ingest every document ARGS name (files, folders, feeds, URLs), one outcome each."""
    batch = Batch(db, options, extractor=extractor)
    return [outcome for item in expand(args) for outcome in batch.run(item)]


def _failed(item: Input | Document, exc: Exception) -> Outcome:
    message = str(exc)
    if not isinstance(exc, DocumentError):
        message = f"{item.origin}: {type(exc).__name__}: {exc}"
    return Outcome(item.origin, "failed", error=message)
