"""A model directory on disk: written atomically, loaded only after its checks pass.

Layout: ``model.joblib`` (or ``model.skops``), ``metadata.json`` (labels, parameters, data hashes,
metrics, versions, the model file's SHA-256), ``README.md`` (the model card), ``metrics.json``,
``confusion_matrix.png`` and ``misclassified.jsonl``.

A joblib file is a pickle: loading it runs code. The recorded SHA-256 catches a damaged or swapped
file, not a malicious one written together with a matching metadata.json, so load only models you trust.
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from stance import __version__
from stance.errors import ModelError, UsageError
from stance.files import atomic_directory, check_output, sha256, write_json

FORMAT = "stance-model"
FORMAT_VERSION = 1
SERIALIZERS = ("joblib", "skops")
#: The only types a .skops file may contain for `stance` to load it.
SKOPS_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.sparse.", "builtins.", "collections.", "re.",
                          "stance.hashing.HashedTfidf", "stance.blocks.ScopeMarker", "stance.blocks.RuleVotes",
                          "stance.embed.MiniLMFeatures")


def versions() -> dict:
    """Versions of what made (or loads) a model."""
    import joblib
    import numpy
    import sklearn

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "numpy": numpy.__version__,
            "joblib": joblib.__version__, "stance": __version__}


def check_output_dir(out: str | os.PathLike) -> Path:
    """Fail early, before any training, when ``out`` cannot become a model directory."""
    p = check_output(out, directory=True)
    if p.exists() and any(p.iterdir()) and not (p / "metadata.json").exists():
        raise UsageError("exists and is not a stance model directory; refusing to replace it", path=out)
    return p


def save_model(out: str | os.PathLike, pipeline, metadata: dict, *, serializer: str = "joblib",
               artifacts: dict[str, Callable[[Path], None]] | None = None) -> Path:
    """Write a complete model directory to a temporary sibling, then swap it into place.

    ``artifacts`` maps file names to functions that write them. A crash at any point leaves the previous
    directory (if any) untouched; two concurrent saves to one path end with one complete model.
    """
    if serializer not in SERIALIZERS:
        raise UsageError(f"unknown model format {serializer!r}; choose one of {', '.join(SERIALIZERS)}")
    final = check_output_dir(out).absolute()
    with atomic_directory(final) as tmp:
        model_name = f"model.{serializer}"
        model_path = tmp / model_name
        if serializer == "joblib":
            import joblib

            joblib.dump(pipeline, model_path, compress=3)
        else:
            import skops.io as sio

            sio.dump(pipeline, model_path)
        meta = {"format": FORMAT, "format_version": FORMAT_VERSION, **metadata,
                "serializer": serializer, "model_file": model_name, "model_sha256": sha256(model_path),
                "versions": versions(), "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        from stance.blocks import layout
        from stance.fast_scorer import fast_twin
        from stance.hashing import HASH_SCHEME, HashedTfidf

        if isinstance(layout(pipeline.named_steps.get("features")).ngrams, HashedTfidf):
            meta["hash_scheme"] = HASH_SCHEME
        fast = fast_twin(pipeline)
        if fast is not None:
            fast.temperature = float(metadata.get("temperature", 1.0))
            fast.save(tmp / FAST_FILE)
            meta["fast_file"] = FAST_FILE
            meta["fast_sha256"] = sha256(tmp / FAST_FILE)
        for name, write in (artifacts or {}).items():
            write(tmp / name)
        from stance.model_card import model_card

        (tmp / "README.md").write_text(model_card(meta), encoding="utf-8")
        # metadata.json last: a directory without it is never mistaken for a model.
        write_json(tmp / "metadata.json", meta)
    return final


FAST_FILE = "fast.npz"


@dataclass
class LoadedModel:
    pipeline: object
    metadata: dict
    path: Path

    @property
    def labels(self) -> list[str]:
        return list(self.metadata["labels"])


def read_metadata(path: str | os.PathLike) -> dict:
    """The metadata of a model directory, after checking it is one."""
    p = Path(path)
    if not p.exists():
        raise ModelError("no such model directory", path=path)
    if not p.is_dir():
        raise ModelError("is a file, not a model directory (pass the directory that holds metadata.json)", path=path)
    meta_path = p / "metadata.json"
    if not meta_path.exists():
        if not any(p.iterdir()):
            raise ModelError("empty directory, not a model (train one with `stance train ... --out`)", path=path)
        raise ModelError("no metadata.json: not a stance model directory", path=path)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ModelError("metadata.json is not UTF-8 text", path=meta_path) from None
    except json.JSONDecodeError as exc:
        raise ModelError(f"metadata.json is not valid JSON: {exc.msg}", path=meta_path, line=exc.lineno,
                         column=exc.colno) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"not a stance model: metadata.json lacks \"format\": \"{FORMAT}\"", path=meta_path)
    if meta.get("format_version", 0) > FORMAT_VERSION:
        raise ModelError(f"model format {meta.get('format_version')} is newer than this stance understands "
                         f"({FORMAT_VERSION}); upgrade stance", path=meta_path)
    for key in ("labels", "model_file", "model_sha256"):
        if key not in meta:
            raise ModelError(f"metadata.json lacks {key!r}", path=meta_path)
    return meta


def _verified_file(model_dir: Path, name: str, recorded: str | None) -> Path:
    """The path of a file metadata.json names, after checking it is inside the directory and its sha256 matches."""
    if Path(name).name != name:
        raise ModelError(f"metadata.json names file {name!r} outside the directory", path=model_dir)
    path = model_dir / name
    if not path.is_file():
        raise ModelError(f"{name} is missing", path=model_dir)
    actual = sha256(path)
    if actual != recorded:
        raise ModelError(f"{name} has sha256 {actual} but metadata.json records {recorded}: the file was changed "
                         "or damaged; refusing to load it", path=model_dir)
    return path


def _check_hash_scheme(meta: dict, path) -> None:
    """Hashed features from another hashing scheme would score garbage: refuse them."""
    if meta.get("config", {}).get("features") != "hashed":
        return
    from stance.hashing import HASH_SCHEME

    made = meta.get("hash_scheme", 1)
    if made != HASH_SCHEME:
        raise ModelError(f"made with hashing scheme {made}, this stance uses {HASH_SCHEME}: retrain the model "
                         "with this version of stance", path=path)


def _check_reproducible(meta: dict, path) -> None:
    """What the model's features need, checked before anything is loaded: its hashing scheme and its feature
    blocks (stance.blocks.check_recorded: the embed extra for minilm, the same rules and scope marking)."""
    _check_hash_scheme(meta, path)
    from stance.blocks import check_recorded

    check_recorded(meta, path)


def load_model(path: str | os.PathLike) -> LoadedModel:
    """Load a model directory, refusing it (one clear ModelError) when its hash or scikit-learn version do not match."""
    meta = read_metadata(path)
    _check_reproducible(meta, path)
    p = Path(path)
    model_file = _verified_file(p, meta["model_file"], meta["model_sha256"])
    made_with = meta.get("versions", {}).get("scikit-learn")
    here = _sklearn_version()
    if made_with != here:
        raise ModelError(f"made with scikit-learn {made_with}, this is {here}: retrain it here "
                         f"or install scikit-learn=={made_with}", path=path)
    serializer = meta.get("serializer", "joblib")
    try:
        if serializer == "skops":
            pipeline = _load_skops(model_file)
        else:
            import joblib

            pipeline = joblib.load(model_file)
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - unpickling can fail in many ways
        raise ModelError(f"{meta['model_file']} cannot be loaded ({type(exc).__name__}: {exc})", path=path) from None
    if not (hasattr(pipeline, "predict_proba") and hasattr(pipeline, "classes_")):
        raise ModelError(f"{meta['model_file']} does not hold a fitted classifier", path=path)
    if len(pipeline.classes_) != len(meta["labels"]):
        raise ModelError("the model's classes do not match the labels in metadata.json", path=path)
    return LoadedModel(pipeline=pipeline, metadata=meta, path=p)


def _sklearn_version() -> str:
    # From the installed metadata: importing scikit-learn itself takes seconds.
    from importlib.metadata import version

    return version("scikit-learn")


def load_scorer(path: str | os.PathLike):
    """What prediction needs: the NumPy-only FastScorer when the model has one (no pickle is loaded), else the model.

    Returns ``(scorer, metadata)``; the scorer has ``predict_proba(texts)``.
    """
    meta = read_metadata(path)
    _check_reproducible(meta, path)
    fast = meta.get("fast_file")
    if fast:
        fpath = _verified_file(Path(path), fast, meta.get("fast_sha256"))
        from stance.fast_scorer import FastScorer

        try:
            return FastScorer.load(fpath), meta
        except Exception as exc:  # noqa: BLE001 - a damaged npz fails in several ways
            raise ModelError(f"{fast} cannot be loaded ({type(exc).__name__}: {exc})", path=path) from None
    model = load_model(path)
    temperature = float(model.metadata.get("temperature", 1.0))
    if temperature != 1.0 and hasattr(model.pipeline, "decision_function"):
        return _Tempered(model.pipeline, temperature), model.metadata
    return model.pipeline, model.metadata


class _Tempered:
    """A scikit-learn model whose probabilities are softmax(decision / temperature), as its FastScorer twin's."""

    def __init__(self, pipeline, temperature: float):
        self.pipeline, self.temperature = pipeline, temperature
        self.named_steps = pipeline.named_steps  # explanations read the features and the classifier

    def predict_proba(self, texts):
        from stance.evaluate import softmax

        return softmax(self.pipeline.decision_function(texts), self.temperature)


def _load_skops(model_file: Path):
    from stance.errors import require

    require("skops", "skops", f"loading {model_file.name}")
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=model_file)
    foreign = [t for t in untrusted if not t.startswith(SKOPS_TRUSTED_PREFIXES)]
    if foreign:
        raise ModelError(f"{model_file.name} contains types stance does not trust: {', '.join(foreign[:5])}",
                         path=model_file.parent)
    return sio.load(model_file, trusted=untrusted)
