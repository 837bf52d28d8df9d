"""`volia init`: create or migrate the database."""

from __future__ import annotations

import typer

from volia.cli._common import DbOpt, JsonOpt, console, open_db, print_json


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """Create the database, or migrate an existing one to the current schema."""
        database = open_db(db, must_exist=False)
        database.migrate()
        if json_out:
            print_json({"database": database.url, "status": "ready"})
        else:
            console.print(f"Database ready: [bold]{database.url}[/]")
