"""Public ids say nothing about when or in what order records were made."""

from volia.domain.dates import PartialDate
from volia.domain.model import EventType, Verification
from volia.publish.redact import redact
from volia.services import registry


def test_public_ids_are_slugs_and_digests_not_private_ids(db):
    people = []
    for name in ("Ales Pershy", "Maryia Druhaja", "Ihar Treci"):
        p = registry.add_person(db, name, "tester")
        registry.add_event(db, p.id, "tester", type=EventType.DETAINED,
                           date=PartialDate.parse("2021-05-01"),
                           verification=Verification.CONFIRMED)
        people.append(p)
    view = redact(db)
    private = {p.id for p in people}
    assert {p.id for p in view.persons} == {p.slug for p in people}
    for person in view.persons:
        assert person.id not in private
        for event in person.events:
            assert event.person_id == person.id
            assert len(event.id) == 20 and not any(event.id in x for x in private)
    assert [p.id for p in view.persons] == sorted(p.id for p in view.persons)
