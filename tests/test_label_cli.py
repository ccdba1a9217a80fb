"""`stance label` through the CLI: labeling, gold override, report, triage and errors (no network)."""

from __future__ import annotations

import json

import pytest

from stance.cli import app
from typer.testing import CliRunner

STATEMENTS = [
    {"id": "t1", "text": "We welcome the resumption of talks."},
    {"id": "t2", "text": "We will negotiate only if the occupation ends."},
    {"id": "t3", "text": "These negotiations are a trap."},
    {"id": "t4", "text": "The weather was lovely."},
    {"id": "t5", "text": "We welcome talks, but they are a trap."},
    {"id": "t6", "text": "The delegations arrived in Geneva for the talks."},
]
GOLD = [
    {"id": "t1", "text": "We welcome the resumption of talks.", "label": "supportive"},
    {"id": "t3", "text": "These negotiations are a trap.", "label": "conditional"},  # gold disagrees on purpose
    {"id": "g9", "text": "We will negotiate ONLY IF   the occupation ends.", "label": "conditional"},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    return _jsonl(tmp_path / "s.jsonl", STATEMENTS), _jsonl(tmp_path / "gold.jsonl", GOLD)


def _records(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_label_writes_label_source_and_votes(runner, files):
    stmts, _ = files
    res = runner.invoke(app, ["label", stmts])
    assert res.exit_code == 0, res.output
    recs = _records(res.stdout)
    assert [r["id"] for r in recs] == [s["id"] for s in STATEMENTS]
    by = {r["id"]: r for r in recs}
    assert by["t1"]["label"] == "supportive" and by["t1"]["label_source"] == "rules"
    assert by["t2"]["label"] == "conditional"
    assert by["t3"]["label"] == "opposed"
    assert by["t4"]["label"] == "none"
    assert by["t5"]["label"] is None and by["t5"]["label_source"] == "none"
    assert by["t3"]["votes"] == {"trap_or_stalling": "opposed"}


def test_gold_overrides_rules_by_id_and_by_text(runner, files):
    stmts, gold = files
    res = runner.invoke(app, ["label", stmts, "--gold", gold])
    assert res.exit_code == 0, res.output
    by = {r["id"]: r for r in _records(res.stdout)}
    assert by["t3"]["label"] == "conditional" and by["t3"]["label_source"] == "gold"
    assert by["t2"]["label_source"] == "gold"  # matched by normalised text, ids differ
    assert by["t4"]["label_source"] == "rules"


def test_stdin_jsonl_from_extract_is_sniffed(runner, files):
    stmts, gold = files
    with open(stmts, encoding="utf-8") as f:
        data = f.read()
    res = runner.invoke(app, ["label", "-", "--gold", gold], input=data)
    assert res.exit_code == 0, res.output
    recs = _records(res.stdout)
    assert len(recs) == len(STATEMENTS) and recs[0]["id"] == "t1" and recs[0]["label_source"] == "gold"


def test_plain_lines_on_stdin_are_labeled_one_statement_a_line(runner):
    res = runner.invoke(app, ["label", "-"], input="There is nothing to negotiate.\n\nWe welcome the talks.\n")
    assert res.exit_code == 0, res.output
    recs = _records(res.stdout)
    assert [r["label"] for r in recs] == ["opposed", "supportive"]


def test_csv_in_with_another_text_column_gives_csv_out(runner, tmp_path):
    p = tmp_path / "q.csv"
    p.write_text('quote,who\n"The talks are pointless.",a\n"We support the peace process.",b\n', encoding="utf-8")
    res = runner.invoke(app, ["label", str(p), "--text-column", "quote", "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0] == "quote,who,label,label_source,votes"
    assert ",opposed,rules," in lines[1] and ",supportive,rules," in lines[2]


def test_report_prints_rule_table_and_overall(runner, files):
    stmts, gold = files
    res = runner.invoke(app, ["label", stmts, "--report", "--gold", gold])
    assert res.exit_code == 0, res.output
    out = res.stdout
    header = out.splitlines()[0].split()
    assert header == ["rule", "polarity", "coverage", "overlaps", "conflicts", "correct", "incorrect", "emp_acc"]
    assert "only_if" in out and "trap_or_stalling" in out
    assert "coverage:" in out and "vote accuracy vs gold:" in out
    assert "gold rows: 3" in out
    assert not out.lstrip().startswith("{")  # no records


def test_report_without_gold_has_no_accuracy_columns(runner, files):
    stmts, _ = files
    res = runner.invoke(app, ["label", stmts, "--report"])
    assert res.exit_code == 0, res.output
    assert "emp_acc" not in res.stdout.splitlines()[0]
    assert "vote accuracy" not in res.stdout


def test_report_as_json_holds_the_rule_rows_and_the_overall_figures(runner, files):
    stmts, gold = files
    res = runner.invoke(app, ["label", stmts, "--report", "--gold", gold, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["overall"]["gold_rows"] == 3
    assert {"name", "polarity", "coverage", "overlaps", "conflicts", "correct", "incorrect", "emp_acc"} <= set(data["rules"][0])


def test_uncertain_writes_abstaining_or_conflicting_statements(runner, files, tmp_path):
    stmts, _ = files
    out = tmp_path / "triage.jsonl"
    res = runner.invoke(app, ["label", stmts, "--uncertain", "5", "-o", str(out)])
    assert res.exit_code == 0, res.output
    recs = _records(out.read_text(encoding="utf-8"))
    assert recs[0]["id"] == "t5"  # the conflict comes first
    assert {r["id"] for r in recs} == {"t5", "t6"}
    assert recs[0]["votes"] == {"welcome_talks": "supportive", "trap_or_stalling": "opposed"}


def test_uncertain_skips_statements_already_in_gold(runner, tmp_path):
    stmts = _jsonl(tmp_path / "s.jsonl", [{"id": "a", "text": "The envoy met the minister."}, {"id": "b", "text": "The second round of talks is on Monday."}])
    gold = _jsonl(tmp_path / "g.jsonl", [{"id": "a", "text": "The envoy met the minister.", "label": "supportive"}])
    res = runner.invoke(app, ["label", stmts, "--gold", gold, "--uncertain", "3"])
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _records(res.stdout)] == ["b"]


def test_bad_json_line_is_one_line_error_exit_2(runner, tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    res = runner.invoke(app, ["label", str(p)])
    assert res.exit_code == 2
    assert "line 2" in res.output and "Traceback" not in res.output


def test_missing_text_field_names_the_line(runner, tmp_path):
    p = _jsonl(tmp_path / "s.jsonl", [{"text": "We welcome talks."}, {"quote": "no text here"}])
    res = runner.invoke(app, ["label", p])
    assert res.exit_code == 2
    assert "line 2" in res.output and "--text-column" in res.output


def test_empty_text_is_an_error(runner, tmp_path):
    p = _jsonl(tmp_path / "s.jsonl", [{"text": "   "}])
    res = runner.invoke(app, ["label", p])
    assert res.exit_code == 2 and "empty" in res.output


def test_unknown_gold_label_names_its_line(runner, tmp_path, files):
    stmts, _ = files
    gold = _jsonl(tmp_path / "g.jsonl", [{"text": "a", "label": "supportive"}, {"text": "b", "label": "maybe"}])
    res = runner.invoke(app, ["label", stmts, "--gold", gold])
    assert res.exit_code == 2
    assert "line 2" in res.output and "maybe" in res.output


def test_a_missing_input_file_is_a_one_line_error(runner, tmp_path):
    res = runner.invoke(app, ["label", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 2 and "no such file" in res.output


def test_report_and_uncertain_together_is_a_usage_error(runner, files):
    stmts, _ = files
    res = runner.invoke(app, ["label", stmts, "--report", "--uncertain", "3"])
    assert res.exit_code == 2


def test_bad_format_is_a_usage_error(runner, files):
    stmts, _ = files
    res = runner.invoke(app, ["label", stmts, "--format", "xml"])
    assert res.exit_code == 2 and "xml" in res.output


def test_output_file_holds_the_labeled_records(runner, files, tmp_path):
    stmts, _ = files
    out = tmp_path / "labeled.jsonl"
    res = runner.invoke(app, ["label", stmts, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert len(_records(out.read_text(encoding="utf-8"))) == len(STATEMENTS)


def test_help_shows_examples(runner):
    res = runner.invoke(app, ["label", "--help"])
    assert res.exit_code == 0
    assert "--gold" in res.output and "--report" in res.output and "--uncertain" in res.output


def test_statements_extracted_from_the_seed_article_get_their_hand_labels():
    from pathlib import Path

    from stance.cli import app as stance_app

    root = Path(__file__).resolve().parent.parent
    article = root / "data" / "articles" / "belta-2025-02-13-putin-trump-call.txt"
    extracted = CliRunner().invoke(stance_app, ["extract", str(article)])
    assert extracted.exit_code == 0
    labeled = CliRunner().invoke(stance_app, ["label", "-", "--gold", str(root / "data" / "statements.jsonl")],
                                 input=extracted.stdout)
    assert labeled.exit_code == 0, labeled.output
    rows = [json.loads(x) for x in labeled.stdout.splitlines()]
    gold = [r for r in rows if r["label_source"] == "gold"]
    assert len(gold) >= 40
    assert all(r["label"] in ("supportive", "conditional", "opposed", "none") for r in gold)
