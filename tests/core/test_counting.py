"""Counts on a date as known at a moment, and their agreement with a full replay."""

from datetime import date, timedelta

from volia.domain.dates import PartialDate
from volia.domain.model import EventType
from volia.services import counting, registry
from volia.services.counting import Step
from volia.store import intervals
from volia.store.unit import utcnow


def _add(db, name, detained, recognised=None, released=None):
    p = registry.add_person(db, name, "tester")
    registry.add_event(db, p.id, "tester", type=EventType.DETAINED,
                       date=PartialDate.parse(detained))
    if recognised:
        registry.add_event(db, p.id, "tester", type=EventType.RECOGNIZED,
                           date=PartialDate.parse(recognised))
    if released:
        registry.add_event(db, p.id, "tester", type=EventType.RELEASED,
                           date=PartialDate.parse(released))
    return p


def test_count_needs_recognition_unless_all_detained(db):
    _add(db, "A One", "2021-01-01", "2021-01-05")
    _add(db, "B Two", "2021-01-01")
    _add(db, "C Three", "2021-01-01", "2021-01-05", "2022-06-01")
    assert counting.count(db, date(2022, 1, 1)) == 2
    assert counting.count(db, date(2022, 1, 1), all_detained=True) == 3
    assert counting.count(db, date(2023, 1, 1)) == 1
    assert counting.count(db, date(2020, 12, 31), all_detained=True) == 0


def test_known_on_reproduces_an_earlier_figure_after_corrections(db):
    a = _add(db, "A One", "2021-01-01", "2021-01-05")
    _add(db, "B Two", "2021-03-01", "2021-03-02")
    published_at = utcnow()
    published = counting.count(db, date(2022, 1, 1))
    assert published == 2
    # Later: a release was learnt of, a detention date was corrected, a person was added.
    registry.add_event(db, a.id, "editor", type=EventType.RELEASED,
                       date=PartialDate.parse("2021-06-01"))
    with db.read() as conn:
        detention = [e for e in intervals.person_events(conn, a.id)
                     if e.type == EventType.DETAINED][0]
    registry.correct_event(db, detention.id, reason="court papers", actor="editor",
                           date=PartialDate.parse("2021-02-01"))
    _add(db, "D Four", "2021-05-01", "2021-05-02")
    assert counting.count(db, date(2022, 1, 1)) == 2  # A out, D in
    assert counting.count(db, date(2022, 1, 1), known_on=published_at) == published
    assert counting.count(db, date(2021, 1, 15), known_on=published_at) == 1
    assert counting.count(db, date(2021, 1, 15)) == 0  # detention moved to February


def test_series_matches_single_counts(db):
    _add(db, "A One", "2020-08-10", "2020-09-01", "2023-05")
    _add(db, "B Two", "2021", "2021-06-01")
    _add(db, "C Three", "2022-02-02", "2022-02-02", "2022-11-30")
    points = counting.series(db, date(2020, 1, 1), date(2024, 1, 1), Step.MONTH)
    for day, n in points:
        assert n == counting.count(db, day), day
    weekly = counting.series(db, date(2022, 1, 1), date(2022, 3, 1), Step.WEEK)
    assert weekly[1][0] - weekly[0][0] == timedelta(weeks=1)


def test_stored_intervals_agree_with_replay_and_rebuild(db):
    people = [_add(db, f"P{i} Test", f"202{i % 4}-0{1 + i % 9}", f"202{i % 4}-1{i % 3}",
                   None if i % 2 else f"2024-0{1 + i % 9}") for i in range(8)]
    middle = utcnow()
    registry.add_event(db, people[0].id, "tester", type=EventType.RELEASED,
                       date=PartialDate.parse("2025-01-01"))
    ids = [p.id for p in people]
    with db.read() as conn:
        assert intervals.check_against_replay(conn, ids) == []
        assert intervals.check_against_replay(conn, ids, known_on=middle) == []
    before = [counting.count(db, date(2024, 6, 1), known_on=k) for k in (middle, None)]
    with db.engine.begin() as conn:
        intervals.rebuild(conn)
    after = [counting.count(db, date(2024, 6, 1), known_on=k) for k in (middle, None)]
    assert before == after
