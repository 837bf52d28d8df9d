"""`volia publish`: build the public snapshot from the one redaction step."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from volia.cli._common import ActorOpt, DbOpt, JsonOpt, console, open_db, parse_day, print_json
from volia.publish.publishing import publish as publish_snapshot

SHOW_NAMES = 30


def register(app: typer.Typer) -> None:
    @app.command("publish")
    def publish(
        out: Annotated[Path | None, typer.Option(
            "--out", help="Snapshot file (default: public.db beside the database).")] = None,
        as_of: Annotated[str | None, typer.Option(
            "--as-of", help="Day the figures are computed for (default: today).")] = None,
        db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Publish: redact the registry and write the public snapshot (audited)."""
        database = open_db(db)
        report = publish_snapshot(database, out, as_of=parse_day(as_of, "--as-of"),
                                  actor=actor)
        if json_out:
            print_json(report.as_dict())
            return
        console.print(f"Published [bold]{escape(report.path)}[/] "
                      f"(snapshot {report.snapshot_id}, {len(report.current.persons)} named)")
        table = Table("figure", "before", "now", title="what changed")
        for key, (before, now) in report.figure_changes().items():
            table.add_row(key, "-" if before is None else str(before), str(now))
        console.print(table)
        for label, people in (("added", report.added), ("removed", report.removed)):
            console.print(f"persons {label}: {len(people)}")
            for pid, name in people[:SHOW_NAMES]:
                console.print(f"  {'+' if label == 'added' else '-'} {escape(name)} ({pid})")
            if len(people) > SHOW_NAMES:
                console.print(f"  ... and {len(people) - SHOW_NAMES} more")
