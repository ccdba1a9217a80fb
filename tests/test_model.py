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


@pytest.mark.parametrize("features", ["hashed", "tfidf"])
@pytest.mark.parametrize("blocks", [(), ("rules",), ("scope", "rules")])
def test_the_search_grid_names_real_parameters_with_or_without_blocks(features, blocks):
    from stance.model import _chosen_config, _param_grid, build_pipeline

    cfg = ModelConfig(features=features, blocks=blocks)
    pipe = build_pipeline(cfg)
    for grid in _param_grid(cfg):
        pipe.set_params(**{k: v[-1] for k, v in grid.items()})  # an unknown name raises
        chosen = _chosen_config(cfg, {k: v[-1] for k, v in grid.items()})
        min_df = next(v[-1] for k, v in grid.items() if k.endswith("min_df"))
        assert (chosen.word_ngram, chosen.char_ngram, chosen.min_df, chosen.C) == ((1, 3), (3, 6), min_df, 16.0)
        assert chosen.blocks == blocks


def test_blocks_round_trip_and_are_checked():
    cfg = ModelConfig(blocks=("rules", "scope")).validate()
    assert cfg.blocks == ("scope", "rules") and cfg.as_dict()["blocks"] == ["scope", "rules"]
    assert ModelConfig.from_dict(cfg.as_dict()) == cfg
    assert ModelConfig.from_dict({"classifier": "logreg"}).blocks == ()  # a model from before blocks
    with pytest.raises(UsageError, match="unknown feature block 'bert'"):
        ModelConfig(blocks=("bert",)).validate()
