"""`volia history PERSON`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from volia.cli._common import DbOpt, JsonOpt, console, open_db, print_json, user_errors
from volia.services.history import history as person_history


def register(app: typer.Typer) -> None:
    @app.command("history")
    def history(person: Annotated[str, typer.Argument(help="Id, slug, import id or name.")],
                db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """Every record about a person in the order written, superseded and retracted too."""
        database = open_db(db)
        with user_errors():
            pid, entries = person_history(database, person)
        if json_out:
            print_json({"person_id": pid, "records": [e.as_dict() for e in entries]})
            return
        table = Table("recorded at (UTC)", "by", "record", "what", "state",
                      title=f"history of {pid}")
        for e in entries:
            style = {"superseded": "dim", "retracted": "red"}.get(e.state, "")
            table.add_row(e.at.isoformat(timespec="seconds"), e.by, e.record, escape(e.summary),
                          e.state, style=style)
        console.print(table)
