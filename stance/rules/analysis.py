"""How the rules do, the way Snorkel's ``LFAnalysis`` reports it: per rule and overall, from the label matrix;
and the statements they are least sure of, to label by hand next."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from stance.labels import STANCES, normalise_label
from stance.rules.base import VOTE_INDEX, VOTE_LABELS, LabelingFunction
from stance.rules.catalogue import LABELING_FUNCTIONS
from stance.rules.voting import vote


def _gold_array(gold: Sequence[str | None] | None, n: int) -> np.ndarray | None:
    """Gold labels as indexes into VOTE_LABELS, -1 where unknown."""
    if gold is None:
        return None
    if len(gold) != n:
        raise ValueError(f"{len(gold)} gold labels for {n} rows")
    return np.array([VOTE_INDEX.get(normalise_label(g), -2) if g is not None else -1 for g in gold], dtype=np.int64)


def lf_summary(L: np.ndarray, gold: Sequence[str | None] | None = None,
               lfs: Sequence[LabelingFunction] | None = None) -> list[dict]:
    """One row per rule: name, polarity, coverage, overlaps, conflicts (fractions of all rows, as Snorkel's
    LFAnalysis), and with gold: correct, incorrect (counts on rows with a gold label) and emp_acc.

    polarity: the labels the rule actually voted on these rows (sorted by VOTE_LABELS order).
    overlaps: rows where the rule and at least one other rule voted. conflicts: rows where another
    rule voted a different label.
    """
    L = np.asarray(L)
    lfs = LABELING_FUNCTIONS if lfs is None else lfs
    n, m = L.shape if L.ndim == 2 else (0, len(lfs))
    g = _gold_array(gold, n)
    fired = L >= 0
    n_fired = fired.sum(axis=1)
    rows = []
    for j in range(m):
        col = L[:, j]
        on = col >= 0
        others_fired = (n_fired - on) > 0
        conflict = np.zeros(n, dtype=bool)
        for k in range(len(VOTE_LABELS)):
            other_k = ((L == k) & fired).sum(axis=1) - (col == k)
            conflict |= on & (col != k) & (other_k > 0)
        row = {
            "name": lfs[j].name,
            "label": lfs[j].label,
            "polarity": [VOTE_LABELS[k] for k in sorted(set(col[on].tolist()))],
            "coverage": float(on.mean()) if n else 0.0,
            "overlaps": float((on & others_fired).mean()) if n else 0.0,
            "conflicts": float(conflict.mean()) if n else 0.0,
        }
        if g is not None:
            has = g != -1
            correct = int((on & has & (col == g)).sum())
            incorrect = int((on & has & (col != g)).sum())
            row.update(correct=correct, incorrect=incorrect,
                       emp_acc=(correct / (correct + incorrect)) if correct + incorrect else None)
        rows.append(row)
    return rows


def summary(L: np.ndarray, gold: Sequence[str | None] | None = None) -> dict:
    """Overall figures: rows, coverage of the vote (rows with a label), conflicts, label counts, and with gold
    the vote's accuracy on covered gold rows and on all gold rows (an abstention counts as wrong there)."""
    L = np.asarray(L)
    n = L.shape[0]
    labels = vote(L)
    covered = np.array([x is not None for x in labels], dtype=bool)
    any_vote = (L >= 0).any(axis=1) if n else np.zeros(0, dtype=bool)
    conflicted = np.array([len(set(r[r >= 0].tolist())) > 1 for r in L], dtype=bool) if n else np.zeros(0, bool)
    counts = {lab: sum(1 for x in labels if x == lab) for lab in VOTE_LABELS}
    out = {
        "rows": int(n),
        "rules": int(L.shape[1]) if L.ndim == 2 else 0,
        "coverage": float(covered.mean()) if n else 0.0,
        "covered": int(covered.sum()),
        "any_vote": float(any_vote.mean()) if n else 0.0,
        "conflicts": float(conflicted.mean()) if n else 0.0,
        "abstained": int(n - covered.sum()),
        "label_counts": counts,
    }
    if gold is not None:
        g = _gold_array(gold, n)
        has = g != -1
        pred = np.array([VOTE_INDEX[x] if x is not None else -1 for x in labels], dtype=np.int64)
        hit = has & covered & (pred == g)
        n_gold, n_cov = int(has.sum()), int((has & covered).sum())
        out.update(
            gold_rows=n_gold,
            gold_covered=n_cov,
            gold_coverage=(n_cov / n_gold) if n_gold else None,
            accuracy_covered=(int(hit.sum()) / n_cov) if n_cov else None,
            accuracy_all=(int(hit.sum()) / n_gold) if n_gold else None,
            correct=int(hit.sum()),
        )
        per = {}
        for lab in STANCES:
            k = VOTE_INDEX[lab]
            tp = int((hit & (g == k)).sum())
            predicted = int((has & (pred == k)).sum())
            actual = int((g == k).sum())
            per[lab] = {"precision": tp / predicted if predicted else None, "recall": tp / actual if actual else None,
                        "predicted": predicted, "gold": actual}
        out["per_label"] = per
    return out


def uncertain(records: Sequence[dict], L: np.ndarray, n: int) -> list[dict]:
    """The ``n`` records where the rules abstain (no label) or conflict (votes for different labels).

    Order: conflicts first, then rows with more votes first, then input order (deterministic). Rows the
    rules label without conflict, and rows whose only votes are off-topic, are not uncertain.
    """
    L = np.asarray(L)
    if len(records) != L.shape[0]:
        raise ValueError(f"{len(records)} records for {L.shape[0]} label-matrix rows")
    labels = vote(L)
    picked = []
    for i, (row, lab) in enumerate(zip(L, labels)):
        votes = row[row >= 0]
        distinct = set(votes.tolist())
        conflict = len(distinct) > 1
        if lab is None or conflict:
            picked.append((0 if conflict else 1, -len(votes), i))
    picked.sort()
    return [records[i] for _, _, i in picked[:max(0, n)]]


def format_report(rows: list[dict], overall: dict) -> str:
    """The per-rule table and the overall lines as plain aligned text."""
    from stance.report import table

    with_gold = bool(rows) and "correct" in rows[0]
    head = ["rule", "polarity", "coverage", "overlaps", "conflicts"] + (["correct", "incorrect", "emp_acc"] if with_gold else [])
    body = []
    for r in rows:
        line = [r["name"], ",".join(r["polarity"]) or "-", r["coverage"], r["overlaps"], r["conflicts"]]
        if with_gold:
            line += [r["correct"], r["incorrect"], _fraction(r["emp_acc"])]
        body.append(line)
    return table(head, body, align="ll" + "r" * (len(head) - 2)) + "\n\n" + "\n".join(_overall_lines(overall)) + "\n"


def _fraction(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _overall_lines(o: dict) -> list[str]:
    out = [f"statements: {o['rows']}  rules: {o['rules']}",
           f"coverage: {o['coverage']:.3f} ({o['covered']} of {o['rows']} labeled by the rule vote; "
           f"{o['abstained']} abstain or tie)",
           f"any rule fired: {o['any_vote']:.3f}  conflicting rows: {o['conflicts']:.3f}",
           "vote labels: " + ", ".join(f"{k} {v}" for k, v in o["label_counts"].items())]
    if "gold_rows" in o:
        pct = _fraction
        out.append(f"gold rows: {o['gold_rows']}  covered: {o['gold_covered']} ({pct(o['gold_coverage'])})")
        out.append(f"vote accuracy vs gold: {pct(o['accuracy_covered'])} on covered rows, "
                   f"{pct(o['accuracy_all'])} on all gold rows (abstain = wrong)")
        for lab, d in o.get("per_label", {}).items():
            out.append(f"  {lab:<12} precision {pct(d['precision'])}  recall {pct(d['recall'])}  "
                       f"(predicted {d['predicted']}, gold {d['gold']})")
    return out
