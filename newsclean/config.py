"""Run configuration: paths, batch size, limits. One place, so flows only wire stages."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    """Per-input bounds. An input beyond them is quarantined with a reason, the run goes on."""

    # A news page is rarely above 2 MB; 20 MB leaves room for inline assets without letting one
    # file hold the whole batch's memory.
    max_input_bytes: int = 20_000_000
    # Decompressed size for .gz inputs (guards against gzip bombs).
    max_decompressed_bytes: int = 50_000_000
    # Text handed to the HTML extractor after dropping data: URIs, scripts and styles.
    max_html_chars: int = 8_000_000
    # Longest single line the text path keeps looking at (a 25 MB one-line file is not news).
    max_line_chars: int = 200_000
    # HTML nesting deeper than this is quarantined as "too_deep". lxml's HTML parser stops nesting
    # at 256 levels (deeper pages come out mangled, and cost seconds per 100k levels), so values
    # above 256 never trigger; real news pages stay under 60.
    max_html_depth: int = 256
    # Wall-clock bound per document for HTML extraction, in seconds ("timeout"). Extraction runs
    # in a worker process that is killed at the bound. trafilatura takes ~40 ms on a typical page
    # and a few seconds on the largest legitimate ones. None (with extract_memory_bytes None)
    # extracts in-process, without bounds.
    extract_timeout_s: float | None = 30.0
    # Resident memory bound per extraction worker ("memory_limit").
    extract_memory_bytes: int | None = 2_000_000_000
    # Extraction worker processes per batch (each document still has its own bounds).
    extract_workers: int = 1


@dataclass(frozen=True)
class Settings:
    raw: Path = Path("raw")
    curated: Path = Path("curated")
    batch_size: int = 500
    # Raw bytes per batch, whatever the count: bounds a task's memory on folders of big files.
    batch_bytes: int = 200_000_000
    full_refresh: bool = False
    limits: Limits = field(default_factory=Limits)
    # Keep this many published versions under curated/_versions so that readers holding an
    # older snapshot open can finish.
    keep_versions: int = 3

    @property
    def reports(self) -> Path:
        return self.curated / "_reports"

    def with_limits(self, **kwargs) -> "Settings":
        """A copy with some Limits changed (None leaves a limit as it is)."""
        return replace(self, limits=replace(self.limits, **{k: v for k, v in kwargs.items() if v is not None}))

    def with_overrides(self, **kwargs) -> "Settings":
        clean = {k: v for k, v in kwargs.items() if v is not None}
        for key in ("raw", "curated"):
            if key in clean:
                clean[key] = Path(clean[key])
        return replace(self, **clean)
