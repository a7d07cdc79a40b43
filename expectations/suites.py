"""Data-quality suites for every pipeline stage, expressed as plain data.

The suites live here as data (not as GX objects) so that:

* importing this module is instant: Great Expectations takes seconds to import and the CLI must
  start fast, so nothing here imports it (see :func:`_gx_expectation_exists`);
* a reviewer can read every rule of the pipeline in one screen;
* ``Spec.name`` is a stable, machine-readable identifier that doubles as the quarantine reason
  written next to a quarantined row, so renaming one is a data-contract change.

Severity:

* ``"row"``   -- failing rows are reported per id and quarantined by the caller; the run goes on.
  Only *map* expectations (one verdict per row) can be row-severity, because only they can name
  the failing rows.
* ``"table"`` -- any failure fails the run (broken invariants of our own code, not of scraped data).

Runtime parameters: a kwarg value written ``"$param:<name>"`` is supplied at validate time through
``Checker.validate(..., params={"<name>": value})``. The runner maps it onto GX's native suite
parameters (``{"$PARAMETER": name}``), so each GX suite is built once per process and the Data Docs
show the parameter name. :data:`DEFAULT_PARAMS` provides values computed at validate time when the
caller does not pass one.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

Severity = Literal["row", "table"]
SEVERITIES: Final[frozenset[str]] = frozenset({"row", "table"})
STAGES: Final[tuple[str, ...]] = ("ingest", "extract", "clean", "dedup", "fields", "publish")
PARAM_PREFIX: Final[str] = "$param:"

# ISO 639-1 two-letter language codes: all 184, lowercase (as language detectors emit them),
# including the collective "bh". Identical to the `alpha_2` values of Debian iso-codes'
# iso_639-2.json. A literal, so validation needs no extra package such as pycountry.
ISO_639_1: Final[frozenset[str]] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)

INGEST_FORMATS: Final[tuple[str, ...]] = ("html", "text", "json", "jsonl", "warc", "unknown")
INGEST_STATUSES: Final[tuple[str, ...]] = ("ok", "quarantined")
PUBLISH_STATUSES: Final[tuple[str, ...]] = ("curated", "duplicate", "quarantined")

# Lower bound for published_at. Timezone-aware on purpose: pandas refuses to compare a tz-aware
# column with a naive bound (and vice versa), and the articles frame carries UTC timestamps.
MIN_PUBLISHED_AT: Final[dt.datetime] = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)


def _tomorrow() -> dt.datetime:
    # "Tomorrow" rather than "now" leaves a day of slack for sources that stamp articles in
    # timezones ahead of UTC or whose clocks run slightly fast.
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=1)


# Values for "$param:" placeholders that are computed at validate time unless the caller passes one.
DEFAULT_PARAMS: Final[Mapping[str, Callable[[], Any]]] = MappingProxyType({"max_date": _tomorrow})


def where_equals(column: str, value: str | int | float) -> dict[str, Any]:
    """Row condition ``column == value`` in GX 1.x's serialised Condition form.

    GX >= 1.9 deprecates string row conditions (``condition_parser="pandas"``, with a
    DeprecationWarning); this dict is the form GX itself stores in suite JSON, and expectations
    deserialise it into a ``ComparisonCondition`` -- while staying plain, JSON-able data here.
    """
    return {"type": "comparison", "column": {"name": column}, "operator": "==", "parameter": value}


@dataclass(frozen=True)
class Spec:
    """One data-quality rule.

    Attributes:
        name: stable snake_case identifier; for row-severity specs it is the quarantine reason.
        expectation: class name in ``great_expectations.expectations``.
        kwargs: keyword arguments for that class; ``"$param:<name>"`` values are runtime parameters.
        severity: ``"row"`` (quarantine failing rows) or ``"table"`` (fail the run).
    """

    name: str
    expectation: str
    # Excluded from hashing: a mapping is unhashable, and name + expectation identify a spec.
    kwargs: Mapping[str, Any] = field(hash=False)
    severity: Severity

    def __post_init__(self) -> None:
        # Read-only view so a caller cannot mutate a shared suite by accident.
        object.__setattr__(self, "kwargs", MappingProxyType(dict(self.kwargs)))

    @property
    def params(self) -> frozenset[str]:
        """Names of the runtime parameters this spec needs."""
        return frozenset(
            value[len(PARAM_PREFIX) :]
            for value in self.kwargs.values()
            if isinstance(value, str) and value.startswith(PARAM_PREFIX)
        )

    @property
    def columns(self) -> frozenset[str]:
        """Columns the spec reads (used to convert only what is needed and to pad empty frames)."""
        cols: set[str] = set()
        for key in ("column", "column_A", "column_B"):
            if isinstance(self.kwargs.get(key), str):
                cols.add(self.kwargs[key])
        cols.update(self.kwargs.get("column_list", ()))
        cols.update(_condition_columns(self.kwargs.get("row_condition")))
        return frozenset(cols)


def _condition_columns(condition: Any) -> set[str]:
    """Columns referenced by a serialised GX row condition (see :func:`where_equals`)."""
    if not isinstance(condition, Mapping):
        return set()
    cols: set[str] = set()
    column = condition.get("column")
    if isinstance(column, Mapping) and isinstance(column.get("name"), str):
        cols.add(column["name"])
    for sub in condition.get("conditions", ()):
        cols |= _condition_columns(sub)
    return cols


SUITES: Final[dict[str, list[Spec]]] = {
    # Frame: doc_id, raw_path, record, raw_sha256, format, encoding, status, reason, size_bytes.
    "ingest": [
        Spec("raw_sha256_not_null", "ExpectColumnValuesToNotBeNull",
             {"column": "raw_sha256"}, "row"),
        Spec("doc_id_unique", "ExpectColumnValuesToBeUnique", {"column": "doc_id"}, "table"),
        Spec("raw_path_record_unique", "ExpectCompoundColumnsToBeUnique",
             {"column_list": ["raw_path", "record"]}, "table"),
        # In-set checks skip nulls, so enum columns also get an explicit not-null check.
        Spec("format_not_null", "ExpectColumnValuesToNotBeNull", {"column": "format"}, "table"),
        Spec("format_in_set", "ExpectColumnValuesToBeInSet",
             {"column": "format", "value_set": list(INGEST_FORMATS)}, "table"),
        Spec("status_not_null", "ExpectColumnValuesToNotBeNull", {"column": "status"}, "table"),
        Spec("status_in_set", "ExpectColumnValuesToBeInSet",
             {"column": "status", "value_set": list(INGEST_STATUSES)}, "table"),
    ],
    # Frame: doc_id, text, status -- the caller passes only the status == "ok" rows.
    "extract": [
        Spec("doc_id_unique", "ExpectColumnValuesToBeUnique", {"column": "doc_id"}, "table"),
        Spec("text_not_null", "ExpectColumnValuesToNotBeNull", {"column": "text"}, "row"),
    ],
    # Frame: doc_id, body, chars_removed.
    "clean": [
        Spec("body_not_null", "ExpectColumnValuesToNotBeNull", {"column": "body"}, "row"),
        Spec("body_not_empty", "ExpectColumnValueLengthsToBeBetween",
             {"column": "body", "min_value": 1}, "row"),
        Spec("chars_removed_non_negative", "ExpectColumnValuesToBeBetween",
             {"column": "chars_removed", "min_value": 0}, "table"),
        # Regexes come from the boilerplate rules at run time; an empty list means "none".
        Spec("body_no_boilerplate_marker", "ExpectColumnValuesToNotMatchRegexList",
             {"column": "body", "regex_list": f"{PARAM_PREFIX}boilerplate_markers"}, "row"),
    ],
    # Frame: articles (one row per curated article), id column article_id.
    "dedup": [
        Spec("article_id_not_null", "ExpectColumnValuesToNotBeNull",
             {"column": "article_id"}, "table"),
        Spec("article_id_unique", "ExpectColumnValuesToBeUnique",
             {"column": "article_id"}, "table"),
    ],
    # Frame: articles with article_id, title, published_at (UTC, nullable), language
    # (nullable), word_count. Between / in-set / length checks ignore nulls, which is what
    # makes published_at and language nullable here.
    "fields": [
        Spec("published_at_in_range", "ExpectColumnValuesToBeBetween",
             {"column": "published_at", "min_value": MIN_PUBLISHED_AT,
              "max_value": f"{PARAM_PREFIX}max_date"}, "row"),
        Spec("language_iso639_1", "ExpectColumnValuesToBeInSet",
             {"column": "language", "value_set": sorted(ISO_639_1)}, "row"),
        Spec("title_length_1_500", "ExpectColumnValueLengthsToBeBetween",
             {"column": "title", "min_value": 1, "max_value": 500}, "row"),
        Spec("word_count_positive", "ExpectColumnValuesToBeBetween",
             {"column": "word_count", "min_value": 1}, "row"),
    ],
    # Frame: final documents table (doc_id, status, reason, ...).
    "publish": [
        Spec("doc_id_unique", "ExpectColumnValuesToBeUnique", {"column": "doc_id"}, "table"),
        Spec("status_not_null", "ExpectColumnValuesToNotBeNull", {"column": "status"}, "table"),
        Spec("status_in_set", "ExpectColumnValuesToBeInSet",
             {"column": "status", "value_set": list(PUBLISH_STATUSES)}, "table"),
        # A map expectation restricted by a row condition: the failing rows are still named
        # in the result, but a curated doc carrying a reason is our bug, hence "table".
        Spec("reason_null_when_curated", "ExpectColumnValuesToBeNull",
             {"column": "reason", "row_condition": where_equals("status", "curated")}, "table"),
    ],
}

_NAME_RE: Final = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS_RE: Final = re.compile(r"^Expect[A-Z][A-Za-z0-9]*$")


def _gx_expectation_exists(class_name: str) -> bool | None:
    """Whether GX ships ``class_name``, answered without importing GX when possible.

    Returns None when it cannot tell; the runner then performs the definitive check (it builds
    every expectation object on first use anyway).
    """
    gx_module = sys.modules.get("great_expectations")
    if gx_module is not None:  # already paid for: ask the real registry
        return hasattr(gx_module.expectations, class_name)
    # Every core expectation lives in great_expectations/expectations/core/<snake_case>.py.
    # find_spec on a *top-level* package locates it without executing it.
    spec = importlib.util.find_spec("great_expectations")
    if spec is None or not spec.submodule_search_locations:
        return None
    core_dir = Path(next(iter(spec.submodule_search_locations))) / "expectations" / "core"
    if not core_dir.is_dir():
        return None
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()
    return (core_dir / f"{snake}.py").is_file()


def validate_suites(suites: Mapping[str, list[Spec]]) -> None:
    """Raise ValueError describing every malformed spec (all problems at once, not the first)."""
    problems: list[str] = []
    if set(suites) != set(STAGES):
        problems.append(f"stages must be exactly {sorted(STAGES)}, got {sorted(suites)}")
    row_names: dict[str, str] = {}
    for stage, specs in suites.items():
        seen: set[str] = set()
        for spec in specs:
            where = f"{stage}/{spec.name}"
            if not _NAME_RE.match(spec.name):
                problems.append(f"{where}: name must be snake_case")
            if spec.name in seen:
                problems.append(f"{where}: duplicate name within the stage")
            seen.add(spec.name)
            if spec.severity not in SEVERITIES:
                problems.append(f"{where}: severity {spec.severity!r} not in {sorted(SEVERITIES)}")
            if not _CLASS_RE.match(spec.expectation):
                problems.append(f"{where}: {spec.expectation!r} is not an expectation class name")
            elif _gx_expectation_exists(spec.expectation) is False:
                problems.append(f"{where}: great_expectations has no {spec.expectation}")
            # Row-severity names become quarantine reasons; keep them unambiguous across stages.
            if spec.severity == "row":
                if spec.name in row_names:
                    problems.append(f"{where}: row check name also used in {row_names[spec.name]}")
                row_names[spec.name] = stage
    if problems:
        raise ValueError("invalid expectation suites:\n  " + "\n  ".join(problems))


validate_suites(SUITES)
