"""stance.prediction: answers from any scorer, the --no-gate renormalisation, CSV rows and per-speaker summaries."""

from __future__ import annotations

import numpy as np

from stance.prediction import Predictor, flatten, predict_records, summarise_by


class FixedScorer:
    """A scorer that gives the same probabilities to every text."""

    def __init__(self, row):
        self.row = row

    def predict_proba(self, texts):
        return np.array([self.row] * len(texts))


LABELS = ["supportive", "conditional", "opposed", "none"]


def test_an_answer_is_the_most_probable_label_or_uncertain_below_the_floor():
    p = Predictor(FixedScorer([0.5, 0.2, 0.2, 0.1]), LABELS)
    assert p.predict(["a"])[0]["label"] == "supportive"
    assert Predictor(FixedScorer([0.5, 0.2, 0.2, 0.1]), LABELS, min_confidence=0.6).predict(["a"])[0]["label"] == "uncertain"


def test_no_gate_drops_none_and_renormalises_the_stances():
    row = Predictor(FixedScorer([0.1, 0.1, 0.2, 0.6]), LABELS, gate=False).predict(["a"])[0]
    assert row["label"] == "opposed"
    assert set(row["probabilities"]) == set(LABELS[:3]) and abs(sum(row["probabilities"].values()) - 1) < 1e-12
    assert abs(row["probabilities"]["opposed"] - 0.5) < 1e-12


def test_records_keep_their_columns_and_a_clashing_label_column_is_renamed():
    p = Predictor(FixedScorer([0.7, 0.1, 0.1, 0.1]), LABELS)
    (row,) = predict_records(p, [{"text": "a", "label": "gold", "speaker": "X"}], threads=1)
    assert row["input_label"] == "gold" and row["label"] == "supportive" and row["speaker"] == "X"


def test_flatten_gives_one_probability_column_per_label():
    flat = flatten({"label": "opposed", "probabilities": {"opposed": 0.25, "none": 0.75}}, ["opposed", "none"])
    assert flat == {"label": "opposed", "p_opposed": 0.25, "p_none": 0.75}


def test_summarise_by_speaker_counts_answers_and_weighs_probabilities():
    rows = [{"speaker": "A", "label": "opposed", "probabilities": {"opposed": 0.9, "none": 0.1}},
            {"speaker": "A", "label": "none", "probabilities": {"opposed": 0.4, "none": 0.6}},
            {"speaker": None, "label": "none", "probabilities": {"opposed": 0.1, "none": 0.9}}]
    a, unknown = summarise_by(rows, "speaker", ["opposed", "none"])
    assert a["statements"] == 2 and a["counts"] == {"opposed": 1, "none": 1}
    assert a["stance"] == "opposed" and a["confidence"] == 0.65
    assert unknown["speaker"] == "(speaker not given)"


def test_explain_works_for_a_two_label_model_through_its_fast_scorer(tmp_path):
    """A binary logistic regression's fast.npz has one column of weights (the old explanation indexed a second)."""
    import json

    from conftest import TINY_ROWS, run

    data = tmp_path / "two.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in TINY_ROWS if r["label"].lower() != "conditional"))
    model = tmp_path / "m"
    assert run("train", data, "--out", model, "--n-jobs", "1").exit_code == 0
    assert (model / "fast.npz").exists()
    r = run("predict", "-m", model, "--explain", "--format", "jsonl", "Talks now would be a trap.")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert row["label"] == "opposed" and row["explanation"][0]["weight"] > 0
