"""`stance audit`: likely label errors by out-of-fold probabilities and confident learning."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from conftest import run
from stance.audit import audit, stable_id

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "statements.jsonl"
FLIP = {"supportive": "opposed", "opposed": "supportive", "conditional": "opposed"}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """600 corpus rows with 30 labels flipped on purpose: (path, ids of the flipped rows)."""
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["label"] in FLIP and not r.get("group")]
    random.Random(3).shuffle(rows)
    rows = [dict(r) for r in rows[:600]]
    flipped = set()
    for r in random.Random(5).sample(rows, 30):
        r["label"] = FLIP[r["label"]]
        flipped.add(r["id"])
    path = tmp_path_factory.mktemp("audit") / "planted.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, flipped


def test_audit_finds_most_planted_label_errors(planted):
    path, flipped = planted
    res = audit(path)
    found = {s["id"] for s in res.suspects}
    assert len(found & flipped) >= 0.6 * len(flipped)
    assert len(res.suspects) < 0.3 * res.rows  # a review list, not the whole file
    for s in res.suspects:
        assert s["suggested"] != s["label"] or s["p_given"] < 0.5


def test_audit_cli_prints_suspects_and_writes_them_all_as_jsonl(planted, tmp_path):
    path, flipped = planted
    out = tmp_path / "suspects.jsonl"
    r = run("audit", path, "--top", "5", "--out", out)
    assert r.exit_code == 0, r.output
    assert "given" in r.stdout and "suggested" in r.stdout and "confidence" in r.stdout
    written = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(written) > 5
    assert {"id", "line", "text", "label", "suggested", "confidence", "p_given"} <= set(written[0])


def test_audit_makes_stable_ids_for_a_file_without_ids(tmp_path):
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines()[:200]]
    path = tmp_path / "noids.jsonl"
    path.write_text("".join(json.dumps({"text": r["text"], "label": r["label"]}) + "\n" for r in rows))
    first = audit(path, folds=3)
    second = audit(path, folds=3)
    assert [s["id"] for s in first.suspects] == [s["id"] for s in second.suspects]
    for s in first.suspects:
        assert s["id"] == stable_id(s["text"])


def test_audit_on_one_class_is_a_clear_error(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text("".join(json.dumps({"text": f"We will talk, round {i}.", "label": "supportive"}) + "\n"
                            for i in range(20)))
    r = run("audit", path)
    assert r.exit_code == 2
    assert "only one label" in r.output and "Traceback" not in r.output


def test_audit_on_too_few_rows_for_its_folds_is_a_clear_error(tmp_path):
    path = tmp_path / "few.jsonl"
    rows = [{"text": "We will talk.", "label": "supportive"}, {"text": "Never.", "label": "opposed"},
            {"text": "Only if they stop.", "label": "conditional"}, {"text": "Talks are welcome.", "label": "supportive"}]
    path.write_text("".join(json.dumps(x) + "\n" for x in rows))
    out = tmp_path / "suspects.jsonl"
    r = run("audit", path, "--folds", "5", "--out", out)
    assert r.exit_code == 2
    assert "5-fold" in r.output and "'opposed' has 1" in r.output
    assert not out.exists()


def test_audit_help_has_an_example():
    r = run("audit", "--help")
    assert r.exit_code == 0 and "stance audit data/statements.jsonl" in r.output
