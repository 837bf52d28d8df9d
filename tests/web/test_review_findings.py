"""Security review findings on the public site (each test failed before its fix)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView
from volia.web.public import create_public_app


def test_host_header_cannot_poison_cached_pages(snapshot: Path) -> None:
    """A request with a forged Host must not put that host into a page served to others
    (the response cache is keyed by ETag; links were absolute URLs built from Host)."""
    with TestClient(create_public_app(snapshot)) as c:
        evil = c.get("/persons?q=a", headers={"host": "evil.example"})
        assert evil.status_code == 200
        honest = c.get("/persons?q=a")
        assert "evil.example" not in honest.text
        home = c.get("/", headers={"host": "evil.example"})
        assert "evil.example" not in home.text  # links are relative, whatever the Host
        assert "evil.example" not in c.get("/").text


def test_source_links_are_http_only(view: PublicView, tmp_path: Path) -> None:
    """A source URL with another scheme (javascript:, data:) is shown as text, not a link."""
    bad = "javascript:alert(document.cookie)"
    sources = tuple(replace(s, url=bad) for s in view.sources)
    path = tmp_path / "public.db"
    write_snapshot(replace(view, sources=sources), path)
    with TestClient(create_public_app(path)) as c:
        person = next(p for p in view.persons
                      if any(e.citations for e in p.events))
        page = c.get(f"/persons/{person.id}")
        assert page.status_code == 200
        assert 'href="javascript:' not in page.text
        releases = c.get("/releases")
        assert 'href="javascript:' not in releases.text
