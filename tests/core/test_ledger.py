"""The ledger on a real database: append-only, audited, corrections as new records."""

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from volia.domain.dates import PartialDate
from volia.domain.model import EventDetails, EventType, Gender
from volia.services import counting, registry
from volia.services.history import history
from volia.store import audit, ledger


def _prisoner(db, name="Maryia Testava"):
    person = registry.add_person(db, name, "tester", gender=Gender.FEMALE)
    registry.add_event(db, person.id, "tester", type=EventType.DETAINED,
                       date=PartialDate.parse("2021-02-03"))
    registry.add_event(db, person.id, "tester", type=EventType.RECOGNIZED,
                       date=PartialDate.parse("2021-03-01"),
                       details=EventDetails(recognized_by="Viasna"))
    return person


def test_person_resolves_by_id_slug_and_name(db):
    person = _prisoner(db)
    with db.read() as conn:
        assert ledger.resolve_person_ref(conn, person.id) == person.id
        assert ledger.resolve_person_ref(conn, person.slug) == person.id
        assert ledger.resolve_person_ref(conn, "maryia  TESTAVA") == person.id
        with pytest.raises(ledger.NotFound):
            ledger.resolve_person_ref(conn, "nobody at all")


@pytest.mark.parametrize("statement", [
    "UPDATE events SET type = 'released'",
    "DELETE FROM events",
    "UPDATE audit_log SET actor = 'someone else'",
    "DELETE FROM person_names",
    "UPDATE sources SET url = 'x'",
])
def test_ledger_tables_refuse_update_and_delete(db, statement):
    person = _prisoner(db)
    registry.add_source(db, "tester", url="https://example.org/a", title="A")
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text(statement))
    with db.read() as conn:
        assert len(ledger.person_events(conn, person.id)) == 2


def test_every_write_is_audited_in_an_unbroken_chain(db):
    _prisoner(db)
    with db.read() as conn:
        entries = list(audit.entries(conn))
        assert [e.action for e in entries] == ["person.add", "event.add", "event.add"]
        assert all(e.actor == "tester" for e in entries)
        assert audit.verify_chain(conn) == []


def test_correction_and_retraction_keep_every_record(db):
    person = _prisoner(db)
    release = registry.add_event(db, person.id, "tester", type=EventType.RELEASED,
                                 date=PartialDate.parse("2024-01-10"))
    fixed = registry.correct_event(db, release.id, reason="date was wrong", actor="editor",
                                   date=PartialDate.parse("2024-02-10"))
    assert fixed.lineage_id == release.lineage_id and fixed.supersedes == release.id
    registry.retract_event(db, release.lineage_id, reason="release denied", actor="editor")
    _, entries = history(db, person.id)
    states = [(e.data.get("type"), e.state) for e in entries if e.record == "event"]
    assert states.count(("released", "superseded")) == 2
    assert ("released", "retracted") in states
    assert counting.person_status(db, person.id, date(2024, 6, 1)).status == "imprisoned"


def test_same_source_text_is_one_source(db):
    a = registry.add_source(db, "tester", text="Report text.\nSecond line.", title="A")
    b = registry.add_source(db, "tester", text="Report   text. Second line.", title="B")
    assert a == b
