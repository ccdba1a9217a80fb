"""Where data lives: a local file, a glob of files, or a Hugging Face hub dataset (``hf://NAME/CONFIG``).

A *source* is what `stance train`, `stance evaluate` and `stance predict --input` accept. It is read as a list
of :class:`Partition` s, each of which streams records (dicts carrying their line or row number under
``corpus.LINE``) in bounded memory:

* a file: one partition (read by :func:`stance.corpus.iter_records`);
* a glob such as ``'archive/*.parquet'`` or ``'data/part-*.jsonl'``: one partition per matching file, in
  sorted order;
* ``hf://NAME/CONFIG`` (``hf://OWNER/NAME/CONFIG``, or ``hf://NAME`` for a dataset with one config) with a
  split: the dataset as ``datasets.load_dataset`` gives it, memory-mapped Arrow from the hub's cache. Offline
  (``HF_HUB_OFFLINE=1``) the cache is used; a dataset that is neither cached nor reachable is one clear error.

`datasets` is imported only when a hub name is read, never at module import.
"""

from __future__ import annotations

import glob as _glob
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from stance.errors import DataError, UsageError

HUB = "hf://"
#: One segment of a hub name: letters, digits, '-', '_', '.'; starting and ending with a letter or digit.
_SEGMENT = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")
_GLOB_CHARS = "*?["


def is_hub(spec) -> bool:
    return isinstance(spec, str) and spec.startswith(HUB)


def is_glob(spec) -> bool:
    """A pattern (with * ? or [) that is not itself an existing path."""
    s = os.fspath(spec)
    return s != "-" and not is_hub(s) and any(c in s for c in _GLOB_CHARS) and not os.path.exists(s)


def is_source(spec) -> bool:
    """Whether ``spec`` needs this module (a hub name or a glob) rather than the plain one-file readers."""
    return is_hub(spec) or is_glob(spec)


def parse_hub(spec: str) -> tuple[str, str | None]:
    """``hf://NAME/CONFIG`` -> (NAME, CONFIG); ``hf://OWNER/NAME/CONFIG`` -> (OWNER/NAME, CONFIG); ``hf://NAME`` -> (NAME, None)."""
    parts = spec[len(HUB):].split("/")
    if not 1 <= len(parts) <= 3 or not all(_SEGMENT.match(p) and "--" not in p and ".." not in p for p in parts):
        raise UsageError("not a hub dataset name: expected hf://NAME/CONFIG or hf://OWNER/NAME/CONFIG "
                         "(e.g. hf://tweet_eval/stance_abortion)", path=spec)
    if len(parts) == 1:
        return parts[0], None
    if len(parts) == 2:
        return parts[0], parts[1]
    return f"{parts[0]}/{parts[1]}", parts[2]


def load_hub(spec: str, split: str):
    """The ``split`` of a hub dataset as a ``datasets.Dataset``, or one DataError/UsageError saying why not."""
    key = (spec, split, os.environ.get("HF_HOME"), os.environ.get("HF_DATASETS_CACHE"))
    if key not in _LOADED:
        _LOADED[key] = _load_hub(spec, split)
    return _LOADED[key]


_LOADED: dict = {}  # memory-mapped datasets are cheap to keep; a source is read several times (hash, rows)


def _load_hub(spec: str, split: str):
    name, config = parse_hub(spec)
    if not split:
        raise UsageError("a hub dataset needs a split: give --split (e.g. train, validation, test)", path=spec)
    import datasets

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    try:
        ds = datasets.load_dataset(name, config, split=split)
    except ConnectionError:
        raise DataError("not in the local Hugging Face cache and the hub cannot be reached (connect once to cache "
                        "it, or set HF_HOME to a cache that has it)", path=spec) from None
    except ValueError as exc:
        first = str(exc).splitlines()
        msg = " ".join(x.strip() for x in first[:2])
        if "split" in msg.lower():
            raise DataError(f"no split {split!r} ({_clean(msg)})", path=spec) from None
        if "config" in msg.lower():
            raise DataError(_config_message(config, msg), path=spec) from None
        raise DataError(f"cannot load it: {_clean(msg)}", path=spec) from None
    except FileNotFoundError as exc:  # also datasets' DatasetNotFoundError
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise DataError(f"no such dataset on the hub or in the cache ({_clean(first)})", path=spec) from None
    except Exception as exc:  # noqa: BLE001 - datasets raises many types; the user gets one line
        first = (str(exc).splitlines() or [""])[0]
        raise DataError(f"cannot load it ({type(exc).__name__}: {_clean(first)})", path=spec) from None
    if isinstance(ds, datasets.DatasetDict):  # split=None never reaches here, but keep the type promise
        raise DataError(f"give one split of {', '.join(ds)} with --split", path=spec)
    return ds


def _config_message(config: str | None, msg: str) -> str:
    found = re.search(r"\[([^\]]*)\]", msg)
    available = f"; configs: {found.group(1).replace(chr(39), '')}" if found else ""
    if config:
        return f"no config {config!r}{available}"
    return f"this dataset has several configs: name one as hf://NAME/CONFIG{available}"


def _clean(msg: str) -> str:
    return " ".join(msg.split())[:300]


# --- partitions ------------------------------------------------------------------------------------------------


@dataclass
class Partition:
    """One readable piece of a source: a file, or a hub dataset split."""

    name: str  # what errors name: the file path, or hf://... [split]
    path: str | None = None  # a local file
    hub: str | None = None  # an hf:// name
    split: str | None = None
    fmt: str | None = None

    def records(self, text_column: str = "text", require_text: bool = True) -> Iterator[dict]:
        """Records in order, each with its line (file) or row number (dataset) under ``corpus.LINE``."""
        if self.path is not None:
            from stance.corpus import iter_records

            yield from iter_records(self.path, fmt=self.fmt, text_column=text_column, require_text=require_text)
            return
        yield from _dataset_records(load_hub(self.hub, self.split), self.name, text_column, require_text)

    def nbytes(self) -> int:
        """Bytes on disk (for a hub dataset, of its cached Arrow files)."""
        if self.path is not None:
            return os.path.getsize(self.path)
        ds = load_hub(self.hub, self.split)
        return sum(os.path.getsize(f["filename"]) for f in ds.cache_files if os.path.exists(f["filename"]))

    def sha256(self) -> str:
        """Of the file's bytes, or of the dataset's name, split and fingerprint (its cache's content hash)."""
        if self.path is not None:
            from stance.files import sha256

            return sha256(self.path)
        ds = load_hub(self.hub, self.split)
        return hashlib.sha256(f"{self.hub}|{self.split}|{ds._fingerprint}".encode()).hexdigest()


def partitions(spec: str, *, split: str | None = None, fmt: str | None = None) -> list[Partition]:
    """The partitions of a source: a hub dataset split, the files of a glob (sorted), or one file."""
    spec = os.fspath(spec)
    if is_hub(spec):
        parse_hub(spec)  # a malformed name fails here, before anything is loaded
        return [Partition(name=f"{spec} [{split}]", hub=spec, split=split)]
    if is_glob(spec):
        return [Partition(name=f, path=f, fmt=fmt) for f in expand_glob(spec)]
    return [Partition(name=spec, path=spec, fmt=fmt)]


def expand_glob(spec: str) -> list[str]:
    files = sorted(f for f in _glob.glob(spec, recursive=True) if os.path.isfile(f))
    if not files:
        raise DataError("no files match this pattern", path=spec)
    return files


def iter_source_records(spec: str, *, split: str | None = None, fmt: str | None = None, text_column: str = "text",
                        require_text: bool = True) -> Iterator[dict]:
    """Records of every partition of a source, in order (what `stance predict --input` reads)."""
    for part in partitions(spec, split=split, fmt=fmt):
        yield from part.records(text_column, require_text)


def source_sha256(spec: str, *, split: str | None = None, fmt: str | None = None) -> str:
    """One hash for a source: its single partition's, or of every partition's name and hash in order."""
    parts = partitions(spec, split=split, fmt=fmt)
    if len(parts) == 1:
        return parts[0].sha256()
    h = hashlib.sha256()
    for p in parts:
        h.update(f"{Path(p.name).name}\0{p.sha256()}\n".encode())
    return h.hexdigest()


def _dataset_records(ds, name: str, text_column: str, require_text: bool) -> Iterator[dict]:
    from stance.corpus import LINE

    cols = ds.column_names
    if require_text and text_column not in cols:
        raise DataError(f"no {text_column!r} column; columns here: {', '.join(cols)} (choose one with --text-column)",
                        path=name)
    # ClassLabel columns come back as their names, as a file would have them.
    named = {c: f for c, f in ds.features.items() if hasattr(f, "int2str")}
    row = 0
    for batch in ds.iter(batch_size=4096):
        for c, f in named.items():
            batch[c] = [None if v is None or v < 0 else f.int2str(v) for v in batch[c]]
        keys = list(batch)
        for values in zip(*(batch[k] for k in keys)):
            row += 1
            rec = dict(zip(keys, values))
            rec[LINE] = row
            yield rec


def labeled_columns(spec: str, *, split: str | None, text_column: str, label_column: str,
                    keep_columns: tuple[str, ...]):
    """(texts, raw labels, extra columns, line numbers, sha256) of a labeled hub dataset or glob of files.

    What :func:`stance.corpus.read_labeled` needs from a source; it does the rest (labels, none rows, checks).
    """
    from stance.corpus import NO_LABELS_IN_TXT, guess_format, record_columns

    texts, raw_labels, lines = [], [], []
    extras: dict[str, list] = {c: [] for c in keep_columns}
    for part in partitions(spec, split=split):
        if part.path is not None and guess_format(part.path) == "txt":
            raise DataError(NO_LABELS_IN_TXT, path=part.path)
        t, r, x, n = record_columns(part.records(text_column), part.name, text_column, label_column, keep_columns)
        texts += t
        raw_labels += r
        lines += n
        for c in keep_columns:
            extras[c] += x[c]
    extras = {c: v for c, v in extras.items() if any(x is not None for x in v)}
    return texts, raw_labels, extras, lines, source_sha256(spec, split=split)
