"""Ingest: raw bytes → one decoded row per input unit (file, or record of a JSON/JSONL/WARC file).

Pure: the flow reads the bytes; this module only decides what they are. Nothing is dropped: an
input that cannot be used becomes a row with status "quarantined" and a machine-readable reason.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, Iterator

import polars as pl

from newsclean.config import Limits
from newsclean.schemas import INGESTED, conform

# Suffix (after an optional .gz) → format. Anything else is quarantined as unsupported.
FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
TEXT_FIELDS = ("text", "body", "content", "articleBody")
HTML_FIELDS = ("html", "raw_html")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control characters other than tab/newline/CR carry no text and break downstream tools.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RawInput:
    raw_path: str  # POSIX, relative to the raw root
    data: bytes | None  # None when the flow could not read it
    read_error: str | None = None  # machine-readable reason when data is None


class Quarantine(Exception):
    """Raised inside decoding to quarantine the current input with `reason`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def doc_id_for(raw_path: str, record: int) -> str:
    """Stable id from the input's location, so reruns and other tools agree on it."""
    return hashlib.sha256(f"{raw_path}\x00{record}".encode()).hexdigest()[:20]


def detect_format(raw_path: str) -> tuple[str, bool]:
    """(format, gzipped) from the file name; format "unknown" when unsupported."""
    name = raw_path.rsplit("/", 1)[-1].lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    dot = name.rfind(".")
    return FORMATS.get(name[dot:] if dot >= 0 else "", "unknown"), gz


def gunzip(data: bytes, limit: int) -> bytes:
    if data[:2] != b"\x1f\x8b":
        raise Quarantine("not_gzip")
    out = bytearray()
    try:
        # Stream with a bound so that a gzip bomb is stopped at `limit`, not at memory exhaustion.
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        buf = memoryview(data)
        for start in range(0, len(buf), 1 << 16):
            out += d.decompress(buf[start : start + (1 << 16)], limit + 1 - len(out))
            if len(out) > limit:
                raise Quarantine("too_large", f"decompressed size > {limit} bytes")
        out += d.flush()
        if not d.eof:
            raise Quarantine("truncated_gzip")
    except zlib.error as exc:
        raise Quarantine("corrupt_gzip", str(exc)) from exc
    return bytes(out)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff") or sample[:3] == b"\xef\xbb\xbf":
        return False
    # UTF-16 without BOM has NULs every other byte; real binaries have them scattered with
    # other control bytes. Text in any 8-bit encoding has essentially none.
    nul = sample.count(0)
    if nul == 0:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if max(even, odd) > 0.4 * half and min(even, odd) < 0.05 * half:
        return False  # UTF-16 shaped
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.05 * len(sample)


def decode(data: bytes, is_html: bool) -> tuple[str, str]:
    """Bytes → (text, encoding name). Raises Quarantine when no encoding gives readable text."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise Quarantine("undecodable", f"BOM says {enc}: {exc}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if is_html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass  # the declaration lies; let the detector decide
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise Quarantine("undecodable")
    enc = best.encoding
    # GB2312 is a subset of GB18030; decoding with the superset keeps rare characters.
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"
    try:
        return data.decode(enc), enc
    except UnicodeDecodeError:
        return data.decode(enc, errors="replace"), enc


def repair_text(text: str) -> str:
    """Fix mojibake (UTF-8 read as Latin-1/cp1252) and drop control characters."""
    import ftfy

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # ftfy is linear but not cheap; very long inputs are bounded earlier by the size limits.
    text = ftfy.fix_text(text, normalization="NFC", unescape_html=False, uncurl_quotes=False)
    return _CONTROL.sub("", text)


def _first(record: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = record.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _record_row(record: Any) -> dict:
    if not isinstance(record, dict):
        raise Quarantine("bad_record", "record is not a JSON object")
    html = _first(record, HTML_FIELDS)
    text = _first(record, TEXT_FIELDS)
    if html is None and text is None:
        raise Quarantine("no_content", "record has neither html nor text")
    return {
        "content": repair_text(html if html is not None else text),
        "content_type": "html" if html is not None else "text",
        "url": _first(record, ("url", "link")),
        "title_hint": _first(record, ("title", "headline")),
        "published_hint": _first(record, ("published_at", "date", "published", "datePublished")),
    }


def _json_records(text: str) -> Iterator[dict]:
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise Quarantine("bad_json", str(exc)[:200]) from exc
    if isinstance(obj, dict):
        for key in ("records", "articles", "items", "data"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    records = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(records):
        try:
            yield {"record": i, **_record_row(rec)}
        except Quarantine as q:
            yield {"record": i, "status": "quarantined", "reason": q.reason}


def _jsonl_records(text: str) -> Iterator[dict]:
    # Record numbers follow non-blank lines so that a bad line keeps its place.
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        try:
            yield {"record": i, **_record_row(json.loads(line))}
        except (json.JSONDecodeError, RecursionError):
            yield {"record": i, "status": "quarantined", "reason": "bad_json_line"}
        except Quarantine as q:
            yield {"record": i, "status": "quarantined", "reason": q.reason}


def _warc_records(data: bytes, limits: Limits) -> Iterator[dict]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response":
                continue
            i, n = n, n + 1
            ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            url = rec.rec_headers.get_header("WARC-Target-URI")
            payload = rec.content_stream().read(limits.max_decompressed_bytes + 1)
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                yield {"record": i, "url": url, "status": "quarantined", "reason": "unsupported_content_type"}
                continue
            try:
                text, enc = decode(payload, is_html=True)
            except Quarantine as q:
                yield {"record": i, "url": url, "status": "quarantined", "reason": q.reason}
                continue
            yield {
                "record": i,
                "url": url,
                "encoding": enc,
                "content": repair_text(text),
                "content_type": "html" if "html" in ctype.lower() else "text",
                "published_hint": rec.rec_headers.get_header("WARC-Date"),
            }
    except Exception as exc:  # warcio raises several types on damaged archives
        yield {"record": n, "status": "quarantined", "reason": "bad_warc", "detail": str(exc)[:200]}


def ingest_one(item: RawInput, limits: Limits) -> list[dict]:
    """All rows for one raw file. Never raises."""
    fmt, gz = detect_format(item.raw_path)
    base = {
        "raw_path": item.raw_path,
        "record": 0,
        "format": fmt,
        "raw_sha256": hashlib.sha256(item.data).hexdigest() if item.data is not None else None,
        "size_bytes": len(item.data) if item.data is not None else None,
        "status": "ok",
        "reason": None,
    }
    try:
        if item.data is None:
            raise Quarantine(item.read_error or "unreadable")
        if fmt == "unknown":
            raise Quarantine("unsupported_format")
        if len(item.data) > limits.max_input_bytes:
            raise Quarantine("too_large", f"{len(item.data)} bytes > {limits.max_input_bytes}")
        data = gunzip(item.data, limits.max_decompressed_bytes) if gz else item.data
        if len(data) > limits.max_input_bytes:
            raise Quarantine("too_large", f"{len(data)} bytes > {limits.max_input_bytes}")
        if not data.strip():
            raise Quarantine("empty")
        if fmt == "warc":
            rows = list(_warc_records(data, limits))
            if not rows:
                raise Quarantine("no_records")
            return [{**base, **r} for r in rows]
        if _looks_binary(data):
            raise Quarantine("binary")
        text, enc = decode(data, is_html=fmt == "html")
        base["encoding"] = enc
        text = repair_text(text)
        if not text.strip():
            raise Quarantine("empty")
        if fmt in ("json", "jsonl"):
            rows = list(_json_records(text) if fmt == "json" else _jsonl_records(text))
            if not rows:
                raise Quarantine("no_records")
            return [{**base, **r} for r in rows]
        return [{**base, "content": text, "content_type": "html" if fmt == "html" else "text"}]
    except Quarantine as q:
        return [{**base, "status": "quarantined", "reason": q.reason}]
    except Exception as exc:  # a decoder bug must not take the batch down; say what happened
        return [{**base, "status": "quarantined", "reason": "ingest_error", "detail": repr(exc)[:200]}]


def ingest(items: list[RawInput], limits: Limits) -> pl.DataFrame:
    """One batch of raw inputs → the INGESTED frame."""
    rows = [row for item in items for row in ingest_one(item, limits)]
    for row in rows:
        row["doc_id"] = doc_id_for(row["raw_path"], row["record"])
        if row.get("status") == "quarantined":
            row["content"] = None
    if not rows:
        return pl.DataFrame(schema=INGESTED)
    return conform(pl.DataFrame(rows, infer_schema_length=None), INGESTED)
