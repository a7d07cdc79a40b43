from __future__ import annotations

import re
from datetime import datetime, timezone

import polars as pl

from transforms.fields import detect_language, fields, parse_date, split_authors, word_count


def test_word_count_counts_cjk_characters():
    df = pl.DataFrame({"t": ["Hong Kong pushes EV deals", "香港推動電動車", "EV 電動車 2025"]})
    assert df.select(word_count(pl.col("t")))["t"].to_list() == [5, 7, 5]


def test_parse_date_forms():
    utc = timezone.utc
    assert parse_date("2025-06-12") == datetime(2025, 6, 12, tzinfo=utc)
    assert parse_date("2025-06-12T10:00:00+08:00") == datetime(2025, 6, 12, 2, tzinfo=utc)
    assert parse_date("Thu, 12 Jun 2025 10:00:00 GMT") == datetime(2025, 6, 12, 10, tzinfo=utc)
    assert parse_date("2025年6月12日") == datetime(2025, 6, 12, tzinfo=utc)
    assert parse_date("Jan 20, 2026 08:15 HKT") == datetime(2026, 1, 20, 0, 15, tzinfo=utc)
    assert parse_date("20 January 2026") == datetime(2026, 1, 20, tzinfo=utc)
    assert parse_date("08:15") is None
    assert parse_date("yesterday-ish") is None and parse_date(None) is None


def test_split_authors():
    assert split_authors("By Jane Doe and John Roe; Jane Doe") == ["Jane Doe", "John Roe"]
    assert split_authors(None) == []


def test_detect_language():
    assert detect_language("The harbour authority approved a new ferry route on Tuesday.") == "en"
    assert detect_language("香港政府周二宣布將在新界北部興建新的電動車裝配廠，預計創造二千個職位。") == "zh"
    assert detect_language("short") is None


def test_fields_prefers_record_metadata_then_page_then_text():
    df = pl.DataFrame(
        {
            "doc_id": ["a"],
            "body": ["香港政府周二宣布將在新界北部興建新的電動車裝配廠，預計創造二千個職位。"],
            "clean_title": ["Guessed title"],
            "clean_subtitle": [None],
            "title_hint": [None],
            "meta_title": ["Page title"],
            "meta_description": ["A dek"],
            "meta_authors": ["Jane Doe; John Roe"],
            "meta_date": ["2025-06-12"],
            "published_hint": [None],
            "meta_sitename": [None],
            "masthead": ["Pune Media"],
            "url": ["https://www.example.com/a"],
            "meta_url": [None],
            "original_source": ["Reuters"],
            "captions": [["A caption"]],
        }
    )
    row = fields(df).row(0, named=True)
    assert row["title"] == "Page title"
    assert row["subtitle"] == "A dek"
    assert row["publisher"] == "example.com"
    assert row["language"] == "zh"
    assert row["word_count"] == len(re.findall(r"[\u4e00-\u9fff]", df["body"][0]))
    assert row["authors"] == ["Jane Doe", "John Roe"]
    assert row["published_at"] == datetime(2025, 6, 12, tzinfo=timezone.utc)
