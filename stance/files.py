"""Files, the one place they are checked, decoded, hashed and written.

* :func:`sha256`: the digest of a file (or of every file under a directory).
* :func:`decode_utf8` and :func:`text_lines`: UTF-8 text from bytes; a BOM is dropped, and NUL or
  undecodable bytes are a :class:`DataError` naming the byte offset and line.
* :func:`check_readable` and :func:`check_output`: fail before any work when a path cannot be read or written.
* :class:`AtomicTextFile`, :func:`atomic_path` and :func:`open_output`: a file appears complete or not at all.
* :func:`atomic_directory`: a directory (a model, an evaluation) is replaced only by a complete new one.

Standard library only: every command imports this.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from stance.errors import DataError, UsageError

# --- reading -------------------------------------------------------------------------------------------------


def check_readable(path: str | os.PathLike) -> Path:
    """The path as a Path, or a DataError saying why it cannot be read as a file."""
    p = Path(path)
    if not p.exists():
        raise DataError("no such file", path=path)
    if p.is_dir():
        raise DataError("is a directory, expected a file", path=path)
    if not os.access(p, os.R_OK):
        raise DataError("permission denied", path=path)
    return p


def sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file, or of every file under a directory (names and contents, in sorted order)."""
    h = hashlib.sha256()
    p = Path(path)
    files = sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    for q in files:
        if p.is_dir():
            h.update(os.fspath(q.relative_to(p)).encode())
        with open(q, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def decode_utf8(data: bytes, path: str | os.PathLike | None, *, line: int = 1, offset: int = 0) -> str:
    """UTF-8 text of ``data``, a leading BOM dropped when ``offset`` is 0 (the start of the file).

    ``line`` and ``offset`` say where ``data`` starts in its file, so a NUL byte or a byte that is not
    UTF-8 is reported at its line and byte offset in the file.
    """
    if offset == 0 and data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DataError(f"contains a NUL byte at byte offset {offset + nul} (binary file?); expected UTF-8 text",
                        path=path, line=line + data.count(b"\n", 0, nul))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8: byte 0x{data[exc.start]:02x} at byte offset {offset + exc.start} "
                        "(save the file as UTF-8)", path=path, line=line + data.count(b"\n", 0, exc.start)) from None


def text_lines(stream: IO[bytes], path: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line of a byte stream, decoded by :func:`decode_utf8`; CRLF accepted."""
    offset = 0
    for lineno, raw in enumerate(stream, 1):
        text = decode_utf8(raw, path, line=lineno, offset=offset)
        offset += len(raw)
        yield lineno, text.rstrip("\r\n")


# --- writing -------------------------------------------------------------------------------------------------


def check_output(path: str | os.PathLike, *, directory: bool = False) -> Path:
    """Fail early, before any work, when ``path`` cannot be written as a file (or, with ``directory``, a folder)."""
    p = Path(path)
    if directory and p.exists() and not p.is_dir():
        raise UsageError("exists and is a file, not a directory", path=path)
    if not directory and p.is_dir():
        raise UsageError("is a directory, expected a file path", path=path)
    parent = p.absolute().parent
    if not parent.exists():
        raise UsageError(f"directory {os.fspath(parent)!r} does not exist (create it first)", path=path)
    if not os.access(parent, os.W_OK):
        raise UsageError("cannot write here: permission denied", path=path)
    return p


def _temporary_beside(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """A temporary name beside ``path`` for a writer that wants a file name; renamed to ``path`` on success."""
    final = Path(path)
    fd, tmp = _temporary_beside(final)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, final)
    except BaseException:
        _discard(tmp)
        raise


class AtomicTextFile:
    """A UTF-8 text file written to a temporary name and renamed into place only on success."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        fd, self.tmp = _temporary_beside(self.path)
        self._f = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, s: str) -> int:
        return self._f.write(s)

    def flush(self) -> None:
        self._f.flush()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self._f.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            _discard(self.tmp)
        return False


class _NoClose(io.TextIOBase):
    def __init__(self, stream):
        self._s = stream

    def write(self, s):
        return self._s.write(s)

    def flush(self):
        self._s.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.flush()
        return False


def open_output(path: str | os.PathLike | None):
    """A text stream for ``path`` (stdout for None or '-'), after :func:`check_output`; a file appears whole."""
    if path is None or os.fspath(path) == "-":
        return _NoClose(sys.stdout)
    return AtomicTextFile(check_output(path))


def write_json(path: str | os.PathLike, obj) -> None:
    """``obj`` as indented UTF-8 JSON with a final newline, flushed to disk."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


@contextlib.contextmanager
def atomic_directory(path: str | os.PathLike) -> Iterator[Path]:
    """A new, empty temporary directory beside ``path`` to fill; on success it replaces ``path`` whole.

    A crash at any point leaves the previous directory (if any) untouched, and the next call removes the
    temporaries of runs that were killed; two concurrent writers to one path end with one complete directory.
    """
    final = check_output(path, directory=True).absolute()
    _remove_stale_temporaries(final)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-{os.getpid()}-", dir=final.parent))
    try:
        yield tmp
        _fsync_dir(tmp)
        _swap_into_place(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _remove_stale_temporaries(final: Path) -> None:
    """Delete half-written directories left by runs that were killed (their process is gone)."""
    for p in final.parent.glob(f".{final.name}.tmp-*"):
        pid = p.name[len(f".{final.name}.tmp-"):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    for p in path.iterdir():
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _swap_into_place(new: Path, final: Path) -> None:
    """Rename ``new`` to ``final``; an old ``final`` is moved aside first and removed after. Serialised by a lock."""
    import fcntl

    lock_path = final.parent / f".{final.name}.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        old = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=final.parent))
            os.rmdir(old)
            os.rename(final, old)
        os.rename(new, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
