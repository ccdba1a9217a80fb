"""stance.evaluate: scores, baselines and the splits every hold-out is made of (calibration: test_calibration.py)."""

from __future__ import annotations

import numpy as np

from stance.evaluate import (NO_ANSWER, contrast_groups, group_splits, held_out_split, majority_baseline, misclassified,
                             rules_baseline, scores)

LABELS = ["supportive", "conditional", "opposed"]


def test_scores_count_a_missing_answer_as_an_error_in_its_own_confusion_column():
    s = scores(["supportive", "opposed"], ["supportive", NO_ANSWER], LABELS)
    assert s["accuracy"] == 0.5 and s["n"] == 2
    assert s["confusion"]["labels"] == LABELS + [NO_ANSWER]
    assert s["confusion"]["matrix"][2][3] == 1


def test_the_majority_baseline_always_answers_the_most_frequent_training_label():
    b = majority_baseline(["opposed", "opposed", "supportive"], ["supportive", "opposed"], LABELS)
    assert b["predicts"] == "opposed" and b["accuracy"] == 0.5


def test_the_rules_baseline_reports_coverage_and_stays_out_of_other_label_sets():
    b = rules_baseline(["We welcome the talks.", "The weather is fine."], ["supportive", "opposed"], LABELS)
    assert b["coverage"] == 0.5 and b["accuracy_on_covered"] == 1.0
    assert rules_baseline(["x"], ["favor"], ["favor", "against"]) is None


def test_group_splits_hold_out_each_group_once_in_sorted_order():
    keys = ["b", "a", "b", None, "a"]
    assert group_splits(keys) == [("a", [0, 2, 3], [1, 4]), ("b", [1, 3, 4], [0, 2])]
    assert group_splits(keys, rows=[0, 1, 2], held_out=[0]) == [("b", [1], [0, 2])]


def test_contrast_groups_keep_a_group_on_one_side_of_the_held_out_split():
    groups = contrast_groups(["g1", "g1", "g1", None, None, "g2", "g2", "g2", None, None] * 2)
    assert contrast_groups([None, ""]) is None
    y = [0, 1, 2, 0, 1] * 4
    train, test = held_out_split(y, 0.25, 0, groups)
    assert not {groups[i] for i in train} & {groups[i] for i in test}
    assert sorted(train + test) == list(range(20))


def test_misclassified_lists_only_errors_most_confident_first_with_their_columns():
    proba = np.array([[0.9, 0.1], [0.4, 0.6], [0.2, 0.8]])
    rows = misclassified(["a", "b", "c"], [0, 0, 0], proba, ["x", "y"], {"speaker": ["s1", None, "s3"]})
    assert [r["text"] for r in rows] == ["c", "b"]
    assert rows[0] == {"text": "c", "label": "x", "predicted": "y", "confidence": 0.8, "speaker": "s3"}
