"""PROOF: for random registries, no withheld value reaches any public byte.

Each generated registry (random visibility, consent, embargoes and hidden fields on persons,
Latin and Cyrillic names, birth dates, facilities, sources, quotes, events and release
batches) is redacted and published; then every public page in every language, every API
response, every download format, the snapshot file and the view itself are searched for every
value the oracle says is withheld. The public figure must still count the people withheld.

``VOLIA_REDACTION_EXAMPLES`` sets how many registries (default 500, the CI figure).
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from volia.publish.redact import redact
from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView
from volia.store.keys import fold
from volia.store.unit import Database
from volia.web.public import create_public_app
from volia.web.public.i18n import Formatter

from .registry_gen import AS_OF, build, registries

EXAMPLES = int(os.environ.get("VOLIA_REDACTION_EXAMPLES", "500"))
LANGS = ("en", "be", "ru")
PAGES = ("/", "/persons", "/releases", "/facilities", "/statistics", "/docs",
         "/api/v1/persons?per_page=100", "/api/v1/stats", "/api/v1/releases",
         "/api/v1/facilities", "/download/persons.csv", "/download/persons.json",
         "/download/persons.xlsx")
HTML = ("/persons",)  # other pages show only aggregates: their English form is enough
RUNS: list[float] = []


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database.open(f"sqlite:///{path}", create=True)
    db.dispose()
    return path


def _texts(body: bytes) -> Iterator[str]:
    if body[:2] == b"PK":  # XLSX: search inside the zip, where the cells are
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            for name in z.namelist():
                yield from _texts(z.read(name))
        return
    text = body.decode("utf-8", "ignore")
    yield text
    yield html.unescape(text)
    with contextlib.suppress(ValueError):
        yield json.dumps(json.loads(text), ensure_ascii=False)


def public_bytes(client: TestClient, snapshot: Path, view: PublicView) -> list[bytes]:
    out = [snapshot.read_bytes(),
           json.dumps(asdict(view), default=str, ensure_ascii=False).encode()]
    ids = [p.id for p in view.persons] + [r.id for r in view.releases]
    pages = [f"/persons/{i}" for i in ids]
    # The API and the downloads do not depend on the language: English only.
    paths = [(p, "en") for p in (*PAGES, *pages, *(f"/api/v1/persons/{i}" for i in ids))]
    paths += [(p, lang) for lang in LANGS[1:] for p in (*HTML, *pages)]
    for path, lang in paths:
        sep = "&" if "?" in path else "?"
        response = client.get(f"{path}{sep}lang={lang}")
        assert response.status_code in (200, 404), (path, response.status_code)
        out.append(response.content)
    return out


def leaks(secrets: set[str], blobs: list[bytes]) -> list[str]:
    haystack = "\n".join(t.casefold() for b in blobs for t in _texts(b))
    found = []
    for secret in secrets:
        forms = {secret, fold(secret)}
        if len(secret) == 10 and secret[4] == "-":  # an ISO birth date: as pages write it
            forms |= {Formatter(lang).date(secret) for lang in LANGS}
        found += [f"{secret!r} as {f!r}" for f in forms if f and f.casefold() in haystack]
    return found


@pytest.mark.slow
def test_no_withheld_value_reaches_any_public_byte(template: Path,
                                                   tmp_path_factory: pytest.TempPathFactory):
    # Memory-backed when the system has it: hundreds of small commits, each one synced.
    shm = Path("/dev/shm")
    work = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path_factory.mktemp("r")
    snapshot = work / "public.db"
    client = TestClient(create_public_app(snapshot))
    started = time.perf_counter()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(registries)
    def check(registry: tuple) -> None:
        people = registry[0]
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work / 'r.db'}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, work / "r.db")
        db = Database.open(f"sqlite:///{work / 'r.db'}")
        try:
            built = build(db, *registry)
            view = redact(db, as_of=AS_OF)
        finally:
            db.dispose()
        write_snapshot(view, snapshot)
        blobs = public_bytes(client, snapshot, view)
        assert leaks(built.secrets, blobs) == []
        # The withheld still count: in the view, the snapshot and the public API.
        assert view.figures.imprisoned == built.imprisoned
        assert client.get("/api/v1/stats").json()["imprisoned"] == built.imprisoned
        assert view.anonymous.total == built.anonymous
        assert len(view.persons) + view.anonymous.total == len(people)
        RUNS.append(time.perf_counter())

    try:
        check()
    finally:
        client.close()
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"\nredaction proof: {len(RUNS)} registries in {elapsed:.1f}s")
    assert len(RUNS) >= EXAMPLES
