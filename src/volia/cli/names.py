"""``volia names ...``: look at what the name engine does with a name."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.console import Console
from rich.table import Table

from volia.names import InvalidName, detect_language, detect_script, normalise_mention, variants

names_app = typer.Typer(help="Names across scripts: variants, scripts, inflection.",
                        no_args_is_help=True)


@names_app.command("variants")
def variants_command(
    name: str = typer.Argument(..., help="A name in Cyrillic or Latin script."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """The spellings Volia generates for NAME (transliterations, be↔ru, reverse)."""
    try:
        found = variants(name)
    except InvalidName as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps([asdict(v) for v in found], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Variants of {name}")
    for column in ("spelling", "system", "script", "lang"):
        table.add_column(column)
    for v in found:
        table.add_row(v.text, v.system, v.script, v.lang or "")
    Console().print(table)


@names_app.command("inspect")
def inspect_command(
    name: str = typer.Argument(..., help="A name or an inflected mention."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Script, language and nominative form of NAME."""
    try:
        info = {"input": name, "script": detect_script(name), "language": detect_language(name),
                "nominative": normalise_mention(name)}
    except InvalidName as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    for key, value in info.items():
        typer.echo(f"{key:11} {value}")


def register(app: typer.Typer) -> None:
    app.add_typer(names_app, name="names")
