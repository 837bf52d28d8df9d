"""Entry point of the ``volia`` command.

Command modules register themselves: every module in ``volia.cli`` with a ``register(app)``
function is loaded, so commands can be added without editing this file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

import volia.cli

app = typer.Typer(
    name="volia",
    help="Volia: a sourced, reviewed, append-only registry of political prisoners.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(volia.cli.__path__), key=lambda m: m.name):
        if info.name in {"main"} or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"volia.cli.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_load_commands()


def main() -> None:
    app()
