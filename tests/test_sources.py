"""Data where it lives: hub datasets by name (offline, from the cache) and globs of Parquet or JSONL files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.cli import app

TINY = Path(__file__).parent / "data" / "tiny.jsonl"
ROWS = [json.loads(x) for x in TINY.read_text().splitlines()]
LABELS = ["supportive", "conditional", "opposed"]


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def assert_one_line_error(r, fragment):
    assert r.exit_code == 2, (r.exit_code, r.output)
    assert "Traceback" not in r.output
    errors = [x for x in r.stderr.splitlines() if x.startswith("error:")]
    assert len(errors) == 1 and fragment in errors[0], r.stderr


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """A dataset in the hub cache as `load_dataset("stance_hub_test", "news")` leaves it, made offline.

    HF_HUB_OFFLINE=1 and HF_DATASETS_OFFLINE=1 are set for the whole suite (conftest), so nothing is fetched:
    this is the cache a earlier online run would have left, with labels as a ClassLabel like tweet_eval's.
    """
    import datasets
    from datasets.packaged_modules.parquet.parquet import Parquet

    src = tmp_path_factory.mktemp("hubsrc")
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=LABELS)})
    norm = [{"text": r["text"], "label": LABELS.index(r["label"].strip().lower())} for r in ROWS]
    datasets.Dataset.from_list(norm * 3, features=features).to_parquet(str(src / "train.parquet"))
    datasets.Dataset.from_list(norm, features=features).to_parquet(str(src / "test.parquet"))
    builder = Parquet(dataset_name="stance_hub_test", config_name="news", features=features,
                      data_files={"train": str(src / "train.parquet"), "test": str(src / "test.parquet")},
                      hash="0123456789abcdef")
    builder.download_and_prepare()
    config_dir = Path(builder.cache_dir).parents[1]
    named = config_dir.parent / "news"  # where a hub download of config "news" is cached
    if named.exists():
        shutil.rmtree(named)
    config_dir.rename(named)
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    return "hf://stance_hub_test/news"


def test_train_evaluate_and_predict_read_a_hub_dataset_from_the_cache_offline(hub, tmp_path):
    out = tmp_path / "m"
    r = run("train", hub, "--out", out, "--test-size", "0")
    assert r.exit_code == 0, r.output
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["training_data"]["path"] == hub and meta["training_data"]["rows"] == 3 * len(ROWS)
    assert meta["labels"] == LABELS
    r = run("evaluate", out, hub, "--split", "test", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["test"]["n"] == len(ROWS)
    r = run("predict", "-m", out, "--input", hub, "--split", "test", "--format", "jsonl")
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in r.stdout.splitlines()]
    assert [g["text"] for g in got] == [x["text"] for x in ROWS]
    assert {g["input_label"] for g in got} <= set(LABELS)  # the ClassLabel comes back as its name


def test_out_of_core_training_reads_a_hub_dataset(hub, tmp_path):
    r = run("train", hub, "--out", tmp_path / "m", "--test-size", "0", "--out-of-core")
    assert r.exit_code == 0, r.output
    meta = json.loads((tmp_path / "m" / "metadata.json").read_text())
    assert meta["trainer"]["kind"] == "out-of-core" and meta["training_data"]["rows"] == 3 * len(ROWS)


@pytest.mark.parametrize("spec, fragment", [
    ("hf://nobody_has_cached_this/config", "not in the local Hugging Face cache and the hub cannot be reached"),
    ("hf://bad name!/x", "not a hub dataset name"),
    ("hf://a/b/c/d", "not a hub dataset name"),
    ("hf://", "not a hub dataset name"),
])
@pytest.mark.parametrize("verb", ["train", "evaluate", "predict"])
def test_a_hub_name_that_is_malformed_or_not_cached_offline_is_a_one_line_error(spec, fragment, verb, tmp_path):
    if verb == "train":
        r = run("train", spec, "--out", tmp_path / "m")
    else:
        model = tmp_path / "model"
        assert run("train", TINY, "--out", model, "--test-size", "0", "--no-refit").exit_code == 0
        r = run("evaluate", model, spec) if verb == "evaluate" else run("predict", "-m", model, "--input", spec)
    assert_one_line_error(r, fragment)
    assert not (tmp_path / "m").exists()


def test_a_missing_config_or_split_of_a_cached_hub_dataset_is_a_one_line_error(hub, tmp_path):
    assert_one_line_error(run("train", "hf://stance_hub_test/nope", "--out", tmp_path / "m"), "no config 'nope'")
    assert_one_line_error(run("train", hub, "--out", tmp_path / "m", "--split", "validation"), "no split 'validation'")
    assert not (tmp_path / "m").exists()


def test_train_and_predict_read_globs_of_jsonl_and_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    d = tmp_path / "data"
    d.mkdir()
    for i in range(3):
        (d / f"part-{i}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS[i::3]), encoding="utf-8")
        pq.write_table(pa.Table.from_pylist([{"text": r["text"], "n": j} for j, r in enumerate(ROWS[i::3])]),
                       d / f"part-{i}.parquet")
    out = tmp_path / "m"
    r = run("train", str(d / "part-*.jsonl"), "--out", out, "--test-size", "0")
    assert r.exit_code == 0, r.output
    assert json.loads((out / "metadata.json").read_text())["training_data"]["rows"] == len(ROWS)
    r = run("predict", "-m", out, "--input", str(d / "*.parquet"), "--format", "jsonl")
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == len(ROWS)
    assert_one_line_error(run("train", str(d / "nothing-*.jsonl"), "--out", tmp_path / "x"),
                          "no files match this pattern")


def test_semeval_benchmark_reads_tweet_eval_by_its_hub_name_from_the_cache(tmp_path):
    """The benchmark's hub path, on a stand-in `tweet_eval` cache (config stance_abortion, labels as the hub's)."""
    import subprocess
    import sys

    import datasets
    from datasets.packaged_modules.parquet.parquet import Parquet

    names = ["none", "against", "favor"]
    to = {"supportive": "favor", "opposed": "against", "conditional": "none"}
    rows = [{"text": r["text"], "label": names.index(to[r["label"].strip().lower()])} for r in ROWS] * 4
    features = datasets.Features({"text": datasets.Value("string"), "label": datasets.ClassLabel(names=names)})
    files = {}
    for split in ("train", "validation", "test"):
        files[split] = str(tmp_path / f"{split}.parquet")
        datasets.Dataset.from_list(rows, features=features).to_parquet(files[split])
    builder = Parquet(dataset_name="tweet_eval", config_name="stance_abortion", features=features, data_files=files,
                      hash="fedcba9876543210")
    builder.download_and_prepare()
    config_dir = Path(builder.cache_dir).parents[1]
    named = config_dir.parent / "stance_abortion"
    if named.exists():
        shutil.rmtree(named)
    config_dir.rename(named)
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "semeval.json"
    r = subprocess.run([sys.executable, str(root / "scripts" / "bench_semeval.py"), "hf://tweet_eval", "--quick",
                        "--out", str(out)], capture_output=True, text=True, cwd=root)
    assert r.returncode == 0, r.stderr[-2000:]
    assert 0 <= json.loads(out.read_text())["pooled_f_avg"] <= 100
    r = subprocess.run([sys.executable, str(root / "scripts" / "bench_semeval.py"), "hf://no_such_benchmark",
                        "--quick", "--out", str(out)], capture_output=True, text=True, cwd=root)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "not in the local Hugging Face cache" in r.stderr.strip().splitlines()[-1]
