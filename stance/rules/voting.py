"""Applying the rules to statements (the label matrix) and the majority vote over it."""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from stance.labels import OFF_TOPIC, STANCES
from stance.rules.base import ABSTAIN, VOTE_INDEX, VOTE_LABELS, LabelingFunction
from stance.rules.catalogue import LABELING_FUNCTIONS, RULE_NAMES
from stance.rules.text import rule_text


def apply_rules(texts: Iterable[str], lfs: Sequence[LabelingFunction] | None = None) -> np.ndarray:
    """The label matrix: int8 array (n_texts, n_rules), -1 = abstain, else an index into VOTE_LABELS."""
    lfs = LABELING_FUNCTIONS if lfs is None else lfs
    idx = [VOTE_INDEX[lf.label] for lf in lfs]
    rows = []
    for text in texts:
        t = rule_text("" if text is None else str(text))
        rows.append([i if lf.predicate(t) else ABSTAIN for lf, i in zip(lfs, idx)])
    if not rows:
        return np.full((0, len(lfs)), ABSTAIN, dtype=np.int8)
    return np.asarray(rows, dtype=np.int8)


def _row_vote(row: np.ndarray) -> str | None:
    counts = np.bincount(row[row >= 0], minlength=len(VOTE_LABELS))
    stance = counts[:len(STANCES)]
    top = stance.max()
    if top > 0:
        winners = np.flatnonzero(stance == top)
        return STANCES[winners[0]] if len(winners) == 1 else None
    if counts[VOTE_INDEX[OFF_TOPIC]] > 0:
        return OFF_TOPIC
    return None


def vote(L: np.ndarray) -> list[str | None]:
    """Majority vote per row of the label matrix.

    * Only stance votes (supportive, conditional, opposed) compete; the label with most votes wins.
    * Tie policy: a tie for the most votes abstains (None); no guessing and no rule priority.
    * Stance votes beat the off-topic vote: when any stance rule fires, off-topic is ignored.
    * A row whose only votes are off-topic is "none"; a row with no votes at all is None.
    """
    L = np.asarray(L)
    return [_row_vote(row) for row in L]


def rule_labels(texts: Iterable[str]) -> list[str | None]:
    """The rules' label for each text (None where they abstain or tie): the trainer's rules baseline."""
    return vote(apply_rules(texts))


def votes(row) -> dict[str, str]:
    """The rules that fired in one label-matrix row, each with the label it voted."""
    return {RULE_NAMES[j]: VOTE_LABELS[v] for j, v in enumerate(row) if v >= 0}
