"""The command a user types: exit codes, the summary, and a clean terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, ROOT


def newsclean(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_run_prints_summary_and_no_traceback(tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(DATA / "seeds", raw)
    (raw / "notes.zip").write_bytes(b"PK\x03\x04not really")
    res = newsclean("run", "--raw", str(raw), "--curated", str(tmp_path / "out"), cwd=ROOT)
    out = res.stdout + res.stderr
    assert res.returncode == 0, out
    assert "Traceback" not in out and "ERROR" not in out
    assert "curated" in res.stdout and "unsupported_format" in res.stdout
    assert "6 passed, 0 failed" in res.stdout


def test_bad_arguments_exit_nonzero_with_one_line(tmp_path: Path):
    res = newsclean("run", "--batch-size", "0", cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and "batch-size" in res.stderr


def test_train_model_writes_a_loadable_model_that_matches_the_shipped_one(tmp_path: Path):
    import numpy as np

    from newsclean.rules import boilerplate_rules, load_line_model
    from newsclean.train_model import BLIND, model_settings

    out = tmp_path / "line_model.npz"
    # A safety net, not a speed check: a full fit takes about 5 minutes on an idle 2-core machine
    # (24 dev sets), twice that when the machine is busy.
    res = newsclean("train-model", "--out", str(out), cwd=ROOT, timeout=1800)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "trained on" in res.stdout and not any(b in res.stdout for b in BLIND)
    fresh = load_line_model(out, model_settings(), "test")
    shipped = boilerplate_rules().model
    assert fresh.meta["data_sha256"] == shipped.meta["data_sha256"]
    # Same data and rules give the same model (up to float noise across machines).
    assert np.corrcoef(fresh.weights, shipped.weights)[0, 1] > 0.999
    assert np.allclose(fresh.dense, shipped.dense, atol=1e-2)
    # And trees that score the first dev set's lines as the shipped trees do (a split may move
    # with float noise in the log-odds, so the scores are compared, not the nodes).
    from newsclean.train_model import design, examples, page_lines, stack_inputs
    from transforms.line_model import tree_logit

    frame = page_lines(ROOT / "tests" / "data", ("textset",))
    x, ex = design(frame), examples(frame)
    fresh_p, shipped_p = (
        1 / (1 + np.exp(-tree_logit(stack_inputs(frame, x @ np.append(m.weights, m.dense) + m.bias)[ex], m.trees)))
        for m in (fresh, shipped)
    )
    assert fresh.trees is not None and len(fresh.trees.roots) == len(shipped.trees.roots)
    assert np.abs(fresh_p - shipped_p).max() < 0.05 and ((fresh_p >= 0.5) == (shipped_p >= 0.5)).mean() > 0.995
