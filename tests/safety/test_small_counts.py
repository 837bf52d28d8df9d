"""Small counts: an aggregate cell never points to one or two people withheld by name.

A cell (a facility's ``held``, an article, a sentence bucket, a gender, a month of releases)
includes the people the public cannot see only when there are at least ``SMALL_COUNT_K`` of
them in it; otherwise it shows what the public person pages show. The headline figures and the
monthly series of prisoners always count everybody.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from volia.domain.dates import PartialDate
from volia.domain.model import EventDetails, EventType, Facility, Gender, Visibility
from volia.publish.redact import redact
from volia.publish.redact_small import SMALL_COUNT_K, protect
from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView
from volia.safety import protection as p
from volia.services import registry
from volia.services.facilities import ensure_facilities
from volia.store.unit import Database
from volia.web.public import create_public_app

from .helpers import AS_OF, OK, private_event, release

COLONY = "Penal Colony X"
RARE = "130-3"


def _colony(db: Database) -> None:
    ensure_facilities(db, [Facility(id="fac-colony-x", name=COLONY)], actor="tester")


def _prisoner(db: Database, name: str, *, hidden: bool, articles: tuple[str, ...] = (RARE,),
              gender: Gender = Gender.FEMALE, term: int = 40) -> str:
    """A recognised prisoner in Colony X, sentenced under ``articles`` to ``term`` months."""
    visibility = Visibility.RESTRICTED if hidden else Visibility.PUBLIC
    with db.write("tester") as unit:
        pid = registry.create_person(unit, name, gender=gender, visibility=visibility).id
        for kind, day, details in (
                (EventType.DETAINED, "2021-03-04", EventDetails()),
                (EventType.RECOGNIZED, "2021-03-04", EventDetails(recognized_by="Viasna")),
                (EventType.SENTENCED, "2021-09-01",
                 EventDetails(term_months=term, articles=articles)),
                (EventType.TRANSFERRED, "2022-01-10", EventDetails(facility=COLONY))):
            registry.record_event(unit, type=kind, person_id=pid, date=PartialDate.parse(day),
                                  verification=OK, details=details)
    return pid


def _facility(view: PublicView):
    return next(f for f in view.facilities if f.name == COLONY)


def _cells(view: PublicView, series: str) -> dict[str, int]:
    return {pt.key: pt.value for pt in view.statistics.named()[series] if pt.value}


def _public(view: PublicView, tmp_path: Path) -> dict[str, Any]:
    snapshot = tmp_path / "public.db"
    write_snapshot(view, snapshot)
    with TestClient(create_public_app(snapshot)) as client:
        return {"facilities": client.get("/api/v1/facilities").json(),
                "stats": client.get("/api/v1/stats").json(),
                "page": client.get("/statistics").text}


def test_the_rule_itself():
    assert SMALL_COUNT_K == 3
    assert protect(total=1, visible=0) == 0  # one hidden person: show the visible count
    assert protect(total=12, visible=10) == 10  # two hidden ones in a big cell: still hidden
    assert protect(total=13, visible=10) == 13  # three or more: they are counted
    assert protect(total=8, visible=10) == 10  # fewer than shown (a hidden correction)
    assert protect(total=2, visible=0, k=2) == 2  # K is a parameter


def test_one_anonymous_prisoner_leaves_no_trace_beyond_the_headlines(db, tmp_path):
    _colony(db)
    _prisoner(db, "Hanna Hidden", hidden=True)
    released = _prisoner(db, "Pavel Hidden", hidden=True, articles=("999-9",), gender=Gender.MALE)
    release(db, released, "2026-02-10")
    view = redact(db, as_of=AS_OF)
    assert view.persons == ()
    # Headlines: everybody.
    assert view.figures.imprisoned == 1 and view.figures.recognised_total == 2
    assert view.figures.released_this_year == 1
    assert view.statistics.imprisoned_monthly[-1].value == 1
    assert view.anonymous.imprisoned == 1 and view.anonymous.released == 1
    # The facility and every breakdown: no trace.
    colony = _facility(view)
    assert (colony.held, colony.held_named) == (0, 0)
    for series in ("articles", "sentences", "gender", "releases_monthly"):
        assert _cells(view, series) == {}, series
    public = _public(view, tmp_path)
    assert [(f["held"], f["held_named"]) for f in public["facilities"]
            if f["name"] == COLONY] == [(0, 0)]
    assert public["stats"]["imprisoned"] == 1
    assert RARE not in public["page"] and "999-9" not in public["page"]


def test_five_anonymous_prisoners_are_counted_in_the_facility(db, tmp_path):
    _colony(db)
    for i in range(5):
        _prisoner(db, f"Hidden {i}", hidden=True)
    _prisoner(db, "Ivan Public", hidden=False)
    view = redact(db, as_of=AS_OF)
    colony = _facility(view)
    assert (colony.held, colony.held_named) == (6, 1)
    assert _cells(view, "articles") == {RARE: 6}
    assert _cells(view, "sentences") == {"3-5y": 6}
    assert _cells(view, "gender") == {"female": 6}
    assert view.figures.imprisoned == 6 and view.anonymous.imprisoned == 5
    public = _public(view, tmp_path)
    assert [(f["held"], f["held_named"]) for f in public["facilities"]
            if f["name"] == COLONY] == [(6, 1)]


def test_each_cell_is_decided_on_its_own(db):
    _colony(db)
    for i in range(4):
        _prisoner(db, f"Named {i}", hidden=False, articles=("342",), gender=Gender.MALE)
    # Two withheld people share article 342 with the named ones; three share 130-3 alone.
    _prisoner(db, "Hidden A", hidden=True, articles=("342", RARE), gender=Gender.MALE)
    _prisoner(db, "Hidden B", hidden=True, articles=("342", RARE), gender=Gender.MALE)
    _prisoner(db, "Hidden C", hidden=True, articles=(RARE,), gender=Gender.FEMALE, term=200)
    view = redact(db, as_of=AS_OF)
    assert _cells(view, "articles") == {"342": 4, RARE: 3}
    assert _cells(view, "sentences") == {"3-5y": 4}  # two hidden in 3-5y, one in 10y+
    assert _cells(view, "gender") == {"male": 4}  # two hidden men, one hidden woman
    assert _facility(view).held == 7  # three withheld people in the colony: counted
    # The headline figures and series still count all seven.
    assert view.figures.imprisoned == 7 and view.figures.recognised_total == 7
    assert view.statistics.imprisoned_monthly[-1].value == 7
    assert [pt.key for pt in view.statistics.articles] == ["342", RARE]  # ranked as shown


def test_a_named_persons_hidden_facility_is_not_given_away_by_the_count(db):
    _colony(db)
    _prisoner(db, "Ivan Moved", hidden=False)
    view = redact(db, as_of=AS_OF)
    assert (_facility(view).held, _facility(view).held_named) == (1, 1)
    transfer = next(e for x in view.persons for e in x.events if e.type == "transferred")
    p.set_field_visibility(db, p.Entity.EVENT, private_event(db, transfer.id), "facility",
                           Visibility.RESTRICTED, reason="relatives inside")
    view = redact(db, as_of=AS_OF)
    assert view.persons[0].facility_id is None
    assert (_facility(view).held, _facility(view).held_named) == (0, 0)
    assert view.figures.imprisoned == 1


def test_release_months_hide_a_lone_withheld_release(db):
    named = [_prisoner(db, f"Named {i}", hidden=False) for i in range(2)]
    hidden = [_prisoner(db, f"Hidden {i}", hidden=True) for i in range(4)]
    for pid in named + hidden[:1]:
        release(db, pid, "2026-03-15")  # one withheld release in March
    for pid in hidden[1:]:
        release(db, pid, "2026-04-20")  # three in April
    view = redact(db, as_of=AS_OF)
    assert {k: v for k, v in _cells(view, "releases_monthly").items()
            if k.startswith("2026")} == {"2026-03": 2, "2026-04": 3}
    assert view.figures.released_this_year == 6  # the headline counts everybody
