from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

from flows.storage import Store, discover, read_raw


def test_discover_lists_links_and_hidden_files_without_following(tmp_path: Path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "a.txt").write_text("hello")
    (raw / "sub" / "b.html").write_text("<p>x</p>")
    (raw / ".DS_Store").write_bytes(b"\0")
    outside = tmp_path / "secret.txt"
    outside.write_text("outside the raw root")
    os.symlink(outside, raw / "link.txt")
    os.symlink(tmp_path, raw / "linkdir")
    got = {f.raw_path: f.problem for f in discover(raw)}
    assert got == {".DS_Store": "hidden_file", "a.txt": None, "link.txt": "symlink", "linkdir": "symlink", "sub/b.html": None}
    files = {f.raw_path: f for f in discover(raw)}
    assert read_raw(files["link.txt"], 100) == (None, "symlink")
    assert read_raw(files["a.txt"], 100) == (b"hello", None)
    assert read_raw(files["a.txt"], 3) == (None, "too_large")


def _publish(store: Store, run_id: str, rows: int) -> Path:
    tmp = store.begin(run_id)
    pl.DataFrame({"x": list(range(rows))}).write_parquet(tmp / "documents" / "part-0.parquet")
    return store.commit(tmp, run_id, keep=2)


def test_commit_switches_all_datasets_at_once_and_prunes(tmp_path: Path):
    store = Store(tmp_path / "curated")
    _publish(store, "r1", 1)
    assert pl.read_parquet(tmp_path / "curated" / "documents" / "*.parquet").height == 1
    _publish(store, "r2", 2)
    _publish(store, "r3", 3)
    assert pl.read_parquet(tmp_path / "curated" / "documents" / "*.parquet").height == 3
    assert sorted(p.name for p in (tmp_path / "curated" / "_versions").iterdir()) == ["r2", "r3"]


def test_half_written_version_is_invisible_and_cleared(tmp_path: Path):
    store = Store(tmp_path / "curated")
    _publish(store, "r1", 1)
    tmp = store.begin("r2")  # a run killed while writing
    pl.DataFrame({"x": [9]}).write_parquet(tmp / "documents" / "part-0.parquet")
    assert pl.read_parquet(tmp_path / "curated" / "documents" / "*.parquet")["x"].to_list() == [0]
    store.begin("r3")  # the next run clears what the killed one left
    assert not (tmp_path / "curated" / "_versions" / ".tmp-r2").exists()


def test_first_version_stopped_right_after_its_switch_has_every_readers_link(tmp_path: Path, monkeypatch):
    class Killed(Exception):
        pass

    def crash(name: str) -> None:  # the process dies here, as under kill -9: nothing after runs
        if name == "after_switch":
            raise Killed

    monkeypatch.setattr("flows.storage.crash_point", crash)
    store = Store(tmp_path / "curated")
    with pytest.raises(Killed):
        _publish(store, "r1", 1)
    for name in ("documents", "articles", "boilerplate", "_state"):
        assert (tmp_path / "curated" / name).resolve() == (tmp_path / "curated" / "_versions" / "r1" / name).resolve()
    assert pl.read_parquet(tmp_path / "curated" / "documents" / "*.parquet").height == 1
