"""Finding persons by name through the name engine, as the registry grows."""

from volia.services import persons, registry


def test_find_across_scripts_and_sees_new_persons(db):
    kalesnikava = registry.add_person(db, "Maryia Kalesnikava", "tester",
                                      native="Марыя Калеснікава", native_lang="be")
    first = persons.find(db, "Марию Колесникову", limit=3)
    assert first and first[0].person_id == kalesnikava.id
    assert first[0].score > 0.9 and first[0].reasons
    # A person added after the index was built is found without any rebuild.
    bialiatski = registry.add_person(db, "Ales Bialiatski", "tester")
    found = persons.find(db, "Алесь Беляцкий", limit=3)
    assert found and found[0].person_id == bialiatski.id


def test_find_nonsense_gives_nothing_rather_than_an_error(db):
    registry.add_person(db, "Ihar Losik", "tester")
    assert persons.find(db, "🙂🙂", limit=3) == []
    assert persons.find(db, "   ", limit=3) == []
