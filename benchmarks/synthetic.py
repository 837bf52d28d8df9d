"""A synthetic registry for benchmarks: N persons with about ten events each."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from volia.domain.dates import PartialDate
from volia.domain.model import EventDetails, EventType, Gender, Name, NameKind, ReleaseReason
from volia.domain.records import EventRecord, PersonRecord, SourceRecord

GIVEN = ["Aliaksandr", "Siarhei", "Maryia", "Volha", "Ihar", "Natallia", "Dzmitry", "Iryna",
         "Pavel", "Alena", "Andrei", "Tatsiana", "Mikalai", "Katsiaryna", "Viktar", "Yuliya"]
STEMS = ["Kazk", "Vydum", "Prykl", "Vymysl", "Uzor", "Baik", "Nebyl", "Fantaz", "Mifal", "Skaz",
         "Pryd", "Bylin", "Legend", "Paddan", "Kaz", "Son"]
ENDINGS = ["evich", "ski", "au", "enka", "yk", "ovich", "ets", "uk"]
SOURCES = [SourceRecord(url=f"https://example.org/report/{i}", title=f"Report {i}")
           for i in range(500)]


def synthetic_records(persons: int, seed: int = 1) -> Iterator[PersonRecord]:
    rng = random.Random(seed)
    for n in range(persons):
        detained = date(2020, 6, 1) + timedelta(days=rng.randrange(0, 2000))
        src = rng.choice(SOURCES)
        events = [
            EventRecord(EventType.DETAINED, PartialDate.of(detained), source=src),
            EventRecord(EventType.RECOGNIZED, PartialDate.of(detained + timedelta(30)),
                        EventDetails(recognized_by="Viasna"), source=src),
            EventRecord(EventType.CHARGED, PartialDate.of(detained + timedelta(5)),
                        EventDetails(articles=("342",)), source=src),
            EventRecord(EventType.SENTENCED, PartialDate.of(detained + timedelta(120)),
                        EventDetails(term_months=rng.randrange(6, 120)), source=src),
            EventRecord(EventType.TRANSFERRED, PartialDate.of(detained + timedelta(160)),
                        EventDetails(facility=f"Penal colony No. {rng.randrange(1, 20)}"),
                        source=src),
            EventRecord(EventType.TRANSFERRED, PartialDate.of(detained + timedelta(400)),
                        EventDetails(facility=f"Prison No. {rng.randrange(1, 8)}"), source=src),
            EventRecord(EventType.SOLITARY_CONFINEMENT, PartialDate.of(detained + timedelta(500)),
                        source=src),
            EventRecord(EventType.INCOMMUNICADO, PartialDate.of(detained + timedelta(520)),
                        source=src),
        ]
        if rng.random() < 0.6:
            out = detained + timedelta(days=rng.randrange(200, 1900))
            events.append(EventRecord(EventType.RELEASED, PartialDate.of(out),
                                      EventDetails(reason=ReleaseReason.SERVED), source=src))
            events.append(EventRecord(EventType.PERSECUTED_AFTER_RELEASE,
                                      PartialDate.of(out + timedelta(60)), source=src))
        else:
            events.append(EventRecord(EventType.TRANSFERRED, PartialDate.of(
                detained + timedelta(700)), EventDetails(facility="Prison No. 1"), source=src))
            events.append(EventRecord(EventType.SOLITARY_CONFINEMENT, PartialDate.of(
                detained + timedelta(800)), source=src))
        name = f"{rng.choice(GIVEN)} {rng.choice(STEMS)}{rng.choice(ENDINGS)}"
        yield PersonRecord(system="bench", external_id=f"b{n:07d}",
                           names=[Name(name, "Latn", None, NameKind.PRIMARY)],
                           birth_date=PartialDate(rng.randrange(1950, 2004)),
                           gender=rng.choice([Gender.FEMALE, Gender.MALE]), events=events)
