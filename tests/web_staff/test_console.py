"""The console's pages do what they say: edits become ledger records, every value is escaped,
the review queue and the publish button reach their services."""

from __future__ import annotations

from fastapi.testclient import TestClient

from volia.services import history, persons, registry
from volia.store import audit
from web_staff.conftest import Env, csrf_of, login

SCRIPT = '<script>alert("x")</script>'


def _post(client: TestClient, url: str, data: dict[str, str]) -> str:
    token = csrf_of(client.get("/staff").text)
    response = client.post(url, data={**data, "csrf": token})
    assert response.status_code == 303, response.text[:800]
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    return page.text


def test_person_editing_writes_ledger_records(env: Env) -> None:
    client = login(env.app(), "editor")
    pid = env.person_id
    _post(client, f"/staff/persons/{pid}/names", {"text": "Мария Колесникова", "lang": "ru",
                                                   "kind": "native"})
    text = _post(client, f"/staff/persons/{pid}/details", {
        "reason": "family confirmed", "gender": "female", "visibility": "public",
        "birth_date": "1982-04-24", "citizenship": "by", "occupations": "musician"})
    assert "Changed: birth_date, citizenship, gender, occupations" in text
    text = _post(client, f"/staff/persons/{pid}/events", {
        "type": "sentenced", "date": "2021-09-06", "term_months": "132",
        "source_url": "https://example.org/verdict", "source_title": "Verdict",
        "quote": "sentenced to 11 years"})
    assert "term_months: 132" in text and "sentenced to 11 years" in text
    view = persons.show(env.db, pid)
    assert {n.text for n in view.person.names} >= {"Мария Колесникова"}
    assert view.person.birth_date.iso() == "1982-04-24"
    sentenced = [e for e in view.events if e.type == "sentenced"]
    assert sentenced[0].recorded_by == "user:editor" and sentenced[0].citations


def test_event_entry_can_cite_an_existing_source(env: Env) -> None:
    sid = registry.add_source(env.db, "test", url="https://example.org/b", title="Second")
    client = login(env.app(), "editor")
    assert "Second" in client.get(f"/staff/persons/{env.person_id}?source_q=second").text
    _post(client, f"/staff/persons/{env.person_id}/events",
          {"type": "transferred", "facility": "Gomel colony", "source_id": sid,
           "quote": "moved to Gomel"})
    moved = [e for e in persons.show(env.db, env.person_id).events if e.type == "transferred"]
    assert moved[0].citations[0].source_id == sid


def test_correct_and_retract_show_in_the_history(env: Env) -> None:
    client = login(env.app(), "editor")
    _post(client, f"/staff/events/{env.event_id}/correct",
          {"reason": "court papers give the 8th", "date": "2020-09-08"})
    _post(client, f"/staff/events/{env.event_id}/retract", {"reason": "wrong person"})
    page = client.get(f"/staff/persons/{env.person_id}/history").text
    assert "superseded" in page and "retracted" in page and "court papers give the 8th" in page
    _, entries = history.history(env.db, env.person_id)
    states = [h.state for h in entries if h.record == "event"]
    assert states.count("superseded") == 2 and states.count("retracted") == 1
    assert persons.show(env.db, env.person_id).events == []


def test_a_correction_without_reason_or_change_is_refused(env: Env) -> None:
    client = login(env.app(), "editor")
    token = csrf_of(client.get("/staff").text)
    response = client.post(f"/staff/events/{env.event_id}/correct",
                           data={"csrf": token, "reason": "x", "date": "2020-09-07"})
    assert response.status_code == 400 and "nothing to correct" in response.text
    response = client.post(f"/staff/events/{env.event_id}/retract",
                           data={"csrf": token, "reason": "  "})
    assert response.status_code == 400


def test_merge_and_unmerge_from_the_duplicates_page(env: Env) -> None:
    client = login(env.app(), "editor")
    page = client.get("/staff/duplicates?min_score=0.5")
    assert page.status_code == 200
    text = _post(client, "/staff/merge", {"absorbed": env.other_id, "into": env.person_id,
                                          "reason": "same woman"})
    assert "Merged" in text and "same woman" in text
    assert "merged into" in client.get(f"/staff/persons/{env.other_id}").text
    text = _post(client, "/staff/unmerge", {"absorbed": env.other_id, "reason": "twins"})
    assert "Unmerged" in text
    with env.db.read() as conn:
        actions = [e.action for e in audit.entries(conn, actor="user:editor")]
    assert actions == ["person.merge", "person.unmerge"]


def test_script_in_names_and_sources_is_rendered_escaped(env: Env) -> None:
    person = registry.add_person(env.db, SCRIPT, "test", native=f"Имя {SCRIPT}")
    sid = registry.add_source(env.db, "test", url="javascript:alert(1)", title=SCRIPT)
    from volia.domain.model import Citation, EventType

    registry.add_event(env.db, person.id, "test", type=EventType.DETAINED,
                       citations=[Citation(sid, SCRIPT)])
    client = login(env.app(), "admin")
    pages = [client.get(f"/staff/persons/{person.id}").text,
             client.get("/staff/persons").text,
             client.get(f"/staff/persons/{person.id}/history").text,
             client.get("/staff/audit").text]
    for page in pages:
        assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in pages[0]
    assert 'href="javascript:' not in pages[0]


def test_unknown_person_is_a_404_page(env: Env) -> None:
    client = login(env.app(), "viewer")
    response = client.get("/staff/persons/no-such-person")
    assert response.status_code == 404 and "Not found" in response.text


def test_security_headers_on_console_pages(env: Env) -> None:
    client = login(env.app(), "viewer")
    response = client.get("/staff")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"


def test_audit_view_filters(env: Env) -> None:
    client = login(env.app(), "admin")
    text = client.get("/staff/audit?action=login").text
    assert "<td>login</td>" in text and "<td>person.add</td>" not in text
    text = client.get("/staff/audit?action=person&verify=true").text
    assert "<td>person.add</td>" in text and "<td>login</td>" not in text
    assert "chain is intact" in text
    assert "not an ISO date" in client.get("/staff/audit?since=yesterday").text


def test_admin_manages_users_from_the_console(env: Env) -> None:
    client = login(env.app(), "admin")
    text = _post(client, "/staff/users", {"name": "newbie", "role": "reviewer",
                                          "password": "a long password"})
    assert "newbie" in text
    login(env.app(), "newbie", "a long password")
    _post(client, "/staff/users/newbie", {"active": "no", "reason": "left"})
    token = csrf_of(env.app().get("/login").text)
    assert token  # the login page still renders for the disabled account's attempt
    token = csrf_of(client.get("/staff").text)
    response = client.post("/staff/users/admin", data={"csrf": token, "active": "no"})
    assert response.status_code == 400 and "yourself" in response.text


def test_dashboard_counts_today(env: Env) -> None:
    client = login(env.app(), "viewer")
    text = client.get("/staff").text
    assert "political prisoners today" in text and "persons in the registry" in text
    assert "Nothing published yet" in text
