"""kill -9 real runs at the publish step's critical points: readers see before or after, never a mix."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from newsclean.crashtest import consistency_problems, current_digest, kill_tree, start_run
from tests.conftest import DATA


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in sorted((DATA / "textset" / "cases").glob("*.txt"))[:20]:
        shutil.copy2(p, raw / p.name)
    return raw, tmp_path / "curated"


def servers() -> set[int]:
    """PIDs of running Prefect API servers (the temporary one each run starts)."""
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if b"prefect.server.api.server" in (d / "cmdline").read_bytes():
                    out.add(int(d.name))
            except OSError:
                pass
    return out


def left_behind(before: set[int], grace: float = 20.0) -> set[int]:
    """Prefect servers started since `before` that are still alive after `grace` seconds: a
    SIGKILL to the run's process group is delivered asynchronously, and on a loaded machine the
    server can take a moment to die (one CI run saw it alive right after the run's exit)."""
    deadline = time.monotonic() + grace
    while (new := servers() - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    return new


def finish(raw: Path, curated: Path, env: dict | None = None) -> int:
    proc = start_run(raw, curated, env)
    return proc.wait(timeout=600)


def test_kills_at_critical_points_leave_before_or_after(corpus):
    raw, curated = corpus
    files = sorted(raw.iterdir())
    hold = raw.parent / "hold"
    hold.mkdir()
    for p in files[10:]:
        p.rename(hold / p.name)
    assert finish(raw, curated) == 0  # a first published version to protect
    published = current_digest(curated)
    assert published and consistency_problems(curated) == []
    for p in hold.iterdir():
        p.rename(raw / p.name)

    for point in ("mid_write", "before_fsync", "before_switch"):
        running = servers()
        rc = finish(raw, curated, {"NEWSCLEAN_CRASH_AT": point})
        assert rc != 0, point
        assert not left_behind(running), f"{point}: the killed run left its Prefect server behind"
        assert current_digest(curated) == published, f"{point}: readers must still see the previous version"
        assert consistency_problems(curated) == [], point

    # Killed just after the switch: the new version is complete and consistent.
    finish(raw, curated, {"NEWSCLEAN_CRASH_AT": "after_switch"})
    assert current_digest(curated) != published
    assert consistency_problems(curated, {p.name for p in raw.iterdir()}) == []
    # The next run repairs the links and has nothing left to do.
    assert finish(raw, curated) == 0
    assert consistency_problems(curated, {p.name for p in raw.iterdir()}) == []
    assert not list((curated / "_versions").glob(".tmp-*"))


def test_kill_at_a_random_moment_then_recover(corpus):
    raw, curated = corpus
    proc = start_run(raw, curated)
    try:
        proc.wait(timeout=12)
    except Exception:
        pass
    kill_tree(proc)
    assert consistency_problems(curated) == []
    assert finish(raw, curated) == 0
    assert consistency_problems(curated, {p.name for p in raw.iterdir()}) == []
