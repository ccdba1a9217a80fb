"""`stance info`: what a model directory holds and how it was made."""

from __future__ import annotations

import json

import typer

from stance.cli._util import app, handle_errors

HELP = """Show how a model was made: labels, parameters, training data, metrics, versions.

Checks the model file's recorded sha256 without loading it, and exits with 2 when a checked file is
missing or does not match (with --json, "ok": false says the same).

Examples:

  stance info models/negotiation-stance

  stance info models/negotiation-stance --json | jq .metrics.test.macro_f1
"""


@app.command("info", help=HELP)
@handle_errors
def info_cli(
    model: str = typer.Argument(..., help="Model directory."),
    as_json: bool = typer.Option(False, "--json", help="Print metadata.json as it is."),
) -> None:
    from pathlib import Path

    from stance.files import sha256
    from stance.modelfile import read_metadata
    from stance.report import summary_lines

    def integrity(name: str, recorded: str | None) -> str:
        path = Path(model) / name
        if not path.is_file():
            return "MISSING"
        return "ok" if sha256(path) == recorded else "MISMATCH (do not load)"

    meta = read_metadata(model)
    model_ok = integrity(meta["model_file"], meta["model_sha256"])
    fast = meta.get("fast_file")
    fast_ok = integrity(fast, meta.get("fast_sha256")) if fast else None
    healthy = model_ok == "ok" and fast_ok in (None, "ok")
    if as_json:
        print(json.dumps({**meta, "integrity": model_ok, **({"fast_integrity": fast_ok} if fast else {}),
                          "ok": healthy}, indent=2))
        if not healthy:
            raise typer.Exit(2)
        return
    cfg, data, m = meta.get("config", {}), meta.get("training_data", {}), meta.get("metrics", {})
    print(f"model        {model}")
    print(f"labels       {', '.join(meta['labels'])}")
    print(f"classifier   {cfg.get('classifier')} on {cfg.get('features', 'tfidf')} features  word {cfg.get('word_ngram')}  char {cfg.get('char_ngram')}  "
          f"min_df {cfg.get('min_df')}  C {cfg.get('C')}  seed {cfg.get('seed')}")
    from stance.blocks import summary

    if summary(meta):
        print(f"blocks       {summary(meta)}")
    print(f"trained on   {data.get('path')}  ({data.get('train_rows')} of {data.get('rows')} rows; sha256 {str(data.get('sha256'))[:16]}…)")
    for line in summary_lines(m):
        print(f"measured     {line}")
    print(f"made         {meta.get('created')} with " + ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items()))
    print(f"model file   {meta['model_file']} ({meta.get('serializer', 'joblib')}), sha256 {meta['model_sha256'][:16]}…: {model_ok}")
    if fast:
        print(f"fast scorer  {fast} (NumPy arrays, no pickle; what predict loads), sha256 {meta['fast_sha256'][:16]}…: {fast_ok}")
    if not healthy:
        # a script that checks models before deploying them must be able to tell
        raise typer.Exit(2)
