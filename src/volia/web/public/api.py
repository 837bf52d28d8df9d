"""The public JSON API, ``/api/v1``: the same snapshot as the pages, as data."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from volia.publish.reader import MAX_PER_PAGE, PersonQuery
from volia.web.public.app import Site
from volia.web.public.pages import days_in_custody

router = APIRouter(prefix="/api/v1", tags=["public"])
StatusParam = Literal["imprisoned", "released", "in_exile", "deceased", "unknown"]
GenderParam = Literal["female", "male", "other", "unknown"]
SortParam = Literal["name", "-name", "detained", "-detained", "term", "-term"]


class PersonSummary(BaseModel):
    id: str
    name: str
    status: str
    recognised: bool
    gender: str
    region: str | None
    detained_on: str | None
    detained_precision: str
    facility_id: str | None
    facility: str | None
    articles: list[str]
    term_months: int | None
    life_sentence: bool
    sentence_end: str | None
    left_custody_on: str | None
    destination_country: str | None


class PersonList(BaseModel):
    total: int
    page: int
    pages: int
    per_page: int
    items: list[PersonSummary]


class SourceOut(BaseModel):
    id: str
    kind: str
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None
    language: str | None
    quote: str | None


class EventOut(BaseModel):
    id: str
    type: str
    date: str | None
    date_precision: str
    facility_id: str | None
    facility: str | None
    details: dict[str, Any]
    sources: list[SourceOut]


class NameOut(BaseModel):
    text: str
    script: str
    lang: str | None
    kind: str


class FacilityOut(BaseModel):
    id: str
    name: str
    kind: str
    region: str | None
    postal_address: str | None
    latitude: float | None
    longitude: float | None
    held: int
    held_named: int


class PersonDetail(PersonSummary):
    names: list[NameOut]
    birth_date: str | None
    custody_since: str | None
    days_in_custody: int | None
    current_facility: FacilityOut | None
    events: list[EventOut]
    release_batches: list[str]


class Stats(BaseModel):
    imprisoned: int
    recognised_total: int
    released_this_year: int
    died_in_custody: int
    as_of: date
    published_at: str


class MemberOut(BaseModel):
    id: str
    name: str


class ReleaseOut(BaseModel):
    id: str
    date: str | None
    date_precision: str
    title: str | None
    count: int
    named: int
    unnamed: int
    destinations: list[str]
    members: list[MemberOut]
    sources: list[SourceOut]


def _site(request: Request) -> Site:
    return request.app.state.site


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "name": row["primary_name"], "facility": row["facility_name"],
            "recognised": bool(row["recognised"]), "life_sentence": bool(row["life_sentence"])}


@router.get("/persons", response_model=PersonList)
def list_persons(
    request: Request,
    q: str = Query("", max_length=200, description="Name in any script or transliteration"),
    status: StatusParam | None = None,
    gender: GenderParam | None = None,
    region: str | None = Query(None, max_length=200),
    facility: str | None = Query(None, max_length=200, description="Facility id"),
    article: str | None = Query(None, max_length=50, description="Code article, e.g. 342"),
    year: int | None = Query(None, ge=1900, le=2200, description="Year of detention"),
    min_years: int | None = Query(None, ge=0, le=200, description="Sentence at least (years)"),
    max_years: int | None = Query(None, ge=0, le=200, description="Sentence at most (years)"),
    sort: SortParam = "name",
    page: int = Query(1, ge=1, description="Pages past the last one give the last one"),
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
) -> dict[str, Any]:
    """Public persons matching the filters, one page at a time."""
    query = PersonQuery(
        q=q, status=status, gender=gender, region=region,
        facility=facility, article=article, year=year,
        min_term=None if min_years is None else min_years * 12,
        max_term=None if max_years is None else max_years * 12, sort=sort,
        page=min(page, 10**9), per_page=per_page).clean()
    found = _site(request).reader.search(query)
    return {"total": found.total, "page": found.page, "pages": found.pages,
            "per_page": found.per_page, "items": [_summary(r) for r in found.rows]}


@router.get("/persons/{person_id}", response_model=PersonDetail,
            responses={404: {"description": "No public person with this id"}})
def get_person(request: Request, person_id: str) -> dict[str, Any]:
    """One public person: names in all scripts, timeline with sources, current facility."""
    person = _site(request).reader.person(person_id[:100])
    if person is None:
        raise HTTPException(404, "no public person with this id")
    events = [{**e, "facility": e["facility_name"]} for e in person["events"]]
    return {**_summary(person), "events": events,
            "days_in_custody": days_in_custody(person),
            "current_facility": person["facility"],
            "release_batches": [r["id"] for r in person["releases"]]}


@router.get("/stats", response_model=Stats)
def stats(request: Request) -> dict[str, Any]:
    """The home page figures, over everyone counted (anonymous people included)."""
    reader = _site(request).reader
    figures, meta = reader.figures(), reader.metadata()
    return {"imprisoned": figures["imprisoned"],
            "recognised_total": figures["recognised_total"],
            "released_this_year": figures["released_this_year"],
            "died_in_custody": figures["died_in_custody"], "as_of": meta["as_of"],
            "published_at": meta["published_at"]}


@router.get("/releases", response_model=list[ReleaseOut])
def releases(request: Request) -> list[dict[str, Any]]:
    """Release batches, newest first, with named members and how many remain unnamed."""
    return [{**r, "members": [{"id": m["id"], "name": m["primary_name"]} for m in r["members"]]}
            for r in _site(request).reader.releases()]


@router.get("/facilities", response_model=list[FacilityOut])
def facilities(request: Request) -> list[dict[str, Any]]:
    """Places of detention with postal addresses and the number held."""
    return _site(request).reader.facilities()
