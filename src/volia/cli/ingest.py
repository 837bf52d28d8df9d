"""``volia ingest PATH|URL|FEED...``: reports become sources, their claims wait for review."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from volia.cli._common import (
    ActorOpt,
    DbOpt,
    JsonOpt,
    console,
    err_console,
    fail,
    open_db,
    print_json,
)


def ingest_command(
    inputs: Annotated[list[str], typer.Argument(
        help="Text or HTML files, folders, RSS/Atom feeds, or http(s) URLs (fetched once).")],
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date YYYY-MM-DD for documents that state none "
        "(neither in their metadata nor in a dateline).")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language en, ru or be (default: detected per document).")] = None,
    publisher: Annotated[str | None, typer.Option(
        "--publisher", help="Publisher for documents that do not name one (it decides "
        "which sources count as independent).")] = None,
    db: DbOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Read reports, store each once as a source, and queue their claims for `volia review`.

    Nothing reaches the registry until a reviewer accepts it. A document that cannot be read
    is reported and skipped; the others go on (exit code 1 if any failed).
    """
    from volia.services.documents import expand
    from volia.services.ingest import Batch, Options

    when = None
    if published:
        try:
            when = date.fromisoformat(published)
        except ValueError:
            fail(f"--published {published!r} is not a YYYY-MM-DD date")
    if lang is not None and lang not in ("en", "ru", "be"):
        fail(f"--lang {lang!r} is not one of en, ru, be")
    database = open_db(db)
    batch = Batch(database, Options(published=when, lang=lang, publisher=publisher,
                                    actor=actor))
    items = list(expand(inputs))
    outcomes = []
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err_console, transient=True,
                  disable=not err_console.is_terminal) as progress:
        task = progress.add_task("ingesting", total=len(items))
        for item in items:
            progress.update(task, description=escape(item.origin[-40:] if hasattr(
                item, "origin") else "input"))
            for outcome in batch.run(item):
                outcomes.append(outcome)
                if outcome.status == "failed" and not as_json:
                    err_console.print(f"[red]skipped:[/] {escape(outcome.error or '')}",
                                      highlight=False, soft_wrap=True)
            progress.advance(task)
    failed = [o for o in outcomes if o.status == "failed"]
    stored = [o for o in outcomes if o.status == "stored"]
    claims = sum(len(o.claims) for o in stored)
    if as_json:
        print_json({"documents": [o.as_dict() for o in outcomes], "stored": len(stored),
                    "duplicates": sum(o.status == "duplicate" for o in outcomes),
                    "failed": len(failed), "claims_queued": claims})
    else:
        for o in outcomes:
            if o.status != "failed":
                console.print(f"{o.status:9} {escape(o.origin)}  [dim]{o.language or '?'} "
                              f"{o.published or 'undated'}[/]  {len(o.claims)} claims",
                              highlight=False, soft_wrap=True)
        console.print(f"{len(stored)} stored, {len(outcomes) - len(stored) - len(failed)} "
                      f"already known, {len(failed)} failed; {claims} claims queued for "
                      "review (`volia review`).", soft_wrap=True)
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
