"""stance.training: the split phase, and what a trained model directory records about its rows."""

from __future__ import annotations

import json

import pytest

from conftest import TINY, TINY_ROWS
from stance.corpus import read_labeled
from stance.errors import DataError
from stance.training import TrainOptions, split_rows, train


def _with_groups(tmp_path):
    rows = [{**r, "group": f"g{i // 3}" if i < 12 else None} for i, r in enumerate(TINY_ROWS)]
    path = tmp_path / "g.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return read_labeled(path)


def test_the_held_out_split_keeps_contrast_groups_whole_and_says_so(tmp_path):
    data = _with_groups(tmp_path)
    split = split_rows(data, TrainOptions(test_size=0.3), seed=0)
    test_texts = set(split.test_texts)
    train_groups = {split.groups[i] for i in split.train_idx}
    test_groups = {g for g, t in zip(split.groups, data.texts) if t in test_texts}
    assert not train_groups & test_groups
    assert "contrast groups kept whole" in split.description


def test_a_test_size_of_zero_trains_on_every_row(tmp_path):
    split = split_rows(read_labeled(TINY), TrainOptions(test_size=0), seed=0)
    assert split.train_idx == list(range(30)) and split.test_texts == [] and split.description.startswith("none")


def test_too_many_folds_for_the_rows_of_a_label_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="20-fold cross-validation needs at least 20 examples of each label"):
        train(str(TINY), tmp_path / "m", options=TrainOptions(cv=20))


def test_the_model_records_the_rows_it_was_measured_with_and_refit_on(model_dir):
    meta = json.loads((model_dir / "metadata.json").read_text())
    data = meta["training_data"]
    assert data["refit_on_all_rows"] and data["train_rows"] == 30 and data["test_rows"] == 9
    assert data["measured_with_train_rows"] == 21
    assert sum(data["train_rows_per_label"].values()) == 30
    assert set(meta["metrics"]) <= {"split_description", "test", "baselines", "calibration", "cv", "leave_one_group_out"}
