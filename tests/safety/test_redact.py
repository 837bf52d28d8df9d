"""The rules of redaction, one by one, on SQLite and PostgreSQL."""

from __future__ import annotations

from volia.domain.model import Visibility
from volia.domain.status import Status
from volia.publish.redact import redact
from volia.safety import protection as p
from volia.services import registry

from .helpers import AS_OF, batch, person, private_event, release, slug


def _names(view) -> set[str]:
    return {n.text for x in view.persons for n in x.names}


def test_withheld_people_are_counted_but_never_named(db):
    person(db, "Ivan Public", native="Іван Публічны", birth="1980-05-06")
    person(db, "Hanna Hidden", native="Ганна Схаваная", visibility=Visibility.RESTRICTED)
    person(db, "Pavel Embargoed", visibility=Visibility.EMBARGOED)
    consent = person(db, "Olga Noconsent")
    p.record_consent(db, consent, given_by="her husband", relation="husband",
                     scope=p.ConsentScope.IDENTITY, decision=p.Decision.WITHHELD)
    view = redact(db, as_of=AS_OF)
    assert _names(view) == {"Ivan Public", "Іван Публічны"}
    assert view.figures.imprisoned == 4
    assert view.anonymous.imprisoned == 3 and view.anonymous.recognised_imprisoned == 3
    assert view.statistics.imprisoned_monthly[-1].value == 4
    assert str(view.persons[0].birth_date) == "1980-05-06"


def test_unconfirmed_and_retracted_facts_are_neither_shown_nor_counted(db):
    pid = person(db, "Ivan Reported")
    release(db, pid, "2025-01-01", verification=registry.Verification.REPORTED)
    view = redact(db, as_of=AS_OF)
    assert view.figures.imprisoned == 1 and view.persons[0].status == Status.IMPRISONED
    assert all(e.type != "released" for e in view.persons[0].events)
    ev = [e for e in view.persons[0].events if e.type == "recognized"][0]
    registry.retract_event(db, private_event(db, ev.id), reason="wrong group")
    assert redact(db, as_of=AS_OF).figures.imprisoned == 0


def test_embargoed_batch_keeps_people_imprisoned_until_lifted(db):
    a, b = person(db, "Ales Batch"), person(db, "Maryia Batch")
    for pid in (a, b):
        release(db, pid, group="batch-1")
    batch(db, "batch-1", 123)
    eid = p.impose_embargo(db, p.EmbargoTarget.GROUP, "batch-1",
                           reason="names undisclosed until safe departure",
                           lift_condition="departure confirmed")
    view = redact(db, as_of=AS_OF)
    assert view.figures.imprisoned == 2 and view.releases == ()
    assert {x.status for x in view.persons} == {Status.IMPRISONED}
    assert all(e.type != "released" for x in view.persons for e in x.events)
    p.lift_embargo(db, eid, reason="both arrived in Vilnius", actor="editor")
    view = redact(db, as_of=AS_OF)
    assert view.figures.imprisoned == 0 and view.figures.released_this_year == 0
    assert [(r.count, set(r.member_ids), r.unnamed) for r in view.releases] == [
        (123, {slug(db, a), slug(db, b)}, 121)]
    with db.read() as conn:
        from volia.store.audit import entries
        lifts = [e for e in entries(conn, action="embargo.lift")]
    assert lifts[0].actor == "editor" and lifts[0].reason == "both arrived in Vilnius"


def test_release_entered_as_embargoed_is_lifted_by_a_new_record(db):
    pid = person(db, "Siarhei Quiet")
    eid = release(db, pid, "2026-05-01", visibility=Visibility.EMBARGOED)
    assert redact(db, as_of=AS_OF).persons[0].status == Status.IMPRISONED
    p.lift_embargo(db, eid, target=p.EmbargoTarget.EVENT, reason="announced by family")
    view = redact(db, as_of=AS_OF)
    assert view.persons[0].status == Status.RELEASED and view.figures.released_this_year == 1


def test_restricted_fields_are_blanked(db):
    pid = person(db, "Ivan Moved", facility="Secret Colony 17", birth="1970-01-02",
                 url="https://example.org/secret-report", quote="he was moved")
    events = redact(db, as_of=AS_OF).persons[0].events
    transfer = [e for e in events if e.type == "transferred"][0]
    assert transfer.details.facility == "Secret Colony 17"
    p.set_field_visibility(db, p.Entity.EVENT, private_event(db, transfer.id), "facility",
                           Visibility.RESTRICTED,
                           reason="relatives inside")
    p.set_field_visibility(db, p.Entity.PERSON, pid, "birth_date", Visibility.RESTRICTED,
                           reason="identifying")
    detained = [e for e in events if e.type == "detained"][0]
    p.set_field_visibility(db, p.Entity.EVENT, private_event(db, detained.id), "quotes",
                           Visibility.RESTRICTED,
                           reason="quote names a relative")
    view = redact(db, as_of=AS_OF)
    person_view = view.persons[0]
    transfer = [e for e in person_view.events if e.type == "transferred"][0]
    assert transfer.details.facility is None and person_view.facility_id is None
    assert not person_view.birth_date.known
    assert [c.quote for e in person_view.events for c in e.citations] == [None]
    assert [s.url for s in view.sources] == ["https://example.org/secret-report"]


def test_withheld_name_typed_into_a_quote_is_scrubbed(db):
    person(db, "Hanna Hidden", visibility=Visibility.RESTRICTED)
    person(db, "Ivan Public", url="https://example.org/x",
           quote="Ivan Public was detained with hanna  HIDDEN")
    view = redact(db, as_of=AS_OF)
    assert [c.quote for x in view.persons for e in x.events for c in e.citations] == [None]
