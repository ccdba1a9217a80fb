"""Calibration: expected calibration error on a planted example, a fitted temperature, and its use at prediction."""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import TINY, run
from stance.evaluate import calibration, confidence_table, fit_temperature, softmax


def test_ece_is_the_weighted_gap_between_confidence_and_accuracy_per_bin():
    # 4 answers at confidence 0.9, 3 of them right (gap 0.15); 6 answers at 0.6, all right (gap 0.4)
    proba = np.array([[0.9, 0.1]] * 4 + [[0.6, 0.4]] * 6)
    y = [0, 0, 0, 1] + [0] * 6
    cal = calibration(proba, y)
    assert cal["ece"] == pytest.approx(0.4 * 0.15 + 0.6 * 0.4)
    assert [b["n"] for b in cal["bins"]] == [6, 4]


def test_a_perfectly_calibrated_model_has_zero_ece():
    proba = np.array([[0.75, 0.25]] * 4)
    assert calibration(proba, [0, 0, 0, 1])["ece"] == pytest.approx(0.0)


def test_min_confidence_table_gives_coverage_and_accuracy():
    proba = np.array([[0.95, 0.05], [0.65, 0.35], [0.55, 0.45], [0.9, 0.1]])
    rows = {r["min_confidence"]: r for r in confidence_table(proba, [0, 1, 0, 0], floors=(0.6, 0.9))}
    assert rows[0.6] == {"min_confidence": 0.6, "coverage": 0.75, "accuracy": round(2 / 3, 4)}
    assert rows[0.9]["coverage"] == 0.5 and rows[0.9]["accuracy"] == 1.0


def test_temperature_sharpens_an_underconfident_model_and_softens_an_overconfident_one():
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 2, (5000, 3))
    p = softmax(logits)
    y = np.array([rng.choice(3, p=row) for row in p])  # the truth is drawn from softmax(logits): calibrated
    assert 0.85 < fit_temperature(logits, y) < 1.15
    assert fit_temperature(logits * 0.5, y) < 0.7   # shrunken logits: underconfident, T < 1
    assert fit_temperature(logits * 2.0, y) > 1.5   # stretched logits: overconfident, T > 1
    t = fit_temperature(logits * 2.0, y)
    assert calibration(softmax(logits * 2.0, t), y)["ece"] < calibration(softmax(logits * 2.0), y)["ece"]


def test_training_records_a_temperature_that_prediction_applies(tmp_path):
    out = tmp_path / "m"
    r = run("train", str(TINY), "--out", str(out), "--test-size", "0.3")
    assert r.exit_code == 0, r.output
    meta = json.loads((out / "metadata.json").read_text())
    t = meta["temperature"]
    assert t > 0 and "before" in meta["metrics"]["calibration"] and (out / "reliability_diagram.png").exists()
    from stance.fast_scorer import FastScorer

    scorer = FastScorer.load(out / "fast.npz")
    assert scorer.temperature == pytest.approx(t)
    d = scorer.decision(["We will talk, but only if the shelling stops."])
    assert np.allclose(scorer.predict_proba(["We will talk, but only if the shelling stops."]), softmax(d, t))
