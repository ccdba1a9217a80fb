"""`stance extract`: who said what in news articles, one statement a line, ready for labeling."""

from __future__ import annotations

import typer

from stance.cli._util import app, choice, err, handle_errors

HELP = """Find who said what in news articles: direct quotes and reported speech, with their speakers.

Reads plain-text articles (UTF-8), HTML pages (the article body only; navigation and boilerplate are
dropped), folders of them (.txt, .text, .md, .html, .htm; recursive), or stdin with '-'. Writes one
statement a record: id, article, paragraph, start, end, speaker, speaker_mention, direct, cue, text,
context. Offsets count characters of the article text (for HTML, of the extracted body).

Examples:

  stance extract data/articles/belta-2025-02-13-putin-trump-call.txt > statements.jsonl

  stance extract data/articles/ --format csv

  cat article.txt | stance extract -

  stance extract data/articles/ | stance label - > labeled.jsonl
"""


@app.command("extract", help=HELP)
@handle_errors
def extract_cli(
    paths: list[str] = typer.Argument(..., help="Article files (.txt or .html), folders of them, or '-' for stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | tsv | json."),
    output: str = typer.Option(None, "--output", "-o", help="Write here instead of stdout (complete or not at all)."),
    name: str = typer.Option("<stdin>", "--name", help="Article name recorded for text read from stdin."),
) -> None:
    from stance.corpus import RECORD_FORMATS, write_records
    from stance.errors import UsageError
    from stance.extract import (  # deferred import
        COLUMNS,
        extract_paths,
        iter_article_paths,
    )
    from stance.files import open_output

    fmt = choice(fmt, RECORD_FORMATS, "--format")
    if paths.count("-") > 1:
        raise UsageError("stdin ('-') can be read only once")
    list(iter_article_paths([p for p in paths if p != "-"]))  # name a missing file before writing anything
    with open_output(output) as out:
        n = write_records(extract_paths(paths, stdin_name=name), out, fmt, COLUMNS)
    if n == 0:
        err("no attributed statements found")
