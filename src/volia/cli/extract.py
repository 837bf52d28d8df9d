"""``volia extract FILE``: print the claims of one report as JSON. Touches no database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

MAX_BYTES = 2_000_000  # larger files are pages to clean first (ingest), not reports


def _fail(path: Path, message: str) -> None:
    typer.echo(f"volia extract: {path}: {message}", err=True)
    raise typer.Exit(code=2)


def read_report(path: Path) -> str:
    """The text of PATH, or a clear error naming it (missing, empty, binary, huge)."""
    if not path.exists():
        _fail(path, "no such file")
    if not path.is_file():
        _fail(path, "not a regular file")
    size = path.stat().st_size
    if size == 0:
        _fail(path, "file is empty")
    if size > MAX_BYTES:
        _fail(path, f"file is too large ({size} bytes; the limit is {MAX_BYTES})")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        _fail(path, "file looks binary (NUL bytes), not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(path, f"file is not UTF-8 text ({exc.reason} at byte {exc.start})")
        raise  # unreachable: _fail raises
    if not text.strip():
        _fail(path, "file holds only whitespace")
    return text


def extract_command(
    file: Path = typer.Argument(..., help="A plain-text report (UTF-8)."),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD."),
    lang: str | None = typer.Option(None, "--lang", help="Language: en, ru or be."),
) -> None:
    """Extract sourced claims (who was detained, sentenced, released...) from FILE as JSON."""
    from volia.extract import ExtractionError, extract

    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published)
        except ValueError:
            _fail(file, f"--published {published!r} is not a YYYY-MM-DD date")
    if lang is not None and lang not in ("en", "ru", "be"):
        _fail(file, f"--lang {lang!r} is not one of en, ru, be")
    text = read_report(file)
    try:
        result = extract(text, published=pub, lang=lang)
    except ExtractionError as exc:
        _fail(file, str(exc))
        return
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
