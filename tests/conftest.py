"""Shared test setup: Hugging Face caches kept out of the user's home, the TINY data, a CLI runner, trained models.

Test modules import the plain names (``from conftest import TINY, run``); the trained models are fixtures,
trained once per session.
"""

import json
import os
import tempfile
from pathlib import Path

_cache = tempfile.mkdtemp(prefix="stance-test-hf-")
os.environ.setdefault("HF_HOME", _cache)
os.environ.setdefault("HF_DATASETS_CACHE", os.path.join(_cache, "datasets"))
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: 30 labeled statements (10 per stance, two topics): small enough to train on in a second.
TINY = Path(__file__).parent / "data" / "tiny.jsonl"
TINY_ROWS = [json.loads(x) for x in TINY.read_text(encoding="utf-8").splitlines()]


def by_text(recs: list[dict], fragment: str) -> dict:
    """The one extracted record whose text holds ``fragment`` (failing, with every text, when none or several do)."""
    hits = [r for r in recs if fragment in r["text"]]
    assert len(hits) == 1, (fragment, [r["text"] for r in recs])
    return hits[0]


def run(*args, input=None):
    """`stance ARGS...` in this process; arguments may be paths. The result has exit_code, stdout, stderr."""
    from stance.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def runner():
    return CliRunner()


def train_tiny(out, *options):
    """A model directory trained on TINY at ``out`` with ``stance train`` options; fails the test if training fails."""
    r = run("train", TINY, "--out", out, *options)
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    """The default model (hashed features, logistic regression) trained on TINY with a 0.3 held-out split."""
    return train_tiny(tmp_path_factory.mktemp("models") / "tiny", "--test-size", "0.3")


@pytest.fixture(scope="session")
def tfidf_model_dir(tmp_path_factory):
    """A TF-IDF model on TINY: no fast scorer, so prediction loads (and checks) model.joblib itself."""
    return train_tiny(tmp_path_factory.mktemp("models") / "tfidf", "--features", "tfidf")
