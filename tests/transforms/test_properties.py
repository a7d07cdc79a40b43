"""Property-based tests: no input, however odd, makes ingest or extract raise.

(Cleaning idempotence and dedup order-independence live with those stages' tests.)
"""

from __future__ import annotations

import gzip
import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.config import Limits
from newsclean.schemas import INGESTED
from transforms.extract import extract, extract_row, html_depth, strip_heavy
from transforms.ingest import (
    FORMATS,
    Quarantine,
    RawInput,
    decode,
    ingest,
    ingest_one,
    plausibility,
    repair_text,
    safe_path,
)

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
IN_PROCESS = replace(Limits(), extract_timeout_s=None, extract_memory_bytes=None)
SMALL = replace(IN_PROCESS, max_input_bytes=4096, max_decompressed_bytes=8192, max_html_chars=4096)

SUFFIXES = sorted(FORMATS) + [s + ".gz" for s in sorted(FORMATS)] + [".zip", ".gz", ""]
INGEST_STATUSES = {"ok", "quarantined"}

# Bytes that look a little like the real thing: text in assorted encodings, markup, JSON,
# compressed data, with random bytes mixed in.
_encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "gbk", "big5", "cp1252", "latin-1", "shift_jis", "euc-kr"])
_texty = st.builds(
    lambda t, enc: t.encode(enc, errors="ignore"),
    st.text(max_size=300),
    _encodings,
)
_markup = st.lists(
    st.sampled_from(
        ["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->",
         "<meta charset='big5'>", "<meta charset=gb2312>", "<?xml version='1.0' encoding='latin-1'?>",
         '<!DOCTYPE x [<!ENTITY a "aaaa">]>', "&a;", "&amp;", "&#0;", "&#xD800;", "\x00", "\ufeff",
         "data:image/png;base64," + "QUFB" * 60, "新闻", "Köln", "{", "}", '"text":', "[", "]", "\n"]
    )
    | st.text(max_size=20),
    max_size=40,
).map("".join)
_bytes = st.one_of(
    st.binary(max_size=2000),
    _texty,
    _markup.map(lambda s: s.encode("utf-8", errors="surrogatepass")),
    st.binary(max_size=500).map(gzip.compress),
    _texty.map(gzip.compress),
)


@PROPS
@given(data=_bytes, suffix=st.sampled_from(SUFFIXES), limits=st.sampled_from([Limits(), SMALL]))
def test_ingest_one_never_raises_on_any_bytes(data: bytes, suffix: str, limits: Limits) -> None:
    rows = ingest_one(RawInput("dir/file" + suffix, data), limits)
    assert rows
    for row in rows:
        assert row["status"] in INGEST_STATUSES
        if row["status"] == "quarantined":
            assert isinstance(row["reason"], str) and row["reason"]
        else:
            assert isinstance(row["content"], str) and row["content"].strip()
            assert row["content_type"] in ("html", "text")
            row["content"].encode("utf-8")  # valid text: no lone surrogates
    assert len({r["record"] for r in rows}) == len(rows)


@PROPS
@given(files=st.lists(st.tuples(st.sampled_from(SUFFIXES), _bytes), max_size=6))
def test_ingest_frame_accounts_for_every_file(files: list[tuple[str, bytes]]) -> None:
    items = [RawInput(f"f{i}{suffix}", data) for i, (suffix, data) in enumerate(files)]
    df = ingest(items, Limits())
    assert df.schema == INGESTED
    assert set(df["raw_path"].to_list()) == {item.raw_path for item in items}
    assert df["doc_id"].n_unique() == df.height


@PROPS
@given(data=st.binary(max_size=3000) | _texty, is_html=st.booleans())
def test_decode_returns_text_or_a_reason(data: bytes, is_html: bool) -> None:
    try:
        text, enc = decode(data, is_html)
    except Quarantine as q:
        assert q.reason == "undecodable"
        return
    assert isinstance(text, str) and isinstance(enc, str)


@PROPS
@given(text=st.text(max_size=500))
def test_plausibility_is_a_score(text: str) -> None:
    score, evidence = plausibility(text)
    assert 0.0 <= score <= 1.0 and evidence >= 0


@PROPS
@given(text=st.text(max_size=500))
def test_repair_text_leaves_no_control_characters(text: str) -> None:
    out = repair_text(text)
    assert not any(ord(c) < 32 and c not in "\t\n" or c == "\x7f" for c in out)
    assert "\r" not in out


def _mojibake(text: str, codec: str, lose: str) -> str:
    """UTF-8 read in a single-byte codepage, sometimes with a byte lost the usual ways."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-*)

    data = text.encode("utf-8", "surrogatepass")
    if lose == "a0":
        data = data.replace(b"\xa0", b" ")
    elif lose == "?" and len(data) > 1:
        data = data[:-1] + b"?"
    return data.decode(codec, errors="replace")


_ftfy_text = st.one_of(
    st.text(
        alphabet=st.characters(codec=None, exclude_categories=["Cs"])
        | st.sampled_from(list("ÃÂâ€™œ\x9d\x85\u2028ĲﬁÅÐ¸Ñ ?\ufffd\x1b\ufeff\x00")),
        max_size=200,
    ),
    st.builds(
        _mojibake,
        st.text(max_size=80),
        st.sampled_from(["latin-1", "sloppy-windows-1252", "sloppy-windows-1251", "sloppy-windows-1250",
                         "sloppy-windows-1253", "sloppy-windows-1254", "sloppy-windows-1257", "iso-8859-2",
                         "macroman", "cp437"]),
        st.sampled_from(["", "a0", "?"]),
    ),
)


@PROPS
@given(text=_ftfy_text)
def test_repair_text_equals_ftfy_on_every_line(text: str) -> None:
    # repair_text skips ftfy on lines ftfy cannot change: the result must be the same as ftfy's.
    import ftfy

    from transforms.ingest import _CONTROL, _FTFY_OPTIONS

    expected = ftfy.fix_text(text.replace("\r\n", "\n").replace("\r", "\n"), **_FTFY_OPTIONS)
    assert repair_text(text) == _CONTROL.sub("", expected)


@PROPS
@given(name=st.text(alphabet=st.characters(codec=None), max_size=30))
def test_safe_path_is_always_utf8(name: str) -> None:
    safe_path(name).encode("utf-8")


@PROPS
@given(html=_markup | st.text(max_size=300))
def test_html_guards_never_raise(html: str) -> None:
    stripped = strip_heavy(html)
    assert len(stripped) <= len(html)
    assert html_depth(stripped, 256) >= 0


@PROPS
@given(content=_markup | st.text(max_size=400), content_type=st.sampled_from(["html", "text"]))
def test_extract_row_never_raises(content: str, content_type: str) -> None:
    out = extract_row(content, content_type, None, IN_PROCESS)
    if out.get("status") == "quarantined":
        assert out["reason"] in {"no_text_extracted", "too_deep", "too_large", "extract_error"}
        assert out["reason"] != "extract_error", out.get("detail")
    else:
        assert out["text"].strip()


@FEW
@given(records=st.lists(st.dictionaries(st.sampled_from(["id", "text", "html", "title", "url"]), st.text(max_size=80) | st.integers()), max_size=5))
def test_json_records_through_ingest_and_extract(records: list[dict]) -> None:
    df = ingest([RawInput("feed.jsonl", "\n".join(json.dumps(r) for r in records).encode())], Limits())
    out = extract(df, IN_PROCESS)
    assert out.height == max(1, len([r for r in records]))
    assert set(out["status"].to_list()) <= INGEST_STATUSES
