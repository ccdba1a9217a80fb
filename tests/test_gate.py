"""The relevance gate: a model trained with `none` answers it for statements with no position; --no-gate forces a stance."""

from __future__ import annotations

import json
import random

import pytest

from conftest import ROOT, run

CORPUS = ROOT / "data" / "statements.jsonl"
OFF_TOPIC = ["The first session starts at ten in the old palace; the press will be admitted for the first five minutes.",
             "Forty-one people were killed in the shelling overnight, the regional governor said.",
             "His approval rating has not moved since the summer."]
POSITION = "We will not sit down with them until every soldier has left our territory and they pay for the damage."


@pytest.fixture(scope="module")
def gated_model(tmp_path_factory):
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    rng = random.Random(0)
    sample = []
    for label in ("supportive", "conditional", "opposed", "none"):
        pool = [r for r in rows if r["label"] == label]
        sample += rng.sample(pool, 400)
    data = tmp_path_factory.mktemp("gate") / "d.jsonl"
    data.write_text("".join(json.dumps({"text": r["text"], "label": r["label"]}) + "\n" for r in sample))
    out = data.parent / "m"
    r = run("train", data, "--out", out, "--test-size", "0", "--labels", "supportive,conditional,opposed,none")
    assert r.exit_code == 0, r.output
    return out


def test_a_statement_with_no_position_gets_none(gated_model):
    r = run("predict", "-m", gated_model, "--format", "jsonl", *OFF_TOPIC)
    assert r.exit_code == 0, r.output
    answers = [json.loads(x)["label"] for x in r.stdout.splitlines()]
    assert answers.count("none") >= 2, answers


def test_a_statement_with_a_position_gets_a_stance(gated_model):
    r = run("predict", "-m", gated_model, "--format", "jsonl", POSITION)
    assert json.loads(r.stdout)["label"] in ("supportive", "conditional", "opposed")


def test_no_gate_forces_a_stance_with_probabilities_over_the_three_stances(gated_model):
    r = run("predict", "-m", gated_model, "--format", "jsonl", "--no-gate", *OFF_TOPIC)
    assert r.exit_code == 0, r.output
    for line in r.stdout.splitlines():
        row = json.loads(line)
        assert row["label"] in ("supportive", "conditional", "opposed")
        assert set(row["probabilities"]) == {"supportive", "conditional", "opposed"}
        assert abs(sum(row["probabilities"].values()) - 1) < 1e-9


def test_by_speaker_counts_none_answers(gated_model):
    lines = "".join(json.dumps({"text": t, "speaker": "A"}) + "\n" for t in OFF_TOPIC + [POSITION])
    r = run("predict", "-m", gated_model, "-", "--by", "speaker", "--format", "jsonl", input=lines)
    (group,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert group["statements"] == 4 and group["counts"].get("none", 0) >= 2
    assert set(group["probabilities"]) == {"supportive", "conditional", "opposed", "none"}


def test_evaluate_shows_none_beside_the_stances(gated_model, tmp_path):
    data = tmp_path / "e.jsonl"
    data.write_text("".join(json.dumps({"text": t, "label": "none"}) + "\n" for t in OFF_TOPIC)
                    + json.dumps({"text": POSITION, "label": "conditional"}) + "\n")
    r = run("evaluate", gated_model, data)
    assert r.exit_code == 0, r.output
    assert "none" in r.stdout
