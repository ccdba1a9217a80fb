"""Probabilities of a hashed-TF-IDF linear model from plain arrays: no scikit-learn, no pickle.

What `stance predict` loads when a model has a ``fast.npz``: the hashed features' buckets and idf
(:class:`stance.hashing.HashedTfidf`), the classifier's coefficients and intercepts, and the calibration
temperature, as NumPy arrays.
"""

from __future__ import annotations

import numpy as np

from stance.hashing import HashedTfidf, _codepoints, char_wb_hashes, word_hashes


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


#: Statements hashed and summed at a time.
CHUNK = 250


class FusedScorer(FastScorer):
    """A FastScorer (same arrays, same answers) whose ``decision`` reads one table row per occurrence.

    :class:`FastScorer` looks each occurrence's column up in four arrays (idf squared for the norm,
    and idf times each class's weight) and sums each with a ``bincount``: four random reads and four passes per
    occurrence, more than half the time of a prediction. Here the four numbers of a column sit side by side in one
    table row, so an occurrence costs one read of 32 bytes; occurrences come sorted by statement within each n-gram
    order, so the sums are ``np.add.reduceat`` over runs, then a ``bincount`` over the (few) runs. Unknown n-grams
    point at a row of zeros instead of being filtered out. The n-grams and their buckets are stance.hashing's own
    functions, so the features are the same by construction; the sums differ only in rounding (tested).
    """

    @classmethod
    def from_fast(cls, fast: FastScorer) -> "FusedScorer":
        return cls(fast.features, fast.coef, fast.intercept, fast.kind, fast.temperature)

    def _tables(self):
        if getattr(self, "_table", None) is None:
            f = self.features
            n, k = self.coef.shape
            table = np.zeros((n + 1, k + 1), dtype=np.float64)
            table[:n, 0] = f.idf_ * f.idf_
            table[:n, 1:] = f.idf_[:, None] * self.coef
            column = f.column_.astype(np.int32, copy=True)
            column[column < 0] = n  # the row of zeros: an n-gram never seen in training adds nothing
            self._table, self._column = table, column
        return self._table, self._column

    def decision(self, texts: list[str]) -> np.ndarray:
        if len(texts) <= CHUNK:
            return self._decision(texts)
        # A few hundred statements at a time: the temporaries (~60 KB a statement) stay small and in cache.
        return np.concatenate([self._decision(texts[i:i + CHUNK]) for i in range(0, len(texts), CHUNK)])

    def _decision(self, texts: list[str]) -> np.ndarray:
        table, column = self._tables()
        f = self.features
        n_docs = len(texts)
        c, doc_id = _codepoints(texts)
        bits = f.n_features.bit_length() - 1
        shift = np.uint64(64 - bits)
        out = np.zeros((n_docs, table.shape[1] - 1))
        for docs, hashes, offset in ((*word_hashes(c, doc_id, *f.word_ngram), 0),
                                     (*char_wb_hashes(c, doc_id, *f.char_ngram), f.n_features)):
            cols = column.take((hashes >> shift).astype(np.int64) + offset)
            sums = _per_doc(docs, table.take(cols, axis=0), n_docs)  # (take: 7x faster than table[cols])
            norm = np.sqrt(sums[:, 0])
            norm[norm == 0] = 1.0
            out += sums[:, 1:] / norm[:, None]
        return out + self.intercept


def _per_doc(docs: np.ndarray, rows: np.ndarray, n_docs: int) -> np.ndarray:
    """Sum ``rows`` per doc; ``docs`` is sorted within each of a few runs (one per n-gram order)."""
    width = rows.shape[1]
    if len(docs) == 0:
        return np.zeros((n_docs, width))
    starts = np.concatenate(([0], np.flatnonzero(docs[1:] != docs[:-1]) + 1))
    runs = np.add.reduceat(rows, starts, axis=0)
    owner = docs[starts]
    return np.column_stack([np.bincount(owner, weights=runs[:, j], minlength=n_docs) for j in range(width)])
