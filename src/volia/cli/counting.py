"""`volia count`, `volia series` and `volia status`."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from volia.cli._common import (
    DbOpt,
    JsonOpt,
    console,
    open_db,
    parse_day,
    parse_moment,
    print_json,
    user_errors,
)
from volia.services import counting

OnOpt = Annotated[str | None, typer.Option("--on", help="Date counted (default: today).")]
KnownOpt = Annotated[str | None, typer.Option(
    "--known-on", help="Use only what was recorded by this ISO 8601 moment (UTC if no zone; "
                       "a bare date means the end of that day).")]
AllOpt = Annotated[bool, typer.Option("--all-detained",
                                      help="Count everyone in custody, recognised or not.")]


def register(app: typer.Typer) -> None:
    @app.command("count")
    def count(on: OnOpt = None, known_on: KnownOpt = None, all_detained: AllOpt = False,
              db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """How many political prisoners were imprisoned on a date, as known at a moment.

        The number alone is printed on the last line."""
        database = open_db(db)
        day = parse_day(on, "--on") or date.today()
        moment = parse_moment(known_on, "--known-on")
        n = counting.count(database, day, moment, all_detained)
        if json_out:
            print_json({"count": n, "on": day.isoformat(),
                        "known_on": moment.isoformat() if moment else None,
                        "all_detained": all_detained})
            return
        what = "people in custody" if all_detained else "political prisoners imprisoned"
        known = f", as known on {moment.isoformat()}" if moment else ""
        console.print(f"{what} on {day.isoformat()}{known}:")
        print(n)

    @app.command("series")
    def series(
        from_: Annotated[str, typer.Option("--from", help="First date (YYYY-MM-DD).")],
        to: Annotated[str, typer.Option("--to", help="Last date (YYYY-MM-DD).")],
        step: Annotated[counting.Step, typer.Option()] = counting.Step.MONTH,
        known_on: KnownOpt = None, all_detained: AllOpt = False,
        db: DbOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """The count over time."""
        database = open_db(db)
        start, end = parse_day(from_, "--from"), parse_day(to, "--to")
        assert start and end
        with user_errors():
            points = counting.series(database, start, end, step,
                                     parse_moment(known_on, "--known-on"), all_detained)
        if json_out:
            print_json([{"date": d.isoformat(), "count": n} for d, n in points])
            return
        table = Table("date", "count")
        for d, n in points:
            table.add_row(d.isoformat(), str(n))
        console.print(table)

    @app.command("status")
    def status(person: Annotated[str, typer.Argument(help="Id, slug, import id or name.")],
               on: OnOpt = None, known_on: KnownOpt = None, db: DbOpt = None,
               json_out: JsonOpt = False) -> None:
        """A person's derived status on a date, and the events that decided it."""
        database = open_db(db)
        with user_errors():
            result = counting.person_status(database, person, parse_day(on, "--on"),
                                            parse_moment(known_on, "--known-on"))
        data = {"status": str(result.status), "recognized": result.recognized,
                "political_prisoner": result.political_prisoner,
                "deciding": [{"id": e.id, "type": str(e.type), "date": e.date.iso()}
                             for e in result.deciding],
                "problems": [p.message for p in result.problems]}
        if json_out:
            print_json(data)
            return
        console.print(f"[bold]{data['status']}[/] (recognised: {result.recognized})")
        for e in result.deciding:
            console.print(f"  decided by {e.type} {e.date} ({e.id})")
        for p in result.problems:
            console.print(f"  [yellow]data problem:[/] {p.message}")
