"""`volia dedupe`, `volia merge`, `volia unmerge`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from volia.cli._common import ActorOpt, DbOpt, JsonOpt, console, open_db, print_json, user_errors
from volia.services import merging

PersonArg = Annotated[str, typer.Argument(help="Id, slug, import id or unique name.")]
ReasonOpt = Annotated[str, typer.Option(help="Why (kept in the ledger and the audit log).")]


def register(app: typer.Typer) -> None:
    @app.command("dedupe")
    def dedupe(min_score: Annotated[float, typer.Option(min=0.0, max=1.0)] = 0.85,
               limit: Annotated[int, typer.Option(min=1)] = 200,
               db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """Probable duplicate persons, with the evidence for each pair."""
        database = open_db(db)
        pairs = merging.probable_duplicates(database, min_score=min_score, limit=limit)
        if json_out:
            print_json([p.__dict__ for p in pairs])
            return
        table = Table("score", "A", "B", "evidence", title=f"{len(pairs)} probable duplicates")
        for p in pairs:
            table.add_row(f"{p.score:.3f}", f"{escape(p.a_name)}\n{p.a}",
                          f"{escape(p.b_name)}\n{p.b}", escape("; ".join(p.reasons)))
        console.print(table)

    @app.command("merge")
    def merge(a: PersonArg, b: PersonArg, reason: ReasonOpt, db: DbOpt = None,
              actor: ActorOpt = None, json_out: JsonOpt = False) -> None:
        """Merge person A into person B (A's records then count under B; both ids resolve)."""
        database = open_db(db)
        with user_errors():
            result = merging.merge(database, a, b, reason=reason, actor=actor)
        if json_out:
            print_json(result.__dict__)
        else:
            console.print(f"merged {result.absorbed} into {result.into}")

    @app.command("unmerge")
    def unmerge(a: PersonArg, reason: ReasonOpt, db: DbOpt = None, actor: ActorOpt = None,
                json_out: JsonOpt = False) -> None:
        """Undo the merge of person A."""
        database = open_db(db)
        with user_errors():
            result = merging.unmerge(database, a, reason=reason, actor=actor)
        if json_out:
            print_json(result.__dict__)
        else:
            console.print(f"unmerged {result.absorbed} from {result.into}")
