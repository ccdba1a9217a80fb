"""Errors the user can fix: each is reported as one line and exit code 2."""

from __future__ import annotations

import os


class StanceError(Exception):
    """Bad usage or bad data. The message says what is wrong and where (file, line, column)."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | os.PathLike | None = None,
        line: int | None = None,
        column: int | str | None = None,
    ):
        self.message = message
        self.path = os.fspath(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def where(self) -> str:
        """`file:line:` prefix (column named in the message when it is a field, not an offset)."""
        parts = []
        if self.path is not None:
            parts.append(self.path)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class DataError(StanceError):
    """A data file that cannot be read as statements."""


class ModelError(StanceError):
    """A model directory that is missing, damaged, foreign or untrusted."""


class UsageError(StanceError):
    """Options that contradict each other or a value out of range."""


def require(module: str, extra: str, purpose: str) -> None:
    """A UsageError naming the extra to install when an optional dependency is missing (checked before any work)."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise UsageError(f"{purpose} needs {module}, which is not installed: pip install 'stance[{extra}]'") from None
