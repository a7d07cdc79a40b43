"""Extract: main text from HTML, with cheap guards first and a per-document time/memory bound."""

from __future__ import annotations

import base64
import threading
import time
from dataclasses import replace

import polars as pl
import pytest

import transforms.extract as extract_mod
from newsclean.config import Limits
from transforms.extract import (
    ExtractPool,
    extract,
    extract_html,
    extract_row,
    html_depth,
    strip_heavy,
)
from transforms.ingest import RawInput, ingest

IN_PROCESS = replace(Limits(), extract_timeout_s=None, extract_memory_bytes=None)
STORY = (
    "The city council approved a new harbour budget on Tuesday after a six-hour debate. "
    "Councillors voted 31 to 12 to fund the dredging of the eastern basin and two new cranes. "
    "The port authority said the work would start in spring and take about eighteen months."
)


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Harbour budget</title></head><body><article><h1>Harbour budget</h1>{body}</article></body></html>"


# Cheap guards -------------------------------------------------------------------------------


def test_strip_heavy_removes_non_text_elements_and_data_uris() -> None:
    uri = "data:image/png;base64," + "A" * 5000
    html = (
        f"<p>keep 1</p><script>var x = '<p>no</p>';</script><STYLE>p{{}}</STYLE>"
        f"<noscript>no</noscript><svg><text>no</text></svg><img src=\"{uri}\"><p>keep 2</p>"
    )
    out = strip_heavy(html)
    assert "keep 1" in out and "keep 2" in out
    assert "no" not in out.replace("<noscript", "").replace("</noscript", "")
    assert "AAAA" not in out and 'src="data:,"' in out


def test_strip_heavy_unclosed_elements() -> None:
    # An unclosed script runs to the end (as in a browser); an unclosed svg loses only its tag.
    assert strip_heavy("<p>a</p><script>var x;<p>b</p>") == "<p>a</p>"
    assert strip_heavy("<p>a</p><svg width=1><p>b</p>") == "<p>a</p><p>b</p>"


def test_strip_heavy_is_linear_on_many_unclosed_tags() -> None:
    hostile = "<svg>" * 200_000 + "<noscript>" * 200_000 + "<p>text</p>"
    start = time.perf_counter()
    assert strip_heavy(hostile) == "<p>text</p>"
    assert time.perf_counter() - start < 2.0


def test_html_depth_stops_early() -> None:
    assert html_depth(page("<div><p>x</p></div>"), 256) <= 8
    deep = "<div>" * 300_000
    start = time.perf_counter()
    assert html_depth(deep, 100) == 101
    assert time.perf_counter() - start < 1.0


def test_deeply_nested_html_is_too_deep() -> None:
    deep = "<html><body>" + "<div>" * 300_000 + f"<p>{STORY}</p>" + "</div>" * 300_000 + "</body></html>"
    start = time.perf_counter()
    assert extract_row(deep, "html", None, IN_PROCESS) == {"status": "quarantined", "reason": "too_deep"}
    assert time.perf_counter() - start < 2.0
    # A normal page is far from the limit.
    assert extract_row(page(f"<p>{STORY}</p>"), "html", None, IN_PROCESS).get("status") is None


def test_size_limit_applies_after_inline_data_is_dropped() -> None:
    uri = "data:image/png;base64," + base64.b64encode(b"\x89PNG" + bytes(3_000_000)).decode()
    html = page(f"<p>{STORY}</p><img src='{uri}'>")
    out = extract_row(html, "html", None, replace(IN_PROCESS, max_html_chars=100_000))
    assert "dredging of the eastern basin" in out["text"]
    assert "base64" not in out["text"]
    small = replace(IN_PROCESS, max_html_chars=200)
    assert extract_row(html, "html", None, small) == {"status": "quarantined", "reason": "too_large"}


def test_entity_bomb_is_never_expanded() -> None:
    ents = ['<!ENTITY a0 "lol">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    html = (
        '<?xml version="1.0"?><!DOCTYPE html [' + "".join(ents) + "]>"
        + page(f"<p>{STORY} &a9;</p>")
    )
    start = time.perf_counter()
    out = extract_row(html, "html", None, IN_PROCESS)
    assert time.perf_counter() - start < 5.0
    assert "dredging of the eastern basin" in out["text"]
    assert "lollol" not in out["text"] and len(out["text"]) < 1000


def test_pages_without_article_text() -> None:
    scripts = "<html><head><script>var a=1;</script></head><body><script>render()</script><noscript></noscript></body></html>"
    assert extract_row(scripts, "html", None, IN_PROCESS)["reason"] == "no_text_extracted"
    assert extract_row("<html></html>", "html", None, IN_PROCESS)["reason"] == "no_text_extracted"
    assert extract_row("   \n", "text", None, IN_PROCESS)["reason"] == "no_text_extracted"


def test_metadata_comes_with_the_text() -> None:
    out = extract_html(
        page(f"<p>{STORY}</p>", head='<meta name="author" content="Ana Ruiz"><meta property="og:site_name" content="Port Times">'),
        "https://news.example.org/harbour",
        IN_PROCESS,
    )
    assert out["meta_title"] == "Harbour budget"
    assert out["meta_authors"] == "Ana Ruiz"
    assert out["meta_sitename"] == "Port Times"


def test_errors_become_reasons(monkeypatch: pytest.MonkeyPatch) -> None:
    def recurse(*_a: object) -> dict:
        raise RecursionError

    def bug(*_a: object) -> dict:
        raise KeyError("bug")

    monkeypatch.setattr(extract_mod, "extract_html", recurse)
    assert extract_row("<p>x</p>", "html", None, IN_PROCESS)["reason"] == "too_deep"
    monkeypatch.setattr(extract_mod, "extract_html", bug)
    out = extract_row("<p>x</p>", "html", None, IN_PROCESS)
    assert out["reason"] == "extract_error" and "KeyError" in out["detail"]


# The frame ------------------------------------------------------------------------------------


def ingested() -> pl.DataFrame:
    return ingest(
        [
            RawInput("a.html", page(f"<p>{STORY}</p>").encode()),
            RawInput("b.txt", b"Plain text story about the tram line.\nSecond line."),
            RawInput("c.txt", b""),
            RawInput("d.html", b"<html><script>x()</script></html>"),
        ],
        Limits(),
    )


def test_extract_frame_in_process() -> None:
    out = extract(ingested(), IN_PROCESS)
    assert out["status"].to_list() == ["ok", "ok", "quarantined", "quarantined"]
    assert out["reason"].to_list() == [None, None, "empty", "no_text_extracted"]
    assert "dredging" in out["text"][0]
    assert out["text"][1] == "Plain text story about the tram line.\nSecond line."
    assert out["content"].null_count() == out.height


def test_extract_frame_with_workers_matches_in_process() -> None:
    df = ingested()
    guarded = extract(df, Limits())
    assert guarded.drop("content").equals(extract(df, IN_PROCESS).drop("content"))


def test_extract_frame_without_work() -> None:
    df = ingest([RawInput("c.txt", b"")], Limits())
    assert extract(df, Limits())["reason"].to_list() == ["empty"]
    assert extract(df.clear(), Limits()).height == 0


# Time and memory bounds ---------------------------------------------------------------------

# 200,000 empty-ish paragraphs: 1.6 MB that trafilatura needs about ten seconds for.
SLOW = "<html><body>" + "<p>x</p>" * 200_000 + "</body></html>"
GOOD = page(f"<p>{STORY}</p>")


def test_a_slow_document_times_out_and_the_rest_go_on() -> None:
    limits = replace(Limits(), extract_timeout_s=0.5)
    start = time.perf_counter()
    with ExtractPool(limits) as pool:
        out = pool.map([(GOOD, "html", None), (SLOW, "html", None), (GOOD, "html", None), ("text", "text", None)])
    assert [o.get("reason") for o in out] == [None, "timeout", None, None]
    assert "dredging" in out[2]["text"]
    assert time.perf_counter() - start < 8.0


def test_a_document_over_the_memory_bound_is_quarantined() -> None:
    limits = replace(Limits(), extract_timeout_s=60.0, extract_memory_bytes=150_000_000)
    with ExtractPool(limits) as pool:
        out = pool.map([(SLOW, "html", None), (GOOD, "html", None)])
    assert out[0] == {"status": "quarantined", "reason": "memory_limit"}
    assert "dredging" in out[1]["text"]


def test_a_crashed_worker_costs_one_document() -> None:
    limits = replace(Limits(), extract_timeout_s=60.0)
    with ExtractPool(limits) as pool:
        pool.start()
        worker = pool.workers[0]
        threading.Timer(0.5, worker.proc.kill).start()
        out = pool.map([(SLOW, "html", None), (GOOD, "html", None)])
    assert out[0] == {"status": "quarantined", "reason": "extract_crashed"}
    assert "dredging" in out[1]["text"]


def test_several_workers_keep_input_order() -> None:
    limits = replace(Limits(), extract_workers=2)
    docs = [(page(f"<p>{STORY} Story number {i}.</p>"), "html", None) for i in range(6)]
    with ExtractPool(limits, 2) as pool:
        out = pool.map(docs)
    assert [f"Story number {i}." in o["text"] for i, o in enumerate(out)] == [True] * 6


def test_falls_back_to_in_process_when_no_worker_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_mod, "_WORKER_CMD", "import sys; sys.exit(3)")
    out = extract(ingested(), Limits())
    assert out["status"].to_list() == ["ok", "ok", "quarantined", "quarantined"]


def test_a_worker_that_cannot_be_replaced_does_not_lose_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = replace(Limits(), extract_timeout_s=0.5)
    with ExtractPool(limits) as pool:
        pool.start()
        # After the timeout the pool needs a new worker, and none can start any more.
        monkeypatch.setattr(extract_mod, "_WORKER_CMD", "import sys; sys.exit(3)")
        out = pool.map([(SLOW, "html", None), (GOOD, "html", None)])
    assert out[0]["reason"] == "timeout"
    assert "dredging" in out[1]["text"]
