"""How the out-of-core trainer walks the data: its settings and limits."""

from __future__ import annotations

from dataclasses import dataclass

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
