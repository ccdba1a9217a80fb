"""Likely label errors in a labeled file: out-of-fold probabilities, then confident learning (cleanlab).

:func:`audit` returns the suspects, most suspicious first. Each carries the row's id (the file's ``id``
column, or a stable id made from its text), the given label, the label the model suggests, the model's
probability for each, and cleanlab's label-quality score (low: likely wrong).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass

from stance.errors import DataError


@dataclass
class AuditResult:
    suspects: list[dict]
    rows: int
    labels: list[str]
    folds: int
    grouped_by: str | None


def stable_id(text: str) -> str:
    """An id that names the same statement in every run: a hash of its text."""
    return "t-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def out_of_fold_proba(texts: list[str], y: list[int], n_labels: int, config, *, folds: int = 5,
                      groups: list[str] | None = None, n_jobs: int | None = None):
    """Probabilities for every row from a model that never saw it (stratified K folds; rows sharing a
    group stay in one fold)."""
    import numpy as np
    from sklearn.model_selection import cross_val_predict

    from stance.evaluate import cv_splits
    from stance.model import build_pipeline

    splits = cv_splits(list(y), folds, config.seed, groups)
    proba = cross_val_predict(build_pipeline(config), list(texts), np.asarray(y), cv=splits,
                              method="predict_proba", n_jobs=n_jobs)
    if proba.shape[1] != n_labels:  # pragma: no cover - every fold sees every label (checked before)
        raise DataError("a cross-validation fold lacked a label; use fewer --folds")
    return proba


def audit(data_path: str | os.PathLike, *, config=None, folds: int = 5, text_column: str = "text",
          label_column: str = "label", group_column: str | None = None, n_jobs: int | None = None) -> AuditResult:
    """Rows of ``data_path`` whose given label is likely wrong, ranked by cleanlab's self-confidence."""
    import numpy as np
    from cleanlab.filter import find_label_issues

    from stance.corpus import read_labeled
    from stance.model import ModelConfig

    cfg = (config or ModelConfig()).validate()
    if folds < 2:
        raise DataError("--folds must be at least 2")
    data = read_labeled(data_path, text_column=text_column, label_column=label_column)
    labels, y, texts = data.labels, list(data.y), list(data.texts)
    counts = Counter(y)
    if len(counts) < 2:
        raise DataError(f"only one label ({labels[next(iter(counts))]}) in the data: an audit compares labels, "
                        "it needs at least two", path=data.path)
    few = {labels[k]: n for k, n in counts.items() if n < folds}
    if few:
        detail = ", ".join(f"{lab!r} has {n}" for lab, n in sorted(few.items()))
        raise DataError(f"{folds}-fold cross-validation needs at least {folds} rows of each label; {detail} "
                        "(use fewer --folds or more data)", path=data.path)
    groups = None
    if group_column:
        raw = data.column(group_column)
        # Rows without a group value are their own group.
        groups = [g if g is not None else f"row-{i}" for i, g in enumerate(raw)]
    proba = out_of_fold_proba(texts, y, len(labels), cfg, folds=folds, groups=groups, n_jobs=n_jobs)
    ranked = find_label_issues(labels=np.asarray(y), pred_probs=proba, return_indices_ranked_by="self_confidence")
    cols = data.dataset.column_names
    ids = data.dataset["id"] if "id" in cols else [stable_id(t) for t in texts]
    extra = {c: data.dataset[c] for c in ("speaker", "topic", "author", "source") if c in cols}
    lines = data.dataset["line"]
    suspects = []
    for i in ranked.tolist():
        k = int(proba[i].argmax())
        row = {"id": ids[i] or stable_id(texts[i]), "line": lines[i], "text": texts[i], "label": labels[y[i]],
               "suggested": labels[k], "confidence": round(float(proba[i, k]), 4),
               "p_given": round(float(proba[i, y[i]]), 4)}
        row.update({c: v[i] for c, v in extra.items() if v[i] is not None})
        suspects.append(row)
    return AuditResult(suspects=suspects, rows=len(texts), labels=labels, folds=folds, grouped_by=group_column)
