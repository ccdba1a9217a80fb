"""stance.files: one decoder, one sha256, one output check, files and directories that appear whole or not at all."""

from __future__ import annotations

import hashlib
import io

import pytest

from stance.errors import DataError, UsageError
from stance.files import (AtomicTextFile, atomic_directory, atomic_path, check_output, decode_utf8, open_output, sha256,
                          text_lines)


def test_decode_drops_a_bom_and_names_the_line_and_offset_of_a_bad_byte():
    assert decode_utf8(b"\xef\xbb\xbfcaf\xc3\xa9", "f") == "café"
    with pytest.raises(DataError, match=r"f, line 2: not UTF-8: byte 0xe9 at byte offset 6"):
        decode_utf8(b"ok\nCaf\xe9", "f")


def test_a_nul_byte_is_a_binary_file_at_its_offset():
    with pytest.raises(DataError, match=r"line 1: contains a NUL byte at byte offset 3 \(binary file\?\)"):
        decode_utf8(b"abc\x00def", "f")


def test_text_lines_count_offsets_across_lines_and_strip_line_ends():
    stream = io.BytesIO(b"\xef\xbb\xbfone\r\ntwo\n")
    assert list(text_lines(stream, "f")) == [(1, "one"), (2, "two")]
    with pytest.raises(DataError, match=r"line 2: not UTF-8: byte 0xff at byte offset 4"):
        list(text_lines(io.BytesIO(b"abc\n\xff\n"), "f"))


def test_sha256_of_a_file_is_the_usual_digest_and_a_directory_covers_names_and_contents(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"hello")
    assert sha256(tmp_path / "a.txt") == hashlib.sha256(b"hello").hexdigest()
    before = sha256(tmp_path)
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")
    assert sha256(tmp_path) != before


def test_check_output_refuses_a_missing_parent_and_the_wrong_kind(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        check_output(tmp_path / "no" / "f.txt")
    with pytest.raises(UsageError, match="is a directory"):
        check_output(tmp_path)
    (tmp_path / "f").write_text("x")
    with pytest.raises(UsageError, match="exists and is a file"):
        check_output(tmp_path / "f", directory=True)


def test_an_atomic_text_file_appears_only_when_written_whole(tmp_path):
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        with AtomicTextFile(target) as f:
            f.write("half")
            raise RuntimeError
    assert not target.exists() and list(tmp_path.iterdir()) == []
    with open_output(target) as f:
        f.write("whole\n")
    assert target.read_text() == "whole\n"


def test_atomic_path_renames_only_on_success(tmp_path):
    target = tmp_path / "t.bin"
    with atomic_path(target) as tmp:
        open(tmp, "wb").write(b"x")
        assert not target.exists()
    assert target.read_bytes() == b"x"


def test_a_directory_is_replaced_only_by_a_complete_new_one(tmp_path):
    d = tmp_path / "model"
    with atomic_directory(d) as tmp:
        (tmp / "a").write_text("1")
    with pytest.raises(RuntimeError):
        with atomic_directory(d) as tmp:
            (tmp / "a").write_text("2")
            raise RuntimeError
    assert (d / "a").read_text() == "1"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["model"]
