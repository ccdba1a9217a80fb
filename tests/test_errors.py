"""stance.errors: one line saying what is wrong and where, and the extra to install."""

from __future__ import annotations

import pytest

from stance.errors import DataError, UsageError, require


def test_an_error_names_its_file_line_and_column_before_the_message():
    assert str(DataError("text is empty", path="d.jsonl", line=3, column="text")) == \
        "d.jsonl, line 3, column text: text is empty"
    assert str(UsageError("--cv needs at least 2 folds")) == "--cv needs at least 2 folds"
    assert DataError("x").exit_code == UsageError("x").exit_code == 2


def test_a_missing_optional_dependency_names_the_extra_to_install():
    with pytest.raises(UsageError, match=r"--format skops needs no_such_module_x.*pip install 'stance\[skops\]'"):
        require("no_such_module_x", "skops", "--format skops")
    require("json", "none", "reading JSON")  # installed: nothing happens
