"""Out-of-core training on Dask: the partitions are read and hashed on the workers, the model updated here.

Used by :func:`stance.outofcore.train_out_of_core` with ``--engine dask``. Each input partition (a file of a
glob, or a hub dataset) is one task per pass:

* the scan task returns the partition's row count, label counts and document frequencies (a few int32 arrays),
  which are summed here;
* a training task hashes the partition's training rows (shuffled within the partition) into TF-IDF pieces and
  writes them, with their labels, to a spill folder beside ``--out`` (workers must see it, as they must see the
  input: a shared filesystem); this process reads each piece, updates the model, and deletes it. At most one
  partition more than there are workers is in flight, so the spill holds a few partitions at a time.

Only ``partial_fit`` runs in one place: it is a sequential algorithm, and it is the cheap part.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np


def spill_partition(source, pi: int, scan_, cfg, settings, pass_no: int, feats, with_test: bool, p_val: float,
                    collect_validation: bool, spill_dir: str):
    """On a worker: one partition's training rows of one pass, hashed, written as pieces; returns their paths
    and (first pass) the partition's held-out validation rows."""
    from stance.outofcore import _training_rows, csr_batch

    validation: list | None = [] if collect_validation else None
    paths = []
    for j, (texts, y) in enumerate(_training_rows(source, scan_, cfg, settings, pass_no, with_test=with_test,
                                                  p_val=p_val, validation=validation, parts=[pi])):
        X = csr_batch(feats, texts)
        X.sum_duplicates()
        path = os.path.join(spill_dir, f"pass{pass_no}-part{pi}-{j}.npz")
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            np.savez(f, data=X.data.astype(np.float32), indices=X.indices, indptr=X.indptr,
                     shape=np.array(X.shape, dtype=np.int64), y=y)
        os.replace(tmp, path)  # a retried task rewrites the same names
        paths.append(path)
    return paths, validation


def _load_piece(path: str):
    import scipy.sparse as sp

    with np.load(path, allow_pickle=False) as z:
        X = sp.csr_matrix((z["data"].astype(np.float64), z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        y = z["y"].copy()
    return X, y


class DaskEngine:
    """The scan and the hashing of each pass, on a Dask client's workers."""

    def __init__(self, client, spill_dir: Path, log=lambda m: None):
        self.client = client
        self.spill_dir = spill_dir
        self.log = log
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))
        self._feats = None

    def scan(self, source, cfg, test_size: float):
        """(partition index, scan result) as the workers finish them."""
        from distributed import as_completed

        from stance.outofcore import scan_partition

        futs = {self.client.submit(scan_partition, source, pi, cfg, test_size, 1, pure=False, retries=2): pi
                for pi in range(len(source.parts))}
        for fut in as_completed(list(futs)):
            pi = futs.pop(fut)
            yield pi, fut.result()
            fut.release()

    def pieces(self, source, scan_, cfg, settings, pass_no: int, feats, *, with_test: bool, p_val: float,
               validation: list | None):
        """(X, y) pieces of one pass, partition by partition in a seeded order, a few partitions ahead."""
        if self._feats is None or self._feats[0] is not feats:
            self._feats = (feats, self.client.scatter(feats, broadcast=True))
        feats_f = self._feats[1]
        light = dataclasses.replace(scan_, df_train=None, df_test=None)
        order = np.random.default_rng([cfg.seed, pass_no]).permutation(len(source.parts)).tolist()
        pending = []

        def submit(pi):
            return self.client.submit(spill_partition, source, pi, light, cfg, settings, pass_no, feats_f, with_test,
                                      p_val, validation is not None, str(self.spill_dir), pure=False, retries=2)

        queue = list(order)
        while queue and len(pending) <= self.workers:
            pending.append(submit(queue.pop(0)))
        while pending:
            fut = pending.pop(0)
            paths, val = fut.result()
            fut.release()
            if queue:
                pending.append(submit(queue.pop(0)))
            if validation is not None and val:
                validation.extend(val)
            for path in paths:
                piece = _load_piece(path)
                with contextlib.suppress(OSError):
                    os.unlink(path)
                yield piece


@contextlib.contextmanager
def dask_engine(out, scheduler: str | None, log=lambda m: None):
    """A DaskEngine on ``scheduler`` (or a local cluster), with a spill folder beside ``out`` removed afterwards."""
    from stance.distributed import dask_client

    final = Path(out).absolute()
    remove_stale_spills(final)
    spill = Path(tempfile.mkdtemp(prefix=f".{final.name}.spill-{os.getpid()}-", dir=final.parent))
    try:
        with dask_client(scheduler, log=log) as client:
            yield DaskEngine(client, spill, log)
    finally:
        shutil.rmtree(spill, ignore_errors=True)


def remove_stale_spills(final: Path) -> None:
    """Spill folders of runs that were killed (their process is gone)."""
    from stance.files import _alive

    for p in final.parent.glob(f".{final.name}.spill-*"):
        pid = p.name[len(f".{final.name}.spill-"):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)
