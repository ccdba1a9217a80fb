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
    #: Optional feature blocks beside the n-grams (stance.blocks.BLOCKS: scope, rules, minilm); none by default.
    blocks: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        d = asdict(self)
        for k in ("word_ngram", "char_ngram", "blocks"):
            d[k] = list(getattr(self, k))
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "ModelConfig":
        d = dict(d)
        for k in ("word_ngram", "char_ngram", "blocks"):
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
        from stance.blocks import check_blocks

        self.blocks = check_blocks(self.blocks)
        return self


def build_pipeline(config: ModelConfig | None = None):
    """A scikit-learn Pipeline: the features, then the classifier.

    The features are word + char_wb n-gram TF-IDF (hashed, or scikit-learn's vectorizers with sublinear tf in a
    FeatureUnion); with ``config.blocks``, a FeatureUnion of those n-grams and the blocks
    (:func:`stance.blocks.features_step`).
    """
    from sklearn.pipeline import Pipeline

    from stance.blocks import features_step

    cfg = (config or ModelConfig()).validate()
    return Pipeline([("features", features_step(ngram_features(cfg), cfg.blocks)), ("clf", build_classifier(cfg))])


def ngram_features(cfg: ModelConfig):
    """The n-gram transformer: HashedTfidf, or word + char_wb TfidfVectorizers (sublinear tf) in a FeatureUnion."""
    if cfg.features == "hashed":
        from stance.hashing import HashedTfidf

        return HashedTfidf(word_ngram=cfg.word_ngram, char_ngram=cfg.char_ngram, min_df=cfg.min_df)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=cfg.word_ngram, sublinear_tf=True,
                                 min_df=cfg.min_df, max_df=cfg.max_df, lowercase=True,
                                 token_pattern=r"(?u)\b\w+\b|[!?]", max_features=cfg.max_features,
                                 dtype=_float())),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=cfg.char_ngram, sublinear_tf=True,
                                 min_df=cfg.min_df, max_df=cfg.max_df, lowercase=True,
                                 max_features=cfg.max_features, dtype=_float())),
    ])


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


#: The n-gram parameters a search result names, by their path inside the n-gram transformer (hashed, tfidf).
_NGRAM_PARAMS = {"word_ngram": ("word_ngram", "word__ngram_range"), "char_ngram": ("char_ngram", "char__ngram_range"),
                 "min_df": ("min_df", "word__min_df")}


def _param_grid(cfg: ModelConfig) -> list[dict]:
    """The search grid, in set_params names: the n-gram transformer's sit under stance.blocks.ngram_prefix."""
    from stance.blocks import ngram_prefix

    p = ngram_prefix(cfg.blocks)
    kind = 0 if cfg.features == "hashed" else 1
    grid = {f"{p}__{_NGRAM_PARAMS[k][kind]}": SEARCH_GRID[k] for k in ("word_ngram", "char_ngram")}
    if cfg.classifier == "logreg":
        grid["clf__C"] = SEARCH_GRID["C"]
    elif cfg.classifier == "svm":
        grid["clf__estimator__C"] = SEARCH_GRID["svm_C"]
    else:
        grid["clf__alpha"] = [0.1, 0.3, 1.0]
    if cfg.features == "hashed":
        return [{**grid, f"{p}__min_df": SEARCH_GRID["min_df"]}]
    # min_df is one setting for both vectorizers, so it is tied by one sub-grid per value.
    return [{**grid, f"{p}__word__min_df": [m], f"{p}__char__min_df": [m]} for m in SEARCH_GRID["min_df"]]


def _chosen_config(cfg: ModelConfig, best_params: dict) -> ModelConfig:
    """The config of the search's best candidate."""
    from stance.blocks import ngram_prefix

    p, kind = ngram_prefix(cfg.blocks), 0 if cfg.features == "hashed" else 1
    chosen = ModelConfig.from_dict({**cfg.as_dict(),
                                    **{k: best_params[f"{p}__{names[kind]}"] for k, names in _NGRAM_PARAMS.items()}})
    for key in ("clf__C", "clf__estimator__C"):
        if key in best_params:
            chosen.C = best_params[key]
    if "clf__alpha" in best_params:
        chosen.alpha = best_params["clf__alpha"]
    return chosen


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
    chosen = _chosen_config(cfg, gs.best_params_)
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
