"""The end-of-run summary printed by `newsclean run`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table


def print_summary(console: Console, s: dict[str, Any], curated: Path) -> None:
    t = Table(title=f"newsclean run {s['run_id']}", show_header=False, title_justify="left")
    t.add_column(style="bold")
    t.add_column(justify="right")
    q = s["quarantined"]
    new_inputs = s["inputs"] - s["unchanged"]
    t.add_row("inputs", f"{s['inputs']} ({new_inputs} new or changed, {s['unchanged']} unchanged)")
    t.add_row("curated", str(s["curated"]))
    t.add_row("duplicates", str(s["duplicates"]))
    t.add_row("new stories", str(s["new_stories"]))
    t.add_row("updated stories", str(s["updated_stories"]))
    t.add_row("quarantined", str(sum(q.values())))
    for reason, n in q.items():
        t.add_row(f"  {reason}", str(n))
    t.add_row("boilerplate spans removed", str(s["boilerplate_spans"]))
    passed = sum(1 for c in s["checks"] if c["success"])
    failed = len(s["checks"]) - passed
    rows_q = sum(c["row_failures"] for c in s["checks"])
    t.add_row("checks", f"{passed} passed, {failed} failed, {rows_q} rows quarantined by checks")
    t.add_row("seconds", f"{s['seconds']:.1f}")
    console.print(t)
    if new_inputs == 0:
        console.print("0 new inputs: nothing to do, curated/ unchanged.")
    else:
        console.print(f"Published to {curated}/ (version {s['version']}); reports in {curated}/_reports/")
