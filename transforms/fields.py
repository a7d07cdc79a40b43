"""Fields: per-document article fields (title, authors, dates, publisher, language, word count).

Inputs are the columns the earlier stages produced; nothing here reads files or the network.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

import polars as pl

from newsclean.schemas import UTC_TS

_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_WORD = r"[^\s\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{P}\p{S}]+"
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,| and | & |、|，|和)\s*")
_BY = re.compile(r"^(?:by|von|por|par|文[:：]|記者|记者)\s+", re.I)

FIELDS_SCHEMA = pl.Schema(
    {
        "doc_id": pl.String,
        "title": pl.String,
        "subtitle": pl.String,
        "authors": pl.List(pl.String),
        "published_at": UTC_TS,
        "publisher": pl.String,
        "url": pl.String,
        "original_source": pl.String,
        "language": pl.String,
        "word_count": pl.Int64,
        "captions": pl.List(pl.String),
    }
)


def word_count(text: pl.Expr) -> pl.Expr:
    """Words, counting each Han/Kana/Hangul character as one (those scripts have no spaces)."""
    return (text.str.count_matches(_WORD) + text.str.count_matches(_CJK)).cast(pl.Int64)


def parse_date(value: str | None) -> datetime | None:
    """ISO 8601, RFC 2822 or a bare date → aware UTC datetime; None when unparseable."""
    if not value or not value.strip():
        return None
    v = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        # Words and RFC 2822 first (dateutil knows zones), then CJK "2025年6月12日" forms.
        parsed = _parse_words(v)
        if parsed is None:
            m = re.search(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", v)
            if m:
                try:
                    parsed = datetime(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# Abbreviations dateutil does not know; bylines on Asian and US sites use them.
_TZ_OFFSETS = {"HKT": 8, "SGT": 8, "CST": 8, "JST": 9, "KST": 9, "IST": 5.5, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4, "PST": -8, "PDT": -7}


def _parse_words(v: str) -> datetime | None:
    """Dates written in words ("Jan 20, 2026 08:15 HKT", "20 January 2026")."""
    import warnings

    from dateutil import parser, tz

    tzinfos = {k: tz.tzoffset(k, int(h * 3600)) for k, h in _TZ_OFFSETS.items()}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(v, tzinfos=tzinfos, fuzzy=False)
    except (ValueError, OverflowError, TypeError, parser.ParserError):
        return None
    # A bare time parses as today; only accept strings that carried a year.
    return parsed if re.search(r"\b(19|20)\d{2}\b", v) else None


def split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    names = [_BY.sub("", a).strip(" .") for a in _AUTHOR_SPLIT.split(value)]
    seen: list[str] = []
    for n in names:
        if n and len(n) <= 80 and n.lower() not in (s.lower() for s in seen):
            seen.append(n)
    return seen


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the body, or None when the text is too short to tell."""
    if not text or len(text.strip()) < 20:
        return None
    import py3langid

    code, _ = py3langid.classify(text[:3000])
    code = {"yue": "zh", "wuu": "zh"}.get(code, code)
    return code if len(code) == 2 else None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def fields(df: pl.DataFrame) -> pl.DataFrame:
    """Cleaned documents → FIELDS_SCHEMA, one row per document.

    Expects: doc_id, body, clean_title, clean_subtitle, title_hint, meta_title, meta_description,
    meta_authors, meta_date, published_hint, meta_sitename, masthead, url, meta_url,
    original_source, captions.
    """
    if df.height == 0:
        return pl.DataFrame(schema=FIELDS_SCHEMA)
    base = df.with_columns(
        url=pl.coalesce("url", "meta_url"),
        title=pl.coalesce("title_hint", "meta_title", "clean_title").str.strip_chars(),
        subtitle=pl.coalesce("clean_subtitle", "meta_description"),
    )
    for optional in ("clean_authors", "clean_date"):
        if optional not in base.columns:
            base = base.with_columns(pl.lit(None, pl.String).alias(optional))
    py = base.select("body", "meta_authors", "clean_authors", "published_hint", "meta_date", "clean_date", "url").to_dicts()
    extra = pl.DataFrame(
        {
            "authors": [split_authors(r["meta_authors"] or r["clean_authors"]) for r in py],
            "published_at": [
                parse_date(r["published_hint"]) or parse_date(r["meta_date"]) or parse_date(r["clean_date"]) for r in py
            ],
            "language": [detect_language(r["body"]) for r in py],
            "host": [host_of(r["url"]) for r in py],
        },
        schema={"authors": pl.List(pl.String), "published_at": UTC_TS, "language": pl.String, "host": pl.String},
    )
    out = pl.concat([base, extra], how="horizontal").with_columns(
        publisher=pl.coalesce("meta_sitename", "host", "masthead"),
        word_count=word_count(pl.col("body")),
        captions=pl.col("captions").fill_null([]),
    )
    return out.select(FIELDS_SCHEMA.names()).cast(dict(FIELDS_SCHEMA))
