"""What every command shares: options, opening the database, printing, errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from volia.domain.dates import DateError, PartialDate
from volia.store.ledger import Ambiguous, NotFound
from volia.store.unit import Database

console = Console()
err_console = Console(stderr=True)

DbOpt = Annotated[str | None, typer.Option(
    "--db", help="Database URL (default: $VOLIA_DATABASE_URL or sqlite:///./volia.db).")]
ActorOpt = Annotated[str | None, typer.Option(
    "--actor", help="Who makes this change (default: $VOLIA_ACTOR or the OS user).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for machines.")]


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def open_db(url: str | None, *, must_exist: bool = True) -> Database:
    db = Database.open(url)
    if must_exist and not db.initialised():
        fail(f"{db.url} has no Volia database yet: run `volia init` (or `volia demo`).")
    return db


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one clear line and a non-zero exit."""
    try:
        yield
    except (NotFound, Ambiguous, DateError, ValueError) as exc:
        fail(str(exc))


def parse_partial(value: str | None, field: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except DateError as exc:
        fail(f"{field}: {exc}")


def parse_day(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{field}: {value!r} is not a date (YYYY-MM-DD)")


def parse_moment(value: str | None, field: str) -> datetime | None:
    """ISO 8601; a bare date means the end of that day (everything recorded on it)."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value).replace(hour=23, minute=59, second=59,
                                                         microsecond=999999)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        fail(f"{field}: {value!r} is not an ISO 8601 date or date-time")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
