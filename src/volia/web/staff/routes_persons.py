"""Dashboard, persons (list, search, editor), events (entry, correction, retraction), history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from volia.domain.dates import PartialDate
from volia.domain.model import (
    Citation,
    EventDetails,
    EventType,
    Gender,
    Name,
    NameKind,
    ReleaseReason,
    SourceKind,
    Verification,
    Visibility,
)
from volia.services import history as history_service
from volia.services import person_edit, registry
from volia.services import persons as persons_service
from volia.services.users import Role
from volia.store import ledger
from volia.web.staff.app import console, done
from volia.web.staff.auth import Staff, require
from volia.web.staff.integrations import review_service, summarise

router = APIRouter()
Viewer = Annotated[Staff, Depends(require(Role.VIEWER))]
Editor = Annotated[Staff, Depends(require(Role.EDITOR))]
PAGE = 50


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _int(value: str | None, field: str) -> int | None:
    value = _opt(value)
    if value is None:
        return None
    if not value.isdigit() or len(value) > 6:
        raise ValueError(f"{field}: {value!r} is not a whole number")
    return int(value)


@router.get("/staff", response_class=HTMLResponse)
def dashboard(request: Request, staff: Viewer) -> Response:
    cons = console(request)
    queue = review_service()
    pending = None
    if queue is not None and staff.can("reviewer"):
        pending = queue.count(cons.db)
    snapshot = summarise(cons.snapshot_path) if cons.snapshot_path else None
    return cons.render(request, "dashboard.html", figures=person_edit.overview(cons.db),
                       pending=pending, snapshot=snapshot)


@router.get("/staff/persons", response_class=HTMLResponse)
def person_list(request: Request, staff: Viewer, q: str = "", page: int = 1) -> Response:
    cons = console(request)
    q, page = q.strip()[:200], max(1, min(page, 100_000))
    if q:
        matches = persons_service.find(cons.db, q, limit=PAGE)
        return cons.render(request, "persons.html", q=q, matches=matches, rows=None,
                           total=len(matches), page=1, pages=1)
    total, views = persons_service.list_persons(cons.db, limit=PAGE, offset=(page - 1) * PAGE)
    return cons.render(request, "persons.html", q=q, matches=None, rows=views, total=total,
                       page=page, pages=max(1, -(-total // PAGE)))


@router.post("/staff/persons")
def person_create(request: Request, staff: Editor, name: str = Form(...),
                  native: str = Form(""), native_lang: str = Form(""),
                  gender: Gender = Form(Gender.UNKNOWN), birth_date: str = Form(""),
                  visibility: Visibility = Form(Visibility.PUBLIC)) -> Response:
    if not name.strip():
        raise ValueError("a person needs a name")
    person = registry.add_person(
        console(request).db, name.strip(), staff.user.actor, native=_opt(native),
        native_lang=_opt(native_lang), gender=gender,
        birth_date=PartialDate.parse(birth_date), visibility=visibility)
    return done(f"/staff/persons/{person.id}", "Person added")


@router.get("/staff/persons/{ref}", response_class=HTMLResponse)
def person_page(request: Request, ref: str, staff: Viewer, source_q: str = "") -> Response:
    cons = console(request)
    view = persons_service.show(cons.db, ref)
    with cons.db.read() as conn:
        canonical = ledger.canonical_id(conn, view.person.id)
        sources = {c.source_id: ledger.load_source(conn, c.source_id)
                   for e in view.events for c in e.citations}
    choices = person_edit.find_sources(cons.db, source_q) if staff.can("editor") else []
    return cons.render(request, "person.html", view=view, p=view.person, sources=sources,
                       canonical=canonical, source_choices=choices, source_q=source_q,
                       event_types=list(EventType), genders=list(Gender),
                       visibilities=list(Visibility), verifications=list(Verification),
                       name_kinds=list(NameKind), reasons=list(ReleaseReason),
                       source_kinds=list(SourceKind))


@router.post("/staff/persons/{ref}/names")
def name_add(request: Request, ref: str, staff: Editor, text: str = Form(...),
             lang: str = Form(""), kind: NameKind = Form(NameKind.ALIAS),
             visibility: Visibility = Form(Visibility.PUBLIC)) -> Response:
    if not text.strip():
        raise ValueError("the name is empty")
    name = Name(text.strip(), registry.detect_script(text), _opt(lang), kind, visibility)
    registry.add_name(console(request).db, ref, name, staff.user.actor)
    return done(f"/staff/persons/{ref}", "Name added")


@router.post("/staff/persons/{ref}/details")
def details_revise(request: Request, ref: str, staff: Editor, reason: str = Form(...),
                   gender: Gender = Form(...), birth_date: str = Form(""),
                   visibility: Visibility = Form(...), citizenship: str = Form(""),
                   occupations: str = Form("")) -> Response:
    changed = person_edit.revise_person(
        console(request).db, ref, reason=reason, actor=staff.user.actor, gender=gender,
        birth_date=PartialDate.parse(birth_date), visibility=visibility,
        citizenship=[c.strip().upper() for c in citizenship.split(",") if c.strip()],
        occupations=[o.strip() for o in occupations.split(",") if o.strip()])
    return done(f"/staff/persons/{ref}",
                f"Changed: {', '.join(changed)}" if changed else "Nothing changed")


@router.post("/staff/persons/{ref}/events")
def event_add(
    request: Request, ref: str, staff: Editor, type: EventType = Form(...),
    date: str = Form(""), term_months: str = Form(""), facility: str = Form(""),
    destination: str = Form(""), release_reason: str = Form(""), articles: str = Form(""),
    recognized_by: str = Form(""), visibility: Visibility = Form(Visibility.PUBLIC),
    verification: Verification = Form(Verification.REPORTED), note: str = Form(""),
    source_id: str = Form(""), source_url: str = Form(""), source_title: str = Form(""),
    source_publisher: str = Form(""), source_published: str = Form(""),
    source_kind: SourceKind = Form(SourceKind.NEWS), source_text: str = Form(""),
    quote: str = Form(""),
) -> Response:
    db = console(request).db
    details = EventDetails(
        term_months=_int(term_months, "term"), facility=_opt(facility),
        destination_country=(_opt(destination) or "").upper() or None,
        reason=ReleaseReason(release_reason) if _opt(release_reason) else None,
        articles=tuple(a.strip() for a in articles.split(",") if a.strip()),
        recognized_by=_opt(recognized_by))
    when = PartialDate.parse(date)
    with db.write(staff.user.actor) as unit:
        pid = ledger.resolve_person_ref(unit.conn, ref)
        sid = _opt(source_id)
        if sid:
            ledger.load_source(unit.conn, sid)  # an unknown id is a 404, not a dangling cite
        elif _opt(source_url) or _opt(source_title) or _opt(source_text):
            sid = registry.store_source(
                unit, url=_opt(source_url), title=_opt(source_title),
                text=_opt(source_text), kind=source_kind, publisher=_opt(source_publisher),
                published=PartialDate.parse(source_published))
        citations = [Citation(sid, _opt(quote))] if sid else []
        registry.record_event(unit, type=type, person_id=pid, date=when, details=details,
                              citations=citations, visibility=visibility,
                              verification=verification, note=_opt(note))
    return done(f"/staff/persons/{ref}", f"Event {type} recorded")


@router.post("/staff/events/{event_id}/correct")
def event_correct(request: Request, event_id: str, staff: Editor, reason: str = Form(...),
                  date: str = Form(""), term_months: str = Form(""), facility: str = Form(""),
                  destination: str = Form(""),
                  verification: str = Form(""), visibility: str = Form("")) -> Response:
    db = console(request).db
    if not reason.strip():
        raise ValueError("a correction needs a reason")
    old = registry.current_record(db, event_id)
    changes: dict[str, object] = {}
    if _opt(date) is not None and PartialDate.parse(date) != old.date:
        changes["date"] = PartialDate.parse(date)
    detail_changes = {k: v for k, v in (
        ("term_months", _int(term_months, "term")), ("facility", _opt(facility)),
        ("destination_country", (_opt(destination) or "").upper() or None))
        if v is not None and v != getattr(old.details, k)}
    if detail_changes:
        changes["details"] = EventDetails(**{**old.details.__dict__, **detail_changes})
    if _opt(verification) and verification != str(old.verification):
        changes["verification"] = Verification(verification)
    if _opt(visibility) and visibility != str(old.visibility):
        changes["visibility"] = Visibility(visibility)
    if not changes:
        raise ValueError("nothing to correct: change at least one field")
    registry.correct_event(db, event_id, reason=reason, actor=staff.user.actor, **changes)
    return done(_person_url(old.person_id), "Correction recorded")


@router.post("/staff/events/{event_id}/retract")
def event_retract(request: Request, event_id: str, staff: Editor,
                  reason: str = Form(...)) -> Response:
    if not reason.strip():
        raise ValueError("a retraction needs a reason")
    record = registry.retract_event(console(request).db, event_id, reason=reason,
                                    actor=staff.user.actor)
    return done(_person_url(record.person_id), "Event retracted")


def _person_url(person_id: str | None) -> str:
    return f"/staff/persons/{person_id}" if person_id else "/staff/persons"


@router.get("/staff/persons/{ref}/history", response_class=HTMLResponse)
def person_history(request: Request, ref: str, staff: Viewer) -> Response:
    cons = console(request)
    pid, entries = history_service.history(cons.db, ref)
    view = persons_service.show(cons.db, pid)
    return cons.render(request, "history.html", p=view.person, entries=entries)
