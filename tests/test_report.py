"""stance.report: the one table helper and the one line per figure that the CLI, `info` and the card share."""

from __future__ import annotations

from stance.report import cv_line, floors_line, logo_line, summary_lines, table


def test_table_aligns_columns_under_a_rule_and_prints_floats_with_three_decimals():
    text = table(["name", "score"], [["a", 0.5], ["longer", 12]])
    assert text.splitlines() == ["name    score", "------  -----", "a       0.500", "longer     12"]


def test_cross_validation_and_leave_one_group_out_are_said_one_way():
    cv = {"folds": 5, "macro_f1": {"mean": 0.81234, "std": 0.02}, "accuracy": {"mean": 0.8, "std": 0.01},
          "per_fold_macro_f1": []}
    lo = {"group_column": "topic", "groups": {"a": {}, "b": {}}, "mean_macro_f1": {"mean": 0.7, "std": 0.1}}
    assert cv_line(cv) == "5-fold stratified CV: macro-F1 0.812 ± 0.020, accuracy 0.800 ± 0.010"
    assert logo_line(lo) == "leave-one-topic-out: mean macro-F1 0.700 ± 0.100 over 2 topics"
    assert summary_lines({"cv": cv, "leave_one_group_out": lo}) == [cv_line(cv), logo_line(lo)]


def test_confidence_floors_that_answer_nothing_are_left_out():
    floors = [{"min_confidence": 0.5, "coverage": 0.9, "accuracy": 0.8},
              {"min_confidence": 0.9, "coverage": 0.0, "accuracy": None}]
    assert floors_line(floors) == "--min-confidence 0.5: answers 90%, 0.800 accurate"
