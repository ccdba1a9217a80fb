"""`stance predict`: the stance of new statements, from arguments, stdin or a file."""

from __future__ import annotations

import sys

import typer

from stance.cli._util import app, choice, err, handle_errors

HELP = """Predict the stance of statements: label, per-label probabilities and (with --explain) why.

Statements come from arguments, from stdin with '-', or from --input (JSONL, CSV, TSV, TXT, Parquet;
read and written in batches, so any size runs in bounded memory). The input's other columns (speaker,
article, offsets from `stance extract`) are carried to the output. On stdin the first line decides: a
JSON object makes it JSONL (as `stance extract` writes), anything else one statement a line; a line of the
other kind is an error naming it (or say which with --input-format).

Examples:

  stance extract article.txt | stance predict -m models/negotiation-stance - --by speaker

  stance extract articles/ | stance predict -m models/negotiation-stance - --format jsonl > stances.jsonl

  stance predict -m models/negotiation-stance "We are ready to talk, but only if the shelling stops."

  cat quotes.txt | stance predict -m models/negotiation-stance - --format jsonl

  stance predict -m models/negotiation-stance --input quotes.csv --text-column quote --format csv > out.csv

  stance predict -m models/negotiation-stance --explain --min-confidence 0.6 "Talks now would be a trap."

  stance predict -m models/negotiation-stance --no-gate "The meeting starts at ten."   # a stance even so

  stance predict -m models/negotiation-stance --input 'archive/*.parquet' --output labeled/ --engine dask
"""

#: What predict writes: a table for people, or records (stance.corpus.RECORD_FORMATS).
FORMATS = ("table", "json", "jsonl", "csv", "tsv")


@app.command("predict", help=HELP)
@handle_errors
def predict_cli(
    texts: list[str] = typer.Argument(None, help="Statements to label; '-' reads stdin, one statement a line."),
    model: str = typer.Option(..., "--model", "-m", help="Model directory."),
    input: str = typer.Option(None, "--input", "-i", help="Statements: a JSONL, CSV, TSV, TXT or Parquet file, a glob "
                                                        "of them ('archive/*.parquet') or a hub dataset (hf://NAME/CONFIG)."),
    input_format: str = typer.Option(None, help="Format of --input or stdin (jsonl, csv, tsv, txt, parquet); stdin is "
                                                "sniffed from its first line when this is not given."),
    text_column: str = typer.Option("text", help="Column holding the statement in --input."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | jsonl | csv | tsv."),
    output: str = typer.Option(None, "--output", "-o", help="Write here instead of stdout (complete or not at all)."),
    explain: bool = typer.Option(False, "--explain", help="List the n-grams that pushed most toward the predicted label, "
                                                        "and the labeling rules that fired."),
    top: int = typer.Option(5, help="How many n-grams --explain lists."),
    min_confidence: float = typer.Option(None, help="Answer 'uncertain' when the top probability is below this."),
    no_gate: bool = typer.Option(False, "--no-gate", help="Force a stance: never answer 'none' (no position), even "
                                                          "with a model trained to."),
    batch_size: int = typer.Option(1000, help="Statements scored at a time."),
    threads: int = typer.Option(0, help="Threads scoring batches ahead of the output (0: one per core, up to 4, for "
                                        "files; one for stdin, so each batch is written as soon as it is read)."),
    on_error: str = typer.Option("stop", help="A bad line (empty or missing text): stop (name it) | skip (count it)."),
    by: str = typer.Option(None, "--by", help="Summarise per value of this column instead (e.g. speaker): statements, "
                                              "count per answer, and the probability-weighted overall stance."),
    engine: str = typer.Option("local", help="local | dask: score --input partitions (files, a folder or a glob) on Dask."),
    scheduler: str = typer.Option(None, help="Dask scheduler address; without it a local cluster uses every core."),
    split: str = typer.Option("test", help="The split to read when --input is a hub dataset (hf://NAME/CONFIG)."),
) -> None:
    _one_blas_thread()
    from stance.errors import UsageError

    if engine == "dask":
        return _predict_on_dask(model, input, output, fmt, text_column, input_format, batch_size, on_error, scheduler,
                                texts)
    if engine != "local":
        raise UsageError(f"--engine must be local or dask, not {engine!r}")

    from stance.files import open_output
    from stance.prediction import Predictor, predict_records

    fmt = _check(fmt, on_error, min_confidence, batch_size, threads)
    records, source = _records(texts or [], input, input_format, text_column, split)
    out = open_output(output)  # checks the output path before the model is loaded
    predictor = Predictor.load(model, min_confidence=min_confidence, explain=top if explain else 0, gate=not no_gate)
    skipped: list = []
    rows = predict_records(predictor, records, text_column=text_column, batch_size=batch_size,
                           on_error=on_error, source=source, skipped=skipped,
                           threads=threads or (1 if source == "<stdin>" else None))
    if source == "<stdin>" and not by:
        rows = _flushed(rows, out, batch_size)
    rows = _progress(rows)
    with out:
        if by:
            n = _write_summary(rows, out, fmt, predictor.labels, by)
        else:
            n = _write(rows, out, fmt, predictor.labels, text_column, chunk=batch_size)
    if skipped:
        shown = ", ".join(str(x) for x in skipped[:10]) + (" ..." if len(skipped) > 10 else "")
        err(f"warning: skipped {len(skipped)} of {n + len(skipped)} lines with no usable text (lines {shown})")


def _one_blas_thread() -> None:
    """Scoring never calls BLAS, and OpenBLAS starting one thread per core is a third of importing numpy (0.10 s
    of 0.20 s on 2 cores): one thread, unless the caller says otherwise. Set before numpy is imported."""
    import os

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _check(fmt: str, on_error: str, min_confidence: float | None, batch_size: int, threads: int) -> str:
    from stance.errors import UsageError

    fmt = choice(fmt, FORMATS, "--format")
    if on_error not in ("stop", "skip"):
        raise UsageError(f"--on-error must be stop or skip, not {on_error!r}")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise UsageError("--min-confidence must be between 0 and 1")
    if batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if threads < 0:
        raise UsageError("--threads must be 0 (one per core) or more")
    return fmt


def _records(texts: list[str], input: str | None, input_format: str | None, text_column: str, split: str):
    """(the input records, the name errors give their source): from --input (a file, a glob of files or a hub
    dataset hf://NAME/CONFIG), stdin ('-') or the arguments."""
    from stance.corpus import LINE, clean_text, iter_records
    from stance.errors import UsageError

    if input and texts:
        raise UsageError("give statements as arguments or --input, not both")
    if not input and not texts:
        raise UsageError("nothing to predict: give statements, '-' for stdin, or --input FILE")
    if texts == ["-"]:
        input = "-"
    from stance.sources import is_source

    if input and is_source(input):
        from stance.sources import iter_source_records

        return iter_source_records(input, split=split, fmt=input_format, text_column=text_column), input
    if input:
        return iter_records(input, fmt=input_format, text_column=text_column), "<stdin>" if input == "-" else input
    for i, t in enumerate(texts, 1):
        clean_text(t, path="<arguments>", line=None, column=f"argument {i}")
    return ({text_column: t, LINE: i} for i, t in enumerate(texts, 1)), "<arguments>"


def _predict_on_dask(model, input, output, fmt, text_column, input_format, batch_size, on_error, scheduler, texts):
    from stance.cli._util import progress_enabled
    from stance.distributed import predict_partitions
    from stance.errors import UsageError

    if texts or not input or input == "-":
        raise UsageError("--engine dask reads files: give --input (a file, folder or glob) and --output DIR")
    if not output:
        raise UsageError("--engine dask writes one file per input partition: give --output DIR")
    fmt = "jsonl" if fmt == "table" else fmt
    res = predict_partitions(model, input, output, scheduler=scheduler, fmt=fmt, text_column=text_column,
                             input_format=input_format, batch_size=batch_size, on_error=on_error,
                             progress=progress_enabled(), log=err)
    for f in res["failed"]:
        err(f"error: partition {f['partition']} failed: {f['error']}")
    err(f"{len(res['partitions'])} partitions, {res['rows_in']} rows in, {res['rows_out']} rows out"
        + (f", {res['skipped']} skipped" if res["skipped"] else "") + f", written to {output}")
    if res["failed"]:
        raise typer.Exit(2)


def _flushed(rows, out, every: int):
    """Rows passed through, with the output flushed after every ``every`` rows.

    Statements read from stdin are answered batch by batch, so `tail -f feed | stance predict -` runs live.
    """
    for i, row in enumerate(rows, 1):
        yield row
        if i % every == 0:
            out.flush()


def _progress(rows):
    from stance.cli._util import progress_enabled

    if not progress_enabled():
        return rows
    from tqdm import tqdm

    return tqdm(rows, unit=" statements", file=sys.stderr, mininterval=0.5, leave=False)


def _write_summary(rows, out, fmt: str, labels: list[str], by: str) -> int:
    """Per-group rows (see `summarise_by`): a table, or records with counts and mean probabilities."""
    from stance.corpus import write_records
    from stance.prediction import summarise_by

    groups = summarise_by(rows, by, labels)
    answers = list(labels) + sorted({a for g in groups for a in g["counts"]} - set(labels))
    if fmt == "table":
        from stance.report import table

        body = [[_clip(g[by], 48), g["statements"]] + [g["counts"].get(a, 0) for a in answers] + [g["stance"], g["confidence"]]
                for g in groups]
        out.write(table([by, "statements"] + answers + ["overall", "mean p"], body, align="l" + "r" * (len(answers) + 1) + "lr")
                  + "\n")
        return len(groups)
    if fmt in ("csv", "tsv"):
        flat = ({by: g[by], "statements": g["statements"], **{f"n_{a}": g["counts"].get(a, 0) for a in answers},
                 "stance": g["stance"], "confidence": g["confidence"],
                 **{f"p_{lab}": g["probabilities"][lab] for lab in labels}} for g in groups)
        return write_records(flat, out, fmt)
    return write_records(groups, out, fmt)


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _write(rows, out, fmt: str, labels: list[str], text_column: str, chunk: int = 1000) -> int:
    from stance.corpus import write_records
    from stance.prediction import flatten

    if fmt in ("jsonl", "json"):  # msgspec, a chunk of rows per write (stance.jsonout says why)
        from stance.jsonout import write_json_array, write_jsonl

        return write_jsonl(rows, out, chunk) if fmt == "jsonl" else write_json_array(rows, out)

    if fmt == "table":
        n = 0
        for row in rows:
            text = " ".join(str(row.get(text_column, "")).split())
            who = row.get("speaker")
            who = f"{_clip(str(who), 24):<24}  " if who is not None else ""
            line = f"{row['label']:<12} {row['confidence']:.3f}  {who}{text[:100]}{'…' if len(text) > 100 else ''}"
            if "explanation" in row:
                line += "\n" + " " * 19 + "because: " + ", ".join(
                    f"{e['ngram']} ({e['weight']:+.2f})" for e in row["explanation"])
                if row.get("rules"):
                    line += "\n" + " " * 19 + "rules:   " + ", ".join(f"{r['rule']} → {r['votes']}" for r in row["rules"])
            out.write(line + "\n")
            n += 1
        return n
    if fmt in ("csv", "tsv"):
        return write_records((flatten(r, labels) for r in rows), out, fmt)
    return write_records(rows, out, fmt)
