"""The hostile corpus through the real flow: exit clean, one row per input, reasons kept."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import polars as pl

from tests.hostile.make_corpus import MUST_CONTAIN, build


def snapshot(root: Path) -> dict[str, str]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                out[rel] = "link:" + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_hostile_corpus_through_the_flow(prefect_server, tmp_path: Path):
    from flows.curate import curate

    raw = tmp_path / "raw"
    expected = build(raw)
    before = snapshot(raw)
    summary = curate(raw=str(raw), curated=str(tmp_path / "curated"), batch_size=16)
    assert snapshot(raw) == before, "raw/ must be byte-identical after a run"

    docs = pl.read_parquet(tmp_path / "curated" / "documents" / "*.parquet")
    got = {}
    for r in docs.iter_rows(named=True):
        # Multi-record files are keyed per record; a file rejected whole by its path alone.
        got[f"{r['raw_path']}#{r['record']}"] = r
        got.setdefault(r["raw_path"], r)
    missing = set(expected) - set(got)
    assert not missing, f"inputs without a documents row: {sorted(missing)}"
    for key, (status, reason) in expected.items():
        row = got[key]
        assert row["status"] == status or (status == "curated" and row["status"] == "duplicate"), (key, row["status"], row["reason"])
        if status == "quarantined":
            assert row["reason"] == reason, (key, row["reason"])
            assert row["article_id"] is None
    for key, phrase in MUST_CONTAIN.items():
        assert phrase in got[key]["body"], key
    quarantined = docs.filter(pl.col("status") == "quarantined")
    assert sum(summary["quarantined"].values()) == quarantined.height
    assert all(c["success"] for c in summary["checks"])
