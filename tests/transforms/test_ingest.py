"""Ingest: every raw input becomes rows with a status and, when quarantined, a reason."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import zlib
from dataclasses import replace

import polars as pl
import pytest

from newsclean.config import Limits
from newsclean.schemas import INGESTED
from transforms.ingest import (
    Quarantine,
    RawInput,
    decode,
    declared_charset,
    detect_format,
    doc_id_for,
    gunzip,
    ingest,
    ingest_one,
    plausibility,
    repair_text,
    safe_path,
)

LIMITS = Limits()
BIG5 = "颱風今晚接近臺灣東部海面，中央氣象署已發布海上警報。氣象專家提醒民眾，週末前往山區或海邊活動務必注意安全。"
GBK = "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五。专家认为，消费和投资对经济增长的拉动作用明显增强。"
FRENCH = "Le président a déclaré à la presse que l’économie française se porte mieux, grâce à une croissance “soutenue”."
SPANISH = "El presidente anunció que la economía española creció un 2,5 % este año, según el Instituto Nacional de Estadística."


def one(raw_path: str, data: bytes | None, limits: Limits = LIMITS, read_error: str | None = None) -> dict:
    rows = ingest_one(RawInput(raw_path, data, read_error), limits)
    assert len(rows) == 1
    return rows[0]


def reason(raw_path: str, data: bytes | None, limits: Limits = LIMITS) -> str | None:
    row = one(raw_path, data, limits)
    return row["reason"] if row["status"] == "quarantined" else None


# Formats ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, expected",
    [
        ("a/b.html", ("html", False)),
        ("a/B.HTM", ("html", False)),
        ("x.xhtml", ("html", False)),
        ("x.txt.gz", ("text", True)),
        ("x.jsonl", ("jsonl", False)),
        ("x.ndjson.gz", ("jsonl", True)),
        ("x.zip", ("unknown", False)),
        ("x.pdf", ("unknown", False)),
        ("noext", ("unknown", False)),
        ("dir.html/file", ("unknown", False)),
        ("x.gz", ("unknown", True)),
    ],
)
def test_detect_format(path: str, expected: tuple[str, bool]) -> None:
    assert detect_format(path) == expected


def test_unsupported_format_is_quarantined_not_dropped() -> None:
    row = one("archive.zip", b"PK\x03\x04" + b"\0" * 40)
    assert (row["status"], row["reason"]) == ("quarantined", "unsupported_format")
    assert row["raw_sha256"] == hashlib.sha256(b"PK\x03\x04" + b"\0" * 40).hexdigest()


# Empty, binary, size --------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\n\t ", "\u3000\u00a0\n".encode(), b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_and_blank_files(data: bytes) -> None:
    assert reason("blank.txt", data) == "empty"


def test_binary_under_a_text_extension() -> None:
    rng = random.Random(1)
    assert reason("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + rng.randbytes(2000)) == "binary"
    assert reason("page.html", rng.randbytes(500)) == "binary"
    assert reason("doc.json", b"\0" * 100) == "binary"


def test_text_with_a_few_control_bytes_is_not_binary() -> None:
    row = one("c.txt", b"Storm\x00 hits\x07 the coast.\nThe \x1bharbour\x7f is closed.\x0b\n")
    assert row["status"] == "ok"
    assert row["content"] == "Storm hits the coast.\nThe harbour is closed.\n"


def test_utf16_without_bom_is_text_not_binary() -> None:
    row = one("u.txt", "Plain English news text in UTF-16 without a byte order mark.".encode("utf-16-le"))
    assert row["status"] == "ok"
    assert row["content"].startswith("Plain English news")
    assert row["encoding"] == "utf-16-le"


def test_size_limits_are_configurable_and_named() -> None:
    small = replace(LIMITS, max_input_bytes=100)
    assert reason("big.txt", b"word " * 100, small) == "too_large"
    assert reason("ok.txt", b"word " * 10, small) is None
    # Decompressed size counts too.
    assert reason("big.txt.gz", gzip.compress(b"word " * 100), small) == "too_large"


def test_read_errors_from_the_flow_become_reasons() -> None:
    row = one("link.txt", None, read_error="symlink")
    assert (row["status"], row["reason"], row["raw_sha256"]) == ("quarantined", "symlink", None)
    assert one("gone.txt", None)["reason"] == "unreadable"


# gzip ---------------------------------------------------------------------------------------


def test_gzip_cases() -> None:
    story = b"The council met on Tuesday to approve the budget for the coming year.\n" * 5
    packed = gzip.compress(story)
    assert one("s.txt.gz", packed)["content"] == story.decode()
    assert reason("s.txt.gz", packed[: len(packed) // 2]) == "truncated_gzip"
    assert reason("s.txt.gz", story) == "not_gzip"
    assert reason("s.txt.gz", packed[:10] + b"\xff" * 30 + packed[40:]) in ("corrupt_gzip", "truncated_gzip")


def test_gzip_bomb_stops_at_the_limit() -> None:
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = comp.compress(b"\0" * 20_000_000) + comp.flush()
    assert len(bomb) < 100_000
    with pytest.raises(Quarantine) as exc:
        gunzip(bomb, 1_000_000)
    assert exc.value.reason == "too_large"


# Encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, encoding, expected",
    [
        (BIG5, "big5", "cp950"),
        (GBK, "gbk", "gb18030"),
        (BIG5[:26], "big5", "cp950"),  # one sentence
        (GBK[:36], "gbk", "gb18030"),  # one sentence: charset-normalizer alone says cp949
        (FRENCH, "cp1252", "cp1252"),  # charset-normalizer alone says cp1250 ("à" → "ŕ")
        (SPANISH, "cp1252", "cp1252"),
        ("Президент заявил, что экономика страны растёт быстрее, чем ожидалось.", "cp1251", "cp1251"),
        ("서울시는 내년부터 대중교통 지원을 확대한다고 오늘 발표했다. 시장은 기자회견에서 말했다.", "euc-kr", "cp949"),
        ("東京都は今日、来年から公共交通の補助を拡大すると発表した。", "shift_jis", "cp932"),
    ],
)
def test_legacy_encodings_decode_to_the_right_text(text: str, encoding: str, expected: str) -> None:
    got, enc = decode(text.encode(encoding), is_html=False)
    assert got == text
    assert enc == expected


@pytest.mark.parametrize("codec, name", [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-16-be", None), ("utf-32", "utf-32")])
def test_byte_order_marks(codec: str, name: str | None) -> None:
    data = ("\ufeff" if codec == "utf-16-be" else "").encode(codec) + (BIG5 + " Köln").encode(codec)
    got, enc = decode(data, is_html=False)
    assert got.lstrip("\ufeff") == BIG5 + " Köln"
    assert enc == (name or "utf-16")


def test_bad_bytes_after_a_bom_are_undecodable() -> None:
    with pytest.raises(Quarantine) as exc:
        decode(b"\xff\xfe" + b"a\x00\x00\xd8", is_html=False)  # lone surrogate in UTF-16
    assert exc.value.reason == "undecodable"


def test_html_meta_charset_is_trusted_and_widened() -> None:
    html = f'<html><head><meta charset="gb2312"><title>x</title></head><body><p>{GBK}</p></body></html>'
    assert declared_charset(html.encode("gbk")) == "gb18030"
    got, enc = decode(html.encode("gbk"), is_html=True)
    assert (got, enc) == (html, "gb18030")
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=Big5">'
    assert declared_charset(http_equiv) == "cp950"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html/>') == "cp1252"
    assert declared_charset(b'<meta charset="no-such-charset">') is None


def test_a_lying_declaration_loses_to_a_clearly_better_reading() -> None:
    # Declared Big5, actually GBK: both decode, but the GBK reading is made of common characters.
    html = f'<html><head><meta charset="big5"></head><body><p>{GBK}</p></body></html>'
    got, enc = decode(html.encode("gbk"), is_html=True)
    assert GBK in got
    assert enc == "gb18030"


def test_truncated_utf8_stays_utf8() -> None:
    data = ("Le marché de Noël ouvre vendredi à l’Hôtel-de-Ville. " * 2).encode() + "é".encode()[:1]
    got, enc = decode(data, is_html=False)
    assert enc == "utf-8"
    assert got.startswith("Le marché de Noël")


def test_random_high_bytes_are_undecodable() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    assert reason("noise.txt", data) in ("undecodable", "binary")


def test_plausibility_prefers_the_right_reading() -> None:
    for text, right, wrong in ((BIG5, "big5", "gb18030"), (GBK, "gbk", "cp949"), (FRENCH, "cp1252", "gb18030")):
        data = text.encode(right)
        try:
            misread = data.decode(wrong)
        except UnicodeDecodeError:
            continue
        assert plausibility(text)[0] > plausibility(misread)[0] + 0.1
    assert plausibility("plain ascii")[0] == 1.0
    assert plausibility("\x00\x01\x02\x03" * 10)[0] == 0.0


# Repair ---------------------------------------------------------------------------------------


def test_mojibake_is_repaired() -> None:
    story = "The café’s naïve owner said “we’re open” — déjà vu for Zoë’s regulars."
    as_latin1 = story.encode("utf-8").decode("latin-1")  # UTF-8 read as Latin-1 (C1 controls)
    as_cp1252 = "The cafÃ©â€™s naÃ¯ve owner"  # UTF-8 read as windows-1252
    assert repair_text(as_latin1) == story
    assert repair_text(as_cp1252) == "The café’s naïve owner"
    row = one("m.txt", as_latin1.encode("utf-8"))
    assert row["content"] == story


def test_repair_keeps_cjk_full_width_punctuation_and_drops_controls() -> None:
    assert repair_text("颱風今晚，中央（測試）。") == "颱風今晚，中央（測試）。"
    assert repair_text("a\x00b\x07c\r\nd\re\x7f") == "abc\nd\ne"


# JSON and JSONL -----------------------------------------------------------------------------


def test_broken_and_hostile_json_is_one_quarantined_row() -> None:
    assert reason("a.json", b'{"records": [{"text": "cut') == "bad_json"
    assert reason("b.json", b"[" * 100_000 + b"]" * 100_000) == "bad_json"
    assert reason("c.json", b'{"text": ' + b"9" * 5000 + b"}") == "bad_json"  # beyond int digit limit


def test_json_records_with_path_like_ids_are_only_data() -> None:
    recs = [
        {"id": "../../../etc/passwd", "title": "T1", "text": "First story text about the harbour."},
        {"id": "/abs/path", "html": "<p>Second story</p>", "url": "https://example.org/a"},
        {"id": "x"},
        "not an object",
    ]
    rows = ingest_one(RawInput("feed.json", json.dumps({"records": recs}).encode()), LIMITS)
    assert [r["record"] for r in rows] == [0, 1, 2, 3]
    assert [r.get("reason") for r in rows] == [None, None, "no_content", "bad_record"]
    assert rows[0]["content"] == "First story text about the harbour."
    assert rows[1]["content_type"] == "html" and rows[1]["url"] == "https://example.org/a"
    assert all(r["raw_path"] == "feed.json" for r in rows)
    df = ingest([RawInput("feed.json", json.dumps(recs).encode())], LIMITS)
    assert df["doc_id"].to_list() == [doc_id_for("feed.json", i) for i in range(4)]


def test_jsonl_keeps_good_records_around_bad_lines() -> None:
    lines = [
        json.dumps({"text": "Good one about the tram."}),
        '{"text": "cut',
        "",
        "42",
        json.dumps({"text": "Good two about the bridge.", "title": "CafÃ© reopens"}),
        "[" * 50_000,
        '{"text": ' + "9" * 5000 + "}",
    ]
    rows = ingest_one(RawInput("w.jsonl", "\n".join(lines).encode()), LIMITS)
    assert [(r["record"], r["status"], r.get("reason")) for r in rows] == [
        (0, "ok", None),
        (1, "quarantined", "bad_json_line"),
        (2, "quarantined", "bad_record"),
        (3, "ok", None),
        (4, "quarantined", "bad_json_line"),
        (5, "quarantined", "bad_json_line"),
    ]
    assert rows[3]["title_hint"] == "Café reopens"


# Names and ids ------------------------------------------------------------------------------


def test_non_utf8_file_names_become_valid_text() -> None:
    name = os.fsdecode(b"dir/caf\xe9.txt")  # what os.walk gives for a Latin-1 name
    assert safe_path(name) == "dir/caf\\xe9.txt"
    assert safe_path("名前/报道 ü.txt") == "名前/报道 ü.txt"
    df = ingest([RawInput(name, b"A story about a bakery that won a prize.")], LIMITS)
    assert df["raw_path"].to_list() == ["dir/caf\\xe9.txt"]
    assert df["status"].to_list() == ["ok"]


def test_ingest_frame_has_the_declared_schema_and_no_content_when_quarantined() -> None:
    df = ingest(
        [
            RawInput("a.txt", b"Council approves budget."),
            RawInput("b.txt", b""),
            RawInput("c.zip", b"PK"),
            RawInput("d.txt", None, "hidden_file"),
        ],
        LIMITS,
    )
    assert df.schema == INGESTED
    assert df["status"].to_list() == ["ok", "quarantined", "quarantined", "quarantined"]
    assert df["reason"].to_list() == [None, "empty", "unsupported_format", "hidden_file"]
    assert df.filter(pl.col("status") == "quarantined")["content"].null_count() == 3
    assert ingest([], LIMITS).schema == INGESTED


def test_an_unexpected_error_is_a_reason_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    import transforms.ingest as ingest_mod

    def boom(*_a: object, **_k: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(ingest_mod, "repair_text", boom)
    assert reason("x.txt", b"some text") == "ingest_error"


# WARC -----------------------------------------------------------------------------------------


def _warc(responses: list[tuple[str, bytes]]) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i, (ctype, body) in enumerate(responses):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://news.example.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_records_use_the_http_charset_and_get_their_own_reasons() -> None:
    page = f"<html><body><p>{GBK}</p></body></html>"
    data = _warc(
        [
            ("text/html; charset=gb2312", page.encode("gbk")),
            ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
            ("text/html", b""),
            ("text/plain", b"\x00\x01\x02\x03" * 50),
        ]
    )
    rows = ingest_one(RawInput("crawl.warc", data), LIMITS)
    assert [(r["record"], r.get("reason")) for r in rows] == [
        (0, None),
        (1, "unsupported_content_type"),
        (2, "empty"),
        (3, "binary"),
    ]
    assert rows[0]["encoding"] == "gb18030" and GBK in rows[0]["content"]
    assert rows[0]["url"] == "https://news.example.org/0"
    assert reason("broken.warc", data[: len(data) // 3]) in (None, "bad_warc")
    assert reason("junk.warc", b"not a warc at all\n" * 10) in ("bad_warc", "no_records")


def test_multi_member_gzip_and_warc_gz() -> None:
    a, b = b"First member of the file.\n" * 20, b"Second member of the file.\n" * 20
    assert gunzip(gzip.compress(a) + gzip.compress(b), 10_000) == a + b
    assert gunzip(gzip.compress(a) + b"\0" * 10, 10_000) == a
    with pytest.raises(Quarantine) as exc:
        gunzip(gzip.compress(a) + gzip.compress(b)[:20], 10_000)
    assert exc.value.reason == "truncated_gzip"
    with pytest.raises(Quarantine) as exc:
        gunzip(gzip.compress(a) * 10, len(a) * 5)
    assert exc.value.reason == "too_large"
    # warcio writes one gzip member per record.
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = f"<html><body><p>Story number {i} about the harbour.</p></body></html>".encode()
        writer.write_record(writer.create_warc_record(f"https://e.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
    rows = ingest_one(RawInput("crawl.warc.gz", buf.getvalue()), LIMITS)
    assert [(r["record"], r["status"]) for r in rows] == [(0, "ok"), (1, "ok"), (2, "ok")]
    assert "Story number 2" in rows[2]["content"]
