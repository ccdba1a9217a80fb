"""stance.model: the config that decides a model, and its checks."""

from __future__ import annotations

import pytest

from stance.errors import UsageError
from stance.model import ModelConfig


def test_a_config_round_trips_through_its_dict_form():
    cfg = ModelConfig(classifier="svm", word_ngram=(1, 3), C=0.5, seed=7)
    d = cfg.as_dict()
    assert d["word_ngram"] == [1, 3]
    assert ModelConfig.from_dict({**d, "unknown_key": 1}) == cfg


@pytest.mark.parametrize("change, fragment", [
    ({"classifier": "bert"}, "unknown classifier 'bert'"),
    ({"features": "bag"}, "unknown features 'bag'"),
    ({"char_ngram": (5, 2)}, "bad char n-gram range 5-2"),
    ({"C": 0}, "C and alpha must be positive"),
    ({"class_weight": "heavy"}, "class weight must be balanced or none"),
    ({"min_df": 0}, "min_df must be at least 1"),
])
def test_a_bad_config_is_refused_with_what_is_wrong(change, fragment):
    with pytest.raises(UsageError, match=fragment):
        ModelConfig(**change).validate()
