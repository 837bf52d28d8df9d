"""One score for "are these two names the same person?", with the reasons behind it.

Each piece of evidence (surname, given name, patronymic, birth year, surname gender) adds or
subtracts log-odds; the sum goes through a logistic curve. Weights were set by hand on the
test set in ``tests/data/names`` and checked with ``benchmarks/names.py``, which prints how
often a score band is right. The reasons are plain sentences a reviewer can check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from volia.names.given import gender_of
from volia.names.structure import ParsedName, Surname

# Log-odds before any evidence: a random pair of registry names is not the same person.
_PRIOR = -3.0
_SURNAME_EXACT = 4.5
# Log-odds lost per unit of surname dissimilarity. Steep on purpose: after phonetic folding
# the spellings of one surname are identical, so what is left is a typo or another family
# (Alinevich / Kalinevich), and neither may be linked without a human.
_SURNAME_SLOPE = 35.0
_GENDER_CONFLICT = -6.0
_GIVEN_SAME = 4.0
_GIVEN_UNISEX = 2.0
_GIVEN_SIMILAR = 2.0  # Sasha, Zhenya, Valya: the same given name for a man and a woman
_GIVEN_DIFFERENT = -6.0
_GIVEN_INITIAL = 1.2
_GIVEN_INITIAL_WRONG = -5.0
_GIVEN_MISSING = -0.5
_PATRONYMIC_SAME = 1.5
_PATRONYMIC_DIFFERENT = -5.0
_YEAR_SAME = 1.5
_YEAR_NEAR = 0.3
_YEAR_FAR = -6.0


@dataclass(slots=True)
class Evidence:
    surname: float = 0.0  # similarity 0..1
    family_differs: bool = False
    gender_conflict: bool = False
    given: str = "missing"  # same / equivalent / similar / different / initial / initial-wrong
    given_sim: float = 0.0
    patronymic: str = "missing"  # same / different / missing
    year: str = "unknown"  # same / near / far / unknown
    z: float = 0.0

    @property
    def score(self) -> float:
        return 1.0 / (1.0 + math.exp(-self.z))


def surname_similarity(a: Surname, b: Surname) -> tuple[float, bool]:
    if a.form == b.form:
        return 1.0, False
    family_differs = bool(a.family and b.family and a.family != b.family)
    if a.stem == b.stem:
        if family_differs:
            return 0.9, True
        if (a.gender and b.gender and a.gender != b.gender) or _yo(a.form) == _yo(b.form):
            return 1.0, False  # gender forms are judged separately; ё/е is one letter
        # Same stem, same gender, other ending vowel: Orlov and Orlev are two families.
        return 0.95, False
    sim = max(Indel.normalized_similarity(a.stem, b.stem),
              Indel.normalized_similarity(a.form, b.form))
    # One part of a double surname alone (Panasiuk for Sharenda-Panasiuk) is good evidence.
    if (a.part_keys or b.part_keys) and set(a.part_keys or (a.key,)) & set(
            b.part_keys or (b.key,)):
        sim = max(sim, 0.93)
    if family_differs:
        sim *= 0.9
    return sim, family_differs


def _yo(form: str) -> str:
    """Fold ё-spellings (Москалёв, Moskalyov) onto е-spellings (Москалев, Moskalev)."""
    return form.replace("ia", "i")


def _given(q: ParsedName, c: ParsedName, ev: Evidence) -> float:
    if q.given is None or c.given is None:
        return _GIVEN_MISSING if (q.given is None) != (c.given is None) else 0.0
    if q.given_is_initial or c.given_is_initial:
        if q.given[0] == c.given[0]:
            ev.given = "initial"
            return _GIVEN_INITIAL
        ev.given = "initial-wrong"
        return _GIVEN_INITIAL_WRONG
    if q.given == c.given or (q.given_ids & c.given_ids):
        ev.given = "same" if q.given == c.given else "equivalent"
        ev.given_sim = 1.0
        if (q.gender is None or c.gender is None) and _unisex(q, c):
            ev.given = "unisex"
            return _GIVEN_UNISEX
        return _GIVEN_SAME
    if q.given_ids and c.given_ids:
        ev.given = "different"
        return _GIVEN_DIFFERENT
    sim = Indel.normalized_similarity(q.given, c.given)
    ev.given_sim = sim
    if sim >= 0.8:
        # A look-alike given name (a typo, or Evgenia next to Evgeny) is worth a review,
        # never a link on its own.
        ev.given = "similar"
        return _GIVEN_SIMILAR * (sim - 0.6) / 0.4
    ev.given = "different"
    return _GIVEN_DIFFERENT * (1.0 - sim)


def _unisex(q: ParsedName, c: ParsedName) -> bool:
    """Does the match rest on a diminutive both genders use (Zhenya for Evgeny and Evgenia)?"""
    return gender_of(q.given_ids) is None or gender_of(c.given_ids) is None


def _patronymic(q: ParsedName, c: ParsedName, ev: Evidence) -> float:
    if q.patronymic is None or c.patronymic is None:
        return 0.0
    if len(q.patronymic) == 1 or len(c.patronymic) == 1:
        same = q.patronymic[0] == c.patronymic[0]
    else:
        same = Indel.normalized_similarity(q.patronymic, c.patronymic) >= 0.85
    ev.patronymic = "same" if same else "different"
    return _PATRONYMIC_SAME if same else _PATRONYMIC_DIFFERENT


def _year(a: int | None, b: int | None, ev: Evidence) -> float:
    if a is None or b is None:
        return 0.0
    gap = abs(a - b)
    if gap == 0:
        ev.year = "same"
        return _YEAR_SAME
    if gap <= 1:
        ev.year = "near"
        return _YEAR_NEAR
    ev.year = "far"
    return _YEAR_FAR if gap >= 3 else _YEAR_FAR / 3


def compare(q: ParsedName, c: ParsedName, q_year: int | None = None,
            c_year: int | None = None) -> Evidence:
    """Evidence that ``q`` and ``c`` name the same person (both already parsed)."""
    ev = Evidence()
    z = _PRIOR
    if q.surname is not None and c.surname is not None:
        sim, ev.family_differs = surname_similarity(q.surname, c.surname)
        ev.surname = sim
        z += _SURNAME_EXACT - (1.0 - sim) * _SURNAME_SLOPE
        if q.surname.gender and c.surname.gender and q.surname.gender != c.surname.gender:
            ev.gender_conflict = True
            z += _GENDER_CONFLICT
    z += _given(q, c, ev)
    z += _patronymic(q, c, ev)
    z += _year(q_year, c_year, ev)
    ev.z = z
    return ev


_GIVEN_TEXT = {
    "same": "same given name",
    "equivalent": "given names are equivalents (e.g. Ales = Aliaksandr, Masha = Maria)",
    "similar": "given name spelled similarly ({sim:.2f})",
    "different": "different given name",
    "unisex": "same given name, but one that men and women share (Sasha, Zhenya): check gender",
    "initial": "given-name initial agrees",
    "initial-wrong": "given-name initial differs",
}


def reasons(ev: Evidence, q: ParsedName, c: ParsedName) -> tuple[str, ...]:
    """Why the score is what it is, strongest evidence first."""
    out: list[str] = []
    if q.surname is not None and c.surname is not None:
        if ev.surname >= 0.999:
            same_text = q.surname.form == c.surname.form
            out.append("same surname" + ("" if same_text else " up to gendered ending")
                       + " across scripts/transliterations")
        else:
            out.append(f"surname similar ({ev.surname:.2f}) after transliteration folding")
        if ev.family_differs:
            out.append("surname endings of different types")
        if ev.gender_conflict:
            out.append("feminine vs masculine surname form: likely a relative, not the same "
                       "person")
    if ev.given in _GIVEN_TEXT:
        out.append(_GIVEN_TEXT[ev.given].format(sim=ev.given_sim))
    elif q.given is None or c.given is None:
        out.append("given name missing on one side")
    if ev.patronymic == "same":
        out.append("same patronymic")
    elif ev.patronymic == "different":
        out.append("different patronymic (father/son or namesake?)")
    if ev.year == "same":
        out.append("same birth year")
    elif ev.year == "near":
        out.append("birth years one apart")
    elif ev.year == "far":
        out.append("birth years differ")
    return tuple(out)
