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
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from stance.errors import DataError, UsageError

#: Above this many bytes of input, `stance train` trains out of core unless told otherwise (--in-memory).
#: Measured by scripts/bench_speed.py: the batch trainer peaks at about 6 KB a statement (6.1 GB at 1M news-length
#: statements, about 190 bytes each as JSONL), so 64 MB of JSONL (~340k statements) would need ~2 GB of memory;
#: out of core, memory stays under 1.5 GB at any size and macro-F1 is within 0.01 of the batch model's.
AUTO_BYTES = 64 * 1024 ** 2
#: How many test rows the rule baseline and the list of misclassified statements look at, at most.
SAMPLE_ROWS = 20_000
MISCLASSIFIED_MAX = 10_000
#: Rows hashed at a time on one thread: hashing makes temporaries of ~50 KB a statement, so this bounds them.
HASH_ROWS = 2_000


@dataclass
class StreamSettings:
    """How the out-of-core trainer walks the data; recorded in metadata.json under ``trainer``."""

    #: Rows per model update (partial_fit); hashed HASH_ROWS at a time on threads, then stacked.
    batch_size: int = 10_000
    max_passes: int = 5
    #: Stop when the held-out batch's calibrated log loss has not fallen by more than ``tol`` (relative) for this
    #: many passes.
    patience: int = 1
    tol: float = 0.002
    validation_rows: int = 10_000
    #: Rows shuffled together before batching (about 200 bytes each in memory).
    shuffle_window: int = 200_000
    #: Threads hashing batches ahead of the model update (0: one per core, at most 4).
    threads: int = 0
    #: SGD's L2 penalty; None: 1 / (C * training rows), the same objective as LogisticRegression(C).
    alpha: float | None = None

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


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
    for flag, on in (("--search", opt.search), ("--cv", opt.cv), ("--group-column", opt.group_column),
                     ("--test", opt.test_path), ("--format skops", opt.serializer == "skops")):
        if on:
            raise UsageError(f"{flag} needs every row in memory; drop it or train with --in-memory")


# --- hashing helpers -------------------------------------------------------------------------------------------

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _uniform(keys: np.ndarray, seed: int, salt: int) -> np.ndarray:
    """A uniform number in [0, 1) per uint64 key, fixed by (seed, salt): splitmix64 of the key."""
    with np.errstate(over="ignore"):
        h = keys.astype(np.uint64) + np.uint64((seed * 0x9E3779B97F4A7C15 + salt * 0xD1B54A32D192ED03) % 2 ** 64)
        h = (h ^ (h >> np.uint64(30))) * _M1
        h = (h ^ (h >> np.uint64(27))) * _M2
        h = h ^ (h >> np.uint64(31))
    return (h >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def _group_key(group: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(group.encode("utf-8"), digest_size=8).digest(), "little") | (1 << 63)


def _row_keys(part_index: int, first_row: int, n: int, groups: list) -> np.ndarray:
    """The key that decides a row's split: its (partition, row) position, or its contrast group."""
    keys = (np.uint64(part_index) << np.uint64(40)) + np.arange(first_row, first_row + n, dtype=np.uint64)
    for i, g in enumerate(groups):
        if g is not None and str(g).strip():
            keys[i] = _group_key(str(g))
    return keys


def csr_batch(features, texts: list[str]):
    """The TF-IDF rows of a batch as CSR, equal n-grams not merged: SGD sums them as it reads the row."""
    import scipy.sparse as sp

    docs, cols, w = features.weights(texts)
    n = len(texts)
    order = np.argsort(docs, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n), out=indptr[1:])
    return sp.csr_matrix((w[order], cols[order].astype(np.int32), indptr), shape=(n, features.n_columns))


def _doc_freq(features, texts: list[str], n_buckets: int) -> np.ndarray:
    """Per bucket, how many of ``texts`` contain it at least once."""
    docs, buckets = features._occurrences(texts)
    pairs = np.sort(docs.astype(np.int64) * n_buckets + buckets)  # (np.unique's hash table is far slower)
    if len(pairs):
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    return np.bincount(pairs % n_buckets, minlength=n_buckets).astype(np.int32)


# --- the scan ----------------------------------------------------------------------------------------------------


@dataclass
class Scan:
    """What the first pass learns: sizes, label counts, document frequencies and where each row goes."""

    labels: list[str]
    keep_none: bool
    test_size: float = 0.0
    rows: int = 0  # rows read (with none rows)
    left_out_none: int = 0
    counts: Counter = field(default_factory=Counter)  # label -> rows (kept rows)
    train_counts: Counter = field(default_factory=Counter)
    test_rows: int = 0
    df_train: np.ndarray | None = None  # without none rows
    df_test: np.ndarray | None = None
    df_none_train: np.ndarray | None = None
    df_none_test: np.ndarray | None = None
    sha256: str = ""
    part_rows: list = field(default_factory=list)


class _Rows:
    """Reads a source's labeled rows in batches, with the checks and line numbers of read_labeled."""

    def __init__(self, spec: str, *, split: str | None, text_column: str, label_column: str, declared):
        from stance.sources import partitions

        self.spec = spec
        self.parts = partitions(spec, split=split)
        for part in self.parts:
            if part.path is not None:
                from stance.corpus import guess_format

                if guess_format(part.path) == "txt":
                    raise DataError("a labeled file must be JSONL, CSV, TSV or Parquet (a .txt file has no labels)",
                                    path=part.path)
        self.text_column, self.label_column = text_column, label_column
        self.declared = declared

    def batches(self, part_index: int, size: int, extra_columns=("group",)):
        """(first row, texts, normalised labels, {column: values}, lines) per batch of one partition."""
        from stance.corpus import LINE, clean_text
        from stance.labels import normalise_label

        part = self.parts[part_index]
        texts, labels, lines = [], [], []
        extras: dict[str, list] = {c: [] for c in extra_columns}
        first = 0
        for rec in part.records(self.text_column):
            line = rec[LINE]
            if self.label_column not in rec:
                cols = [c for c in rec if c != LINE]
                raise DataError(f"no {self.label_column!r} field; fields here: {', '.join(cols)} "
                                "(choose one with --label-column)", path=part.name, line=line)
            texts.append(clean_text(rec[self.text_column], path=part.name, line=line, column=self.text_column))
            value = rec[self.label_column]
            if value is None or not str(value).strip():
                raise DataError("label is empty", path=part.name, line=line, column=self.label_column)
            label = normalise_label(value)
            if self.declared and label not in self.declared:
                raise DataError(f"unknown label {value!r}; allowed: {', '.join(self.declared)}", path=part.name,
                                line=line, column=self.label_column)
            labels.append(label)
            lines.append(line)
            for c in extra_columns:
                v = rec.get(c)
                extras[c].append(None if v is None else str(v))
            if len(texts) >= size:
                yield first, texts, labels, extras, lines
                first += len(texts)
                texts, labels, lines = [], [], []
                extras = {c: [] for c in extra_columns}
        if texts:
            yield first, texts, labels, extras, lines


def _new_features(cfg):
    from stance.hashing import HashedTfidf

    return HashedTfidf(word_ngram=cfg.word_ngram, char_ngram=cfg.char_ngram, min_df=cfg.min_df)


def scan_partition(source: _Rows, pi: int, cfg, test_size: float, threads: int = 1):
    """One partition's share of the scan: rows, (label, is test) counts, and four document-frequency arrays
    (train / test rows, each without and with the rows labeled none), int32 per bucket."""
    from stance.labels import NONE

    feats = _new_features(cfg)
    nb = 2 * feats.n_features
    dfs = [np.zeros(nb, np.int32) for _ in range(4)]
    raw = Counter()

    def work(batch):  # on a hashing thread: the split, and document frequencies per kind of row
        first, texts, labels, extras, _lines = batch
        test = _uniform(_row_keys(pi, first, len(texts), extras["group"]), cfg.seed, 1) < test_size
        is_none = np.array([lab == NONE for lab in labels])
        found = {}
        for kind, mask in enumerate((~test & ~is_none, test & ~is_none, ~test & is_none, test & is_none)):
            idx = np.flatnonzero(mask)
            if len(idx):
                found[kind] = _doc_freq(feats, [texts[i] for i in idx], nb)
        return len(texts), Counter(zip(labels, test.tolist())), found

    n = 0
    for k, got, found in _threaded(source.batches(pi, HASH_ROWS), threads, work):
        raw.update(got)
        for kind, df in found.items():
            np.add(dfs[kind], df, out=dfs[kind])
        n += k
    return n, raw, dfs


def scan(source: _Rows, cfg, test_size: float, settings: StreamSettings, log, engine=None) -> Scan:
    """Pass 0 (see the module docstring): checks, counts, splits and document frequencies."""
    from stance.labels import NONE, STANCES, normalise_label

    declared = [normalise_label(x) for x in source.declared] if source.declared else None
    nb = 2 * _new_features(cfg).n_features
    s = Scan(labels=[], keep_none=bool(declared and NONE in declared))
    s.df_train, s.df_test = np.zeros(nb, np.int64), np.zeros(nb, np.int64)
    s.df_none_train, s.df_none_test = np.zeros(nb, np.int64), np.zeros(nb, np.int64)
    s.test_size = test_size
    dfs = (s.df_train, s.df_test, s.df_none_train, s.df_none_test)
    raw = Counter()  # (label, is_test) -> rows, none included
    t0 = time.perf_counter()
    s.part_rows = [0] * len(source.parts)
    results = (engine.scan(source, cfg, test_size) if engine is not None else
               ((pi, scan_partition(source, pi, cfg, test_size, settings.threads)) for pi in range(len(source.parts))))
    for pi, (n, got, found) in results:
        raw.update(got)
        for kind, df in enumerate(found):
            np.add(dfs[kind], df, out=dfs[kind])
        s.part_rows[pi] = n
        s.rows += n
        log(f"scanned {s.rows:,} statements ({s.rows / (time.perf_counter() - t0):,.0f}/s)")
    if not s.rows:
        raise DataError("no statements in file", path=source.spec)
    found = {lab for lab, _ in raw}
    ours = found - {NONE} <= set(STANCES)
    s.keep_none = s.keep_none or not ours
    if not s.keep_none:
        s.left_out_none = raw[NONE, False] + raw[NONE, True]
        if s.left_out_none == s.rows:
            raise DataError(f"every row is labeled {NONE!r} (no position); nothing to learn a stance from",
                            path=source.spec)
        found -= {NONE}
    else:
        s.df_train += s.df_none_train
        s.df_test += s.df_none_test
    s.df_none_train = s.df_none_test = None
    from stance.labels import label_order

    s.labels = label_order(found, source.declared)
    for (lab, t), n in raw.items():
        if lab in s.labels:
            s.counts[lab] += n
            if t:
                s.test_rows += n
            else:
                s.train_counts[lab] += n
    s.sha256 = _sha256(source)
    return s


def _sha256(source: _Rows) -> str:
    from stance.sources import source_sha256

    return source_sha256(source.spec, split=source.parts[0].split)


# --- training passes ---------------------------------------------------------------------------------------------


def _threaded(items, threads: int, work):
    """``work(item)`` for each item, in order, on a few threads ahead of the consumer (bounded memory)."""
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    threads = threads or min(os.cpu_count() or 1, 4)
    if threads <= 1:
        for it in items:
            yield work(it)
        return
    pending: deque = deque()
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="stance-hash") as pool:
        try:
            for it in items:
                pending.append(pool.submit(work, it))
                if len(pending) > threads:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for fut in pending:
                fut.cancel()


def _training_rows(source: _Rows, scan_: Scan, cfg, settings: StreamSettings, pass_no: int, *, with_test: bool,
                   p_val: float, validation: list | None, parts: list[int] | None = None):
    """Training rows of one pass as (texts, class ids) pieces, shuffled in windows; validation rows set aside.

    ``parts``: these partitions, in this order (a Dask worker's one); default: all, in a seeded order.
    """
    index = {lab: i for i, lab in enumerate(scan_.labels)}
    rng = np.random.default_rng([cfg.seed, pass_no] + (parts or []))
    window_t: list[str] = []
    window_y: list[int] = []

    def flush():
        order = rng.permutation(len(window_t))
        for i in range(0, len(order), HASH_ROWS):
            idx = order[i:i + HASH_ROWS]
            yield [window_t[j] for j in idx], np.fromiter((window_y[j] for j in idx), np.int64, len(idx))

    for pi in parts if parts is not None else rng.permutation(len(source.parts)).tolist():
        for first, texts, labels, extras, _lines in source.batches(pi, HASH_ROWS):
            keys = _row_keys(pi, first, len(texts), extras["group"])
            test = _uniform(keys, cfg.seed, 1) < scan_.test_size
            val = _uniform(keys, cfg.seed, 2) < p_val
            for t, lab, is_test, is_val in zip(texts, labels, test.tolist(), val.tolist()):
                k = index.get(lab)
                if k is None or (is_test and not with_test):
                    continue
                if is_val:
                    if validation is not None:
                        validation.append((t, k))
                    continue
                window_t.append(t)
                window_y.append(k)
            if len(window_t) >= settings.shuffle_window:
                yield from flush()
                window_t, window_y = [], []
    if window_t:
        yield from flush()


def _fit(source: _Rows, scan_: Scan, cfg, settings: StreamSettings, *, with_test: bool, log, engine=None):
    """Features and SGD weights on the training rows (and the test rows too with ``with_test``).

    Returns (features, classifier, validation texts, validation ids, pass log).
    """
    from sklearn.linear_model import SGDClassifier

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
    if cfg.class_weight == "balanced":  # compute_class_weight("balanced") from the counts
        weight = {int(k): n_docs / (len(classes) * counts[scan_.labels[k]]) for k in classes}
    else:
        weight = None
    alpha = settings.alpha or 1.0 / (cfg.C * n_fit)
    clf = SGDClassifier(loss="log_loss", alpha=alpha, average=True, class_weight=weight, random_state=cfg.seed,
                        learning_rate="optimal", tol=None, max_iter=1, shuffle=False, n_jobs=1)
    validation: list = []
    best = None
    history, seconds = [], []
    update_s = 0.0  # in partial_fit: the part that runs in one place, also on Dask
    for pass_no in range(1, settings.max_passes + 1):
        t0 = time.perf_counter()
        rows = 0
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


# --- measuring on the test rows ------------------------------------------------------------------------------------


def _measure(source: _Rows, scan_: Scan, cfg, pipeline, settings: StreamSettings, temperature: float) -> dict:
    """Scores on the streamed test rows: the batch trainer's metrics, with baselines and lists on samples."""
    from stance.evaluate import calibration, confidence_table, misclassified, rules_baseline, scores, softmax

    labels = scan_.labels
    classes = list(pipeline.classes_)
    col_labels = [labels[c] for c in classes]
    feats, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    gold_ids, decisions = [], []
    sample_t, sample_gold, sample_extra = [], [], {c: [] for c in ("id", "speaker", "topic")}
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


# --- the whole run ----------------------------------------------------------------------------------------------------


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
        from stance.outofcore_dask import dask_engine

        with dask_engine(out, opt.scheduler, log=log) as engine:
            return _train(data_path, out, cfg, opt, settings, split, log, engine)
    return _train(data_path, out, cfg, opt, settings, split, log, None)


def _train(data_path, out, cfg, opt, settings, split, log, engine) -> dict:
    import json

    from stance.corpus import write_records
    from stance.evaluate import fit_temperature
    from stance.modelfile import save_model

    timings = {}
    t_all = time.perf_counter()
    source = _Rows(os.fspath(data_path), split=split, text_column=opt.text_column, label_column=opt.label_column,
                   declared=tuple(opt.labels) if opt.labels else None)
    t0 = time.perf_counter()
    s = scan(source, cfg, opt.test_size, settings, log, engine)
    timings["scan_s"] = time.perf_counter() - t0
    labels = s.labels
    present = [lab for lab in labels if s.counts[lab]]
    if len(present) < 2:
        raise DataError(f"only one label ({', '.join(present)}) in the data: a classifier needs at least two",
                        path=source.spec)
    train_rows = sum(s.train_counts.values())
    if opt.test_size > 0 and (s.test_rows == 0 or train_rows == 0 or len([x for x in s.train_counts.values() if x]) < 2):
        raise DataError(f"too few statements ({sum(s.counts.values())}) for a {opt.test_size:g} test split",
                        path=source.spec)
    log(f"read {sum(s.counts.values()):,} statements from {source.spec}: "
        + ", ".join(f"{lab} {s.counts[lab]:,}" for lab in labels)
        + (f" ({s.left_out_none:,} rows labeled none, with no position, left out)" if s.left_out_none else ""))
    split_text = (f"hashed {opt.test_size:g} held-out split of {Path(source.spec).name}, seed {cfg.seed} (by row, "
                  "contrast groups kept whole)" if opt.test_size > 0 else "none (trained on all rows)")
    metrics: dict = {"labels": labels, "split_description": split_text}

    log(f"training out of core on {train_rows:,} statements (SGD, log loss, at most {settings.max_passes} passes) ...")
    t0 = time.perf_counter()
    feats, clf, classes, (Xv, yv), info = _fit(source, s, cfg, settings, with_test=False, log=log, engine=engine)
    timings["fit_s"] = time.perf_counter() - t0
    timings.update({f"pass{i}_s": v for i, v in enumerate(info.pop("seconds"), 1)}, update_s=info.pop("update_s"))
    pipeline = _pipeline(feats, clf, classes, cfg)
    temperature = _temperature(pipeline, Xv, yv, classes, fit_temperature)
    errors: list = []
    if s.test_rows:
        measured = _measure(source, s, cfg, pipeline, settings, temperature)
        metrics["test"], metrics["baselines"], errors = measured["test"], measured["baselines"], measured["errors"]
        metrics["calibration"] = {"temperature": temperature, "fitted_on": _fitted_on(info), **measured["calibration_test"]}
    else:
        metrics["calibration"] = {"temperature": temperature, "fitted_on": _fitted_on(info)}
    metrics["config"] = cfg.as_dict()
    metrics["trainer"] = trainer = {"kind": "out-of-core", "model": "SGDClassifier(loss='log_loss', average=True)",
                                    "engine": opt.engine,
                                    **settings.as_dict(), **info}
    refit = bool(opt.refit and s.test_rows)
    if refit:
        log(f"refitting on all {sum(s.counts.values()):,} statements ...")
        t0 = time.perf_counter()
        feats, clf, classes, (Xv, yv), info = _fit(source, s, cfg, settings, with_test=True, log=log, engine=engine)
        timings["refit_s"] = time.perf_counter() - t0
        timings.update({f"refit_pass{i}_s": v for i, v in enumerate(info.pop("seconds"), 1)},
                       refit_update_s=info.pop("update_s"))
        pipeline = _pipeline(feats, clf, classes, cfg)
        temperature = _temperature(pipeline, Xv, yv, classes, fit_temperature)
        metrics["calibration"]["temperature"] = temperature
        trainer.update(refit=info)
    counts_final = Counter({lab: s.counts[lab] for lab in labels}) if refit else s.train_counts
    trainer["alpha"] = info["alpha"]
    timings["total_s"] = time.perf_counter() - t_all
    metadata = {
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
                          "measured_with_train_rows": train_rows},
        "metrics": {k: metrics[k] for k in ("split_description", "test", "baselines", "calibration") if k in metrics},
        "temperature": temperature,
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "trainer": trainer,
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
    cal = metrics["calibration"]
    if cal.get("before"):
        from stance.evaluate import plot_reliability

        artifacts["reliability_diagram.png"] = lambda p: plot_reliability(
            cal["before"], cal["after"], p, title=f"{Path(out).name}: held-out test, temperature {cal['temperature']}")
    final = save_model(out, pipeline, metadata, serializer="joblib", artifacts=artifacts)
    metrics["model_dir"] = os.fspath(final)
    return metrics


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
