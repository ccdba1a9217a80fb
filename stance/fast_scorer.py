"""Probabilities of a hashed-TF-IDF linear model from plain arrays: no scikit-learn, no pickle.

What `stance predict` loads when a model has a ``fast.npz``: the hashed features' buckets and idf
(:class:`stance.hashing.HashedTfidf`), the classifier's coefficients and intercepts, and the calibration
temperature, as NumPy arrays. A model with the ``scope`` and ``rules`` feature blocks (:mod:`stance.blocks`) has
them too: scope marking is applied to the texts before hashing, and the rules' votes add their columns'
coefficients (``rules_coef``). A model with any other block (minilm) gets no fast twin and predicts through its
pipeline, so no block's columns are ever dropped.
"""

from __future__ import annotations

import numpy as np

from stance.blocks import (
    FAST_BLOCKS,
    Layout,
    column_names,
    layout,
    n_rule_columns,
    rule_columns,
)
from stance.hashing import HashedTfidf, word_table, char_wb_hashes, codepoints, padded, word_hashes

try:  # stance/_fastscore.c, built at install where a C compiler is at hand
    from stance import _fastscore
except ImportError:  # built without one: the NumPy path below, same answers
    _fastscore = None


def fast_twin(pipeline) -> "FastScorer | None":
    """A FastScorer twin of a hashed-features logistic regression (with at most the scope and rules blocks), else
    None."""
    # Only a softmax/sigmoid over coef_ is what FastScorer computes: logistic regression, not svm or nb.
    clf = pipeline.named_steps["clf"]
    lay = layout(pipeline.named_steps["features"])
    if (isinstance(lay.ngrams, HashedTfidf) and type(clf).__name__ == "LogisticRegression"
            and set(lay.blocks) <= set(FAST_BLOCKS)):
        return FastScorer.from_pipeline(pipeline)
    return None


class FastScorer:
    """Probabilities of a hashed-TF-IDF linear model from plain arrays: no scikit-learn, no pickle.

    ``scope``: the texts are scope-marked (:func:`stance.blocks.mark_scope`) before hashing. ``rules_coef``:
    (rules block columns, n_classes) coefficients of the labeling rules' votes, or None without the rules block.
    """

    def __init__(self, features: HashedTfidf, coef: np.ndarray, intercept: np.ndarray, kind: str = "softmax",
                 temperature: float = 1.0, *, scope: bool = False, rules_coef: np.ndarray | None = None):
        self.features = features
        self.coef = coef  # (n_columns, n_classes)
        self.intercept = intercept
        self.kind = kind
        self.temperature = temperature  # decision values are divided by it: calibration fitted on CV folds
        self.scope = scope
        self.rules_coef = rules_coef
        self._v = None

    @classmethod
    def from_pipeline(cls, pipeline) -> "FastScorer":
        lay = layout(pipeline.named_steps["features"])
        clf = pipeline.named_steps["clf"]
        coef = np.asarray(clf.coef_, dtype=np.float64).T.copy()
        intercept = np.asarray(clf.intercept_, dtype=np.float64)
        kind = "softmax" if coef.shape[1] > 1 else "sigmoid"
        n = lay.ngrams.n_columns
        width = n + (n_rule_columns() if "rules" in lay.stacked else 0)
        if coef.shape[0] != width:  # never score with some of the columns the classifier was fitted on
            raise ValueError(f"the classifier has {coef.shape[0]} columns, the features {width}")
        rules = coef[n:].copy() if "rules" in lay.stacked else None
        return cls(lay.ngrams, coef[:n].copy(), intercept, kind, scope=lay.scope, rules_coef=rules)

    @property
    def layout(self) -> Layout:
        return Layout(self.features, self.scope, ("rules",) if self.rules_coef is not None else ())

    @property
    def blocks(self) -> tuple[str, ...]:
        return self.layout.blocks

    def block_decision(self, texts: list[str]) -> np.ndarray:
        """Decision values of the whole model: the n-grams (of the scope-marked texts with the scope block), plus
        the coefficients of the rules' votes with the rules block."""
        d = self.decision(self.layout.ngram_texts(texts))
        if self.rules_coef is not None:
            rows, cols = rule_columns(list(texts))
            d = d + np.column_stack([np.bincount(rows, weights=self.rules_coef[cols, j], minlength=len(texts))
                                     for j in range(self.rules_coef.shape[1])])
        return d

    def columns(self, text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """One text's nonzero feature columns, their values and readable names (for explanations), in the
        classifier's column order: n-grams, then the rules' votes."""
        lay = self.layout
        _, cols, w = self.features.weights(lay.ngram_texts([text]))
        cols, inv = np.unique(cols, return_inverse=True)
        values = np.bincount(inv, weights=w, minlength=len(cols))
        if self.rules_coef is not None:
            _, rcols = rule_columns([text])
            cols = np.concatenate([cols, rcols + self.features.n_columns])
            values = np.concatenate([values, np.ones(len(rcols))])
        return cols, values, column_names(lay, text, cols)

    def all_coef(self) -> np.ndarray:
        """(every column, n_classes) coefficients, in the classifier's column order."""
        return self.coef if self.rules_coef is None else np.vstack([self.coef, self.rules_coef])

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
        d = self.block_decision(texts)
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
        # Only a model with blocks has the blocks' arrays: a default model's file is as it always was.
        blocks = {"blocks": np.array(self.blocks, dtype=str)} if self.blocks else {}
        if self.rules_coef is not None:
            blocks["rules_coef"] = self.rules_coef
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh, buckets=f.buckets_, idf=f.idf_, coef=self.coef, intercept=self.intercept,
                params=np.array([f.word_ngram[0], f.word_ngram[1], f.char_ngram[0], f.char_ngram[1], f.n_features,
                                 f.min_df], dtype=np.int64),
                kind=np.array(self.kind), temperature=np.array(self.temperature, dtype=np.float64), **blocks)

    @classmethod
    def load(cls, path) -> "FastScorer":
        with np.load(path, allow_pickle=False) as z:
            wl, wh, cl, chh, nf, min_df = (int(x) for x in z["params"])
            feats = HashedTfidf(word_ngram=(wl, wh), char_ngram=(cl, chh), n_features=nf, min_df=min_df)
            feats.set_columns(z["buckets"], z["idf"])
            temperature = float(z["temperature"]) if "temperature" in z.files else 1.0
            blocks = [str(b) for b in z["blocks"]] if "blocks" in z.files else []
            if not set(blocks) <= set(FAST_BLOCKS):
                raise ValueError(f"blocks {blocks} are not all ones the fast scorer applies")
            rules = z["rules_coef"].copy() if "rules" in blocks else None
            if rules is not None and rules.shape[0] != n_rule_columns():
                raise ValueError(f"{rules.shape[0]} rule columns, this stance's rules make {n_rule_columns()}")
            return cls(feats, z["coef"].copy(), z["intercept"].copy(), str(z["kind"]), temperature,
                       scope="scope" in blocks, rules_coef=rules)


#: Characters hashed and summed at a time (about a hundred statements). The temporaries, ~250 bytes a character,
#: then stay a few MB: larger ones are fresh memory maps that every batch page-faults in again, which made the same
#: work twice as slow and stopped two scoring threads from running side by side (measured in stop 21).
CHUNK_CHARS = 16_000


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
        return cls(fast.features, fast.coef, fast.intercept, fast.kind, fast.temperature, scope=fast.scope,
                   rules_coef=fast.rules_coef)

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
        parts, start, size = [], 0, 0
        for i, t in enumerate(texts):
            size += len(t)
            if size >= CHUNK_CHARS:
                parts.append(self._decision(texts[start:i + 1]))
                start, size = i + 1, 0
        if start < len(texts) or not parts:
            parts.append(self._decision(texts[start:]))
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    #: Score with the compiled loop (stance/_fastscore.c) when it is built; False forces the NumPy path.
    compiled = True

    def _decision(self, texts: list[str]) -> np.ndarray:
        table, column = self._tables()
        f = self.features
        bits = f.n_features.bit_length() - 1
        if self.compiled and _fastscore is not None:
            text, lengths = padded(texts)
            out = np.zeros((len(texts), table.shape[1] - 1))
            if _fastscore.decide(text, lengths, word_table(), column, table, out, table.shape[1], bits,
                                 (*f.word_ngram, *f.char_ngram)):
                return out + self.intercept
            # a code point beyond the BMP: only the NumPy path classifies those (with the regex engine)
        n_docs = len(texts)
        c, doc_id = codepoints(texts)
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
