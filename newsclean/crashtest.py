"""Crash safety, tested the hard way: `kill -9` real runs and check what readers would see.

`newsclean crashtest --points 20` kills runs at 20 random moments; tests/flows/test_crash.py
kills them at the publish step's critical points. After every kill, curated/ must be exactly
as before the run or a complete new version, and the next run must finish the work.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl


def current_digest(curated: Path) -> dict[str, str]:
    """What a reader sees: every file reachable through curated/current, hashed."""
    cur = curated / "current"
    if not cur.exists():
        return {}
    root = cur.resolve()
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def consistency_problems(curated: Path, raw_paths: set[str] | None = None) -> list[str]:
    """Problems a reader of the published version would hit; [] when consistent."""
    if not (curated / "current").exists():
        return []
    problems: list[str] = []
    try:
        docs = pl.read_parquet(curated / "documents" / "**" / "*.parquet")
        arts = pl.scan_parquet(str(curated / "articles" / "**" / "*.parquet"), hive_partitioning=True).collect()
        pl.read_parquet(curated / "boilerplate" / "**" / "*.parquet")
    except Exception as exc:  # an unreadable dataset is exactly what this test looks for
        return [f"unreadable dataset: {exc}"]
    if docs.select("raw_path", "record").is_duplicated().any():
        problems.append("documents: repeated (raw_path, record)")
    if arts["article_id"].is_duplicated().any():
        problems.append("articles: repeated article_id")
    linked = set(docs.filter(pl.col("status") != "quarantined")["article_id"].to_list())
    missing = linked - set(arts["article_id"].to_list())
    if missing:
        problems.append(f"documents point at {len(missing)} unpublished article_ids")
    for name in ("processed", "hashes", "stories"):
        if not (curated / "_state" / f"{name}.parquet").exists():
            problems.append(f"_state/{name}.parquet missing")
    if raw_paths is not None:
        lost = raw_paths - set(docs["raw_path"].to_list())
        if lost:
            problems.append(f"{len(lost)} inputs have no documents row")
    return problems


def start_run(raw: Path, curated: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    # A new session, so that killpg reaches the whole tree (Prefect's server included).
    return subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "run", "--raw", str(raw), "--curated", str(curated), "--batch-size", "50"],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_tree(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def build_corpus(data: Path, dest: Path) -> list[Path]:
    """Plain-text inputs from the labelled sets: enough work for a run to take a while."""
    import json

    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for p in sorted((data / "textset" / "cases").glob("*.txt")):
        files.append(shutil.copy(p, dest / p.name))
    synd = data / "syndication" / "docs.jsonl"
    if synd.exists():
        for line in synd.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out = dest / f"synd-{rec['doc_id']}.txt"
            out.write_text(rec["text"], encoding="utf-8")
            files.append(out)
    return [Path(f) for f in files]


def main(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="newsclean-crash-"))
    pool = build_corpus(args.data, work / "pool")
    raw, curated = work / "raw", work / "curated"
    raw.mkdir()
    # One uninterrupted run on a scratch copy tells how long a run takes.
    t0 = time.monotonic()
    scratch = start_run(work / "pool", work / "scratch")
    scratch.wait()
    duration = time.monotonic() - t0
    chunks = [pool[i :: args.points] for i in range(args.points)]
    outcomes = {"unchanged": 0, "published": 0}
    failures: list[str] = []
    for i, chunk in enumerate(chunks):
        for f in chunk:
            shutil.copy2(f, raw / f.name)
        before = current_digest(curated)
        delay = rng.uniform(0.5, duration * 1.1)
        proc = start_run(raw, curated)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            pass
        kill_tree(proc)
        after = current_digest(curated)
        problems = consistency_problems(curated)
        state = "unchanged" if after == before else "published"
        outcomes[state] += 1
        print(f"kill {i + 1:2d}/{args.points} at {delay:5.1f}s: {state}{'; ' + '; '.join(problems) if problems else ''}")
        if problems:
            failures.append(f"kill {i + 1}: {problems}")
    final = start_run(raw, curated)
    final.wait()
    inputs = {p.name for p in raw.iterdir()}
    problems = consistency_problems(curated, inputs)
    print(f"final run exit {final.returncode}; {len(inputs)} inputs; problems: {problems or 'none'}")
    print(f"{outcomes['unchanged']} kills left the previous version, {outcomes['published']} landed after a complete publish")
    if final.returncode != 0 or problems or failures:
        return 1
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0
