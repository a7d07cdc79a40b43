"""Extract: decoded HTML → main text and page metadata; plain text passes through line by line.

trafilatura does the HTML work (best open-source F1 on the article-extraction benchmark); when it
returns too little we retry it in recall mode and then fall back to BeautifulSoup paragraphs.
"""

from __future__ import annotations

import re

import polars as pl

from newsclean.config import Limits
from newsclean.schemas import EXTRACTED_EXTRA

# Inline data: URIs (base64 images, fonts) can be megabytes and carry no text.
_DATA_URI = re.compile(r"""data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\s]{200,}""", re.I)
_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|svg)\b[^>]*>.*?</\1\s*>", re.I | re.S)
# Below this many characters the extractor probably missed the article.
MIN_TEXT_CHARS = 200


class ExtractError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _strip_heavy(html: str, limits: Limits) -> str:
    html = _DATA_URI.sub("data:,", html)
    html = _SCRIPT_STYLE.sub("", html)
    if len(html) > limits.max_html_chars:
        raise ExtractError("too_large")
    return html


def _bs4_paragraphs(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paras = [p.get_text(" ", strip=True) for p in root.find_all(["h1", "h2", "h3", "p", "li"])]
    return "\n".join(p for p in paras if p)


def extract_html(html: str, url: str | None, limits: Limits) -> dict:
    import trafilatura

    html = _strip_heavy(html, limits)
    common = dict(url=url, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False)
    doc = trafilatura.bare_extraction(html, **common)
    text = (doc.text or "") if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        recall = trafilatura.bare_extraction(html, favor_recall=True, **common)
        if recall is not None and len(recall.text or "") > len(text):
            doc, text = recall, recall.text or ""
    if len(text) < MIN_TEXT_CHARS:
        fallback = _bs4_paragraphs(html)
        if len(fallback) > len(text):
            text = fallback
    meta = doc if doc is not None else None
    return {
        "text": text,
        "meta_title": getattr(meta, "title", None),
        "meta_authors": getattr(meta, "author", None),
        "meta_date": getattr(meta, "date", None),
        "meta_sitename": getattr(meta, "sitename", None) or getattr(meta, "hostname", None),
        "meta_url": getattr(meta, "url", None),
        "meta_description": getattr(meta, "description", None),
    }


def extract_one(content: str, content_type: str, url: str | None, limits: Limits) -> dict:
    if content_type == "html":
        return extract_html(content, url, limits)
    return {"text": content}


def extract(df: pl.DataFrame, limits: Limits) -> pl.DataFrame:
    """INGESTED frame → INGESTED + EXTRACTED_EXTRA columns. Rows already quarantined pass through;
    rows whose extraction fails or yields no text are quarantined here with a reason."""
    results: list[dict] = []
    for row in df.select("status", "content", "content_type", "url").iter_rows(named=True):
        if row["status"] != "ok":
            results.append({})
            continue
        try:
            out = extract_one(row["content"], row["content_type"], row["url"], limits)
            if not (out.get("text") or "").strip():
                out = {**out, "status": "quarantined", "reason": "no_text_extracted"}
        except ExtractError as exc:
            out = {"status": "quarantined", "reason": exc.reason}
        except RecursionError:
            out = {"status": "quarantined", "reason": "too_deep"}
        except Exception as exc:  # an extractor bug on one page must not fail the batch
            out = {"status": "quarantined", "reason": "extract_error", "detail": repr(exc)[:200]}
        results.append(out)
    extra_schema = {**EXTRACTED_EXTRA, "status": pl.String, "reason": pl.String}
    extra = pl.DataFrame(
        [{k: r.get(k) for k in extra_schema} for r in results], schema=extra_schema
    )
    return df.with_columns(
        *[extra[c] for c in EXTRACTED_EXTRA],
        status=pl.coalesce(extra["status"], df["status"]),
        reason=pl.coalesce(extra["reason"], df["reason"]),
    ).with_columns(
        # The decoded source is no longer needed; dropping it halves the batch's memory.
        content=pl.lit(None, pl.String)
    )
