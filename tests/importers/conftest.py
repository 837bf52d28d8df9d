from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
# Real registry files: read in place where present (no licence: never copied into the repo).
RAW = Path(__file__).resolve().parents[3] / "shared" / "data" / "raw"


@pytest.fixture
def data() -> Path:
    return DATA


def _raw_file(relative: str) -> Path:
    path = RAW / relative
    if not path.exists():
        pytest.skip(f"real file {relative} not present on this machine")
    return path


@pytest.fixture
def raw_file() -> Callable[[str], Path]:
    """Path of a real file under shared/data/raw, or skip the test."""
    return _raw_file
