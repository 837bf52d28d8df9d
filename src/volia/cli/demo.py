"""`volia demo`: a database with the demo registry."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from sqlalchemy.engine import make_url

from volia.cli._common import DbOpt, JsonOpt, console, fail, open_db, print_json
from volia.services import counting, demo, persons
from volia.store.db import database_url
from volia.store.ledger import person_count


def _remove_sqlite(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        fail("--fresh only removes SQLite files; give an empty database instead")
    for suffix in ("", "-wal", "-shm"):
        Path(parsed.database + suffix).unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo_command(
        db: DbOpt = None,
        fresh: Annotated[bool, typer.Option(help="Start from an empty SQLite file.")] = False,
        persons_n: Annotated[int, typer.Option("--persons", min=10, max=200_000,
                                               help="How many fictional people.")] = 3000,
        json_out: JsonOpt = False,
    ) -> None:
        """Create a database with demo data: fictional people and a few real public figures."""
        url = database_url(db)
        if fresh:
            _remove_sqlite(url)
        database = open_db(url, must_exist=False)
        database.migrate()
        with database.read() as conn:
            if person_count(conn):
                fail(f"{database.url} already holds persons; use --fresh or another --db")
        with console.status("Writing the demo registry..."):
            result = demo.load_demo(database, persons=persons_n)
        today = date.today()
        figures = {
            "persons": result.persons, "events": result.events,
            "political_prisoners_today": counting.count(database, today),
            "in_custody_today": counting.count(database, today, all_detained=True),
        }
        if json_out:
            print_json(figures)
            return
        console.print(f"Demo registry in [bold]{database.url}[/]: {result.persons} persons, "
                      f"{result.events} events.")
        console.print(f"Political prisoners today: [bold]{figures['political_prisoners_today']}"
                      f"[/] (in custody, recognised or not: {figures['in_custody_today']})")
        view = persons.show(database, "real-kalesnikava")
        console.print(f"\nTimeline of {view.person.primary_name} ({view.status.status}):")
        for e in view.events:
            details = ", ".join(f"{k}={v}" for k, v in e.details.as_dict().items())
            console.print(f"  {e.date!s:10}  {e.type:22} {escape(details)}")
