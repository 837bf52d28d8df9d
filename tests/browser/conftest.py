"""A live public app on 127.0.0.1 (free port) and Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from volia.publish.sample import sample_view
from volia.publish.snapshot import write_snapshot
from volia.publish.view import PublicView
from volia.web.public import create_public_app

CHROMIUM = os.environ.get("VOLIA_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser_view() -> PublicView:
    return sample_view(400, seed=5, hostile=True)


@pytest.fixture(scope="session")
def serve_app() -> Iterator[Callable[[Any], str]]:
    """Start ASGI apps on free loopback ports for the session; returns their base URLs."""
    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: Any) -> str:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "the app under test did not start"
        running.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_url(browser_view: PublicView, tmp_path_factory: pytest.TempPathFactory,
             serve_app: Callable[[Any], str]) -> str:
    path = tmp_path_factory.mktemp("live") / "public.db"
    write_snapshot(browser_view, path)
    return serve_app(create_public_app(path))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One chromium for the whole session: Playwright's sync API allows one per process."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"chromium not found at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("VOLIA_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
