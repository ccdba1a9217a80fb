"""The TF-IDF stance classifier: build the pipeline, fit it, search its parameters."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from stance.errors import UsageError

CLASSIFIERS = ("logreg", "svm", "nb")
#: tfidf: scikit-learn TfidfVectorizers with vocabularies; hashed: NumPy-vectorised hashed n-grams (stance.hashing),
#: many times faster to predict, and a logreg model of it predicts without scikit-learn or pickle.
FEATURES = ("tfidf", "hashed")


@dataclass
class ModelConfig:
    """Everything that decides the model, recorded in every model directory."""

    classifier: str = "logreg"
    features: str = "hashed"
    word_ngram: tuple[int, int] = (1, 2)
    char_ngram: tuple[int, int] = (2, 5)
    min_df: int = 1
    max_df: float = 1.0
    C: float = 4.0
    alpha: float = 0.3
    class_weight: str = "balanced"
    max_features: int | None = None
    seed: int = 0

    def as_dict(self) -> dict:
        d = asdict(self)
        d["word_ngram"] = list(self.word_ngram)
        d["char_ngram"] = list(self.char_ngram)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        d = dict(d)
        for k in ("word_ngram", "char_ngram"):
            if k in d:
                d[k] = tuple(d[k])
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})

    def validate(self) -> "ModelConfig":
        if self.features not in FEATURES:
            raise UsageError(f"unknown features {self.features!r}; choose one of {', '.join(FEATURES)}")
        if self.classifier not in CLASSIFIERS:
            raise UsageError(f"unknown classifier {self.classifier!r}; choose one of {', '.join(CLASSIFIERS)}")
        for name, (lo, hi) in (("word n-gram", self.word_ngram), ("char n-gram", self.char_ngram)):
            if not (1 <= lo <= hi):
                raise UsageError(f"bad {name} range {lo}-{hi}: need 1 <= low <= high")
        if self.C <= 0 or self.alpha <= 0:
            raise UsageError("C and alpha must be positive")
        if self.class_weight not in ("balanced", "none"):
            raise UsageError(f"class weight must be balanced or none, not {self.class_weight!r}")
        if self.min_df < 1:
            raise UsageError("min_df must be at least 1")
        return self


def build_pipeline(config: ModelConfig | None = None):
    """A scikit-learn Pipeline: word + char_wb TF-IDF (sublinear tf) in a FeatureUnion, then the classifier."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline

    cfg = (config or ModelConfig()).validate()
    if cfg.features == "hashed":
        from stance.hashing import HashedTfidf

        return Pipeline([("features", HashedTfidf(word_ngram=cfg.word_ngram, char_ngram=cfg.char_ngram,
                                                  min_df=cfg.min_df)),
                         ("clf", build_classifier(cfg))])
    features = FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=cfg.word_ngram, sublinear_tf=True,
                                 min_df=cfg.min_df, max_df=cfg.max_df, lowercase=True,
                                 token_pattern=r"(?u)\b\w+\b|[!?]", max_features=cfg.max_features,
                                 dtype=_float())),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=cfg.char_ngram, sublinear_tf=True,
                                 min_df=cfg.min_df, max_df=cfg.max_df, lowercase=True,
                                 max_features=cfg.max_features, dtype=_float())),
    ])
    return Pipeline([("features", features), ("clf", build_classifier(cfg))])


def _float():
    import numpy as np

    return np.float64


def build_classifier(cfg: ModelConfig):
    """The final estimator: logistic regression, calibrated linear SVM, or complement naive Bayes."""
    weight = "balanced" if cfg.class_weight == "balanced" else None
    if cfg.classifier == "logreg":
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=cfg.C, class_weight=weight, max_iter=5000, random_state=cfg.seed)
    if cfg.classifier == "svm":
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import LinearSVC

        # LinearSVC has no probabilities; sigmoid calibration on internal folds gives them.
        return CalibratedClassifierCV(
            LinearSVC(C=cfg.C, class_weight=weight, random_state=cfg.seed, max_iter=10000),
            method="sigmoid", cv=3)
    from sklearn.naive_bayes import ComplementNB

    return ComplementNB(alpha=cfg.alpha)


#: The grid `--search` explores; keys are ModelConfig fields.
SEARCH_GRID = {
    "word_ngram": [(1, 1), (1, 2), (1, 3)],
    "char_ngram": [(2, 4), (2, 5), (3, 6)],
    "min_df": [1, 2],
    "C": [1.0, 4.0, 16.0],
    "svm_C": [0.1, 0.5, 2.0],
}


def _param_grid(cfg: ModelConfig) -> list[dict]:
    if cfg.features == "hashed":
        grid = {"features__word_ngram": SEARCH_GRID["word_ngram"], "features__char_ngram": SEARCH_GRID["char_ngram"]}
    else:
        grid = {
            "features__word__ngram_range": SEARCH_GRID["word_ngram"],
            "features__char__ngram_range": SEARCH_GRID["char_ngram"],
        }
    if cfg.classifier == "logreg":
        grid["clf__C"] = SEARCH_GRID["C"]
    elif cfg.classifier == "svm":
        grid["clf__estimator__C"] = SEARCH_GRID["svm_C"]
    else:
        grid["clf__alpha"] = [0.1, 0.3, 1.0]
    if cfg.features == "hashed":
        return [{**grid, "features__min_df": SEARCH_GRID["min_df"]}]
    # min_df is one setting for both vectorizers, so it is tied by one sub-grid per value.
    return [{**grid, "features__word__min_df": [m], "features__char__min_df": [m]} for m in SEARCH_GRID["min_df"]]


@dataclass
class SearchResult:
    config: ModelConfig
    best_score: float
    n_candidates: int
    folds: int
    table: list[dict] = field(default_factory=list)


def search(texts, y, config: ModelConfig | None = None, *, folds: int = 3, n_jobs: int = -1,
           progress: bool = False) -> SearchResult:
    """Stratified K-fold grid search (macro-F1) over n-gram ranges, min_df and C; returns the best config.

    With ``progress``, a bar on stderr counts the fits as they finish.
    """
    from contextlib import nullcontext

    from sklearn.model_selection import GridSearchCV, ParameterGrid, StratifiedKFold

    cfg = (config or ModelConfig()).validate()
    grid = _param_grid(cfg)
    gs = GridSearchCV(build_pipeline(cfg), grid, scoring="f1_macro",
                      cv=StratifiedKFold(n_splits=folds, shuffle=True, random_state=cfg.seed),
                      n_jobs=n_jobs, refit=False)
    with _fit_progress(len(ParameterGrid(grid)) * folds, "search fits") if progress else nullcontext():
        gs.fit(list(texts), list(y))
    best = {k.replace("features__word__ngram_range", "features__word_ngram")
             .replace("features__char__ngram_range", "features__char_ngram")
             .replace("features__word__min_df", "features__min_df"): v for k, v in gs.best_params_.items()}
    chosen = ModelConfig.from_dict({**cfg.as_dict(),
                                    "word_ngram": best["features__word_ngram"],
                                    "char_ngram": best["features__char_ngram"],
                                    "min_df": best["features__min_df"]})
    if "clf__C" in best:
        chosen.C = best["clf__C"]
    if "clf__estimator__C" in best:
        chosen.C = best["clf__estimator__C"]
    if "clf__alpha" in best:
        chosen.alpha = best["clf__alpha"]
    res = gs.cv_results_
    order = sorted(range(len(res["params"])), key=lambda i: res["rank_test_score"][i])
    table = [{"params": {k: list(v) if isinstance(v, tuple) else v for k, v in res["params"][i].items()},
              "mean_f1_macro": float(res["mean_test_score"][i]), "std": float(res["std_test_score"][i])}
             for i in order[:10]]
    return SearchResult(config=chosen, best_score=float(gs.best_score_), n_candidates=len(res["params"]),
                        folds=folds, table=table)


class _fit_progress:
    """A tqdm bar fed by joblib: every Parallel reports finished tasks through print_progress, in the parent."""

    def __init__(self, total: int, desc: str):
        self.total, self.desc = total, desc

    def __enter__(self):
        import sys

        import joblib
        from tqdm import tqdm

        self.bar = tqdm(total=self.total, desc=self.desc, file=sys.stderr, leave=False)
        self.original = joblib.Parallel.print_progress
        bar, original = self.bar, self.original

        def print_progress(parallel):
            bar.n = min(parallel.n_completed_tasks, bar.total)
            bar.refresh()
            return original(parallel)

        joblib.Parallel.print_progress = print_progress
        return self

    def __exit__(self, *exc):
        import joblib

        joblib.Parallel.print_progress = self.original
        self.bar.close()
        return False


def fit(texts, y, config: ModelConfig | None = None):
    """A fitted pipeline."""
    pipe = build_pipeline(config)
    pipe.fit(list(texts), list(y))
    return pipe
