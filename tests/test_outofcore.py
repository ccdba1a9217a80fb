"""Out-of-core training: the same model directory as batch training, learned in flat memory from a stream."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from stance.cli import app
from stance.modelfile import load_model, load_scorer

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = ROOT / "data" / "statements.jsonl"
TINY = Path(__file__).parent / "data" / "tiny.jsonl"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """About 3,000 stance rows of the shipped corpus to train on, and 1,000 others to compare answers on."""
    rows = [json.loads(x) for x in STATEMENTS.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["label"] != "none"]
    d = tmp_path_factory.mktemp("ooc")
    train = d / "train.jsonl"
    train.write_text("".join(json.dumps(r) + "\n" for i, r in enumerate(rows) if i % 8 < 3), encoding="utf-8")
    other = [r for i, r in enumerate(rows) if i % 8 == 7][:1000]
    return train, other


@pytest.fixture(scope="module")
def models(corpus, tmp_path_factory):
    train, _ = corpus
    from stance.model import ModelConfig
    from stance.training import TrainOptions, train as train_model

    d = tmp_path_factory.mktemp("models")
    r = run("train", train, "--out", d / "out-of-core", "--test-size", "0", "--out-of-core")
    assert r.exit_code == 0, r.output
    # The batch model without its 5-fold calibration (a temperature changes no answer), to keep the suite quick.
    train_model(str(train), d / "in-memory", ModelConfig(),
                TrainOptions(test_size=0, calibrate=False, out_of_core=False))
    return d / "out-of-core", d / "in-memory"


def _answers(model_dir, texts):
    scorer, meta = load_scorer(model_dir)
    p = scorer.predict_proba(texts)
    return [meta["labels"][k] for k in p.argmax(axis=1)], p


def test_out_of_core_and_batch_models_agree_within_tolerance_on_a_small_corpus(corpus, models):
    _, other = corpus
    texts, gold = [r["text"] for r in other], [r["label"] for r in other]
    ooc, _ = _answers(models[0], texts)
    batch, _ = _answers(models[1], texts)
    agree = np.mean([a == b for a, b in zip(ooc, batch)])
    acc_ooc = np.mean([a == g for a, g in zip(ooc, gold)])
    acc_batch = np.mean([a == g for a, g in zip(batch, gold)])
    assert agree >= 0.85, agree
    assert abs(acc_ooc - acc_batch) <= 0.03, (acc_ooc, acc_batch)


def test_out_of_core_writes_the_batch_model_directory_format(models):
    ooc, batch = models
    assert sorted(p.name for p in ooc.iterdir()) == sorted(p.name for p in batch.iterdir())
    m_ooc = json.loads((ooc / "metadata.json").read_text())
    m_batch = json.loads((batch / "metadata.json").read_text())
    # The same keys (the out-of-core run adds only how it trained); the same format version and hash scheme.
    assert set(m_ooc) - set(m_batch) == {"trainer"} and set(m_batch) <= set(m_ooc)
    for key in ("format", "format_version", "hash_scheme", "labels", "serializer", "fast_file", "text_column"):
        assert m_ooc[key] == m_batch[key], key
    assert set(m_ooc["training_data"]) == set(m_batch["training_data"])
    assert m_ooc["trainer"]["kind"] == "out-of-core"
    with np.load(ooc / "fast.npz") as a, np.load(batch / "fast.npz") as b:
        assert sorted(a.files) == sorted(b.files)
        for name in a.files:
            assert a[name].dtype == b[name].dtype and a[name].ndim == b[name].ndim, name
    # The pickled pipeline is a Pipeline(HashedTfidf, LogisticRegression), as batch training saves it, and its
    # calibrated probabilities are the ones fast.npz gives.
    model = load_model(ooc)
    assert [type(s).__name__ for _, s in model.pipeline.steps] == ["HashedTfidf", "LogisticRegression"]
    from stance.evaluate import softmax

    texts = ["We are ready to talk.", "Never, not while they shell us.", "Only if the blockade is lifted."]
    slow = softmax(model.pipeline.decision_function(texts), model.metadata["temperature"])
    fast = load_scorer(ooc)[0].predict_proba(texts)
    np.testing.assert_allclose(slow, fast, atol=1e-9)
    r = run("predict", "-m", ooc, "--format", "jsonl", *texts)
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 3


def test_same_data_and_seed_give_the_same_out_of_core_model(corpus, models, tmp_path):
    train, _ = corpus
    again = tmp_path / "again"
    assert run("train", train, "--out", again, "--test-size", "0", "--out-of-core").exit_code == 0
    assert (again / "metrics.json").read_bytes() == (models[0] / "metrics.json").read_bytes()
    with np.load(again / "fast.npz") as a, np.load(models[0] / "fast.npz") as b:
        for name in a.files:
            np.testing.assert_array_equal(a[name], b[name])


def test_out_of_core_measures_on_a_held_out_split_and_refits(corpus, tmp_path):
    train, _ = corpus
    r = run("train", train, "--out", tmp_path / "m", "--out-of-core", "--json")
    assert r.exit_code == 0, r.output
    metrics = json.loads(r.stdout)
    assert metrics["test"]["macro_f1"] > 0.6 and metrics["test"]["n"] > 300
    meta = json.loads((tmp_path / "m" / "metadata.json").read_text())
    data = meta["training_data"]
    assert data["refit_on_all_rows"] and data["train_rows"] == data["rows"] > data["measured_with_train_rows"]
    assert (tmp_path / "m" / "misclassified.jsonl").exists()


def test_training_goes_out_of_core_on_its_own_above_the_measured_size(tmp_path, monkeypatch):
    import stance.outofcore as ooc

    size = TINY.stat().st_size
    monkeypatch.setattr(ooc, "AUTO_BYTES", size - 1)
    assert run("train", TINY, "--out", tmp_path / "big", "--test-size", "0").exit_code == 0
    assert json.loads((tmp_path / "big" / "metadata.json").read_text())["trainer"]["kind"] == "out-of-core"
    monkeypatch.setattr(ooc, "AUTO_BYTES", size + 1)
    assert run("train", TINY, "--out", tmp_path / "small", "--test-size", "0").exit_code == 0
    assert "trainer" not in json.loads((tmp_path / "small" / "metadata.json").read_text())


@pytest.mark.parametrize("extra, fragment", [
    (["--search"], "--search needs every row in memory"),
    (["--cv", "3"], "--cv needs every row in memory"),
    (["--features", "tfidf"], "trains the hashed logistic-regression model only"),
])
def test_out_of_core_refuses_options_that_need_every_row_in_memory(extra, fragment, tmp_path):
    r = run("train", TINY, "--out", tmp_path / "m", "--out-of-core", *extra)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    errors = [x for x in r.stderr.splitlines() if x.startswith("error:")]
    assert len(errors) == 1 and fragment in errors[0], r.stderr
    assert not (tmp_path / "m").exists()


def _digest(d: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}


def test_out_of_core_training_killed_with_sigkill_leaves_the_previous_model_and_no_temporaries(corpus, tmp_path):
    train, _ = corpus
    out = tmp_path / "model"
    assert run("train", TINY, "--out", out, "--test-size", "0").exit_code == 0
    before = _digest(out)
    env = {**os.environ, "MPLBACKEND": "Agg"}
    killed = 0
    for delay in (1.0, 2.0, 3.0, 4.5):
        proc = subprocess.Popen([sys.executable, "-m", "stance", "train", str(train), "--out", str(out),
                                 "--out-of-core", "--seed", "7"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if _digest(out) == before:
            killed += 1
            load_model(out)
        else:  # killed after the swap: the new model, whole
            assert load_model(out).metadata["config"]["seed"] == 7
            break
    assert killed >= 1
    assert run("train", TINY, "--out", out, "--test-size", "0").exit_code == 0
    load_model(out)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith((".model.tmp-", ".model.spill-", ".model.old-"))]
    assert leftovers == []


def test_out_of_core_on_dask_hashes_on_workers_and_writes_the_same_format(corpus, tmp_path):
    pytest.importorskip("distributed")
    train, other = corpus
    parts = tmp_path / "parts"
    parts.mkdir()
    lines = train.read_text(encoding="utf-8").splitlines()
    for i in range(3):
        (parts / f"part-{i}.jsonl").write_text("\n".join(lines[i::3]) + "\n", encoding="utf-8")
    out = tmp_path / "m"
    r = run("train", str(parts / "*.jsonl"), "--out", out, "--test-size", "0", "--engine", "dask")
    assert r.exit_code == 0, r.output
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["trainer"]["kind"] == "out-of-core" and meta["trainer"]["engine"] == "dask"
    assert meta["training_data"]["rows"] == len(lines)
    answers, _ = _answers(out, [r["text"] for r in other])
    assert np.mean([a == r["label"] for a, r in zip(answers, other)]) > 0.6
    assert not [p for p in tmp_path.iterdir() if ".spill-" in p.name]
