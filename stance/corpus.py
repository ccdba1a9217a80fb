"""Reading and writing statement files.

Two readers, one per job:

* :func:`iter_records` streams records (dicts) from JSONL, CSV, TSV, TXT or Parquet files, or stdin,
  in bounded memory, and names the file and line of anything it cannot read. Prediction, extraction
  and labeling read through it.
* :func:`read_labeled` loads a labeled file into a Hugging Face ``datasets.Dataset`` whose label
  column is a declared ``ClassLabel`` (ids pinned by the label order, not by alphabetical accident).
  JSONL and CSV are parsed by :func:`iter_records` so that errors carry line numbers; Parquet and
  ``save_to_disk`` directories are opened by ``datasets`` itself.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from stance.errors import DataError, UsageError
from stance.files import check_readable, sha256, text_lines
from stance.labels import NONE, STANCES, label_order, normalise_label

#: What iter_records reads.
INPUT_FORMATS = ("jsonl", "csv", "tsv", "txt", "parquet")
#: Line numbers of records, kept in each record under this key while reading (never written).
LINE = "__line__"
#: A statement longer than this is refused: nobody says a megabyte in one breath.
MAX_TEXT_CHARS = 100_000

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def guess_format(path: str | os.PathLike, explicit: str | None = None) -> str:
    """The file format from an explicit choice or the file name; stdin is sniffed (``auto``)."""
    if explicit:
        fmt = explicit.lower().lstrip(".")
        if fmt == "json":
            fmt = "jsonl"
        if fmt not in INPUT_FORMATS:
            raise UsageError(f"unknown format {explicit!r}; choose one of {', '.join(INPUT_FORMATS)}")
        return fmt
    name = os.fspath(path).lower()
    if name == "-":
        return "auto"
    for suffix in (".gz", ".bz2", ".xz"):
        if name.endswith(suffix):
            raise DataError("compressed files are not read directly; decompress first", path=path)
    ext = Path(name).suffix.lstrip(".")
    return {"json": "jsonl", "ndjson": "jsonl", "jsonl": "jsonl", "csv": "csv", "tsv": "tsv",
            "txt": "txt", "text": "txt", "parquet": "parquet", "pq": "parquet"}.get(ext, "txt" if not ext else ext)


def _open_binary(path: str | os.PathLike) -> tuple[IO[bytes], str, bool]:
    if os.fspath(path) == "-":
        return sys.stdin.buffer, "<stdin>", False
    p = check_readable(path)
    try:
        return open(p, "rb"), os.fspath(path), True
    except OSError as exc:
        raise DataError(exc.strerror or str(exc), path=path) from None


def iter_records(
    path: str | os.PathLike,
    *,
    fmt: str | None = None,
    text_column: str = "text",
    require_text: bool = True,
) -> Iterator[dict]:
    """Stream records from a statement file; each carries its line number under ``LINE``.

    TXT: one statement a line (blank lines skipped). CSV/TSV: header row names the columns.
    JSONL: one JSON object a line. Parquet: rows in file order. ``-`` reads stdin.
    With ``require_text``, a missing text column is an error naming the columns that exist.

    ``auto`` (stdin's default) decides by the first non-blank line: a JSON object makes the input JSONL
    (what `stance extract` writes), anything else one statement a line. Mixed input is an error naming
    the first line that breaks the rule, never a JSON record predicted as text.
    """
    fmt = guess_format(path, fmt)
    if fmt == "parquet":
        yield from _iter_parquet(path, text_column, require_text)
        return
    stream, name, close = _open_binary(path)
    try:
        lines = text_lines(stream, name)
        if fmt == "auto":
            lines, fmt = _sniff_lines(lines)
            if fmt == "txt":
                lines = _no_json_records(lines, name)
        if fmt == "txt":
            for lineno, line in lines:
                if line.strip():
                    yield {text_column: line, LINE: lineno}
        elif fmt == "jsonl":
            yield from _iter_jsonl(lines, name, text_column, require_text)
        else:
            yield from _iter_csv(lines, name, text_column, require_text, "\t" if fmt == "tsv" else ",")
    finally:
        if close:
            stream.close()


def _json_object(line: str) -> dict | None:
    if not line.lstrip().startswith("{"):
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _sniff_lines(lines):
    """(the same lines, "jsonl" or "txt"): the first non-blank line decides."""
    import itertools

    head = []
    for item in lines:
        head.append(item)
        if item[1].strip():
            fmt = "jsonl" if _json_object(item[1]) is not None else "txt"
            return itertools.chain(head, lines), fmt
    return iter(head), "txt"


def _no_json_records(lines, name):
    """Plain-text lines, refusing a JSON record among them (it would be predicted as raw JSON)."""
    for lineno, line in lines:
        if _json_object(line) is not None:
            raise DataError("a JSON record among plain-text lines (the input's first line was plain text); "
                            "send one kind, or say which with --input-format jsonl|txt", path=name, line=lineno)
        yield lineno, line


def _iter_jsonl(lines, name, text_column, require_text):
    for lineno, line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"not valid JSON: {exc.msg}", path=name, line=lineno, column=exc.colno) from None
        if not isinstance(obj, dict):
            raise DataError(f"expected a JSON object, found {type(obj).__name__}", path=name, line=lineno)
        if require_text and text_column not in obj:
            raise DataError(
                f"no {text_column!r} field; fields here: {', '.join(map(str, obj)) or 'none'} "
                "(choose one with --text-column)", path=name, line=lineno)
        obj[LINE] = lineno
        yield obj


class _LineTracker:
    """Feeds decoded lines to csv.reader while remembering the physical line number."""

    def __init__(self, lines):
        self._lines = lines
        self.lineno = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.lineno, text = next(self._lines)
        return text + "\n"


def _iter_csv(lines, name, text_column, require_text, delimiter):
    tracker = _LineTracker(lines)
    reader = csv.reader(tracker, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise DataError("empty file: expected a header row", path=name) from None
    except csv.Error as exc:
        raise DataError(f"bad CSV: {exc}", path=name, line=tracker.lineno) from None
    header = [h.strip() for h in header]
    if require_text and text_column not in header:
        raise DataError(
            f"no {text_column!r} column; columns here: {', '.join(header)} (choose one with --text-column)",
            path=name, line=1)
    while True:
        start = tracker.lineno + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DataError(f"bad CSV: {exc}", path=name, line=tracker.lineno) from None
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != len(header):
            raise DataError(f"expected {len(header)} fields, found {len(row)}", path=name, line=start)
        rec = dict(zip(header, row))
        rec[LINE] = start
        yield rec


def _iter_parquet(path, text_column, require_text):
    check_readable(path)
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(os.fspath(path))
    except Exception as exc:  # pyarrow raises several types for a non-Parquet file
        raise DataError(f"not a Parquet file ({exc})", path=path) from None
    names = pf.schema_arrow.names
    if require_text and text_column not in names:
        raise DataError(f"no {text_column!r} column; columns here: {', '.join(names)}", path=path)
    row = 0
    for batch in pf.iter_batches(batch_size=4096):
        for rec in batch.to_pylist():
            row += 1
            rec[LINE] = row
            yield rec


def clean_text(value: object, *, path: str, line: int | None, column: str) -> str:
    """The statement text, or a DataError for a null, empty or absurdly long one."""
    if value is None:
        raise DataError("text is null", path=path, line=line, column=column)
    if not isinstance(value, str):
        value = str(value)
    if not value.strip():
        raise DataError("text is empty", path=path, line=line, column=column)
    if len(value) > MAX_TEXT_CHARS:
        raise DataError(f"text is {len(value):,} characters, more than the {MAX_TEXT_CHARS:,} allowed for one statement",
                        path=path, line=line, column=column)
    return value


@dataclass
class Labeled:
    """A labeled data set: the ``datasets.Dataset`` plus where it came from."""

    dataset: "object"  # datasets.Dataset; typed loosely to keep `datasets` out of import time
    labels: list[str]
    path: str
    sha256: str
    text_column: str = "text"
    label_column: str = "label"
    #: Rows labeled ``none`` (no position) that were left out because the label set did not ask for them.
    left_out_none: int = 0

    @property
    def texts(self) -> list[str]:
        return self.dataset["text"]

    @property
    def y(self) -> list[int]:
        return self.dataset["label"]

    def identifying_columns(self) -> dict[str, list]:
        """The id, speaker and topic columns that exist: carried into lists of misclassified statements."""
        return {c: self.dataset[c] for c in ("id", "speaker", "topic") if c in self.dataset.column_names}

    def column(self, name: str) -> list:
        if name not in self.dataset.column_names:
            raise DataError(f"no {name!r} column; columns here: {', '.join(self.dataset.column_names)}", path=self.path)
        return self.dataset[name]

    def __len__(self) -> int:
        return len(self.dataset)


def read_labeled(
    path: str | os.PathLike,
    *,
    text_column: str = "text",
    label_column: str = "label",
    labels: list[str] | tuple[str, ...] | None = None,
    fmt: str | None = None,
    keep_columns: tuple[str, ...] = ("id", "speaker", "topic", "source", "date", "author", "group"),
    split: str | None = None,
) -> Labeled:
    """Load a labeled file as a ``datasets.Dataset`` with columns text, label (ClassLabel) and any of ``keep_columns``.

    Labels are normalised (case, spaces); with ``labels`` given, any other label is an error naming
    its line. Null or empty texts are errors naming their line and column. In data labeled with the three
    stances, rows labeled ``none`` (no position on negotiating) are left out and counted, unless ``labels``
    includes ``none``.
    """
    name = os.fspath(path)
    p = Path(path)
    from stance.sources import is_source, labeled_columns

    if is_source(name):  # a hub dataset (hf://NAME/CONFIG, with its split) or a glob of files
        texts, raw_labels, extras, lines, digest = labeled_columns(
            name, split=split, text_column=text_column, label_column=label_column, keep_columns=keep_columns)
    elif name != "-" and not p.exists():
        raise DataError("no such file or directory", path=path)
    elif p.is_dir():
        texts, raw_labels, extras, lines = _from_hf_dir(p, text_column, label_column, keep_columns)
        digest = sha256(p)
    else:
        texts, raw_labels, extras, lines = _from_file(path, fmt, text_column, label_column, keep_columns)
        digest = sha256(path) if name != "-" else None
    if not texts:
        raise DataError("no statements in file", path=path)
    norm = _normalised_labels(raw_labels, lines, name, label_column)
    # Only in this project's schema is `none` "no position" (left out of stance training); in other stance data
    # (SemEval's FAVOR/AGAINST/NONE) it is a class like the others.
    ours = set(norm) - {NONE} <= set(STANCES)
    keep_none = not ours or bool(labels) and NONE in {normalise_label(x) for x in labels}
    left_out = 0 if keep_none else norm.count(NONE)
    if left_out:
        keep = [i for i, v in enumerate(norm) if v != NONE]
        if not keep:
            raise DataError(f"every row is labeled {NONE!r} (no position); nothing to learn a stance from", path=path)
        texts, norm, raw_labels, lines = ([xs[i] for i in keep] for xs in (texts, norm, raw_labels, lines))
        extras = {c: [v[i] for i in keep] for c, v in extras.items()}
    order = label_order(set(norm), labels)
    if labels:
        allowed = set(order)
        for value, raw, line in zip(norm, raw_labels, lines):
            if value not in allowed:
                raise DataError(f"unknown label {raw!r}; allowed: {', '.join(order)}", path=name, line=line,
                                column=label_column)
    ds = _dataset(texts, norm, order, extras, lines)
    return Labeled(dataset=ds, labels=order, path=name, sha256=digest or "", text_column=text_column,
                   label_column=label_column, left_out_none=left_out)


def _from_file(path, fmt, text_column, label_column, keep_columns):
    """Texts, raw labels, kept columns and line numbers of a JSONL, CSV, TSV or Parquet file (or stdin)."""
    kind = guess_format(path, fmt)
    if kind == "txt":
        raise DataError(NO_LABELS_IN_TXT, path=path)
    records = iter_records(path, fmt=kind, text_column=text_column)
    texts, raw_labels, extras, lines = record_columns(records, os.fspath(path), text_column, label_column,
                                                      keep_columns)
    return texts, raw_labels, {c: v for c, v in extras.items() if any(x is not None for x in v)}, lines


#: Why a .txt file cannot be labeled data.
NO_LABELS_IN_TXT = "a labeled file must be JSONL, CSV, TSV or Parquet (a .txt file has no labels)"


def record_columns(records, name: str, text_column: str, label_column: str, keep_columns):
    """(texts, raw labels, kept columns, line numbers) of labeled records, each text checked as a statement and
    each record required to have the label column; a kept column that a record lacks is None."""
    texts, raw_labels, lines = [], [], []
    extras: dict[str, list] = {c: [] for c in keep_columns}
    for rec in records:
        line = rec[LINE]
        if label_column not in rec:
            cols = [c for c in rec if c != LINE]
            raise DataError(
                f"no {label_column!r} field; fields here: {', '.join(cols)} (choose one with --label-column)",
                path=name, line=line)
        texts.append(clean_text(rec[text_column], path=name, line=line, column=text_column))
        raw_labels.append(rec[label_column])
        lines.append(line)
        for c in keep_columns:
            v = rec.get(c)
            extras[c].append(None if v is None else str(v))
    return texts, raw_labels, extras, lines


def _normalised_labels(raw_labels: list, lines: list[int], name: str, label_column: str) -> list[str]:
    norm = []
    for value, line in zip(raw_labels, lines):
        if value is None or not str(value).strip():
            raise DataError("label is empty", path=name, line=line, column=label_column)
        norm.append(normalise_label(value))
    return norm


def _dataset(texts: list[str], norm: list[str], order: list[str], extras: dict[str, list], lines: list[int]):
    """The ``datasets.Dataset``: label ids pinned by ``order`` through a declared ClassLabel."""
    import datasets

    features = datasets.Features({
        "text": datasets.Value("string"),
        "label": datasets.ClassLabel(names=order),
        **{c: datasets.Value("string") for c in extras},
        "line": datasets.Value("int64"),
    })
    index = {lab: i for i, lab in enumerate(order)}
    return datasets.Dataset.from_dict(
        {"text": texts, "label": [index[v] for v in norm], **extras, "line": lines}, features=features)


def _from_hf_dir(p: Path, text_column, label_column, keep_columns):
    """Columns of a directory made by ``Dataset.save_to_disk`` (or a DatasetDict's train split)."""
    import datasets

    try:
        loaded = datasets.load_from_disk(os.fspath(p))
    except Exception as exc:  # noqa: BLE001 - datasets raises FileNotFoundError or its own errors
        raise DataError(f"not a dataset saved with save_to_disk ({str(exc).splitlines()[0]})", path=p) from None
    if isinstance(loaded, datasets.DatasetDict):
        if "train" not in loaded:
            raise DataError(f"a DatasetDict without a 'train' split (splits: {', '.join(loaded)})", path=p)
        loaded = loaded["train"]
    cols = loaded.column_names
    for c, opt in ((text_column, "--text-column"), (label_column, "--label-column")):
        if c not in cols:
            raise DataError(f"no {c!r} column; columns here: {', '.join(cols)} (choose one with {opt})", path=p)
    feat = loaded.features[label_column]
    raw_labels = loaded[label_column]
    if hasattr(feat, "int2str"):
        raw_labels = [feat.int2str(v) for v in raw_labels]
    texts = []
    for i, t in enumerate(loaded[text_column]):
        texts.append(clean_text(t, path=os.fspath(p), line=i + 1, column=text_column))
    extras = {c: [None if v is None else str(v) for v in loaded[c]] for c in keep_columns if c in cols}
    return texts, raw_labels, extras, list(range(1, len(texts) + 1))


# --- writing -------------------------------------------------------------------------------------------------

#: What write_records writes.
RECORD_FORMATS = ("jsonl", "json", "csv", "tsv")


def write_records(records: Iterable[dict], out: IO[str], fmt: str = "jsonl", columns: list[str] | None = None) -> int:
    """Write dicts as JSONL, a JSON array, CSV or TSV; returns how many were written.

    For CSV/TSV, ``columns`` fixes the header (default: the first record's keys); nested values are
    written as JSON. Keys named ``LINE`` are dropped.
    """
    fmt = fmt.lower()
    if fmt not in RECORD_FORMATS:
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(RECORD_FORMATS)}")
    n = 0
    writer = None
    if fmt == "json":
        out.write("[")
    for rec in records:
        rec = {k: v for k, v in rec.items() if k != LINE}
        if fmt == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif fmt == "json":
            out.write(("\n  " if n == 0 else ",\n  ") + json.dumps(rec, ensure_ascii=False))
        else:
            if writer is None:
                cols = columns or list(rec)
                writer = csv.DictWriter(out, fieldnames=cols, delimiter="\t" if fmt == "tsv" else ",",
                                        extrasaction="ignore", lineterminator="\n")
                writer.writeheader()
            writer.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
                             for k, v in rec.items()})
        n += 1
    if fmt == "json":
        out.write("\n]\n" if n else "]\n")
    elif writer is None and columns and fmt in ("csv", "tsv"):
        csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n").writerow(columns)
    return n
