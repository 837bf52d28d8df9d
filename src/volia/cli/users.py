"""`volia user add|list|set`: staff accounts for the web console."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from volia.cli._common import ActorOpt, DbOpt, JsonOpt, console, fail, open_db, print_json
from volia.services import users as users_service
from volia.services.users import Role

user_app = typer.Typer(help="Staff accounts of the web console.", no_args_is_help=True)
PASSWORD_ENV = "VOLIA_PASSWORD"

PasswordFileOpt = Annotated[Path | None, typer.Option(
    "--password-file", help="Read the password from this file's first line (then "
    f"${PASSWORD_ENV}, then a prompt).", exists=True, dir_okay=False)]


def _password(path: Path | None, *, required: bool = True) -> str | None:
    """From a file, the environment, or a hidden prompt: never from the command line, where
    it would land in shell history and in every process listing."""
    if path is not None:
        lines = path.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not required:
        return None
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@user_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[Role, typer.Option(help="admin, editor, reviewer or viewer.")],
    password_file: PasswordFileOpt = None,
    db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False,
) -> None:
    """Create a staff account."""
    database = open_db(db)
    password = _password(password_file) or ""
    try:
        user = users_service.add_user(database, name, role, password, actor=actor)
    except ValueError as exc:
        fail(str(exc))
    if json_out:
        print_json({"id": user.id, "name": user.name, "role": str(user.role)})
    else:
        console.print(f"User [bold]{user.name}[/] added with role {user.role}.")


@user_app.command("list")
def list_users(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Staff accounts, their roles and whether they may log in."""
    found = users_service.list_users(open_db(db))
    if json_out:
        print_json([{"name": u.name, "role": str(u.role), "active": u.active} for u in found])
        return
    for u in found:
        console.print(f"{u.name:30} {u.role:9} {'active' if u.active else 'disabled'}")


@user_app.command("set")
def set_user(
    name: Annotated[str, typer.Argument()],
    role: Annotated[Role | None, typer.Option()] = None,
    new_password: Annotated[bool, typer.Option("--new-password",
                                               help="Set a new password.")] = False,
    password_file: PasswordFileOpt = None,
    disable: Annotated[bool, typer.Option("--disable")] = False,
    enable: Annotated[bool, typer.Option("--enable")] = False,
    reason: Annotated[str | None, typer.Option()] = None,
    db: DbOpt = None, actor: ActorOpt = None,
) -> None:
    """Change a role or password, or disable/enable an account (its sessions end)."""
    if disable and enable:
        fail("--disable and --enable together")
    password = _password(password_file) if (new_password or password_file) else None
    active = False if disable else True if enable else None
    if role is None and password is None and active is None:
        fail("nothing to change: give --role, --new-password, --disable or --enable")
    try:
        users_service.change_user(open_db(db), name, actor=actor, reason=reason, role=role,
                                  password=password, active=active)
    except (ValueError, LookupError) as exc:
        fail(str(exc))
    console.print(f"User {name} changed.")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
