"""The staff console in a real browser: log in, review a claim with the keyboard, publish,
and see the public site change. Screenshots of the console go to docs/screenshots/staff-*.png.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from volia.domain.dates import PartialDate
from volia.domain.model import Citation, EventDetails, EventType, Verification
from volia.services import registry
from volia.services import users as users_service
from volia.store import ledger
from volia.store.unit import Database

pytestmark = pytest.mark.browser
# Screenshots are kept in docs/ only when asked (VOLIA_SCREENSHOTS=1): a test run must not
# change the working tree.
SHOTS = (Path(__file__).parents[2] / "docs" / "screenshots"
         if os.environ.get("VOLIA_SCREENSHOTS") == "1"
         else Path(tempfile.mkdtemp(prefix="volia-shots-")))
CHROMIUM = os.environ.get("VOLIA_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "a browser test password"
SCRIPT = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
REPORT = ("Minsk, {day}. Maria Kalesnikava was released from the colony in Gomel today and "
          "taken to the border, her sister said. Others remain inside.")


@dataclass
class Site:
    url: str
    db: Database
    person_id: str
    hostile_id: str


def _fill(db: Database) -> tuple[str, str]:
    users_service.add_user(db, "chief", users_service.Role.ADMIN, PASSWORD, actor="test")
    person = registry.add_person(db, "Maria Kalesnikava", "test", native="Марыя Калеснікава",
                                 native_lang="be")
    sid = registry.add_source(db, "test", url="https://example.org/a", title="Viasna report")
    confirmed = Verification.CONFIRMED
    for kind, day, details in (
            (EventType.DETAINED, "2020-09-07", EventDetails()),
            (EventType.RECOGNIZED, "2020-09-10", EventDetails(recognized_by="Viasna")),
            (EventType.SENTENCED, "2021-09-06", EventDetails(term_months=132))):
        registry.add_event(db, person.id, "test", type=kind, date=PartialDate.parse(day),
                           details=details, verification=confirmed,
                           citations=[Citation(sid, "reported")])
    hostile = registry.add_person(db, SCRIPT, "test", native=f"Імя {SCRIPT}")
    from volia.services import review

    today = date.today().isoformat()
    text = REPORT.format(day=today)
    evidence = "Maria Kalesnikava was released from the colony in Gomel today"
    start = text.index(evidence)
    with db.write("extractor") as unit:
        source = registry.store_source(unit, title="Family statement", text=text)
        review.propose(unit, source, {"claims": [{
            "type": "released", "date": today, "date_precision": "day", "confidence": 0.93,
            "person": {"name": "Maria Kalesnikava", "mention": "Maria Kalesnikava",
                       "person_id": person.id},
            "evidence": {"start": start, "end": start + len(evidence), "text": evidence}}]},
            resolver=lambda name: [])
    return person.id, hostile.id


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, serve_app: Callable[[Any], str]
         ) -> Iterator[Site]:
    pytest.importorskip("volia.services.review")
    from volia.cli.serve import build_app, ensure_snapshot

    tmp = tmp_path_factory.mktemp("staff-live")
    db = Database.open(f"sqlite:///{tmp / 'volia.db'}", create=True)
    person_id, hostile_id = _fill(db)
    snapshot = tmp / "public.db"
    assert ensure_snapshot(db, snapshot), "the publish service is needed for this test"
    url = serve_app(build_app(db, snapshot, public_only=False))
    yield Site(url, db, person_id, hostile_id)
    db.dispose()


@pytest.fixture
def chromium(browser: Any) -> Any:
    return browser


def _logged_in(chromium: Any, site: Site) -> Any:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(f"{site.url}/staff")
    assert "/login" in page.url  # no session: the console sends us to log in
    page.fill("input[name=name]", "chief")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/staff")
    return page


def _stats(page: Any, site: Site) -> dict[str, Any]:
    response = page.request.get(f"{site.url}/api/v1/stats")
    assert response.ok
    return dict(json.loads(response.text()))


def test_login_wrong_password_then_right(chromium: Any, site: Site) -> None:
    page = chromium.new_page()
    page.goto(f"{site.url}/login")
    page.fill("input[name=name]", "chief")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "Wrong name or password" in page.inner_text("main")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "staff-login.png"))
    page.fill("input[name=name]", "chief")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/staff")
    assert "political prisoners today" in page.inner_text("main")
    cookie = next(c for c in page.context.cookies() if c["name"] == "volia_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    page.context.close()


def test_review_a_claim_publish_and_see_the_public_site_change(chromium: Any,
                                                               site: Site) -> None:
    page = _logged_in(chromium, site)
    before = _stats(page, site)
    with site.db.read() as conn:  # the public site knows persons by their slug
        public_page = f"{site.url}/persons/{ledger.get_person(conn, site.person_id).slug}"
    public_before = page.request.get(public_page).text()
    page.goto(f"{site.url}/staff/review")
    mark = page.locator("article.claim mark").first
    assert mark.inner_text() == "Maria Kalesnikava was released from the colony in Gomel today"
    page.screenshot(path=str(SHOTS / "staff-review.png"), full_page=True)
    page.keyboard.press("a")  # the keyboard shortcut submits the accept form
    page.wait_for_url("**/staff/review?done=*")
    assert "Claim accepted" in page.inner_text(".flash")
    assert "Nothing waits for review" in page.inner_text("main")

    page.goto(f"{site.url}/staff/publish")
    page.click("button.primary")
    page.wait_for_url("**/staff/publish?done=*")
    assert "What changed in the last publication" in page.inner_text("main")
    page.screenshot(path=str(SHOTS / "staff-publish.png"), full_page=True)

    after = _stats(page, site)
    assert after["imprisoned"] == before["imprisoned"] - 1
    assert after["released_this_year"] == before["released_this_year"] + 1
    page.goto(public_page)
    assert page.content() != public_before
    assert "Kalesnikava" in page.inner_text("main")
    page.context.close()


def test_console_pages_and_escaping(chromium: Any, site: Site) -> None:
    page = _logged_in(chromium, site)
    page.screenshot(path=str(SHOTS / "staff-dashboard.png"), full_page=True)
    page.goto(f"{site.url}/staff/persons")
    page.fill("input[name=q]", "Калеснікава")
    page.keyboard.press("Enter")
    page.wait_for_url("**/staff/persons?q=*")
    assert "Maria Kalesnikava" in page.inner_text("#results")
    page.screenshot(path=str(SHOTS / "staff-persons.png"), full_page=True)
    page.goto(f"{site.url}/staff/persons/{site.person_id}")
    page.screenshot(path=str(SHOTS / "staff-person.png"), full_page=True)
    page.goto(f"{site.url}/staff/persons/{site.person_id}/history")
    page.screenshot(path=str(SHOTS / "staff-history.png"), full_page=True)
    page.goto(f"{site.url}/staff/audit")
    page.screenshot(path=str(SHOTS / "staff-audit.png"))
    page.goto(f"{site.url}/staff/persons/{site.hostile_id}")
    assert SCRIPT in page.inner_text("h1")  # shown as text, not run
    assert page.locator("main img").count() == 0
    page.goto(f"{site.url}/staff/persons")
    assert page.dialogs == []
    page.context.close()
