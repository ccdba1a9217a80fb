"""The shape of every figure stance reports: what `train` and `evaluate` return, metrics.json holds and the model
card, `stance info` and the CLI render (through :mod:`stance.report`).

They are TypedDicts: plain dicts at run time, so metrics.json is written as before, with their keys named here
once for every reader.
"""

from __future__ import annotations

from typing import TypedDict


class LabelScores(TypedDict):
    precision: float
    recall: float
    f1: float
    support: int


class Confusion(TypedDict):
    #: The true labels, then "(none)" when a baseline gave no answer; rows are true, columns predicted.
    labels: list[str]
    matrix: list[list[int]]


class Scores(TypedDict, total=False):
    """One system on one test set (:func:`stance.evaluate.scores`); baselines add what they predict or cover."""

    n: int
    accuracy: float
    macro_f1: float
    per_label: dict[str, LabelScores]
    confusion: Confusion
    predicts: str  # majority baseline: the label it always answers
    coverage: float  # rules baseline: the share of statements the rules answer
    accuracy_on_covered: float


class MeanStd(TypedDict):
    mean: float
    std: float


class CrossValidation(TypedDict):
    folds: int
    accuracy: MeanStd
    macro_f1: MeanStd
    per_fold_macro_f1: list[float]


class Brief(TypedDict, total=False):
    accuracy: float
    macro_f1: float


class GroupResult(TypedDict, total=False):
    n_train: int
    n_test: int
    model: Brief
    majority: Brief
    rules: Brief


class LeaveOneGroupOut(TypedDict, total=False):
    groups: dict[str, GroupResult]
    mean_accuracy: MeanStd
    mean_macro_f1: MeanStd
    pooled: Scores
    rules_mean_macro_f1: MeanStd
    group_column: str


#: One confidence bin: answers with confidence in (from, to], their mean confidence and their accuracy.
ReliabilityBin = TypedDict("ReliabilityBin", {"from": float, "to": float, "n": int, "confidence": float,
                                              "accuracy": float})


class Reliability(TypedDict):
    ece: float
    bins: list[ReliabilityBin]


class ConfidenceFloor(TypedDict):
    min_confidence: float
    coverage: float
    accuracy: float | None


class Calibration(TypedDict, total=False):
    temperature: float
    fitted_on: str
    note: str
    before: Reliability
    after: Reliability
    min_confidence: list[ConfidenceFloor]


class Search(TypedDict):
    folds: int
    candidates: int
    best_cv_macro_f1: float
    chosen: dict
    top: list[dict]


class TrainMetrics(TypedDict, total=False):
    """What `stance train` measures (metrics.json), and, under ``metrics`` in metadata.json, what the card shows."""

    labels: list[str]
    split_description: str
    test: Scores
    baselines: dict[str, Scores | None]
    calibration: Calibration
    cv: CrossValidation
    leave_one_group_out: LeaveOneGroupOut
    search: Search
    config: dict
    model_dir: str


class EvaluationMetrics(TypedDict, total=False):
    """What `stance evaluate` measures."""

    model: str
    data: str
    data_sha256: str
    labels: list[str]
    test: Scores
    baselines: dict[str, Scores | None]
    calibration: Calibration  # Reliability of the model's answers, with its temperature and confidence floors
    warning: str
    out_dir: str


#: The keys of TrainMetrics a model's metadata.json keeps (what the model card and `stance info` show).
CARD_KEYS = ("split_description", "test", "baselines", "calibration", "cv", "leave_one_group_out")
