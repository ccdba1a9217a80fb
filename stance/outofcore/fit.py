"""The model updates of the out-of-core trainer: SGD passes with early stopping on a held-out batch, the weights
as a LogisticRegression's, and the streamed measurement on the test split."""

from __future__ import annotations

import time
from collections import Counter

import numpy as np

from stance.outofcore.scan import (
    Scan,
    _new_features,
    _row_keys,
    _Rows,
    _threaded,
    _training_rows,
    _uniform,
    csr_batch,
)
from stance.outofcore.settings import (
    HASH_ROWS,
    MISCLASSIFIED_MAX,
    SAMPLE_ROWS,
    StreamSettings,
)


def _fit(source: _Rows, scan_: Scan, cfg, settings: StreamSettings, *, with_test: bool, log, engine=None):
    """Features and SGD weights on the training rows (and the test rows too with ``with_test``).

    Returns (features, classifier, classes, (validation matrix, validation labels), pass log).
    """
    feats = _new_features(cfg)
    df = scan_.df_train + (scan_.df_test if with_test else 0)
    n_docs = sum(scan_.train_counts.values()) + (scan_.test_rows if with_test else 0)
    used = np.flatnonzero(df >= max(cfg.min_df, 1))
    feats.set_columns(used, np.log((1 + n_docs) / (1 + df[used])) + 1.0)
    feats.n_docs_ = n_docs
    counts = Counter(scan_.train_counts)
    if with_test:
        counts = Counter({lab: scan_.counts[lab] for lab in scan_.labels})
    classes = np.array([i for i, lab in enumerate(scan_.labels) if counts[lab]], dtype=np.int64)
    p_val = min(0.1, settings.validation_rows / max(1, n_docs))
    n_fit = max(1, round(n_docs * (1 - p_val)))
    clf, alpha = _sgd(cfg, settings, counts, classes, scan_.labels, n_docs, n_fit)
    validation: list = []
    best = None
    history, seconds = [], []
    update_s = 0.0  # in partial_fit: the part that runs in one place, also on Dask
    for pass_no in range(1, settings.max_passes + 1):
        t0 = time.perf_counter()
        rows, secs_update = _one_pass(source, scan_, cfg, settings, pass_no, feats, clf, classes, with_test, p_val,
                                      validation, engine)
        update_s += secs_update
        if pass_no == 1:
            Xv = _validation_matrix(feats, validation)
            yv = np.array([k for _, k in validation], dtype=np.int64)
        f1 = loss = None
        if Xv is not None and len(yv):
            d = clf.decision_function(Xv)
            f1 = _macro_f1(yv, clf.predict(Xv), classes)
            loss = _calibrated_log_loss(d, yv, classes)
        secs = time.perf_counter() - t0
        history.append({"pass": pass_no, "rows": rows,
                        "validation_macro_f1": None if f1 is None else round(f1, 4),
                        "validation_log_loss": None if loss is None else round(loss, 5)})
        seconds.append(round(secs, 3))
        log(f"pass {pass_no}: {rows:,} statements in {secs:.1f} s ({rows / max(secs, 1e-9):,.0f}/s)"
            + (f", held-out batch macro-F1 {f1:.4f}, log loss {loss:.4f}" if f1 is not None else ""))
        # The log loss (after the temperature is fitted) keeps falling while the weights approach the batch
        # optimum; macro-F1 saturates early on easy data and would stop the passes too soon.
        if best is None or loss is None or best[3] is None or loss < best[3] * (1 - settings.tol):
            best = (pass_no, clf.coef_.copy(), clf.intercept_.copy(), loss)
        elif pass_no - best[0] >= settings.patience:
            log(f"stopping: no gain over pass {best[0]} for {settings.patience} pass(es)")
            break
    clf.coef_, clf.intercept_ = best[1], best[2]
    info = {"passes_run": len(history), "best_pass": best[0], "alpha": alpha, "held_out_rows": len(validation),
            "history": history, "seconds": seconds, "update_s": update_s}
    return feats, clf, classes, (Xv, yv), info


def _sgd(cfg, settings: StreamSettings, counts: Counter, classes, labels: list[str], n_docs: int, n_fit: int):
    """An SGD classifier with log loss whose objective is LogisticRegression(C)'s, with the same class weights."""
    from sklearn.linear_model import SGDClassifier

    if cfg.class_weight == "balanced":  # compute_class_weight("balanced") from the counts
        weight = {int(k): n_docs / (len(classes) * counts[labels[k]]) for k in classes}
    else:
        weight = None
    alpha = settings.alpha or 1.0 / (cfg.C * n_fit)
    clf = SGDClassifier(loss="log_loss", alpha=alpha, average=True, class_weight=weight, random_state=cfg.seed,
                        learning_rate="optimal", tol=None, max_iter=1, shuffle=False, n_jobs=1)
    return clf, alpha


def _one_pass(source: _Rows, scan_: Scan, cfg, settings: StreamSettings, pass_no: int, feats, clf, classes,
              with_test: bool, p_val: float, validation: list, engine) -> tuple[int, float]:
    """One pass of model updates over the shuffled training rows, hashed on threads or on Dask workers; the
    first pass also collects the held-out validation rows. Returns (rows, seconds spent in partial_fit)."""
    rows, update_s = 0, 0.0
    if engine is not None:  # hashed on the workers
        pieces = engine.pieces(source, scan_, cfg, settings, pass_no, feats, with_test=with_test, p_val=p_val,
                               validation=validation if pass_no == 1 else None)
    else:
        batches = _training_rows(source, scan_, cfg, settings, pass_no, with_test=with_test, p_val=p_val,
                                 validation=validation if pass_no == 1 else None)
        pieces = _threaded(batches, settings.threads, lambda b: (csr_batch(feats, b[0]), b[1]))
    for X, y in _stacked(pieces, settings.batch_size):
        t1 = time.perf_counter()
        clf.partial_fit(X, y, classes=classes)
        update_s += time.perf_counter() - t1
        rows += X.shape[0]
    return rows, update_s


def _stacked(pieces, rows: int):
    """CSR pieces stacked into batches of about ``rows`` rows: one model update per batch (each has a fixed cost)."""
    import scipy.sparse as sp

    mats, ys, n = [], [], 0
    for X, y in pieces:
        mats.append(X)
        ys.append(y)
        n += X.shape[0]
        if n >= rows:
            yield (sp.vstack(mats, format="csr") if len(mats) > 1 else mats[0]), np.concatenate(ys)
            mats, ys, n = [], [], 0
    if mats:
        yield (sp.vstack(mats, format="csr") if len(mats) > 1 else mats[0]), np.concatenate(ys)

def _validation_matrix(feats, validation: list):
    """The held-out rows' TF-IDF, equal n-grams merged (it is kept for every pass)."""
    import scipy.sparse as sp

    if not validation:
        return None
    texts = [t for t, _ in validation]
    mats = []
    for i in range(0, len(texts), HASH_ROWS):
        m = csr_batch(feats, texts[i:i + HASH_ROWS])
        m.sum_duplicates()
        mats.append(m)
    return sp.vstack(mats, format="csr")

def _calibrated_log_loss(decisions, y, classes) -> float:
    """Mean negative log-likelihood of softmax(decisions / T) at the best temperature T."""
    from stance.evaluate import fit_temperature, softmax

    idx = np.searchsorted(np.asarray(classes), y)
    t = fit_temperature(decisions, idx.tolist())
    p = softmax(decisions, t)
    return float(-np.mean(np.log(np.clip(p[np.arange(len(idx)), idx], 1e-12, None))))

def _macro_f1(y, pred, classes) -> float:
    f1s = []
    for c in classes:
        tp = int(np.sum((pred == c) & (y == c)))
        fp = int(np.sum((pred == c) & (y != c)))
        fn = int(np.sum((pred != c) & (y == c)))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))

def _as_logistic_regression(clf, classes, cfg, n_columns: int):
    """The SGD weights in a LogisticRegression, so the saved pipeline is the batch trainer's in every respect."""
    from sklearn.linear_model import LogisticRegression

    from stance.model import build_classifier

    lr = build_classifier(cfg)
    assert isinstance(lr, LogisticRegression)
    lr.classes_ = np.asarray(classes)
    lr.coef_ = np.ascontiguousarray(clf.coef_, dtype=np.float64)
    lr.intercept_ = np.asarray(clf.intercept_, dtype=np.float64)
    lr.n_features_in_ = n_columns
    lr.n_iter_ = np.array([1], dtype=np.int32)
    return lr

def _measure(source: _Rows, scan_: Scan, cfg, pipeline, settings: StreamSettings, temperature: float) -> dict:
    """Scores on the streamed test rows: the batch trainer's metrics, with baselines and lists on samples."""
    from stance.evaluate import (
        calibration,
        confidence_table,
        misclassified,
        rules_baseline,
        scores,
        softmax,
    )

    labels = scan_.labels
    classes = list(pipeline.classes_)
    col_labels = [labels[c] for c in classes]
    feats, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    gold_ids, decisions = [], []
    sample_t, sample_gold = [], []
    errors_t, errors_y, errors_p, errors_x = [], [], [], {c: [] for c in ("id", "speaker", "topic")}
    for pi in range(len(source.parts)):
        for first, texts, labs, extras, _lines in source.batches(pi, HASH_ROWS, ("group", "id", "speaker", "topic")):
            test = _uniform(_row_keys(pi, first, len(texts), extras["group"]), cfg.seed, 1) < scan_.test_size
            idx = [i for i in np.flatnonzero(test).tolist() if labs[i] in labels and labels.index(labs[i]) in classes]
            if not idx:
                continue
            t = [texts[i] for i in idx]
            y = [classes.index(labels.index(labs[i])) for i in idx]
            d = np.asarray(clf.decision_function(csr_batch(feats, t)), dtype=np.float64)
            gold_ids += y
            decisions.append(d.astype(np.float32))
            p = softmax(d, temperature)
            wrong = np.flatnonzero(p.argmax(axis=1) != np.array(y))
            for i in wrong.tolist():
                if len(errors_t) < MISCLASSIFIED_MAX:
                    errors_t.append(t[i])
                    errors_y.append(y[i])
                    errors_p.append(p[i])
                    for c in errors_x:
                        errors_x[c].append(extras[c][idx[i]])
            for i in range(len(t)):
                if len(sample_t) < SAMPLE_ROWS:
                    sample_t.append(t[i])
                    sample_gold.append(col_labels[y[i]])
    d = np.concatenate(decisions).astype(np.float64)
    before, after = softmax(d, 1.0), softmax(d, temperature)
    pred = [col_labels[k] for k in after.argmax(axis=1)]
    gold = [col_labels[k] for k in gold_ids]
    top = max(labels, key=lambda lab: (scan_.train_counts[lab], -labels.index(lab)))
    majority = scores(gold, [top] * len(gold), labels)
    majority["predicts"] = top
    rules = rules_baseline(sample_t, sample_gold, labels)
    if rules is not None and len(sample_t) < len(gold):
        rules["on_rows"] = len(sample_t)
    errs = misclassified(errors_t, errors_y, np.array(errors_p).reshape(len(errors_p), -1), col_labels,
                         {c: v for c, v in errors_x.items() if any(x is not None for x in v)})
    return {"test": scores(gold, pred, labels), "baselines": {"majority": majority, "rules": rules},
            "calibration_test": {"before": calibration(before, gold_ids), "after": calibration(after, gold_ids),
                                 "min_confidence": confidence_table(after, gold_ids)},
            "errors": errs}
