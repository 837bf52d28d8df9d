"""The public site and API: ``create_public_app(snapshot_path)``.

Its only data is the publication snapshot at ``snapshot_path``, opened read-only; it has no way to
reach the private store. ``volia serve`` mounts this app at ``/`` (and may add the staff console
beside it); tests and benchmarks create it directly.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from volia.publish.reader import SnapshotMissing, SnapshotReader
from volia.web.public import labels
from volia.web.public.i18n import LANGUAGES, Formatter, choose

HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
PAGE_MAX_AGE = 60
STATIC_MAX_AGE = 86400


class Site:
    """What the routes share: the snapshot reader and the template environment."""

    def __init__(self, reader: SnapshotReader) -> None:
        self.reader = reader
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(languages=LANGUAGES, labels=labels)
        self.formatters = {lang: Formatter(lang) for lang in LANGUAGES}

    def render(self, request: Request, template: str, status_code: int = 200,
               **context: Any) -> HTMLResponse:
        lang: str = getattr(request.state, "lang", "en")
        fmt = self.formatters[lang]
        context.update(request=request, lang=lang, fmt=fmt, _=fmt.gettext,
                       lang_url=lambda code: relative_url(request, lang=code),
                       page_url=lambda n: relative_url(request, page=n))
        if "meta" not in context:
            try:
                context["meta"] = self.reader.metadata()
            except SnapshotMissing:
                context["meta"] = {}
        html = self.env.get_template(template).render(context)
        return HTMLResponse(html, status_code=status_code)


def relative_url(request: Request, **params: Any) -> str:
    """This page's path and query with ``params`` changed, without scheme or host: a page
    must not carry the request's Host header (forged, it would poison the response cache)."""
    url = request.url.include_query_params(**params)
    return f"{url.path}?{url.query}" if url.query else url.path


def _etag(request: Request, snapshot_id: str, lang: str) -> str:
    # The Host is part of the key too: downloads write absolute links built from it.
    key = "\n".join((snapshot_id, date.today().isoformat(), request.headers.get("host", ""),
                     request.url.path,
                     request.url.query, lang,
                     request.headers.get("hx-request", ""), request.headers.get("hx-target", "")))
    return 'W/"' + hashlib.blake2b(key.encode(), digest_size=12).hexdigest() + '"'


def _http_date(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return format_datetime(when.astimezone(UTC), usegmt=True)


def create_public_app(snapshot_path: str | os.PathLike[str]) -> FastAPI:
    """The public site, its JSON API (``/api/v1``) and its docs, reading one snapshot file."""
    from volia.web.public import api, pages  # the routes import Site from here

    site = Site(SnapshotReader(snapshot_path))
    cache = ResponseCache()
    app = FastAPI(title="Volia public API", version="1.0",
                  description="Public data of the registry, read from the publication snapshot. "
                              "Everything here is public; nothing else is reachable.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.site = site
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def language_cache_and_headers(request: Request, call_next: Any) -> Response:
        query_lang = request.query_params.get("lang")
        lang = choose(query_lang, request.cookies.get("lang"),
                      request.headers.get("accept-language"))
        request.state.lang = lang
        path = request.url.path
        static = path.startswith("/static/")
        tag = modified = None
        if request.method in ("GET", "HEAD") and not static:
            try:
                meta = site.reader.metadata()
            except SnapshotMissing:
                meta = {}
            if meta:
                tag = _etag(request, meta.get("snapshot_id", ""), lang)
                modified = _http_date(meta.get("published_at"))
                if tag in request.headers.get("if-none-match", ""):
                    response: Response = Response(status_code=304)
                    _finish(response, tag, modified, static=False)
                    response.headers.update(SECURITY_HEADERS)
                    return response
                hit = cache.get(tag)
                if hit is not None:
                    return Response(hit[0], status_code=200, headers=hit[1])
        response = await call_next(request)
        if response.status_code == 200:
            _finish(response, tag, modified, static=static)
            if tag and request.method == "GET" and not path.startswith("/download/"):
                response = await cache.keep(tag, response, query_lang == lang)
        else:
            response.headers["Cache-Control"] = "no-store"
        response.headers.update(SECURITY_HEADERS)
        if query_lang == lang and request.cookies.get("lang") != lang:
            response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax",
                                httponly=True)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return _error_page(site, request, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
                    for e in exc.errors()][:20]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        return _error_page(site, request, 400)

    @app.exception_handler(SnapshotMissing)
    async def no_snapshot(request: Request, exc: SnapshotMissing) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "no snapshot published yet"}, status_code=503)
        return _error_page(site, request, 503)

    return app


class ResponseCache:
    """Rendered pages by ETag. A snapshot never changes, so a page is the same until the next
    snapshot (a new ``snapshot_id``, hence new tags) or the next day (days in custody)."""

    def __init__(self, entries: int = 512, largest: int = 512 * 1024) -> None:
        self.entries, self.largest = entries, largest
        self._items: OrderedDict[str, tuple[bytes, dict[str, str]]] = OrderedDict()

    def get(self, tag: str) -> tuple[bytes, dict[str, str]] | None:
        found = self._items.get(tag)
        if found is not None:
            self._items.move_to_end(tag)
        return found

    async def keep(self, tag: str, response: Response, sets_cookie: bool) -> Response:
        chunks = [chunk async for chunk in response.body_iterator]  # type: ignore[attr-defined]
        body = b"".join(c if isinstance(c, bytes) else c.encode() for c in chunks)
        headers = dict(response.headers)
        headers.pop("content-length", None)
        if len(body) <= self.largest and not sets_cookie:
            self._items[tag] = (body, {**headers, **SECURITY_HEADERS})
            while len(self._items) > self.entries:
                self._items.popitem(last=False)
        return Response(body, status_code=response.status_code, headers=headers)


def _finish(response: Response, tag: str | None, modified: str | None, static: bool) -> None:
    if static:
        response.headers["Cache-Control"] = f"public, max-age={STATIC_MAX_AGE}"
        return
    response.headers["Cache-Control"] = f"public, max-age={PAGE_MAX_AGE}"
    response.headers["Vary"] = "Accept-Language, Cookie, HX-Request, HX-Target"
    if tag:
        response.headers["ETag"] = tag
    if modified:
        response.headers["Last-Modified"] = modified


def _error_page(site: Site, request: Request, status: int) -> Response:
    return site.render(request, "error.html", status_code=status, status=status)
