"""Bad usage and bad data: one line on stderr naming what and where, exit code 2, no traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.cli import app

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def assert_clean_error(r, fragment, code=2):
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    err_lines = [x for x in r.stderr.splitlines() if x.startswith(("error:", "internal error:"))]
    assert len(err_lines) == 1, r.stderr
    assert fragment in err_lines[0], err_lines[0]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("m") / "model"
    assert run("train", TINY, "--out", out).exit_code == 0
    return out


def test_missing_training_file(tmp_path):
    assert_clean_error(run("train", tmp_path / "nope.jsonl", "--out", tmp_path / "m"), "nope.jsonl: no such file")


def test_training_data_with_one_label(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text("".join(json.dumps({"text": f"talk {i}", "label": "supportive"}) + "\n" for i in range(10)))
    assert_clean_error(run("train", path, "--out", tmp_path / "m"), "only one label (supportive)")


def test_too_few_examples_for_cross_validation(tmp_path):
    assert_clean_error(run("train", TINY, "--out", tmp_path / "m", "--cv", "20"),
                       "20-fold cross-validation needs at least 20 examples of each label")


def test_label_outside_declared_labels(tmp_path):
    assert_clean_error(run("train", TINY, "--out", tmp_path / "m", "--labels", "supportive,opposed"),
                       "unknown label 'CONDITIONAL'; allowed: supportive, opposed")


def test_output_directory_parent_missing(tmp_path):
    assert_clean_error(run("train", TINY, "--out", tmp_path / "no" / "m"), "does not exist")


def test_unknown_classifier(tmp_path):
    assert_clean_error(run("train", TINY, "--out", tmp_path / "m", "--classifier", "bert"), "unknown classifier 'bert'")


def test_missing_model_directory(tmp_path):
    assert_clean_error(run("predict", "-m", tmp_path / "none", "hi"), "no such model directory")


def test_empty_model_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    assert_clean_error(run("predict", "-m", tmp_path / "empty", "hi"), "empty directory, not a model")


def test_model_directory_without_metadata(model_dir, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(model_dir, broken)
    (broken / "metadata.json").unlink()
    assert_clean_error(run("predict", "-m", broken, "hi"), "no metadata.json")


def test_model_file_whose_hash_does_not_match(model_dir, tmp_path):
    broken = tmp_path / "tampered"
    shutil.copytree(model_dir, broken)
    with open(broken / "model.joblib", "ab") as f:
        f.write(b"\0")
    r = run("predict", "-m", broken, "hi")
    assert_clean_error(r, "has sha256")
    assert "but metadata.json records" in r.stderr


def test_model_made_by_another_scikit_learn(model_dir, tmp_path):
    other = tmp_path / "old"
    shutil.copytree(model_dir, other)
    meta = json.loads((other / "metadata.json").read_text())
    meta["versions"]["scikit-learn"] = "0.24.2"
    (other / "metadata.json").write_text(json.dumps(meta))
    assert_clean_error(run("predict", "-m", other, "hi"), "made with scikit-learn 0.24.2")


def test_directory_that_is_not_a_model(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "metadata.json").write_text('{"name": "something else"}')
    assert_clean_error(run("info", tmp_path / "x"), "not a stance model")


def test_empty_statement_argument(model_dir):
    assert_clean_error(run("predict", "-m", model_dir, "   "), "argument 1: text is empty")


def test_bad_line_in_prediction_input_stops_with_its_line_number(model_dir, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "We will talk."}\n{"text": ""}\n{"text": "No."}\n')
    assert_clean_error(run("predict", "-m", model_dir, "--input", path), "line 2, column text: text is empty")


def test_bad_lines_can_be_skipped_and_are_counted(model_dir, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "We will talk."}\n{"text": ""}\n{"text": null}\n{"text": "No."}\n')
    r = run("predict", "-m", model_dir, "--input", path, "--on-error", "skip", "--format", "jsonl")
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 2
    assert "skipped 2 of 4 lines" in r.stderr and "lines 2, 3" in r.stderr


def test_failed_prediction_leaves_no_output_file(model_dir, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "We will talk."}\n{"text": ""}\n')
    out = tmp_path / "out.jsonl"
    r = run("predict", "-m", model_dir, "--input", path, "--output", out)
    assert r.exit_code == 2
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl*"))


def test_unexpected_failure_is_exit_1_with_a_hint(model_dir, monkeypatch):
    import stance.prediction

    def boom(self, texts):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(stance.prediction.Predictor, "predict", boom)
    r = run("predict", "-m", model_dir, "hello")
    assert_clean_error(r, "internal error: RuntimeError: kaboom", code=1)
    assert "--debug" in r.stderr
