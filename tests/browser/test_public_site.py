"""The public site in a real browser: search, filter and download, escaping, screenshots."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import pytest

from volia.publish.view import PublicView

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).parents[2] / "docs" / "screenshots"


def _page(browser: Any, **options: Any) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                  **options)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    return page


@pytest.mark.parametrize("query", ["kalesnikava", "Калеснікава", "Колесникова"])
def test_search_as_you_type(browser: Any, live_url: str, query: str) -> None:
    page = _page(browser)
    page.goto(f"{live_url}/persons")
    page.fill("#q", query)
    page.wait_for_url(lambda url: "q=" in url, timeout=5000)  # htmx pushed the search URL
    first = page.locator("table.people tbody tr").first
    assert "Kalesnik" in first.inner_text()
    assert int(page.inner_text("#total").replace(",", "")) >= 1
    page.context.close()


def test_search_without_javascript(browser: Any, live_url: str) -> None:
    page = _page(browser, java_script_enabled=False)
    page.goto(f"{live_url}/persons")
    page.fill("#q", "Калеснікава")
    page.click("button[type=submit]")
    assert "Alena Kalesnikava" in page.inner_text("#results")
    page.context.close()


def test_filter_and_download(browser: Any, live_url: str, browser_view: PublicView) -> None:
    page = _page(browser)
    page.goto(f"{live_url}/persons")
    page.select_option("select[name=status]", "imprisoned")
    page.wait_for_url(lambda url: "status=imprisoned" in url, timeout=5000)
    page.select_option("select[name=gender]", "female")
    page.wait_for_url(lambda url: "gender=female" in url, timeout=5000)
    expected = sum(p.status == "imprisoned" and p.gender == "female"
                   for p in browser_view.persons)
    page.wait_for_function(f"document.getElementById('total').textContent == '{expected}'")
    with page.expect_download() as info:
        page.click("a.download:text('CSV')")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert len(rows) == expected
    assert {r["status"] for r in rows} == {"imprisoned"}
    assert {r["gender"] for r in rows} == {"female"}
    page.context.close()


def test_script_injection_is_shown_as_text(browser: Any, live_url: str,
                                           browser_view: PublicView) -> None:
    hostile = browser_view.persons[1]
    page = _page(browser)
    page.goto(f"{live_url}/persons/{hostile.id}")
    assert page.inner_text("#person-name") == hostile.primary_name  # the payload, as text
    assert "<img src=x onerror=alert(1)>" in page.inner_text(".names")
    assert page.locator("main script, main img").count() == 0
    page.goto(f"{live_url}/persons?q=hostile")
    page.fill("#q", '<script>alert("q")</script>')
    page.wait_for_timeout(600)
    assert page.dialogs == []
    page.context.close()


def test_screenshots(browser: Any, live_url: str, browser_view: PublicView,
                     tmp_path: Path) -> None:
    """Main pages; kept under docs/screenshots/ when VOLIA_SCREENSHOTS=1."""
    folder = SHOTS if os.environ.get("VOLIA_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    person = next(p for p in browser_view.persons if p.status == "imprisoned" and p.facility_id)
    page = _page(browser)
    for name, path in [("home", "/?lang=en"), ("list", "/persons?q=kalesnikava"),
                       ("person", f"/persons/{person.id}"), ("releases", "/releases"),
                       ("facilities", "/facilities"), ("statistics", "/statistics"),
                       ("home-be", "/?lang=be"), ("list-ru", "/persons?lang=ru&status=imprisoned")]:
        response = page.goto(live_url + path)
        assert response is not None and response.status == 200, path
        page.screenshot(path=str(folder / f"{name}.png"), full_page=name != "list-ru")
        assert (folder / f"{name}.png").stat().st_size > 10_000
    page.context.close()
