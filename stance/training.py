"""Training a model directory from a labeled file, in four phases: split, search, fit and measure, write.

Labels are ids (positions in the data's label list) from reading to writing; they become names only where
they leave: in the scores, the messages and the model's metadata.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from stance.corpus import Labeled, read_labeled, write_records
from stance.errors import DataError
from stance.metrics import CARD_KEYS, TrainMetrics
from stance.model import ModelConfig


@dataclass
class TrainOptions:
    """How to read the data and how to measure the model; the model itself is a ModelConfig.

    The CLI checks the values (stance/cli/train.py); here they are taken as given.
    """

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


@dataclass
class Split:
    """Which rows train and which test: training row indices, and the test statements (from the file or split off)."""

    train_idx: list[int]
    test_texts: list[str]
    test_y: list[int]
    test_extra: dict[str, list]
    description: str
    #: Split keys: rows of one contrast group (one situation said three ways) stay on one side of every split.
    groups: list[str] | None = None
    test_file: Labeled | None = None


@dataclass
class Run:
    """What one training run has found so far: the metrics, the misclassified test rows, how long each step took."""

    metrics: TrainMetrics
    errors: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def timed(self, key: str, fn, *args, **kwargs):
        t0 = time.perf_counter()
        result = fn(*args, **kwargs)
        self.timings[key] = time.perf_counter() - t0
        return result


def train(data_path: str, out: str | os.PathLike, config: ModelConfig | None = None,
          options: TrainOptions | None = None, *, log=lambda msg: None) -> TrainMetrics:
    """Train on ``data_path``, measure on data the model never saw, and write a model directory at ``out``.

    Returns the metrics also written to ``metrics.json``.
    """
    from stance.modelfile import check_output_dir

    cfg = (config or ModelConfig()).validate()
    opt = options or TrainOptions()
    from stance.outofcore import chosen, train_out_of_core

    if chosen(data_path, cfg, opt):
        return train_out_of_core(data_path, out, cfg, opt, split=opt.split, log=log)
    check_output_dir(out)
    data = _read(data_path, opt, log)
    split = split_rows(data, opt, cfg.seed)
    run = Run(metrics={"labels": data.labels, "split_description": split.description})
    if opt.search:
        cfg = _search(data, split, cfg, opt, run, log)
    pipeline = _fit_and_measure(data, split, cfg, opt, run, log)
    pipeline, trained_idx = _final_model(pipeline, data, split, cfg, opt, run, log)
    run.metrics["model_dir"] = os.fspath(_write(out, pipeline, data, split, trained_idx, cfg, opt, run))
    return run.metrics


# --- phase 1: split ----------------------------------------------------------------------------------------------


def _read(data_path: str, opt: TrainOptions, log) -> Labeled:
    data = read_labeled(data_path, text_column=opt.text_column, label_column=opt.label_column, labels=opt.labels,
                        split=opt.split)
    counts = Counter(data.y)
    present = [lab for i, lab in enumerate(data.labels) if counts[i]]
    if len(present) < 2:
        raise DataError(f"only one label ({', '.join(present)}) in the data: a classifier needs at least two",
                        path=data.path)
    if opt.cv:
        _check_counts(data, range(len(data)), opt.cv, f"{opt.cv}-fold cross-validation")
    log(f"read {len(data)} statements from {data.path}: "
        + ", ".join(f"{lab} {counts[i]}" for i, lab in enumerate(data.labels))
        + (f" ({data.left_out_none} rows labeled none, with no position, left out)" if data.left_out_none else ""))
    return data


def _check_counts(data: Labeled, rows, need: int, why: str) -> None:
    y = data.y
    counts = Counter(y[i] for i in rows)
    few = {data.labels[k]: n for k, n in counts.items() if n < need}
    if few:
        detail = ", ".join(f"{lab!r} has {n}" for lab, n in sorted(few.items()))
        raise DataError(f"{why} needs at least {need} examples of each label; {detail}", path=data.path)


def split_rows(data: Labeled, opt: TrainOptions, seed: int) -> Split:
    """The held-out part: a separate test file, a stratified split (contrast groups kept whole), or none."""
    from stance.evaluate import contrast_groups, held_out_split

    groups = contrast_groups(data.dataset["group"] if "group" in data.dataset.column_names else None)
    every = list(range(len(data)))
    if opt.test_path:
        test = read_labeled(opt.test_path, text_column=opt.text_column, label_column=opt.label_column,
                            labels=data.labels)
        return Split(every, list(test.texts), list(test.y), test.identifying_columns(),
                     f"separate test file {test.path}", groups, test)
    if opt.test_size <= 0:
        return Split(every, [], [], {}, "none (trained on all rows)", groups)
    n, present = len(data), sum(1 for c in Counter(data.y).values() if c)
    _check_counts(data, every, 2, f"a stratified {opt.test_size:g} test split")
    if max(len(data.labels), round(opt.test_size * n)) >= n - present:
        raise DataError(f"too few statements ({n}) for a {opt.test_size:g} test split", path=data.path)
    train_idx, test_idx = held_out_split(list(data.y), opt.test_size, seed, groups)
    texts, y = data.texts, data.y
    extra = {c: [v[i] for i in test_idx] for c, v in data.identifying_columns().items()}
    return Split(train_idx, [texts[i] for i in test_idx], [y[i] for i in test_idx], extra,
                 f"stratified {opt.test_size:g} held-out split of {Path(data.path).name}, seed {seed}"
                 + (", contrast groups kept whole" if groups else ""), groups)


# --- phase 2: search ---------------------------------------------------------------------------------------------


def _search(data: Labeled, split: Split, cfg: ModelConfig, opt: TrainOptions, run: Run, log) -> ModelConfig:
    """The grid search on the training rows (locally or on Dask): the config it chose."""
    from contextlib import nullcontext

    from stance.model import search

    _check_counts(data, split.train_idx, opt.search_folds, f"{opt.search_folds}-fold search")
    texts, y = _rows(data, split.train_idx)
    log(f"searching {opt.search_folds}-fold over n-gram ranges, min_df and C on {len(texts)} statements ...")
    if opt.engine == "dask":
        from stance.distributed import joblib_on_dask

        where, n_jobs = joblib_on_dask(opt.scheduler, log=log), -1
    else:
        where, n_jobs = nullcontext(), opt.n_jobs
    with where:
        found = run.timed("search_s", search, texts, y, cfg, folds=opt.search_folds, n_jobs=n_jobs,
                          progress=opt.progress)
    chosen = found.config.as_dict()
    run.metrics["search"] = {"folds": found.folds, "candidates": found.n_candidates,
                             "best_cv_macro_f1": found.best_score, "chosen": chosen, "top": found.table}
    log(f"search chose {json.dumps({k: chosen[k] for k in ('word_ngram', 'char_ngram', 'min_df', 'C')})} "
        f"(cv macro-F1 {found.best_score:.3f} over {found.n_candidates} candidates)")
    return found.config


def _rows(data: Labeled, idx: list[int]) -> tuple[list[str], list[int]]:
    texts, y = data.texts, data.y
    return [texts[i] for i in idx], [y[i] for i in idx]


# --- phase 3: fit and measure ------------------------------------------------------------------------------------


def _fit_and_measure(data: Labeled, split: Split, cfg: ModelConfig, opt: TrainOptions, run: Run, log):
    """Fit on the training rows and measure: held-out scores beside baselines, calibration, CV, leave-one-group-out."""
    from stance.evaluate import cross_validate, leave_one_group_out
    from stance.model import fit

    tr_texts, tr_y = _rows(data, split.train_idx)
    log(f"training {cfg.classifier} on {len(tr_texts)} statements"
        + (f" with feature blocks {', '.join(cfg.blocks)}" if cfg.blocks else "") + " ...")
    pipeline = run.timed("fit_s", fit, tr_texts, tr_y, cfg)
    if split.test_texts:
        _measure_held_out(pipeline, data, split, tr_y, run)
    if opt.calibrate and cfg.classifier == "logreg":
        run.metrics["calibration"] = _calibrate(tr_texts, tr_y, split, pipeline, cfg, opt, log)
    texts, y = list(data.texts), list(data.y)
    if opt.cv:
        log(f"{opt.cv}-fold cross-validation on all {len(texts)} statements ...")
        run.metrics["cv"] = cross_validate(texts, y, data.labels, cfg, folds=opt.cv, n_jobs=opt.n_jobs,
                                           groups=split.groups)
    if opt.group_column:
        groups = _group_values(data, opt.group_column)
        log(f"leave-one-{opt.group_column}-out over {len(set(groups))} groups ...")
        lo = leave_one_group_out(texts, y, groups, data.labels, cfg, n_jobs=opt.n_jobs)
        run.metrics["leave_one_group_out"] = {**lo, "group_column": opt.group_column}
    run.metrics["config"] = cfg.as_dict()
    return pipeline


def _measure_held_out(pipeline, data: Labeled, split: Split, tr_y: list[int], run: Run) -> None:
    from stance.evaluate import majority_baseline, misclassified, rules_baseline, scores

    labels, classes = data.labels, list(pipeline.classes_)
    proba = pipeline.predict_proba(split.test_texts)
    # Names at the edge: scores are reported by label name.
    gold = [labels[i] for i in split.test_y]
    run.metrics["test"] = scores(gold, [labels[classes[k]] for k in proba.argmax(axis=1)], labels)
    run.metrics["baselines"] = {"majority": majority_baseline([labels[i] for i in tr_y], gold, labels),
                                "rules": rules_baseline(split.test_texts, gold, labels)}
    run.errors = misclassified(split.test_texts, [classes.index(i) for i in split.test_y], proba,
                               [labels[c] for c in classes], split.test_extra)


def _group_values(data: Labeled, column: str) -> list:
    groups = data.column(column)
    if any(g is None for g in groups):
        line = data.dataset["line"][groups.index(None)]
        raise DataError(f"no {column!r} value", path=data.path, line=line, column=column)
    return groups


def _calibrate(tr_texts, tr_y, split: Split, pipeline, cfg: ModelConfig, opt: TrainOptions, log) -> dict:
    """A temperature fitted by 5-fold out-of-fold decision values on the training rows; on the held-out split,
    the expected calibration error before and after it, and what each --min-confidence floor buys."""
    from sklearn.model_selection import cross_val_predict

    from stance.evaluate import (
        calibration,
        confidence_table,
        cv_splits,
        fit_temperature,
        softmax,
    )
    from stance.model import build_pipeline

    folds = min(5, min(Counter(tr_y).values()))
    if folds < 2:
        return {"temperature": 1.0, "note": "too few rows per label to calibrate"}
    log(f"calibrating: {folds}-fold out-of-fold decision values on {len(tr_texts)} statements ...")
    groups = [split.groups[i] for i in split.train_idx] if split.groups else None
    oof = cross_val_predict(build_pipeline(cfg), list(tr_texts), list(tr_y),
                            cv=cv_splits(list(tr_y), folds, cfg.seed, groups), method="decision_function",
                            n_jobs=opt.n_jobs)
    order = list(pipeline.classes_)
    temperature = fit_temperature(oof, [order.index(y) for y in tr_y])
    out = {"temperature": temperature, "fitted_on": f"{folds}-fold out-of-fold decision values of the training rows"}
    if split.test_texts:
        d = pipeline.decision_function(split.test_texts)
        idx = [order.index(y) for y in split.test_y]
        before, after = softmax(d), softmax(d, temperature)
        out.update(before=calibration(before, idx), after=calibration(after, idx),
                   min_confidence=confidence_table(after, idx))
    return out


def _final_model(pipeline, data: Labeled, split: Split, cfg: ModelConfig, opt: TrainOptions, run: Run, log):
    """The model to save and the rows it was fitted on: refit on every row after measuring, unless told not to."""
    from stance.model import fit

    if not (opt.refit and split.test_texts and not opt.test_path):
        return pipeline, split.train_idx
    log(f"refitting on all {len(data)} statements ...")
    every = list(range(len(data)))
    return run.timed("refit_s", fit, list(data.texts), list(data.y), cfg), every


# --- phase 4: write ----------------------------------------------------------------------------------------------


def _write(out, pipeline, data: Labeled, split: Split, trained_idx: list[int], cfg: ModelConfig,
           opt: TrainOptions, run: Run) -> Path:
    from stance.blocks import describe
    from stance.modelfile import save_model

    metadata = {
        "name": Path(out).name,
        # The labels the model answers with, in the order of its probability columns.
        "labels": [data.labels[c] for c in pipeline.classes_],
        "text_column": opt.text_column,
        "config": cfg.as_dict(),
        # What the feature blocks were made with, checked whenever the model is loaded (stance.blocks).
        **({"blocks": describe(cfg.blocks)} if cfg.blocks else {}),
        "training_data": _training_data(data, split, trained_idx, opt),
        "metrics": {k: run.metrics[k] for k in CARD_KEYS if k in run.metrics},
        "temperature": run.metrics.get("calibration", {}).get("temperature", 1.0),
        "timings": {k: round(v, 3) for k, v in run.timings.items()},
    }
    return save_model(out, pipeline, metadata, serializer=opt.serializer, artifacts=_artifacts(Path(out).name, run))


def _training_data(data: Labeled, split: Split, trained_idx: list[int], opt: TrainOptions) -> dict:
    """What the model was trained and measured on, for its metadata and card."""
    y = data.y
    per_label, trained = Counter(y), Counter(y[i] for i in trained_idx)
    refit = trained_idx is not split.train_idx  # _final_model refit on every row
    out = {"path": data.path, "sha256": data.sha256, "rows": len(data), "left_out_none": data.left_out_none,
           "rows_per_label": {lab: per_label[i] for i, lab in enumerate(data.labels)},
           "train_rows": len(trained_idx),
           "train_rows_per_label": {lab: trained[i] for i, lab in enumerate(data.labels)},
           "test_rows": len(split.test_texts), "split": split.description, "refit_on_all_rows": refit,
           "measured_with_train_rows": len(split.train_idx)}
    if split.test_file is not None:
        out.update(test_path=opt.test_path, test_sha256=split.test_file.sha256)
    return out


def _artifacts(name: str, run: Run) -> dict:
    """The files besides the model: metrics.json, and with a held-out split its plots and misclassified rows."""
    from stance.files import write_json

    metrics = run.metrics
    artifacts = {"metrics.json": lambda p: write_json(p, metrics)}
    if "test" in metrics:
        from stance.evaluate import plot_confusion

        artifacts["confusion_matrix.png"] = lambda p: plot_confusion(metrics["test"]["confusion"], p,
                                                                     title=f"{name}: held-out test")
        artifacts["misclassified.jsonl"] = lambda p: _write_jsonl(p, run.errors)
    cal = metrics.get("calibration", {})
    if cal.get("before"):
        from stance.evaluate import plot_reliability

        artifacts["reliability_diagram.png"] = lambda p: plot_reliability(
            cal["before"], cal["after"], p, title=f"{name}: held-out test, temperature {cal['temperature']}")
    return artifacts


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        write_records(rows, f, "jsonl")
