"""stance.blocks: `stance train --blocks`, recorded in the model, honoured by predict and evaluate, fast or not.

A blocks model is trained once on TINY (scope and rules, with CV and leave-one-topic-out so every measuring path
runs with blocks). The minilm block runs here with a stand-in embedder (the `embed` extra is not installed in CI;
tests/test_embed.py runs the real one where it is), and its absence is simulated by hiding onnxruntime.
"""

from __future__ import annotations

import json
import shutil
import sys

import numpy as np
import pytest
from conftest import TINY, run, train_tiny

from stance.blocks import check_recorded, describe, mark_scope, parse_blocks
from stance.errors import ModelError, UsageError

TEXTS = ["We will not talk until the shelling stops.", "We are ready to negotiate, but only if they withdraw.",
         "Never with them.", "Talks now would be a trap.", "We welcome the talks.", "", "🕊️ peace"]


@pytest.fixture(scope="module")
def blocks_model(tmp_path_factory):
    return train_tiny(tmp_path_factory.mktemp("models") / "blocks", "--blocks", "scope,rules", "--test-size", "0.3",
                      "--cv", "2", "--group-column", "topic", "--n-jobs", "1")


def _meta(model):
    return json.loads((model / "metadata.json").read_text())


def _one_error_line(r, fragment):
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    lines = [x for x in r.stderr.splitlines() if x.startswith("error:")]
    assert len(lines) == 1 and fragment in lines[0], r.stderr


def test_blocks_are_parsed_in_one_order_and_unknown_names_are_refused():
    assert parse_blocks("rules, Scope,rules") == ("scope", "rules")
    assert parse_blocks("") == parse_blocks(None) == parse_blocks("none") == ()
    with pytest.raises(UsageError, match="unknown feature block 'ngrams'; choose from scope, rules, minilm"):
        parse_blocks("scope,ngrams")


def test_scope_marking_repeats_the_words_a_negation_or_condition_governs():
    assert mark_scope("We will not talk until they leave.").endswith("| neg_talk neg_until neg_they neg_leave")
    assert "cond_the cond_shelling cond_stops" in mark_scope("Only if the shelling stops.")
    assert mark_scope("We welcome the talks.") == "We welcome the talks."


def test_a_blocks_model_records_its_blocks_measures_and_predicts(blocks_model):
    from stance.rules import RULE_NAMES

    meta = _meta(blocks_model)
    assert meta["config"]["blocks"] == ["scope", "rules"]
    assert meta["blocks"]["rules"]["rule_names"] == list(RULE_NAMES) and meta["blocks"]["scope"]["version"] == 1
    assert meta["fast_file"] == "fast.npz" and meta["hash_scheme"] == 3
    metrics = json.loads((blocks_model / "metrics.json").read_text())
    assert {"test", "cv", "leave_one_group_out", "calibration"} <= set(metrics)
    assert "Feature blocks beside the n-grams: scope" in (blocks_model / "README.md").read_text()
    r = run("predict", "-m", blocks_model, "--format", "jsonl", *TEXTS[:5])
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == 5
    r = run("evaluate", blocks_model, TINY)
    assert r.exit_code == 0 and "macro-F1" in r.stdout


def test_the_fast_scorer_applies_the_blocks_exactly(blocks_model):
    from stance.evaluate import softmax
    from stance.fast_scorer import FastScorer, FusedScorer
    from stance.modelfile import load_model, load_scorer

    fast, meta = load_scorer(blocks_model)
    assert isinstance(fast, FastScorer) and fast.blocks == ("scope", "rules")
    pipe = load_model(blocks_model).pipeline
    want = softmax(pipe.decision_function(TEXTS), meta["temperature"])
    np.testing.assert_allclose(fast.predict_proba(TEXTS), want, atol=1e-10)
    np.testing.assert_allclose(FusedScorer.from_fast(fast).predict_proba(TEXTS), want, atol=1e-10)
    # Each block's columns count: without them the same arrays would answer otherwise.
    for scope, rules in ((False, fast.rules_coef), (True, None)):
        partial = FastScorer(fast.features, fast.coef, fast.intercept, fast.kind, fast.temperature, scope=scope,
                             rules_coef=rules)
        assert np.abs(partial.predict_proba(TEXTS) - want).max() > 1e-3


def test_explanations_name_the_rules_and_the_scope_words(blocks_model):
    r = run("predict", "-m", blocks_model, "--explain", "--top", "40", "--format", "jsonl", TEXTS[0], TEXTS[3])
    assert r.exit_code == 0, r.output
    grams = [e["ngram"] for line in r.stdout.splitlines() for e in json.loads(line)["explanation"]]
    assert any(g.startswith("neg_") for g in grams) and any(g.startswith("[rule ") for g in grams), grams


def test_a_tfidf_model_with_blocks_predicts_through_its_pipeline(tmp_path):
    model = train_tiny(tmp_path / "m", "--features", "tfidf", "--blocks", "rules,scope", "--n-jobs", "1")
    meta = _meta(model)
    assert "fast_file" not in meta and meta["config"]["blocks"] == ["scope", "rules"]
    r = run("predict", "-m", model, "--explain", "--top", "40", "--format", "jsonl", TEXTS[3])
    assert r.exit_code == 0, r.output
    assert any(e["ngram"].startswith("[rule ") for e in json.loads(r.stdout)["explanation"])


def test_an_unknown_block_is_one_line_naming_the_valid_ones(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "m", "--blocks", "scope,bert")
    _one_error_line(r, "unknown feature block 'bert'; choose from scope, rules, minilm")
    assert not (tmp_path / "m").exists()


def test_out_of_core_training_refuses_blocks(tmp_path):
    r = run("train", TINY, "--out", tmp_path / "m", "--out-of-core", "--blocks", "scope")
    _one_error_line(r, "--blocks needs every row in memory")


@pytest.fixture
def no_onnxruntime(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if the embed extra were not installed


def test_minilm_without_the_extra_fails_before_any_training_work(tmp_path, no_onnxruntime):
    r = run("train", tmp_path / "not-read.jsonl", "--out", tmp_path / "m", "--blocks", "scope,minilm")
    _one_error_line(r, "--blocks minilm needs onnxruntime, which is not installed: pip install 'stance[embed]'")


def test_a_minilm_model_without_the_extra_is_one_line_before_any_input(blocks_model, tmp_path, no_onnxruntime):
    model = tmp_path / "minilm"
    shutil.copytree(blocks_model, model)
    meta = _meta(model)
    meta["config"]["blocks"] = ["minilm"]
    (model / "metadata.json").write_text(json.dumps(meta))
    for args in (["predict", "-m", model, "Talks now."], ["evaluate", model, TINY]):
        _one_error_line(run(*args), "minilm feature block needs onnxruntime, which is not installed: "
                                    "pip install 'stance[embed]'")


# --- minilm, with a stand-in for onnxruntime ---------------------------------------------------------------------


class StandInEmbedder:
    """Unit vectors from each text's hash: what stance.embed.Embedder gives, without the model."""

    texts_embedded = 0

    def __init__(self, batch_size=64, threads=0):
        pass

    def embed(self, texts):
        import hashlib

        from stance.embed import DIM

        StandInEmbedder.texts_embedded += len(texts)
        rows = [np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)).standard_normal(DIM)
                for t in texts]
        E = np.array(rows, dtype=np.float32).reshape(len(texts), DIM)
        return E / np.linalg.norm(E, axis=1, keepdims=True)


@pytest.fixture
def stand_in_minilm(monkeypatch):
    import stance.embed as se

    monkeypatch.setattr(se, "require_embed", lambda purpose="": None)
    monkeypatch.setattr(se, "Embedder", StandInEmbedder)
    monkeypatch.setattr(se, "_MEMO", {})
    StandInEmbedder.texts_embedded = 0


def test_a_model_made_with_other_rules_or_another_minilm_file_is_refused(blocks_model, stand_in_minilm):
    meta = _meta(blocks_model)
    meta["blocks"]["rules"]["rule_names"] = meta["blocks"]["rules"]["rule_names"][:-1]
    with pytest.raises(ModelError, match="trained with other labeling rules"):
        check_recorded(meta, blocks_model)
    other = {"config": {"blocks": ["minilm"]}, "blocks": describe(("minilm",))}
    check_recorded(other, blocks_model)
    other["blocks"]["minilm"]["onnx_sha256"] = "0" * 64
    with pytest.raises(ModelError, match="another MiniLM model"):
        check_recorded(other, blocks_model)


def test_a_minilm_model_records_the_embedding_and_predicts_through_its_pipeline(tmp_path, stand_in_minilm):
    import stance.embed as se
    from stance.blocks import column_names, layout
    from stance.evaluate import softmax
    from stance.modelfile import load_model, load_scorer

    model = train_tiny(tmp_path / "m", "--blocks", "minilm,rules", "--test-size", "0.3", "--n-jobs", "1")
    assert StandInEmbedder.texts_embedded == 30  # each text once: fit, held-out, calibration folds and refit
    meta = _meta(model)
    assert meta["config"]["blocks"] == ["rules", "minilm"] and "fast_file" not in meta
    assert {k: meta["blocks"]["minilm"][k] for k in ("model_id", "onnx_sha256", "tokenizer_sha256", "dim")} == {
        "model_id": se.MODEL_ID, "onnx_sha256": se.ONNX_SHA256, "tokenizer_sha256": se.TOKENIZER_SHA256, "dim": 384}
    scorer, _ = load_scorer(model)
    pipe = load_model(model).pipeline
    np.testing.assert_allclose(scorer.predict_proba(TEXTS), softmax(pipe.decision_function(TEXTS),
                                                                    meta["temperature"]), atol=1e-12)
    features = pipe.named_steps["features"]
    width = features.transform(TEXTS[:1]).shape[1]
    names = column_names(layout(features), TEXTS[3], [width - 385, width - 384, width - 1])
    assert names[0].startswith("[rule ") and names[1:] == ["[MiniLM embedding]"] * 2
    r = run("predict", "-m", model, "--explain", "--format", "jsonl", TEXTS[3])
    assert r.exit_code == 0, r.output
