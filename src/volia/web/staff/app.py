"""The staff console: ``create_staff_app(db, snapshot_path=...)``.

Server-rendered pages over the private store. Every page works without JavaScript; htmx and
``staff.js`` (keyboard shortcuts) only make it quicker. ``volia serve`` mounts the public app
beside it at ``/``; the console keeps to ``/login``, ``/logout`` and ``/staff/...``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from volia.services import users as users_service
from volia.store.ledger import Ambiguous, NotFound
from volia.store.unit import Database
from volia.web.staff import auth
from volia.web.staff.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, LoginRequired, LoginThrottle

HERE = Path(__file__).parent
PUBLIC_HTMX = HERE.parent / "public" / "static" / "htmx.min.js"
HEADERS = {
    # No inline script or style anywhere in the console, so the policy can forbid both.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",  # private data must not stay in shared or browser caches
}


class Console:
    """What the routes share: the database, templates, login throttle and snapshot path."""

    def __init__(self, db: Database, snapshot_path: Path | None,
                 throttle: LoginThrottle | None) -> None:
        self.db = db
        self.snapshot_path = snapshot_path
        self.throttle = throttle or LoginThrottle()
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(default=True,
                                                            default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)

    def render(self, request: Request, template: str, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        staff = auth.current(request)
        context.update(request=request, staff=staff, csrf=staff.csrf if staff else "",
                       flash=request.query_params.get("done", "")[:200],
                       htmx=PUBLIC_HTMX.exists())
        html = self.env.get_template(template).render(context)
        return HTMLResponse(html, status_code=status_code)


def console(request: Request) -> Console:
    found: Console = request.app.state.console
    return found


def done(url: str, message: str) -> RedirectResponse:
    """Post/redirect/get: a form's result is shown by the page it leads to."""
    sep = "&" if "?" in url else "?"
    return RedirectResponse(f"{url}{sep}done={quote(message)}", status_code=303)


def _safe_next(value: str | None) -> str:
    # Only our own pages: "//evil.example" or "https://..." would be an open redirect.
    if value and value.startswith("/staff") and not value.startswith("//"):
        return value
    return "/staff"


def create_staff_app(db: Database, *, snapshot_path: str | Path | None = None,
                     throttle: LoginThrottle | None = None) -> FastAPI:
    from volia.web.staff import routes_admin, routes_persons, routes_review

    app = FastAPI(title="Volia staff console", docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.db = db
    app.state.console = Console(db, Path(snapshot_path) if snapshot_path else None, throttle)
    app.mount("/staff/static", StaticFiles(directory=HERE / "static"), name="staff-static")
    app.include_router(routes_persons.router)
    app.include_router(routes_review.router)
    app.include_router(routes_admin.router)
    _auth_routes(app)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        path = request.url.path
        if path.startswith(("/staff", "/login", "/logout")):
            for key, value in HEADERS.items():
                response.headers.setdefault(key, value)
            if path.startswith("/staff/static/"):
                response.headers["Cache-Control"] = "private, max-age=3600"
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path if request.method == "GET" else "/staff"
        return RedirectResponse(f"/login?next={quote(target)}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return console(request).render(request, "error.html", status_code=exc.status_code,
                                       status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_form(request: Request, exc: RequestValidationError) -> Response:
        fields = sorted({str(e.get("loc", ("", ""))[-1]) for e in exc.errors()})
        return console(request).render(request, "error.html", status_code=400, status=400,
                                       message="Missing or malformed: " + ", ".join(fields))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return console(request).render(request, "error.html", status_code=404, status=404,
                                       message=str(exc))

    @app.exception_handler(ValueError)
    async def refused(request: Request, exc: ValueError) -> Response:
        # The services raise ValueError (and DateError) for input a person can fix.
        return console(request).render(request, "error.html", status_code=400, status=400,
                                       message=str(exc))

    @app.exception_handler(Ambiguous)
    async def ambiguous(request: Request, exc: Ambiguous) -> Response:
        return console(request).render(request, "error.html", status_code=409, status=409,
                                       message=str(exc))

    return app


def _auth_routes(app: FastAPI) -> None:
    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str | None = None) -> Response:
        if auth.current(request) is not None:
            return RedirectResponse(_safe_next(next), status_code=303)
        return _login_form(request, next)

    @app.post("/login")
    def login(request: Request, name: str = Form(""), password: str = Form(""),
              csrf: str = Form(""), next: str = Form("")) -> Response:
        cons = console(request)
        if not users_service.tokens_match(request.cookies.get(LOGIN_CSRF_COOKIE, ""), csrf):
            return _login_form(request, next, "The form expired: please try again.", 403)
        ip, name = auth.client_ip(request), name.strip()[:100]
        wait = cons.throttle.retry_after(ip, name)
        if wait:
            users_service.record_login(cons.db, name, False, ip=ip, why="throttled")
            response = _login_form(request, next, f"Too many failed attempts. Try again in "
                                                  f"{wait} seconds.", 429)
            response.headers["Retry-After"] = str(wait)
            return response
        user = users_service.authenticate(cons.db, name, password)
        users_service.record_login(cons.db, name, user is not None, ip=ip)
        if user is None:
            cons.throttle.failed(ip, name)
            return _login_form(request, next, "Wrong name or password.", 401)
        cons.throttle.succeeded(ip, name)
        session = users_service.start_session(cons.db, user, ip=ip)
        redirect = RedirectResponse(_safe_next(next), status_code=303)
        redirect.set_cookie(SESSION_COOKIE, session.token, httponly=True, samesite="strict",
                            secure=auth.is_https(request), path="/",
                            max_age=int(users_service.SESSION_LIFETIME.total_seconds()))
        redirect.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
        return redirect

    @app.get("/logout", response_class=HTMLResponse)
    def logout_page(request: Request) -> Response:
        # Logging out changes state, so it is a POST; this page only offers the button.
        if auth.current(request) is None:
            return RedirectResponse("/login", status_code=303)
        return console(request).render(request, "logout.html")

    @app.post("/logout")
    def logout(request: Request, csrf: str = Form("")) -> Response:
        staff = auth.current(request)
        if staff is None:
            return RedirectResponse("/login", status_code=303)
        if not users_service.tokens_match(staff.csrf, csrf):
            raise HTTPException(403, "The form token is missing or stale.")
        users_service.end_session(console(request).db, staff.session.token)
        users_service.audit_logout(console(request).db, staff.user)
        response = RedirectResponse("/login?out=1", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.get("/staff/static/htmx.min.js", include_in_schema=False)
    def htmx() -> Response:
        # The public site vendors htmx; the console serves that same file.
        if not PUBLIC_HTMX.exists():
            raise HTTPException(404)
        return FileResponse(PUBLIC_HTMX, media_type="text/javascript")


def _login_form(request: Request, next: str | None, error: str = "",
                status_code: int = 200) -> HTMLResponse:
    token = auth.new_login_csrf()
    response = console(request).render(
        request, "login.html", status_code=status_code, login_csrf=token, error=error,
        next=_safe_next(next), logged_out=request.query_params.get("out") == "1")
    # The login form has no session yet: its token is bound to this cookie instead
    # (double submit), which a cross-site page can neither read nor set.
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=auth.is_https(request), path="/login", max_age=3600)
    return response
