"""Fixtures of the review tests: the fake extractor stands in for the NLP one."""

from __future__ import annotations

import pytest

from volia.services import ingest

from .fake import fake_extract


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch):
    """The fake extractor, also used by `volia ingest` in CLI tests."""
    monkeypatch.setattr(ingest, "default_extractor", lambda: fake_extract)
    return fake_extract
