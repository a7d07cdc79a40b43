"""Publish (pure part): assemble the contract datasets from the stage frames.

The flow writes them; here we only decide their rows, typed by newsclean.schemas.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from newsclean.schemas import ARTICLES, BOILERPLATE, DOCUMENTS, conform

STORY_FIELDS = ("title", "subtitle", "authors", "published_at", "publisher", "url", "original_source", "language", "word_count", "captions")


def documents(docs: pl.DataFrame, run_id: str, ingested_at: datetime) -> pl.DataFrame:
    """docs: one row per input unit with status/reason/article_id/title/body/chars_removed and
    the ingest columns → DOCUMENTS. Quarantined rows carry no article_id."""
    return conform(
        docs.with_columns(
            run_id=pl.lit(run_id),
            ingested_at=pl.lit(ingested_at),
            article_id=pl.when(pl.col("status") != "quarantined").then(pl.col("article_id")),
            reason=pl.when(pl.col("status") != "curated").then(pl.col("reason")),
        ),
        DOCUMENTS,
    )


def boilerplate(audit: pl.DataFrame, run_id: str) -> pl.DataFrame:
    return conform(audit.with_columns(run_id=pl.lit(run_id)), BOILERPLATE)


def _month(ts: pl.Expr) -> pl.Expr:
    return pl.coalesce(ts.dt.strftime("%Y-%m"), pl.lit("unknown"))


def articles(copies: pl.DataFrame, previous: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Story rows touched by this run.

    copies: this run's non-quarantined documents: doc_id, article_id, is_new_story, body,
      body_sha256 and the STORY_FIELDS (from transforms.fields).
    previous: the published ARTICLES rows of the stories that `copies` touch (may be empty).
    A new story takes its fields from its canonical copy, filling gaps from the other copies;
    a known story keeps its text and id and gains the copies' count, earliest date and source.
    """
    if copies.height == 0:
        return pl.DataFrame(schema=ARTICLES)
    ordered = copies.sort(["article_id", "is_new_story", "doc_id"], descending=[False, True, False])
    first_non_null = [
        pl.col(c).drop_nulls().first().alias(c)
        for c in STORY_FIELDS
        if c not in ("authors", "captions", "published_at")
    ]
    agg = ordered.group_by("article_id", maintain_order=True).agg(
        *first_non_null,
        pl.col("body").first(),
        pl.col("body_sha256").first(),
        canonical_doc_id=pl.col("doc_id").first(),
        authors=pl.col("authors").filter(pl.col("authors").list.len() > 0).first(),
        captions=pl.col("captions").filter(pl.col("captions").list.len() > 0).first(),
        published_at=pl.col("published_at").min(),
        new_copies=pl.len(),
    )
    prev = conform(previous, ARTICLES).select(pl.all().name.prefix("prev_")).rename({"prev_article_id": "article_id"})
    merged = agg.join(prev, on="article_id", how="left")
    known = pl.col("prev_first_seen_at").is_not_null()

    def keep_prev(c: str) -> pl.Expr:
        return pl.when(known).then(pl.coalesce(f"prev_{c}", c)).otherwise(pl.col(c)).alias(c)

    out = merged.with_columns(
        *[keep_prev(c) for c in ("title", "subtitle", "body", "body_sha256", "canonical_doc_id", "publisher", "url", "original_source", "language", "word_count")],
        authors=pl.when(known & (pl.col("prev_authors").list.len() > 0)).then("prev_authors").otherwise(pl.col("authors").fill_null([])),
        captions=pl.when(known & (pl.col("prev_captions").list.len() > 0)).then("prev_captions").otherwise(pl.col("captions").fill_null([])),
        published_at=pl.min_horizontal("published_at", "prev_published_at"),
        doc_count=pl.col("new_copies") + pl.col("prev_doc_count").fill_null(0),
        first_seen_at=pl.coalesce("prev_first_seen_at", pl.lit(now)),
        updated_at=pl.lit(now),
    ).with_columns(published_month=_month(pl.col("published_at")))
    return conform(out, ARTICLES)
