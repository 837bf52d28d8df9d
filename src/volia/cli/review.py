"""``volia review``: decide on queued claims, one at a time in the terminal, or by script.

    volia review                      # interactive: a accept, r reject, 1-9 candidate, ...
    volia review --list --json        # the pending claims for scripts
    volia review accept ID... [--person REF | --new-person] [--date D] [--type T]
    volia review reject ID... --reason TEXT
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

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
from volia.domain.dates import PartialDate
from volia.domain.model import EventType, short_id
from volia.services import review
from volia.services.review_views import ClaimView
from volia.store.unit import Database

review_app = typer.Typer(help="Review claims read from reports (see `volia ingest`).",
                         invoke_without_command=True)
KEYS = ("[b]a[/]ccept  [b]r[/]eject  [b]1-9[/] candidate  [b]0[/] no person  [b]n[/]ew person"
        "  [b]d[/]ate  [b]s[/]kip  [b]q[/]uit")


def render(view: ClaimView, position: str = "") -> Panel:
    """The claim, its evidence highlighted in its paragraph, and the numbered candidates."""
    body = Text()
    who = view.name or "(a group)"
    body.append(f"{view.type}", style="bold magenta")
    body.append(f"  {who}", style="bold")
    body.append(f"  date {view.date.iso() or 'unknown'} ({view.date.precision.value})")
    for key, value in view.details.items():
        body.append(f"  {key} {value}")
    body.append(f"  confidence {view.confidence:.2f}\n", style="dim")
    src = view.source
    body.append(f"source: {src.get('title') or src.get('url') or short_id(view.source_id)}"
                f"  {src.get('publisher') or ''}  {src.get('published') or 'undated'}\n\n",
                style="dim")
    context = Text(view.context)
    if view.highlight:
        context.stylize("on grey23", *view.highlight)
    for start, end in view.mention_spans:
        context.stylize("bold yellow", start, end)
    body.append_text(context)
    body.append("\n\n")
    if view.type != EventType.GROUP_RELEASE:
        linked = f"{view.person_name} ({short_id(view.person_id)})" if view.person_id else \
            "none: choose a candidate or [n]ew person"
        body.append("person: ", style="bold")
        body.append(f"{linked}\n")
        for number, cand in enumerate(view.candidates[:9], start=1):
            mark = "*" if cand.person_id == view.person_id else " "
            body.append(f" {mark}{number}. {cand.name}  {cand.score:.2f}  "
                        f"{'; '.join(cand.reasons[:2])}\n")
    return Panel(body, title=f"claim {short_id(view.id)} {position}", subtitle=KEYS)


def _ask_date() -> PartialDate:
    value = typer.prompt("Date (YYYY, YYYY-MM or YYYY-MM-DD, empty = unknown)", default="",
                         show_default=False)
    return PartialDate.parse(value)  # DateError (a ValueError) is shown, the claim stays


def _apply(db: Database, view: ClaimView, key: str, actor: str | None,
           edits: review.ClaimEdit | None) -> str:
    """Act on one key; returns done, skip, stay, date or quit."""
    personal = view.type != EventType.GROUP_RELEASE
    if key == "q":
        return "quit"
    if key == "s":
        return "skip"
    if key == "d":
        return "date"
    if key == "a":
        new = False
        if view.person_id is None and personal:
            new = typer.confirm(f"No registry person is linked. Create {view.name!r}?",
                                default=False)
            if not new:
                return "stay"
        review.accept(db, view.id, reviewer=actor, new_person=new, changes=edits)
        console.print("[green]accepted[/]")
        return "done"
    if key == "n" and personal:
        review.accept(db, view.id, reviewer=actor, new_person=True, changes=edits)
        console.print(f"[green]accepted with a new person[/] {escape(view.name or '')}")
        return "done"
    if key == "r":
        review.reject(db, view.id, typer.prompt("Reason"), reviewer=actor)
        console.print("[yellow]rejected[/]")
        return "done"
    if key.isdigit() and personal:
        number = int(key)
        if number > len(view.candidates):
            raise ValueError(f"there is no candidate {number}")
        review.choose(db, view.id, view.candidates[number - 1].person_id if number else None,
                      reviewer=actor)
    return "stay"


def _key() -> str:
    """One key press; from a pipe, the next non-blank character (end of input quits)."""
    if sys.stdin.isatty():
        return typer.getchar()
    while True:
        char = sys.stdin.read(1)
        if not char:
            return "q"
        if not char.isspace():
            return char


def _interactive(db: Database, actor: str | None) -> None:
    queue = [v.id for v in review.pending(db)]
    if not queue:
        console.print("No claims wait for review.")
        return
    done = 0
    index = 0
    pending_date: dict[str, review.ClaimEdit] = {}
    while index < len(queue):
        view = review.get(db, queue[index])
        if not view.pending:
            index += 1
            continue
        edits = pending_date.get(view.id)
        if edits and edits.date is not None:
            view.date = edits.date
        console.print(render(view, f"{index + 1}/{len(queue)}"))
        key = _key()
        try:
            outcome = _apply(db, view, key, actor, edits)
            if outcome == "date":
                pending_date[view.id] = review.ClaimEdit(date=_ask_date())
        except (ValueError, LookupError) as exc:  # say what is wrong, stay on the claim
            console.print(f"[red]{escape(str(exc))}[/]")
            continue
        if outcome == "quit":
            break
        if outcome in ("done", "skip"):
            done += outcome == "done"
            index += 1
    console.print(f"{done} decided, {len(review.pending(db))} still pending.")


@review_app.callback()
def review_main(
    ctx: typer.Context,
    list_: Annotated[bool, typer.Option("--list", help="List pending claims and exit.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
    db: DbOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Decide on queued claims one at a time: the evidence is shown highlighted in its
    paragraph, with the linked person and the candidates. Nothing counts until accepted."""
    if ctx.invoked_subcommand is not None:
        return
    database = open_db(db)
    if not list_:
        _interactive(database, actor)
        return
    views = review.pending(database, limit)
    if as_json:
        print_json([v.as_dict() for v in views])
        return
    # One line per claim (the claim view shows the evidence whole).
    room = max(20, console.width - 64)
    for v in views:
        who = (v.person_name or v.name or "(group)")[:20]
        evidence = " ".join((v.evidence_text or "").split())
        console.print(f"{short_id(v.id)}  {v.type[:20]:<20} {escape(who):<20} "
                      f"{v.date.iso() or '?':<10} {v.confidence:.2f}  "
                      f"[dim]{escape(evidence[:room])}[/]", highlight=False, soft_wrap=True)
    console.print(f"{len(views)} pending.")


def _report(views: list[ClaimView], verb: str, as_json: bool) -> None:
    if as_json:
        print_json([v.as_dict() for v in views])
        return
    for v in views:
        console.print(f"{verb} {v.id}  {v.type}  {escape(v.person_name or v.name or '')}"
                      + (f"  event {v.event_id}" if v.event_id else ""), highlight=False,
                      soft_wrap=True)


@review_app.command("accept")
def accept_command(
    ids: Annotated[list[str], typer.Argument(help="Claim ids (or unique prefixes).")],
    person: Annotated[str | None, typer.Option(
        "--person", help="Link this registry person (id, slug or name) instead.")] = None,
    new_person: Annotated[bool, typer.Option(
        "--new-person", help="Create the person the claim names (nothing matched).")] = False,
    date: Annotated[str | None, typer.Option("--date", help="Correct the date.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Correct the event type.")] = None,
    db: DbOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Accept claims: each becomes a confirmed, sourced event (or cites the event it repeats)."""
    database = open_db(db)
    changes = None
    with user_errors():
        if date is not None or type_ is not None:
            changes = review.ClaimEdit(type=EventType(type_) if type_ else None,
                                       date=parse_partial(date, "--date") if date else None)
        done = [review.accept(database, ref, reviewer=actor, person_ref=person,
                              new_person=new_person, changes=changes) for ref in ids]
    _report(done, "accepted", as_json)


@review_app.command("reject")
def reject_command(
    ids: Annotated[list[str], typer.Argument(help="Claim ids (or unique prefixes).")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the claim).")],
    db: DbOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reject claims; they stay on record with the reason and never become events."""
    database = open_db(db)
    with user_errors():
        done = [review.reject(database, ref, reason, reviewer=actor) for ref in ids]
    _report(done, "rejected", as_json)


@review_app.command("choose")
def choose_command(
    claim: Annotated[str, typer.Argument(help="Claim id (or unique prefix).")],
    person: Annotated[str, typer.Argument(help="Registry person (id, slug or name).")],
    db: DbOpt = None,
    actor: ActorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Link a pending claim to another person; it still waits for accept or reject."""
    database = open_db(db)
    with user_errors():
        view = review.choose(database, claim, person, reviewer=actor)
    _report([view], "linked", as_json)


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
