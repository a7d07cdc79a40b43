"""Run the stage suites of :mod:`expectations.suites` with Great Expectations 1.x.

Design notes (the why):

* GX is imported lazily, inside methods: ``import great_expectations`` costs several seconds and
  the CLI must start fast (``--help`` must not pay it, nor a run that validates nothing).
* One *ephemeral* GX context per :class:`Checker`, created on first use, with every suite, data
  asset and validation definition built once. Only the validation-results store and the Data Docs
  site are on disk, both under ``reports_dir`` (nothing is written to the working directory; there
  is no ``great_expectations.yml`` to keep in sync). Because the results store is file-backed
  (``reports_dir/gx/validations``), results of earlier runs stay listed in the Data Docs index.
* GX has no Polars support: frames are converted with ``DataFrame.to_pandas()`` after selecting
  only the columns the suite reads, which keeps the conversion cheap and sidesteps dtypes the
  suites do not care about (nested lists, binaries...).
* Failing row ids come from ``result_format="COMPLETE"`` with
  ``unexpected_index_column_names=[id_column]``: every map expectation then lists each failing
  row as ``{<checked column>: value, <id_column>: id}`` (no truncation in COMPLETE mode; nulls
  are skipped by the between / in-set / length / regex expectations, as the suites rely on).
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import re
import threading
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import polars as pl

from expectations.result import CheckResult
from expectations.suites import DEFAULT_PARAMS, PARAM_PREFIX, SUITES, Spec

if TYPE_CHECKING:  # type-only: importing these at runtime would load GX eagerly
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )
    from great_expectations.data_context import EphemeralDataContext
    from great_expectations.expectations import Expectation

# GX requires a non-empty regex_list; an empty marker list must mean "nothing is forbidden",
# so it is replaced by a pattern that can never match (empty negative lookahead).
NEVER_MATCH: Final[str] = r"(?!)"
DATASOURCE_NAME: Final[str] = "newsclean"
NULL_ID: Final[str] = "<null>"
_SAMPLE_CHARS: Final[int] = 160  # keep table-failure messages to one readable log line
_GROUPS_WARNING: Final[str] = "This pattern is interpreted as a regular expression, and has match"
_RUN_ID_RE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:+-]*$")


@dataclass
class _GxState:
    """Everything created once per Checker after GX is imported."""

    context: EphemeralDataContext
    definitions: dict[str, Any]  # stage -> gx.ValidationDefinition
    specs: dict[str, dict[str, Spec]]  # stage -> spec name -> spec (to map results back)


class Checker:
    """Validate stage frames against :data:`expectations.suites.SUITES` and publish Data Docs.

    Layout under ``reports_dir``::

        gx/validations/...                 GX's validation-results store (accumulates across runs)
        data_docs/index.html               static Data Docs site (all runs in this reports_dir)
        validations/<run_id>/<stage>.json  JSON of each validation result of this run

    Thread-safe: GX contexts are not, so GX calls are serialised with a lock.
    """

    def __init__(self, reports_dir: Path, run_id: str) -> None:
        if not _RUN_ID_RE.match(run_id) or ".." in run_id:
            # run_id becomes a directory name, in our layout and in GX's.
            raise ValueError(f"run_id must be a plain file name, got {run_id!r}")
        # Absolute: GX resolves relative store paths against its own idea of a project root.
        self.reports_dir = Path(reports_dir).resolve()
        self.run_id = run_id
        self._gx: _GxState | None = None
        self._lock = threading.Lock()
        self._json_written: dict[str, int] = {}  # stage -> results written (repeat validations)
        self._warm_thread: threading.Thread | None = None

    @property
    def docs_dir(self) -> Path:
        return self.reports_dir / "data_docs"

    @property
    def gx_dir(self) -> Path:
        return self.reports_dir / "gx"

    # ------------------------------------------------------------------ public API

    def warm_up(self) -> None:
        """Optionally start importing GX in a background thread (returns immediately).

        Call it when a run starts: the ~3 s import then overlaps the first stage's I/O instead of
        stalling the first ``validate``. Python's import lock makes a concurrent ``import`` in
        ``validate`` simply wait for this one. Not a daemon thread, so interpreter shutdown never
        interrupts a half-done import.
        """
        if self._gx is None and self._warm_thread is None:
            self._warm_thread = threading.Thread(
                target=importlib.import_module,
                args=("great_expectations",),
                name="gx-warm-up",
            )
            self._warm_thread.start()

    def validate(
        self,
        stage: str,
        df: pl.DataFrame,
        id_column: str,
        params: Mapping[str, Any] | None = None,
    ) -> CheckResult:
        """Validate ``df`` against the ``stage`` suite.

        Args:
            stage: a key of ``SUITES``.
            df: the stage frame; only the columns the suite reads (and ``id_column``) are used.
            id_column: column whose values identify failing rows in ``row_failures``.
            params: values for the suite's ``"$param:<name>"`` placeholders; ``DEFAULT_PARAMS``
                fills in the ones not given (e.g. ``max_date`` = now + 1 day, UTC).

        Raises:
            ValueError: unknown stage, missing id column, missing/invalid parameter -- caller bugs,
                as opposed to data problems, which are reported in the returned CheckResult.
        """
        if stage not in SUITES:
            raise ValueError(f"unknown stage {stage!r}; known: {sorted(SUITES)}")
        if id_column not in df.columns and df.height > 0:  # empty frames get padded below
            raise ValueError(f"{stage}: id column {id_column!r} not in frame {df.columns}")
        specs = SUITES[stage]
        values = _resolve_params(stage, specs, params or {})
        frame = _to_pandas(df, specs, id_column)

        with self._lock:
            state = self._state()
            import great_expectations as gx  # cached in sys.modules by now: free

            with warnings.catch_warnings():
                # GX tests regexes with pandas' str.contains, which warns about every capture
                # group although only the boolean matters. (Process-wide, but under our lock.)
                warnings.filterwarnings("ignore", message=_GROUPS_WARNING, category=UserWarning)
                gx_result = state.definitions[stage].run(
                    batch_parameters={"dataframe": frame},
                    expectation_parameters=values,
                    result_format={
                        "result_format": "COMPLETE",
                        "unexpected_index_column_names": [id_column],
                    },
                    # Grouped by run_id in Data Docs; the time keeps repeat validations apart.
                    run_id=gx.RunIdentifier(
                        run_name=self.run_id, run_time=dt.datetime.now(dt.UTC)
                    ),
                )
            result_path = self._write_json(stage, gx_result)

        result = _interpret(stage, gx_result, state.specs[stage], id_column, len(frame))
        result.result_path = result_path
        return result

    def finish(self) -> Path | None:
        """Build the Data Docs site; return ``data_docs/index.html``, or None if nothing ran.

        Renders only pages that do not exist yet (this run's results, plus results of any earlier
        run that crashed before its own ``finish``), then rebuilds the index over every result in
        the store, so the cost does not grow with the history kept in ``reports_dir``.
        """
        with self._lock:
            if self._gx is None:  # nothing validated: do not pay GX's import for an empty report
                return None
            from great_expectations.data_context.types.resource_identifiers import (
                ExpectationSuiteIdentifier,
            )

            context = self._gx.context
            pages = self.docs_dir / "validations"
            unrendered = [
                key
                for key in context.validation_results_store.list_keys()
                if not _page_path(pages, key.to_tuple()).is_file()
            ]
            # Never an empty list: GX treats "no identifiers" as "rebuild everything".
            identifiers = [ExpectationSuiteIdentifier(name=stage) for stage in SUITES]
            context.build_data_docs(resource_identifiers=[*identifiers, *unrendered])
        index = self.docs_dir / "index.html"
        return index if index.is_file() else None

    # ------------------------------------------------------------------ GX set-up

    def _state(self) -> _GxState:
        """Create the GX context, suites and validation definitions on first use."""
        if self._gx is None:
            self._gx = self._build_state()
        return self._gx

    def _build_state(self) -> _GxState:
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            ProgressBarsConfig,
        )

        def filesystem(base_directory: Path) -> dict[str, str]:
            return {"class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(base_directory)}

        in_memory = {"class_name": "InMemoryStoreBackend"}
        config = DataContextConfig(
            expectations_store_name="expectations_store",
            validation_results_store_name="validation_results_store",
            checkpoint_store_name="checkpoint_store",
            stores={
                # Suites and definitions are rebuilt from SUITES each process: keep them in memory.
                "expectations_store": {"class_name": "ExpectationsStore",
                                       "store_backend": in_memory},
                "validation_definition_store": {"class_name": "ValidationDefinitionStore",
                                                "store_backend": in_memory},
                "checkpoint_store": {"class_name": "CheckpointStore", "store_backend": in_memory},
                # Results on disk so Data Docs list every run kept in reports_dir.
                "validation_results_store": {
                    "class_name": "ValidationResultsStore",
                    "store_backend": filesystem(self.gx_dir / "validations"),
                },
            },
            data_docs_sites={
                "local_site": {
                    "class_name": "SiteBuilder",
                    "show_how_to_buttons": False,  # GX tutorial call-to-action boxes
                    "store_backend": filesystem(self.docs_dir),
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                }
            },
            # GX 1.x draws tqdm "Calculating Metrics" bars on stderr for every validation;
            # this is the supported switch (checked by Validator._determine_progress_bars).
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
            analytics_enabled=False,
        )
        # mode="ephemeral" so GX never searches the cwd for, or creates, a gx/ project folder.
        context = gx.get_context(project_config=config, mode="ephemeral")

        datasource = context.data_sources.add_pandas(name=DATASOURCE_NAME)
        definitions: dict[str, Any] = {}
        specs_by_stage: dict[str, dict[str, Spec]] = {}
        for stage, specs in SUITES.items():
            # One asset per stage so the Data Docs index names the frame each result is about.
            batch_definition = datasource.add_dataframe_asset(
                name=stage
            ).add_batch_definition_whole_dataframe(name=stage)
            expectations = [_expectation(stage, spec) for spec in specs]
            suite = context.suites.add(gx.ExpectationSuite(name=stage, expectations=expectations))
            definitions[stage] = context.validation_definitions.add(
                gx.ValidationDefinition(name=stage, data=batch_definition, suite=suite)
            )
            specs_by_stage[stage] = {spec.name: spec for spec in specs}
        return _GxState(context=context, definitions=definitions, specs=specs_by_stage)

    def _write_json(self, stage: str, gx_result: ExpectationSuiteValidationResult) -> Path:
        # Written now rather than in finish(): a run that dies later still leaves its evidence.
        count = self._json_written.get(stage, 0) + 1
        self._json_written[stage] = count
        name = f"{stage}.json" if count == 1 else f"{stage}.{count}.json"
        path = self.reports_dir / "validations" / self.run_id / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(gx_result.to_json_dict(), indent=2, sort_keys=True))
        return path


# ---------------------------------------------------------------------- helpers


def _expectation(stage: str, spec: Spec) -> Expectation:
    """Instantiate the GX expectation for ``spec`` (the definitive check of the spec)."""
    import great_expectations as gx
    from great_expectations.compatibility import pydantic
    from great_expectations.expectations.expectation import (
        ColumnMapExpectation,
        ColumnPairMapExpectation,
        MulticolumnMapExpectation,
    )
    from great_expectations.expectations.metadata_types import FailureSeverity

    where = f"{stage}/{spec.name}"
    cls = getattr(gx.expectations, spec.expectation, None)
    if not (isinstance(cls, type) and issubclass(cls, gx.expectations.Expectation)):
        raise ValueError(f"{where}: {spec.expectation} is not a GX expectation")
    if spec.severity == "row" and not issubclass(
        cls, (ColumnMapExpectation, ColumnPairMapExpectation, MulticolumnMapExpectation)
    ):
        # Only map expectations report which rows failed; others give one verdict per table.
        raise ValueError(f"{where}: row severity needs a map expectation, not {spec.expectation}")

    kwargs = {
        # GX's own suite-parameter syntax: the suite is built once, values arrive per run.
        key: {"$PARAMETER": value[len(PARAM_PREFIX) :]}
        if isinstance(value, str) and value.startswith(PARAM_PREFIX)
        else copy.deepcopy(value)  # GX must not alias (or mutate) the shared SUITES data
        for key, value in spec.kwargs.items()
    }
    try:
        return cls(
            **kwargs,
            # meta carries the spec name back in each result (GX does not keep suite order).
            meta={"spec": spec.name, "severity": spec.severity},
            notes=f"`{spec.name}` ({spec.severity} severity)",
            # GX's own severity field, so the Data Docs tell quarantine rules from run-stoppers.
            severity=(
                FailureSeverity.WARNING if spec.severity == "row" else FailureSeverity.CRITICAL
            ),
        )
    except pydantic.ValidationError as exc:
        raise ValueError(f"{where}: invalid kwargs for {spec.expectation}: {exc}") from exc


def _resolve_params(stage: str, specs: Sequence[Spec], given: Mapping[str, Any]) -> dict[str, Any]:
    """Values for every parameter the suite uses, checked before GX sees them."""
    values: dict[str, Any] = {}
    missing: list[str] = []
    for name in sorted(set().union(*(spec.params for spec in specs))):
        if name in given:
            values[name] = given[name]
        elif name in DEFAULT_PARAMS:
            values[name] = DEFAULT_PARAMS[name]()
        else:
            missing.append(name)
    if missing:
        raise ValueError(f"{stage}: missing params {missing} (pass them in params=...)")

    for spec in specs:
        pattern_param = spec.kwargs.get("regex_list")
        if not (isinstance(pattern_param, str) and pattern_param.startswith(PARAM_PREFIX)):
            continue
        name = pattern_param[len(PARAM_PREFIX) :]
        patterns = values[name]
        if isinstance(patterns, str):  # a lone string would be iterated char by char
            raise ValueError(f"{stage}: param {name!r} must be a list of regexes, not a string")
        patterns = [str(p) for p in patterns] or [NEVER_MATCH]
        for pattern in patterns:
            try:  # pandas uses Python's re: a bad pattern would otherwise surface as a GX error
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{stage}: param {name!r}: bad regex {pattern!r}: {exc}") from exc
        values[name] = patterns
    return values


def _to_pandas(df: pl.DataFrame, specs: Sequence[Spec], id_column: str) -> Any:
    """The pandas frame GX will see: id column + the columns the suite reads."""
    needed = [id_column, *sorted(set().union(*(spec.columns for spec in specs)) - {id_column})]
    if df.height == 0:
        # A stage with nothing to check must pass, even when the caller built the empty frame
        # without the full schema; all-null columns of a 0-row frame change no verdict.
        df = df.with_columns(pl.lit(None).alias(c) for c in needed if c not in df.columns)
    # Missing columns in a non-empty frame are left missing: GX then reports each affected spec
    # as an error, which surfaces as a table failure naming the column.
    return df.select(c for c in needed if c in df.columns).to_pandas()


def _page_path(pages: Path, key_tuple: tuple[str, ...]) -> Path:
    # Data Docs layout: validations/<suite>/<run_name>/<run_time>/<batch_id>.html. Not
    # Path.with_suffix: run times contain dots.
    return pages.joinpath(*key_tuple[:-1], f"{key_tuple[-1]}.html")


def _interpret(
    stage: str,
    gx_result: ExpectationSuiteValidationResult,
    specs: Mapping[str, Spec],
    id_column: str,
    rows: int,
) -> CheckResult:
    """Turn a GX suite result into a CheckResult."""
    by_name: dict[str, ExpectationValidationResult] = {}
    for item in gx_result.results:
        by_name[(item.expectation_config.meta or {}).get("spec", "")] = item

    table_failures: list[str] = []
    row_failures: dict[str, list[str]] = {}
    failed_expectations = 0
    for name, spec in specs.items():  # suite order, so reasons come out in a stable order
        item = by_name.get(name)
        if item is None:
            table_failures.append(f"{name}: not evaluated by GX")
            continue
        if item.success:
            continue
        failed_expectations += 1
        error = _exception_message(item)
        indexed = (item.result or {}).get("unexpected_index_list")
        if error is not None:
            table_failures.append(f"{name}: could not be evaluated: {error}")
        elif spec.severity == "table":
            table_failures.append(f"{name}: {_describe(item)}")
        elif not isinstance(indexed, list):
            # Cannot name the rows, so it cannot quarantine them: fail loudly instead.
            table_failures.append(f"{name}: failed without row ids: {_describe(item)}")
        else:
            for entry in indexed:
                reasons = row_failures.setdefault(_id_key(entry.get(id_column)), [])
                if name not in reasons:
                    reasons.append(name)

    return CheckResult(
        stage=stage,
        success=not table_failures,
        table_failures=table_failures,
        row_failures=row_failures,
        evaluated=rows,
        failed=len(row_failures),
        expectations_evaluated=len(gx_result.results),
        expectations_failed=failed_expectations,
    )


def _exception_message(item: ExpectationValidationResult) -> str | None:
    """The error GX caught while evaluating ``item``, if any.

    ``exception_info`` is either flat (``{"raised_exception": ..., "exception_message": ...}``)
    or, when a metric failed, keyed by metric id with one such dict per metric.
    """
    info = item.exception_info or {}
    candidates = [info, *(v for v in info.values() if isinstance(v, Mapping))]
    for candidate in candidates:
        if candidate.get("raised_exception"):
            return str(candidate.get("exception_message") or "unknown error")
    return None


def _describe(item: ExpectationValidationResult) -> str:
    """Short human message for a failed expectation."""
    res = item.result or {}
    if "unexpected_count" in res:
        sample = res.get("partial_unexpected_list") or res.get("unexpected_list") or []
        text = f"{res['unexpected_count']} of {res.get('element_count')} rows unexpected"
        return f"{text}, e.g. {_short(sample[:5])}" if sample else text
    if "observed_value" in res:
        return f"observed {_short(res['observed_value'])}"
    return "failed"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SAMPLE_CHARS else text[: _SAMPLE_CHARS - 3] + "..."


def _id_key(value: object) -> str:
    # pandas turns null ids into None or NaN (NaN != NaN); keep them distinguishable from "None".
    if value is None or (isinstance(value, float) and value != value):
        return NULL_ID
    return str(value)
