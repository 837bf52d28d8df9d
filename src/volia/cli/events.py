"""`volia event add|correct|retract` and `volia source add`."""

from __future__ import annotations

from typing import Annotated

import typer

from volia.cli._common import (
    ActorOpt,
    DbOpt,
    JsonOpt,
    console,
    open_db,
    parse_day,
    parse_partial,
    print_json,
    user_errors,
)
from volia.domain.model import (
    Citation,
    EventDetails,
    EventType,
    ReleaseReason,
    SourceKind,
    Verification,
    Visibility,
)
from volia.services import registry

event_app = typer.Typer(help="Record, correct and retract events.", no_args_is_help=True)
source_app = typer.Typer(help="Record sources.", no_args_is_help=True)


def _details(term_months: int | None, facility: str | None, destination: str | None,
             reason: ReleaseReason | None, article: list[str] | None, count: int | None,
             recognized_by: str | None) -> EventDetails:
    return EventDetails(term_months=term_months, facility=facility,
                        destination_country=destination.upper() if destination else None,
                        reason=reason, articles=tuple(article or ()), count=count,
                        recognized_by=recognized_by)


TermOpt = Annotated[int | None, typer.Option(help="Sentence length in months.", min=0)]
FacilityOpt = Annotated[str | None, typer.Option(help="Facility name.")]
DestOpt = Annotated[str | None, typer.Option("--destination", help="ISO alpha-2 country.")]
ReasonOpt = Annotated[ReleaseReason | None, typer.Option(help="Why released.")]
ArticleOpt = Annotated[list[str] | None, typer.Option(help="Code article, repeatable.")]
CountOpt = Annotated[int | None, typer.Option(help="group_release: how many.", min=0)]
ByOpt = Annotated[str | None, typer.Option("--recognized-by", help="Recognising group.")]


@event_app.command("add")
def add(
    type: Annotated[EventType, typer.Argument(help="Event type (domain.md).")],
    person: Annotated[str | None, typer.Option(help="Id, slug, import id or unique name.")
                      ] = None,
    date: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    term_months: TermOpt = None, facility: FacilityOpt = None, destination: DestOpt = None,
    reason: ReasonOpt = None, article: ArticleOpt = None, count: CountOpt = None,
    recognized_by: ByOpt = None,
    source: Annotated[list[str] | None, typer.Option(help="Source id, repeatable.")] = None,
    quote: Annotated[str | None, typer.Option(help="The words in the source.")] = None,
    visibility: Annotated[Visibility, typer.Option()] = Visibility.PUBLIC,
    verification: Annotated[Verification, typer.Option()] = Verification.REPORTED,
    embargo_reason: Annotated[str | None, typer.Option()] = None,
    embargo_until: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
    db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
) -> None:
    """Record an event about a person (or a group release)."""
    database = open_db(db)
    with user_errors():
        event = registry.add_event(
            database, person, actor, type=type, date=parse_partial(date, "--date"),
            details=_details(term_months, facility, destination, reason, article, count,
                             recognized_by),
            citations=[Citation(s, quote) for s in source or []], visibility=visibility,
            verification=verification, embargo_reason=embargo_reason,
            embargo_until=parse_day(embargo_until, "--embargo-until"))
    if json_out:
        print_json({"id": event.id, "type": str(event.type), "person_id": event.person_id})
    else:
        console.print(f"Recorded {event.type} {event.date} id={event.id}")


@event_app.command("correct")
def correct(
    event: Annotated[str, typer.Argument(help="Event id (any version) or lineage id.")],
    reason: Annotated[str, typer.Option(help="Why the correction.")],
    date: Annotated[str | None, typer.Option()] = None,
    term_months: TermOpt = None, facility: FacilityOpt = None, destination: DestOpt = None,
    db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
) -> None:
    """Correct an event: a new record supersedes the one in force."""
    database = open_db(db)
    changes: dict[str, object] = {}
    if date is not None:
        changes["date"] = parse_partial(date, "--date")
    with user_errors():
        if term_months is not None or facility is not None or destination is not None:
            from volia.services.registry import current_record

            old = current_record(database, event).details
            changes["details"] = EventDetails(**{
                **old.__dict__,
                **({"term_months": term_months} if term_months is not None else {}),
                **({"facility": facility} if facility is not None else {}),
                **({"destination_country": destination.upper()} if destination else {})})
        if not changes:
            raise ValueError("nothing to correct: give --date, --term-months, --facility or "
                             "--destination")
        record = registry.correct_event(database, event, reason=reason, actor=actor, **changes)
    if json_out:
        print_json({"id": record.id, "supersedes": record.supersedes})
    else:
        console.print(f"Corrected: new record {record.id} supersedes {record.supersedes}")


@event_app.command("retract")
def retract(event: Annotated[str, typer.Argument(help="Event id or lineage id.")],
            reason: Annotated[str, typer.Option(help="Why it is withdrawn.")],
            db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False) -> None:
    """Retract an event: it stops counting; its records stay in the history."""
    database = open_db(db)
    with user_errors():
        record = registry.retract_event(database, event, reason=reason, actor=actor)
    if json_out:
        print_json({"id": record.id, "retracts": record.supersedes})
    else:
        console.print(f"Retracted {record.supersedes} (record {record.id})")


@source_app.command("add")
def add_source(
    url: Annotated[str | None, typer.Option()] = None,
    title: Annotated[str | None, typer.Option()] = None,
    text_file: Annotated[typer.FileText | None, typer.Option("--text-file")] = None,
    kind: Annotated[SourceKind, typer.Option()] = SourceKind.NEWS,
    publisher: Annotated[str | None, typer.Option()] = None,
    published: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]].")] = None,
    language: Annotated[str | None, typer.Option()] = None,
    visibility: Annotated[Visibility, typer.Option()] = Visibility.PUBLIC,
    db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
) -> None:
    """Record a source (the same text twice is one source)."""
    if not (url or title or text_file):
        console.print("give at least --url, --title or --text-file")
        raise typer.Exit(2)
    database = open_db(db)
    with user_errors():
        sid = registry.add_source(
            database, actor, url=url, title=title,
            text=text_file.read() if text_file else None, kind=kind, publisher=publisher,
            published=parse_partial(published, "--published"), language=language,
            visibility=visibility)
    if json_out:
        print_json({"id": sid})
    else:
        console.print(f"Source id={sid}")


def register(app: typer.Typer) -> None:
    app.add_typer(event_app, name="event")
    app.add_typer(source_app, name="source")
