"""Command-line interface: one module per verb, each a thin wrapper over a library function."""

from __future__ import annotations

import typer

from stance import __version__
from stance.cli._util import app, set_debug


def _version(value: bool) -> None:
    if value:
        print(f"stance {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    set_debug(debug)


# Importing the verb modules registers them on `app`; they keep heavy imports inside the functions.
from stance.cli import audit, evaluate, extract, info, label, predict, train  # noqa: E402,F401


def main() -> None:
    app(prog_name="stance")
