"""Dask engine: a local cluster of two worker processes gives the same answers as one process, and survives a kill."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from conftest import TINY, TINY_ROWS, run  # noqa: E402
from stance.distributed import predict_partitions  # noqa: E402

ROWS = TINY_ROWS


@pytest.fixture(scope="module")
def cluster():
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as c, Client(c) as client:
        yield c.scheduler_address, client


def make_partitions(folder: Path, n_files: int, rows_per_file: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n_files):
        p = folder / f"part-{i:03d}.jsonl"
        with open(p, "w") as f:
            for j in range(rows_per_file):
                r = ROWS[(i * rows_per_file + j) % len(ROWS)]
                f.write(json.dumps({"id": f"{i}-{j}", "text": r["text"], "topic": r["topic"]}) + "\n")
        paths.append(p)
    return paths


def test_dask_gives_the_same_labels_and_probabilities_as_one_process(cluster, model_dir, tmp_path):
    address, _ = cluster
    parts = make_partitions(tmp_path / "in", 4, 30)
    r = run("predict", "-m", str(model_dir), "--input", str(tmp_path / "in" / "*.jsonl"),
                                 "--output", str(tmp_path / "out"), "--engine", "dask", "--scheduler", address)
    assert r.exit_code == 0, r.output
    for p in parts:
        local = run("predict", "-m", str(model_dir), "--input", str(p), "--format", "jsonl")
        expected = [json.loads(x) for x in local.stdout.splitlines()]
        got = [json.loads(x) for x in (tmp_path / "out" / f"{p.stem}.jsonl").read_text().splitlines()]
        assert got == expected  # same rows, same order, same columns, same probabilities


def test_a_worker_killed_mid_run_still_ends_with_every_row_written_once(cluster, model_dir, tmp_path):
    address, client = cluster
    make_partitions(tmp_path / "in", 24, 200)
    out = tmp_path / "out"
    result = {}

    def work():
        # batch_size=1 makes each partition take a while, so the kill lands mid-run.
        result.update(predict_partitions(str(model_dir), str(tmp_path / "in"), str(out), scheduler=address,
                                         batch_size=1))

    t = threading.Thread(target=work)
    t.start()
    deadline = time.time() + 60
    while not (out.exists() and any(p.suffix == ".jsonl" for p in out.iterdir())) and time.time() < deadline:
        time.sleep(0.05)
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    os.kill(victim, signal.SIGKILL)
    t.join(timeout=180)
    assert not t.is_alive()
    assert result["failed"] == []
    assert result["rows_in"] == result["rows_out"] == 24 * 200
    ids = []
    for p in sorted(out.glob("*.jsonl")):
        ids += [json.loads(x)["id"] for x in p.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 24 * 200
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_search_on_dask_picks_the_same_parameters_as_locally(cluster, tmp_path):
    address, _ = cluster
    chosen = []
    for engine in ("local", "dask"):
        args = ["train", str(TINY), "--out", str(tmp_path / engine), "--search", "--features", "hashed",
                "--engine", engine]
        if engine == "dask":
            args += ["--scheduler", address]
        r = run(*args)
        assert r.exit_code == 0, r.output
        chosen.append(json.loads((tmp_path / engine / "metadata.json").read_text())["config"])
    assert chosen[0] == chosen[1]


def test_a_failing_partition_is_reported_by_name(cluster, model_dir, tmp_path):
    address, _ = cluster
    make_partitions(tmp_path / "in", 2, 5)
    (tmp_path / "in" / "part-bad.jsonl").write_text('{"text": "fine"}\n{"text": ""}\n')
    r = run("predict", "-m", str(model_dir), "--input", str(tmp_path / "in"),
                                 "--output", str(tmp_path / "out"), "--engine", "dask", "--scheduler", address)
    assert r.exit_code == 2
    assert "partition" in r.stderr and "part-bad.jsonl failed" in r.stderr and "line 2" in r.stderr
    assert len(list((tmp_path / "out").glob("*.jsonl"))) == 2


def test_dask_engine_without_dask_says_how_to_install(tmp_path, model_dir):
    import subprocess
    import sys

    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None; "
            "from stance.cli import main; sys.argv = ['stance', 'predict', '-m', sys.argv[1], '--input', sys.argv[2], "
            "'--output', sys.argv[3], '--engine', 'dask']; main()")
    r = subprocess.run([sys.executable, "-c", code, str(model_dir), str(TINY), str(tmp_path / "o")],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "pip install 'stance[dask]'" in r.stderr
