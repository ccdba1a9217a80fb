"""The fast prediction path: the fused scorer gives FastScorer's answers, and JSON Lines out is plain JSON."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
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


def _numpy_and_compiled(model, texts):
    from stance.fast_scorer import FusedScorer
    from stance.modelfile import load_scorer

    fast, _ = load_scorer(model)
    numpy_path, compiled = FusedScorer.from_fast(fast), FusedScorer.from_fast(fast)
    numpy_path.compiled = False
    return numpy_path.decision(texts), compiled.decision(texts)


def test_the_compiled_scorer_is_built_where_a_c_compiler_is_at_hand():
    import shutil
    import sysconfig

    from stance import fast_scorer

    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}): stance installs without stance/_fastscore.c")
    assert fast_scorer._fastscore is not None, "stance/_fastscore.c was not built: reinstall with `pip install -e .`"


def test_the_compiled_scorer_gives_the_numpy_paths_decisions(model):
    texts = [json.loads(x)["text"] for x in TINY.read_text().splitlines()] * 3
    texts += ["Ça ne se négociera jamais !", "是否谈判?", "a", "", "   ", "!?!", "snake_case_word and Ünïcode",
              "x" * 5000, "no   spaces\there", "«Nous refusons»—dit-il", "ΕΛΛΗΝΙΚΆ Σ", "ſtraße İstanbul"]
    want, got = _numpy_and_compiled(model, texts)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)


def test_a_character_beyond_the_bmp_falls_back_to_the_numpy_path_with_the_same_answers(model):
    texts = ["We will talk 🙂 if they stop", "plain text", "𝐛𝐨𝐥𝐝 words and 🕊️"]
    want, got = _numpy_and_compiled(model, texts)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab _!?\t\néü—«»北") + ["\ud800", "Σ", "İ"]), max_size=40),
                min_size=1, max_size=6))
def test_the_compiled_scorer_agrees_with_the_numpy_path_on_any_text(model, texts):
    want, got = _numpy_and_compiled(model, texts)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)
