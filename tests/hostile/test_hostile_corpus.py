"""The hostile corpus through discover → read → ingest → extract → clean (the pure stages, as the
curate flow calls them): every input accounted for with the expected status and reason, good
inputs readable, nothing under raw/ (or outside it) touched, and the whole run quick."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl
import pytest

from flows.storage import RawFile, discover, read_raw
from newsclean.config import Limits
from newsclean.rules import boilerplate_rules
from tests.hostile.make_corpus import CURATED, MUST_CONTAIN, MUST_NOT_CONTAIN, build
from transforms.clean import clean_documents
from transforms.extract import extract
from transforms.ingest import RawInput, ingest


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder` without following links: kind, content hash or link target,
    and modification time."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            if stat.S_ISLNK(st.st_mode):
                out[str(p)] = ("link", os.readlink(p), st.st_mtime_ns)
            elif stat.S_ISREG(st.st_mode):
                out[str(p)] = ("file", hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_mode)
            else:
                out[str(p)] = ("other", stat.S_IFMT(st.st_mode), st.st_mtime_ns)
    return out


def run_stages(raw: Path, limits: Limits) -> pl.DataFrame:
    files = discover(raw)
    items = []
    for f in files:
        data, problem = read_raw(f, limits.max_input_bytes)
        items.append(RawInput(f.raw_path, data, problem))
    ingested = ingest(items, limits)
    extracted = extract(ingested, limits)
    cleaned, _audit = clean_documents(extracted, boilerplate_rules(), limits.max_line_chars)
    return cleaned


@dataclass
class Run:
    raw: Path
    expected: dict[str, tuple[str, str | None]]
    docs: pl.DataFrame
    outcomes: dict[str, tuple[str, str | None]]
    bodies: dict[str, str]
    before: dict[str, tuple]
    after: dict[str, tuple]
    seconds: float


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("hostile")
    raw = base / "raw"
    expected = build(raw)
    before = snapshot(base)
    start = time.perf_counter()
    docs = run_stages(raw, Limits())
    seconds = time.perf_counter() - start
    after = snapshot(base)
    multi = {k.split("#")[0] for k in expected if "#" in k}
    outcomes, bodies = {}, {}
    for r in docs.iter_rows(named=True):
        key = f"{r['raw_path']}#{r['record']}" if r["raw_path"] in multi else r["raw_path"]
        assert key not in outcomes, f"two rows for {key}"
        outcomes[key] = (CURATED if r["status"] == "ok" else r["status"], r["reason"])
        bodies[key] = r["body"] or ""
    return Run(raw, expected, docs, outcomes, bodies, before, after, seconds)


def test_every_input_has_exactly_the_expected_row(run: Run) -> None:
    assert set(run.outcomes) == set(run.expected)
    wrong = {k: (run.outcomes[k], v) for k, v in run.expected.items() if run.outcomes[k] != v}
    assert not wrong, wrong


def test_the_corpus_covers_every_case_of_the_issue(run: Run) -> None:
    reasons = {reason for _, reason in run.expected.values()}
    assert {
        "empty", "binary", "truncated_gzip", "not_gzip", "too_deep", "too_large", "bad_json",
        "bad_json_line", "unsupported_format", "symlink", "hidden_file", "no_text_extracted",
        "empty_after_cleaning",
    } <= reasons
    assert sum(status == CURATED for status, _ in run.expected.values()) >= 15


def test_quarantined_rows_carry_machine_readable_reasons(run: Run) -> None:
    quarantined = run.docs.filter(pl.col("status") == "quarantined")
    assert quarantined["reason"].null_count() == 0
    assert quarantined["reason"].str.contains(r"^[a-z][a-z0-9_]*$").all()
    assert run.docs.filter(pl.col("status") == "ok")["reason"].null_count() == run.docs.filter(pl.col("status") == "ok").height


@pytest.mark.parametrize("key", sorted(MUST_CONTAIN))
def test_good_inputs_are_readable(run: Run, key: str) -> None:
    if key not in run.expected:
        pytest.skip("this file system cannot hold the file name")
    assert MUST_CONTAIN[key] in run.bodies[key]
    for bad in MUST_NOT_CONTAIN.get(key, []):
        assert bad not in run.bodies[key]


def test_chinese_legacy_encodings_are_named(run: Run) -> None:
    enc = dict(run.docs.select("raw_path", "encoding").iter_rows())
    assert enc["enc/typhoon-big5.txt"] == "cp950"
    assert enc["enc/economy-gbk.txt"] == "gb18030"
    assert enc["enc/metro-gb2312.html"] == "gb18030"
    assert enc["enc/ecoles-cp1252.txt"] == "cp1252"
    assert enc["enc/fernwaerme-utf16.txt"] == "utf-16"


def test_no_body_holds_control_characters_or_outside_content(run: Run) -> None:
    for key, body in run.bodies.items():
        assert not any(ord(c) < 32 and c not in "\t\n" for c in body), key
        assert "must never be read" not in body, key


def test_raw_and_its_surroundings_are_untouched(run: Run) -> None:
    # Byte-identical files, same links, same mtimes, nothing created (a record id like
    # "../../etc/passwd" is data, never a path) -- in raw/ and in the folder around it.
    assert run.after == run.before


def test_ids_and_paths_are_safe(run: Run) -> None:
    assert run.docs["doc_id"].n_unique() == run.docs.height
    assert run.docs["doc_id"].str.contains(r"^[0-9a-f]{20}$").all()
    for path in run.docs["raw_path"].to_list():
        path.encode("utf-8")
        assert not path.startswith("/") and ".." not in path.split("/")


def test_the_run_is_quick(run: Run) -> None:
    # 25 MB, 5 MB and 300,000-deep inputs included; the bound is generous for loaded CI machines.
    assert run.seconds < 30, run.seconds


def test_smaller_limits_quarantine_with_a_clear_reason(run: Run) -> None:
    limits = replace(Limits(), max_input_bytes=1_000_000)
    files = [f for f in discover(run.raw) if f.raw_path in ("html/inline-image.html", "good/harbour.html")]
    docs = ingest([RawInput(f.raw_path, *read_raw(f, limits.max_input_bytes)) for f in files], limits)
    assert dict(docs.select("raw_path", "reason").iter_rows()) == {
        "good/harbour.html": None,
        "html/inline-image.html": "too_large",
    }


# Discovery and reading on their own ------------------------------------------------------------


def test_discover_never_follows_links_and_reports_everything(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "x.txt").write_text("outside")
    (raw / "sub" / "a.txt").write_text("inside")
    os.symlink(outside, raw / "sub" / "out-dir")
    os.symlink(outside / "x.txt", raw / "out.txt")
    (raw / ".git").mkdir()
    (raw / ".git" / "HEAD").write_text("ref")
    found = {f.raw_path: f.problem for f in discover(raw)}
    assert found == {
        ".git/HEAD": "hidden_file",
        "out.txt": "symlink",
        "sub/a.txt": None,
        "sub/out-dir": "symlink",
    }


def test_read_raw_refuses_what_is_not_a_regular_file_any_more(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_text("story")
    entry = RawFile("t.txt", target, 5, 0)
    assert read_raw(entry, 100) == (b"story", None)
    assert read_raw(entry, 3) == (None, "too_large")
    # Swapped for a link after discovery: O_NOFOLLOW refuses it.
    target.unlink()
    os.symlink(tmp_path / "elsewhere", target)
    assert read_raw(entry, 100) == (None, "symlink")
    # Swapped for a FIFO: refused without blocking.
    if hasattr(os, "mkfifo"):
        target.unlink()
        os.mkfifo(target)
        start = time.perf_counter()
        assert read_raw(entry, 100) == (None, "not_a_regular_file")
        assert time.perf_counter() - start < 1.0
    target.unlink()
    assert read_raw(entry, 100) == (None, "unreadable")
    # A file that grew past the limit after discovery is still cut off at max_bytes + 1.
    target.write_bytes(b"x" * 1000)
    assert read_raw(RawFile("t.txt", target, 5, 0), 100) == (None, "too_large")
