"""Extract: decoded HTML → main text and page metadata; plain text passes through line by line.

trafilatura does the HTML work (best open-source F1 on the article-extraction benchmark); when it
returns too little we retry it in recall mode and then fall back to BeautifulSoup paragraphs.

No page can stall a batch. Cheap checks run first (size after dropping inline data, nesting
depth), then each document is extracted in a worker process under a wall-clock and a memory
bound (Limits.extract_timeout_s, Limits.extract_memory_bytes): a document that exceeds them is
quarantined ("timeout", "memory_limit"), the worker is replaced and the batch goes on. A process,
not SIGALRM or a thread: only a process can bound one document's memory, survive a crash in C
code (lxml/libxml2), and be stopped in the middle of a C call; SIGALRM also needs the main thread,
which Prefect gives a task called directly from a sync flow but not a submitted one. The pool is
process management, not a transform: it lives here because the flow calls `extract()`.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclean.config import Limits

if TYPE_CHECKING:  # Polars is imported where frames are built, so that workers start faster
    import polars as pl

log = logging.getLogger(__name__)

# Inline data: URIs (base64 images, fonts) can be megabytes and carry no text.
_DATA_URI = re.compile(r"""data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\s]{200,}""", re.I)
# Elements whose content is never article text. script and style are raw text: an unclosed one
# runs to the end of the document, as in a browser. The others, unclosed, lose only their tag.
_HEAVY_OPEN = re.compile(r"<(script|style|noscript|svg|template)\b", re.I)
_RAW_TEXT = ("script", "style")
_HEAVY_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "svg", "template")}
# Below this many characters the extractor probably missed the article.
MIN_TEXT_CHARS = 200

# Reasons this stage gives (machine-readable, counted in the run summary).
TOO_LARGE = "too_large"
TOO_DEEP = "too_deep"
TIMEOUT = "timeout"
MEMORY_LIMIT = "memory_limit"
CRASHED = "extract_crashed"
NO_TEXT = "no_text_extracted"
ERROR = "extract_error"


class ExtractError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def strip_heavy(html: str) -> str:
    """Drop data: URIs and script/style/noscript/svg/template elements. Linear in len(html):
    every search starts where the previous one ended, and a closing tag found missing once is
    not searched for again."""
    html = _DATA_URI.sub("data:,", html)
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    while True:
        m = _HEAVY_OPEN.search(html, pos)
        if m is None:
            break
        name = m.group(1).lower()
        out.append(html[pos : m.start()])
        close = None if name in unclosed else _HEAVY_CLOSE[name].search(html, m.end())
        if close is not None:
            pos = close.end()
        elif name in _RAW_TEXT:
            unclosed.add(name)
            pos = len(html)
            break
        else:
            unclosed.add(name)
            end = html.find(">", m.end())
            pos = len(html) if end < 0 else end + 1
    out.append(html[pos:])
    return "".join(out)


def html_depth(html: str, limit: int) -> int:
    """Deepest element nesting as lxml's HTML parser sees it, stopping as soon as it passes
    `limit` (so a page nested 300,000 deep costs a millisecond). lxml itself stops nesting at
    256 levels; a page that reaches that cannot be parsed faithfully."""
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start", "end"), remove_comments=True)
    depth = deepest = 0
    for start in range(0, len(html), 1 << 16):
        parser.feed(html[start : start + (1 << 16)])
        for event, _ in parser.read_events():
            if event == "start":
                depth += 1
                if depth > deepest:
                    deepest = depth
                    if deepest > limit:
                        return deepest
            else:
                depth -= 1
    try:
        parser.close()
    except etree.LxmlError:
        pass
    return deepest


def _bs4_paragraphs(html: str) -> str:
    import warnings

    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        # XHTML read as HTML, or a page that looks like a file name: expected here, not news.
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(html, "lxml")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paras = [p.get_text(" ", strip=True) for p in root.find_all(["h1", "h2", "h3", "p", "li"])]
    return "\n".join(p for p in paras if p)


def extract_html(html: str, url: str | None, limits: Limits) -> dict:
    import trafilatura

    html = strip_heavy(html)
    if len(html) > limits.max_html_chars:
        raise ExtractError(TOO_LARGE)
    if html_depth(html, limits.max_html_depth) > limits.max_html_depth:
        raise ExtractError(TOO_DEEP)
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


def extract_row(content: str, content_type: str, url: str | None, limits: Limits) -> dict:
    """extract_one with every failure turned into a quarantine reason. Never raises (except
    KeyboardInterrupt and the like)."""
    try:
        out = extract_one(content, content_type, url, limits)
        if not (out.get("text") or "").strip():
            out = {**out, "status": "quarantined", "reason": NO_TEXT}
        return out
    except ExtractError as exc:
        return {"status": "quarantined", "reason": exc.reason}
    except RecursionError:
        return {"status": "quarantined", "reason": TOO_DEEP}
    except MemoryError:
        return {"status": "quarantined", "reason": MEMORY_LIMIT}
    except Exception as exc:  # an extractor bug on one page must not fail the batch
        return {"status": "quarantined", "reason": ERROR, "detail": repr(exc)[:200]}


# Worker processes ---------------------------------------------------------------------------
#
# A worker is a fresh interpreter (`python -c`), not a multiprocessing child: fork would copy the
# parent's threads (Polars, Prefect) and locks, and spawn/forkserver re-run the caller's __main__
# in every child. It imports the extractor once (~0.4 s), says it is ready, then answers one
# length-prefixed pickle frame per document on its stdin/stdout.

_WORKER_CMD = "from transforms.extract import _worker_main; _worker_main()"
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
_POLL_S = 0.05  # how often a running document's memory is looked at
_START_TIMEOUT_S = 120.0  # a worker that cannot import the extractor in this long is broken
_READY = "ready"


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0  # not Linux, or the process is gone: the address-space limit still applies


def _vm_bytes() -> int | None:
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _write_frame(stream: Any, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(8, "big"))
    stream.write(data)
    stream.flush()


def _read_frame(stream: Any) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    data = stream.read(int.from_bytes(head, "big"))
    return pickle.loads(data)


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker if the run that started it dies (kill -9), so that
    no orphan goes on extracting. Elsewhere the worker ends at its next read (EOF on stdin)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, ValueError):
        return
    if os.getppid() != int(os.environ.get("NEWSCLEAN_EXTRACT_PARENT", "0") or os.getppid()):
        os._exit(0)  # the parent died before prctl took effect


def _worker_main() -> None:
    """Body of a worker process: limits first, then one document per frame until EOF or None.
    Memory is capped twice: the parent kills the worker when its resident size passes the
    bound, and the address space is limited here against allocations faster than that polling."""
    import sys

    _die_with_parent()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() must not corrupt the frames
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    import warnings

    warnings.simplefilter("ignore")
    import bs4  # noqa: F401  (imported before "ready" so that the first document is not slower)
    import trafilatura  # noqa: F401

    limits: Limits = _read_frame(stdin)
    if limits.extract_memory_bytes:
        base = _vm_bytes()
        if base is not None:
            try:
                import resource

                cap = base + 2 * limits.extract_memory_bytes
                resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
            except (ImportError, ValueError, OSError):
                pass
    _write_frame(stdout, _READY)
    while True:
        try:
            job = _read_frame(stdin)
        except (EOFError, OSError):
            return
        if job is None:
            return
        out = extract_row(*job, limits)
        try:
            _write_frame(stdout, out)
        except (OSError, ValueError):
            return
        if out.get("reason") == MEMORY_LIMIT:
            return  # the heap may be in a bad state: the parent starts a fresh worker


class _Worker:
    """One worker process and the frame it is receiving."""

    def __init__(self, limits: Limits) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_PROJECT_ROOT, env.get("PYTHONPATH")) if p)
        env["NEWSCLEAN_EXTRACT_PARENT"] = str(os.getpid())
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CMD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        self.fd = self.proc.stdout.fileno()
        self.buf = bytearray()
        self.job: int | None = None  # index of the document it is working on
        self.deadline = 0.0
        _write_frame(self.proc.stdin, limits)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RuntimeError("extraction worker did not start")
            select.select([self.fd], [], [], remaining)
            try:
                msg = self.poll()
            except EOFError:
                raise RuntimeError(f"extraction worker exited with {self.proc.wait()}") from None
            if msg is not None:
                if msg != _READY:
                    raise RuntimeError(f"extraction worker said {msg!r}")
                return

    def send(self, job: object) -> None:
        _write_frame(self.proc.stdin, job)

    def poll(self) -> Any:
        """The next message if one is complete, else None; reads whatever is available now.
        Raises EOFError when the worker is gone."""
        chunk = os.read(self.fd, 1 << 20) if select.select([self.fd], [], [], 0)[0] else None
        if chunk == b"":
            raise EOFError
        if chunk:
            self.buf += chunk
        if len(self.buf) >= 8:
            n = int.from_bytes(self.buf[:8], "big")
            if len(self.buf) >= 8 + n:
                msg = pickle.loads(bytes(self.buf[8 : 8 + n]))
                del self.buf[: 8 + n]
                return msg
        return None

    def stop(self, kill: bool = False) -> None:
        if not kill and self.proc.poll() is None:
            try:
                _write_frame(self.proc.stdin, None)
                self.proc.wait(2.0)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass


class ExtractPool:
    """Run extract_row for many documents in `workers` processes, each document under a time
    and memory bound. Use as a context manager; results come back in input order."""

    def __init__(self, limits: Limits, workers: int = 1) -> None:
        self.limits = limits
        self.size = max(1, workers)
        self.workers: list[_Worker] = []

    def _new_worker(self) -> _Worker:
        w = _Worker(self.limits)
        try:
            w.wait_ready(_START_TIMEOUT_S)
        except BaseException:
            w.stop(kill=True)
            raise
        self.workers.append(w)
        return w

    def start(self) -> None:
        """Start the first worker now, so that a platform where it cannot run fails here."""
        if not self.workers:
            self._new_worker()

    def __enter__(self) -> "ExtractPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            w.stop(kill=w.job is not None)
        self.workers = []

    def _retire(self, w: _Worker) -> None:
        w.stop(kill=True)
        self.workers.remove(w)

    def map(self, jobs: list[tuple[str, str, str | None]]) -> list[dict]:
        timeout = self.limits.extract_timeout_s
        memory = self.limits.extract_memory_bytes
        results: list[dict | None] = [None] * len(jobs)
        queue = list(range(len(jobs)))[::-1]  # pop() from the end = input order
        send_failures = 0
        while queue or any(w.job is not None for w in self.workers):
            # Hand a document to every idle worker, starting workers up to the pool size.
            while queue:
                w = next((w for w in self.workers if w.job is None), None)
                if w is None and len(self.workers) < self.size:
                    try:
                        w = self._new_worker()
                    except (OSError, RuntimeError) as exc:
                        if self.workers:
                            break  # carry on with the workers there are
                        log.warning("no extraction worker (%s): the rest of the batch runs in-process", exc)
                        for i in reversed(queue):
                            results[i] = extract_row(*jobs[i], self.limits)
                        queue.clear()
                        break
                if w is None:
                    break
                i = queue.pop()
                try:
                    w.send(jobs[i])
                except (OSError, ValueError):  # the worker died while idle: not this document's doing
                    self._retire(w)
                    send_failures += 1
                    if send_failures > 3:
                        results[i] = {"status": "quarantined", "reason": CRASHED}
                    else:
                        queue.append(i)
                    continue
                w.job, w.deadline = i, time.monotonic() + (timeout if timeout is not None else float("inf"))
            busy = [w for w in self.workers if w.job is not None]
            if not busy:
                continue
            wait_s = max(0.0, min(_POLL_S, min(w.deadline for w in busy) - time.monotonic()))
            select.select([w.fd for w in busy], [], [], wait_s)
            for w in busy:
                i = w.job
                assert i is not None
                try:
                    msg = w.poll()
                except (EOFError, OSError):
                    results[i] = {"status": "quarantined", "reason": CRASHED}
                    w.job = None
                    self._retire(w)
                    continue
                if msg is not None:
                    results[i] = msg
                    w.job = None
                    if msg.get("reason") == MEMORY_LIMIT:
                        self._retire(w)  # it exits after a MemoryError
                elif time.monotonic() > w.deadline:
                    results[i] = {"status": "quarantined", "reason": TIMEOUT}
                    self._retire(w)
                elif memory and _rss_bytes(w.proc.pid) > memory:
                    results[i] = {"status": "quarantined", "reason": MEMORY_LIMIT}
                    self._retire(w)
        return [r if r is not None else {"status": "quarantined", "reason": CRASHED} for r in results]


def _run_guarded(jobs: list[tuple[str, str, str | None]], limits: Limits) -> list[dict]:
    if not jobs:
        return []
    if limits.extract_timeout_s is None and limits.extract_memory_bytes is None:
        return [extract_row(*job, limits) for job in jobs]
    pool = ExtractPool(limits, limits.extract_workers)
    try:
        pool.start()
    except (OSError, RuntimeError) as exc:  # cannot start a worker here: extract without bounds
        pool.close()
        log.warning("extraction runs in-process, without time/memory bounds: %s", exc)
        return [extract_row(*job, limits) for job in jobs]
    with pool:
        return pool.map(jobs)


def extract(df: pl.DataFrame, limits: Limits) -> pl.DataFrame:
    """INGESTED frame → INGESTED + EXTRACTED_EXTRA columns. Rows already quarantined pass through;
    rows whose extraction fails, exceeds a bound or yields no text are quarantined here with a
    reason."""
    import polars as pl

    from newsclean.schemas import EXTRACTED_EXTRA

    rows = df.select("status", "content", "content_type", "url").to_dicts()
    todo = [i for i, r in enumerate(rows) if r["status"] == "ok"]
    jobs = [(rows[i]["content"] or "", rows[i]["content_type"] or "text", rows[i]["url"]) for i in todo]
    results: list[dict] = [{} for _ in rows]
    for i, out in zip(todo, _run_guarded(jobs, limits)):
        results[i] = out
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
