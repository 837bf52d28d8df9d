"""`volia check-figures`: does the registry reproduce a source file's own figures?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
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
from volia.services.figures import FIGURES, check_figures
from volia.services.reading import PRESETS


def register(app: typer.Typer) -> None:
    @app.command("check-figures")
    def check_figures_cmd(
        file: Annotated[Path, typer.Argument(help="The registry file imported before.",
                                             exists=True, dir_okay=False, readable=True)],
        preset: Annotated[str | None, typer.Option(
            help=f"Layout: {', '.join(PRESETS)} (default: guessed).")] = None,
        mapping: Annotated[Path | None, typer.Option(help="A TOML mapping file.",
                                                     exists=True, dir_okay=False)] = None,
        on: Annotated[str | None, typer.Option(
            "--on", help="Day compared (default: the day the file describes).")] = None,
        known_on: Annotated[str | None, typer.Option(
            "--known-on", help="Use only what was recorded by this ISO 8601 moment.")] = None,
        db: DbOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Compare the file's own detained/released/died figures with what Volia derives,
        and list every differing person with the reason. Exit 1 when they differ."""
        database = open_db(db)
        with user_errors():
            check = check_figures(database, file, preset=preset, mapping=mapping,
                                  on=parse_day(on, "--on"),
                                  known_on=parse_moment(known_on, "--known-on"))
        if json_out:
            print_json(check.as_dict())
        else:
            table = Table("figure", "the file says", "Volia derives",
                          title=f"{file.name} ({check.layout}) on {check.on}")
            for key in (*FIGURES, *sorted(set(check.derived) - set(FIGURES))):
                table.add_row(key, str(check.expected.get(key, 0)),
                              str(check.derived.get(key, 0)))
            table.add_row("in custody per the count index", "",
                          str(check.counted))
            console.print(table)
            for d in check.differences:
                console.print(f"  {escape(d.external_id)} ({escape(d.origin)}) code "
                              f"{escape(d.code)}: file {d.expected}, Volia {d.derived}")
                for reason in d.reasons:
                    console.print(f"      {escape(reason)}")
            console.print("agrees" if check.agrees else
                          f"{len(check.differences)} person(s) differ")
        if not check.agrees:
            raise typer.Exit(1)
