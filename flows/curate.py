"""The `curate` flow: raw/ → ingest → extract → clean → dedup → fields → publish → curated/.

Each stage is a Prefect task over a batch (a Polars frame), followed by its Great Expectations
check. The flow only wires stages; transforms/ holds the logic, flows/storage.py the file I/O.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from expectations.result import CheckResult
from flows.storage import STATE_FILES, RawFile, Store, crash_point, discover, read_raw, write_articles
from newsclean.config import Limits, Settings
from newsclean.rules import boilerplate_rules, dedup_params
from newsclean.schemas import ARTICLES, ARTICLES_PARTITION, conform
from transforms import clean as clean_t
from transforms import dedup as dedup_t
from transforms import extract as extract_t
from transforms import fields as fields_t
from transforms import ingest as ingest_t
from transforms import publish as publish_t

# Frames are large and not worth hashing: no task-level caching.
stage_task = task(cache_policy=NO_CACHE, retries=0)


class RunFailed(RuntimeError):
    """A table-level expectation failed or the run could not publish; the message says which."""


@dataclass
class Summary:
    run_id: str
    inputs: int = 0
    unchanged: int = 0
    processed: int = 0
    curated: int = 0
    duplicates: int = 0
    new_stories: int = 0
    updated_stories: int = 0
    quarantined: Counter = field(default_factory=Counter)
    checks: list[dict[str, Any]] = field(default_factory=list)
    boilerplate_spans: int = 0
    seconds: float = 0.0
    version: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "inputs": self.inputs,
            "unchanged": self.unchanged,
            "processed": self.processed,
            "curated": self.curated,
            "duplicates": self.duplicates,
            "new_stories": self.new_stories,
            "updated_stories": self.updated_stories,
            "quarantined": dict(sorted(self.quarantined.items())),
            "boilerplate_spans": self.boilerplate_spans,
            "checks": self.checks,
            "seconds": round(self.seconds, 2),
            "version": self.version,
        }


# Tasks ------------------------------------------------------------------------------------


@stage_task(name="ingest")
def ingest_task(files: list[RawFile], limits: Limits) -> pl.DataFrame:
    items = []
    for f in files:
        data, problem = read_raw(f, limits.max_input_bytes)
        items.append(ingest_t.RawInput(f.raw_path, data, problem))
    return ingest_t.ingest(items, limits)


@stage_task(name="extract")
def extract_task(df: pl.DataFrame, limits: Limits) -> pl.DataFrame:
    return extract_t.extract(df, limits)


@stage_task(name="clean")
def clean_task(
    df: pl.DataFrame, limits: Limits, history: clean_t.SiteHistory
) -> tuple[pl.DataFrame, pl.DataFrame, clean_t.SiteHistory]:
    return clean_t.clean_documents_with_history(df, boilerplate_rules(), history, limits.max_line_chars)


@stage_task(name="check")
def check_task(checker: Any, stage: str, df: pl.DataFrame, id_column: str, params: dict | None = None) -> CheckResult:
    return checker.validate(stage, df, id_column, params)


@stage_task(name="dedup")
def dedup_task(
    docs: pl.DataFrame, store: Store, full_refresh: bool, hashes: pl.DataFrame | None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`hashes`: the known body hashes (state), read once by the caller, which also extends them."""
    params = dedup_params()
    stories = None if full_refresh else store.read_state("stories")
    if stories is None:
        stories = pl.DataFrame(schema={**dedup_t.KNOWN_SCHEMA, "signature": dedup_t.signature_dtype(params)})
    if hashes is None:
        hashes = pl.DataFrame(schema=STATE_FILES["hashes"])
    known_sig = stories["signature"].to_numpy() if stories.height else np.zeros((0, params.num_perm), np.uint32)
    assignments, new_stories = dedup_t.dedup(
        docs.select("doc_id", "body", "rank_key"),
        stories.select(dedup_t.KNOWN_SCHEMA.keys()),
        known_sig,
        hashes.select("body_sha256", "article_id"),
        params,
    )
    return assignments, pl.concat([stories, new_stories]) if stories.height else new_stories


@stage_task(name="fields")
def fields_task(docs: pl.DataFrame) -> pl.DataFrame:
    return fields_t.fields(docs)


@stage_task(name="publish")
def publish_task(
    store: Store,
    settings: Settings,
    run_id: str,
    documents: pl.DataFrame,
    articles: pl.DataFrame,
    audit: pl.DataFrame,
    state: dict[str, pl.DataFrame],
) -> Path:
    """Write the new version: previous rows not replaced by this run, plus this run's rows."""
    tmp = store.begin(run_id)
    replaced = documents.select("doc_id")
    if settings.full_refresh:
        prev_docs = prev_bp = prev_art = None
    else:
        prev_docs = store.scan("documents").join(replaced.lazy(), on="doc_id", how="anti")
        prev_bp = store.scan("boilerplate").join(replaced.lazy(), on="doc_id", how="anti")
        prev_art = store.scan("articles").join(articles.select("article_id").lazy(), on="article_id", how="anti")
    # Streaming concat: earlier versions' rows pass through without being held in memory.
    docs_lf = pl.concat([prev_docs, documents.lazy()]) if prev_docs is not None else documents.lazy()
    docs_lf.sort("raw_path", "record").sink_parquet(tmp / "documents" / "part-0.parquet")
    crash_point("mid_write")
    bp_lf = pl.concat([prev_bp, audit.lazy()]) if prev_bp is not None else audit.lazy()
    bp_lf.sort("doc_id", "position").sink_parquet(tmp / "boilerplate" / "part-0.parquet")
    all_articles = pl.concat([prev_art.collect(), articles]) if prev_art is not None else articles
    write_articles(conform(all_articles, ARTICLES), tmp / "articles")
    for name, frame in state.items():
        frame.write_parquet(tmp / "_state" / f"{name}.parquet")
    return store.commit(tmp, run_id, settings.keep_versions)


# Flow -------------------------------------------------------------------------------------


def _apply_row_failures(df: pl.DataFrame, result: CheckResult, id_column: str = "doc_id") -> pl.DataFrame:
    """Quarantine rows that failed a row-level expectation, with the expectation's name."""
    if not result.row_failures:
        return df
    reasons = pl.DataFrame(
        {id_column: list(result.row_failures), "_why": [v[0] for v in result.row_failures.values()]},
        schema={id_column: pl.String, "_why": pl.String},
    )
    return (
        df.join(reasons, on=id_column, how="left")
        .with_columns(
            # A row quarantined earlier keeps the reason that says what went wrong first.
            reason=pl.when(pl.col("status") == "quarantined").then("reason").otherwise(pl.coalesce("_why", "reason")),
            status=pl.when(pl.col("_why").is_not_null()).then(pl.lit("quarantined")).otherwise("status"),
        )
        .drop("_why")
    )


def _record(summary: Summary, result: CheckResult) -> None:
    summary.checks.append(
        {"stage": result.stage, "success": result.success, "rows": result.evaluated, "row_failures": result.failed, "table_failures": result.table_failures}
    )
    if not result.success:
        raise RunFailed(f"expectations failed at {result.stage}: {'; '.join(result.table_failures)}")


def _batches(files: list[RawFile], max_docs: int, max_bytes: int) -> list[list[RawFile]]:
    """Batches of at most `max_docs` files and about `max_bytes` of raw data, so a folder of
    large files does not hold gigabytes in one task."""
    out: list[list[RawFile]] = [[]]
    size = 0
    for f in files:
        n = f.size_bytes or 0
        if out[-1] and (len(out[-1]) >= max_docs or size + n > max_bytes):
            out.append([])
            size = 0
        out[-1].append(f)
        size += n
    return [b for b in out if b]


def _plan(files: list[RawFile], processed: pl.DataFrame | None) -> tuple[list[RawFile], int]:
    """Inputs to process: new paths, and known paths whose size or mtime changed."""
    if processed is None or processed.height == 0:
        return files, 0
    seen = {r[0]: (r[1], r[2]) for r in processed.select("raw_path", "size_bytes", "mtime_ns").iter_rows()}
    todo = [f for f in files if seen.get(f.raw_path) != (f.size_bytes, f.mtime_ns)]
    return todo, len(files) - len(todo)


def run_pipeline(settings: Settings) -> Summary:
    """The body of the flow, callable with a Settings object (tests and the CLI use the flow)."""
    from expectations.runner import Checker

    started = time.monotonic()
    now = datetime.now(timezone.utc).replace(microsecond=0)
    run_id = now.strftime("%Y%m%dT%H%M%SZ") + "-" + f"{time.time_ns() % 1_000_000:06d}"
    summary = Summary(run_id)
    store = Store(settings.curated)
    settings.curated.mkdir(parents=True, exist_ok=True)
    checker = Checker(settings.reports, run_id)
    checker.warm_up()  # GX imports in the background while discovery and ingest run
    limits = settings.limits
    rules = boilerplate_rules()

    files = discover(settings.raw)
    summary.inputs = len(files)
    processed_prev = None if settings.full_refresh else store.read_state("processed")
    todo, summary.unchanged = _plan(files, processed_prev)
    prev_sha = {} if processed_prev is None else dict(processed_prev.select("raw_path", "raw_sha256").iter_rows())

    # Site template statistics carry over from earlier runs and from batch to batch.
    history = clean_t.SiteHistory.empty()
    if not settings.full_refresh:
        lines_prev, docs_prev = store.read_state("site_lines"), store.read_state("site_docs")
        if lines_prev is not None and docs_prev is not None:
            history = clean_t.SiteHistory(lines_prev, docs_prev)

    staged, audits = [], []
    for batch in _batches(todo, settings.batch_size, settings.batch_bytes):
        ing = ingest_task(batch, limits)
        # A touched file with the same bytes is unchanged: nothing to redo.
        same = ing.filter(pl.col("raw_sha256").is_not_null()).select("raw_path", "raw_sha256").unique()
        same = same.filter(pl.col("raw_path").replace_strict(prev_sha, default=None) == pl.col("raw_sha256"))
        if same.height:
            ing = ing.join(same, on="raw_path", how="anti")
            summary.unchanged += same.height
        res = check_task(checker, "ingest", ing, "doc_id")
        _record(summary, res)
        ing = _apply_row_failures(ing, res)
        ext = extract_task(ing, limits)
        ok = ext.filter(pl.col("status") == "ok")
        res = check_task(checker, "extract", ok.select("doc_id", "text", "status"), "doc_id")
        _record(summary, res)
        ext = _apply_row_failures(ext, res)
        cln, audit, batch_stats = clean_task(ext, limits, history)
        history = history.merge(batch_stats)
        ok = cln.filter(pl.col("status") == "ok")
        res = check_task(checker, "clean", ok.select("doc_id", "body", "chars_removed"), "doc_id", {"boilerplate_markers": list(rules.markers)})
        _record(summary, res)
        cln = _apply_row_failures(cln, res)
        staged.append(cln.drop("content", "text"))
        audits.append(audit)

    docs = pl.concat(staged, how="vertical_relaxed") if staged else None
    if docs is None or docs.height == 0:
        summary.seconds = time.monotonic() - started
        checker.finish()
        _write_summary(settings, summary)
        return summary
    audit = pl.concat(audits) if audits else pl.DataFrame()
    summary.processed = docs.select("raw_path").n_unique()

    ok = docs.filter(pl.col("status") == "ok").with_columns(rank_key=dedup_t.rank_key())
    hashes_prev = None if settings.full_refresh else store.read_state("hashes")
    assignments, stories = dedup_task(ok, store, settings.full_refresh, hashes_prev)
    docs = docs.join(assignments.rename({"status": "dedup_status", "reason": "dedup_reason"}), on="doc_id", how="left")
    docs = docs.with_columns(
        status=pl.when(pl.col("status") == "ok").then("dedup_status").otherwise("status"),
        reason=pl.when(pl.col("status") == "ok").then("dedup_reason").otherwise("reason"),
    )

    copies = docs.filter(pl.col("status").is_in(["curated", "duplicate"]))
    flds = fields_task(copies)
    copies = copies.select("doc_id", "article_id", "is_new_story", "body", "body_sha256").join(flds, on="doc_id")
    touched = copies.select("article_id").unique()
    previous = (
        pl.DataFrame(schema=ARTICLES)
        if settings.full_refresh
        else store.scan("articles").join(touched.lazy(), on="article_id", how="semi").collect()
    )
    articles = publish_t.articles(copies, previous, now)
    res = check_task(checker, "dedup", articles.select("article_id"), "article_id")
    _record(summary, res)
    res = check_task(
        checker,
        "fields",
        articles.select("article_id", "title", "published_at", "language", "word_count"),
        "article_id",
    )
    _record(summary, res)
    # An article failing a row check is held back; its copies are quarantined with the reason.
    if res.row_failures:
        bad = pl.DataFrame({"article_id": list(res.row_failures), "_why": [v[0] for v in res.row_failures.values()]})
        articles = articles.join(bad, on="article_id", how="anti")
        docs = docs.join(bad, on="article_id", how="left").with_columns(
            status=pl.when(pl.col("_why").is_not_null()).then(pl.lit("quarantined")).otherwise("status"),
            reason=pl.coalesce("_why", "reason"),
        ).drop("_why")
        stories = stories.join(bad, on="article_id", how="anti")

    docs = docs.join(flds.select("doc_id", doc_title="title"), on="doc_id", how="left").with_columns(
        title=pl.coalesce("doc_title", "title_hint", "clean_title")
    )
    documents = publish_t.documents(docs, run_id, now)
    res = check_task(checker, "publish", documents, "doc_id")
    _record(summary, res)

    new_processed = pl.DataFrame(
        {
            "raw_path": [f.raw_path for f in todo],
            "size_bytes": [f.size_bytes for f in todo],
            "mtime_ns": [f.mtime_ns for f in todo],
        },
        schema={"raw_path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64},
    ).join(documents.group_by("raw_path").agg(pl.col("raw_sha256").first()), on="raw_path", how="left").with_columns(
        # Touched but byte-identical files have no new rows: they keep their known hash.
        raw_sha256=pl.coalesce("raw_sha256", pl.col("raw_path").replace_strict(prev_sha, default=None, return_dtype=pl.String))
    )
    if processed_prev is not None:
        new_processed = pl.concat([processed_prev.join(new_processed.select("raw_path"), on="raw_path", how="anti"), new_processed])
    new_hashes = documents.filter(pl.col("status").is_in(["curated", "duplicate"])).join(
        assignments.select("doc_id", "body_sha256"), on="doc_id"
    ).select("body_sha256", "article_id", "doc_id")
    if hashes_prev is not None:
        new_hashes = pl.concat([hashes_prev.join(documents.select("doc_id"), on="doc_id", how="anti"), new_hashes])
    state = {
        "processed": conform(new_processed, STATE_FILES["processed"]),
        "hashes": new_hashes,
        "stories": stories,
        "site_lines": history.lines,
        "site_docs": history.docs,
    }

    boilerplate = publish_t.boilerplate(
        audit.join(documents.filter(pl.col("status") != "quarantined").select("doc_id"), on="doc_id", how="semi")
        if audit.height
        else audit,
        run_id,
    )
    version = publish_task(store, settings, run_id, documents, articles, boilerplate, state)

    counts = documents["status"].value_counts()
    by = dict(zip(counts["status"].to_list(), counts["count"].to_list()))
    summary.curated = by.get("curated", 0)
    summary.duplicates = by.get("duplicate", 0)
    summary.quarantined = Counter(documents.filter(pl.col("status") == "quarantined")["reason"].fill_null("unknown").to_list())
    summary.new_stories = int(assignments["is_new_story"].sum())
    summary.updated_stories = previous.height
    summary.boilerplate_spans = boilerplate.height
    summary.version = version.name
    checker.finish()
    summary.seconds = time.monotonic() - started
    _write_summary(settings, summary)
    return summary


def _write_summary(settings: Settings, summary: Summary) -> None:
    out = settings.reports / "runs"
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".{summary.run_id}.json"
    tmp.write_text(json.dumps(summary.as_dict(), indent=2))
    tmp.replace(out / f"{summary.run_id}.json")


@flow(name="curate", log_prints=False, validate_parameters=True)
def curate(
    raw: str = "raw",
    curated: str = "curated",
    batch_size: int = 500,
    full_refresh: bool = False,
    max_input_mb: float | None = None,
    extract_timeout_s: float | None = None,
    extract_workers: int | None = None,
) -> dict[str, Any]:
    """Curate scraped news under `raw` into validated Parquet datasets under `curated`.

    Limits left as None keep their defaults (newsclean/config.py): 20 MB per input, 30 s per
    page extraction, one extraction worker.
    """
    settings = Settings().with_overrides(raw=raw, curated=curated, batch_size=batch_size, full_refresh=full_refresh)
    settings = settings.with_limits(
        max_input_bytes=int(max_input_mb * 1_000_000) if max_input_mb is not None else None,
        extract_timeout_s=extract_timeout_s,
        extract_workers=extract_workers,
    )
    return run_pipeline(settings).as_dict()
