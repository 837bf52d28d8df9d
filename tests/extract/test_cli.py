"""`volia extract FILE`: JSON on stdout, clear errors on stderr for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from volia.cli import extract as extract_cli


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    extract_cli.register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps "extract" as a sub-command name
        return None

    return app


def run(app: typer.Typer, *args: str) -> object:
    return CliRunner().invoke(app, ["extract", *args])


def test_prints_contract_json(app: typer.Typer, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Ales Bialiatski was released on Saturday.", encoding="utf-8")
    result = run(app, str(report), "--published", "2025-12-16", "--lang", "en")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert data["published"] == "2025-12-16" and data["language"] == "en"
    assert [(c["type"], c["date"]) for c in data["claims"]] == [("released", "2025-12-13")]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \n\t ", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    (b"\xff\xfe\xfa bad bytes", "UTF-8"),
])
def test_bad_files_fail_with_the_file_name(app: typer.Typer, tmp_path: Path, content: bytes,
                                           message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(app, str(bad))
    assert result.exit_code != 0  # type: ignore[attr-defined]
    assert "bad.txt" in result.stderr and message in result.stderr  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]


def test_huge_and_missing_files(app: typer.Typer, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_cli, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    result = run(app, str(big))
    assert result.exit_code != 0 and "too large" in result.stderr  # type: ignore[attr-defined]
    result = run(app, str(tmp_path / "nope.txt"))
    assert result.exit_code != 0 and "nope.txt" in result.stderr  # type: ignore[attr-defined]


def test_bad_options(app: typer.Typer, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Text.", encoding="utf-8")
    assert run(app, str(report), "--lang", "de").exit_code != 0  # type: ignore[attr-defined]
    result = run(app, str(report), "--published", "16.12.2025")
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.stderr  # type: ignore[attr-defined]
