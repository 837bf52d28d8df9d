"""HTML pages of the public site. Every page works without JavaScript; htmx only swaps the
results of the list in place."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from volia.publish.reader import PersonQuery
from volia.web.public import labels, svg
from volia.web.public.app import Site
from volia.web.public.export import FORMATS, export_response

router = APIRouter(include_in_schema=False)
FILTERS = ("q", "status", "gender", "region", "facility", "article", "year", "min_years",
           "max_years", "sort")


def _site(request: Request) -> Site:
    return request.app.state.site


def _int(params: Mapping[str, str], name: str) -> int | None:
    raw = params.get(name, "").strip()
    if not raw or len(raw) > 12:
        return None
    try:
        return int(raw)
    except ValueError:
        return None


def person_query(params: Mapping[str, str], per_page: int = 50) -> PersonQuery:
    """A list query from untrusted query parameters; what cannot be read is ignored."""
    min_years, max_years = _int(params, "min_years"), _int(params, "max_years")
    query = PersonQuery(
        q=params.get("q", ""), status=params.get("status") or None,
        gender=params.get("gender") or None, region=params.get("region") or None,
        facility=params.get("facility") or None, article=params.get("article") or None,
        year=_int(params, "year"),
        min_term=min_years * 12 if min_years is not None and 0 <= min_years <= 200 else None,
        max_term=max_years * 12 if max_years is not None and 0 <= max_years <= 200 else None,
        sort=params.get("sort") or "name", page=_int(params, "page") or 1,
        per_page=_int(params, "per_page") or per_page)
    return query.clean()


def days_in_custody(person: Mapping[str, Any], today: date | None = None) -> int | None:
    since = person.get("custody_since")
    if person.get("status") != "imprisoned" or not since:
        return None
    return max(((today or date.today()) - date.fromisoformat(since)).days, 0)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    site = _site(request)
    fmt = site.formatters[request.state.lang]
    chart = svg.line_chart(site.reader.series("imprisoned_monthly"),
                           fmt.gettext("Political prisoners at the start of each month"),
                           fmt.month, fmt.number)
    return site.render(request, "home.html", figures=site.reader.figures(), chart=chart,
                       releases=site.reader.releases()[:3])


@router.get("/persons", response_class=HTMLResponse)
def persons(request: Request) -> Response:
    site = _site(request)
    query = person_query(request.query_params)
    page = site.reader.search(query)
    reader = site.reader
    context: dict[str, Any] = dict(
        query=query, page=page, filters={k: request.query_params.get(k, "") for k in FILTERS},
        formats=FORMATS, download_query=_download_query(request))
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "results":
        return site.render(request, "_results.html", **context)
    return site.render(request, "persons.html", regions=reader.regions(),
                       facilities=sorted(reader.facilities(), key=lambda f: f["name"]),
                       articles=reader.articles(), years=reader.years(), **context)


def _download_query(request: Request) -> str:
    return urlencode([(k, v) for k, v in request.query_params.multi_items()
                      if k in FILTERS and v])


@router.get("/download/persons.{fmt}")
def download(request: Request, fmt: str) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(404)
    site = _site(request)
    rows = site.reader.export(person_query(request.query_params))
    return export_response(rows, fmt, str(request.base_url))


@router.get("/persons/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: str) -> Response:
    site = _site(request)
    found = site.reader.person(person_id[:100])
    if found is None:
        raise HTTPException(404)
    return site.render(request, "person.html", person=found, days=days_in_custody(found),
                       today=date.today())


@router.get("/releases", response_class=HTMLResponse)
def releases(request: Request) -> Response:
    site = _site(request)
    return site.render(request, "releases.html", releases=site.reader.releases())


@router.get("/facilities", response_class=HTMLResponse)
def facilities(request: Request) -> Response:
    site = _site(request)
    fmt = site.formatters[request.state.lang]
    rows = site.reader.facilities()

    def describe(f: Mapping[str, Any]) -> str:
        return f"{f['name']}: {fmt.number(f['held'])}"

    drawing = svg.facility_map(rows, fmt.gettext("Places of detention in Belarus"), describe)
    return site.render(request, "facilities.html", facilities=rows, drawing=drawing)


@router.get("/statistics", response_class=HTMLResponse)
def statistics(request: Request) -> Response:
    site = _site(request)
    fmt, reader = site.formatters[request.state.lang], site.reader
    gettext = fmt.gettext
    releases_monthly = reader.series("releases_monthly")
    charts = {
        "releases": svg.line_chart(releases_monthly, gettext("Releases per month"),
                                   fmt.month, fmt.number),
        "sentences": svg.bar_chart(reader.series("sentences"), gettext("Sentences"), fmt.number,
                                   lambda k: gettext(labels.SENTENCE.get(k, k))),
        "articles": svg.bar_chart(reader.series("articles"), gettext("Most used articles"),
                                  fmt.number, lambda k: gettext("Article %s") % k),
        "gender": svg.bar_chart(reader.series("gender"), gettext("Women and men"), fmt.number,
                                lambda k: gettext(labels.GENDER.get(k, k))),
    }
    return site.render(request, "statistics.html", charts=charts, figures=reader.figures(),
                       series={name: reader.series(name) for name in
                               ("sentences", "articles", "gender")})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The API reference, rendered on the server from the OpenAPI document (no CDN)."""
    spec = request.app.openapi()
    return _site(request).render(request, "api_docs.html", spec=spec)
