"""`volia serve`: the staff console and the public site (and API) in one process."""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path
from typing import Annotated

import typer
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from volia.cli._common import DbOpt, console, err_console, fail, open_db
from volia.store.db import database_url
from volia.store.unit import Database

BOOTSTRAP_ADMIN = "admin"


def default_snapshot(url: str) -> Path:
    """``public.db`` beside an SQLite database; in the working directory otherwise."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(str(parsed.database)).resolve().parent / "public.db"
    return Path("public.db").resolve()


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bootstrap_admin(db: Database, host: str) -> str | None:
    """On a registry with no staff account, served on loopback only: create ``admin`` with a
    random password and return it, so `make demo` ends with a console one can log into.

    The password is printed once on the terminal of whoever started the server (as Jupyter
    does with its token), never stored in clear, and the account is in the audit log. On any
    other address nothing is created: accounts come from `volia user add`.
    """
    from volia.services import users

    if not _loopback(host) or users.list_users(db):
        return None
    password = secrets.token_urlsafe(12)
    users.add_user(db, BOOTSTRAP_ADMIN, users.Role.ADMIN, password, actor="volia serve",
                   reason="first run on loopback: no staff account existed")
    return password


def ensure_snapshot(db: Database, path: Path) -> bool:
    """Build a first snapshot when none exists and the publish service is installed."""
    from volia.web.staff.integrations import publish_service

    if path.exists():
        return True
    service = publish_service()
    if service is None:
        return False
    with console.status(f"No snapshot yet: publishing a first one to {path}..."):
        service(db, out=path, actor="volia serve")
    return path.exists()


def _recorded_snapshot(url: str) -> Path | None:
    """The latest publication recorded in the registry, read once and let go."""
    from volia.web.staff.integrations import latest_snapshot

    database = Database.open(url)
    try:
        return latest_snapshot(database) if database.initialised() else None
    finally:
        database.dispose()


def build_app(db: Database | None, snapshot: Path, *, public_only: bool) -> FastAPI:
    from volia.web.public import create_public_app

    public = create_public_app(snapshot)
    if public_only or db is None:
        return public
    from volia.web.staff import create_staff_app

    app = create_staff_app(db, snapshot_path=snapshot)
    # Staff routes are matched first; everything else falls through to the public site.
    app.mount("/", public)
    return app


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        db: DbOpt = None,
        public_only: Annotated[bool, typer.Option(
            "--public-only", help="Serve only the public site and API (no staff console, "
                                  "no access to the private store).")] = False,
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
        snapshot: Annotated[Path | None, typer.Option(
            "--snapshot", help="Snapshot file to serve (default: public.db beside the "
                               "database).", dir_okay=False)] = None,
    ) -> None:
        """Serve the staff console at /login and /staff, the public site at / and the API."""
        import uvicorn

        from volia.web.staff.integrations import latest_snapshot

        url = database_url(db)
        if public_only:
            path = (snapshot or _recorded_snapshot(url) or default_snapshot(url)).resolve()
            if not path.exists():
                fail(f"no snapshot at {path}: run `volia publish` first or give --snapshot")
            database = None  # the public app gets no handle on the private store
        else:
            database = open_db(url)
            path = (snapshot or latest_snapshot(database) or default_snapshot(url)).resolve()
            password = bootstrap_admin(database, host)
            if password:
                console.print(f"No staff account existed: created [bold]{BOOTSTRAP_ADMIN}[/] "
                              f"with password [bold]{password}[/] (shown only now; change it "
                              f"with `volia user set {BOOTSTRAP_ADMIN} --new-password`).")
            if not ensure_snapshot(database, path):
                err_console.print(f"No snapshot at {path} yet and no publish service: the "
                                  "public site says 'not yet published' until one exists.")
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        console.print(f"Public site: http://{shown}:{port}/  (snapshot {path})")
        if not public_only:
            console.print(f"Staff console: http://{shown}:{port}/login")
        uvicorn.run(build_app(database, path, public_only=public_only), host=host, port=port,
                    log_level="info", proxy_headers=True, forwarded_allow_ips="127.0.0.1")
