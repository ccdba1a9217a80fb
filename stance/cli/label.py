"""`stance label`: label statements with the labeling rules (gold labels override), report on the rules, triage."""

from __future__ import annotations

import typer

from stance.cli._util import app, choice, err, handle_errors
from stance.errors import UsageError

HELP = """Label statements with rules (and gold): each record gets label, label_source (gold | rules | none) and votes.

The rules are small named labeling functions (see stance/rules/) that vote supportive, conditional,
opposed or none (no position), or abstain; a majority vote decides and a tie abstains. With --gold, statements
found in the gold file (by id, else by normalised text) take the gold label instead.

--report prints a table per rule (polarity, coverage, overlaps, conflicts and, with gold, correct,
incorrect, emp_acc) and the overall coverage and vote accuracy instead of the records.
--uncertain N writes the N statements where the rules abstain or conflict, to label by hand next.

Examples:

  stance extract data/articles/ | stance label - --gold data/statements.jsonl > labeled.jsonl

  stance label statements.jsonl --report --gold data/statements.jsonl

  stance label quotes.csv --text-column quote --uncertain 50 -o to-label.jsonl
"""

@app.command("label", help=HELP)
@handle_errors
def label_cli(
    path: str = typer.Argument(..., help="Statements file (JSONL, CSV, TSV, TXT, Parquet) or - for stdin."),
    gold: str = typer.Option(None, "--gold", "-g", help="Gold-labeled file (id, text, label); its labels override the rules."),
    report: bool = typer.Option(False, "--report", help="Print the per-rule report and overall accuracy instead of records."),
    uncertain: int = typer.Option(0, "--uncertain", help="Write only the N statements where rules abstain or conflict."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output: jsonl | json | csv | tsv (with --report: text | json)."),
    output: str = typer.Option(None, "--output", "-o", help="Write here instead of stdout (complete or not at all)."),
    text_column: str = typer.Option("text", help="Field or column holding the statement."),
    input_format: str = typer.Option(None, help="Input format when the name does not say (jsonl, csv, tsv, txt, parquet); "
                                                "stdin is sniffed: JSONL if its first line is a JSON object, else one statement a line."),
) -> None:
    from stance.corpus import LINE, clean_text, iter_records, write_records
    from stance.files import open_output
    from stance.rules import label_records, load_gold

    fmt = _check(fmt, report, uncertain, input_format)
    source = "<stdin>" if path == "-" else path
    gold_index = load_gold(gold, text_column=text_column) if gold else None
    out = open_output(output)  # checks the output path before any work

    def checked(records):
        for rec in records:
            rec[text_column] = clean_text(rec.get(text_column), path=source, line=rec.get(LINE), column=text_column)
            yield rec

    records = checked(iter_records(path, fmt=input_format, text_column=text_column))
    if report or uncertain:
        records = list(records)
        if not records:
            raise UsageError(f"no statements in {source}")
        with out:
            if report:
                _write_report(records, gold_index, text_column, out, fmt)
            else:
                _write_uncertain(records, gold_index, text_column, out, fmt, uncertain)
        return
    with out:
        n = write_records(label_records(records, gold_index, text_column=text_column), out, fmt)
    if n == 0:
        err(f"warning: no statements in {source}")


def _check(fmt: str, report: bool, uncertain: int, input_format: str | None) -> str:
    from stance.corpus import INPUT_FORMATS, RECORD_FORMATS

    if report:
        fmt = choice(fmt, ("jsonl", "text", "table", "json"), "--format with --report")
    else:
        fmt = choice(fmt, RECORD_FORMATS, "--format")
    if uncertain < 0:
        raise UsageError("--uncertain must be 0 or more")
    if report and uncertain:
        raise UsageError("--report and --uncertain both write to the output; run them separately")
    if input_format is not None:
        choice(input_format, INPUT_FORMATS, "--input-format")
    return fmt


def _write_report(records: list[dict], gold_index, text_column: str, out, fmt: str) -> None:
    """The per-rule table and overall figures (as text or JSON), with accuracy when gold labels are found."""
    import json

    from stance.rules import apply_rules, format_report, lf_summary, summary

    L = apply_rules(r[text_column] for r in records)
    gold_labels = [gold_index.lookup(r, text_column) for r in records] if gold_index is not None else None
    if gold_labels is not None and not any(g is not None for g in gold_labels):
        err("warning: no statement was found in the gold file; the report has no accuracy figures")
        gold_labels = None
    rows, overall = lf_summary(L, gold_labels), summary(L, gold_labels)
    if fmt == "json":
        out.write(json.dumps({"rules": rows, "overall": overall}, indent=2) + "\n")
    else:
        out.write(format_report(rows, overall))


def _write_uncertain(records: list[dict], gold_index, text_column: str, out, fmt: str, n: int) -> None:
    """The n statements nobody has labeled yet (not in gold) where the rules abstain or conflict, with their votes."""
    from stance.corpus import write_records
    from stance.rules import apply_rules, uncertain, votes

    if gold_index is not None:
        records = [r for r in records if gold_index.lookup(r, text_column) is None]
    L = apply_rules(r[text_column] for r in records)
    chosen = [{**records[i], "votes": votes(L[i])} for i in uncertain(list(range(len(records))), L, n)]
    written = write_records(chosen, out, fmt)
    if written < n:
        err(f"note: only {written} statements where the rules abstain or conflict")
