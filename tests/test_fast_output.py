"""The fast prediction path: the fused scorer gives FastScorer's answers, and JSON Lines out is plain JSON."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from stance.cli import app

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    out = tmp_path_factory.mktemp("m") / "model"
    assert run("train", TINY, "--out", out, "--test-size", "0").exit_code == 0
    return out


def test_the_fused_scorer_gives_the_fast_scorers_probabilities(model):
    from stance.fast_scorer import CHUNK_CHARS, FusedScorer
    from stance.modelfile import load_scorer
    from stance.prediction import Predictor

    fast, _ = load_scorer(model)
    texts = [json.loads(x)["text"] for x in TINY.read_text().splitlines()] * 40  # more than one chunk
    texts += ["Ça ne se négociera jamais !", "是否谈判?", "🙂 talks, talks, talks", "a", "x" * 5000, "no   spaces\there"]
    assert sum(map(len, texts)) > 2 * CHUNK_CHARS
    fused = FusedScorer.from_fast(fast)
    np.testing.assert_allclose(fused.predict_proba(texts), fast.predict_proba(texts), rtol=0, atol=1e-12)
    assert isinstance(Predictor.load(model).scorer, FusedScorer)


def test_jsonl_output_is_json_with_every_input_column_kept(model, tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"text": "We are ready to talk.", "id": 2 ** 70, "speaker": "Zoë «quoted»", "n": None},
            {"text": "Never.", "id": 1, "tags": ["a", "b"], "nested": {"x": 1.5}}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for fmt in ("jsonl", "json"):
        r = run("predict", "-m", model, "--input", src, "--format", fmt, "--batch-size", "1")
        assert r.exit_code == 0, r.output
        got = [json.loads(x) for x in r.stdout.splitlines()] if fmt == "jsonl" else json.loads(r.stdout)
        assert [g["id"] for g in got] == [2 ** 70, 1]
        assert got[0]["speaker"] == "Zoë «quoted»" and got[0]["n"] is None and got[1]["nested"] == {"x": 1.5}
        assert abs(sum(got[0]["probabilities"].values()) - 1) < 1e-9


def test_jsonl_written_to_a_file_is_complete(model, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("".join(f"Talk number {i}, only if they stop.\n" for i in range(2500)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("predict", "-m", model, "--input", src, "--format", "jsonl", "--output", out)
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2500 and json.loads(lines[-1])["text"] == "Talk number 2499, only if they stop."
