"""Entities of the registry: persons, their names, sources, facilities and events.

These are plain values. Storage gives them identity over time (the ledger), services decide
who may write them; here they only say what a fact *is*.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from volia.domain.dates import UNKNOWN_DATE, PartialDate


class EventType(StrEnum):
    """The event types of ``shared/docs/domain.md`` (a contract: do not rename)."""

    DETAINED = "detained"
    CHARGED = "charged"
    SENTENCED = "sentenced"
    TRANSFERRED = "transferred"
    INCOMMUNICADO = "incommunicado"
    SOLITARY_CONFINEMENT = "solitary_confinement"
    RELEASED = "released"
    PARDONED = "pardoned"
    DEPORTED = "deported"
    DIED_IN_CUSTODY = "died_in_custody"
    RECOGNIZED = "recognized"
    RECOGNITION_WITHDRAWN = "recognition_withdrawn"
    PERSECUTED_AFTER_RELEASE = "persecuted_after_release"
    GROUP_RELEASE = "group_release"


class Visibility(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"  # staff only, for good
    EMBARGOED = "embargoed"  # staff only until the embargo is lifted


class Verification(StrEnum):
    REPORTED = "reported"
    CORROBORATED = "corroborated"  # two independent sources
    CONFIRMED = "confirmed"  # a reviewer confirmed it
    RETRACTED = "retracted"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class NameKind(StrEnum):
    PRIMARY = "primary"  # the one Latin-script name the registry shows first
    NATIVE = "native"
    TRANSLITERATION = "transliteration"
    ALIAS = "alias"
    MAIDEN = "maiden"


class SourceKind(StrEnum):
    NEWS = "news"
    COURT_RECORD = "court_record"
    TESTIMONY = "testimony"
    OFFICIAL_STATEMENT = "official_statement"
    GROUP_STATEMENT = "group_statement"
    REGISTRY = "registry"  # another group's list, taken in by import


class ReleaseReason(StrEnum):
    PARDON = "pardon"
    SERVED = "served"
    EXCHANGE = "exchange"
    DEAL = "deal"
    COURT = "court"
    UNKNOWN = "unknown"


class FacilityKind(StrEnum):
    COLONY = "colony"
    PRISON = "prison"
    PRETRIAL = "pretrial_detention_centre"
    TEMPORARY = "temporary_detention"
    PSYCHIATRIC = "psychiatric"
    OTHER = "other"


_last_ms = 0
_counter = 0


def new_id() -> str:
    """A UUID laid out as version 7: milliseconds since 1970, then a counter, then random.

    Ids made one after another sort one after another, so database indexes grow at their
    right edge; random (version 4) ids scatter every insert across the whole index, which
    made large imports several times slower. The random part keeps them unguessable enough
    for ids (they are not secrets; public pages use separate slugs).
    """
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        ms, _counter = _last_ms, _counter + 1
        if _counter > 0xFFF:  # more than 4,096 ids in a millisecond: borrow the next one
            ms, _counter = _last_ms + 1, 0
    else:
        _counter = 0
    _last_ms = ms
    value = (ms & (2**48 - 1)) << 80 | 0x7 << 76 | (_counter & 0xFFF) << 64 | 0b10 << 62 | (
        int.from_bytes(os.urandom(8)) & (2**62 - 1))
    return str(uuid.UUID(int=value))


@dataclass(frozen=True)
class Name:
    text: str
    script: str = "Latn"  # ISO 15924: Latn, Cyrl, Hans...
    lang: str | None = None  # be, ru, uk, en, pl, zh...
    kind: NameKind = NameKind.ALIAS
    visibility: Visibility = Visibility.PUBLIC


@dataclass
class Person:
    id: str
    slug: str
    names: list[Name] = field(default_factory=list)
    birth_date: PartialDate = UNKNOWN_DATE
    gender: Gender = Gender.UNKNOWN
    citizenship: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2
    occupations: list[str] = field(default_factory=list)
    visibility: Visibility = Visibility.PUBLIC
    external_ids: dict[str, str] = field(default_factory=dict)  # system -> id in that system
    extra: dict[str, Any] = field(default_factory=dict)  # fields kept verbatim from imports

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.kind == NameKind.PRIMARY:
                return name.text
        return self.names[0].text if self.names else self.slug


def short_id(value: str) -> str:
    """Eight characters that tell ids apart: the random end, since ids start with a time."""
    return value.replace("-", "")[-8:]


def content_hash(text: str) -> str:
    """The identity of a source's text: the same words twice are one source."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class Source:
    id: str
    kind: SourceKind
    content_hash: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: PartialDate = UNKNOWN_DATE
    language: str | None = None
    text: str | None = None
    visibility: Visibility = Visibility.PUBLIC


@dataclass(frozen=True)
class Citation:
    """A source behind an event, with the words in it that support the event."""

    source_id: str
    quote: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Facility:
    id: str
    name: str
    kind: FacilityKind = FacilityKind.OTHER
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    region: str | None = None
    postal_address: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class EventDetails:
    term_months: int | None = None  # sentence length; 0 = no custodial term
    facility: str | None = None  # facility name as reported (linked to a Facility by the store)
    destination_country: str | None = None  # ISO 3166-1 alpha-2
    reason: ReleaseReason | None = None
    articles: tuple[str, ...] = ()  # criminal / administrative code articles
    count: int | None = None  # group_release: how many people
    regime: str | None = None
    court: str | None = None
    authority: str | None = None
    recognized_by: str | None = None
    life_sentence: bool = False
    death_sentence: bool = False
    note: str | None = None
    # For an undated event: the last day it can have happened (the date of the report or
    # registry export that states it), so it is not placed on the day it was typed in.
    known_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if value in (None, (), False):
                continue
            out[key] = list(value) if isinstance(value, tuple) else str(value) if isinstance(
                value, StrEnum) else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> EventDetails:
        data = dict(data or {})
        if data.get("reason"):
            data["reason"] = ReleaseReason(data["reason"])
        if "articles" in data:
            data["articles"] = tuple(data["articles"] or ())
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Event:
    """One record in the ledger.

    ``lineage_id`` names the fact across its versions: a correction is a new record with the
    same lineage that ``supersedes`` the previous record; a retraction is a new record with
    ``retracted`` set. Records are never changed once written.
    """

    id: str
    lineage_id: str
    type: EventType
    person_id: str | None
    date: PartialDate = UNKNOWN_DATE
    details: EventDetails = field(default_factory=EventDetails)
    citations: tuple[Citation, ...] = ()
    verification: Verification = Verification.REPORTED
    visibility: Visibility = Visibility.PUBLIC
    embargo_reason: str | None = None
    embargo_until: dt.date | None = None
    recorded_at: datetime = datetime(1970, 1, 1)
    recorded_by: str = "unknown"
    supersedes: str | None = None
    retracted: bool = False
    group_id: str | None = None  # the group_release lineage this person's release belongs to
    note: str | None = None


def current_events(records: list[Event], known_on: datetime | None = None) -> list[Event]:
    """The facts in force: for each lineage, its newest record recorded by ``known_on``.

    Retracted lineages drop out. Records are taken in the order given when two share a time,
    so callers pass them in recorded order.
    """
    latest: dict[str, Event] = {}
    for record in records:
        if known_on is not None and record.recorded_at > known_on:
            continue
        previous = latest.get(record.lineage_id)
        if previous is None or record.recorded_at >= previous.recorded_at:
            latest[record.lineage_id] = record
    return [e for e in latest.values() if not e.retracted]
