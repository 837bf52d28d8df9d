"""The spelling test set, and the engine's quality on it in a small registry."""

from __future__ import annotations

from collections import Counter

from name_distractors import generate, load_real, load_variants, opposite_surname

from volia.names import AUTO_LINK_THRESHOLD, NameIndex


def test_test_set_size_and_identities() -> None:
    real = {p.id for p in load_real()}
    rows = load_variants()
    assert len(rows) >= 400
    assert len(real) >= 80 and {pid for pid, _, _ in rows} == real
    kinds = Counter(kind for _, _, kind in rows)
    for kind in ("inflected", "press", "polish", "typo", "national", "passport"):
        assert kinds[kind] > 0, kind


def test_generator_is_deterministic_and_has_hard_negatives() -> None:
    a = generate(3000)
    b = generate(3000)
    assert [p.names for p in a.persons] == [p.names for p in b.persons]
    kinds = Counter(p.kind for p in a.persons)
    assert kinds["spouse"] == kinds["real"] and kinds["same-surname"] == 2 * kinds["real"]
    assert kinds["father"] == kinds["son"] == len(a.father_son) > 0
    assert opposite_surname("Калеснікава", "f", "be") == "Калеснікаў"
    assert opposite_surname("Тихановский", "m", "ru") == "Тихановская"


def test_quality_on_a_small_registry() -> None:
    registry = generate(5000)
    index = NameIndex()
    for person in registry.persons:
        index.add(person.id, person.names, person.birth_year)
    rows = load_variants()
    right = linked = wrong_linked = 0
    for truth, text, _ in rows:
        cands = index.resolve(text, limit=1)
        right += bool(cands) and cands[0].person_id == truth
        if cands and cands[0].score >= AUTO_LINK_THRESHOLD:
            linked += 1
            wrong_linked += cands[0].person_id != truth
    assert right / len(rows) >= 0.95
    assert wrong_linked <= linked * 0.005
