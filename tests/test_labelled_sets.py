"""The hand-labelled text sets under tests/data pass their consistency checker
(tests/data/check_textsets.py: per-case label rules, cross-case rules, coverage targets)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parent / "data" / "check_textsets.py"


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_textsets", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


@pytest.mark.parametrize("name", sorted(checker.SETS))
def test_labelled_set_is_consistent(name, capsys):
    status = checker.main([name])
    out = capsys.readouterr().out
    assert "error(s):" not in out
    assert "OK: all cases consistent" in out
    assert status == 0
