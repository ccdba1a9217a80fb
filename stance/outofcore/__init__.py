"""Out-of-core training: hashed batches streamed into an incrementally learning linear model, in flat memory.

The batch trainer (:mod:`stance.training`) holds every statement's sparse feature row at once: about 6 KB a
statement, 6 GB at a million. This one never holds more than a few batches, so memory does not follow the
input size. It makes the same model directory, with the same ``fast.npz``, so prediction cannot tell the
two apart.

Passes over the data (a file, a glob of files or a hub dataset, read by :mod:`stance.sources`):

0. **Scan.** Every row is checked as :func:`stance.corpus.read_labeled` checks it (the same one-line errors,
   naming file and line), labels are counted, each row goes to the held-out test split or not by a hash of
   (seed, row) (of its contrast group when it has one, so a group stays on one side), and the document
   frequency of every hashed bucket is counted. That gives the hashed vocabulary and idf exactly as
   ``HashedTfidf.fit`` computes them on the same rows.
1. **Training passes**, at most ``max_passes``. Rows come in a seeded shuffle window, are hashed into TF-IDF
   batches on threads (or on Dask workers), and each batch is one ``SGDClassifier(loss="log_loss").partial_fit``
   in the main thread, with averaged weights and balanced class weights. About ``validation_rows`` training rows,
   chosen by another hash, are never trained on: after every pass their calibrated log loss decides early
   stopping, the best pass's weights are kept, and their decision values fit the calibration temperature.
2. **Measuring** on the test split, streamed; then, as the batch trainer does, a refit on every row.

The weights become a ``LogisticRegression``'s (``coef_``, ``intercept_``, ``classes_``) in the same
``Pipeline(HashedTfidf, LogisticRegression)`` the batch trainer saves; probabilities are the softmax of the
decision values over the fitted temperature, as for every logistic-regression model here.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

from stance.errors import DataError, UsageError
from stance.outofcore.fit import _as_logistic_regression, _fit, _measure
from stance.outofcore.scan import _Rows, _training_rows, csr_batch, scan, scan_partition
from stance.outofcore.settings import StreamSettings

__all__ = ["AUTO_BYTES", "StreamSettings", "auto_chooses_out_of_core", "check_options", "chosen", "csr_batch",
           "scan_partition", "train_out_of_core", "_training_rows"]

#: Above this many bytes of input, `stance train` trains out of core unless told otherwise (--in-memory).
#: Measured by scripts/bench_speed.py: the batch trainer peaks at about 6 KB a statement (6.1 GB at 1M news-length
#: statements, about 190 bytes each as JSONL), so 64 MB of JSONL (~340k statements) would need ~2 GB of memory;
#: out of core, memory stays under 1.5 GB at any size and macro-F1 is within 0.01 of the batch model's.
AUTO_BYTES = 64 * 1024 ** 2


def auto_chooses_out_of_core(data_path: str, split: str | None = None) -> bool:
    """Whether the source is big enough that `stance train` should stream it (see ``AUTO_BYTES``)."""
    from stance.sources import partitions

    p = Path(os.fspath(data_path))
    if os.fspath(data_path) == "-" or (p.is_dir() and not str(data_path).startswith("hf://")):
        return False
    try:
        return sum(part.nbytes() for part in partitions(os.fspath(data_path), split=split)) > AUTO_BYTES
    except OSError:
        return False  # the reader will say what is wrong with it

def chosen(data_path: str, cfg, opt) -> bool:
    """Whether `stance train` trains out of core: when told to (``opt.out_of_core``), or, unless told not to,
    when the model and options allow it and the source is larger than ``AUTO_BYTES``."""
    if opt.out_of_core is not None:
        return bool(opt.out_of_core)
    if getattr(opt, "engine", "local") == "dask" and not opt.search:
        return True  # the Dask engine trains the batch model only for --search; without it, out of core
    try:
        check_options(cfg, opt)
    except UsageError:
        return False
    return auto_chooses_out_of_core(data_path, getattr(opt, "split", None))

def check_options(cfg, opt) -> None:
    """Out-of-core training covers the default model; the rest needs every row in memory."""
    if cfg.features != "hashed" or cfg.classifier != "logreg":
        raise UsageError("--out-of-core trains the hashed logistic-regression model only (--features hashed "
                         "--classifier logreg)")
    if getattr(cfg, "blocks", ()):
        raise UsageError("--out-of-core trains the n-gram model only: --blocks needs every row in memory; drop it or "
                         "train with --in-memory")
    for flag, on in (("--search", opt.search), ("--cv", opt.cv), ("--group-column", opt.group_column),
                     ("--test", opt.test_path), ("--format skops", opt.serializer == "skops")):
        if on:
            raise UsageError(f"{flag} needs every row in memory; drop it or train with --in-memory")

def train_out_of_core(data_path: str, out, cfg, opt, *, settings: StreamSettings | None = None,
                      split: str | None = None, log=lambda msg: None) -> dict:
    """Train on ``data_path`` out of core and write a model directory at ``out`` (see the module docstring).

    ``cfg`` is a :class:`stance.model.ModelConfig` and ``opt`` a :class:`stance.training.TrainOptions`; returns
    the metrics written to ``metrics.json``.
    """
    from stance.modelfile import check_output_dir

    settings = settings or StreamSettings()
    cfg = cfg.validate()
    check_options(cfg, opt)
    if not (0 <= opt.test_size < 1):
        raise UsageError(f"--test-size must be in [0, 1), got {opt.test_size}")
    if settings.batch_size < 1 or settings.max_passes < 1:
        raise UsageError("the batch size and the number of passes must be at least 1")
    if opt.engine not in ("local", "dask"):
        raise UsageError(f"--engine must be local or dask, not {opt.engine!r}")
    if opt.engine == "dask":
        from stance.distributed import require_dask

        require_dask()
    check_output_dir(out)
    if opt.engine == "dask":
        from stance.outofcore.dask import dask_engine

        with dask_engine(out, opt.scheduler, log=log) as engine:
            return _train(data_path, out, cfg, opt, settings, split, log, engine)
    return _train(data_path, out, cfg, opt, settings, split, log, None)

def _train(data_path, out, cfg, opt, settings, split, log, engine) -> dict:
    from stance.modelfile import save_model

    timings: dict[str, float] = {}
    t_all = time.perf_counter()
    source = _Rows(os.fspath(data_path), split=split, text_column=opt.text_column, label_column=opt.label_column,
                   declared=tuple(opt.labels) if opt.labels else None)
    s = _scan_checked(source, cfg, opt, settings, log, engine, timings)
    labels = s.labels
    train_rows = sum(s.train_counts.values())
    split_text = (f"hashed {opt.test_size:g} held-out split of {Path(source.spec).name}, seed {cfg.seed} (by row, "
                  "contrast groups kept whole)" if opt.test_size > 0 else "none (trained on all rows)")
    metrics: dict = {"labels": labels, "split_description": split_text}

    log(f"training out of core on {train_rows:,} statements (SGD, log loss, at most {settings.max_passes} passes) ...")
    pipeline, temperature, info = _fitted(source, s, cfg, settings, log, engine, timings, with_test=False)
    errors: list = []
    metrics["calibration"] = {"temperature": temperature, "fitted_on": _fitted_on(info)}
    if s.test_rows:
        measured = _measure(source, s, cfg, pipeline, settings, temperature)
        metrics["test"], metrics["baselines"], errors = measured["test"], measured["baselines"], measured["errors"]
        metrics["calibration"].update(measured["calibration_test"])
    metrics["config"] = cfg.as_dict()
    metrics["trainer"] = trainer = {"kind": "out-of-core", "model": "SGDClassifier(loss='log_loss', average=True)",
                                    "engine": opt.engine, **settings.as_dict(), **info}
    refit = bool(opt.refit and s.test_rows)
    if refit:
        log(f"refitting on all {sum(s.counts.values()):,} statements ...")
        pipeline, temperature, info = _fitted(source, s, cfg, settings, log, engine, timings, with_test=True)
        metrics["calibration"]["temperature"] = temperature
        trainer.update(refit=info)
    trainer["alpha"] = info["alpha"]
    timings["total_s"] = time.perf_counter() - t_all
    metadata = _metadata(out, opt, cfg, source, s, pipeline, metrics, temperature, timings, refit, split_text)
    final = save_model(out, pipeline, metadata, serializer="joblib", artifacts=_artifacts(out, metrics, errors))
    metrics["model_dir"] = os.fspath(final)
    return metrics


def _scan_checked(source, cfg, opt, settings, log, engine, timings: dict):
    """The scan pass, and the checks it allows: two labels at least, and rows on both sides of the split."""
    t0 = time.perf_counter()
    s = scan(source, cfg, opt.test_size, settings, log, engine)
    timings["scan_s"] = time.perf_counter() - t0
    present = [lab for lab in s.labels if s.counts[lab]]
    if len(present) < 2:
        raise DataError(f"only one label ({', '.join(present)}) in the data: a classifier needs at least two",
                        path=source.spec)
    train_rows = sum(s.train_counts.values())
    if opt.test_size > 0 and (s.test_rows == 0 or train_rows == 0 or len([x for x in s.train_counts.values() if x]) < 2):
        raise DataError(f"too few statements ({sum(s.counts.values())}) for a {opt.test_size:g} test split",
                        path=source.spec)
    log(f"read {sum(s.counts.values()):,} statements from {source.spec}: "
        + ", ".join(f"{lab} {s.counts[lab]:,}" for lab in s.labels)
        + (f" ({s.left_out_none:,} rows labeled none, with no position, left out)" if s.left_out_none else ""))
    return s


def _fitted(source, s, cfg, settings, log, engine, timings: dict, *, with_test: bool):
    """(pipeline, temperature, pass log) from the SGD passes on the training rows (and the test rows too)."""
    from stance.evaluate import fit_temperature

    prefix = "refit_" if with_test else ""
    t0 = time.perf_counter()
    feats, clf, classes, (Xv, yv), info = _fit(source, s, cfg, settings, with_test=with_test, log=log, engine=engine)
    timings[f"{prefix}fit_s" if not with_test else "refit_s"] = time.perf_counter() - t0
    timings.update({f"{prefix}pass{i}_s": v for i, v in enumerate(info.pop("seconds"), 1)})
    timings[f"{prefix}update_s"] = info.pop("update_s")
    pipeline = _pipeline(feats, clf, classes, cfg)
    return pipeline, _temperature(pipeline, Xv, yv, classes, fit_temperature), info


def _metadata(out, opt, cfg, source, s, pipeline, metrics, temperature, timings, refit: bool, split_text: str) -> dict:
    labels = s.labels
    counts_final = Counter({lab: s.counts[lab] for lab in labels}) if refit else s.train_counts
    return {
        "name": Path(out).name,
        "labels": [labels[c] for c in pipeline.classes_],
        "text_column": opt.text_column,
        "config": cfg.as_dict(),
        "training_data": {"path": source.spec, "sha256": s.sha256, "rows": sum(s.counts.values()),
                          "left_out_none": s.left_out_none,
                          "rows_per_label": {lab: s.counts[lab] for lab in labels},
                          "train_rows": sum(counts_final.values()),
                          "train_rows_per_label": {lab: counts_final[lab] for lab in labels},
                          "test_rows": s.test_rows, "split": split_text, "refit_on_all_rows": refit,
                          "measured_with_train_rows": sum(s.train_counts.values())},
        "metrics": {k: metrics[k] for k in ("split_description", "test", "baselines", "calibration") if k in metrics},
        "temperature": temperature,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "trainer": metrics["trainer"],
    }


def _artifacts(out, metrics: dict, errors: list) -> dict:
    """The files beside the model: metrics, and with a test split the confusion matrix, the misclassified rows
    and the reliability diagram."""
    import json

    from stance.corpus import write_records

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
    cal = metrics["calibration"]
    if cal.get("before"):
        from stance.evaluate import plot_reliability

        artifacts["reliability_diagram.png"] = lambda p: plot_reliability(
            cal["before"], cal["after"], p, title=f"{Path(out).name}: held-out test, temperature {cal['temperature']}")
    return artifacts


def _pipeline(feats, clf, classes, cfg):
    from sklearn.pipeline import Pipeline

    return Pipeline([("features", feats), ("clf", _as_logistic_regression(clf, classes, cfg, feats.n_columns))])

def _temperature(pipeline, Xv, yv, classes, fit_temperature) -> float:
    if Xv is None or len(yv) < 20:
        return 1.0
    d = pipeline.named_steps["clf"].decision_function(Xv)
    order = list(classes)
    return fit_temperature(d, [order.index(int(k)) for k in yv])

def _fitted_on(info: dict) -> str:
    return f"decision values of the {info['held_out_rows']:,} held-out training rows never trained on"
