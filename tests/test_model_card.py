"""stance.model_card: the README.md of a model directory, from its metadata."""

from __future__ import annotations

from stance.model_card import model_card

META = {
    "name": "m", "labels": ["supportive", "opposed"], "created": "2025-01-01",
    "config": {"classifier": "logreg", "features": "hashed", "word_ngram": [1, 2], "char_ngram": [2, 5]},
    "training_data": {"path": "d.jsonl", "sha256": "abc", "train_rows": 10, "measured_with_train_rows": 8,
                      "test_rows": 2, "split": "a split", "refit_on_all_rows": True, "rows_per_label": {"opposed": 5}},
    "metrics": {"split_description": "a split",
                "test": {"n": 2, "accuracy": 0.5, "macro_f1": 0.4,
                         "per_label": {"opposed": {"precision": 1.0, "recall": 0.5, "f1": 0.667, "support": 2}}},
                "baselines": {"majority": {"accuracy": 0.5, "macro_f1": 0.333}, "rules": None}},
}


def test_the_card_says_what_the_saved_model_was_trained_on_and_how_it_was_measured():
    card = model_card(META)
    assert card.startswith("# Model card: m")
    assert "(supportive, opposed)" in card
    assert "trained on every row: 10, refit after measuring" in card and "trained on 8 rows" in card
    assert "- a split: accuracy 0.500, macro-F1 0.400 on 2 statements" in card
    assert "| opposed | 1.000 | 0.500 | 0.667 | 2 |" in card
    assert "Baseline majority" in card and "Baseline rules" not in card


def test_a_card_without_metrics_still_has_its_sections():
    card = model_card({"labels": []})
    for section in ("## Intended use", "## Data", "## Model", "## Metrics", "## Limitations"):
        assert section in card
