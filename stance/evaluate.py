"""Measuring a model: scores, baselines, cross-validation, leave-one-group-out, error lists, plots."""

from __future__ import annotations

import math
from pathlib import Path

#: What a baseline that gives no answer (rules abstaining) predicts, so it counts as an error.
NO_ANSWER = "(none)"


def scores(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict:
    """Accuracy, macro-F1, per-label precision/recall/F1/support and the confusion matrix (rows true, columns predicted)."""
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    cm_labels = list(labels) + ([NO_ANSWER] if NO_ANSWER in set(y_pred) else [])
    return {
        "n": len(y_true),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)),
        "per_label": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, lab in enumerate(labels)},
        "confusion": {"labels": cm_labels,
                      "matrix": confusion_matrix(y_true, y_pred, labels=cm_labels).tolist()},
    }


def majority_baseline(y_train: list[str], y_test: list[str], labels: list[str]) -> dict:
    """Scores of always answering the most frequent training label (ties broken by label order)."""
    counts = {lab: y_train.count(lab) for lab in labels}
    top = max(labels, key=lambda lab: counts[lab])
    out = scores(y_test, [top] * len(y_test), labels)
    out["predicts"] = top
    return out


def rules_baseline(texts: list[str], y_test: list[str], labels: list[str]) -> dict | None:
    """Scores of the labeling-rule vote alone; abstentions and off-topic answers count as errors.

    None when the rules do not speak this label set (e.g. on other stance data).
    """
    from stance.rules import rule_labels

    if not set(labels) <= {"supportive", "conditional", "opposed", "none"}:
        return None
    voted = rule_labels(texts)
    pred = [v if v in labels else NO_ANSWER for v in voted]
    out = scores(y_test, pred, labels)
    covered = [i for i, v in enumerate(pred) if v != NO_ANSWER]
    out["coverage"] = len(covered) / len(pred) if pred else 0.0
    out["accuracy_on_covered"] = (sum(pred[i] == y_test[i] for i in covered) / len(covered)) if covered else 0.0
    return out


def fit_predict(train_texts: list[str], train_gold: list[str], test_texts: list[str], labels: list[str],
                config) -> list[str]:
    """Labels predicted for ``test_texts`` by a model fitted on the training texts and their gold labels."""
    from stance.model import fit

    model = fit(train_texts, [labels.index(g) for g in train_gold], config)
    return [labels[model.classes_[k]] for k in model.predict_proba(test_texts).argmax(axis=1)]


def _mean_std(values: list[float]) -> dict:
    m = sum(values) / len(values)
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1)) if len(values) > 1 else 0.0
    return {"mean": m, "std": sd}


def contrast_groups(values: list | None) -> list[str] | None:
    """Split keys from a ``group`` column: rows of one contrast group share a key, every other row has its own.

    None when no row belongs to a group, so data without groups splits exactly as before.
    """
    if values is None or not any(values):
        return None
    return [f"group:{v}" if v else f"row:{i}" for i, v in enumerate(values)]


def held_out_split(y: list[int], test_size: float, seed: int, groups: list[str] | None = None):
    """(train indices, test indices), stratified by label; rows sharing a group key stay on one side."""
    idx = list(range(len(y)))
    if groups is None:
        from sklearn.model_selection import train_test_split

        tr, te = train_test_split(idx, test_size=test_size, stratify=y, random_state=seed)
    else:
        from sklearn.model_selection import StratifiedGroupKFold

        folds = max(2, round(1 / test_size))
        tr, te = next(StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(idx, y, groups))
        tr, te = tr.tolist(), te.tolist()
    return sorted(tr), sorted(te)


def cv_splits(y: list[int], folds: int, seed: int, groups: list[str] | None = None):
    """Stratified K-fold splits; rows sharing a group key stay in one fold."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    idx = list(range(len(y)))
    if groups is None:
        return list(StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(idx, y))
    return list(StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(idx, y, groups))


def group_splits(keys: list, rows: list[int] | None = None,
                 held_out: list[int] | None = None) -> list[tuple[str, list[int], list[int]]]:
    """Leave-one-group-out over ``rows`` (default: all): per group, in sorted order, (its key, the rows of every
    other group, its rows). With ``held_out``, only the groups of those rows are held out in turn."""
    rows = list(range(len(keys))) if rows is None else rows
    names = sorted({keys[i] for i in (rows if held_out is None else held_out) if keys[i]})
    return [(g, [i for i in rows if keys[i] != g], [i for i in rows if keys[i] == g]) for g in names]


def cross_validate(texts: list[str], y: list[int], labels: list[str], config, *, folds: int = 5,
                   n_jobs: int | None = None, groups: list[str] | None = None) -> dict:
    """Stratified K-fold accuracy and macro-F1, mean and standard deviation over folds (groups kept whole)."""
    from sklearn.model_selection import cross_validate as sk_cv

    from stance.model import build_pipeline

    cv = cv_splits(list(y), folds, config.seed, groups)
    res = sk_cv(build_pipeline(config), list(texts), list(y), cv=cv, scoring=("accuracy", "f1_macro"),
                n_jobs=n_jobs)
    return {"folds": folds,
            "accuracy": _mean_std([float(v) for v in res["test_accuracy"]]),
            "macro_f1": _mean_std([float(v) for v in res["test_f1_macro"]]),
            "per_fold_macro_f1": [float(v) for v in res["test_f1_macro"]]}


def leave_one_group_out(texts: list[str], y: list[int], groups: list[str], labels: list[str], config,
                        *, rules: bool = True, n_jobs: int | None = None) -> dict:
    """Train on every group (negotiation) but one, test on that one, for each group; plus means.

    This is the figure that says whether the model works on a negotiation it has never seen.
    """
    from joblib import Parallel, delayed

    splits = group_splits(groups)
    if len(splits) < 2:
        from stance.errors import DataError

        raise DataError(f"leave-one-group-out needs at least 2 groups, found {len(splits)}")
    results = Parallel(n_jobs=n_jobs)(
        delayed(_one_group)(texts, y, labels, config, train_idx, test_idx, rules) for _, train_idx, test_idx in splits)
    per = {name: r for (name, _, _), r in zip(splits, results)}
    summary = {"groups": per,
               "mean_accuracy": _mean_std([r["model"]["accuracy"] for r in per.values()]),
               "mean_macro_f1": _mean_std([r["model"]["macro_f1"] for r in per.values()]),
               "pooled": scores([labels[i] for i in _concat(per, "y_true")],
                                [labels[i] for i in _concat(per, "y_pred")], labels)}
    if rules and all(r.get("rules") for r in per.values()):
        summary["rules_mean_macro_f1"] = _mean_std([r["rules"]["macro_f1"] for r in per.values()])
    for r in per.values():
        r.pop("y_true")
        r.pop("y_pred")
    return summary


def _concat(per, key):
    out = []
    for r in per.values():
        out.extend(r[key])
    return out


def _one_group(texts, y, labels, config, train_idx, test_idx, rules):
    y_train = [labels[y[i]] for i in train_idx]
    y_true = [labels[y[i]] for i in test_idx]
    pred = fit_predict([texts[i] for i in train_idx], y_train, [texts[i] for i in test_idx], labels, config)
    out = {"n_train": len(train_idx), "n_test": len(test_idx),
           "model": _brief(scores(y_true, pred, labels)),
           "majority": _brief(majority_baseline(y_train, y_true, labels)),
           "y_true": [y[i] for i in test_idx], "y_pred": [labels.index(p) for p in pred]}
    if rules:
        rb = rules_baseline([texts[i] for i in test_idx], y_true, labels)
        if rb:
            out["rules"] = _brief(rb)
    return out


def _brief(s: dict) -> dict:
    return {k: s[k] for k in ("accuracy", "macro_f1") if k in s}


def misclassified(texts: list[str], y_true: list[int], proba, labels: list[str], extra: dict | None = None) -> list[dict]:
    """Statements the model got wrong, most confident errors first."""
    rows = []
    for i, (t, yt) in enumerate(zip(texts, y_true)):
        p = proba[i]
        k = int(p.argmax())
        if k != yt:
            row = {"text": t, "label": labels[yt], "predicted": labels[k], "confidence": round(float(p[k]), 4)}
            for col, values in (extra or {}).items():
                if values[i] is not None:
                    row[col] = values[i]
            rows.append(row)
    rows.sort(key=lambda r: (-r["confidence"], r["text"]))
    return rows


def plot_confusion(confusion: dict, path, title: str = "Confusion matrix") -> None:
    """Write the confusion matrix as a PNG (counts in cells, rows true, columns predicted)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, m = confusion["labels"], confusion["matrix"]
    true_labels = labels[:len(m)]
    fig, ax = plt.subplots(figsize=(1.6 + 1.1 * len(labels), 1.2 + 1.0 * len(true_labels)), dpi=100)
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(m)), true_labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    top = max((max(r) for r in m), default=0) or 1
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black")
    ax.set_title(title)
    fig.tight_layout()
    # Fixed metadata keeps the file byte-identical across runs with the same numbers.
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def evaluate_model(model_dir, data_path, *, text_column: str = "text", label_column: str = "label",
                   out_dir=None, split: str | None = None) -> dict:
    """Score a saved model on a labeled file, beside the majority and rule baselines.

    Labels in the file must be ones the model knows. Writes metrics.json, confusion_matrix.png and
    misclassified.jsonl to ``out_dir`` (complete or not at all) when given.
    """
    from stance.corpus import read_labeled
    from stance.modelfile import load_scorer

    # What `stance predict` answers with (calibrated; the fast scorer when there is one): loaded once.
    scorer, metadata = load_scorer(model_dir)
    labels = metadata["labels"]
    data = read_labeled(data_path, text_column=text_column, label_column=label_column, labels=labels, split=split)
    # Ids in the file follow the model's label order because the model's labels were declared.
    texts, gold_ids = list(data.texts), list(data.y)
    proba = scorer.predict_proba(texts)
    pred = [labels[k] for k in proba.argmax(axis=1)]
    gold = [labels[i] for i in gold_ids]
    trained_on = metadata.get("training_data", {}).get("train_rows_per_label", {})
    train_y = [lab for lab, n in trained_on.items() for _ in range(n)] or gold
    metrics = {
        "model": str(model_dir), "data": data.path, "data_sha256": data.sha256, "labels": labels,
        "test": scores(gold, pred, labels),
        "baselines": {"majority": majority_baseline(train_y, gold, labels),
                      "rules": rules_baseline(texts, gold, labels)},
        "calibration": {**calibration(proba, gold_ids), "temperature": metadata.get("temperature", 1.0),
                        "min_confidence": confidence_table(proba, gold_ids)},
    }
    if data.sha256 and data.sha256 == metadata.get("training_data", {}).get("sha256"):
        metrics["warning"] = "this is the model's own training file: these scores are not on unseen data"
    if out_dir is not None:
        metrics["out_dir"] = str(_write_evaluation(out_dir, metrics, model_dir, data, texts, gold_ids, proba))
    return metrics


def _write_evaluation(out_dir, metrics: dict, model_dir, data, texts, gold_ids, proba) -> Path:
    """metrics.json, the two plots and misclassified.jsonl in ``out_dir``, which is replaced only when complete."""
    from stance.corpus import write_records
    from stance.files import atomic_directory, write_json

    title = f"{Path(model_dir).name} on {Path(data.path).name}"
    with atomic_directory(out_dir) as tmp:
        write_json(tmp / "metrics.json", metrics)
        plot_confusion(metrics["test"]["confusion"], tmp / "confusion_matrix.png", title=title)
        plot_reliability(metrics["calibration"], None, tmp / "reliability_diagram.png", title=title)
        with open(tmp / "misclassified.jsonl", "w", encoding="utf-8") as f:
            write_records(misclassified(texts, gold_ids, proba, metrics["labels"], data.identifying_columns()), f,
                          "jsonl")
    return Path(out_dir)


def rule_trained_scores(train_texts: list[str], test_texts: list[str], test_gold: list[str], labels: list[str],
                        config) -> dict | None:
    """Scores on gold test data of a model trained on rule labels only (no gold): what weak supervision alone buys.

    Training rows where the rules abstain or say off-topic are dropped. None when the rules leave fewer than
    two labels.
    """
    from stance.rules import rule_labels

    voted = rule_labels(train_texts)
    keep = [(t, v) for t, v in zip(train_texts, voted) if v in labels]
    if len({v for _, v in keep}) < 2:
        return None
    pred = fit_predict([t for t, _ in keep], [v for _, v in keep], test_texts, labels, config)
    out = scores(test_gold, pred, labels)
    out["train_rows_labeled_by_rules"] = len(keep)
    out["train_rows"] = len(train_texts)
    return out


def calibration(proba, y_true: list[int], *, bins: int = 10) -> dict:
    """Expected calibration error of the top answer: the mean gap between confidence and accuracy over
    equal-width confidence bins, weighted by how many answers fall in each; with the bins themselves."""
    import numpy as np

    conf, right = _top_answer(proba, y_true)
    edges = np.linspace(0.0, 1.0, bins + 1)
    rows, ece = [], 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        inside = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        n = int(inside.sum())
        if n:
            c, a = float(conf[inside].mean()), float(right[inside].mean())
            ece += n / len(conf) * abs(c - a)
            rows.append({"from": round(float(lo), 2), "to": round(float(hi), 2), "n": n,
                         "confidence": round(c, 4), "accuracy": round(a, 4)})
    return {"ece": round(ece, 4), "bins": rows}


def _top_answer(proba, y_true: list[int]):
    """(confidence of the top answer, whether it is right) per row."""
    import numpy as np

    proba = np.asarray(proba, dtype=float)
    return proba.max(axis=1), proba.argmax(axis=1) == np.asarray(y_true)


def confidence_table(proba, y_true: list[int], floors=(0.5, 0.6, 0.7, 0.8, 0.9)) -> list[dict]:
    """What ``--min-confidence`` buys: for each floor, the share of statements answered and the accuracy on them."""
    conf, right = _top_answer(proba, y_true)
    out = []
    for f in floors:
        kept = conf >= f
        out.append({"min_confidence": f, "coverage": round(float(kept.mean()), 4),
                    "accuracy": round(float(right[kept].mean()), 4) if kept.any() else None})
    return out


def softmax(decisions, temperature: float = 1.0):
    """Class probabilities from decision values (a binary model's single column is its positive class)."""
    import numpy as np

    d = np.asarray(decisions, dtype=float)
    if d.ndim == 1:
        d = np.column_stack([np.zeros_like(d), d])
    d = d / temperature
    d = d - d.max(axis=1, keepdims=True)
    e = np.exp(d)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(decisions, y_true: list[int]) -> float:
    """The temperature that makes softmax(decisions / T) most likely for the true labels (negative log-likelihood)."""
    import numpy as np
    from scipy.optimize import minimize_scalar

    y = np.asarray(y_true)

    def nll(log_t):
        p = softmax(decisions, float(np.exp(log_t)))
        return -float(np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None))))

    res = minimize_scalar(nll, bounds=(-3.0, 3.0), method="bounded")
    return round(float(np.exp(res.x)), 4)


def plot_reliability(before: dict, after: dict | None, path, title: str = "Reliability") -> None:
    """Confidence against accuracy per bin, before (and after) calibration, beside the diagonal."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.6, 4.2), dpi=120)
    ax.plot([0, 1], [0, 1], color="0.7", linestyle="--", label="perfect")
    for cal, name, style in ((before, "model", "o-"), (after, "calibrated", "s-")):
        if cal:
            ax.plot([b["confidence"] for b in cal["bins"]], [b["accuracy"] for b in cal["bins"]], style,
                    label=f"{name} (ECE {cal['ece']:.3f})")
    ax.set_xlabel("confidence of the answer")
    ax.set_ylabel("accuracy")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
