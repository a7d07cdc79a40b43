"""File I/O: discovering raw inputs, reading them, and publishing versions of curated/ atomically.

Layout of curated/ (readers only ever use the first three names):
    documents -> current/documents        static symlinks, created once
    articles  -> current/articles
    boilerplate -> current/boilerplate
    _state    -> current/_state           the tool's incremental state, versioned with the data
    current   -> _versions/<run_id>       swapped with one atomic rename per run
    _versions/<run_id>/...                complete, immutable versions (the last few are kept)
    _reports/                             validation results, Data Docs, run summaries
A run writes a new version beside the old one and only then renames `current`: a reader, or a
run killed at any moment, sees the previous version or the new one, never a mix.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsclean.schemas import ARTICLES, ARTICLES_PARTITION, BOILERPLATE, DOCUMENTS
from transforms.ingest import safe_path

DATASETS = ("documents", "articles", "boilerplate")
STATE_FILES = {
    # Every input seen: decides what a rerun may skip.
    "processed": pl.Schema(
        {"raw_path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64, "raw_sha256": pl.String}
    ),
    # Body hash of every curated or duplicate copy → its story (exact matches across runs).
    "hashes": pl.Schema({"body_sha256": pl.String, "article_id": pl.String, "doc_id": pl.String}),
}


@dataclass(frozen=True)
class RawFile:
    raw_path: str  # POSIX, relative to the raw root
    path: Path | None  # None when the entry must not be opened (a link, a special file)
    size_bytes: int | None
    mtime_ns: int | None
    problem: str | None = None  # quarantine reason decided at discovery


def discover(root: Path) -> list[RawFile]:
    """Every entry under `root`, sorted. Symlinks are never followed (they could lead out of the
    raw root); they, hidden files, special files and unreadable folders are listed with a
    reason, not skipped. Nothing under `root` is opened for writing or modified."""
    out: list[RawFile] = []
    root = root.resolve()

    def unlistable(err: OSError) -> None:
        # os.walk skips a folder it cannot list; report it so that its files are not lost silently.
        if err.filename is not None and Path(err.filename) != root:
            rel = safe_path(Path(err.filename).relative_to(root).as_posix())
            out.append(RawFile(rel + "/", None, None, None, "unreadable"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unlistable):
        here = Path(dirpath)
        # Linked directories are reported once, as entries, and not entered.
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                filenames.append(d)
        dirnames.sort()
        for name in filenames:
            p = here / name
            rel = safe_path(p.relative_to(root).as_posix())
            try:
                st = p.lstat()
            except OSError:
                out.append(RawFile(rel, None, None, None, "unreadable"))
                continue
            if stat.S_ISLNK(st.st_mode):
                out.append(RawFile(rel, None, None, None, "symlink"))
            elif not stat.S_ISREG(st.st_mode):
                out.append(RawFile(rel, None, None, None, "not_a_regular_file"))
            elif any(part.startswith(".") for part in rel.split("/")):
                out.append(RawFile(rel, None, st.st_size, st.st_mtime_ns, "hidden_file"))
            else:
                out.append(RawFile(rel, p, st.st_size, st.st_mtime_ns))
    return sorted(out, key=lambda f: f.raw_path)


def read_raw(f: RawFile, max_bytes: int) -> tuple[bytes | None, str | None]:
    """(data, None) or (None, reason). Reads at most max_bytes + 1 so a huge file costs nothing."""
    if f.problem or f.path is None:
        return None, f.problem or "unreadable"
    if f.size_bytes is not None and f.size_bytes > max_bytes:
        return None, "too_large"
    try:
        # The entry was a regular file at discovery. O_NOFOLLOW refuses it if it became a link
        # since, O_NONBLOCK keeps a FIFO swapped in from blocking the run, fstat checks the rest.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(f.path, flags)
    except OSError as exc:
        return None, "symlink" if exc.errno == errno.ELOOP else "unreadable"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None, "not_a_regular_file"
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        return None, "unreadable"
    finally:
        os.close(fd)
    if size > max_bytes:
        return None, "too_large"
    return b"".join(chunks), None


def crash_point(name: str) -> None:
    """Fault injection for the crash tests: NEWSCLEAN_CRASH_AT=<name> kills the process here
    with SIGKILL, exactly as `kill -9` would (no cleanup handlers run)."""
    if os.environ.get("NEWSCLEAN_CRASH_AT") == name:
        # Like `kill -9` of the whole process tree, Prefect's temporary server included (it
        # would outlive a lone SIGKILL of this process), when this run leads its own group.
        if os.getpgid(0) == os.getpid():
            os.killpg(os.getpid(), signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            fd = os.open(Path(dirpath) / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


class Store:
    """Versions of the curated datasets under one root."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.versions = root / "_versions"
        self.current_link = root / "current"

    # Reading the published version ------------------------------------------------------

    def current(self) -> Path | None:
        if not self.current_link.is_symlink():
            return None
        target = self.current_link.resolve()
        return target if target.is_dir() else None

    def scan(self, dataset: str) -> pl.LazyFrame:
        """The published dataset, lazily; an empty frame of the right schema before the first run."""
        schema = {"documents": DOCUMENTS, "articles": ARTICLES, "boilerplate": BOILERPLATE}[dataset]
        cur = self.current()
        if cur is None or not any((cur / dataset).rglob("*.parquet")):
            return pl.LazyFrame(schema=schema)
        lf = pl.scan_parquet(str(cur / dataset / "**" / "*.parquet"), hive_partitioning=dataset == "articles")
        return lf.select([pl.col(c).cast(t) for c, t in schema.items()])

    def read_state(self, name: str) -> pl.DataFrame | None:
        cur = self.current()
        if cur is None or not (cur / "_state" / f"{name}.parquet").exists():
            return None
        return pl.read_parquet(cur / "_state" / f"{name}.parquet")

    # Writing a new version --------------------------------------------------------------

    def clear_stale(self) -> None:
        """Remove versions left half-written by a run that was killed."""
        if self.versions.exists():
            for p in self.versions.glob(".tmp-*"):
                shutil.rmtree(p, ignore_errors=True)
        for link in self.root.glob(".current-*"):
            link.unlink(missing_ok=True)

    def begin(self, run_id: str) -> Path:
        self.clear_stale()
        tmp = self.versions / f".tmp-{run_id}"
        tmp.mkdir(parents=True)
        for d in (*DATASETS, "_state"):
            (tmp / d).mkdir()
        return tmp

    def commit(self, tmp: Path, run_id: str, keep: int) -> Path:
        """Make the staged version durable, then switch `current` to it in one rename."""
        final = self.versions / run_id
        crash_point("before_fsync")
        _fsync_tree(tmp)
        os.rename(tmp, final)
        _fsync_dir(self.versions)
        crash_point("before_switch")
        # The readers' links go in before the switch (dangling until the first one): a first run
        # killed right after its switch used to leave `current` without some of them.
        for name in (*DATASETS, "_state"):
            link = self.root / name
            if not link.is_symlink():
                if link.exists():
                    raise RuntimeError(f"{link} exists and is not the link newsclean manages")
                os.symlink(Path("current") / name, link)
        link_tmp = self.root / f".current-{run_id}"
        if link_tmp.is_symlink():
            link_tmp.unlink()
        os.symlink(Path("_versions") / run_id, link_tmp)
        os.replace(link_tmp, self.current_link)  # the atomic switch
        _fsync_dir(self.root)
        crash_point("after_switch")
        self._prune(keep, final)
        return final

    def _prune(self, keep: int, newest: Path) -> None:
        # Complete but unpublished versions (a run killed just before its switch) are pruned
        # like old ones; the published one never is.
        done = sorted((p for p in self.versions.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
        for old in done[: -keep if keep > 0 else None]:
            if old != newest:
                shutil.rmtree(old, ignore_errors=True)


def write_articles(df: pl.DataFrame, target: Path) -> None:
    """Hive-partitioned by published_month; the key lives in the folder name only."""
    for (month,), part in df.partition_by(ARTICLES_PARTITION, as_dict=True, maintain_order=True).items():
        folder = target / f"{ARTICLES_PARTITION}={month}"
        folder.mkdir(parents=True, exist_ok=True)
        part.drop(ARTICLES_PARTITION).sort("article_id").write_parquet(folder / "part-0.parquet")
