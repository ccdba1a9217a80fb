"""Test setup: keep Hugging Face caches out of the user's home, and give tests a CLI runner."""

import os
import tempfile

_cache = tempfile.mkdtemp(prefix="stance-test-hf-")
os.environ.setdefault("HF_HOME", _cache)
os.environ.setdefault("HF_DATASETS_CACHE", os.path.join(_cache, "datasets"))
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402


@pytest.fixture
def runner():
    return CliRunner()
