"""`volia backup FILE` and `volia restore FILE` (optionally encrypted with a passphrase)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from volia.cli._common import ActorOpt, DbOpt, JsonOpt, console, fail, open_db, print_json
from volia.safety.backup import BackupError
from volia.safety.backup import backup as take_backup
from volia.safety.backup import restore as do_restore
from volia.store.unit import Database

PassFile = Annotated[Path | None, typer.Option(
    "--passphrase-file", help="Read the passphrase from this file (first line).",
    exists=True, dir_okay=False)]
PassEnv = Annotated[str | None, typer.Option(
    "--passphrase-env", help="Read the passphrase from this environment variable.")]


def passphrase(file: Path | None, env: str | None) -> str | None:
    """Never from the command line itself: arguments are visible to every local user."""
    if file and env:
        fail("give --passphrase-file or --passphrase-env, not both")
    if file:
        lines = file.read_text(encoding="utf-8").splitlines()
        value = lines[0] if lines else ""
    elif env:
        if env not in os.environ:
            fail(f"environment variable {env} is not set")
        value = os.environ[env]
    else:
        return None
    if len(value) < 8:
        fail("the passphrase is too short (8 characters at least; a long sentence is best)")
    return value


def register(app: typer.Typer) -> None:
    @app.command("backup")
    def backup(file: Annotated[Path, typer.Argument(help="Backup file to write.")],
               passphrase_file: PassFile = None, passphrase_env: PassEnv = None,
               db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False) -> None:
        """A consistent copy of the registry, taken while it runs (audited)."""
        secret = passphrase(passphrase_file, passphrase_env)
        database = open_db(db)
        report = take_backup(database, file, secret, actor=actor)
        if json_out:
            print_json(report.__dict__)
            return
        total = sum(report.rows.values())
        console.print(f"Backup written to [bold]{file}[/] ({report.format}, {total} rows, "
                      f"{'encrypted' if report.encrypted else '[yellow]not encrypted[/]'})")

    @app.command("restore")
    def restore(file: Annotated[Path, typer.Argument(help="Backup file.", exists=True,
                                                     dir_okay=False)],
                passphrase_file: PassFile = None, passphrase_env: PassEnv = None,
                db: DbOpt = None, actor: ActorOpt = None, json_out: JsonOpt = False) -> None:
        """Restore a backup into an EMPTY database (refuses any other)."""
        secret = passphrase(passphrase_file, passphrase_env)
        database = open_db(db, must_exist=False)
        try:
            report = do_restore(database, file, secret, actor=actor)
        except BackupError as exc:
            fail(str(exc))
        finally:
            Database.dispose(database)
        if json_out:
            print_json(report.__dict__)
            return
        console.print(f"Restored {sum(report.rows.values())} rows from [bold]{file}[/] "
                      f"into {database.url}; run `volia verify` to check it.")
