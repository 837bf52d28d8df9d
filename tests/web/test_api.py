"""The JSON API under /api/v1."""

from __future__ import annotations

from fastapi.testclient import TestClient

from volia.publish.view import PublicView


def test_persons_search_and_filters(client: TestClient, view: PublicView) -> None:
    r = client.get("/api/v1/persons", params={"q": "Калеснікава"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 1 and body["items"][0]["name"] == "Alena Kalesnikava"
    r = client.get("/api/v1/persons", params={"status": "imprisoned", "gender": "female",
                                              "per_page": 5, "page": 2})
    body = r.json()
    assert body["total"] == sum(p.status == "imprisoned" and p.gender == "female"
                                for p in view.persons)
    assert body["page"] == 2 and len(body["items"]) <= 5
    assert all(i["status"] == "imprisoned" and i["gender"] == "female" for i in body["items"])


def test_huge_page_gives_last_page(client: TestClient) -> None:
    body = client.get("/api/v1/persons", params={"page": 10**40, "per_page": 50}).json()
    assert body["page"] == body["pages"] and body["items"]


def test_bad_parameters_are_422(client: TestClient) -> None:
    for params in ({"page": "abc"}, {"status": "jailed"}, {"per_page": 100000},
                   {"year": "1066"}, {"sort": "evil"}):
        r = client.get("/api/v1/persons", params=params)
        assert r.status_code == 422, params
        assert "detail" in r.json()


def test_person_detail(client: TestClient, view: PublicView) -> None:
    person = view.persons[0]
    body = client.get(f"/api/v1/persons/{person.id}").json()
    assert {n["text"] for n in body["names"]} == {n.text for n in person.names}
    assert len(body["events"]) == len(person.events)
    assert body["events"][0]["sources"][0]["url"].startswith("https://example.org/")
    assert body["events"][0]["date_precision"] in ("day", "month", "year")
    r = client.get("/api/v1/persons/unknown")
    assert r.status_code == 404 and r.json()["detail"]


def test_stats_releases_facilities(client: TestClient, view: PublicView) -> None:
    stats = client.get("/api/v1/stats").json()
    f = view.figures
    assert stats == {"imprisoned": f.imprisoned, "recognised_total": f.recognised_total,
                     "released_this_year": f.released_this_year,
                     "died_in_custody": f.died_in_custody, "as_of": f.as_of.isoformat(),
                     "published_at": f.published_at.isoformat()}
    releases = client.get("/api/v1/releases").json()
    assert {r["id"] for r in releases} == {b.id for b in view.releases}
    assert all(r["unnamed"] == r["count"] - r["named"] for r in releases)
    facilities = client.get("/api/v1/facilities").json()
    assert len(facilities) == len(view.facilities) and facilities[0]["postal_address"]


def test_openapi_and_caching(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/persons", "/api/v1/persons/{person_id}", "/api/v1/stats",
            "/api/v1/releases", "/api/v1/facilities"} <= set(spec["paths"])
    r = client.get("/api/v1/stats")
    assert r.headers["etag"] and r.headers["cache-control"] == "public, max-age=60"
    assert client.get("/api/v1/stats", headers={"If-None-Match": r.headers["etag"]}
                      ).status_code == 304
