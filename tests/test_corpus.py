"""Reading labeled data: formats, label normalisation, pinned label ids, errors with file and line."""

from __future__ import annotations

import json

import pytest

from stance.corpus import iter_records, read_labeled
from stance.errors import DataError


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"text": "We welcome the talks.", "label": " Supportive "},
    {"text": "Only if they withdraw first.", "label": "CONDITIONAL"},
    {"text": "Talks are a trap.", "label": "opposed"},
    {"text": "Let us meet next week.", "label": "supportive"},
]


def test_labels_are_normalised_for_case_and_spaces(tmp_path):
    data = read_labeled(write_jsonl(tmp_path / "d.jsonl", ROWS))
    assert data.labels == ["supportive", "conditional", "opposed"]
    assert data.y == [0, 1, 2, 0]


def test_label_ids_follow_the_declared_label_order(tmp_path):
    data = read_labeled(write_jsonl(tmp_path / "d.jsonl", ROWS), labels=["opposed", "conditional", "supportive"])
    assert data.dataset.features["label"].names == ["opposed", "conditional", "supportive"]
    assert data.y == [2, 1, 0, 2]


def test_other_label_sets_work_and_are_sorted(tmp_path):
    rows = [{"text": f"t{i}", "label": lab} for i, lab in enumerate(["FAVOR", "against", "none", "favor"])]
    data = read_labeled(write_jsonl(tmp_path / "d.jsonl", rows))
    assert data.labels == ["against", "favor", "none"]


def test_csv_with_quoted_newlines_and_other_column_names(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text('quote,stance\n"We will talk,\nbut not now.",conditional\nNo deal.,opposed\n', encoding="utf-8")
    data = read_labeled(path, text_column="quote", label_column="stance")
    assert data.texts == ["We will talk,\nbut not now.", "No deal."]


def test_parquet_and_save_to_disk_directories_are_read_through_datasets(tmp_path):
    import datasets

    ds = datasets.Dataset.from_dict({"text": [r["text"] for r in ROWS], "label": [r["label"] for r in ROWS]})
    ds.to_parquet(str(tmp_path / "d.parquet"))
    ds.save_to_disk(str(tmp_path / "saved"))
    assert read_labeled(tmp_path / "d.parquet").y == [0, 1, 2, 0]
    assert read_labeled(tmp_path / "saved").y == [0, 1, 2, 0]


def test_bom_and_windows_line_endings_are_accepted(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(json.dumps(r).encode() for r in ROWS) + b"\r\n")
    assert len(read_labeled(path)) == 4


@pytest.mark.parametrize("content, fragment", [
    ('{"text": "a", "label": "opposed"}\n{"text": "b", "label": }\n', "line 2, column 24: not valid JSON"),
    ('{"text": "a", "label": "opposed"}\n["b", "opposed"]\n', "line 2: expected a JSON object, found list"),
    ('{"quote": "a", "label": "opposed"}\n', "line 1: no 'text' field; fields here: quote, label"),
    ('{"text": "a", "stance": "opposed"}\n', "line 1: no 'label' field; fields here: text, stance"),
    ('{"text": "  ", "label": "opposed"}\n', "line 1, column text: text is empty"),
    ('{"text": null, "label": "opposed"}\n', "line 1, column text: text is null"),
    ('{"text": "a", "label": ""}\n', "line 1, column label: label is empty"),
])
def test_bad_jsonl_names_the_file_and_line(tmp_path, content, fragment):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as exc:
        read_labeled(path)
    assert str(exc.value).startswith(str(path))
    assert fragment in str(exc.value)


def test_unknown_label_names_its_line_and_the_allowed_ones(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", ROWS + [{"text": "x", "label": "neutral"}])
    with pytest.raises(DataError, match=r"line 5, column label: unknown label 'neutral'; allowed: supportive, conditional, opposed"):
        read_labeled(path, labels=["supportive", "conditional", "opposed"])


def test_bytes_that_are_not_utf8_name_their_offset(tmp_path):
    path = tmp_path / "d.txt"
    path.write_bytes(b"fine line\nbad \xff here\n")
    with pytest.raises(DataError, match=r"line 2: not UTF-8: byte 0xff at byte offset 14"):
        list(iter_records(path))


def test_csv_row_with_wrong_field_count_names_its_line(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("text,label\na,opposed\nb,opposed,extra\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 3: expected 2 fields, found 3"):
        read_labeled(path)


def test_header_only_csv_has_no_statements(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("text,label\n", encoding="utf-8")
    with pytest.raises(DataError, match="no statements in file"):
        read_labeled(path)


def test_rows_with_no_position_are_left_out_of_stance_data_and_counted(tmp_path):
    rows = [{"text": f"t{i}", "label": lab} for i, lab in enumerate(["supportive", "none", "opposed", "conditional", "None"])]
    data = read_labeled(write_jsonl(tmp_path / "d.jsonl", rows))
    assert data.labels == ["supportive", "conditional", "opposed"] and len(data) == 3 and data.left_out_none == 2
    kept = read_labeled(tmp_path / "d.jsonl", labels=["supportive", "conditional", "opposed", "none"])
    assert len(kept) == 5 and kept.left_out_none == 0
