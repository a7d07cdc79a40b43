"""`newsclean bench`: throughput, memory and scaling of the dedup and clean stages on synthetic news.

The figures that matter are RATIOS taken within one bench run (time at N / time at N/10, peak
memory at N / at N/10): absolute seconds move with the machine and its load, so they are reported, never asserted in tests. Each measurement runs in a fresh process so
that every memory peak is its own. See docs/bench.md.

Parts:
  - a deterministic synthetic corpus (numpy, fixed seed): news-like documents of 300-900 words
    from a Zipf vocabulary of 50k words, with planted exact copies and near-duplicates whose
    ground truth is known (so dedup's precision/recall on them is a sanity check);
  - dedup at scale: `transforms.dedup.dedup` end to end with an empty known state (as a
    `--full-refresh` run of flows/curate.py calls it), split into phases by wrapping the module's
    own functions for the duration of the call (the code path measured is the production one);
  - scaling: dedup at N/10 and N, clean at 2k and 20k documents.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

SEED = 20261125
VOCAB_SIZE = 50_000
MIN_WORDS, MAX_WORDS = 300, 900
NEAR_SHARE, EXACT_SHARE = 0.10, 0.05
DEDUP_TARGET_SECONDS = 60.0  # the issue: near-dup stage over 100k documents within 60 s (2 cores)
CLEAN_DOCS = (2_000, 20_000)
SMALL_REPEATS = 3  # the N/10 measurements are repeated and their median time kept
OUT = Path(".bench") / "latest.json"

# Frequent English function words take the top Zipf ranks; the rest are made-up words.
_FUNCTION_WORDS = (
    "the of and to a in that is for on it with as was he said by at from his be have has are "
    "an not this but had they were which its been will their who would more after also over "
    "about new two one first year said than last up out into people could her we what when "
    "there all market government percent million company"
).split()
_CONSONANTS = list("bcdfghjklmnprstvwz") + ["ch", "sh", "th", "br", "st", "tr", "gr", "pl"]
_VOWELS = list("aeiou") + ["ai", "ea", "ou"]
_CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng"]

# Lines a scraper drags along (added to near-duplicates, and to every clean-bench document).
BOILERPLATE_LINES = (
    "Subscribe to our newsletter for the latest updates.",
    "Follow us on Twitter for breaking news.",
    "Share this article",
    "Advertisement",
    "All rights reserved.",
    "This website uses cookies to improve your experience. We'll assume you're ok with this.",
    "Comments are closed.",
    "Read more: the latest headlines from our newsroom",
    "Tags: politics, economy, world",
    "Images are for reference only.",
    "Sign up for our morning briefing delivered to your inbox.",
    "Skip to content",
)
# Sentence separators rendered after a word: 0 " ", 1 ". ", 2 ".\n\n" (paragraph), 3 "." (end).
_SEPS = (" ", ". ", ".\n\n", ".")
_SEP_END = 3


# --------------------------------------------------------------------------------------------
# Synthetic corpus
# --------------------------------------------------------------------------------------------


def make_vocab(size: int = VOCAB_SIZE, seed: int = SEED) -> list[str]:
    """`size` distinct lower-case words, shortest first (Zipf rank 1 = most frequent)."""
    rng = np.random.default_rng(seed)
    cons, vows, codas = np.array(_CONSONANTS), np.array(_VOWELS), np.array(_CODAS)
    words: dict[str, None] = dict.fromkeys(_FUNCTION_WORDS)
    reserved = set(words)
    made: dict[str, None] = {}
    while len(made) < size - len(words):
        m = 4 * size
        n_syl = rng.choice([1, 2, 2, 3, 3, 3, 4], size=m)
        parts = []
        for s in range(4):
            syl = np.char.add(cons[rng.integers(0, len(cons), m)], vows[rng.integers(0, len(vows), m)])
            syl = np.where(n_syl > s, syl, "")
            parts.append(syl)
        cand = np.char.add(np.char.add(np.char.add(parts[0], parts[1]), np.char.add(parts[2], parts[3])), codas[rng.integers(0, len(codas), m)])
        for w in cand.tolist():
            if w not in reserved and len(w) > 1:
                made[w] = None
    rest = sorted(list(made)[: size - len(words)], key=len)  # stable: short words frequent
    # Scraped news is not ASCII: accented names, possessives with a curly apostrophe, dashes.
    accents = str.maketrans("aeiou", "áéíóü")
    pick = rng.random(len(rest))
    for i in np.nonzero(pick < 0.03)[0].tolist():
        rest[i] = rest[i].translate(accents)
    for i in np.nonzero((pick >= 0.03) & (pick < 0.05))[0].tolist():
        rest[i] = rest[i] + "\u2019s"
    vocab = list(words) + rest
    vocab.insert(30, "\u2014")  # an em dash between words, about once per 300
    vocab = list(dict.fromkeys(vocab))
    return vocab[:size]


def _zipf_table(size: int, s: float = 1.0, q: float = 2.7, bits: int = 22) -> np.ndarray:
    """Lookup table: uniform integer in [0, 2**bits) → Zipf-Mandelbrot rank (p ∝ 1/(k+q)^s)."""
    p = 1.0 / (np.arange(1, size + 1) + q) ** s
    cdf = np.cumsum(p / p.sum())
    return np.minimum(np.searchsorted(cdf, (np.arange(2**bits) + 0.5) / 2**bits), size - 1).astype(np.int32)


class _Renderer:
    """Token codes → text, vectorised: code = word * 8 + capitalised * 4 + separator."""

    def __init__(self, vocab: list[str]):
        variants = []
        for w in vocab:
            c = w[:1].upper() + w[1:]
            variants.extend(w + sep for sep in _SEPS)
            variants.extend(c + sep for sep in _SEPS)
        encoded = [v.encode("utf-8") for v in variants]
        self.len = np.fromiter((len(b) for b in encoded), dtype=np.int64, count=len(encoded))
        self.off = np.concatenate([[0], np.cumsum(self.len)[:-1]])
        self.bytes = np.frombuffer(b"".join(encoded), dtype=np.uint8)

    def render(self, codes: np.ndarray, bounds: np.ndarray, chunk_tokens: int = 2_000_000) -> list[str]:
        """codes: flat token codes; bounds: document starts into codes, plus the end."""
        out: list[str] = []
        n_docs = len(bounds) - 1
        d = 0
        while d < n_docs:
            e = int(np.searchsorted(bounds, bounds[d] + chunk_tokens, side="right")) - 1
            e = min(max(e, d + 1), n_docs)
            c = codes[bounds[d] : bounds[e]]
            lens = self.len[c]
            ends = np.cumsum(lens)
            starts = ends - lens
            idx = np.repeat(self.off[c] - starts, lens) + np.arange(ends[-1] if len(ends) else 0)
            buf = self.bytes[idx].tobytes()
            cut = np.concatenate([[0], ends[bounds[d + 1 : e + 1] - bounds[d] - 1]]).tolist()
            out.extend(buf[cut[i] : cut[i + 1]].decode("utf-8") for i in range(e - d))
            d = e
        return out


@dataclass
class Corpus:
    """docs: doc_id, text, cluster (planted story id), kind (original | near | exact), source."""

    docs: pl.DataFrame
    words: int
    seconds: float
    info: dict[str, Any] = field(default_factory=dict)


def _structure(rng: np.random.Generator, lens: np.ndarray, table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat token codes for documents of the given lengths, and their start offsets (+ end)."""
    bounds = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
    total = int(bounds[-1])
    # Small dtypes and in-place arithmetic: at 100k documents these arrays hold ~60M tokens.
    codes = table[rng.integers(0, len(table), total, dtype=np.uint32)]
    codes *= 8
    # Sentences of ~18 words (geometric), paragraphs of ~3 sentences; every document ends in ".".
    u = rng.integers(0, 54, total, dtype=np.uint8)
    sep = (u < 3).view(np.uint8) + (u == 0).view(np.uint8)  # 0 word, 1 sentence end, 2 paragraph end
    sep[bounds[1:] - 1] = _SEP_END
    codes += sep
    cap = np.empty(total, dtype=bool)
    cap[0] = True
    np.not_equal(sep[:-1], 0, out=cap[1:])
    cap[bounds[:-1]] = True
    codes += cap.view(np.uint8) * np.int32(4)
    return codes, bounds


def _edit(rng: np.random.Generator, toks: np.ndarray, table: np.ndarray, ops: dict[str, bool]) -> np.ndarray:
    """A near-duplicate's tokens: words swapped, a sentence dropped, truncated (in that order)."""
    toks = toks.copy()
    n = len(toks)
    if ops["swap"]:
        for _ in range(int(rng.integers(1, 5))):
            i = int(rng.integers(0, n - 1))
            if rng.random() < 0.5:  # an editor's substitution
                toks[i] = table[rng.integers(0, len(table))] * 8 + toks[i] % 8
            else:  # two neighbouring words transposed
                a, b = toks[i], toks[i + 1]
                toks[i], toks[i + 1] = b // 8 * 8 + a % 8, a // 8 * 8 + b % 8
    if ops["drop"]:
        ends = np.nonzero((toks % 4 == 1) | (toks % 4 == 2))[0]
        if len(ends) >= 3:
            k = int(rng.integers(0, len(ends) - 1))  # drop sentence k+1 (never the first)
            toks = np.concatenate([toks[: ends[k] + 1], toks[ends[k + 1] + 1 :]])
    if ops["trunc"]:
        keep = max(int(len(toks) * rng.uniform(0.70, 0.90)), 1)
        toks = toks[:keep].copy()
        toks[-1] = toks[-1] // 4 * 4 + _SEP_END
    return toks


def generate_corpus(
    n_docs: int,
    seed: int = SEED,
    vocab: list[str] | None = None,
    near_share: float = NEAR_SHARE,
    exact_share: float = EXACT_SHARE,
) -> Corpus:
    """Deterministic news-like corpus: ~85% originals, ~10% near-duplicates, ~5% exact copies.

    A near-duplicate copies an original and applies at least one of: 1-4 words substituted or
    transposed (p=0.7), one sentence dropped (p=0.4), truncation to 70-90% (p=0.4), 1-3
    boilerplate lines added at the top or bottom (p=0.4). Sources are originals only, so the
    planted stories (`cluster`) are exactly the original plus its copies.
    """
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    vocab = vocab if vocab is not None else make_vocab(seed=seed)
    table = _zipf_table(len(vocab))
    n_exact = int(round(n_docs * exact_share))
    n_near = int(round(n_docs * near_share))
    n_orig = max(n_docs - n_exact - n_near, 1)
    n_near = min(n_near, n_docs - n_orig)
    n_exact = n_docs - n_orig - n_near

    lens = rng.integers(MIN_WORDS, MAX_WORDS + 1, n_orig)
    codes, bounds = _structure(rng, lens, table)
    renderer = _Renderer(vocab)
    texts = renderer.render(codes, bounds)

    near_src = rng.integers(0, n_orig, n_near)
    flags = rng.random((n_near, 4)) < np.array([0.7, 0.4, 0.4, 0.4])
    flags[~flags.any(axis=1), 0] = True
    near_toks = [
        _edit(rng, codes[bounds[s] : bounds[s + 1]], table, {"swap": f[0], "drop": f[1], "trunc": f[2]})
        for s, f in zip(near_src.tolist(), flags.tolist())
    ]
    near_bounds = np.concatenate([[0], np.cumsum([len(t) for t in near_toks])]).astype(np.int64)
    near_texts = renderer.render(np.concatenate(near_toks) if near_toks else np.zeros(0, np.int64), near_bounds)
    for i in np.nonzero(flags[:, 3])[0].tolist():
        lines = [BOILERPLATE_LINES[j] for j in rng.choice(len(BOILERPLATE_LINES), int(rng.integers(1, 4)), replace=False)]
        block = "\n".join(lines)
        near_texts[i] = f"{block}\n\n{near_texts[i]}" if rng.random() < 0.5 else f"{near_texts[i]}\n\n{block}"
    exact_src = rng.integers(0, n_orig, n_exact)

    src = np.concatenate([np.arange(n_orig), near_src, exact_src])
    kind = np.repeat(np.array(["original", "near", "exact"]), [n_orig, n_near, n_exact])
    order = rng.permutation(n_docs)  # copies are not next to their source
    all_texts = texts + near_texts + [texts[s] for s in exact_src.tolist()]
    docs = pl.DataFrame(
        {
            "text": pl.Series([all_texts[i] for i in order.tolist()], dtype=pl.String),
            "cluster": pl.Series(src[order], dtype=pl.Int64),
            "kind": pl.Series(kind[order], dtype=pl.String),
        }
    ).with_row_index("i").select(
        doc_id=pl.format("d{}", pl.col("i").cast(pl.String).str.zfill(7)), text="text", cluster="cluster", kind="kind"
    )
    words = int(lens.sum() + near_bounds[-1] + lens[exact_src].sum())
    info = {
        "originals": n_orig,
        "near_duplicates": n_near,
        "exact_copies": n_exact,
        "near_edits": {k: int(v) for k, v in zip(["swap", "drop_sentence", "truncate", "boilerplate"], flags.sum(axis=0))},
    }
    return Corpus(docs, words, time.perf_counter() - started, info)


# --------------------------------------------------------------------------------------------
# Memory
# --------------------------------------------------------------------------------------------


def _status_kb(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; elsewhere the lifetime peak)."""
    kb = _status_kb("VmRSS")
    return kb / 1024 if kb is not None else _maxrss_mb()


def _maxrss_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 2**20 if sys.platform == "darwin" else r / 1024  # bytes on macOS, KB on Linux


def _reset_peak() -> bool:
    """Reset the kernel's RSS high-water mark to the current RSS (Linux >= 4.0: clear_refs 5)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_mb() -> float:
    kb = _status_kb("VmHWM")
    return kb / 1024 if kb is not None else _maxrss_mb()


class PeakRSS:
    """Peak RSS of a stretch of code, as MB above the RSS at its start.

    Where the kernel lets us reset the high-water mark (Linux), the peak is that of the stretch
    alone; elsewhere it is the process's lifetime ru_maxrss, so a stage below an earlier peak
    reads as 0 (`exact` says which). RSS counts every allocator: Python, NumPy and Polars (Rust).
    """

    def __init__(self) -> None:
        self.exact = False
        self.base = self.peak = 0.0

    def __enter__(self) -> "PeakRSS":
        gc.collect()
        self.base = rss_mb()
        self.exact = _reset_peak()
        return self

    def mark(self) -> float:
        """Peak since the start (or the previous mark), then start a new stretch."""
        peak = peak_mb()
        if self.exact:
            _reset_peak()
        self.peak = max(self.peak, peak)
        return peak

    def __exit__(self, *exc: object) -> None:
        self.mark()

    @property
    def delta(self) -> float:
        return max(self.peak - self.base, 0.0)


# --------------------------------------------------------------------------------------------
# Dedup
# --------------------------------------------------------------------------------------------

PHASES = ("normalise_hash", "signatures", "candidates_verify", "clustering")


@contextlib.contextmanager
def _probe(module: Any, names: tuple[str, ...], on_edge: Callable[[str, str], None]) -> Iterator[None]:
    """Wrap module-level functions for the duration: each call reports on_edge(name, "start"/"end").

    `dedup` looks its helpers up in the module's globals at call time, so the wrapped versions
    are the ones it runs: the phases are those of the real code path, not of a re-implementation.
    """
    originals = {n: getattr(module, n) for n in names if hasattr(module, n)}  # tolerate refactors

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            on_edge(name, "start")
            try:
                return fn(*args, **kwargs)
            finally:
                on_edge(name, "end")

        return timed

    try:
        for n, fn in originals.items():
            setattr(module, n, wrap(n, fn))
        yield
    finally:
        for n, fn in originals.items():
            setattr(module, n, fn)


# Segments of a dedup call, named by the edge that opens them, and the phase each belongs to.
_SEGMENTS = {
    ("dedup", "start"): "normalise",
    ("body_hash", "start"): "sha256",
    ("body_hash", "end"): "exact_group",
    ("signatures", "start"): "sig.chunk_glue",  # set-up (token-hash table), then between chunks
    ("_signatures", "start"): "sig.tokenise",  # one chunk of SIGNATURE_CHUNK documents
    ("_signatures", "end"): "sig.chunk_glue",
    ("_token_hashes", "start"): "sig.token_hashes",
    ("_token_hashes", "end"): "sig.shingles",
    ("_mix64", "start"): "sig.mix",
    ("_mix64", "end"): "sig.bin_min",
    ("_densify", "start"): "sig.densify",
    ("_densify", "end"): "sig.densify",
    ("signatures", "end"): "cluster_setup",
    ("similar_pairs", "start"): "candidates",
    ("_candidates", "start"): "candidates",
    ("_candidates", "end"): "verify",
    ("similar_pairs", "end"): "clustering",
}
_PHASE_OF = {
    "normalise": "normalise_hash",
    "sha256": "normalise_hash",
    "exact_group": "normalise_hash",
    "cluster_setup": "clustering",
    "candidates": "candidates_verify",
    "verify": "candidates_verify",
    "clustering": "clustering",
}
# Helpers missing from the module are skipped, so the bench survives refactors of dedup.py.
_PROBED = ("body_hash", "signatures", "_signatures", "_token_hashes", "_mix64", "_densify", "similar_pairs", "_candidates")


def empty_state(params: Any) -> tuple[pl.DataFrame, np.ndarray, pl.DataFrame]:
    """Known stories, their signatures and known hashes for a first run, as flows/curate.py builds them."""
    from transforms import dedup as dedup_t

    stories = pl.DataFrame(schema={**dedup_t.KNOWN_SCHEMA, "signature": dedup_t.signature_dtype(params)})
    hashes = pl.DataFrame(schema={"body_sha256": pl.String, "article_id": pl.String, "doc_id": pl.String})
    known_sig = np.zeros((0, params.num_perm), np.uint32)
    return stories.select(dedup_t.KNOWN_SCHEMA.keys()), known_sig, hashes.select("body_sha256", "article_id")


def dedup_inputs(docs: pl.DataFrame) -> pl.DataFrame:
    """The frame dedup receives: doc_id, body, rank_key (here doc_id order: no metadata to rank)."""
    return docs.select("doc_id", body="text", rank_key="doc_id")


def measure_dedup(docs: pl.DataFrame, params: Any = None) -> tuple[dict[str, Any], pl.DataFrame]:
    """Time and measure `transforms.dedup.dedup` on `docs` (doc_id, text, cluster, kind).

    Returns the figures and dedup's assignments."""
    from newsclean.rules import dedup_params
    from transforms import dedup as dedup_t

    params = params or dedup_params()
    known, known_sig, known_hashes = empty_state(params)
    inputs = dedup_inputs(docs)
    edges: list[tuple[str, str, float, float, float]] = []
    mem = PeakRSS()

    def on_edge(name: str, edge: str) -> None:
        peak = mem.mark()  # the peak of the segment that ends here
        edges.append((name, edge, time.perf_counter(), peak, rss_mb()))

    with mem, _probe(dedup_t, _PROBED, on_edge):
        on_edge("dedup", "start")
        assignments, new_stories = dedup_t.dedup(inputs, known, known_sig, known_hashes, params)
        on_edge("dedup", "end")
    total = edges[-1][2] - edges[0][2]
    segments: dict[str, dict[str, float]] = {}
    for (name, edge, t, _, rss), (_, _, t_next, peak_next, _) in zip(edges, edges[1:]):
        label = _SEGMENTS.get((name, edge), "clustering")
        seg = segments.setdefault(label, {"seconds": 0.0, "peak_rss_delta_mb": 0.0, "growth_mb": 0.0})
        seg["seconds"] += t_next - t
        # Above the RSS when dedup started (includes memory an earlier phase freed but the
        # allocator kept), and above the RSS when this segment started (its own new memory).
        seg["peak_rss_delta_mb"] = max(seg["peak_rss_delta_mb"], peak_next - mem.base)
        seg["growth_mb"] = max(seg["growth_mb"], peak_next - rss)
    phases = {p: {"seconds": 0.0, "peak_rss_delta_mb": 0.0, "growth_mb": 0.0} for p in PHASES}
    for label, seg in segments.items():
        ph = phases[_PHASE_OF.get(label, "signatures")]
        ph["seconds"] += seg["seconds"]
        ph["peak_rss_delta_mb"] = max(ph["peak_rss_delta_mb"], seg["peak_rss_delta_mb"])
        ph["growth_mb"] = max(ph["growth_mb"], seg["growth_mb"])
    n = docs.height
    result = {
        "docs": n,
        "seconds": round(total, 3),
        "docs_per_s": round(n / total, 1) if total else None,
        "phases": {k: _rounded(v) for k, v in phases.items()},
        "segments": {k: _rounded(v) for k, v in segments.items()},
        "rss_base_mb": round(mem.base, 1),
        "peak_rss_mb": round(mem.peak, 1),
        "peak_rss_delta_mb": round(mem.delta, 1),
        "peak_exact": mem.exact,
        "unique_bodies": int(assignments["body_sha256"].n_unique()),
        "stories": new_stories.height,
        "quality": planted_quality(assignments, docs),
    }
    return result, assignments


def run_dedup(docs: pl.DataFrame, params: Any = None) -> dict[str, Any]:
    return measure_dedup(docs, params)[0]


def _rounded(d: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) if "seconds" in k else round(v, 1) for k, v in d.items()}


def planted_quality(assignments: pl.DataFrame, docs: pl.DataFrame) -> dict[str, Any]:
    """Dedup's clusters (article_id) against the planted stories (cluster), as pairs of documents.

    precision: share of document pairs put in one story that are planted in one story;
    recall: share of planted same-story pairs that dedup put in one story.
    """
    j = docs.select("doc_id", "cluster", "kind").join(assignments.select("doc_id", "article_id", "reason"), on="doc_id")

    def pairs(*by: str) -> int:
        n = j.group_by(*by).len()["len"]
        return int((n * (n - 1) // 2).sum())

    predicted, planted, both = pairs("article_id"), pairs("cluster"), pairs("article_id", "cluster")
    orig = j.filter(pl.col("kind") == "original").select("cluster", orig_article="article_id")
    copies = j.filter(pl.col("kind") != "original").join(orig, on="cluster")
    found = copies.group_by("kind").agg(found=(pl.col("article_id") == pl.col("orig_article")).mean())
    found_by = dict(found.iter_rows())
    merged = j.group_by("article_id").agg(pl.col("cluster").n_unique()).filter(pl.col("cluster") > 1).height
    return {
        "pair_precision": round(both / predicted, 4) if predicted else 1.0,
        "pair_recall": round(both / planted, 4) if planted else 1.0,
        "planted_pairs": planted,
        "predicted_pairs": predicted,
        "near_copies_found": round(found_by.get("near", 1.0), 4),
        "exact_copies_found": round(found_by.get("exact", 1.0), 4),
        "stories_merging_planted_stories": merged,
    }


# --------------------------------------------------------------------------------------------
# Clean
# --------------------------------------------------------------------------------------------

_TOP_LINES = ("Skip to content", "Advertisement", "Share this article")
_BOTTOM_LINES = tuple(x for x in BOILERPLATE_LINES if x not in ("Skip to content",))


def clean_inputs(n_docs: int, seed: int = SEED, vocab: list[str] | None = None) -> tuple[pl.DataFrame, int]:
    """Frame with transforms.clean.INPUT_COLUMNS: a title line, the story's paragraphs (no
    planted copies), and 0-2 boilerplate lines above and 0-3 below (25 sites, half the titles
    given as title_hint). Returns the frame and the number of boilerplate lines inserted."""
    rng = np.random.default_rng(seed + 1)
    corpus = generate_corpus(n_docs, seed=seed + 1, vocab=vocab, near_share=0.0, exact_share=0.0)
    texts = corpus.docs["text"].to_list()
    n_top = rng.integers(0, 3, n_docs)
    n_bottom = rng.integers(0, 4, n_docs)
    top_pick = rng.integers(0, len(_TOP_LINES), (n_docs, 2))
    bottom_pick = rng.integers(0, len(_BOTTOM_LINES), (n_docs, 3))
    hinted = rng.random(n_docs) < 0.5
    out_text, titles = [], []
    inserted = 0
    for i, body in enumerate(texts):
        title = " ".join(body.split(".", 1)[0].split()[:10])
        top = [_TOP_LINES[j] for j in top_pick[i, : n_top[i]]]
        bottom = list(dict.fromkeys(_BOTTOM_LINES[j] for j in bottom_pick[i, : n_bottom[i]]))
        top = list(dict.fromkeys(top))
        inserted += len(top) + len(bottom)
        out_text.append("\n".join([*top, title, "", body, "", *bottom]))
        titles.append(title)
    df = pl.DataFrame(
        {
            "doc_id": corpus.docs["doc_id"],
            "text": out_text,
            "site": [f"site{j:02d}.example" for j in rng.integers(0, 25, n_docs).tolist()],
            "title_hint": [t if h else None for t, h in zip(titles, hinted.tolist())],
            "content_type": "text",
        },
        schema={"doc_id": pl.String, "text": pl.String, "site": pl.String, "title_hint": pl.String, "content_type": pl.String},
    )
    return df, inserted


def run_clean(df: pl.DataFrame, inserted: int) -> dict[str, Any]:
    """Time and measure transforms.clean.clean on `df` (INPUT_COLUMNS)."""
    from newsclean.rules import boilerplate_rules
    from transforms import clean as clean_t

    rules = boilerplate_rules()
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        out, audit = clean_t.clean(df, rules)
        seconds = time.perf_counter() - t0
    known = set(BOILERPLATE_LINES) | set(_TOP_LINES)
    removed_known = audit.filter(pl.col("text").is_in(list(known))).height
    return {
        "docs": df.height,
        "seconds": round(seconds, 3),
        "docs_per_s": round(df.height / seconds, 1) if seconds else None,
        "text_lines": int(df["text"].str.count_matches("\n").sum() + df.height),
        "peak_rss_delta_mb": round(mem.delta, 1),
        "peak_exact": mem.exact,
        "boilerplate_inserted": inserted,
        "boilerplate_removed": removed_known,
        "other_lines_removed": audit.height - removed_known,
        "empty_bodies": int((out["body"] == "").sum()),
    }


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


def calibrate() -> dict[str, float]:
    """Two fixed workloads (pure Python, NumPy sort): how fast this machine was during the run.
    Shared or throttled CPUs move absolute timings by tens of percent; these show it."""
    t0 = time.perf_counter()
    x = 0
    for i in range(3_000_000):
        x += i
    t1 = time.perf_counter()
    np.sort(np.random.default_rng(0).integers(0, 2**63, 2_000_000, dtype=np.int64))
    t2 = time.perf_counter()
    return {"python_loop_s": round(t1 - t0, 3), "numpy_sort_s": round(t2 - t1, 3)}


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def _code() -> dict[str, Any]:
    """Which code was measured: the stage files change under concurrent work, so their hashes
    (and the boilerplate rules', which set most of clean's cost)."""
    import hashlib
    import subprocess

    from transforms import dedup as dedup_t

    root = Path(dedup_t.__file__).resolve().parents[1]
    files = ("transforms/dedup.py", "transforms/clean.py", "newsclean/rules/boilerplate.toml")
    out: dict[str, Any] = {}
    for name in files:
        try:
            out[name] = hashlib.sha256((root / name).read_bytes()).hexdigest()[:16]
        except OSError:
            out[name] = None
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", *files],
            capture_output=True, text=True, timeout=10,
        )
        out["git_head"] = head.stdout.strip() or None
        out["stage_files_modified"] = bool(dirty.stdout.strip())
    except (OSError, subprocess.SubprocessError):
        out["git_head"] = None
    return out


def _machine() -> dict[str, Any]:
    import polars

    return {
        "cpus": os.cpu_count(),
        "polars_threads": pl.thread_pool_size(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "polars": polars.__version__,
        "numpy": np.__version__,
    }


def clean_sizes(n_docs: int) -> tuple[int, int]:
    """Clean bench sizes for a dedup size: 2k and 20k at 100k documents, smaller for quick runs
    (clean is ~10x slower per document than dedup, and linear)."""
    large = min(CLEAN_DOCS[1], max(n_docs // 5, 1_000))
    return max(large // 10, 100), large


def _assignments_digest(assignments: pl.DataFrame) -> str:
    import hashlib

    rows = assignments.sort("doc_id").select(pl.concat_str(pl.all().cast(pl.String).fill_null("∅"), separator="\t"))
    return hashlib.sha256("\n".join(rows.to_series().to_list()).encode()).hexdigest()


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median time (its phases add up), with the first run's memory figures:
    later runs reuse memory the allocator kept from the first, so only its peak is clean."""
    first = runs[0]
    out = dict(sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2])
    for key in ("rss_base_mb", "peak_rss_mb", "peak_rss_delta_mb"):
        if key in first:
            out[key] = first[key]
    out["seconds_runs"] = [r["seconds"] for r in runs]
    return out


def dedup_job(n_docs: int, seed: int = SEED, repeats: int = 1) -> dict[str, Any]:
    """Generate the corpus, warm up, measure dedup `repeats` times (one process's worth of work)."""
    vocab = make_vocab(seed=seed)
    corpus = generate_corpus(n_docs, seed=seed, vocab=vocab)
    run_dedup(generate_corpus(300, seed=seed + 7, vocab=vocab).docs)  # imports, regex compilation
    runs = []
    for _ in range(repeats):
        result, assignments = measure_dedup(corpus.docs)
        result["assignments_sha256"] = _assignments_digest(assignments)
        del assignments
        runs.append(result)
    result = _median_run(runs)
    result["corpus"] = {
        "docs": corpus.docs.height,
        "words": corpus.words,
        "text_mb": round(corpus.docs["text"].str.len_bytes().sum() / 2**20, 1),
        "generate_seconds": round(corpus.seconds, 2),
        "seed": seed,
        **corpus.info,
    }
    return result


def clean_job(n_docs: int, seed: int = SEED, repeats: int = 1) -> dict[str, Any]:
    vocab = make_vocab(seed=seed)
    run_clean(*clean_inputs(200, seed=seed + 2, vocab=vocab))  # warm-up
    df, inserted = clean_inputs(n_docs, seed=seed, vocab=vocab)
    return _median_run([run_clean(df, inserted) for _ in range(repeats)])


def _isolated(fn: Callable[..., dict[str, Any]], *args: Any, isolate: bool = True) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter: allocators (Polars keeps freed memory for
    reuse) and the RSS high-water mark start clean, so each peak is that run's own."""
    if not isolate:
        return fn(*args)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def run_bench(
    n_docs: int,
    clean_docs: tuple[int, int] | None = None,
    isolate: bool = True,
    log: Callable[[str], None] = lambda msg: None,
) -> dict[str, Any]:
    """Every measurement, as the JSON written to .bench/latest.json. Each dedup and clean
    measurement runs in its own process (`isolate`), one after the other."""
    from newsclean.rules import dedup_params

    started = time.perf_counter()
    params = dedup_params()
    calib_start = calibrate()
    small_n = max(n_docs // 10, 10)
    log(f"dedup on {small_n:,} documents")
    # Small runs are repeated (median time): on a shared machine a short run is easily caught
    # by a burst of contention, which would skew the ratios; long runs average it out.
    dedup_small = _isolated(dedup_job, small_n, SEED, SMALL_REPEATS, isolate=isolate)
    log(f"dedup on {n_docs:,} documents")
    dedup_large = _isolated(dedup_job, n_docs, isolate=isolate)
    corpus = dedup_large.pop("corpus")
    dedup_small.pop("corpus")

    c_small_n, c_large_n = clean_docs or clean_sizes(n_docs)
    log(f"clean on {c_small_n:,} and {c_large_n:,} documents")
    clean_small = _isolated(clean_job, c_small_n, SEED, SMALL_REPEATS, isolate=isolate)
    clean_large = _isolated(clean_job, c_large_n, isolate=isolate)

    result: dict[str, Any] = {
        "schema": 2,  # 2: no "prototype" (the measured prototype is now transforms/dedup.py)
        "measured_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "machine": _machine(),
        "code": _code(),
        "calibration": {"start": calib_start, "end": calibrate()},
        "dedup_params": {k: getattr(params, k) for k in ("shingle_words", "num_perm", "bands", "rows", "jaccard", "containment")},
        "corpus": corpus,
        "dedup": {"small": dedup_small, "large": dedup_large},
        "target": {
            "dedup_seconds_max": DEDUP_TARGET_SECONDS,
            "dedup_seconds": dedup_large["seconds"],
            "met": dedup_large["seconds"] <= DEDUP_TARGET_SECONDS,
            "note": "the issue's target is for 100k documents on the 2-core machine",
        },
        "quality": dedup_large["quality"],
        "clean": {"small": clean_small, "large": clean_large},
        "scaling": {
            "dedup": {
                "docs": [small_n, n_docs],
                "time_ratio": _ratio(dedup_large["seconds"], dedup_small["seconds"]),
                "peak_rss_ratio": _ratio(dedup_large["peak_rss_delta_mb"], dedup_small["peak_rss_delta_mb"]),
                "size_ratio": round(n_docs / small_n, 2),
            },
            "clean": {
                "docs": [c_small_n, c_large_n],
                "time_ratio": _ratio(clean_large["seconds"], clean_small["seconds"]),
                "peak_rss_ratio": _ratio(clean_large["peak_rss_delta_mb"], clean_small["peak_rss_delta_mb"]),
                "size_ratio": round(c_large_n / c_small_n, 2),
            },
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    return result


def write_json(result: dict[str, Any], path: Path = OUT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n")
    tmp.replace(path)
    return path


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def print_results(console: Any, r: dict[str, Any]) -> None:
    from rich.table import Table

    big, small = r["dedup"]["large"], r["dedup"]["small"]
    t = Table(title=f"newsclean bench — {r['corpus']['docs']:,} synthetic documents", title_justify="left")
    t.add_column("measure", style="bold")
    t.add_column("value", justify="right")
    t.add_column("notes")
    c = r["corpus"]
    t.add_row("corpus", f"{c['words'] / 1e6:.1f}M words, {c['text_mb']:.0f} MB", f"generated in {c['generate_seconds']:.1f} s; {c['near_duplicates']:,} near + {c['exact_copies']:,} exact copies planted")
    tgt = r["target"]
    verdict = "[green]met[/green]" if tgt["met"] else "[red]NOT met[/red]"
    t.add_row(f"dedup {big['docs']:,} docs", f"{big['seconds']:.1f} s", f"{big['docs_per_s']:,.0f} docs/s; target ≤ {tgt['dedup_seconds_max']:.0f} s: {verdict}")
    for name, ph in big["phases"].items():
        t.add_row(f"  {name}", f"{ph['seconds']:.1f} s", f"{_pct(ph['seconds'], big['seconds'])}, peak +{ph['peak_rss_delta_mb']:,.0f} MB (own growth +{ph['growth_mb']:,.0f} MB)")
    for name, seg in big["segments"].items():
        if name.startswith("sig.") or name in ("normalise", "sha256", "candidates"):
            t.add_row(f"    {name}", f"{seg['seconds']:.2f} s", f"peak +{seg['peak_rss_delta_mb']:,.0f} MB (own growth +{seg['growth_mb']:,.0f} MB)")
    t.add_row("  peak RSS", f"{big['peak_rss_mb']:,.0f} MB", f"+{big['peak_rss_delta_mb']:,.0f} MB over {big['rss_base_mb']:,.0f} MB at the start" + ("" if big["peak_exact"] else " (lifetime ru_maxrss)"))
    q = r["quality"]
    t.add_row("planted pairs P / R", f"{q['pair_precision']:.4f} / {q['pair_recall']:.4f}", f"{q['planted_pairs']:,} planted pairs; near copies found {q['near_copies_found']:.2%}, exact {q['exact_copies_found']:.2%}")
    t.add_row(f"dedup {small['docs']:,} docs", f"{small['seconds']:.2f} s", f"{small['docs_per_s']:,.0f} docs/s, peak +{small['peak_rss_delta_mb']:,.0f} MB")
    sd = r["scaling"]["dedup"]
    t.add_row(f"dedup scaling ×{sd['size_ratio']:g}", f"time ×{sd['time_ratio']}", f"peak memory ×{sd['peak_rss_ratio']} (×{sd['size_ratio']:g} = linear)")
    cs, cl = r["clean"]["small"], r["clean"]["large"]
    for cr in (cs, cl):
        t.add_row(f"clean {cr['docs']:,} docs", f"{cr['seconds']:.2f} s", f"{cr['docs_per_s']:,.0f} docs/s, peak +{cr['peak_rss_delta_mb']:,.0f} MB; boilerplate lines removed {cr['boilerplate_removed']:,}/{cr['boilerplate_inserted']:,}, other lines {cr['other_lines_removed']:,}")
    sc = r["scaling"]["clean"]
    t.add_row(f"clean scaling ×{sc['size_ratio']:g}", f"time ×{sc['time_ratio']}", f"peak memory ×{sc['peak_rss_ratio']}")
    cal = r["calibration"]
    t.add_row("calibration", f"{cal['start']['python_loop_s']:.2f} / {cal['end']['python_loop_s']:.2f} s", "fixed Python loop at start / end (machine speed drift)")
    console.print(t)


def main(args: argparse.Namespace) -> int:
    from rich.console import Console

    console = Console()
    n = int(getattr(args, "docs", 100_000))
    if n < 100:
        console.print("[red]newsclean bench: --docs must be >= 100[/red]")
        return 2
    result = run_bench(n, log=lambda m: console.print(f"[dim]… {m}[/dim]", highlight=False))
    path = write_json(result)
    print_results(console, result)
    console.print(f"Results written to {path}", highlight=False)
    return 0
