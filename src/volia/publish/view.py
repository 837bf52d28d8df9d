"""What the public may see: the single shape between redaction and everything public.

``redact(store) -> PublicView`` (written beside the private store) is the only producer of a
:class:`PublicView`. The publication snapshot (:mod:`volia.publish.snapshot`), and through it the
public pages, the public API, the downloads and the statistics, are built from this value and
nothing else. So a field that is not here cannot leak, and every field here is, by definition,
public. Anything a redactor is unsure about stays out.

Rules the shape encodes:

- A person withheld by name (name, birth date, facility or any identifying detail not public)
  is **not** a :class:`PublicPerson`. They exist only inside counts: :class:`AnonymousCounts`,
  the :class:`Figures`, the :class:`SeriesPoint` series and the aggregate statistics.
- Every listed name, event, source and quote is public, confirmed and not embargoed.
- Derived values (status, custody since, expected end of sentence) are computed by the redactor
  from the public events so that the public side never replays a ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.model import (
    EventDetails,
    EventType,
    FacilityKind,
    Gender,
    NameKind,
    SourceKind,
)
from volia.domain.status import Status

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class PublicName:
    """One public written form of a person's name.

    ``text``: the name as written. ``script``: ISO 15924 (``Latn``, ``Cyrl``). ``lang``: the
    language of this form (``be``, ``ru``, ``en``...), or None. ``kind``: primary, native,
    transliteration, alias or maiden (a maiden name is often identifying: only public ones).
    """

    text: str
    script: str = "Latn"
    lang: str | None = None
    kind: NameKind = NameKind.ALIAS


@dataclass(frozen=True)
class PublicSource:
    """A public source. ``url`` is None when only the title may be shown (e.g. testimony)."""

    id: str
    kind: SourceKind
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: PartialDate = UNKNOWN_DATE
    language: str | None = None


@dataclass(frozen=True)
class PublicCitation:
    """A public source behind an event, with the public words quoted from it (or None)."""

    source_id: str
    quote: str | None = None


@dataclass(frozen=True)
class PublicEvent:
    """One public, confirmed, non-embargoed fact.

    ``person_id``: the public person it is about; None for a batch (``group_release``).
    ``date``: when it happened, at its precision (``date.precision``). ``details``: only the
    public detail fields (the redactor blanks the others). ``facility_id``: the public facility
    the event names (transfer, sentence), resolved by the redactor. ``group_id``: the release
    batch this event belongs to. ``citations``: the public sources behind it.
    """

    id: str
    type: EventType
    person_id: str | None
    date: PartialDate = UNKNOWN_DATE
    details: EventDetails = field(default_factory=EventDetails)
    facility_id: str | None = None
    group_id: str | None = None
    citations: tuple[PublicCitation, ...] = ()


@dataclass(frozen=True)
class PublicPerson:
    """A person the public may see by name, with only their public fields.

    - ``id``, ``slug``: stable public identifiers (the page is ``/persons/{id}``).
    - ``names``: every public written form; exactly one has ``kind == PRIMARY`` (Latin).
    - ``gender``; ``birth_date`` at its precision (UNKNOWN when not public); ``region``: the
      region of Belarus the person is from or was detained in (a public, free-text label).
    - ``status``: derived on ``Figures.as_of``; ``recognised``: recognised as a political
      prisoner on that day (or, if not in custody, at the moment they left it).
    - ``detained_on``: the last detention that opened the current/last custody.
    - ``custody_since``: the first day of the current custody (None if not in custody), used to
      show days in custody.
    - ``facility_id``: the current public facility (None when unknown or not public).
    - ``articles``: public code articles of the charges, in order of first appearance.
    - ``term_months``: the latest custodial sentence in months (None = not sentenced/unknown);
      ``life_sentence`` / ``death_sentence`` for those verdicts.
    - ``sentence_end``: the expected end of the sentence (None when unknown).
    - ``left_custody_on``: when they were released / deported / died (None when imprisoned).
    - ``destination_country``: where they were forced to go (ISO alpha-2) when in exile.
    - ``events``: the public timeline, oldest first.
    """

    id: str
    slug: str
    names: tuple[PublicName, ...]
    gender: Gender = Gender.UNKNOWN
    birth_date: PartialDate = UNKNOWN_DATE
    region: str | None = None
    status: Status = Status.UNKNOWN
    recognised: bool = False
    detained_on: PartialDate = UNKNOWN_DATE
    custody_since: date | None = None
    facility_id: str | None = None
    articles: tuple[str, ...] = ()
    term_months: int | None = None
    life_sentence: bool = False
    death_sentence: bool = False
    sentence_end: date | None = None
    left_custody_on: PartialDate = UNKNOWN_DATE
    destination_country: str | None = None
    events: tuple[PublicEvent, ...] = ()

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.kind == NameKind.PRIMARY:
                return name.text
        return self.names[0].text if self.names else self.slug


@dataclass(frozen=True)
class AnonymousCounts:
    """People counted but not named, by derived status on ``as_of``.

    ``recognised_imprisoned`` is the part of ``imprisoned`` recognised as political prisoners.
    """

    imprisoned: int = 0
    recognised_imprisoned: int = 0
    released: int = 0
    in_exile: int = 0
    deceased: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        return self.imprisoned + self.released + self.in_exile + self.deceased + self.unknown


@dataclass(frozen=True)
class PublicFacility:
    """A place of detention. ``postal_address`` is for letters (None when not public).

    ``held``: people held there on ``as_of`` as counted in public figures; ``held_named``: how
    many of them are public persons shown there. ``held - held_named`` (people withheld by name,
    or whose place is hidden) is either 0 or at least ``redact_small.SMALL_COUNT_K``: fewer are
    left out of ``held``. Coordinates are WGS84.
    """

    id: str
    name: str
    kind: FacilityKind = FacilityKind.OTHER
    region: str | None = None
    postal_address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    held: int = 0
    held_named: int = 0


@dataclass(frozen=True)
class ReleaseBatch:
    """A group release as public: ``count`` announced, ``member_ids`` the public persons known
    to be in it, ``unnamed = count - len(member_ids)`` (never negative), ``destinations`` the
    countries people were sent to (ISO alpha-2), ``citations`` its public sources."""

    id: str
    date: PartialDate
    count: int
    title: str | None = None
    member_ids: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()
    citations: tuple[PublicCitation, ...] = ()

    @property
    def unnamed(self) -> int:
        return max(self.count - len(self.member_ids), 0)


@dataclass(frozen=True)
class Figures:
    """The headline numbers, over everyone counted (named and anonymous), on ``as_of``.

    ``imprisoned``: recognised political prisoners in custody on ``as_of``.
    ``recognised_total``: everyone ever recognised. ``released_this_year``: recognised people
    who left custody alive during the calendar year of ``as_of``. ``died_in_custody``: ever.
    ``published_at``: when the snapshot was produced (Last-Modified of the public site).
    """

    imprisoned: int
    recognised_total: int
    released_this_year: int
    died_in_custody: int
    as_of: date
    published_at: datetime


@dataclass(frozen=True)
class SeriesPoint:
    """One value of a named aggregate series; ``key`` is a month ``YYYY-MM`` for time series or
    a category label (an article, a sentence bucket, a gender)."""

    key: str
    value: int


@dataclass(frozen=True)
class Statistics:
    """Aggregates over everyone counted (anonymous included), each a list of points.

    Small counts (``redact_small``): except in ``imprisoned_monthly``, a cell counts the people
    the public pages do not show (withheld by name, or the fact behind the cell hidden) only
    when there are at least ``SMALL_COUNT_K`` of them in it; otherwise it counts what the
    public pages show.

    - ``imprisoned_monthly``: political prisoners on the first day of each month since 2020-01.
    - ``releases_monthly``: recognised people leaving custody per month since 2020-01.
    - ``sentences``: custodial sentences by bucket (``<1y``, ``1-3y``, ``3-5y``, ``5-10y``,
      ``10y+``, ``life``).
    - ``articles``: most used code articles, most used first.
    - ``gender``: currently imprisoned political prisoners by gender.
    """

    imprisoned_monthly: tuple[SeriesPoint, ...] = ()
    releases_monthly: tuple[SeriesPoint, ...] = ()
    sentences: tuple[SeriesPoint, ...] = ()
    articles: tuple[SeriesPoint, ...] = ()
    gender: tuple[SeriesPoint, ...] = ()

    def named(self) -> dict[str, tuple[SeriesPoint, ...]]:
        return {"imprisoned_monthly": self.imprisoned_monthly,
                "releases_monthly": self.releases_monthly, "sentences": self.sentences,
                "articles": self.articles, "gender": self.gender}


@dataclass(frozen=True)
class PublicView:
    """Everything the public may see, at one moment.

    ``persons`` (public, by name), ``anonymous`` (counted only), ``sources`` (every public source
    cited by a public event or batch), ``facilities``, ``releases``, ``figures``, ``statistics``
    and free-form ``metadata`` (publisher, licence, notes: public strings only).
    """

    persons: tuple[PublicPerson, ...]
    anonymous: AnonymousCounts
    sources: tuple[PublicSource, ...]
    facilities: tuple[PublicFacility, ...]
    releases: tuple[ReleaseBatch, ...]
    figures: Figures
    statistics: Statistics
    metadata: dict[str, str] = field(default_factory=dict)
