"""Duplicates (merge, unmerge), publishing, the audit log and staff accounts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select

from volia.services import merging
from volia.services import users as users_service
from volia.services.users import Role
from volia.store import audit
from volia.store.tables import audit_log, person_merges
from volia.web.staff.app import console, done
from volia.web.staff.auth import Staff, require
from volia.web.staff.integrations import diff, publish_service, summarise

router = APIRouter()
Editor = Annotated[Staff, Depends(require(Role.EDITOR))]
Admin = Annotated[Staff, Depends(require(Role.ADMIN))]
AUDIT_PAGE = 100


@router.get("/staff/duplicates", response_class=HTMLResponse)
def duplicates(request: Request, staff: Editor, min_score: float = 0.85) -> Response:
    cons = console(request)
    min_score = min(max(min_score, 0.5), 1.0)
    pairs = merging.probable_duplicates(cons.db, min_score=min_score, limit=100)
    with cons.db.read() as conn:
        latest: dict[str, Any] = {}
        for row in conn.execute(select(person_merges).order_by(person_merges.c.seq)):
            latest[row.absorbed_id] = row
    merged = [r for r in latest.values() if r.action == "merge"]
    return cons.render(request, "duplicates.html", pairs=pairs, merged=merged,
                       min_score=min_score)


@router.post("/staff/merge")
def merge(request: Request, staff: Editor, absorbed: str = Form(...), into: str = Form(...),
          reason: str = Form(...)) -> Response:
    result = merging.merge(console(request).db, absorbed.strip(), into.strip(), reason=reason,
                           actor=staff.user.actor)
    return done("/staff/duplicates", f"Merged {result.absorbed} into {result.into}")


@router.post("/staff/unmerge")
def unmerge(request: Request, staff: Editor, absorbed: str = Form(...),
            reason: str = Form(...)) -> Response:
    result = merging.unmerge(console(request).db, absorbed.strip(), reason=reason,
                             actor=staff.user.actor)
    return done("/staff/duplicates", f"Unmerged {result.absorbed}")


@router.get("/staff/publish", response_class=HTMLResponse)
def publish_page(request: Request, staff: Admin) -> Response:
    cons = console(request)
    current = summarise(cons.snapshot_path) if cons.snapshot_path else None
    return cons.render(request, "publish.html", available=publish_service() is not None,
                       path=cons.snapshot_path, current=current,
                       last=getattr(request.app.state, "last_publish", None))


@router.post("/staff/publish")
def publish(request: Request, staff: Admin) -> Response:
    cons = console(request)
    service = publish_service()
    if service is None or cons.snapshot_path is None:
        raise HTTPException(503, "Publishing is not available here yet (no publish service "
                                 "or no snapshot path).")
    before = summarise(cons.snapshot_path)
    service(cons.db, out=cons.snapshot_path, actor=staff.user.actor)
    after = summarise(cons.snapshot_path)
    request.app.state.last_publish = {"at": datetime.now(), "by": staff.user.name,
                                      "diff": diff(before, after)}
    return done("/staff/publish", "Snapshot published")


@router.get("/staff/audit", response_class=HTMLResponse)
def audit_page(request: Request, staff: Admin, action: str = "", actor: str = "",
               entity_id: str = "", since: str = "", page: int = 1,
               verify: bool = False) -> Response:
    cons = console(request)
    page = max(1, min(page, 1_000_000))
    query = select(audit_log)
    problems: list[str] = []
    if action.strip():
        # "person" finds person.add, person.merge...: filter by prefix as well as exactly.
        query = query.where(audit_log.c.action.startswith(action.strip(), autoescape=True))
    if actor.strip():
        query = query.where(audit_log.c.actor == actor.strip())
    if entity_id.strip():
        query = query.where(audit_log.c.entity_id == entity_id.strip())
    if since.strip():
        try:
            query = query.where(audit_log.c.at >= datetime.fromisoformat(since.strip()))
        except ValueError:
            problems.append(f"'since' {since!r} is not an ISO date")
    with cons.db.read() as conn:
        total = int(conn.execute(select(func.count()).select_from(query.subquery())).scalar()
                    or 0)
        rows = conn.execute(query.order_by(audit_log.c.seq.desc()).limit(AUDIT_PAGE)
                            .offset((page - 1) * AUDIT_PAGE)).all()
        actions = conn.execute(select(audit_log.c.action).distinct()
                               .order_by(audit_log.c.action)).scalars().all()
        chain = audit.verify_chain(conn) if verify else None
    return cons.render(request, "audit.html", rows=rows, total=total, page=page,
                       pages=max(1, -(-total // AUDIT_PAGE)), actions=actions,
                       filters={"action": action, "actor": actor, "entity_id": entity_id,
                                "since": since}, problems=problems, chain=chain)


@router.get("/staff/users", response_class=HTMLResponse)
def users_page(request: Request, staff: Admin) -> Response:
    cons = console(request)
    return cons.render(request, "users.html", users=users_service.list_users(cons.db),
                       roles=list(Role))


@router.post("/staff/users")
def user_add(request: Request, staff: Admin, name: str = Form(...), role: Role = Form(...),
             password: str = Form(...)) -> Response:
    users_service.add_user(console(request).db, name.strip(), role, password,
                           actor=staff.user.actor)
    return done("/staff/users", f"User {name.strip()} added")


@router.post("/staff/users/{name}")
def user_change(request: Request, name: str, staff: Admin, role: str = Form(""),
                active: str = Form(""), password: str = Form(""),
                reason: str = Form("")) -> Response:
    if name == staff.user.name and (active == "no" or (role and role != "admin")):
        raise ValueError("you cannot disable or demote yourself; ask another admin")
    try:
        users_service.change_user(
            console(request).db, name, actor=staff.user.actor, reason=reason or None,
            role=Role(role) if role else None, password=password or None,
            active={"yes": True, "no": False}.get(active))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    return done("/staff/users", f"User {name} changed")
