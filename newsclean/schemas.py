"""Every dataset's schema, declared once.

The stage transforms return frames that conform to these; the publisher casts to them (never
infers), the expectations check against them and docs/datasets.md documents them.
"""

from __future__ import annotations

import polars as pl

UTC_TS = pl.Datetime("us", "UTC")

# Published datasets (the output contract, docs/datasets.md) --------------------------------

DOCUMENTS = pl.Schema(
    {
        "doc_id": pl.String,
        "raw_path": pl.String,
        "record": pl.Int64,
        "raw_sha256": pl.String,
        "format": pl.String,
        "encoding": pl.String,
        "status": pl.String,  # curated | duplicate | quarantined
        "reason": pl.String,
        "article_id": pl.String,
        "title": pl.String,
        "body": pl.String,
        "chars_removed": pl.Int64,
        "url": pl.String,
        "size_bytes": pl.Int64,
        "run_id": pl.String,
        "ingested_at": UTC_TS,
    }
)

ARTICLES = pl.Schema(
    {
        "article_id": pl.String,
        "title": pl.String,
        "subtitle": pl.String,
        "body": pl.String,
        "authors": pl.List(pl.String),
        "published_at": UTC_TS,
        "publisher": pl.String,
        "url": pl.String,
        "original_source": pl.String,
        "language": pl.String,
        "word_count": pl.Int64,
        "captions": pl.List(pl.String),
        "doc_count": pl.Int64,
        "canonical_doc_id": pl.String,
        "body_sha256": pl.String,
        "first_seen_at": UTC_TS,
        "updated_at": UTC_TS,
        # Hive partition key; written as the folder name, not inside the files.
        "published_month": pl.String,
    }
)
ARTICLES_PARTITION = "published_month"

BOILERPLATE = pl.Schema(
    {
        "doc_id": pl.String,
        "kind": pl.String,
        "rule": pl.String,
        "text": pl.String,
        "position": pl.Int64,  # line number in the extracted text, 0-based
        "run_id": pl.String,
    }
)

BOILERPLATE_KINDS = (
    "cookie_banner",
    "crypto_ticker",
    "crypto_promo",
    "disclaimer",
    "related_links",
    "share_bar",
    "comments",
    "navigation",
    "duplicate_line",
    "attribution",
    "caption",  # moved to articles.captions, not dropped
    "other",
)

DATASETS = {"documents": DOCUMENTS, "articles": ARTICLES, "boilerplate": BOILERPLATE}

# Stage frames (internal, between tasks) ---------------------------------------------------

# ingest: one row per input unit, decoded.
INGESTED = pl.Schema(
    {
        "doc_id": pl.String,
        "raw_path": pl.String,
        "record": pl.Int64,
        "raw_sha256": pl.String,
        "format": pl.String,  # html | text | json | jsonl | warc | unknown
        "encoding": pl.String,
        "size_bytes": pl.Int64,
        "content": pl.String,  # decoded text (HTML source or plain text)
        "content_type": pl.String,  # html | text: how extract should read `content`
        "url": pl.String,  # from the record, when it has one
        "title_hint": pl.String,
        "published_hint": pl.String,
        "status": pl.String,  # ok | quarantined
        "reason": pl.String,
    }
)

# extract: main text plus page metadata.
EXTRACTED_EXTRA = pl.Schema(
    {
        "text": pl.String,
        "meta_title": pl.String,
        "meta_authors": pl.String,
        "meta_date": pl.String,
        "meta_sitename": pl.String,
        "meta_url": pl.String,
        "meta_description": pl.String,
    }
)

def conform(df: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Select exactly `schema`'s columns in order, adding missing ones as nulls, casting types."""
    return df.select(
        [
            (pl.col(name) if name in df.columns else pl.lit(None)).cast(dtype).alias(name)
            for name, dtype in schema.items()
        ]
    )
