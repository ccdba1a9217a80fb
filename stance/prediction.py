"""Predicting stances: label, per-label probabilities and the n-grams behind them, in batches."""

from __future__ import annotations

from typing import Iterable, Iterator

from stance.corpus import LINE, clean_text
from stance.errors import DataError
from stance.labels import NONE, UNCERTAIN


class Predictor:
    """Answers for statements from a loaded scorer: ``predict(texts)`` gives one dict per text.

    ``scorer`` is a fitted scikit-learn pipeline or a :class:`stance.fast_scorer.FastScorer`; both give
    ``predict_proba`` with columns in ``labels`` order.
    """

    def __init__(self, scorer, labels: list[str], *, min_confidence: float | None = None, explain: int = 0,
                 gate: bool = True):
        self.scorer = scorer
        self.all_labels = list(labels)
        # gate=False forces a stance: a model that can answer `none` has that column dropped and the rest renormalised
        self._keep = None if gate or NONE not in labels else [i for i, lab in enumerate(labels) if lab != NONE]
        self.labels = self.all_labels if self._keep is None else [self.all_labels[i] for i in self._keep]
        self.min_confidence = min_confidence
        self.explain = explain
        self._names = None
        self._weights = None

    @classmethod
    def load(cls, model_dir, *, min_confidence: float | None = None, explain: int = 0, gate: bool = True) -> "Predictor":
        """A predictor for a model directory, through its fast NumPy scorer when it has one."""
        from stance.modelfile import load_scorer

        scorer, meta = load_scorer(model_dir)
        from stance.fast_scorer import FastScorer, FusedScorer

        if type(scorer) is FastScorer:  # the same arrays and answers, half the work
            scorer = FusedScorer.from_fast(scorer)
        return cls(scorer, meta["labels"], min_confidence=min_confidence, explain=explain, gate=gate)

    def predict(self, texts: list[str]) -> list[dict]:
        """Label, confidence and probabilities (summing to 1) for each text; with ``explain``, the top n-grams."""
        return self.rows(texts, self.proba(texts)) if texts else []

    def proba(self, texts: list[str]):
        """Per-label probabilities, one row per text, columns in ``labels`` order (the thread-safe part)."""
        import numpy as np

        p = np.asarray(self.scorer.predict_proba(texts), dtype=float)
        if self._keep is not None:
            p = p[:, self._keep]
            p /= p.sum(axis=1, keepdims=True)
        return p

    def rows(self, texts: list[str], proba) -> list[dict]:
        """The answer dicts for ``texts`` from their probabilities."""
        import numpy as np

        best = proba.argmax(axis=1)
        confs = proba[np.arange(len(best)), best].tolist()
        labels, floor = self.labels, self.min_confidence
        fired = self._rules_fired(texts) if self.explain else None
        out = []
        # One tolist() per batch: converting each float separately costs as much as the scoring.
        for i, (k, conf, p) in enumerate(zip(best.tolist(), confs, proba.tolist())):
            row = {"label": UNCERTAIN if floor is not None and conf < floor else labels[k],
                   "confidence": round(conf, 6), "probabilities": dict(zip(labels, p))}
            if self.explain:
                row["explanation"] = self._explain(texts[i], k if self._keep is None else self._keep[k])
                row["rules"] = fired[i]
            out.append(row)
        return out

    # --- explanations ------------------------------------------------------------------------------------------
    @staticmethod
    def _rules_fired(texts: list[str]) -> list[list[dict]]:
        """Per text, the labeling rules that fired and the label each voted (docs/labeling-guide.md's cues)."""
        from stance.rules import apply_rules, votes

        return [[{"rule": rule, "votes": label} for rule, label in votes(row).items()] for row in apply_rules(texts)]

    def _explain(self, text: str, k: int) -> list[dict]:
        """The features of ``text`` whose weight pushed most toward class ``k`` (feature value x centred weight):
        n-grams, and with feature blocks the rules' votes and the MiniLM embedding (its 384 columns as one entry)."""
        import numpy as np

        cols, values, names = self._columns(text)
        if self._weights is None:
            self._weights = self._class_weights()
        totals: dict[str, float] = {}
        for name, c in zip(names, (values * self._weights[k, cols]).tolist()):
            totals[name] = totals.get(name, 0.0) + c
        grams, contrib = list(totals), np.array(list(totals.values()))
        order = np.argsort(-contrib, kind="stable")[: self.explain]
        return [{"ngram": grams[j], "weight": round(float(contrib[j]), 4)} for j in order if contrib[j] > 0]

    def _columns(self, text: str):
        """One text's nonzero feature columns, their values and readable names (stance.blocks.column_names)."""
        from stance.fast_scorer import FastScorer

        if isinstance(self.scorer, FastScorer):
            return self.scorer.columns(text)
        from stance.blocks import column_names, layout
        from stance.hashing import HashedTfidf

        features = self.scorer.named_steps["features"]
        x = features.transform([text]).tocsr()
        lay = layout(features)
        if self._names is None and not isinstance(lay.ngrams, HashedTfidf):
            self._names = lay.ngrams.get_feature_names_out()
        return x.indices, x.data, column_names(lay, text, x.indices, self._names)

    def _class_weights(self):
        """Per-class feature weights of the final linear estimator, centred across classes: (classes, columns)."""
        import numpy as np

        from stance.fast_scorer import FastScorer

        if isinstance(self.scorer, FastScorer):
            W = self.scorer.all_coef().T
        else:
            W = _linear_weights(self.scorer.named_steps["clf"])
        if W.shape[0] == 1:  # binary: one row of weights for the positive class
            W = np.vstack([-W[0], W[0]])
        return W - W.mean(axis=0, keepdims=True)


def _linear_weights(clf):
    """The (classes, columns) weights a linear scikit-learn classifier scores with."""
    import numpy as np

    if hasattr(clf, "coef_"):
        return np.asarray(clf.coef_)
    if hasattr(clf, "calibrated_classifiers_"):
        return np.mean([np.asarray(c.estimator.coef_) for c in clf.calibrated_classifiers_], axis=0)
    if hasattr(clf, "feature_log_prob_"):
        # ComplementNB scores with X @ feature_log_prob_.T: the same shape of evidence.
        return np.asarray(clf.feature_log_prob_)
    raise DataError("--explain needs a linear model (logreg, svm or nb)")


def predict_records(predictor: Predictor, records: Iterable[dict], *, text_column: str = "text",
                    batch_size: int = 1000, on_error: str = "stop", source: str = "<input>",
                    skipped: list | None = None, threads: int | None = None) -> Iterator[dict]:
    """Predict a stream of input records in batches, keeping each record's own columns in the output.

    A record with a null, empty or oversized text stops the run (``on_error='stop'``, naming the line) or is
    skipped (``'skip'``); skipped line numbers are appended to ``skipped`` so the caller can report them.
    Batches are scored by ``threads`` threads (default: one per core, at most 4) a few batches ahead of the
    output, which keeps the input order; memory stays bounded by those few batches.
    """
    import os
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    # The scorer is NumPy work that releases the GIL, so threads overlap it with reading and writing.
    threads = threads or min(os.cpu_count() or 1, 4)
    pending: deque = deque()

    def batches():
        batch: list[dict] = []
        texts: list[str] = []
        for rec in records:
            try:
                text = clean_text(rec.get(text_column), path=source, line=rec.get(LINE), column=text_column)
            except DataError:
                if on_error == "skip":
                    if skipped is not None:
                        skipped.append(rec.get(LINE))
                    continue
                raise
            batch.append(rec)
            texts.append(text)
            if len(batch) >= batch_size:
                yield batch, texts
                batch, texts = [], []
        if batch:
            yield batch, texts

    if threads <= 1:
        for batch, texts in batches():
            yield from _merge(batch, predictor.predict(texts))
        return
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="stance-score") as pool:
        try:
            for batch, texts in batches():
                pending.append((batch, texts, pool.submit(predictor.proba, texts)))
                if len(pending) > threads:
                    b, t, fut = pending.popleft()
                    yield from _merge(b, predictor.rows(t, fut.result()))
            while pending:
                b, t, fut = pending.popleft()
                yield from _merge(b, predictor.rows(t, fut.result()))
        finally:
            for *_, fut in pending:  # a stopped run (bad line, closed pipe) does not wait for batches ahead
                fut.cancel()


#: Columns a prediction adds; an input column of the same name is kept as ``input_<name>``.
PREDICTION_COLUMNS = ("label", "confidence", "probabilities", "explanation", "rules")


def _merge(batch, preds):
    for rec, pred in zip(batch, preds):
        out = {(f"input_{k}" if k in PREDICTION_COLUMNS else k): v for k, v in rec.items() if k != LINE}
        out.update(pred)
        yield out


def flatten(row: dict, labels: list[str]) -> dict:
    """A prediction row with probabilities as ``p_<label>`` columns and the explanation as one string (for CSV)."""
    out = {k: v for k, v in row.items() if k not in ("probabilities", "explanation", "rules")}
    for lab in labels:
        out[f"p_{lab}"] = round(row["probabilities"][lab], 6)
    if "explanation" in row:
        out["explanation"] = "; ".join(f"{e['ngram']} ({e['weight']:+.3f})" for e in row["explanation"])
        out["rules"] = "; ".join(f"{r['rule']} ({r['votes']})" for r in row.get("rules", []))
    return out


def summarise_by(rows: Iterable[dict], column: str, labels: list[str]) -> list[dict]:
    """Who stands where: per value of ``column`` (e.g. speaker), the statement count, the count of each answer
    and the probability-weighted overall stance (the label with the highest mean probability).

    Statements without a value form their own group, "(<column> not given)". Groups come in order of first
    appearance.
    """
    groups: dict[str, dict] = {}
    for row in rows:
        key = row.get(column)
        key = f"({column} not given)" if key is None or not str(key).strip() else str(key)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {column: key, "statements": 0, "counts": {}, "_sum": dict.fromkeys(labels, 0.0)}
        g["statements"] += 1
        g["counts"][row["label"]] = g["counts"].get(row["label"], 0) + 1
        for lab, p in row["probabilities"].items():
            g["_sum"][lab] += p
    out = []
    for g in groups.values():
        mean = {lab: s / g["statements"] for lab, s in g.pop("_sum").items()}
        best = max(labels, key=lambda lab: mean[lab])
        g.update(stance=best, confidence=round(mean[best], 6),
                 probabilities={lab: round(v, 6) for lab, v in mean.items()})
        out.append(g)
    return out
