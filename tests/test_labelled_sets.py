"""The hand-labelled text sets under tests/data pass their consistency checker
(tests/data/check_textsets.py: per-case label rules, cross-case rules, coverage targets)."""

from __future__ import annotations

import importlib.util
import json
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


def test_a_noise_line_copied_from_a_held_out_set_is_reported_without_its_text(tmp_path):
    # The copied line is the held-out set's line: quoting it would show held-out wording.
    held_out = "textset-holdout2"
    line = next(
        x
        for p in sorted((CHECKER.parent / held_out / "cases").glob("*.json"))
        for x in json.loads(p.read_text(encoding="utf-8"))["noise"]
        if len(x) >= checker.REUSE_MIN_LEN
    )
    (tmp_path / held_out).symlink_to(CHECKER.parent / held_out)
    cases = tmp_path / "textset-dev21" / "cases"
    cases.mkdir(parents=True)
    body = [f"Story line number {i} of the case, long enough to count." for i in range(3)]
    (cases / "en-001.txt").write_text("\n\n".join([*body, line]) + "\n", encoding="utf-8")
    label = {"id": "en-001", "lang": "en", "title": None, "body": body, "noise": [line], "captions": [],
             "noise_kinds": ["other"], "position": ["bottom"], "hard": False, "notes": "copied line"}
    (cases / "en-001.json").write_text(json.dumps(label), encoding="utf-8")
    errors = checker.check_set("textset-dev21", data_dir=str(tmp_path))
    copied = [e for e in errors if "copied from tests/data/" + held_out in e]
    assert copied and all(checker.WITHHELD in e and line[:20] not in e for e in copied)
