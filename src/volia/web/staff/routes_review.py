"""The review queue: claims proposed by extraction, accepted, edited or rejected by a person.

The queue itself belongs to the extraction work (``volia.services.review``); this module only
shows it and passes decisions on, through :mod:`volia.web.staff.integrations`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from volia.domain.model import EventType
from volia.services.users import Role
from volia.web.staff.app import console, done
from volia.web.staff.auth import Staff, require
from volia.web.staff.integrations import ReviewQueue, review_service

router = APIRouter()
Reviewer = Annotated[Staff, Depends(require(Role.REVIEWER))]


def _queue() -> ReviewQueue:
    queue = review_service()
    if queue is None:
        raise HTTPException(503, "There is no review queue yet: claims cannot be decided.")
    return queue


@router.get("/staff/review", response_class=HTMLResponse)
def review_page(request: Request, staff: Reviewer) -> Response:
    cons = console(request)
    queue = review_service()
    claims = queue.pending(cons.db, limit=50) if queue is not None else []
    return cons.render(request, "review.html", available=queue is not None, claims=claims,
                       event_types=list(EventType), new_person=NEW_PERSON)


NEW_PERSON = "__new__"  # the radio choice "create a new person from the claim's name"


@router.post("/staff/review/{claim_id}/accept")
def accept(request: Request, claim_id: str, staff: Reviewer,
           person_id: str = Form("")) -> Response:
    person = person_id.strip()
    _queue().accept(console(request).db, claim_id, staff.user.actor,
                    None if person in ("", NEW_PERSON) else person,
                    new_person=person == NEW_PERSON)
    return done("/staff/review", "Claim accepted")


@router.post("/staff/review/{claim_id}/reject")
def reject(request: Request, claim_id: str, staff: Reviewer,
           reason: str = Form(...)) -> Response:
    if not reason.strip():
        raise ValueError("a rejection needs a reason")
    _queue().reject(console(request).db, claim_id, staff.user.actor, reason.strip())
    return done("/staff/review", "Claim rejected")


@router.post("/staff/review/{claim_id}/edit")
def edit(request: Request, claim_id: str, staff: Reviewer, type: str = Form(""),
         date: str = Form(""), person_id: str = Form(""), term_months: str = Form(""),
         destination: str = Form("")) -> Response:
    """Accept with corrected fields (the service records the decision as ``edited``)."""
    term = term_months.strip()
    if term and not term.isdigit():
        raise ValueError(f"term: {term!r} is not a whole number of months")
    person = person_id.strip()
    _queue().edit(console(request).db, claim_id, staff.user.actor, type=type.strip() or None,
                  date=date.strip() or None,
                  person_id=None if person in ("", NEW_PERSON) else person,
                  term_months=int(term) if term else None,
                  destination_country=destination.strip().upper() or None,
                  new_person=person == NEW_PERSON)
    return done("/staff/review", "Claim accepted with edits")
