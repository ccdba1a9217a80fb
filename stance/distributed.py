"""Scale-out on Dask: batch prediction over many input partitions, and the parameter search on a cluster.

Dask is optional (``pip install 'stance[dask]'``). Without ``scheduler`` a local cluster uses every core
of this machine; with it, work goes to that cluster, whose workers must see the model directory and the
input and output paths at the same place (a shared filesystem).
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import sys
from pathlib import Path

from stance.errors import DataError, UsageError
from stance.files import AtomicTextFile, atomic_path, check_output

INPUT_SUFFIXES = (".jsonl", ".json", ".ndjson", ".csv", ".tsv", ".txt", ".parquet")
#: What one output file per input partition can be.
PARTITION_FORMATS = ("jsonl", "csv", "parquet")


def require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'stance[dask]'") from None


def expand_inputs(spec: str) -> list[Path]:
    """Input partitions: a file, the statement files in a folder, or a glob; sorted, at least one."""
    p = Path(spec)
    if p.is_dir():
        files = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in INPUT_SUFFIXES)
    elif p.is_file():
        files = [p]
    else:
        files = sorted(Path(q) for q in glob.glob(spec) if Path(q).is_file())
    if not files:
        raise DataError("no input files match", path=spec)
    return files


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, *, n_workers: int | None = None, log=lambda m: None):
    """A distributed Client: to ``scheduler`` if given, else to a new local cluster (one process per core)."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        cluster = None
    else:
        cluster = LocalCluster(n_workers=n_workers or os.cpu_count(), threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
        log(f"started a local Dask cluster: {len(cluster.workers)} workers; dashboard {client.dashboard_link}")
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- prediction ----------------------------------------------------------------------------------------------

_PREDICTORS: dict = {}


def _worker_predictor(model_dir: str, model_sha: str):
    """The model, loaded once per worker process (after the usual hash checks)."""
    key = (model_dir, model_sha)
    if key not in _PREDICTORS:
        from stance.prediction import Predictor

        _PREDICTORS[key] = Predictor.load(model_dir)
    return _PREDICTORS[key]


def score_partition(path: str, out_path: str, model_dir: str, model_sha: str, *, fmt: str = "jsonl",
                    text_column: str = "text", input_format: str | None = None, batch_size: int = 2000,
                    on_error: str = "stop") -> dict:
    """Predict one input file and write one output file (complete or not at all). Safe to rerun."""
    from stance.corpus import iter_records, write_records
    from stance.prediction import flatten, predict_records

    predictor = _worker_predictor(model_dir, model_sha)
    skipped: list = []
    counter = {"in": 0}

    def counted(records):
        for r in records:
            counter["in"] += 1
            yield r

    rows = predict_records(predictor, counted(iter_records(path, fmt=input_format, text_column=text_column)),
                           text_column=text_column, batch_size=batch_size, on_error=on_error, source=path,
                           skipped=skipped, threads=1)  # one core per Dask worker: the cluster is the parallelism
    out = Path(out_path)
    if fmt == "parquet":
        n = _write_parquet((flatten(r, predictor.labels) for r in rows), out)
    else:
        with AtomicTextFile(out) as f:
            if fmt == "jsonl":
                from stance.jsonout import write_jsonl

                n = write_jsonl(rows, f, batch_size)
            else:
                n = write_records((flatten(r, predictor.labels) for r in rows), f, fmt)
    return {"partition": path, "output": out_path, "rows_in": counter["in"], "rows_out": n, "skipped": len(skipped)}


def _write_parquet(rows, out: Path, chunk: int = 20000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer, n, buf = None, 0, []
    with atomic_path(out) as tmp:
        for r in rows:
            buf.append(r)
            if len(buf) >= chunk:
                writer = _flush(buf, writer, tmp, pa, pq)
                n += len(buf)
                buf = []
        if buf or writer is None:
            writer = _flush(buf, writer, tmp, pa, pq)
            n += len(buf)
        writer.close()
    return n


def _flush(buf, writer, tmp, pa, pq):
    table = pa.Table.from_pylist(buf) if buf else pa.table({"label": pa.array([], pa.string())})
    if writer is None:
        writer = pq.ParquetWriter(tmp, table.schema)
    writer.write_table(table.cast(writer.schema) if table.schema != writer.schema else table)
    return writer


def output_names(files: list[Path], out_dir: Path, fmt: str) -> list[Path]:
    """One output per input, named after it; inputs sharing a name get their position appended."""
    seen: dict[str, int] = {}
    names = []
    for f in files:
        stem = f.stem
        seen[stem] = seen.get(stem, 0) + 1
        names.append(out_dir / (f"{stem}.{fmt}" if seen[stem] == 1 else f"{stem}-{seen[stem]}.{fmt}"))
    return names


def predict_partitions(model_dir: str, inputs: str, out_dir: str, *, scheduler: str | None = None,
                       n_workers: int | None = None, fmt: str = "jsonl", text_column: str = "text",
                       input_format: str | None = None, batch_size: int = 2000, on_error: str = "stop",
                       progress: bool = False, log=lambda m: None) -> dict:
    """Score every input partition on Dask, one output file per partition in ``out_dir``.

    Returns per-partition row counts and the partitions that failed, by name and reason.
    """
    from stance.modelfile import read_metadata
    from stance.prediction import Predictor

    if fmt not in PARTITION_FORMATS:
        raise UsageError(f"--format with --engine dask must be one of {', '.join(PARTITION_FORMATS)}")
    files = expand_inputs(inputs)
    out = check_output(out_dir, directory=True)
    Predictor.load(model_dir)  # fail here, once, before any worker starts
    meta = read_metadata(model_dir)
    sha = meta.get("fast_sha256") or meta["model_sha256"]
    out.mkdir(exist_ok=True)
    targets = output_names(files, out, fmt)
    model_abs = str(Path(model_dir).absolute())
    results, failures = [], []
    with dask_client(scheduler, n_workers=n_workers, log=log) as client:
        from distributed import as_completed

        futures = {}
        for f, t in zip(files, targets):
            fut = client.submit(score_partition, str(f.absolute()), str(t.absolute()), model_abs, sha, fmt=fmt,
                                text_column=text_column, input_format=input_format, batch_size=batch_size,
                                on_error=on_error, key=f"stance-predict-{f.name}-{abs(hash(str(f.absolute())))}",
                                pure=False, retries=3)
            futures[fut] = f
        if progress:
            from distributed import progress as dask_progress

            dask_progress(list(futures), multi=False)
            print(file=sys.stderr)
        for fut in as_completed(list(futures)):
            try:
                results.append(fut.result())
            except Exception as exc:  # noqa: BLE001 - reported per partition, by name
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                failures.append({"partition": str(futures[fut]), "error": first})
    # A worker killed mid-write leaves its temporary file; the retried task wrote the real one.
    for t in targets:
        for tmp in out.glob(f".{t.name}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()
    results.sort(key=lambda r: r["partition"])
    return {"partitions": results, "failed": failures, "rows_in": sum(r["rows_in"] for r in results),
            "rows_out": sum(r["rows_out"] for r in results), "skipped": sum(r["skipped"] for r in results)}


# --- search --------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def joblib_on_dask(scheduler: str | None = None, *, n_workers: int | None = None, log=lambda m: None):
    """Run joblib-parallel work (the grid search) on Dask workers."""
    with dask_client(scheduler, n_workers=n_workers, log=log):
        import joblib

        with joblib.parallel_config(backend="dask"):
            yield
