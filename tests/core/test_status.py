from datetime import date, datetime

from volia.domain.dates import PartialDate
from volia.domain.model import Event, EventDetails, EventType
from volia.domain.status import IntervalKind, Status, derive_status, status_intervals

T0 = datetime(2025, 1, 1)
_n = 0


def ev(kind, when, at=T0, **details):
    global _n
    _n += 1
    eid = f"e{_n}"
    return Event(eid, eid, EventType(kind), "p1", PartialDate.parse(when),
                 EventDetails(**details), recorded_at=at)


def test_detained_recognised_released_abroad():
    events = [ev("detained", "2020-09-07"), ev("recognized", "2020-09-09"),
              ev("released", "2025-12"), ev("deported", "2025-12-13", destination_country="UA")]
    during = derive_status(events, date(2023, 1, 1))
    assert during.status == Status.IMPRISONED and during.political_prisoner
    after = derive_status(events, date(2026, 1, 1))
    assert after.status == Status.IN_EXILE
    assert {e.type for e in after.deciding} >= {EventType.DEPORTED}
    assert after.problems == []


def test_imprecise_release_keeps_person_counted_until_period_ends():
    events = [ev("detained", "2021-03-01"), ev("released", "2025-12")]
    assert derive_status(events, date(2025, 12, 20)).status == Status.IMPRISONED
    assert derive_status(events, date(2026, 1, 1)).status == Status.RELEASED


def test_recognition_needed_for_political_interval():
    events = [ev("detained", "2021-01-10"), ev("recognized", "2021-03-01"),
              ev("recognition_withdrawn", "2022-01-01")]
    kinds = {(iv.kind, iv.start, iv.end) for iv in status_intervals(events)}
    assert (IntervalKind.CUSTODY, date(2021, 1, 10), None) in kinds
    assert (IntervalKind.POLITICAL, date(2021, 3, 1), date(2022, 1, 1)) in kinds


def test_release_before_any_detention_is_a_problem_not_a_crash():
    result = derive_status([ev("released", "2020-01-01")], date(2021, 1, 1))
    assert result.status == Status.RELEASED
    assert [p.code for p in result.problems] == ["release_without_detention"]


def test_two_open_detentions_reported():
    result = derive_status([ev("detained", "2020-01-01"), ev("detained", "2020-06-01")],
                           date(2021, 1, 1))
    assert result.status == Status.IMPRISONED
    assert [p.code for p in result.problems] == ["detention_while_detained"]


def test_death_in_custody_is_final():
    events = [ev("detained", "2021"), ev("died_in_custody", "2023-05-21")]
    assert derive_status(events, date(2024, 1, 1)).status == Status.DECEASED
    assert derive_status(events, date(2023, 1, 1)).status == Status.IMPRISONED


def test_sentence_without_detention_opens_custody_unless_non_custodial():
    assert derive_status([ev("sentenced", "2022-05-01", term_months=36)],
                         date(2023, 1, 1)).status == Status.IMPRISONED
    assert derive_status([ev("sentenced", "2022-05-01", term_months=0)],
                         date(2023, 1, 1)).status == Status.UNKNOWN


def test_known_on_ignores_later_records_and_corrections():
    detained = ev("detained", "2020-08-01", at=datetime(2020, 8, 2))
    release = ev("released", "2024-01-01", at=datetime(2024, 2, 1))
    retraction = Event("r1", release.lineage_id, EventType.RELEASED, "p1", release.date,
                       recorded_at=datetime(2024, 3, 1), supersedes=release.id, retracted=True)
    history = [detained, release, retraction]
    day = date(2024, 1, 15)
    assert derive_status(history, day, known_on=datetime(2024, 1, 20)).status == Status.IMPRISONED
    assert derive_status(history, day, known_on=datetime(2024, 2, 15)).status == Status.RELEASED
    assert derive_status(history, day).status == Status.IMPRISONED


def test_re_arrest_after_release_opens_new_stay():
    events = [ev("detained", "2020-01-01"), ev("released", "2020-02-01"),
              ev("detained", "2021-05-01")]
    custody = [iv for iv in status_intervals(events) if iv.kind == IntervalKind.CUSTODY]
    assert len(custody) == 2
    assert derive_status(events, date(2020, 6, 1)).status == Status.RELEASED
    assert derive_status(events, date(2022, 1, 1)).status == Status.IMPRISONED


def test_undated_recognition_covers_the_whole_imprisonment():
    events = [ev("detained", "2019-03-01"), ev("recognized", "", at=datetime(2020, 7, 23))]
    assert derive_status(events, date(2019, 6, 1)).political_prisoner
    assert derive_status(events, date(2019, 6, 1), known_on=datetime(2020, 1, 1)
                         ).recognized is False
