"""The model card: the README.md of a model directory, written from its metadata."""

from __future__ import annotations

import json

from stance.report import summary_lines

INTENDED_USE = (
    "Predicts the stance a speaker takes toward negotiating ({labels}) from one English statement: a quotation "
    "or reported speech from the news. Meant to help analysts, journalists and researchers sort and count "
    "statements, with a person reading what matters. Not for judging individuals, and not for statements that "
    "are not about negotiating (it still answers them, with low confidence).")

LIMITATIONS = (
    "Bag of n-grams: it sees words, not who is speaking or what was said before; sarcasm, negation far from its "
    "cue and conditions implied by context are often missed.",
    "Trained on English news-style statements; other registers (tweets, transcripts) and languages score lower.",
    "Scores measured on a corpus its makers wrote are optimistic; leave-one-negotiation-out and real quotes from "
    "outside the corpus are the better guide (see the project README).",
    "Probabilities are not calibrated guarantees; use `--min-confidence` to route unsure cases to a person.",
    "`model.joblib` is a pickle: loading it runs code. Load only model directories you trust; the recorded "
    "sha256 detects damage, not a deliberate swap of both files.",
)


def model_card(meta: dict) -> str:
    """The model card (README.md) of a model directory."""
    lines = [f"# Model card: {meta.get('name', 'stance model')}", "",
             "## Intended use", INTENDED_USE.format(labels=", ".join(meta.get("labels", []))), "",
             "## Data", *_data_lines(meta.get("training_data", {})), "",
             "## Model", *_model_lines(meta), "",
             "## Metrics (on data the model never saw)", *_metrics_lines(meta.get("metrics", {})), "",
             "## Limitations", *(f"- {x}" for x in LIMITATIONS), ""]
    return "\n".join(lines)


def _data_lines(data: dict) -> list[str]:
    if data.get("refit_on_all_rows"):
        rows = (f"- The saved model was trained on every row: {data.get('train_rows', '?')}, refit after measuring. "
                f"The figures below were measured by the same recipe trained on "
                f"{data.get('measured_with_train_rows', '?')} rows and tested on the {data.get('test_rows', '?')} "
                f"held out ({data.get('split', '?')}).")
    else:
        rows = (f"- Rows used for training: {data.get('train_rows', '?')}; held out for testing: "
                f"{data.get('test_rows', '?')} ({data.get('split', '?')})")
    return [f"- Training file: `{data.get('path', '?')}` (sha256 `{data.get('sha256', '?')}`)", rows,
            f"- Rows per label (whole file): {json.dumps(data.get('rows_per_label', {}))}"]


def _model_lines(meta: dict) -> list[str]:
    from stance.blocks import summary

    cfg = meta.get("config", {})
    blocks = summary(meta)
    return [f"- Classifier: {cfg.get('classifier')} on {cfg.get('features', 'tfidf')} TF-IDF features; word n-grams "
            f"{cfg.get('word_ngram')}, char_wb n-grams {cfg.get('char_ngram')}, min_df {cfg.get('min_df')}, "
            f"C {cfg.get('C')}, class weights {cfg.get('class_weight', 'balanced')}, seed {cfg.get('seed')}",
            *([f"- Feature blocks beside the n-grams: {blocks}"] if blocks else []),
            f"- Made {meta.get('created')} with " + ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items())]


def _metrics_lines(m: dict) -> list[str]:
    out = [f"- {line}" for line in summary_lines(m)]
    test = m.get("test")
    if test:
        out += ["", "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
        out += [f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |"
                for lab, s in test["per_label"].items()]
        out.append("")
        out += [f"- Baseline {name}: accuracy {b['accuracy']:.3f}, macro-F1 {b['macro_f1']:.3f}"
                for name, b in m.get("baselines", {}).items() if b]
    return out
