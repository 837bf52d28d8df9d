"""`volia person add|show|list|find`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from volia.cli._common import (
    ActorOpt,
    DbOpt,
    JsonOpt,
    console,
    open_db,
    parse_partial,
    print_json,
    user_errors,
)
from volia.domain.model import Gender, Visibility
from volia.services import persons as person_service
from volia.services import registry

person_app = typer.Typer(help="Add, show, list and find persons.", no_args_is_help=True)


@person_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Primary name in Latin script.")],
    native: Annotated[str | None, typer.Option(help="Name in the native script.")] = None,
    native_lang: Annotated[str | None, typer.Option(help="be, ru, uk...")] = None,
    birth: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    gender: Annotated[Gender, typer.Option()] = Gender.UNKNOWN,
    citizenship: Annotated[list[str] | None, typer.Option(help="ISO alpha-2, repeatable.")
                           ] = None,
    occupation: Annotated[list[str] | None, typer.Option(help="Repeatable.")] = None,
    visibility: Annotated[Visibility, typer.Option()] = Visibility.PUBLIC,
    db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
) -> None:
    """Add a person."""
    database = open_db(db)
    with user_errors():
        person = registry.add_person(
            database, name, actor, native=native, native_lang=native_lang,
            birth_date=parse_partial(birth, "--birth"), gender=gender,
            citizenship=[c.upper() for c in citizenship or []],
            occupations=occupation or [], visibility=visibility)
    if json_out:
        print_json({"id": person.id, "slug": person.slug, "name": name})
    else:
        console.print(f"Added [bold]{name}[/] id={person.id} slug={person.slug}")


@person_app.command("show")
def show(person: Annotated[str, typer.Argument(help="Id, slug, import id or unique name.")],
         db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Show a person: names, status and the events in force."""
    database = open_db(db)
    with user_errors():
        view = person_service.show(database, person)
    data = view.as_dict()
    if json_out:
        print_json(data)
        return
    console.print(f"[bold]{escape(view.person.primary_name)}[/]  "
                  f"id={data['id']} slug={data['slug']}")
    console.print(f"status: [bold]{data['status']}[/]  recognised: {data['recognized']}  "
                  f"visibility: {data['visibility']}  born: {data['birth_date'] or '?'}")
    for n in data["names"]:
        console.print(f"  name: {escape(n['text'])} "
                      f"({n['script']}, {n['lang'] or '-'}, {n['kind']})")
    table = Table("date", "type", "details", "verification", "visibility", "sources")
    for e in data["events"]:
        details = ", ".join(f"{k}={v}" for k, v in e["details"].items())
        table.add_row(e["date"] or "?", e["type"], escape(details), e["verification"],
                      e["visibility"], str(len(e["sources"])))
    console.print(table)
    for p in data["problems"]:
        console.print(f"[yellow]data problem:[/] {escape(p['message'])}")


@person_app.command("list")
def list_(limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
          offset: Annotated[int, typer.Option(min=0)] = 0,
          db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """List persons with their current status."""
    database = open_db(db)
    total, views = person_service.list_persons(database, limit=limit, offset=offset)
    if json_out:
        print_json({"total": total, "offset": offset, "persons": [
            {k: v for k, v in view.as_dict().items() if k != "events"} for view in views]})
        return
    table = Table("slug", "name", "status", "recognised", "visibility", title=f"{total} persons")
    for view in views:
        d = view.as_dict()
        table.add_row(d["slug"], escape(d["name"]), d["status"], "yes" if d["recognized"] else "",
                      d["visibility"])
    console.print(table)


@person_app.command("find")
def find(name: Annotated[str, typer.Argument(help="A name in any script or spelling.")],
         birth_year: Annotated[int | None, typer.Option()] = None,
         limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
         db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Ranked candidates for a name (Калеснікава finds Kolesnikova)."""
    database = open_db(db)
    with user_errors():
        matches = person_service.find(database, name, limit=limit, birth_year=birth_year)
    if json_out:
        print_json([{"person_id": m.person_id, "slug": m.slug, "name": m.name,
                     "score": round(m.score, 4), "reasons": list(m.reasons)} for m in matches])
        return
    table = Table("score", "name", "slug", "why", title=f"candidates for {name!r}")
    for m in matches:
        table.add_row(f"{m.score:.3f}", escape(m.name), m.slug, escape("; ".join(m.reasons)))
    console.print(table if matches else "no candidates")


def register(app: typer.Typer) -> None:
    app.add_typer(person_app, name="person")
