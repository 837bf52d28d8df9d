"""``redact(store) -> PublicView``: the one step between the private store and the public.

Every public output (the snapshot, and through it the site, the API, downloads, statistics)
is built from what this returns. The rules are in :mod:`volia.publish.redact_policy`; here
they are applied person by person:

- facts that *count* (confirmed, not retracted, not embargoed; hidden detail fields blanked)
  feed the figures, the series, facility counts and the anonymous counts, for everyone;
- a person whose identity may be public becomes a :class:`PublicPerson` whose every field is
  derived from *shown* facts only (public, with public dates), so a restricted event cannot
  surface through a derived value such as "in custody since";
- everyone else exists only as a number;
- an aggregate cell (facility held, article, sentence bucket, gender, release month) counts the
  people the pages do not show only when there are at least ``SMALL_COUNT_K`` of them
  (:mod:`volia.publish.redact_small`); the headline figures count everybody;
- finally every free-text field is checked against every withheld name
  (:mod:`volia.publish.redact_scrub`), a second line of defence against a name typed into a
  quote or a note.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection

from volia.domain.dates import UNKNOWN_DATE
from volia.domain.model import Event, EventType, Gender, Name, Person, current_events
from volia.domain.status import Status
from volia.publish.figures import PersonFacts, compute_figures, person_facts
from volia.publish.gcpause import gc_paused
from volia.publish.redact_ids import with_public_ids
from volia.publish.redact_load import PrivateState, load_private
from volia.publish.redact_policy import Rules
from volia.publish.redact_scrub import scrub
from volia.publish.redact_small import protect_facility, protect_statistics
from volia.publish.view import (
    AnonymousCounts,
    PublicCitation,
    PublicEvent,
    PublicFacility,
    PublicName,
    PublicPerson,
    PublicSource,
    PublicView,
    ReleaseBatch,
)
from volia.services.facilities import facility_key
from volia.store.unit import Database, utcnow

__all__ = ["redact", "build_view"]


def redact(store: Database | Connection, *, as_of: date | None = None,
           published_at: datetime | None = None) -> PublicView:
    """The public view of the registry on ``as_of`` (default today)."""
    with gc_paused():
        if isinstance(store, Connection):
            state = load_private(store)
        else:
            with store.engine.connect() as conn:
                if conn.dialect.name == "postgresql":
                    # One snapshot of the whole store, however long the read takes.
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    state = load_private(conn)
        return build_view(state, as_of or date.today(), published_at or utcnow())


class _Builder:
    def __init__(self, state: PrivateState, as_of: date) -> None:
        self.state, self.as_of = state, as_of
        self.rules = Rules(state)
        self.facility_ids: dict[str, str] = {}
        self._facility_of: dict[str, str | None] = {}  # name as written -> facility id
        for f in state.facilities:
            for label in (f.name, *f.aliases):
                self.facility_ids.setdefault(facility_key(label), f.id)
        self.cited: set[str] = set()
        self.secrets: set[str] = set()
        self.public_texts: set[str] = set()

    def facility_id(self, name: str | None) -> str | None:
        if not name:
            return None
        if name not in self._facility_of:
            self._facility_of[name] = self.facility_ids.get(facility_key(name))
        return self._facility_of[name]

    def citations(self, e: Event, hidden: AbstractSet[str]) -> tuple[PublicCitation, ...]:
        if "sources" in hidden:
            return ()
        out = []
        for c in e.citations:
            if self.rules.source_public(c.source_id):
                self.cited.add(c.source_id)
                out.append(PublicCitation(c.source_id, None if "quotes" in hidden else c.quote))
        return tuple(out)

    def public_event(self, e: Event, clean: Event, person_id: str | None,
                     shown_groups: set[str], also: frozenset[str] = frozenset()
                     ) -> PublicEvent:
        """``clean``: ``e`` blanked for showing (``rules.blanked(e, for_counting=False,
        also=also)``), computed once by the caller."""
        hidden = self.rules.hidden_event_fields(e) | also
        return PublicEvent(
            id=e.id, type=e.type, person_id=person_id, date=clean.date, details=clean.details,
            facility_id=self.facility_id(clean.details.facility),
            group_id=e.group_id if e.group_id in shown_groups else None,
            citations=self.citations(e, hidden))

    def batches(self, counted_all: list[Event]) -> list[ReleaseBatch]:
        facts = [e for e in current_events(self.state.events.get(None, []))
                 if e.type == EventType.GROUP_RELEASE and e.group_id
                 and self.rules.event_public(e)]
        destinations: dict[str, set[str]] = defaultdict(set)
        for e in counted_all:
            # A destination is a label, not a number: only from records that may be shown
            # (a restricted deportation counts, but where it led is staff-only).
            if e.group_id and e.details.destination_country and self.rules.event_public(e):
                destinations[e.group_id].add(e.details.destination_country)
        out = []
        for e in facts:
            assert e.group_id is not None
            clean = self.rules.blanked(e, for_counting=False)
            out.append(ReleaseBatch(
                id=e.group_id, date=clean.date, count=clean.details.count or 0,
                title=clean.details.note, destinations=tuple(sorted(destinations[e.group_id])),
                citations=self.citations(e, self.rules.hidden_event_fields(e))))
        return out


@dataclass
class _Named:
    person: Person
    names: list[Name]
    counted_fid: str | None
    also: frozenset[str]
    shown: list[Event]
    counting: list[Event]  # the counted records, blanked for counting
    counted_facts: PersonFacts  # person_facts(counting)


def build_view(state: PrivateState, as_of: date, published_at: datetime) -> PublicView:
    """Apply the rules to a loaded store (pure: no database here)."""
    b = _Builder(state, as_of)
    rules = b.rules
    counted_people: list[tuple[list[Event], Gender]] = []
    counted_all: list[Event] = []
    anon: Counter[str] = Counter()
    held: Counter[str] = Counter()
    named: list[_Named] = []
    for pid, person in state.persons.items():
        if pid in state.absorbed:
            continue  # counted once, under the person it was merged into
        facts = [e for e in current_events(state.events.get(pid, [])) if rules.counted(e)]
        also = rules.person_hidden_event_fields(person)
        counting = [rules.blanked(e, for_counting=True, also=also) for e in facts]
        counted_all.extend(counting)
        gender = person.gender if rules.details_public(person, "gender") else Gender.UNKNOWN
        counted_people.append((counting, gender))
        cf = person_facts(counting, as_of)
        fid = b.facility_id(cf.facility)
        if fid and cf.status == Status.IMPRISONED:
            held[fid] += 1
        if not rules.identity_public(person):
            b.secrets.update(n.text for n in person.names)
            anon[str(cf.status)] += 1
            anon["recognised_imprisoned"] += cf.recognised and cf.status == Status.IMPRISONED
            continue
        public_names = rules.public_names(person)
        shown_texts = {n.text for n in public_names}
        b.public_texts |= shown_texts
        b.secrets.update(n.text for n in person.names if n.text not in shown_texts)
        named.append(_Named(person, public_names, fid, also,
                            [e for e in facts if rules.event_public(e)], counting, cf))
    batches = b.batches(counted_all)
    shown_groups = {r.id for r in batches}
    members: dict[str, list[str]] = defaultdict(list)
    held_named: Counter[str] = Counter()
    persons: list[PublicPerson] = []
    shown_people: list[tuple[list[Event], Gender]] = []  # what the person pages show
    for item in named:
        person, names, counted_fid, also, shown = (item.person, item.names, item.counted_fid,
                                                   item.also, item.shown)
        cleaned = [rules.blanked(e, for_counting=False, also=also) for e in shown]
        events = [b.public_event(e, clean, person.id, shown_groups, also)
                  for e, clean in zip(shown, cleaned, strict=True)]
        dated = [clean for e, clean in zip(shown, cleaned, strict=True)
                 if "date" not in rules.hidden_event_fields(e)]
        # The same records as counted (nothing hidden from this person): same facts.
        same = len(dated) == len(item.counting) and all(
            a is c for a, c in zip(dated, item.counting, strict=True))
        pf = item.counted_facts if same else person_facts(dated, as_of)
        fid = b.facility_id(pf.facility)
        # A newer, hidden transfer means the shown place is no longer true: show none.
        fid = fid if fid == counted_fid else None
        if fid and pf.status == Status.IMPRISONED:
            held_named[fid] += 1
        for e in events:
            if e.group_id and e.type == EventType.RELEASED and person.id not in members[
                    e.group_id]:
                members[e.group_id].append(person.id)
        extra_region = person.extra.get("region")
        gender = person.gender if rules.details_public(person, "gender") else Gender.UNKNOWN
        shown_people.append((dated, gender))
        persons.append(PublicPerson(
            id=person.id, slug=person.slug, names=tuple(names_public(names)), gender=gender,
            birth_date=(person.birth_date if rules.details_public(person, "birth_date")
                        else UNKNOWN_DATE),
            region=(extra_region if isinstance(extra_region, str)
                    and rules.details_public(person, "region") else None),
            status=pf.status, recognised=pf.recognised, detained_on=pf.detained_on,
            custody_since=pf.custody_since, facility_id=fid, articles=pf.articles,
            term_months=pf.term_months, life_sentence=pf.life_sentence,
            death_sentence=pf.death_sentence, sentence_end=pf.sentence_end,
            left_custody_on=pf.left_custody_on, destination_country=pf.destination_country,
            events=tuple(sorted(events, key=_timeline_key))))
    releases = tuple(ReleaseBatch(
        id=r.id, date=r.date, count=r.count, title=r.title, member_ids=tuple(members[r.id]),
        destinations=r.destinations, citations=r.citations) for r in batches)
    # Small counts (redact_small): every cell but the headlines counts hidden people only
    # when there are at least SMALL_COUNT_K of them in it.
    figures, stats = compute_figures(counted_people, as_of, published_at, top_articles=None)
    shown_stats = compute_figures(shown_people, as_of, published_at, top_articles=None)[1]
    view = PublicView(
        persons=tuple(persons),
        anonymous=AnonymousCounts(
            imprisoned=anon["imprisoned"], recognised_imprisoned=anon["recognised_imprisoned"],
            released=anon["released"], in_exile=anon["in_exile"], deceased=anon["deceased"],
            unknown=anon["unknown"]),
        sources=tuple(_public_source(b, sid) for sid in sorted(b.cited)),
        facilities=tuple(protect_facility(PublicFacility(
            id=f.id, name=f.name, kind=f.kind, region=f.region, postal_address=f.postal_address,
            latitude=f.latitude, longitude=f.longitude, held_named=held_named[f.id]),
            held[f.id]) for f in state.facilities),
        releases=releases, figures=figures, statistics=protect_statistics(stats, shown_stats),
        metadata={"generator": "volia redact",
                  "policy": "confirmed facts, public and not under embargo"})
    return with_public_ids(scrub(view, b.secrets - b.public_texts))


def names_public(names: list[Name]) -> list[PublicName]:
    return [PublicName(n.text, n.script, n.lang, n.kind) for n in names]


def _timeline_key(e: PublicEvent) -> tuple[date, str]:
    return (e.date.earliest() or date.max, e.id)


def _public_source(b: _Builder, sid: str) -> PublicSource:
    s = b.state.sources[sid]
    shown = {f: b.rules.field_public("source", sid, f) for f in ("url", "title", "publisher")}
    return PublicSource(id=s.id, kind=s.kind, title=s.title if shown["title"] else None,
                        publisher=s.publisher if shown["publisher"] else None,
                        url=s.url if shown["url"] else None, published=s.published,
                        language=s.language)
