"""Training a model directory from a labeled file: split, (search), fit, measure, save."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from stance.corpus import read_labeled, write_records
from stance.errors import DataError, UsageError
from stance.model import ModelConfig


@dataclass
class TrainOptions:
    """How to read the data and how to measure the model; the model itself is a ModelConfig."""

    text_column: str = "text"
    label_column: str = "label"
    labels: tuple[str, ...] | None = None
    test_size: float = 0.2
    test_path: str | None = None
    cv: int = 0
    search: bool = False
    search_folds: int = 3
    group_column: str | None = None
    serializer: str = "joblib"
    n_jobs: int = -1
    progress: bool = False
    engine: str = "local"
    scheduler: str | None = None
    #: After measuring, fit the saved model on every row (as GridSearchCV(refit=True) does); False keeps the
    #: model that was measured on the held-out split.
    refit: bool = True
    #: Fit a temperature to out-of-fold decision values of the training rows (logistic regression only).
    calibrate: bool = True
    #: Train out of core (stance.outofcore): True, False, or None to decide by the input's size.
    out_of_core: bool | None = None
    #: The split of a hub dataset (hf://NAME/CONFIG).
    split: str | None = None


def _check_counts(counts: Counter, need: int, why: str, path: str) -> None:
    few = {lab: n for lab, n in counts.items() if n < need}
    if few:
        detail = ", ".join(f"{lab!r} has {n}" for lab, n in sorted(few.items()))
        raise DataError(f"{why} needs at least {need} examples of each label; {detail}", path=path)


def train(data_path: str, out: str | os.PathLike, config: ModelConfig | None = None,
          options: TrainOptions | None = None, *, log=lambda msg: None) -> dict:
    """Train on ``data_path``, measure on data the model never saw, and write a model directory at ``out``.

    Returns the metrics dict also written to ``metrics.json``.
    """
    from stance.modelfile import check_output_dir, save_model

    cfg = (config or ModelConfig()).validate()
    opt = options or TrainOptions()
    from stance.outofcore import chosen, train_out_of_core

    if chosen(data_path, cfg, opt):
        return train_out_of_core(data_path, out, cfg, opt, split=opt.split, log=log)
    if not (0 <= opt.test_size < 1):
        raise UsageError(f"--test-size must be in [0, 1), got {opt.test_size}")
    if opt.test_path and opt.test_size not in (0, 0.2):
        raise UsageError("give either --test FILE or --test-size, not both")
    if opt.cv == 1 or opt.cv < 0:
        raise UsageError("--cv needs at least 2 folds")
    if opt.engine not in ("local", "dask"):
        raise UsageError(f"--engine must be local or dask, not {opt.engine!r}")
    if opt.engine == "dask":
        if not opt.search:
            raise UsageError("--engine dask runs the --search; add --search")
        from stance.distributed import require_dask

        require_dask()
    if opt.serializer == "skops":
        from stance.errors import require

        require("skops", "skops", "--format skops")
    check_output_dir(out)

    data = read_labeled(data_path, text_column=opt.text_column, label_column=opt.label_column, labels=opt.labels,
                        split=opt.split)
    labels = data.labels
    y_all = list(data.y)
    texts_all = list(data.texts)
    counts = Counter(labels[i] for i in y_all)
    present = [lab for lab in labels if counts[lab]]
    if len(present) < 2:
        raise DataError(f"only one label ({', '.join(present)}) in the data: a classifier needs at least two",
                        path=data.path)
    extra_cols = data.identifying_columns()
    from stance.evaluate import contrast_groups

    # Rows of one contrast group (one situation said three ways) stay on one side of every split.
    split_groups = contrast_groups(data.dataset["group"] if "group" in data.dataset.column_names else None)
    log(f"read {len(texts_all)} statements from {data.path}: "
        + ", ".join(f"{lab} {counts[lab]}" for lab in labels)
        + (f" ({data.left_out_none} rows labeled none, with no position, left out)" if data.left_out_none else ""))

    # --- the held-out part -------------------------------------------------------------------------------
    if opt.test_path:
        test = read_labeled(opt.test_path, text_column=opt.text_column, label_column=opt.label_column,
                            labels=labels)
        tr_idx = list(range(len(texts_all)))
        te_texts, te_y = list(test.texts), list(test.y)
        te_extra = test.identifying_columns()
        split = f"separate test file {test.path}"
    elif opt.test_size > 0:
        from stance.evaluate import held_out_split

        n_test = max(len(labels), round(opt.test_size * len(texts_all)))
        _check_counts(counts, 2, f"a stratified {opt.test_size:g} test split", data.path)
        if n_test >= len(texts_all) - len(present):
            raise DataError(f"too few statements ({len(texts_all)}) for a {opt.test_size:g} test split", path=data.path)
        tr_idx, te_idx = held_out_split(y_all, opt.test_size, cfg.seed, split_groups)
        te_texts, te_y = [texts_all[i] for i in te_idx], [y_all[i] for i in te_idx]
        te_extra = {c: [v[i] for i in te_idx] for c, v in extra_cols.items()}
        split = (f"stratified {opt.test_size:g} held-out split of {Path(data.path).name}, seed {cfg.seed}"
                 + (", contrast groups kept whole" if split_groups else ""))
    else:
        tr_idx, te_texts, te_y, te_extra = list(range(len(texts_all))), [], [], {}
        split = "none (trained on all rows)"
    tr_texts, tr_y = [texts_all[i] for i in tr_idx], [y_all[i] for i in tr_idx]
    if opt.cv:
        _check_counts(counts, opt.cv, f"{opt.cv}-fold cross-validation", data.path)

    metrics: dict = {"labels": labels, "split_description": split}
    timings = {}

    # --- parameter search ------------------------------------------------------------------------------------
    if opt.search:
        from stance.model import search

        _check_counts(Counter(labels[i] for i in tr_y), opt.search_folds, f"{opt.search_folds}-fold search",
                      data.path)
        log(f"searching {opt.search_folds}-fold over n-gram ranges, min_df and C on {len(tr_texts)} statements ...")
        t0 = time.perf_counter()
        if opt.engine == "dask":
            from stance.distributed import joblib_on_dask

            with joblib_on_dask(opt.scheduler, log=log):
                found = search(tr_texts, tr_y, cfg, folds=opt.search_folds, n_jobs=-1, progress=opt.progress)
        else:
            found = search(tr_texts, tr_y, cfg, folds=opt.search_folds, n_jobs=opt.n_jobs, progress=opt.progress)
        timings["search_s"] = time.perf_counter() - t0
        cfg = found.config
        metrics["search"] = {"folds": found.folds, "candidates": found.n_candidates,
                             "best_cv_macro_f1": found.best_score, "chosen": cfg.as_dict(), "top": found.table}
        log(f"search chose {json.dumps({k: cfg.as_dict()[k] for k in ('word_ngram', 'char_ngram', 'min_df', 'C')})} "
            f"(cv macro-F1 {found.best_score:.3f} over {found.n_candidates} candidates)")

    # --- fit and measure -------------------------------------------------------------------------------------
    from stance.evaluate import majority_baseline, misclassified, rules_baseline, scores
    from stance.model import fit

    log(f"training {cfg.classifier} on {len(tr_texts)} statements ...")
    t0 = time.perf_counter()
    pipeline = fit(tr_texts, tr_y, cfg)
    timings["fit_s"] = time.perf_counter() - t0
    errors: list[dict] = []
    if te_texts:
        proba = pipeline.predict_proba(te_texts)
        pred = [labels[pipeline.classes_[k]] for k in proba.argmax(axis=1)]
        gold = [labels[i] for i in te_y]
        metrics["test"] = scores(gold, pred, labels)
        metrics["baselines"] = {
            "majority": majority_baseline([labels[i] for i in tr_y], gold, labels),
            "rules": rules_baseline(te_texts, gold, labels),
        }
        errors = misclassified(te_texts, [list(pipeline.classes_).index(i) for i in te_y], proba,
                               [labels[c] for c in pipeline.classes_], te_extra)
    if opt.calibrate and cfg.classifier == "logreg":
        metrics["calibration"] = _calibrate(tr_texts, tr_y, te_texts, te_y, pipeline, cfg, split_groups, tr_idx, opt, log)
    if opt.cv:
        from stance.evaluate import cross_validate

        log(f"{opt.cv}-fold cross-validation on all {len(texts_all)} statements ...")
        metrics["cv"] = cross_validate(texts_all, y_all, labels, cfg, folds=opt.cv, n_jobs=opt.n_jobs,
                                       groups=split_groups)
    if opt.group_column:
        from stance.evaluate import leave_one_group_out

        groups = data.column(opt.group_column)
        if any(g is None for g in groups):
            line = data.dataset["line"][groups.index(None)]
            raise DataError(f"no {opt.group_column!r} value", path=data.path, line=line, column=opt.group_column)
        log(f"leave-one-{opt.group_column}-out over {len(set(groups))} groups ...")
        lo = leave_one_group_out(texts_all, y_all, groups, labels, cfg, n_jobs=opt.n_jobs)
        lo["group_column"] = opt.group_column
        metrics["leave_one_group_out"] = lo
    metrics["config"] = cfg.as_dict()

    # --- refit on every row -------------------------------------------------------------------------------------
    measured_rows = len(tr_texts)
    refit = bool(opt.refit and te_texts and not opt.test_path)
    if refit:
        log(f"refitting on all {len(texts_all)} statements ...")
        t0 = time.perf_counter()
        pipeline = fit(texts_all, y_all, cfg)
        timings["refit_s"] = time.perf_counter() - t0
        tr_texts, tr_y = texts_all, y_all

    # --- write the model directory ------------------------------------------------------------------------------
    tr_counts = Counter(labels[i] for i in tr_y)
    metadata = {
        "name": Path(out).name,
        # The labels the model answers with, in the order of its probability columns.
        "labels": [labels[c] for c in pipeline.classes_],
        "text_column": opt.text_column,
        "config": cfg.as_dict(),
        "training_data": {"path": data.path, "sha256": data.sha256, "rows": len(texts_all),
                          "left_out_none": data.left_out_none,
                          "rows_per_label": {lab: counts[lab] for lab in labels},
                          "train_rows": len(tr_texts), "train_rows_per_label": {lab: tr_counts[lab] for lab in labels},
                          "test_rows": len(te_texts), "split": split, "refit_on_all_rows": refit,
                          "measured_with_train_rows": measured_rows,
                          **({"test_path": opt.test_path, "test_sha256": test.sha256} if opt.test_path else {})},
        "metrics": {k: metrics[k] for k in ("split_description", "test", "baselines", "calibration", "cv",
                                            "leave_one_group_out") if k in metrics},
        "temperature": metrics.get("calibration", {}).get("temperature", 1.0),
        "timings": {k: round(v, 3) for k, v in timings.items()},
    }

    def write_metrics(path: Path) -> None:
        path.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    artifacts = {"metrics.json": write_metrics}
    if "test" in metrics:
        from stance.evaluate import plot_confusion

        artifacts["confusion_matrix.png"] = lambda p: plot_confusion(metrics["test"]["confusion"], p,
                                                                     title=f"{Path(out).name}: held-out test")

        def write_errors(path: Path) -> None:
            with open(path, "w", encoding="utf-8") as f:
                write_records(errors, f, "jsonl")

        artifacts["misclassified.jsonl"] = write_errors
    cal = metrics.get("calibration", {})
    if cal.get("before"):
        from stance.evaluate import plot_reliability

        artifacts["reliability_diagram.png"] = lambda p: plot_reliability(
            cal["before"], cal["after"], p, title=f"{Path(out).name}: held-out test, temperature {cal['temperature']}")
    final = save_model(out, pipeline, metadata, serializer=opt.serializer, artifacts=artifacts)
    metrics["model_dir"] = os.fspath(final)
    return metrics


def _calibrate(tr_texts, tr_y, te_texts, te_y, pipeline, cfg, split_groups, tr_idx, opt, log) -> dict:
    """A temperature fitted by 5-fold out-of-fold decision values on the training rows; on the held-out split,
    the expected calibration error before and after it, and what each --min-confidence floor buys."""
    from collections import Counter

    from sklearn.model_selection import cross_val_predict

    from stance.evaluate import calibration, confidence_table, cv_splits, fit_temperature, softmax
    from stance.model import build_pipeline

    folds = min(5, min(Counter(tr_y).values()))
    if folds < 2:
        return {"temperature": 1.0, "note": "too few rows per label to calibrate"}
    log(f"calibrating: {folds}-fold out-of-fold decision values on {len(tr_texts)} statements ...")
    groups = [split_groups[i] for i in tr_idx] if split_groups else None
    oof = cross_val_predict(build_pipeline(cfg), list(tr_texts), list(tr_y),
                            cv=cv_splits(list(tr_y), folds, cfg.seed, groups), method="decision_function",
                            n_jobs=opt.n_jobs)
    order = list(pipeline.classes_)
    temperature = fit_temperature(oof, [order.index(y) for y in tr_y])
    out = {"temperature": temperature, "fitted_on": f"{folds}-fold out-of-fold decision values of the training rows"}
    if te_texts:
        d = pipeline.decision_function(te_texts)
        idx = [order.index(y) for y in te_y]
        before, after = softmax(d), softmax(d, temperature)
        out.update(before=calibration(before, idx), after=calibration(after, idx),
                   min_confidence=confidence_table(after, idx))
    return out
