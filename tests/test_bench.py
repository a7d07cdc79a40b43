"""Smoke tests for `newsclean bench` (newsclean/bench.py) on ~2k synthetic documents.

They check behaviour (the generator is deterministic and plants what it says, dedup finds the
planted duplicates, the phase probes still find dedup's helpers, the JSON has its keys), never
timings: those depend on the machine and are only reported, as ratios, by the bench. That the
optimised dedup gives the same values as the straightforward one is tested in
tests/transforms/test_dedup.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from newsclean import bench
from transforms import dedup as dedup_t

N_DOCS = 2_000


@pytest.fixture(scope="module")
def vocab() -> list[str]:
    return bench.make_vocab()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Any], Path]:
    """One `newsclean bench --docs 2000`, from an empty working directory."""
    cwd = tmp_path_factory.mktemp("bench")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(cwd)
        code = bench.main(argparse.Namespace(docs=N_DOCS))
    path = cwd / ".bench" / "latest.json"
    return code, json.loads(path.read_text()), path


def test_corpus_is_deterministic(vocab: list[str]) -> None:
    a = bench.generate_corpus(500, vocab=vocab).docs
    b = bench.generate_corpus(500, vocab=vocab).docs
    c = bench.generate_corpus(500, seed=bench.SEED + 1, vocab=vocab).docs
    assert a.equals(b)
    assert not a["text"].equals(c["text"])


def test_corpus_plants_what_it_says(vocab: list[str]) -> None:
    corpus = bench.generate_corpus(N_DOCS, vocab=vocab)
    docs = corpus.docs
    assert docs.height == N_DOCS and docs["doc_id"].n_unique() == N_DOCS
    kinds = dict(docs["kind"].value_counts().iter_rows())
    assert kinds == {"original": 1700, "near": 200, "exact": 100}
    words = docs.filter(pl.col("kind") == "original")["text"].str.count_matches(r"\S+")
    assert bench.MIN_WORDS <= words.min() and words.max() <= bench.MAX_WORDS
    # Every copy points at an original; exact copies are byte-identical to it.
    originals = docs.filter(pl.col("kind") == "original").select("cluster", orig="text")
    assert originals["cluster"].n_unique() == originals.height
    copies = docs.filter(pl.col("kind") != "original").join(originals, on="cluster")
    assert copies.height == 300
    exact = copies.filter(pl.col("kind") == "exact")
    assert (exact["text"] == exact["orig"]).all()
    near = copies.filter(pl.col("kind") == "near")
    assert not (near["text"] == near["orig"]).any()
    # News-like: Zipf vocabulary (the most frequent word is far above the median one).
    counts = docs["text"].str.to_lowercase().str.extract_all(r"\w+").explode().value_counts(sort=True)
    assert counts["count"][0] > 50 * counts["count"][counts.height // 2]


def test_dedup_finds_planted_duplicates(vocab: list[str]) -> None:
    corpus = bench.generate_corpus(N_DOCS, seed=bench.SEED + 5, vocab=vocab)
    result = bench.run_dedup(corpus.docs)
    q = result["quality"]
    assert q["pair_recall"] >= 0.9
    assert q["pair_precision"] >= 0.95
    assert q["exact_copies_found"] == 1.0
    assert result["unique_bodies"] < N_DOCS  # exact copies collapse before the near stage
    assert set(result["phases"]) == set(bench.PHASES)
    assert all(p["seconds"] >= 0 for p in result["phases"].values())
    assert sum(p["seconds"] for p in result["phases"].values()) == pytest.approx(result["seconds"], abs=0.01)
    assert result["peak_rss_delta_mb"] >= 0


def test_phase_probes_find_dedups_helpers(vocab: list[str]) -> None:
    """The probes skip helpers missing from dedup.py (so the bench survives refactors): a renamed
    helper would silently fold its sub-segments into a neighbour. Every probed name must exist,
    and every segment must show up."""
    missing = [n for n in bench._PROBED if not callable(getattr(dedup_t, n, None))]
    assert missing == []
    assert {name for name, _ in bench._SEGMENTS} - {"dedup"} <= set(bench._PROBED)
    corpus = bench.generate_corpus(300, seed=bench.SEED + 5, vocab=vocab)
    segments = bench.run_dedup(corpus.docs)["segments"]
    assert set(segments) == set(bench._SEGMENTS.values())
    # The wrappers are undone afterwards.
    assert all(getattr(dedup_t, n).__module__ == "transforms.dedup" and getattr(dedup_t, n).__name__ == n for n in bench._PROBED)


def test_planted_quality_counts_pairs() -> None:
    docs = pl.DataFrame(
        {"doc_id": ["a", "b", "c", "d", "e"], "cluster": [1, 1, 1, 2, 3], "kind": ["original", "near", "exact", "original", "original"]}
    )
    # b is missed; d and e are wrongly merged.
    assign = pl.DataFrame({"doc_id": ["a", "b", "c", "d", "e"], "article_id": ["x", "y", "x", "z", "z"], "reason": [None] * 5})
    q = bench.planted_quality(assign, docs)
    assert q["planted_pairs"] == 3 and q["predicted_pairs"] == 2
    assert q["pair_precision"] == 0.5 and q["pair_recall"] == round(1 / 3, 4)
    assert q["near_copies_found"] == 0.0 and q["exact_copies_found"] == 1.0
    assert q["stories_merging_planted_stories"] == 1


def test_bench_json_has_expected_keys(run: tuple[int, dict[str, Any], Path]) -> None:
    code, r, _ = run
    assert code == 0
    for key in ("machine", "calibration", "corpus", "dedup", "target", "quality", "clean", "scaling"):
        assert key in r
    for size in ("small", "large"):
        d = r["dedup"][size]
        assert set(d["phases"]) == set(bench.PHASES)
        for key in ("seconds", "docs_per_s", "peak_rss_mb", "peak_rss_delta_mb", "quality"):
            assert key in d
        c = r["clean"][size]
        for key in ("docs", "seconds", "docs_per_s", "peak_rss_delta_mb", "boilerplate_inserted", "boilerplate_removed"):
            assert key in c
    assert r["dedup"]["large"]["docs"] == N_DOCS and r["dedup"]["small"]["docs"] == N_DOCS // 10
    for stage in ("dedup", "clean"):
        s = r["scaling"][stage]
        assert s["time_ratio"] is not None and s["time_ratio"] > 0
        assert "peak_rss_ratio" in s and s["size_ratio"] == 10
    assert r["target"]["dedup_seconds_max"] == 60
    assert "prototype" not in r  # measured next to the old dedup until it replaced it


def test_bench_run_is_sane(run: tuple[int, dict[str, Any], Path]) -> None:
    _, r, _ = run
    q = r["quality"]
    assert q["pair_recall"] >= 0.9 and q["pair_precision"] >= 0.95
    assert r["corpus"]["docs"] == N_DOCS
    for size in ("small", "large"):
        c = r["clean"][size]
        # Most inserted boilerplate lines are removed, and (almost) no story line.
        assert c["boilerplate_removed"] >= 0.8 * c["boilerplate_inserted"]
        assert c["other_lines_removed"] <= 0.01 * c["text_lines"]
        assert c["empty_bodies"] == 0
