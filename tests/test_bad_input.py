"""Bad input, as a table: the input, the command, the message expected, the exit code.

Every case must end with one line on stderr (``error: ...``, or ``internal error: ...`` with a hint),
the documented exit code, and no traceback.
"""

from __future__ import annotations

import json
import pickle
import shutil

import pytest

from conftest import TINY, TINY_ROWS, run

GOOD = TINY_ROWS


def assert_clean_error(r, fragment, code=2):
    assert r.exit_code == code, (r.exit_code, r.output)
    assert "Traceback" not in r.output
    err_lines = [x for x in r.stderr.splitlines() if x.startswith(("error:", "internal error:"))]
    assert len(err_lines) == 1, r.stderr
    assert fragment in err_lines[0], err_lines[0]


def jsonl(rows):
    return "".join(json.dumps(r) + "\n" for r in rows)


def _copy_model(tfidf_model_dir, tmp, change):
    dst = tmp / "copy"
    shutil.copytree(tfidf_model_dir, dst)
    change(dst)
    return dst


def _set_meta(d, **kw):
    meta = json.loads((d / "metadata.json").read_text())
    for k, v in kw.items():
        cur = meta
        *path, last = k.split("__")
        for p in path:
            cur = cur[p]
        cur[last] = v
    (d / "metadata.json").write_text(json.dumps(meta))


def _replace_model_file(d, obj):
    import hashlib

    raw = pickle.dumps(obj)
    (d / "model.joblib").write_bytes(raw)
    _set_meta(d, model_sha256=hashlib.sha256(raw).hexdigest())


# Each case: id, a function (tmp_path, tfidf_model_dir) -> CLI args (and optional stdin), expected fragment, exit code.
TRAIN_CASES = [
    ("missing-file", lambda t: ["train", t / "nope.jsonl"], "nope.jsonl: no such file"),
    ("directory-not-file", lambda t: ["train", _dir(t)], "not a dataset saved with save_to_disk"),
    ("empty-file", lambda t: ["train", _write(t, "e.jsonl", "")], "no statements in file"),
    ("header-only-csv", lambda t: ["train", _write(t, "h.csv", "text,label\n")], "no statements in file"),
    ("line-not-json", lambda t: ["train", _write(t, "b.jsonl", jsonl(GOOD[:3]) + "{oops\n")],
     "line 4, column 2: not valid JSON"),
    ("json-not-object", lambda t: ["train", _write(t, "b.jsonl", jsonl(GOOD[:3]) + "[1, 2]\n")],
     "line 4: expected a JSON object, found list"),
    ("missing-text-column", lambda t: ["train", _write(t, "b.csv", "quote,label\nhi,opposed\n")],
     "no 'text' column; columns here: quote, label"),
    ("missing-label-column", lambda t: ["train", _write(t, "b.jsonl", jsonl([{"text": "hi", "stance": "x"}]))],
     "no 'label' field; fields here: text, stance"),
    ("null-text", lambda t: ["train", _write(t, "b.jsonl", jsonl(GOOD[:2] + [{"text": None, "label": "opposed"}]))],
     "line 3, column text: text is null"),
    ("empty-text", lambda t: ["train", _write(t, "b.jsonl", jsonl(GOOD[:2] + [{"text": " \t", "label": "opposed"}]))],
     "line 3, column text: text is empty"),
    ("one-megabyte-text", lambda t: ["train", _write(t, "b.jsonl", jsonl([{"text": "talks " * 200_000, "label": "opposed"}]))],
     "line 1, column text: text is 1,200,000 characters"),
    ("label-outside-labels", lambda t: ["train", TINY, "--labels", "supportive,opposed"],
     "line 2, column label: unknown label 'CONDITIONAL'; allowed: supportive, opposed"),
    ("one-class", lambda t: ["train", _write(t, "b.jsonl", jsonl([{"text": f"t{i}", "label": "opposed"} for i in range(9)]))],
     "only one label (opposed)"),
    ("fewer-than-cv-folds", lambda t: ["train", TINY, "--cv", "20"],
     "20-fold cross-validation needs at least 20 examples of each label"),
    ("fewer-than-test-split-needs", lambda t: ["train", _write(t, "b.jsonl", jsonl(GOOD[:12] + [{"text": "rare", "label": "neutral"}]))],
     "'neutral' has 1"),
    ("not-utf8", lambda t: ["train", _write_bytes(t, "b.jsonl", b'{"text": "caf\xe9", "label": "opposed"}\n')],
     "line 1: not UTF-8: byte 0xe9 at byte offset 13"),
    ("nul-bytes", lambda t: ["train", _write_bytes(t, "b.jsonl", b'{"text": "a\x00b", "label": "opposed"}\n')],
     "line 1: contains a NUL byte"),
    ("output-parent-missing", lambda t: ["train", TINY, "--out", t / "no" / "where"], "does not exist"),
    ("output-is-a-file", lambda t: ["train", TINY, "--out", _write(t, "f.txt", "x")], "exists and is a file"),
    ("unknown-classifier", lambda t: ["train", TINY, "--classifier", "bert"], "unknown classifier 'bert'"),
]


def _write(t, name, content):
    p = t / name
    p.write_text(content, encoding="utf-8")
    return p


def _write_bytes(t, name, content):
    p = t / name
    p.write_bytes(content)
    return p


def _dir(t):
    d = t / "adir"
    d.mkdir()
    (d / "x.txt").write_text("x")
    return d


@pytest.mark.parametrize("case, make, fragment", TRAIN_CASES, ids=[c[0] for c in TRAIN_CASES])
def test_bad_training_input(case, make, fragment, tmp_path):
    args = make(tmp_path)
    if "--out" not in args:
        args += ["--out", tmp_path / "model"]
    assert_clean_error(run(*args), fragment)
    if case != "output-is-a-file":
        assert not (tmp_path / "model").exists()


MODEL_CASES = [
    ("model-missing", lambda d, t: t / "none", "no such model directory"),
    ("model-empty", lambda d, t: _mkdir(t / "empty"), "empty directory, not a model"),
    ("model-is-a-file", lambda d, t: d / "model.joblib", "is a file, not a model directory"),
    ("model-lacks-metadata", lambda d, t: _copy_model(d, t, lambda c: (c / "metadata.json").unlink()), "no metadata.json"),
    ("metadata-not-json", lambda d, t: _copy_model(d, t, lambda c: (c / "metadata.json").write_text("{\n  oops")),
     "metadata.json, line 2, column 3: metadata.json is not valid JSON"),
    ("hash-mismatch", lambda d, t: _copy_model(d, t, lambda c: open(c / "model.joblib", "ab").write(b"\0")),
     "but metadata.json records"),
    ("other-sklearn", lambda d, t: _copy_model(d, t, lambda c: _set_meta(c, versions__scikit_learn=None) or _set_sk(c)),
     "made with scikit-learn 0.24.2"),
    ("foreign-metadata", lambda d, t: _copy_model(d, t, lambda c: (c / "metadata.json").write_text('{"model": "bert"}')),
     "not a stance model"),
    ("not-a-model-at-all", lambda d, t: _copy_model(d, t, lambda c: _replace_model_file(c, {"hello": "world"})),
     "does not hold a fitted classifier"),
    ("model-file-missing", lambda d, t: _copy_model(d, t, lambda c: (c / "model.joblib").unlink()), "model.joblib is missing"),
]


def _mkdir(p):
    p.mkdir()
    return p


def _set_sk(c):
    meta = json.loads((c / "metadata.json").read_text())
    meta["versions"].pop("scikit_learn", None)
    meta["versions"]["scikit-learn"] = "0.24.2"
    (c / "metadata.json").write_text(json.dumps(meta))


@pytest.mark.parametrize("case, make, fragment", MODEL_CASES, ids=[c[0] for c in MODEL_CASES])
def test_bad_model_directory(case, make, fragment, tfidf_model_dir, tmp_path):
    assert_clean_error(run("predict", "-m", make(tfidf_model_dir, tmp_path), "We will talk."), fragment)


PREDICT_CASES = [
    ("input-missing", lambda t: ["--input", t / "none.csv"], "none.csv: no such file"),
    ("input-is-directory", lambda t: ["--input", t], "is a directory, expected a file"),
    ("empty-argument", lambda t: ["   "], "argument 1: text is empty"),
    ("bad-line-stops-with-its-number", lambda t: ["--input", _write(t, "i.jsonl", '{"text": "ok"}\n{"text": ""}\n')],
     "line 2, column text: text is empty"),
    ("output-dir-missing", lambda t: ["--output", t / "no" / "out.jsonl", "hi"], "does not exist"),
    ("output-is-a-directory", lambda t: ["--output", t, "hi"], "is a directory, expected a file path"),
    ("unknown-format", lambda t: ["--format", "xml", "hi"], "unknown --format 'xml'"),
    ("nothing-to-predict", lambda t: [], "nothing to predict"),
    ("negative-threads", lambda t: ["--threads", "-1", "hi"], "--threads must be 0"),
]


@pytest.mark.parametrize("case, make, fragment", PREDICT_CASES, ids=[c[0] for c in PREDICT_CASES])
def test_bad_prediction_input(case, make, fragment, tfidf_model_dir, tmp_path):
    assert_clean_error(run("predict", "-m", tfidf_model_dir, *make(tmp_path)), fragment)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    # Root can read any file, so the permission error is simulated where the file is opened.
    import builtins

    path = _write(tmp_path, "locked.jsonl", jsonl(GOOD))
    real_open = builtins.open

    def guarded(file, *a, **kw):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", guarded)
    assert_clean_error(run("train", path, "--out", tmp_path / "m"), "locked.jsonl: Permission denied")


def test_bom_and_windows_line_endings_are_accepted(tmp_path):
    raw = b"\xef\xbb\xbf" + jsonl(GOOD).replace("\n", "\r\n").encode()
    r = run("train", _write_bytes(tmp_path, "bom.jsonl", raw), "--out", tmp_path / "m")
    assert r.exit_code == 0, r.output


def test_blank_stdin_lines_are_skipped_not_answered(tfidf_model_dir):
    r = run("predict", "-m", tfidf_model_dir, "-", "--format", "jsonl", input="\n   \nWe welcome talks.\n\n")
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 1


@pytest.mark.parametrize("text", ["🕊️🤝🇺🇦🇷🇺", "نحن مستعدون للتفاوض", "אנחנו לא נוותר", "谈判", "‮reversed‬"])
def test_emoji_and_right_to_left_scripts_are_answered(tfidf_model_dir, text):
    r = run("predict", "-m", tfidf_model_dir, "--format", "jsonl", text)
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert abs(sum(row["probabilities"].values()) - 1) < 1e-9


def test_debug_shows_the_traceback(tmp_path):
    r = run("--debug", "train", tmp_path / "nope.jsonl", "--out", tmp_path / "m")
    assert r.exit_code == 2
    assert "Traceback" in r.stderr


def test_unexpected_failure_is_exit_1_with_a_hint(tfidf_model_dir, monkeypatch):
    import stance.prediction

    def boom(self, texts):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(stance.prediction.Predictor, "proba", boom)
    r = run("predict", "-m", tfidf_model_dir, "hello")
    assert_clean_error(r, "internal error: RuntimeError: kaboom", code=1)
    assert "--debug" in r.stderr


def test_skipped_lines_are_counted_and_named(tfidf_model_dir, tmp_path):
    path = _write(tmp_path, "in.jsonl", '{"text": "We will talk."}\n{"text": ""}\n{"text": null}\n{"text": "No."}\n')
    r = run("predict", "-m", tfidf_model_dir, "--input", path, "--on-error", "skip", "--format", "jsonl")
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 2
    assert "skipped 2 of 4 lines" in r.stderr and "lines 2, 3" in r.stderr


def test_failed_prediction_leaves_no_output_file(tfidf_model_dir, tmp_path):
    path = _write(tmp_path, "in.jsonl", '{"text": "We will talk."}\n{"text": ""}\n')
    out = tmp_path / "out.jsonl"
    assert run("predict", "-m", tfidf_model_dir, "--input", path, "--output", out).exit_code == 2
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl*"))


def test_format_skops_without_skops_installed_names_the_extra_before_training(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "skops", None)  # as if `pip install stance` had no skops extra
    out = tmp_path / "m"
    r = run("train", TINY, "--out", out, "--format", "skops")
    assert r.exit_code == 2 and "pip install 'stance[skops]'" in r.output
    assert "internal error" not in r.output and not out.exists()


def test_engine_dask_without_dask_installed_names_the_extra(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "dask", None)
    r = run("train", TINY, "--out", tmp_path / "m", "--search", "--engine", "dask")
    assert r.exit_code == 2 and "pip install 'stance[dask]'" in r.output


def test_info_exits_non_zero_when_a_model_file_does_not_match(tmp_path, tfidf_model_dir):
    import shutil

    damaged = tmp_path / "damaged"
    shutil.copytree(tfidf_model_dir, damaged)
    with open(damaged / "model.joblib", "ab") as f:
        f.write(b"tampered")
    r = run("info", damaged)
    assert r.exit_code == 2 and "MISMATCH" in r.output
    r = run("info", damaged, "--json")
    assert r.exit_code == 2 and '"ok": false' in r.output
    assert run("info", tfidf_model_dir).exit_code == 0
