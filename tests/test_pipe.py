"""`stance extract ARTICLE | stance predict -m M -`: one prediction per extracted statement, speaker kept."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run

ARTICLE = ROOT / "data" / "articles" / "harbor-strike-2025-03-14-port-talks.txt"


@pytest.fixture(scope="module")
def extracted():
    r = run("extract", ARTICLE)
    assert r.exit_code == 0, r.output
    return r.stdout


def test_extract_output_piped_into_predict_gives_one_prediction_per_statement_with_its_speaker(model_dir, extracted):
    statements = [json.loads(line) for line in extracted.splitlines()]
    r = run("predict", "-m", model_dir, "-", "--format", "jsonl", input=extracted)
    assert r.exit_code == 0, r.output
    preds = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(preds) == len(statements) > 10
    for s, p in zip(statements, preds):
        assert p["id"] == s["id"] and p["text"] == s["text"]  # in order, and the statement itself was scored
        assert p["speaker"] == s["speaker"] and p["article"] == s["article"]
        assert (p["start"], p["end"]) == (s["start"], s["end"])
        assert p["label"] in {"supportive", "conditional", "opposed"}
        assert not p["text"].startswith("{")


def test_the_table_shows_the_speaker_of_each_statement(model_dir, extracted):
    first = json.loads(extracted.splitlines()[0])
    r = run("predict", "-m", model_dir, "-", input=extracted)
    assert r.exit_code == 0, r.output
    assert first["speaker"][:20] in r.stdout.splitlines()[0]


def test_by_speaker_counts_every_statement_once_and_gives_an_overall_stance(model_dir, extracted):
    statements = [json.loads(line) for line in extracted.splitlines()]
    r = run("predict", "-m", model_dir, "-", "--by", "speaker", "--format", "jsonl", input=extracted)
    assert r.exit_code == 0, r.output
    groups = [json.loads(line) for line in r.stdout.splitlines()]
    assert sum(g["statements"] for g in groups) == len(statements)
    assert {g["speaker"] for g in groups} == {s["speaker"] for s in statements}
    for g in groups:
        assert sum(g["counts"].values()) == g["statements"]
        assert g["stance"] == max(g["probabilities"], key=g["probabilities"].get)
        assert abs(sum(g["probabilities"].values()) - 1) < 1e-4


def test_by_speaker_gives_statements_without_a_speaker_their_own_row(model_dir):
    lines = "\n".join(json.dumps(x) for x in [
        {"text": "We will talk tomorrow.", "speaker": "A"},
        {"text": "No talks with them, ever."},
        {"text": "Only if they stop first.", "speaker": None},
    ])
    r = run("predict", "-m", model_dir, "-", "--by", "speaker", input=lines + "\n")
    assert r.exit_code == 0, r.output
    assert "(speaker not given)" in r.stdout and " 2 " in r.stdout.split("(speaker not given)")[1].splitlines()[0] + " "


def test_plain_lines_on_stdin_are_still_one_statement_each(model_dir):
    r = run("predict", "-m", model_dir, "-", "--format", "jsonl", input="We will talk.\n\nNever with them.\n")
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["We will talk.", "Never with them."]


def test_stdin_mixing_json_records_and_plain_lines_is_an_error_naming_the_line(model_dir):
    r = run("predict", "-m", model_dir, "-", input='{"text": "We will talk."}\nNever with them.\n')
    assert r.exit_code != 0
    assert "<stdin>, line 2" in r.output and "JSON" in r.output
    r = run("predict", "-m", model_dir, "-", input='We will talk.\n{"text": "Never with them."}\n')
    assert r.exit_code != 0
    assert "<stdin>, line 2" in r.output and "JSON record" in r.output


def test_a_record_without_text_on_stdin_is_an_error_naming_the_line(model_dir):
    r = run("predict", "-m", model_dir, "-", input='{"text": "We will talk."}\n{"speaker": "B"}\n')
    assert r.exit_code != 0
    assert "line 2" in r.output and "'text'" in r.output


def test_input_format_txt_predicts_json_looking_lines_as_text_when_asked(model_dir):
    r = run("predict", "-m", model_dir, "-", "--input-format", "txt", "--format", "jsonl", input='{"text": "x y"}\n')
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["text"] == '{"text": "x y"}'
