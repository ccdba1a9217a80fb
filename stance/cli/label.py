"""`stance label`: label statements with the labeling rules (gold labels override), report on the rules, triage."""

from __future__ import annotations

import typer

from stance.cli._util import app, err, handle_errors

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

INPUT_FORMATS = ("jsonl", "csv", "tsv", "txt", "parquet")


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
    from stance.corpus import LINE, OUTPUT_FORMATS, clean_text, iter_records, write_records
    from stance.files import open_output
    from stance.errors import UsageError
    from stance.rules import apply_rules, format_report, label_records, lf_summary, load_gold, summary, votes
    from stance.rules import uncertain as pick_uncertain

    fmt = fmt.lower()
    if report:
        if fmt not in ("jsonl", "text", "table", "json"):
            raise UsageError(f"--report prints text or json, not {fmt!r}")
    elif fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if uncertain < 0:
        raise UsageError("--uncertain must be 0 or more")
    if report and uncertain:
        raise UsageError("--report and --uncertain both write to the output; run them separately")
    if input_format is not None and input_format.lower() not in INPUT_FORMATS:
        raise UsageError(f"unknown --input-format {input_format!r}; choose one of {', '.join(INPUT_FORMATS)}")
    source = "<stdin>" if path == "-" else path

    gold_index = load_gold(gold, text_column=text_column) if gold else None
    out = open_output(output)  # checks the output path before any work

    def checked(records):
        for rec in records:
            rec[text_column] = clean_text(rec.get(text_column), path=source, line=rec.get(LINE), column=text_column)
            yield rec

    records = checked(iter_records(path, fmt=input_format, text_column=text_column))

    if not report and not uncertain:
        with out:
            n = write_records(label_records(records, gold_index, text_column=text_column), out, fmt)
        if n == 0:
            err(f"warning: no statements in {source}")
        return

    records = list(records)
    if not records:
        raise UsageError(f"no statements in {source}")
    L = apply_rules(r[text_column] for r in records)

    if report:
        gold_labels = [gold_index.lookup(r, text_column) for r in records] if gold_index is not None else None
        if gold_index is not None and not any(g is not None for g in gold_labels):
            err("warning: no statement was found in the gold file; the report has no accuracy figures")
            gold_labels = None
        rows = lf_summary(L, gold_labels)
        overall = summary(L, gold_labels)
        with out:
            if fmt == "json":
                import json

                out.write(json.dumps({"rules": rows, "overall": overall}, indent=2) + "\n")
            else:
                out.write(format_report(rows, overall))
        return

    # --uncertain N: only statements nobody has labeled yet (not in gold)
    if gold_index is not None:
        keep = [i for i, r in enumerate(records) if gold_index.lookup(r, text_column) is None]
        records = [records[i] for i in keep]
        L = L[keep]
    picked_idx = pick_uncertain(list(range(len(records))), L, uncertain)
    chosen = []
    for i in picked_idx:
        rec = dict(records[i])
        rec["votes"] = votes(L[i])
        chosen.append(rec)
    with out:
        n = write_records(chosen, out, fmt)
    if n < uncertain:
        err(f"note: only {n} statements where the rules abstain or conflict")
