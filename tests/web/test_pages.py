"""The public pages: content, languages, caching, bad input."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from volia.publish.view import PublicView

HOSTILE = '<script>alert("pwned")</script>'


def _text(html: str) -> str:
    return re.sub(r"<svg.*?</svg>", "", html, flags=re.S)


def test_home_shows_figures_and_chart(client: TestClient, view: PublicView) -> None:
    r = client.get("/?lang=en")
    assert r.status_code == 200
    f = view.figures
    assert f'id="count-today">{f.imprisoned:,}<' in r.text
    assert "recognised in total" in r.text and "died in custody" in r.text
    assert '<svg class="chart"' in r.text and "<polyline" in r.text
    assert "2020" in r.text and "Last update:" in r.text


def test_list_search_in_both_scripts(client: TestClient) -> None:
    for q in ("kalesnikava", "Калеснікава"):
        r = client.get("/persons", params={"q": q})
        assert r.status_code == 200
        assert "Alena Kalesnikava" in r.text, q


def test_list_filters_and_pagination(client: TestClient, view: PublicView) -> None:
    r = client.get("/persons", params={"status": "imprisoned", "per_page": "10"})
    expected = sum(p.status == "imprisoned" for p in view.persons)
    assert f'<span id="total">{expected}</span>' in r.text
    assert "Page 1 of" in r.text and 'rel="next"' in r.text
    assert r.text.count('<tr><td><a href="/persons/') == 10
    r = client.get("/persons", params={"article": "342", "min_years": "5"})
    total = int(re.search(r'id="total">([\d,]+)<', r.text).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert total == sum("342" in p.articles and (p.term_months or 0) >= 60
                        for p in view.persons)


def test_htmx_gets_only_the_results(client: TestClient) -> None:
    r = client.get("/persons?q=kal", headers={"HX-Request": "true", "HX-Target": "results"})
    assert r.status_code == 200
    assert "<html" not in r.text and 'id="total"' in r.text


def test_person_page(client: TestClient, view: PublicView) -> None:
    person = next(p for p in view.persons if p.status == "imprisoned" and p.facility_id
                  and p.term_months)
    r = client.get(f"/persons/{person.id}")
    assert r.status_code == 200
    for name in person.names:
        assert name.text in r.text
    assert "Days in custody" in r.text and "Expected end of sentence" in r.text
    assert "fictional address" in r.text  # the postal address for letters
    assert "example.org/reports" in r.text and "<blockquote>" in r.text
    vague = next(p for p in view.persons
                 if any(e.date.precision == "month" for e in p.events))
    assert "(month known)" in client.get(f"/persons/{vague.id}").text


def test_script_injection_is_escaped(client: TestClient, view: PublicView) -> None:
    hostile = view.persons[1]
    for url in (f"/persons/{hostile.id}", "/persons?q=hostile", "/persons?q=" + HOSTILE):
        r = client.get(url)
        assert r.status_code == 200
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert "<b>bold</b>" not in r.text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in client.get(
        f"/persons/{hostile.id}").text


def test_other_pages(client: TestClient, view: PublicView) -> None:
    r = client.get("/releases")
    assert r.status_code == 200
    assert all(b.id in r.text for b in view.releases)
    assert "Lithuania" in r.text and "not named yet:" in r.text
    r = client.get("/facilities")
    assert '<svg class="map"' in r.text and 'class="country"' in r.text
    assert r.text.count('<circle class="site"') == sum(
        1 for f in view.facilities if f.latitude is not None)
    r = client.get("/statistics")
    assert r.text.count("<svg") == 4 and "Article 342" in r.text
    r = client.get("/docs")
    assert "/api/v1/persons" in r.text and "cdn" not in r.text.lower()


def test_languages(client: TestClient) -> None:
    be = client.get("/?lang=be")
    assert "Палітвязні ў Беларусі" in be.text and 'lang="be"' in be.text
    assert be.cookies.get("lang") == "be"
    assert "Спіс людзей" in client.get("/persons").text  # the cookie keeps the choice
    ru = client.get("/statistics?lang=ru")
    assert "Статистика" in ru.text and "Статистика" in _text(ru.text)
    fresh = TestClient(client.app)
    assert "Политзаключённые" in fresh.get("/", headers={"Accept-Language": "ru"}).text
    assert "Political prisoners" in fresh.get("/?lang=xx").text


def test_not_found_and_bad_input_never_500(client: TestClient) -> None:
    assert client.get("/persons/does-not-exist").status_code == 404
    assert "Page not found" in client.get("/nowhere").text
    assert client.get("/download/persons.exe").status_code == 404
    for query in ("page=99999999999999999999999999", "page=-5", "page=abc", "year=abc",
                  "min_years=1e9", "status=%00", "sort=;drop", "per_page=0", "q=" + "x" * 5000,
                  "facility=%ff%fe", "gender[]=1", "article=%27%22"):
        r = client.get("/persons?" + query)
        assert r.status_code == 200, query
    r = client.get("/persons?page=99999999999")
    assert "Page" in r.text


def test_cache_headers_and_etag(client: TestClient) -> None:
    r = client.get("/")
    assert r.headers["cache-control"].startswith("public")
    assert r.headers["etag"] and r.headers["last-modified"].endswith("GMT")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    again = client.get("/", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/?lang=be", headers={"If-None-Match": r.headers["etag"]})
    assert other.status_code == 200


def test_no_javascript_in_templates() -> None:
    from pathlib import Path

    import volia.web.public as pkg

    for template in (Path(pkg.__file__).parent / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert re.search(r"<script(?![^>]*\bsrc=)", text) is None, template.name
        assert re.search(r"\son[a-z]+=", text) is None, template.name
        assert "style=" not in text, template.name
