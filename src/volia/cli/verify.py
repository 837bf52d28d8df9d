"""`volia verify`: the ledger checks itself; non-zero exit on any problem."""

from __future__ import annotations

import typer
from rich.markup import escape

from volia.cli._common import DbOpt, JsonOpt, console, err_console, open_db, print_json
from volia.safety.verify import verify as run_verify


def register(app: typer.Typer) -> None:
    @app.command("verify")
    def verify(db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """Check derived intervals, superseding records and the audit hash chain."""
        database = open_db(db)
        report = run_verify(database, None if json_out else
                            (lambda what: err_console.print(f"checking {what}...")))
        if json_out:
            print_json({"ok": report.ok, "checked": report.checked,
                        "problems": report.problems})
        else:
            for what, n in report.checked.items():
                console.print(f"{what}: {n} checked")
            for problem in report.problems:
                console.print(f"[red]problem:[/] {escape(problem)}")
            console.print("[green]ok[/]" if report.ok else
                          f"[bold red]{len(report.problems)} problem(s)[/]")
        if not report.ok:
            raise typer.Exit(1)
