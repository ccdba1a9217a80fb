"""End to end through the CLI: train -> evaluate -> predict -> info on small shipped data."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import TINY, run


def test_train_writes_a_complete_model_directory(model_dir):
    names = {p.name for p in model_dir.iterdir()}
    assert {"model.joblib", "metadata.json", "README.md", "metrics.json", "confusion_matrix.png",
            "misclassified.jsonl"} <= names
    meta = json.loads((model_dir / "metadata.json").read_text())
    assert meta["labels"] == ["supportive", "conditional", "opposed"]
    assert meta["training_data"]["rows"] == 30
    assert len(meta["training_data"]["sha256"]) == 64
    assert set(meta["versions"]) >= {"python", "scikit-learn", "stance"}
    assert "Intended use" in (model_dir / "README.md").read_text()
    assert (model_dir / "confusion_matrix.png").read_bytes()[:4] == b"\x89PNG"


def test_train_prints_scores_per_label_and_baselines(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "m")
    assert r.exit_code == 0, r.output
    assert "macro-F1" in r.stdout
    for label in ("supportive", "conditional", "opposed"):
        assert label in r.stdout
    assert "confusion matrix" in r.stdout
    assert "baseline: majority" in r.stdout


def test_misclassified_lists_most_confident_errors_first(model_dir):
    rows = [json.loads(x) for x in (model_dir / "misclassified.jsonl").read_text().splitlines()]
    conf = [r["confidence"] for r in rows]
    assert conf == sorted(conf, reverse=True)
    assert all(r["label"] != r["predicted"] for r in rows)


def test_train_reports_cross_validation_and_leave_one_group_out(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "m", "--cv", "3", "--group-column", "topic", "--n-jobs", "1")
    assert r.exit_code == 0, r.output
    assert "3-fold stratified CV: macro-F1" in r.stdout
    assert "leave-one-topic-out" in r.stdout
    metrics = json.loads((tmp_path / "m" / "metrics.json").read_text())
    assert set(metrics["leave_one_group_out"]["groups"]) == {"a", "b"}
    assert len(metrics["cv"]["per_fold_macro_f1"]) == 3


def test_evaluate_reads_csv_with_another_text_column(model_dir, tmp_path):
    rows = [json.loads(x) for x in TINY.read_text().splitlines()]
    path = tmp_path / "other.csv"
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["quote", "stance"])
        for r in rows:
            w.writerow([r["text"], r["label"]])
    out = tmp_path / "eval"
    r = run("evaluate", model_dir, path, "--text-column", "quote", "--label-column", "stance", "--out-dir", out)
    assert r.exit_code == 0, r.output
    assert "baseline: majority" in r.stdout
    assert {p.name for p in out.iterdir()} == {"metrics.json", "confusion_matrix.png", "reliability_diagram.png",
                                               "misclassified.jsonl"}
    assert "expected calibration error" in r.stdout
    assert json.loads((out / "metrics.json").read_text())["test"]["n"] == 30


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_predict_answers_in_every_format(model_dir, fmt):
    r = run("predict", "-m", model_dir, "--format", fmt,
            "We are ready to talk, but only if the shelling stops.", "There is nothing to negotiate.")
    assert r.exit_code == 0, r.output
    out = r.stdout
    if fmt == "table":
        lines = out.strip().splitlines()
        assert len(lines) == 2 and lines[0].split()[0] in ("supportive", "conditional", "opposed")
    elif fmt == "json":
        rows = json.loads(out)
        assert len(rows) == 2 and abs(sum(rows[0]["probabilities"].values()) - 1) < 1e-9
    elif fmt == "jsonl":
        rows = [json.loads(x) for x in out.splitlines()]
        assert [r["text"] for r in rows][1] == "There is nothing to negotiate."
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert set(rows[0]) >= {"text", "label", "confidence", "p_supportive", "p_conditional", "p_opposed"}


def test_predict_reads_stdin_one_statement_a_line_skipping_blank_lines(model_dir):
    r = run("predict", "-m", model_dir, "-", "--format", "jsonl", input="We welcome talks.\n\nNo talks, ever.\r\n")
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["text"] for x in rows] == ["We welcome talks.", "No talks, ever."]


def test_predict_input_file_keeps_its_columns_and_renames_a_clashing_label(model_dir, tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text("id,quote,label\nq1,Talks are a trap.,opposed\nq2,We are ready to sit down.,supportive\n")
    r = run("predict", "-m", model_dir, "--input", path, "--text-column", "quote", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["id"] for x in rows] == ["q1", "q2"]
    assert rows[0]["input_label"] == "opposed" and rows[0]["label"] in ("supportive", "conditional", "opposed")


def test_predict_output_file_is_written_whole(model_dir, tmp_path):
    out = tmp_path / "out.jsonl"
    r = run("predict", "-m", model_dir, "--input", TINY, "--format", "jsonl", "--output", out, "--batch-size", "7")
    assert r.exit_code == 0, r.output
    assert len(out.read_text().splitlines()) == 30
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_min_confidence_answers_uncertain_below_the_threshold(model_dir):
    r = run("predict", "-m", model_dir, "--min-confidence", "0.99", "--format", "jsonl", "Maybe.")
    assert json.loads(r.stdout)["label"] == "uncertain"


def test_explain_lists_ngrams_that_pushed_toward_the_label(model_dir):
    r = run("predict", "-m", model_dir, "--explain", "--format", "jsonl", "There is nothing to negotiate with them.")
    row = json.loads(r.stdout)
    assert row["explanation"], row
    assert all(e["weight"] > 0 for e in row["explanation"])
    weights = [e["weight"] for e in row["explanation"]]
    assert weights == sorted(weights, reverse=True)


def test_training_twice_with_one_seed_gives_identical_probabilities(tmp_path):
    probs = []
    for name in ("a", "b"):
        assert run("train", TINY, "--out", tmp_path / name, "--seed", "3").exit_code == 0
        r = run("predict", "-m", tmp_path / name, "--format", "jsonl", "--input", TINY)
        probs.append([json.loads(x)["probabilities"] for x in r.stdout.splitlines()])
    assert probs[0] == probs[1]
    assert (tmp_path / "a" / "metrics.json").read_bytes() == (tmp_path / "b" / "metrics.json").read_bytes()


def test_info_shows_labels_metrics_and_integrity(model_dir):
    r = run("info", model_dir)
    assert r.exit_code == 0, r.output
    assert "supportive, conditional, opposed" in r.stdout
    assert ": ok" in r.stdout


@pytest.mark.parametrize("classifier", ["svm", "nb"])
def test_other_classifiers_train_and_give_probabilities(classifier, tmp_path):
    out = tmp_path / classifier
    assert run("train", TINY, "--out", out, "--classifier", classifier).exit_code == 0
    r = run("predict", "-m", out, "--format", "jsonl", "--explain", "Talks now would be a trap.")
    row = json.loads(r.stdout)
    assert abs(sum(row["probabilities"].values()) - 1) < 1e-9


def test_search_reports_the_chosen_parameters(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "s", "--search", "--n-jobs", "2")
    assert r.exit_code == 0, r.output
    assert "search chose word" in r.stdout
    meta = json.loads((tmp_path / "s" / "metadata.json").read_text())
    assert meta["config"]["C"] in (1.0, 4.0, 16.0)


@pytest.mark.parametrize("verb", ["train", "evaluate", "predict", "info", "extract", "label"])
def test_every_verb_help_shows_examples(verb):
    r = run(verb, "--help")
    assert r.exit_code == 0
    assert "Examples" in r.stdout and f"stance {verb}" in r.stdout


def test_help_does_not_import_scikit_learn_or_datasets():
    code = "import sys; from stance.cli import app; assert not {'sklearn','datasets','pandas'} & set(sys.modules), sorted(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_python_dash_m_stance_works():
    r = subprocess.run([sys.executable, "-m", "stance", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("stance ")


def test_search_shows_a_progress_bar_only_when_asked(capsys):
    import joblib

    from stance.model import ModelConfig, search

    rows = [json.loads(x) for x in TINY.read_text().splitlines()]
    texts, y = [r["text"] for r in rows], [r["label"].lower() for r in rows]
    original = joblib.Parallel.print_progress
    quiet = search(texts, y, ModelConfig(), folds=3, n_jobs=1)
    assert "search fits" not in capsys.readouterr().err
    loud = search(texts, y, ModelConfig(), folds=3, n_jobs=1, progress=True)
    assert "search fits" in capsys.readouterr().err
    assert joblib.Parallel.print_progress is original
    assert quiet.config == loud.config


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "s", "--search", "--n-jobs", "1")
    assert r.exit_code == 0
    assert "search fits" not in r.stderr


def test_threaded_batches_keep_input_order_and_match_one_thread(model_dir):
    from stance.prediction import Predictor, predict_records

    texts = [json.loads(x)["text"] for x in TINY.read_text().splitlines()] * 7
    records = [{"text": t, "n": i} for i, t in enumerate(texts)]
    pred = Predictor.load(model_dir)
    one = list(predict_records(pred, iter(records), batch_size=4, threads=1))
    many = list(predict_records(pred, iter(records), batch_size=4, threads=3))
    assert [r["n"] for r in many] == list(range(len(texts)))
    assert many == one


def test_a_bad_line_behind_threaded_batches_stops_the_run_at_that_line(model_dir):
    from stance.errors import DataError
    from stance.prediction import Predictor, predict_records

    records = [{"text": "We are ready to talk.", "__line__": i + 1} for i in range(50)]
    records[37] = {"text": "   ", "__line__": 38}
    rows = predict_records(Predictor.load(model_dir), iter(records), batch_size=5, threads=2, source="in.jsonl")
    with pytest.raises(DataError, match="in.jsonl.*38"):
        list(rows)


def test_stdin_is_answered_batch_by_batch_while_more_input_is_awaited(model_dir):
    import os
    import select

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a pipe is block-buffered by default
    proc = subprocess.Popen([sys.executable, "-m", "stance", "predict", "-m", str(model_dir), "-", "--format", "jsonl",
                             "--batch-size", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        for text in ("We are ready to talk.", "Only if the shelling stops first."):
            proc.stdin.write(text + "\n")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 60)
            assert ready, f"no answer for {text!r} while stdin stays open"
            assert json.loads(proc.stdout.readline())["text"] == text
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()


def test_the_saved_model_is_refit_on_every_row_after_measuring(model_dir):
    meta = json.loads((model_dir / "metadata.json").read_text())
    data = meta["training_data"]
    assert data["refit_on_all_rows"] is True and data["train_rows"] == data["rows"] == 30
    assert data["measured_with_train_rows"] + data["test_rows"] == 30 and data["test_rows"] > 0
    card = (model_dir / "README.md").read_text()
    assert "trained on every row: 30, refit after measuring" in card


def test_no_refit_keeps_the_model_that_was_measured(tmp_path):
    out = tmp_path / "m"
    r = run("train", TINY, "--out", out, "--test-size", "0.3", "--no-refit")
    assert r.exit_code == 0, r.output
    data = json.loads((out / "metadata.json").read_text())["training_data"]
    assert data["refit_on_all_rows"] is False and data["train_rows"] == data["measured_with_train_rows"] < 30


def test_explain_names_the_labeling_rules_that_fired(model_dir):
    r = run("predict", "-m", model_dir, "--explain", "--format", "jsonl", "We will talk only if the shelling stops first.")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert {"rule": "only_if", "votes": "conditional"} in row["rules"]
    r = run("predict", "-m", model_dir, "--explain", "We will talk only if the shelling stops first.")
    assert "rules:" in r.stdout and "only_if" in r.stdout
