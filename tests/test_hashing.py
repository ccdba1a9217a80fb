"""Hashed features: the same n-grams as scikit-learn's vectorizers, and a fast scorer that agrees with the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from stance.cli import app
from stance.fast_scorer import FastScorer
from stance.hashing import HashedTfidf

TINY = Path(__file__).parent / "data" / "tiny.jsonl"
ROWS = [json.loads(x) for x in TINY.read_text().splitlines()]
TEXTS = [r["text"] for r in ROWS] + ["Ça va? Überraschung!  Tabs\tand\nnewlines", "🕊️ peace", "a", "   ", "نحن مستعدون للتفاوض"]


def test_hashed_ngrams_are_the_ngrams_scikit_learn_finds():
    from sklearn.feature_extraction.text import TfidfVectorizer

    h = HashedTfidf().fit(TEXTS)
    X = h.transform(TEXTS)
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b|[!?]").fit(TEXTS)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(TEXTS)
    for i, t in enumerate(TEXTS):
        expected = word.transform([t]).nnz + char.transform([t]).nnz
        assert X[i].nnz == expected, t


def test_features_in_small_batches_equal_features_in_one_batch():
    whole = HashedTfidf(batch_size=10_000).fit(TEXTS)
    X = whole.transform(TEXTS)
    small = HashedTfidf(batch_size=3).fit(TEXTS)
    Y = small.transform(TEXTS)
    assert Y.shape == X.shape == (len(TEXTS), whole.n_columns)
    assert (abs(X - Y) > 1e-12).nnz == 0
    np.testing.assert_array_equal(np.diff(Y.indptr), np.diff(X.indptr))
    assert HashedTfidf().fit(TEXTS).transform([]).shape == (0, whole.n_columns)


def test_fast_scorer_gives_the_pipeline_probabilities():
    from stance.model import ModelConfig, fit

    y = [["supportive", "conditional", "opposed"].index(r["label"].lower()) for r in ROWS]
    pipe = fit([r["text"] for r in ROWS], y, ModelConfig(features="hashed"))
    fast = FastScorer.from_pipeline(pipe)
    np.testing.assert_allclose(fast.predict_proba(TEXTS), pipe.predict_proba(TEXTS), atol=1e-12)


def test_fast_scorer_round_trips_through_npz_without_pickle(tmp_path):
    from stance.model import ModelConfig, fit

    y = [r["label"].lower() for r in ROWS]
    fast = FastScorer.from_pipeline(fit([r["text"] for r in ROWS], y, ModelConfig(features="hashed")))
    fast.save(tmp_path / "f.npz")
    again = FastScorer.load(tmp_path / "f.npz")
    np.testing.assert_array_equal(again.predict_proba(TEXTS), fast.predict_proba(TEXTS))


def test_empty_and_unseen_texts_get_the_prior_not_an_error():
    from stance.model import ModelConfig, fit

    y = [r["label"].lower() for r in ROWS]
    fast = FastScorer.from_pipeline(fit([r["text"] for r in ROWS], y, ModelConfig(features="hashed")))
    p = fast.predict_proba(["", "zzzzqqqq"])
    assert np.allclose(p.sum(axis=1), 1.0)


@pytest.fixture(scope="module")
def hashed_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("h") / "model"
    r = CliRunner().invoke(app, ["train", str(TINY), "--out", str(out), "--features", "hashed"])
    assert r.exit_code == 0, r.output
    return out


def test_hashed_model_predicts_without_importing_scikit_learn(hashed_model):
    code = ("import sys; from stance.prediction import Predictor; p = Predictor.load(sys.argv[1]); "
            "print(p.predict(['We will talk once the guns fall silent.'])[0]['label']); "
            "assert 'sklearn' not in sys.modules")
    r = subprocess.run([sys.executable, "-c", code, str(hashed_model)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() in ("supportive", "conditional", "opposed")


def test_hashed_model_explains_with_readable_ngrams(hashed_model):
    r = CliRunner().invoke(app, ["predict", "-m", str(hashed_model), "--explain", "--format", "jsonl",
                                 "There is nothing to negotiate with them."])
    row = json.loads(r.stdout)
    assert row["explanation"] and not any(e["ngram"].startswith("#") for e in row["explanation"])


def test_damaged_fast_file_is_refused(hashed_model, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(hashed_model, copy)
    with open(copy / "fast.npz", "ab") as f:
        f.write(b"x")
    r = CliRunner().invoke(app, ["predict", "-m", str(copy), "hi"])
    assert r.exit_code == 2 and "fast.npz has sha256" in r.stderr


def test_a_model_from_another_hashing_scheme_is_refused(hashed_model, tmp_path):
    import shutil

    copy = tmp_path / "old"
    shutil.copytree(hashed_model, copy)
    meta = json.loads((copy / "metadata.json").read_text())
    meta["hash_scheme"] = 1
    (copy / "metadata.json").write_text(json.dumps(meta))
    for args in (["predict", "-m", str(copy), "hi"], ["evaluate", str(copy), str(TINY)]):
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 2 and "hashing scheme 1" in r.stderr, r.output
