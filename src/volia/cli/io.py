"""`volia import` and `volia export`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from volia.cli._common import (
    ActorOpt,
    DbOpt,
    JsonOpt,
    console,
    fail,
    open_db,
    parse_partial,
    print_json,
)
from volia.domain.model import Verification
from volia.domain.records import InputError
from volia.services import exporting, importing
from volia.services.reading import PRESETS, read_input

PROGRESS_FROM = 1000


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_(
        file: Annotated[Path, typer.Argument(help="CSV or JSON file.", exists=True,
                                             dir_okay=False, readable=True)],
        preset: Annotated[str | None, typer.Option(
            help=f"Layout: {', '.join(PRESETS)} (default: guessed, else volia).")] = None,
        mapping: Annotated[Path | None, typer.Option(help="A TOML mapping file.",
                                                     exists=True, dir_okay=False)] = None,
        dry_run: Annotated[bool, typer.Option(
            "--dry-run", help="Show what would be created and every row not interpreted; "
                              "write nothing.")] = False,
        strict: Annotated[bool, typer.Option(
            "--strict", help="Refuse the whole file if any row or field cannot be "
                             "interpreted.")] = False,
        as_of: Annotated[str | None, typer.Option(
            "--as-of", help="The day the file describes (YYYY[-MM[-DD]]), for an export newer "
                            "than its preset states: undated events are placed by it.")] = None,
        confirmed: Annotated[bool, typer.Option(
            "--confirmed", help="A reviewer vouches for the whole file: its events start as "
                                "confirmed instead of reported.")] = False,
        db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Import a registry file. A bad file is refused whole, with every bad row listed."""
        database = open_db(db)
        day = parse_partial(as_of, "--as-of") if as_of else None
        try:
            outcome = read_input(file, preset=preset, mapping=mapping, strict=strict)
        except InputError as exc:
            if json_out:
                print_json({"error": "refused", "file": str(file), "problems": [
                    {"line": p.line, "column": p.column, "value": p.value, "why": p.why}
                    for p in exc.problems]})
                raise typer.Exit(1) from None
            fail(f"{file} refused: {exc}")
        from volia.services.name_index import registry_resolver

        resolver = registry_resolver(database)
        total = len(outcome.records)
        with Progress(console=console, disable=json_out or total < PROGRESS_FROM) as progress:
            task = progress.add_task(f"importing {file.name}", total=total)
            report = importing.import_records(
                database, outcome.records, label=file.name, actor=actor, dry_run=dry_run,
                resolver=resolver, as_of=day or outcome.as_of,
                verification=Verification.CONFIRMED if confirmed else Verification.REPORTED,
                progress=lambda n: progress.update(task, completed=n))
        data = {**report.as_dict(), "file": str(file), "layout": outcome.layout,
                "uninterpreted": [str(p) for p in outcome.problems]}
        if dry_run:
            data["would_read"] = outcome.stats
        if json_out:
            print_json(data)
            return
        title = f"{'would import' if dry_run else 'imported'} {file.name} ({outcome.layout})"
        table = Table("what", "how many", title=title)
        table.add_row("persons created", str(report.persons_created))
        table.add_row("persons reused", str(report.persons_reused))
        for kind, n in sorted(report.events_added.items()):
            table.add_row(f"events: {kind}", str(n))
        table.add_row("events corrected", str(report.events_corrected))
        table.add_row("events unchanged", str(report.events_unchanged))
        table.add_row("sources added", str(report.sources_added))
        console.print(table)
        # A dry run is the review before writing: it lists everything. A real import keeps
        # its screen short; --json has it all.
        shown = None if dry_run else 50
        for line in report.changes[:shown]:
            console.print(f"  changed: {escape(line)}")
        if report.missing:
            console.print(f"  [yellow]{len(report.missing)} record(s) imported before are not "
                          "in this file (kept, nothing retracted)[/]")
            for ref in report.missing[:shown]:
                console.print(f"    missing: {escape(ref)}")
        for miss in report.near_misses[:shown]:
            console.print(f"  [yellow]near miss for review:[/] {escape(str(miss))}")
        for problem in outcome.problems[:shown]:
            console.print(f"  [yellow]not interpreted:[/] {escape(str(problem))}")
        longest = max(len(report.changes), len(report.missing), len(report.near_misses),
                      len(outcome.problems))
        if shown is not None and longest > shown:
            console.print("  ... more not shown: --dry-run or --json lists them all")
        if outcome.problems:
            console.print(f"  {len(outcome.problems)} row(s) or field(s) not interpreted")

    @app.command("export")
    def export(
        fmt: Annotated[str, typer.Option("--format", help="csv or json.")] = "csv",
        out: Annotated[Path | None, typer.Option(help="File to write (default: stdout).")
                       ] = None,
        db: DbOpt = None, actor: ActorOpt = None,
    ) -> None:
        """Export the registry (staff export: every visibility; the action is audited)."""
        if fmt not in ("csv", "json"):
            fail(f"--format {fmt!r}: choose csv or json")
        database = open_db(db)
        text = (exporting.export_csv(database, actor) if fmt == "csv" else
                json.dumps(exporting.export_json(database, actor), ensure_ascii=False,
                           indent=1) + "\n")
        if out:
            out.write_text(text, encoding="utf-8")
            console.print(f"wrote {out}")
        else:
            typer.echo(text, nl=False)
