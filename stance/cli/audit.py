"""`stance audit`: likely label errors in a labeled file, for a person to review."""

from __future__ import annotations

import typer

from stance.cli._util import app, err, handle_errors

HELP = """Find likely label errors in a labeled file.

Every row gets probabilities from a model that never saw it (stratified K-fold cross-validation), and
confident learning (cleanlab) flags the rows whose given label the model confidently disagrees with.
Prints the top suspects with the given label, the suggested label and the model's confidence; --out writes
every suspect as JSONL (id, line, text, label, suggested, confidence, p_given, ...) for review. Rows
without an id get a stable one made from their text. Nothing is changed in the data.

Examples:

  stance audit data/statements.jsonl --top 30

  stance audit data/statements.jsonl --group-column group --out suspects.jsonl
"""


@app.command("audit", help=HELP)
@handle_errors
def audit_cli(
    data: str = typer.Argument(..., help="Labeled statements: JSONL, CSV, TSV, Parquet or a save_to_disk directory."),
    top: int = typer.Option(20, "--top", "-n", help="How many suspects to print."),
    out: str = typer.Option(None, "--out", "-o", help="Write every suspect here as JSONL (complete or not at all)."),
    folds: int = typer.Option(5, help="Cross-validation folds for the out-of-fold probabilities."),
    group_column: str = typer.Option(None, help="Rows sharing a value of this column stay in one fold (e.g. group)."),
    text_column: str = typer.Option("text", help="Column holding the statement."),
    label_column: str = typer.Option("label", help="Column holding the label."),
    seed: int = typer.Option(0, help="Seed of the folds."),
) -> None:
    from stance.audit import audit
    from stance.corpus import write_records
    from stance.errors import UsageError
    from stance.files import open_output
    from stance.model import ModelConfig
    from stance.report import table

    if top < 0:
        raise UsageError("--top must be 0 or more")
    sink = open_output(out) if out else None  # checks the output path before any work
    res = audit(data, config=ModelConfig(seed=seed), folds=folds, text_column=text_column,
                label_column=label_column, group_column=group_column)
    if sink is not None:
        with sink:
            write_records(res.suspects, sink, "jsonl")
    rows = [[s["id"], s["label"], s["suggested"], s["confidence"], _clip(s["text"], 80)] for s in res.suspects[:top]]
    print(table(["id", "given", "suggested", "confidence", "text"], rows, align="lllrl"))
    err(f"{len(res.suspects)} suspects among {res.rows} rows ({len(res.suspects) / res.rows:.1%}), "
        f"{res.folds}-fold out-of-fold probabilities" + (f", grouped by {res.grouped_by}" if res.grouped_by else "")
        + (f"; all written to {out}" if out else ""))


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
