"""The Typer app, shared option helpers and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
import traceback
from typing import Callable

import typer

from stance.errors import StanceError

app = typer.Typer(
    name="stance",
    help=(
        "Learn and predict the stance a speaker takes toward negotiations "
        "(supportive, conditional, opposed).\n\n"
        "Examples:\n\n"
        "  stance train data/statements.jsonl --out models/negotiation-stance\n\n"
        "  stance predict -m models/negotiation-stance \"We are ready to talk, but only if the shelling stops.\"\n\n"
        "  stance extract data/articles/ | stance label - > labeled.jsonl"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_DEBUG_ENV = "STANCE_DEBUG"


def debug_enabled() -> bool:
    return os.environ.get(_DEBUG_ENV, "") not in ("", "0")


def set_debug(value: bool) -> None:
    """Set by the root `--debug` option on every invocation (so one run's choice never leaks into the next)."""
    os.environ[_DEBUG_ENV] = "1" if value else "0"


def err(message: str) -> None:
    """One line on stderr."""
    print(message, file=sys.stderr, flush=True)


def handle_errors(func: Callable) -> Callable:
    """Turn StanceError into one line + exit 2, anything else into one line + exit 1 (traceback with --debug)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except StanceError as exc:
            if debug_enabled():
                traceback.print_exc()
            err(f"error: {exc}")
            raise typer.Exit(exc.exit_code)
        except KeyboardInterrupt:
            err("error: interrupted")
            raise typer.Exit(130)
        except BrokenPipeError:
            # The reader of our stdout went away (e.g. `| head`): not an error of ours.
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass
            raise typer.Exit(0)
        except MemoryError:
            err("error: out of memory; try a smaller --batch-size or a smaller input")
            raise typer.Exit(1)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if debug_enabled():
                traceback.print_exc()
            first = str(exc).splitlines()[0] if str(exc) else ""
            err(
                f"internal error: {type(exc).__name__}: {first} "
                "(this is a bug in stance; rerun with --debug and report the traceback)"
            )
            raise typer.Exit(1)

    return wrapper


def choice(value: str, choices: tuple[str, ...], flag: str) -> str:
    """``value`` lower-cased, or a UsageError naming ``flag`` and what it takes."""
    from stance.errors import UsageError

    if value.lower() not in choices:
        raise UsageError(f"unknown {flag} {value!r}; choose one of {', '.join(choices)}")
    return value.lower()


def progress_enabled() -> bool:
    """Progress bars only when a person is watching stderr."""
    try:
        return sys.stderr.isatty() and not os.environ.get("CI")
    except (AttributeError, ValueError):
        return False
