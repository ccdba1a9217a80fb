"""Nothing lost, nothing trusted blindly: killed and concurrent trainings, hashes, skops."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


from conftest import TINY, run
from stance.modelfile import load_model


def digest(d: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir())}


def train_process(out: Path, seed: int = 0, extra=()):
    env = {**os.environ, "MPLBACKEND": "Agg"}
    return subprocess.Popen([sys.executable, "-m", "stance", "train", str(TINY), "--out", str(out),
                             "--seed", str(seed), "--cv", "3", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def test_sigkill_during_training_leaves_the_previous_model_loadable_and_unchanged(tmp_path):
    out = tmp_path / "model"
    assert run("train", TINY, "--out", out).exit_code == 0
    before = digest(out)
    # Kill at a spread of moments: while importing, reading, fitting, writing the temporary directory.
    killed = 0
    for delay in (0.5, 1.5, 2.5, 3.0, 3.5, 4.0):
        proc = train_process(out, seed=7)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if digest(out) == before:
                killed += 1  # killed before the swap: the previous model, untouched
                load_model(out)
            else:
                # killed after the new directory was swapped in, while the process was exiting: the new
                # model must be whole (the directory is only ever replaced by a complete one)
                assert load_model(out).metadata["config"]["seed"] == 7
                break
        else:
            # It finished first: the new model must be complete and loadable.
            assert load_model(out).metadata["config"]["seed"] == 7
            break
    assert killed >= 1
    # The next save clears temporaries left by killed runs.
    assert run("train", TINY, "--out", out).exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".model.tmp-")] == []


def test_two_trainings_writing_one_directory_end_with_one_complete_model(tmp_path):
    out = tmp_path / "model"
    procs = [train_process(out, seed=s) for s in (1, 2)]
    assert [p.wait() for p in procs] == [0, 0]
    model = load_model(out)  # hash verified: model file and metadata come from the same run
    seed = model.metadata["config"]["seed"]
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["config"]["seed"] == seed
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "model" and not p.name.endswith(".lock")]
    assert leftovers == []


def test_skops_models_load_with_an_explicit_list_of_trusted_types(tmp_path):
    out = tmp_path / "skops"
    assert run("train", TINY, "--out", out, "--format", "skops", "--features", "tfidf").exit_code == 0
    assert (out / "model.skops").exists()
    r = run("predict", "-m", out, "--format", "jsonl", "We are ready to talk.")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["label"] in ("supportive", "conditional", "opposed")


def test_skops_file_with_an_untrusted_type_is_refused(tmp_path):
    import skops.io as sio

    out = tmp_path / "skops"
    assert run("train", TINY, "--out", out, "--format", "skops", "--features", "tfidf").exit_code == 0
    model = load_model(out)
    model.pipeline.steps.append(("evil", Path("/tmp")))  # a type outside the trusted list
    sio.dump(model.pipeline, out / "model.skops")
    meta = json.loads((out / "metadata.json").read_text())
    meta["model_sha256"] = hashlib.sha256((out / "model.skops").read_bytes()).hexdigest()
    (out / "metadata.json").write_text(json.dumps(meta))
    r = run("predict", "-m", out, "hi")
    assert r.exit_code == 2
    assert "types stance does not trust" in r.stderr
