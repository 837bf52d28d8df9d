"""The demo registry: fictional people with realistic histories, and a few real ones.

Everything goes through the same import path as a real registry (so the demo exercises it),
except the December 2025 batch release, recorded as a group event with its members.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from volia.domain.dates import UNKNOWN_DATE, PartialDate
from volia.domain.model import (
    Citation,
    EventDetails,
    EventType,
    Facility,
    FacilityKind,
    Gender,
    Name,
    NameKind,
    ReleaseReason,
    SourceKind,
    Verification,
    Visibility,
    new_id,
)
from volia.domain.records import EventRecord, PersonRecord, SourceRecord
from volia.services import registry
from volia.services.demo_people import (
    ARTICLES,
    FACILITIES,
    GIVEN,
    REAL_PEOPLE,
    REAL_SOURCE_RELEASE,
    SURNAMES,
)
from volia.services.facilities import ensure_facilities
from volia.services.importing import ImportReport, import_records
from volia.store.unit import Database

DEMO_SOURCE = SourceRecord(url=None, title="Volia demo registry (fictional people)",
                           kind=SourceKind.REGISTRY, publisher="Volia demo")
TODAY = date(2026, 11, 20)
BATCH_DAY = date(2025, 12, 13)
EMBARGO_REASON = "names withheld until their safe departure is confirmed"


@dataclass
class DemoResult:
    persons: int
    events: int
    report: ImportReport


def _pick_detention(rng: random.Random) -> date:
    periods = [(date(2020, 8, 9), date(2020, 12, 31), 35),
               (date(2021, 1, 1), date(2021, 12, 31), 30),
               (date(2022, 1, 1), date(2022, 12, 31), 15),
               (date(2023, 1, 1), date(2023, 12, 31), 10),
               (date(2024, 1, 1), date(2024, 12, 31), 7),
               (date(2025, 1, 1), date(2025, 10, 31), 3)]
    start, end, _ = rng.choices(periods, weights=[p[2] for p in periods])[0]
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _term(rng: random.Random) -> int:
    low, high = rng.choices([(6, 24), (24, 48), (48, 84), (84, 180)], weights=[35, 35, 20, 10])[0]
    return rng.randrange(low, high + 1)


def _ev(kind: EventType, day: date | None, vis: Visibility = Visibility.PUBLIC,
        group: str | None = None, **details: object) -> EventRecord:
    return EventRecord(kind, PartialDate.of(day) if day else UNKNOWN_DATE,
                       EventDetails(**details),  # type: ignore[arg-type]
                       source=DEMO_SOURCE, visibility=vis, group_id=group)


def synthetic_person(rng: random.Random, n: int, batch_id: str, batch_left: list[int]
                     ) -> PersonRecord:
    be_g, ru_g, lat_g, female = rng.choice(GIVEN)
    masc, fem = rng.choice(SURNAMES)
    be_s, ru_s, lat_s = fem if female else masc
    visibility = Visibility.RESTRICTED if rng.random() < 0.05 else Visibility.PUBLIC
    birth = date(rng.randrange(1955, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    names = [Name(f"{lat_g} {lat_s}", "Latn", None, NameKind.PRIMARY),
             Name(f"{be_g} {be_s}", "Cyrl", "be", NameKind.NATIVE),
             Name(f"{ru_g} {ru_s}", "Cyrl", "ru", NameKind.ALIAS)]
    detained = _pick_detention(rng)
    events = [_ev(EventType.DETAINED, detained)]
    if rng.random() < 0.92:
        events.append(_ev(EventType.RECOGNIZED, detained + timedelta(rng.randrange(5, 90)),
                          recognized_by="Viasna"))
    articles = tuple(rng.sample(ARTICLES, rng.choice([1, 1, 2])))
    events.append(_ev(EventType.CHARGED, detained + timedelta(rng.randrange(0, 30)),
                      articles=articles))
    end: date | None = None
    facility = rng.choice(FACILITIES)
    if rng.random() < 0.85:
        sentenced = detained + timedelta(rng.randrange(60, 300))
        if sentenced < TODAY:
            term = _term(rng)
            events.append(_ev(EventType.SENTENCED, sentenced, term_months=term,
                              articles=articles))
            moved = sentenced + timedelta(rng.randrange(30, 90))
            if moved < TODAY:
                events.append(_ev(EventType.TRANSFERRED, moved, facility=facility[0]))
            end = detained + timedelta(days=int(term * 30.44))
    if rng.random() < 0.02:
        events.append(_ev(EventType.INCOMMUNICADO, detained + timedelta(rng.randrange(200, 700))))
    if rng.random() < 0.004:
        died = detained + timedelta(rng.randrange(200, 1200))
        if died < TODAY:
            events.append(_ev(EventType.DIED_IN_CUSTODY, died))
            return _record(n, names, birth, female, visibility, events)
    if batch_left[0] > 0 and detained < date(2024, 1, 1) and rng.random() < 0.12:
        batch_left[0] -= 1
        events.append(_ev(EventType.RELEASED, BATCH_DAY, group=batch_id,
                          reason=ReleaseReason.DEAL))
        events.append(_ev(EventType.DEPORTED, BATCH_DAY, group=batch_id,
                          destination_country=rng.choice(["UA", "UA", "UA", "LT"])))
    elif end and end < TODAY:
        events.append(_ev(EventType.RELEASED, end, reason=ReleaseReason.SERVED))
        if rng.random() < 0.04:
            events.append(_ev(EventType.PERSECUTED_AFTER_RELEASE,
                              end + timedelta(rng.randrange(20, 200))))
    elif detained < date(2024, 6, 1) and rng.random() < 0.10:
        pardon = date(2024, 7, 3) + timedelta(rng.randrange(0, 500))
        events.append(_ev(EventType.PARDONED, pardon))
        events.append(_ev(EventType.RELEASED, pardon + timedelta(rng.randrange(0, 5)),
                          reason=ReleaseReason.PARDON))
    elif rng.random() < 0.008:
        # A release known to staff but not yet public: it stays under embargo.
        events.append(EventRecord(EventType.RELEASED, PartialDate.of(date(2026, 11, 10)),
                                  EventDetails(reason=ReleaseReason.DEAL), source=DEMO_SOURCE,
                                  visibility=Visibility.EMBARGOED))
    return _record(n, names, birth, female, visibility, events)


def _record(n: int, names: list[Name], birth: date, female: bool, visibility: Visibility,
            events: list[EventRecord]) -> PersonRecord:
    return PersonRecord(system="volia-demo", external_id=f"demo-{n:05d}", names=names,
                        birth_date=PartialDate(birth.year), gender=Gender.FEMALE if female
                        else Gender.MALE, citizenship=["BY"], visibility=visibility,
                        events=events)


def real_people(batch_id: str) -> list[PersonRecord]:
    out = []
    for person in REAL_PEOPLE:
        source = SourceRecord(url=str(person["source"]), title=f"{person['latin']} — Wikipedia",
                              kind=SourceKind.NEWS, publisher="Wikipedia")
        events = []
        for kind, when, details in person["events"]:  # type: ignore[attr-defined]
            batch = person["batch"] and kind in ("released", "deported")
            events.append(EventRecord(
                EventType(kind), PartialDate.parse(when), EventDetails.from_dict(details),
                source=_seed_source() if batch else source, group_id=batch_id if batch else None))
        names = [Name(str(person["latin"]), "Latn", None, NameKind.PRIMARY)] + [
            Name(t, s, lang, NameKind(kind)) for t, s, lang, kind in person["names"]]  # type: ignore[attr-defined]
        out.append(PersonRecord(system="volia-demo", external_id=f"real-{person['key']}",
                                names=names, gender=Gender(str(person["gender"])),
                                citizenship=["BY"], events=events))
    return out


def _seed_source() -> SourceRecord:
    return SourceRecord(url=REAL_SOURCE_RELEASE["url"], title=REAL_SOURCE_RELEASE["title"],
                        published=PartialDate.parse(REAL_SOURCE_RELEASE["published"]),
                        kind=SourceKind.NEWS)


def load_demo(db: Database, *, persons: int = 3000, seed: int = 2020,
              actor: str = "volia-demo") -> DemoResult:
    rng = random.Random(seed)
    ensure_facilities(db, [Facility(new_id(), name, FacilityKind(kind), [], "BY", region,
                                    address, lat, lon)
                           for name, kind, region, address, lat, lon in FACILITIES], actor)
    batch_id = new_id()
    batch_left = [80]
    records = real_people(batch_id) + [synthetic_person(rng, n, batch_id, batch_left)
                                       for n in range(persons)]
    # The demo stands for a registry whose staff have reviewed every entry.
    report = import_records(db, records, label="volia demo", actor=actor,
                            verification=Verification.CONFIRMED)
    with db.write(actor, "demo: the December 2025 release") as unit:
        src = registry.store_source(unit, url=REAL_SOURCE_RELEASE["url"],
                                    title=REAL_SOURCE_RELEASE["title"], kind=SourceKind.NEWS,
                                    published=PartialDate.parse(
                                        REAL_SOURCE_RELEASE["published"]))
        registry.record_event(unit, type=EventType.GROUP_RELEASE, person_id=None,
                              date=PartialDate.parse("2025-12"),
                              details=EventDetails(count=123),
                              verification=Verification.CONFIRMED,
                              citations=[Citation(src)], group_id=batch_id)
    return DemoResult(len(records), sum(len(r.events) for r in records) + 1, report)
