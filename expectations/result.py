"""Outcome of validating one stage's frame.

Kept free of Great Expectations imports so flows and the CLI can type against it (and read it)
without paying GX's multi-second import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CheckResult:
    """What a stage validation found.

    Attributes:
        stage: suite name ("ingest", "extract", ...).
        success: True when no table-severity spec failed (row failures do not fail the run).
        table_failures: one ``"<spec name>: <short message>"`` line per failed table-severity spec,
            plus any spec that could not be evaluated at all (GX raised, e.g. a missing column),
            whatever its severity, because then nobody knows which rows are bad.
        row_failures: id (as ``str``; ``"<null>"`` for a null id) -> names of the row-severity
            specs that row failed, in suite order. These names are the quarantine reasons.
        evaluated: rows in the validated frame.
        failed: rows with at least one row-severity failure (``len(row_failures)``).
        expectations_evaluated: expectations GX ran.
        expectations_failed: expectations that did not pass (any severity).
        result_path: the JSON copy of GX's validation result for this call.
    """

    stage: str
    success: bool
    table_failures: list[str] = field(default_factory=list)
    row_failures: dict[str, list[str]] = field(default_factory=dict)
    evaluated: int = 0
    failed: int = 0
    expectations_evaluated: int = 0
    expectations_failed: int = 0
    result_path: Path | None = None

    def reasons(self, row_id: object) -> list[str]:
        """Failed row-severity spec names for one id ([] when the row passed)."""
        return self.row_failures.get(str(row_id), [])

    def summary(self) -> str:
        """One log line, e.g. ``ingest: ok, 120 rows, 3 quarantined``."""
        state = "ok" if self.success else f"FAILED ({'; '.join(self.table_failures)})"
        return f"{self.stage}: {state}, {self.evaluated} rows, {self.failed} with row failures"
