"""stance.fast_scorer: the pipeline's probabilities from plain arrays, saved without pickle, refused when damaged."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import TINY_ROWS, run
from stance.fast_scorer import FastScorer, fast_twin

ROWS = TINY_ROWS
TEXTS = [r["text"] for r in ROWS] + ["Ça va? Überraschung!  Tabs\tand\nnewlines", "🕊️ peace", "a", "   "]


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


def test_damaged_fast_file_is_refused(model_dir, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(model_dir, copy)
    with open(copy / "fast.npz", "ab") as f:
        f.write(b"x")
    r = run("predict", "-m", str(copy), "hi")
    assert r.exit_code == 2 and "fast.npz has sha256" in r.stderr


@pytest.mark.parametrize("features, classifier, has_twin", [("hashed", "logreg", True), ("hashed", "nb", False),
                                                            ("tfidf", "logreg", False)])
def test_only_a_hashed_logistic_regression_has_a_fast_twin(features, classifier, has_twin):
    from stance.model import ModelConfig, fit

    pipe = fit([r["text"] for r in ROWS], [r["label"] for r in ROWS], ModelConfig(features=features, classifier=classifier))
    assert (fast_twin(pipe) is not None) == has_twin
