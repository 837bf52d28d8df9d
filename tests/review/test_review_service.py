"""The review queue as the web console and the terminal use it (services.review)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from volia.domain.dates import PartialDate
from volia.domain.model import Citation, EventType, Verification
from volia.services import counting, registry, review
from volia.store import audit, ledger
from volia.store.tables import events, review_decisions

from .helpers import n_claims, n_events, queue, rows

RELEASE = "Maria Kolesnikova was released on 2025-12-13. She thanked supporters."


@pytest.fixture
def maria(db):
    """A recognised prisoner, in custody since 2020: counted until a release is accepted."""
    person = registry.add_person(db, "Maria Kolesnikova", actor="staff")
    registry.add_event(db, person.id, type=EventType.DETAINED, date=PartialDate(2020, 9, 7))
    registry.add_event(db, person.id, type=EventType.RECOGNIZED, date=PartialDate(2020, 9))
    return person.id


def _lineages(db, person_id, kind):
    with db.read() as conn:
        found = ledger.person_events(conn, person_id)
    from volia.domain.model import current_events

    return [e for e in current_events(found) if e.type == kind]


def test_accept_creates_a_sourced_confirmed_event_with_its_span(db, maria):
    [claim_id] = [c for c in queue(db, RELEASE, publisher="Viasna")
                  if review.get(db, c).type == "released"]
    view = review.get(db, claim_id)
    assert view.person_id == maria  # exact name: linked above the auto-link threshold
    assert view.highlight is not None
    start, end = view.highlight
    assert view.context[start:end] == "Maria Kolesnikova was released on 2025-12-13."
    assert view.mention_spans and view.state == "pending"
    done = review.accept(db, claim_id, reviewer="reviewer-1")
    assert done.state == "accepted" and done.event_id
    [event] = _lineages(db, maria, EventType.RELEASED)
    assert event.id == done.event_id and event.date == PartialDate(2025, 12, 13)
    assert event.verification == Verification.CONFIRMED and event.recorded_by == "reviewer-1"
    [cite] = event.citations
    assert cite.source_id == view.source_id and cite.quote == view.evidence_text
    assert (cite.start, cite.end) == (0, RELEASE.index(".") + 1)
    with db.read() as conn:
        assert [e.action for e in audit.entries(conn, entity_id=claim_id)] == ["review.accepted"]
        assert audit.verify_chain(conn) == []


def test_a_claim_changes_no_count_until_accepted(db, maria):
    before = counting.count(db, on=date(2025, 12, 20))
    events_before = n_events(db)
    [claim_id] = queue(db, RELEASE)
    assert counting.count(db, on=date(2025, 12, 20)) == before == 1
    assert n_events(db) == events_before  # proposing writes no event, ever
    review.accept(db, claim_id, reviewer="reviewer-1")
    assert counting.count(db, on=date(2025, 12, 20)) == 0
    assert counting.count(db, on=date(2025, 12, 1)) == 1  # the release is dated, not "now"


def test_reject_keeps_the_claim_and_its_reason(db, maria):
    [claim_id] = queue(db, RELEASE)
    view = review.reject(db, claim_id, "rumour: denied by her lawyer", reviewer="reviewer-2")
    assert view.state == "rejected" and view.reason == "rumour: denied by her lawyer"
    assert review.get(db, claim_id).decisions[0]["by"] == "reviewer-2"
    assert review.pending(db) == [] and n_claims(db) == 1
    assert counting.count(db, on=date(2025, 12, 20)) == 1
    with pytest.raises(review.ReviewClosed):
        review.accept(db, claim_id, reviewer="reviewer-1")
    with pytest.raises(ValueError, match="reason"):
        review.reject(db, queue(db, RELEASE + " More.")[0], "  ")
    assert rows(db, review_decisions) == 1


def test_second_independent_source_corroborates_instead_of_duplicating(db, maria):
    with db.write("importer") as unit:
        first = registry.store_source(unit, text="Viasna list entry", publisher="Viasna")
        registry.record_event(unit, type=EventType.RELEASED, person_id=maria,
                              date=PartialDate(2025, 12), citations=[Citation(first)])
    [same_outlet] = queue(db, RELEASE, publisher="viasna ")  # the same voice again
    review.accept(db, same_outlet, reviewer="r")
    [event] = _lineages(db, maria, EventType.RELEASED)
    assert len(event.citations) == 2 and event.verification == Verification.REPORTED
    assert event.date == PartialDate(2025, 12, 13)  # the finer date of the two
    [other] = queue(db, "Maria Kolesnikova was released on 2025-12.",
                    url="https://www.rferl.org/a/belarus-release.html")
    accepted = review.accept(db, other, reviewer="r")
    [event] = _lineages(db, maria, EventType.RELEASED)
    assert event.id == accepted.event_id and len(event.citations) == 3
    assert event.verification == Verification.CORROBORATED
    with db.read() as conn:
        records = ledger.load_events(conn, events.c.lineage_id == event.lineage_id)
    assert [r.verification for r in records] == [Verification.REPORTED] * 2 + [
        Verification.CORROBORATED]


def test_reviewer_confirmed_event_stays_confirmed_and_gains_the_source(db, maria):
    [first] = queue(db, RELEASE, publisher="Viasna")
    review.accept(db, first, reviewer="r")
    [second] = queue(db, "Maria Kolesnikova was released on 2025-12-13 in the morning.",
                     publisher="Nasha Niva")
    review.accept(db, second, reviewer="r")
    [event] = _lineages(db, maria, EventType.RELEASED)
    assert event.verification == Verification.CONFIRMED and len(event.citations) == 2
    [elsewhere] = queue(db, "Maria Kolesnikova was released on 2025-11-02.")
    review.accept(db, elsewhere, reviewer="r")  # another month: another event
    assert len(_lineages(db, maria, EventType.RELEASED)) == 2


def test_unknown_person_needs_a_choice_or_a_new_person(db, maria):
    [claim_id] = queue(db, "Ihar Losik was detained on 2020-06-25.")
    view = review.get(db, claim_id)
    assert view.person_id is None and all(c.person_id != maria for c in view.candidates)
    with pytest.raises(review.NeedsPerson):
        review.accept(db, claim_id, reviewer="r")
    done = review.accept(db, claim_id, reviewer="r", new_person=True)
    assert done.state == "edited" and done.person_name == "Ihar Losik"
    with db.read() as conn:
        assert ledger.resolve_person_ref(conn, "Ihar Losik") == done.person_id


def test_choose_another_candidate_then_accept(db, maria):
    other = registry.add_person(db, "Maria Kalesnikava", actor="staff").id
    [claim_id] = queue(db, "Maria Kolesnikova was detained on 2020-09-07.")
    view = review.get(db, claim_id)
    assert maria in [c.person_id for c in view.candidates]
    chosen = review.choose(db, claim_id, other, reviewer="r")
    assert chosen.person_id == other and chosen.pending
    done = review.accept(db, claim_id, reviewer="r")
    assert done.person_id == other
    assert len(_lineages(db, other, EventType.DETAINED)) == 1
    assert len(_lineages(db, maria, EventType.DETAINED)) == 1  # hers is untouched


def test_edit_the_date_records_an_edited_decision(db, maria):
    [claim_id] = queue(db, "Maria Kolesnikova was deported to UA.")
    assert review.get(db, claim_id).details == {"destination_country": "UA"}
    done = review.edit(db, claim_id, review.ClaimEdit(date=PartialDate(2025, 12, 13)),
                       reviewer="r")
    assert done.state == "edited" and done.decisions[-1]["changes"] == {"date": "2025-12-13"}
    [event] = _lineages(db, maria, EventType.DEPORTED)
    assert event.date == PartialDate(2025, 12, 13)
    assert event.details.destination_country == "UA"


def test_group_release_is_accepted_with_its_count(db):
    [claim_id] = queue(db, "123 political prisoners were released on 2025-12-13.")
    view = review.get(db, claim_id)
    assert view.type == "group_release" and view.details == {"count": 123}
    done = review.accept(db, claim_id, reviewer="r")
    with db.read() as conn:
        [event] = ledger.load_events(conn, events.c.id == done.event_id)
    assert event.type == EventType.GROUP_RELEASE and event.person_id is None
    assert event.details.count == 123
    [again] = queue(db, "123 political prisoners were released on 2025-12.",
                    publisher="Reuters")
    assert review.accept(db, again, reviewer="r").event_id != done.event_id
    with db.read() as conn:
        assert len(ledger.load_events(conn, events.c.lineage_id == event.lineage_id)) == 2


def test_released_claims_never_accept_themselves(db, maria):
    ids = queue(db, RELEASE + " Maria Kolesnikova was deported to UA on 2025-12-13.")
    assert len(ids) == 2
    assert {v.id for v in review.pending(db)} == set(ids)
    assert all(v.person_id == maria and v.state == "pending" for v in review.pending(db))
    assert _lineages(db, maria, EventType.RELEASED) == []


def test_review_tables_refuse_update_and_delete(db):
    [claim_id] = queue(db, "Ihar Losik was detained on 2020-06-25.")
    review.reject(db, claim_id, "not a political case", reviewer="r")
    for statement in ("UPDATE review_claims SET type = 'released'",
                      "DELETE FROM review_decisions"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert review.get(db, claim_id).state == "rejected"
    with db.read() as conn:
        assert conn.execute(select(review_decisions.c.decision)).scalars().all() == ["rejected"]


def test_contract_violation_stores_nothing(db):
    bad = {"claims": [{"type": "escaped", "person": {"name": "A B"}, "date": None}]}
    with pytest.raises(ValueError), db.write("monitor") as unit:
        sid = registry.store_source(unit, text="some report")
        review.propose(unit, sid, bad)
    assert n_claims(db) == 0 and rows(db, review_decisions) == 0
    with pytest.raises(ledger.NotFound):
        review.get(db, "no-such-claim")


def test_new_person_from_a_cyrillic_name_gets_a_latin_primary_name(db):
    text = "Игоря Лосика задержали 25 июня 2020 года."
    claim = {"type": "detained", "person": {"name": "Игорь Лосик", "mention": "Игоря Лосика",
                                             "person_id": None},
             "date": "2020-06-25", "date_precision": "day", "confidence": 0.8,
             "evidence": {"start": 0, "end": len(text), "text": text}}
    with db.write("monitor") as unit:
        sid = registry.store_source(unit, text=text, language="ru")
        [claim_id] = review.propose(unit, sid, {"claims": [claim]})
    view = review.get(db, claim_id)
    assert view.mention_spans == [(0, len("Игоря Лосика"))]
    done = review.accept(db, claim_id, reviewer="r", new_person=True)
    assert done.person_id is not None
    with db.read() as conn:
        person = ledger.get_person(conn, done.person_id)
    assert person.primary_name == "Igor Losik"
    assert [(n.text, n.lang) for n in person.names[1:]] == [("Игорь Лосик", "ru")]
