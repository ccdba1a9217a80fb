"""Probabilities of a hashed-TF-IDF linear model from plain arrays: no scikit-learn, no pickle.

What `stance predict` loads when a model has a ``fast.npz``: the hashed features' buckets and idf
(:class:`stance.hashing.HashedTfidf`), the classifier's coefficients and intercepts, and the calibration
temperature, as NumPy arrays.
"""

from __future__ import annotations

import numpy as np

from stance.hashing import HashedTfidf


def fast_twin(pipeline) -> "FastScorer | None":
    """A FastScorer twin of a hashed-features logistic regression, else None."""
    # Only a softmax/sigmoid over coef_ is what FastScorer computes: logistic regression, not svm or nb.
    clf = pipeline.named_steps["clf"]
    if isinstance(pipeline.named_steps.get("features"), HashedTfidf) and type(clf).__name__ == "LogisticRegression":
        return FastScorer.from_pipeline(pipeline)
    return None


class FastScorer:
    """Probabilities of a hashed-TF-IDF linear model from plain arrays: no scikit-learn, no pickle."""

    def __init__(self, features: HashedTfidf, coef: np.ndarray, intercept: np.ndarray, kind: str = "softmax",
                 temperature: float = 1.0):
        self.features = features
        self.coef = coef  # (n_columns, n_classes)
        self.intercept = intercept
        self.kind = kind
        self.temperature = temperature  # decision values are divided by it: calibration fitted on CV folds
        self._v = None

    @classmethod
    def from_pipeline(cls, pipeline) -> "FastScorer":
        feats = pipeline.named_steps["features"]
        clf = pipeline.named_steps["clf"]
        coef = np.asarray(clf.coef_, dtype=np.float64)
        intercept = np.asarray(clf.intercept_, dtype=np.float64)
        kind = "softmax" if coef.shape[0] > 1 else "sigmoid"
        return cls(feats, coef.T.copy(), intercept, kind)

    def decision(self, texts: list[str]) -> np.ndarray:
        """Decision values: per (text, block), the sum of idf * coef over occurrences divided by the block's norm."""
        if self._v is None:
            self._v = [np.ascontiguousarray(self.features.idf_ * self.coef[:, j]) for j in range(self.coef.shape[1])]
        _, cols, block, norms = self.features.known(texts)
        per_block = np.column_stack([np.bincount(block, weights=v.take(cols), minlength=len(norms)) for v in self._v]
                                    ).astype(np.float64)
        per_block /= norms[:, None]
        return per_block[0::2] + per_block[1::2] + self.intercept

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        d = self.decision(texts)
        if self.temperature != 1.0:
            d = d / self.temperature
        if self.kind == "sigmoid":
            p = 1.0 / (1.0 + np.exp(-d[:, 0]))
            return np.column_stack([1 - p, p])
        d = d - d.max(axis=1, keepdims=True)
        e = np.exp(d)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path) -> None:
        f = self.features
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh, buckets=f.buckets_, idf=f.idf_, coef=self.coef, intercept=self.intercept,
                params=np.array([f.word_ngram[0], f.word_ngram[1], f.char_ngram[0], f.char_ngram[1], f.n_features,
                                 f.min_df], dtype=np.int64),
                kind=np.array(self.kind), temperature=np.array(self.temperature, dtype=np.float64))

    @classmethod
    def load(cls, path) -> "FastScorer":
        with np.load(path, allow_pickle=False) as z:
            wl, wh, cl, chh, nf, min_df = (int(x) for x in z["params"])
            feats = HashedTfidf(word_ngram=(wl, wh), char_ngram=(cl, chh), n_features=nf, min_df=min_df)
            feats.set_columns(z["buckets"], z["idf"])
            temperature = float(z["temperature"]) if "temperature" in z.files else 1.0
            return cls(feats, z["coef"].copy(), z["intercept"].copy(), str(z["kind"]), temperature)
