"""Fixtures: a fictional snapshot (with a hostile person) and a client of the public app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from volia.publish.sample import sample_view
from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView
from volia.web.public import create_public_app


@pytest.fixture(scope="session")
def view() -> PublicView:
    return sample_view(300, seed=11, hostile=True)


@pytest.fixture(scope="session")
def snapshot(view: PublicView, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("snap") / "public.db"
    write_snapshot(view, path)
    return path


@pytest.fixture()
def client(snapshot: Path) -> Iterator[TestClient]:
    with TestClient(create_public_app(snapshot)) as c:
        yield c
