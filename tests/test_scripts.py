"""The benchmark and report scripts, in their --quick modes, so they never rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEMEVAL = ROOT.parent / "shared" / "benchmarks" / "semeval2016-stance"


def run_script(name, *args):
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / name), *map(str, args)], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    return r


def test_corpus_report_quick_prints_topic_and_author_hold_outs_and_the_learning_curve(tmp_path):
    out = tmp_path / "report.json"
    r = run_script("corpus_report.py", "--quick", "--out", out)
    assert "leave-one-topic-out (mean)" in r.stdout and "stratified 20% split" in r.stdout
    res = json.loads(out.read_text())
    for key in ("model", "rules", "rule_trained", "majority"):
        assert res["split"][key]["macro_f1"] >= 0
    assert res["leave_one_topic_out"]["mean_macro_f1"]["model"] is not None
    assert res["leave_one_author_out"]["mean_macro_f1"]["model"] is not None
    assert "leave-one-author-out (mean)" in r.stdout
    assert [c["fraction"] for c in res["learning_curve"]] == [0.125, 0.25, 0.5, 1.0]
    assert res["learning_curve"][0]["rows"] < res["learning_curve"][-1]["rows"]


def test_speed_benchmark_quick_writes_a_table_and_json(tmp_path):
    out = tmp_path / "speed.json"
    r = run_script("bench_speed.py", "--quick", "--out", out)
    res = json.loads(out.read_text())
    row = res["sizes"]["2000"]["stance_hashed"]
    assert row["cli_throughput"] > 0 and row["train_peak_rss_mb"] > 0
    assert res["startup"]["help_s"] > 0
    assert "| statements |" in r.stdout and out.with_suffix(".md").exists()


@pytest.mark.skipif(not SEMEVAL.exists(), reason="the SemEval folder of ../shared is not here")
def test_semeval_benchmark_quick_scores_one_target(tmp_path):
    out = tmp_path / "semeval.json"
    r = run_script("bench_semeval.py", SEMEVAL, "--quick", "--out", out)
    res = json.loads(out.read_text())
    assert 0 < res["pooled_f_avg"] <= 100
    lo, hi = res["pooled_bootstrap"]["ci95"]
    assert lo <= res["pooled_f_avg"] <= hi
    # The setting is chosen by cross-validation on train + validation, never by the test split.
    assert "CV" in res["selection"] and res["chosen"] in res["candidates"]
    assert "Published" in r.stdout
    # Nothing of the data set is written inside the repository.
    assert not list(ROOT.rglob("*_text.txt"))


def test_load_benchmark_quick_compares_joblib_and_skops(tmp_path):
    out = tmp_path / "load.json"
    run_script("bench_load.py", "--quick", "--out", out)
    formats = {(r["features"], r["format"]) for r in json.loads(out.read_text())["rows"]}
    assert {("tfidf", "joblib"), ("tfidf", "skops"), ("hashed", "skops")} <= formats


def test_pipe_soak_answers_every_extracted_statement_once_in_order(tmp_path):
    model = tmp_path / "m"
    subprocess.run([sys.executable, "-m", "stance", "train", str(ROOT / "tests" / "data" / "tiny.jsonl"), "--out",
                    str(model), "--test-size", "0"], check=True, capture_output=True)
    out = tmp_path / "pipe.json"
    run_script("bench_pipe.py", "--model", model, "--sizes", "20", "--out", out)
    run = json.loads(out.read_text())["runs"]["20"]
    assert run["statements"] == run["answers"] > 20 and run["each_answered_once_in_order"]
    assert run["every_answer_has_its_speaker"] and run["peak_mb_predict"] > 0


def test_feature_benchmark_measures_the_package_pipelines():
    """scripts/bench_features.py has no block code of its own: it measures `stance train --blocks`'s pipelines."""
    import importlib.util

    from conftest import TINY_ROWS

    spec = importlib.util.spec_from_file_location("bench_features", ROOT / "scripts" / "bench_features.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert not hasattr(bench, "mark_scope")
    m = bench.model(("scope", "rules")).fit([r["text"] for r in TINY_ROWS], [r["label"] for r in TINY_ROWS])
    assert [name for name, _ in m.named_steps["features"].transformer_list] == ["ngrams", "rules"]
    assert len(m.predict(["We will not talk until they leave."])) == 1
