"""`volia audit`: read the audit log."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from volia.cli._common import DbOpt, JsonOpt, console, open_db, parse_moment, print_json
from volia.safety.auditing import entry_dict, recent
from volia.services.counting import as_utc_naive


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit_log(
        action: Annotated[str | None, typer.Option(
            help="Only this action or family (publish, export, login, embargo...).")] = None,
        actor: Annotated[str | None, typer.Option(help="Only entries by this actor.")] = None,
        since: Annotated[str | None, typer.Option(
            help="Only entries at or after this ISO date or time (UTC).")] = None,
        limit: Annotated[int, typer.Option(min=0, help="Newest N entries (0: all).")] = 50,
        db: DbOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Who did what, when and why: the append-only, hash-chained audit log."""
        database = open_db(db)
        moment = parse_moment(since, "--since")
        if moment is not None and since is not None and len(since) == 10:
            moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        found = recent(database, action=action, actor=actor, since=as_utc_naive(moment),
                       limit=limit or None)
        if json_out:
            print_json([entry_dict(e) for e in found])
            return
        table = Table("#", "at (UTC)", "actor", "action", "entity", "reason", "detail",
                      title=f"audit log ({len(found)} entries)")
        for e in found:
            detail = ", ".join(f"{k}={v}" for k, v in e.detail.items())
            table.add_row(str(e.seq), e.at.isoformat(timespec="seconds"), escape(e.actor),
                          e.action, escape(f"{e.entity or ''} {e.entity_id or ''}".strip()),
                          escape(e.reason or ""), escape(detail[:120]))
        console.print(table)
