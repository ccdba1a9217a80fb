"""stance.labels: how user spellings map onto labels, and which order pins the label ids."""

from __future__ import annotations

from stance.labels import STANCES, label_order, normalise_label


def test_labels_are_case_folded_trimmed_and_hyphenated():
    assert normalise_label(" Supportive ") == "supportive"
    assert normalise_label("No_Position") == normalise_label("no position") == "no-position"


def test_the_three_stances_keep_the_guide_order_whatever_order_the_data_has():
    assert label_order({"opposed", "supportive", "conditional"}) == list(STANCES)
    assert label_order({"opposed", "supportive"}) == ["supportive", "opposed"]


def test_other_label_sets_are_sorted_and_a_declaration_wins():
    assert label_order({"favor", "against", "none"}) == ["against", "favor", "none"]
    assert label_order({"a", "b"}, declared=("B", "A")) == ["b", "a"]
