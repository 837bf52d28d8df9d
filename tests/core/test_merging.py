"""Merging duplicates: counted once while merged, restored by unmerge, history keeps both."""

from datetime import date

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import EventType
from volia.services import counting, merging, registry
from volia.services.history import history
from volia.store import ledger


def _person(db, name, detained, recognised):
    p = registry.add_person(db, name, "tester")
    registry.add_event(db, p.id, "tester", type=EventType.DETAINED,
                       date=PartialDate.parse(detained))
    registry.add_event(db, p.id, "tester", type=EventType.RECOGNIZED,
                       date=PartialDate.parse(recognised))
    return p


def test_merge_counts_once_and_unmerge_restores(db):
    a = _person(db, "Maryia Kalesnikava", "2020-09-07", "2020-09-09")
    b = _person(db, "Maria Kolesnikova", "2020-09-07", "2020-09-10")
    day = date(2022, 1, 1)
    assert counting.count(db, day) == 2
    merging.merge(db, a.id, b.id, reason="same person, two spellings", actor="editor")
    assert counting.count(db, day) == 1
    with db.read() as conn:
        assert ledger.canonical_id(conn, a.id) == b.id
        assert ledger.resolve_person_ref(conn, a.slug) == a.id  # both ids keep resolving
    with pytest.raises(ValueError):
        merging.merge(db, a.id, b.id, reason="again", actor="editor")
    merging.unmerge(db, a.id, reason="they are sisters after all", actor="editor")
    assert counting.count(db, day) == 2
    for person in (a, b):
        _, entries = history(db, person.id)
        assert [e.summary.split()[0] for e in entries if e.record == "merge"] == [
            "merge", "unmerge"]


def test_merge_refuses_self_and_requires_reason(db):
    a = _person(db, "Ihar Probny", "2021-01-01", "2021-02-01")
    with pytest.raises(ValueError):
        merging.merge(db, a.id, a.id, reason="x")
    b = _person(db, "Igor Probny", "2021-01-01", "2021-02-01")
    with pytest.raises(ValueError):
        merging.merge(db, a.id, b.id, reason="  ")
