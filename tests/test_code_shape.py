"""The code stays easy to change: no module over 500 lines, no function over 60, and a test module per module.

Word lists and rule tables are data, so they may make a module long but never a function. The whole package is
held to the limits, the extraction package included.
"""

from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "stance"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
#: Modules without logic of their own, or whose behaviour a test module of another name pins.
TESTED_ELSEWHERE = {
    "__init__": "no logic",
    "__main__": "no logic",
    "metrics": "TypedDicts only: no logic",
    "jsonout": "test_fast_output.py (records written as JSON by msgspec, as the standard library would read them)",
    "distributed": "test_dask.py (needs the dask extra)",
    "modelfile": "test_model_safety.py and test_bad_input.py (damaged, foreign and untrusted model directories)",
}


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in _modules() if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES}
    assert not long, f"split these modules: {long}"


def test_no_function_is_over_60_lines():
    long = {}
    for p in _modules():
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long[f"{p.relative_to(ROOT)}:{node.lineno} {node.name}"] = n
    assert not long, f"split these functions: {long}"


def test_the_limits_see_the_whole_package():
    names = {str(p.relative_to(PACKAGE)) for p in _modules()}
    assert {"training.py", "rules/voting.py", "cli/train.py", "extract/reported.py", "extract/speakers.py"} <= names


def test_every_top_level_module_with_logic_has_a_test_module():
    tests = {p.stem for p in (ROOT / "tests").glob("test_*.py")}
    missing = [p.stem for p in sorted(PACKAGE.glob("*.py"))
               if p.stem not in TESTED_ELSEWHERE and f"test_{p.stem}" not in tests]
    assert not missing, f"no tests/test_<module>.py for: {missing}"
