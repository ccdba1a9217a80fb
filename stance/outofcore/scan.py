"""Reading and hashing for the out-of-core trainer: the scan pass (checks, label counts, the hashed test split,
document frequencies) and the shuffled training rows of each pass, hashed into TF-IDF batches on threads."""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from stance.errors import DataError
from stance.outofcore.settings import HASH_ROWS, StreamSettings

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
