"""`stance evaluate`: score a saved model on a labeled file."""

from __future__ import annotations

import json

import typer

from stance.cli._util import app, handle_errors

HELP = """Score a saved model on a labeled file it was not trained on.

Prints accuracy, macro-F1, per-label scores and a confusion matrix beside the majority-class and
rule baselines, and the expected calibration error with what each --min-confidence floor buys; with
--out-dir, writes metrics.json, confusion_matrix.png, reliability_diagram.png and misclassified.jsonl.

Examples:

  stance evaluate models/negotiation-stance data/other.jsonl

  stance evaluate models/negotiation-stance data/other.csv --text-column quote --out-dir eval/other
"""


@app.command("evaluate", help=HELP)
@handle_errors
def evaluate_cli(
    model: str = typer.Argument(..., help="Model directory."),
    data: str = typer.Argument(..., help="Labeled statements: JSONL, CSV, TSV, Parquet, a save_to_disk directory, a "
                                         "glob of files or a hub dataset (hf://NAME/CONFIG)."),
    text_column: str = typer.Option("text", help="Column holding the statement."),
    label_column: str = typer.Option("label", help="Column holding the stance label."),
    out_dir: str = typer.Option(None, "--out-dir", help="Write metrics.json, confusion_matrix.png, misclassified.jsonl here."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON instead of tables."),
    split: str = typer.Option("test", help="The split to read when DATA is a hub dataset (hf://NAME/CONFIG)."),
) -> None:
    from stance.cli._util import err
    from stance.evaluate import evaluate_model
    from stance.report import evaluation_report

    metrics = evaluate_model(model, data, text_column=text_column, label_column=label_column, out_dir=out_dir,
                             split=split)
    if as_json:
        print(json.dumps(metrics, indent=2))
        return
    if "warning" in metrics:
        err(f"warning: {metrics['warning']}")
    print(evaluation_report(metrics, f"{model} on {data}"))
