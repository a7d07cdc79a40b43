"""Ingest: raw bytes → one decoded row per input unit (file, or record of a JSON/JSONL/WARC file).

Pure: the flow reads the bytes; this module only decides what they are. Nothing is dropped: an
input that cannot be used becomes a row with status "quarantined" and a machine-readable reason.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

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

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
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
    """Decompress gzip data of one or more members (a .warc.gz has one per record), stopping as
    soon as the output passes `limit`, so that a gzip bomb costs nothing. Input is fed in small
    chunks: zlib copies what follows a member's end, which must not be the rest of the file."""
    if data[:2] != b"\x1f\x8b":
        raise Quarantine("not_gzip")
    view, pos, out = memoryview(data), 0, bytearray()
    try:
        while True:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while not d.eof and pos < len(view):
                chunk = view[pos : pos + (1 << 16)]
                pos += len(chunk)
                # At most limit + 1 bytes out; when that many come, the input is too large.
                out += d.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise Quarantine("too_large", f"decompressed size > {limit} bytes")
            if not d.eof:
                raise Quarantine("truncated_gzip")
            pos -= len(d.unused_data)  # the bytes after this member's end
            if view[pos : pos + 2] != b"\x1f\x8b":
                break  # end of data, or padding after the last member (ignored, as gzip -d does)
    except zlib.error as exc:
        raise Quarantine("corrupt_gzip", str(exc)) from exc
    return bytes(out)


# Decoding ---------------------------------------------------------------------------------
#
# Order of evidence, strongest first: a byte-order mark; NULs at every other byte (UTF-16
# without BOM); strict UTF-8 (random bytes almost never pass it), or UTF-8 with a few broken
# sequences; the caller's or the document's own declaration (HTTP header, HTML meta, XML
# declaration); then candidates from charset-normalizer plus the Chinese double-byte and common
# single-byte encodings, each decoded strictly and scored by how plausible the text is. charset-normalizer alone confuses short GBK, Big5 and
# EUC-KR texts (a two-sentence GBK story often comes out as cp949), and picks cp1250 for French
# or Spanish; the plausibility score settles those cases without a language model.

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
# Labels that mean a wider encoding in practice (WHATWG Encoding Standard): decode with the
# superset, which reads every text the narrow one does. Keys are Python's canonical codec names.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "cp950",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "tis-620": "cp874",
}
# Single-byte codepages for Latin-script languages. charset-normalizer ranks them almost at
# random for Western European text (cp1250 for French turns "à" into "ŕ"); among them
# windows-1252 is the default, as in browsers, and another wins only on a clearly better score.
_LATIN_SINGLE_BYTE = re.compile(
    r"^(cp(437|775|850|852|857|858|860|861|863|865|1250|1252|1254|1257|1258)|"
    r"iso8859-(1|2|3|4|9|10|13|14|15|16)|latin-1|mac-(roman|latin2|iceland|turkish)|hp-roman8)$"
)
# The Chinese encodings are always tried: they decode each other's bytes without error, and
# the detector misses them on short texts.
_CJK_CANDIDATES = ("gb18030", "cp950", "big5hkscs")
# Always tried last: the common Western and Cyrillic codepages.
_FALLBACK_CANDIDATES = ("cp1252", "cp1251")
_DETECT_SAMPLE = 200_000
_SCORE_SAMPLE = 50_000
# A candidate replaces the first choice only when its text is clearly more plausible.
_SWITCH_MARGIN = 0.1
_TIE = 0.05
# Below this plausibility (and with enough evidence) no decoding is readable text.
_MIN_PLAUSIBLE = 0.6
_MIN_EVIDENCE = 16


def _double_byte_set(codec: str, leads: range, trails: list[int], last: tuple[int, int] | None = None) -> frozenset[str]:
    chars = set()
    for a in leads:
        for b in trails:
            if last is not None and (a, b) > last:
                continue
            try:
                chars.add(bytes((a, b)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


# Frequently used characters, read from the encodings' own tables: GB2312 level 1 (3,755 common
# simplified hanzi), Big5 level 1 (5,401 common traditional hanzi) and the 2,350 Hangul
# syllables of KS X 1001. Text decoded with the wrong double-byte encoding is mostly made of
# rare characters; text decoded with the right one is mostly made of these.
_COMMON_HAN = _double_byte_set("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF))) | _double_byte_set(
    "big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], last=(0xC6, 0x7E)
)
_COMMON_HANGUL = _double_byte_set("euc_kr", range(0xB0, 0xC9), list(range(0xA1, 0xFF)))
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_HAN_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_LATIN_RUN = re.compile(r"[\u0080-\u024f]+")
# A CJK character glued to an ASCII letter ("ann\u99a5,": "année" read as Shift_JIS), or a
# Latin-1 symbol inside a word ("Wroc\u00b3aw": Polish read as windows-1252), is what a wrong
# decoding leaves behind.
_CJK_IN_LATIN = re.compile(
    r"(?<=[A-Za-z])[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff61-\uff9f]|"
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff61-\uff9f](?=[A-Za-z])"
)
_SYMBOL_IN_WORD = re.compile(
    r"(?<=[^\W\d_])[\u00a1-\u00bf\u00d7\u00f7\u201a\u201e\u2020-\u2022\u2030\u2039\u203a](?=[^\W\d_])"
)
# Hanja glued to Hangul: what Chinese read as Korean looks like (Korean sets hanja apart).
_HAN_IN_HANGUL = re.compile(r"(?<=[\uac00-\ud7a3])[\u4e00-\u9fff]|[\u4e00-\u9fff](?=[\uac00-\ud7a3])")


def _char_weight(ch: str) -> float:
    """How plausible one non-ASCII character is in real text: 1 common, 0 impossible."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF:
        return 1.0 if ch in _COMMON_HAN else 0.25
    if 0xAC00 <= o <= 0xD7A3:
        return 1.0 if ch in _COMMON_HANGUL else 0.2
    if o <= 0x9F or ch == "\ufffd":
        return 0.0  # C1 controls, replacement character
    if o <= 0xBF:
        return 0.6  # Latin-1 punctuation and symbols: legitimate, but what CJK-as-Latin is made of
    if 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0xA000 <= o <= 0xA4CF or o >= 0x20000:
        return 0.05  # CJK extension A, compatibility ideographs, Yi, astral ideographs
    if 0x2500 <= o <= 0x25FF or 0xFF61 <= o <= 0xFF9F:
        return 0.3  # box drawing, half-width katakana: what DOS and Shift_JIS misreads produce
    if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
        return 0.0  # controls, surrogates, private use, unassigned
    return 1.0


def plausibility(text: str) -> tuple[float, int]:
    """(score in [0, 1], number of characters it is based on) for decoded text.

    Only non-ASCII characters and ASCII control characters count: ASCII text is plausible in
    every encoding. Two shape checks catch decodings whose characters are individually fine:
    Latin-1 letters in long runs (a double-byte text read as windows-1252), and Hangul in long
    unbroken runs or hanzi separated by spaces (Chinese read as Korean, and the reverse).
    """
    sample = text[:_SCORE_SAMPLE]
    good = total = 0.0
    han = hangul = latin = 0
    for ch, n in Counter(sample).items():
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in "\t\n\r" or o == 0x7F:
                total += n
            continue
        w = _char_weight(ch)
        good += w * n
        total += n
        if 0x4E00 <= o <= 0x9FFF:
            han += n
        elif 0xAC00 <= o <= 0xD7A3:
            hangul += n
        elif o <= 0x24F:
            latin += n
    if total == 0:
        return 1.0, 0
    good -= 0.9 * len(_CJK_IN_LATIN.findall(sample)) + 0.6 * len(_SYMBOL_IN_WORD.findall(sample))
    if hangul:
        good -= len(_HAN_IN_HANGUL.findall(sample))
    score = max(good, 0.0) / total
    if latin > total / 2:
        runs = _LATIN_RUN.findall(sample)
        if runs and latin / len(runs) > 2.5:
            score *= 0.5
    if hangul > total / 2:
        runs = _HANGUL_RUN.findall(sample)
        if runs and hangul / len(runs) > 6:
            score *= 0.6
    if han > total / 2 and han >= 4 and len(_HAN_SPACED.findall(sample)) > 0.08 * han:
        score *= 0.6
    return score, int(total)


def _canonical(label: str) -> str | None:
    """Python codec name for an encoding label, widened to its superset; None if unknown."""
    label = label.strip().lower()
    label = {"x-gbk": "gbk", "x-sjis": "shift_jis", "windows-874": "cp874", "x-cp1252": "cp1252"}.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSET.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML meta tag or XML declaration near the top names, if it is a known one."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    if not m:
        return None
    enc = _canonical(m.group(1).decode("ascii", "replace"))
    # A page that says UTF-16 but reached this point has no BOM and is not UTF-16 shaped: the
    # declaration was copied from elsewhere.
    return None if enc is None or enc.startswith(("utf-16", "utf-32")) else enc


def _utf16_shape(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit at every other byte (ASCII-heavy UTF-16 without BOM)."""
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) / 2
    if half < 2:
        return None
    evens, odds = sample[0::2], sample[1::2]
    even, odd = evens.count(0), odds.count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        other, name = evens, "utf-16-le"
    elif even > 0.4 * half and odd < 0.05 * half:
        other, name = odds, "utf-16-be"
    else:
        return None
    # The other bytes are the characters' low bytes: text, not more control bytes.
    controls = sum(other.count(b) for b in _BINARY_BYTES)
    return name if controls < 0.1 * half else None


def _looks_binary(data: bytes) -> bool:
    """True for data that no text encoding explains: many control bytes that are not UTF-16 shape."""
    sample = data[:8192]
    if not sample or any(sample.startswith(bom) for bom, _, _ in _BOMS):
        return False
    # Tab, LF, VT, FF, CR and ESC (ISO-2022 shifts) appear in text; the other C0 bytes do not.
    controls = sum(sample.count(b) for b in _BINARY_BYTES)
    if controls == 0 or _utf16_shape(sample):
        return False
    return controls > 0.05 * len(sample)


_BINARY_BYTES = [b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)]


def _lenient_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a file cut mid-character, one stray byte): keep it as
    UTF-8 with U+FFFD rather than reading the whole text in a legacy encoding. Text in a legacy
    encoding almost never forms valid multi-byte UTF-8 sequences, so the ratio decides."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if good >= 3 and good >= 4 * bad:
        return text
    return None


def decode(data: bytes, is_html: bool, declared: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding name). Raises Quarantine("undecodable") when no encoding gives
    readable text. `declared` is an encoding named outside the bytes (an HTTP header)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise Quarantine("undecodable", f"BOM says {name}: {exc}") from exc
    shape = _utf16_shape(data[:8192])
    if shape:
        try:
            return data.decode(shape), shape
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = _lenient_utf8(data)
    if lenient is not None:
        return lenient, "utf-8"

    first: list[str] = []  # trusted order: declaration, then the detector's first pick
    declared = _canonical(declared) if declared else None
    if declared is None and is_html:
        declared = declared_charset(data)
    if declared:
        first.append(declared)
    from charset_normalizer import from_bytes

    detected = []
    for match in from_bytes(data[:_DETECT_SAMPLE]):
        enc = _canonical(match.encoding)
        if enc and enc not in detected:
            detected.append(enc)
        if len(detected) == 3:
            break
    if detected and _LATIN_SINGLE_BYTE.match(detected[0]):
        detected.insert(0, "cp1252")
    candidates = list(dict.fromkeys([*first, *detected, *_CJK_CANDIDATES, *_FALLBACK_CANDIDATES]))

    scored: list[tuple[str, float, int]] = []  # texts are not kept: 10 copies of 20 MB add up
    for enc in candidates:
        try:
            score, evidence = plausibility(data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((enc, score, evidence))
    if not scored:
        raise Quarantine("undecodable", "no candidate encoding decodes the bytes")
    # Near-ties go to the earlier (more trusted) candidate.
    top = max(d[1] for d in scored)
    best = next(d for d in scored if d[1] >= top - _TIE)
    enc, score, evidence = scored[0] if scored[0][1] >= best[1] - _SWITCH_MARGIN else best
    if evidence >= _MIN_EVIDENCE and score < _MIN_PLAUSIBLE:
        raise Quarantine("undecodable", f"best candidate {enc} scores {score:.2f}")
    return data.decode(enc), enc


# When ftfy can change a line (with the settings below). Mojibake is at least two characters
# from the single-byte codepages ftfy undoes (Latin-1 and Latin Extended, Greek, Cyrillic,
# general punctuation, letter-like and math symbols, box drawing, ligatures), or a UTF-8 lead
# byte read in one of them followed by the space, "?" or U+FFFD that a lost byte became; the
# other fixes act on single characters (C1 controls, line separators, ligatures, BOMs and format
# characters, terminal escapes, U+FFFD). A line with none of these is left as it is by ftfy, so
# it is spared ftfy's cost (about 0.1 ms a line: 50 ms for a typical page before this test, and
# 5 s for a 5 MB CJK text). tests/transforms/test_properties.py checks the equivalence.
_MOJIBAKE_ALPHABET = "\u0080-\u04ff\u2000-\u25ff\uf8ff\ufb00-\ufb06"


def _ftfy_trigger() -> re.Pattern[str]:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)
    from ftfy.chardata import CHARMAP_ENCODINGS, CONTROL_CHARS, LIGATURES

    def read_as_codepages(byte_values: Iterable[int]) -> str:
        chars = {bytes([b]).decode(enc, errors="ignore") for b in byte_values for enc in CHARMAP_ENCODINGS}
        return "".join(re.escape(c) for c in sorted(chars) if c)

    # Lead bytes of ftfy's ALTERED_UTF8_RE (an A0 byte turned into a space) and LOSSY_UTF8_RE.
    before_space = read_as_codepages([0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9, 0xE2, 0xE3, 0xF0])
    before_lost = read_as_codepages(range(0xC2, 0xF5))
    singles = {chr(c) for c in (*CONTROL_CHARS, *LIGATURES) if c >= 0x80} | set("\x1b\u2028\u2029\ufffd")
    single_class = "".join(re.escape(c) for c in sorted(singles))
    c0 = "[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f]*"  # ftfy drops these before judging a line
    return re.compile(
        f"[{_MOJIBAKE_ALPHABET}]{c0}[{_MOJIBAKE_ALPHABET}]"
        f"|[{before_space}]{c0} |[{before_lost}]{c0}[?\\ufffd]"
        f"|[\\x80-\\x9f{single_class}]"
    )


_FTFY_MAY_CHANGE = _ftfy_trigger()
_FTFY_OPTIONS = dict(normalization="NFC", unescape_html=False, uncurl_quotes=False, fix_character_width=False)


def repair_text(text: str) -> str:
    """Fix mojibake (UTF-8 read as Latin-1/cp1252 and the like), normalise line ends and to NFC,
    drop control characters. ftfy works line by line; lines it cannot change skip it.

    Character width is left alone: ftfy would turn CJK full-width punctuation ("，", "（") into
    ASCII, which changes the text rather than repairing it.
    """
    import ftfy

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _FTFY_MAY_CHANGE.search(text) is not None:
        text = "\n".join(
            ftfy.fix_text(line, **_FTFY_OPTIONS) if _FTFY_MAY_CHANGE.search(line) else line
            for line in text.split("\n")
        )
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def _first(record: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = record.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _record_row(record: Any) -> dict:
    """One JSON record → row fields. Record ids and other fields are data, never paths."""
    if not isinstance(record, dict):
        raise Quarantine("bad_record", "record is not a JSON object")
    html = _first(record, HTML_FIELDS)
    text = _first(record, TEXT_FIELDS)
    if html is None and text is None:
        raise Quarantine("no_content", "record has neither html nor text")
    content = repair_text(html if html is not None else text)
    if not content.strip():
        raise Quarantine("empty")
    title = _first(record, ("title", "headline"))
    return {
        "content": content,
        "content_type": "html" if html is not None else "text",
        "url": _first(record, ("url", "link")),
        "title_hint": repair_text(title) if title is not None else None,
        "published_hint": _first(record, ("published_at", "date", "published", "datePublished")),
    }


# json raises ValueError for more than syntax (an integer beyond Python's digit limit) and
# RecursionError for deep nesting: all mean "not a usable record".
_JSON_ERRORS = (ValueError, RecursionError)


def _json_records(text: str) -> Iterator[dict]:
    try:
        obj = json.loads(text)
    except _JSON_ERRORS as exc:
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
        except _JSON_ERRORS:
            yield {"record": i, "status": "quarantined", "reason": "bad_json_line"}
        except Quarantine as q:
            yield {"record": i, "status": "quarantined", "reason": q.reason}


_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def _warc_records(data: bytes, limits: Limits) -> Iterator[dict]:
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):
        INC_RECORD = ""  # warcio writes this warning to stderr for each damaged record

    if not data.lstrip()[:5] == b"WARC/":
        # warcio reads almost anything as records; a WARC file starts with its version line.
        yield {"record": 0, "status": "quarantined", "reason": "bad_warc"}
        return
    n = 0
    try:
        for rec in QuietArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response":
                continue
            i, n = n, n + 1
            ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
            url = rec.rec_headers.get_header("WARC-Target-URI")
            payload = rec.content_stream().read(limits.max_input_bytes + 1)
            if "html" not in ctype.lower() and "text" not in ctype.lower():
                yield {"record": i, "url": url, "status": "quarantined", "reason": "unsupported_content_type"}
                continue
            if len(payload) > limits.max_input_bytes:
                yield {"record": i, "url": url, "status": "quarantined", "reason": "too_large"}
                continue
            m = _HTTP_CHARSET.search(ctype)
            try:
                if not payload.strip():
                    raise Quarantine("empty")
                if _looks_binary(payload):
                    raise Quarantine("binary")
                text, enc = decode(payload, is_html=True, declared=m.group(1) if m else None)
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


def safe_path(raw_path: str) -> str:
    """raw_path as valid UTF-8 text. File names that are not UTF-8 reach Python with lone
    surrogates (surrogateescape), which Parquet, Polars and hashlib reject; show their bytes."""
    try:
        raw_path.encode("utf-8")
        return raw_path
    except UnicodeEncodeError:
        try:
            return raw_path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that no byte produced: show its code point
            return raw_path.encode("utf-8", "backslashreplace").decode("utf-8")


def ingest_one(item: RawInput, limits: Limits) -> list[dict]:
    """All rows for one raw file. Never raises."""
    raw_path = safe_path(item.raw_path)
    fmt, gz = detect_format(raw_path)
    base = {
        "raw_path": raw_path,
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
        if fmt in ("json", "jsonl"):
            # Records are repaired one by one; the source only loses the control characters
            # that JSON forbids inside strings anyway.
            text = _CONTROL.sub("", text)
            if not text.strip():
                raise Quarantine("empty")
            rows = list(_json_records(text) if fmt == "json" else _jsonl_records(text))
            if not rows:
                raise Quarantine("no_records")
            return [{**base, **r} for r in rows]
        text = repair_text(text)
        if not text.strip():
            raise Quarantine("empty")
        return [{**base, "content": text, "content_type": "html" if fmt == "html" else "text"}]
    except Quarantine as q:
        return [{**base, "status": "quarantined", "reason": q.reason}]
    except MemoryError:
        return [{**base, "status": "quarantined", "reason": "memory_limit"}]
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
