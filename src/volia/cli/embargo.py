"""`volia embargo impose|lift|list`, `volia consent`, `volia restrict`: who may see what.

Every command writes a new record (never an edit) and an audit entry with who and why.
"""

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
    parse_day,
    print_json,
    user_errors,
)
from volia.domain.model import Visibility
from volia.safety import protection as p

Reason = Annotated[str, typer.Option("--reason", help="Why (kept in the record and the audit).")]


def register(app: typer.Typer) -> None:
    embargo = typer.Typer(help="Embargoes: keep a fact, a release batch or a person out of "
                               "public until lifted.", no_args_is_help=True)
    app.add_typer(embargo, name="embargo")

    @embargo.command("impose")
    def impose(
        target: Annotated[p.EmbargoTarget, typer.Argument(help="event, group or person.")],
        ref: Annotated[str, typer.Argument(help="Event id, group (batch) id, or person.")],
        reason: Reason,
        lift_on: Annotated[str | None, typer.Option(
            "--lift-on", help="Earliest day it may be lifted (a reminder: never automatic).")
        ] = None,
        condition: Annotated[str | None, typer.Option(
            "--condition", help="What must be true to lift it.")] = None,
        db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Put an embargo on an event, a release batch or a person's identity."""
        database = open_db(db)
        with user_errors():
            eid = p.impose_embargo(database, target, ref, reason=reason,
                                   lift_on=parse_day(lift_on, "--lift-on"),
                                   lift_condition=condition, actor=actor)
        if json_out:
            print_json({"embargo": eid})
        else:
            console.print(f"embargo {eid} imposed on {target} {escape(ref)}")

    @embargo.command("lift")
    def lift(
        ref: Annotated[str, typer.Argument(help="Embargo id, or with --target what it covers.")],
        reason: Reason,
        target: Annotated[p.EmbargoTarget | None, typer.Option(
            "--target", help="Lift every embargo on this event / group / person.")] = None,
        db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
    ) -> None:
        """Lift an embargo (a new record with who and why); the next publish shows it."""
        database = open_db(db)
        with user_errors():
            lifts = p.lift_embargo(database, ref, reason=reason, target=target, actor=actor)
        if json_out:
            print_json({"lifts": lifts})
        else:
            console.print(f"{len(lifts)} lift record(s) written; run `volia publish` to "
                          "publish what they covered")

    @embargo.command("list")
    def list_(db: DbOpt = None, json_out: JsonOpt = False) -> None:
        """Embargoes in force (those carried by imported records' visibility not included)."""
        database = open_db(db)
        with database.read() as conn:
            active = p.active_embargoes(conn)
        if json_out:
            print_json([e.__dict__ for e in active])
            return
        table = Table("id", "target", "reason", "lift on", "condition", "by", "since")
        for e in active:
            table.add_row(e.id, f"{e.target} {e.target_id}", escape(e.reason),
                          str(e.lift_on or ""), escape(e.lift_condition or ""),
                          escape(e.recorded_by), e.recorded_at.isoformat(timespec="minutes"))
        console.print(table)

    @app.command("consent")
    def consent(
        person: Annotated[str, typer.Argument(help="Id, slug, import id or name.")],
        decision: Annotated[p.Decision, typer.Argument(help="given, withheld or withdrawn.")],
        given_by: Annotated[str, typer.Option("--given-by", help="Who gave or refused it.")],
        scope: Annotated[p.ConsentScope, typer.Option(
            help="identity (name), details (birth date, facility, region) or all.")
        ] = p.ConsentScope.ALL,
        relation: Annotated[str | None, typer.Option(help="e.g. self, wife, lawyer.")] = None,
        on: Annotated[str | None, typer.Option("--on", help="When it was given.")] = None,
        note: Annotated[str | None, typer.Option(help="Anything staff should know.")] = None,
        db: DbOpt = None, actor: ActorOpt = None,
    ) -> None:
        """Record a person's consent to publication (or its refusal or withdrawal)."""
        database = open_db(db)
        with user_errors():
            cid = p.record_consent(database, person, given_by=given_by, scope=scope,
                                   decision=decision, given_on=parse_day(on, "--on"),
                                   relation=relation, note=note, actor=actor)
        console.print(f"consent record {cid}: {decision} ({scope})")

    @app.command("restrict")
    def restrict(
        entity: Annotated[p.Entity, typer.Argument(help="person, event or source.")],
        ref: Annotated[str, typer.Argument(help="Person, event id or source id.")],
        field: Annotated[str, typer.Argument(help="The field, e.g. facility, birth_date, url.")],
        reason: Reason,
        visibility: Annotated[Visibility, typer.Option(
            help="restricted (default) or public to show it again.")] = Visibility.RESTRICTED,
        db: DbOpt = None, actor: ActorOpt = None,
    ) -> None:
        """Hide one field of a person, event or source from the public (or show it again)."""
        database = open_db(db)
        with user_errors():
            key = p.set_field_visibility(database, entity, ref, field, visibility,
                                         reason=reason, actor=actor)
        console.print(f"{entity} {key}: {field} is now {visibility}")
