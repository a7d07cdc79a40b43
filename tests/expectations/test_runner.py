"""Tests for the Great Expectations runner (no Prefect involved).

One Checker is shared by the whole module: GX's import plus context set-up costs seconds, and
sharing it also exercises what production does (many validations on one context).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from expectations.result import CheckResult
from expectations.runner import Checker, _expectation
from expectations.suites import ISO_639_1, SUITES, Spec, validate_suites

UTC = dt.UTC
REPO = Path(__file__).resolve().parents[2]
RUN_ID = "test-run-1"
MARKERS = {"boilerplate_markers": [r"(?i)accept (all )?cookies", r"Subscribe to our newsletter"]}


@pytest.fixture(scope="module")
def reports_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Run the module from an empty cwd, to prove GX leaves no gx/ folder behind."""
    path = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(path)
        yield path


@pytest.fixture(scope="module")
def checker(reports_dir: Path, workdir: Path) -> Checker:
    return Checker(reports_dir, RUN_ID)


# ---------------------------------------------------------------------- frames


def ingest_frame(**overrides: list[object]) -> pl.DataFrame:
    data: dict[str, list[object]] = {
        "doc_id": ["d1", "d2", "d3"],
        "raw_path": ["raw/a.html", "raw/b.jsonl", "raw/b.jsonl"],
        "record": [0, 0, 1],
        "raw_sha256": ["aa" * 32, "bb" * 32, "cc" * 32],
        "format": ["html", "jsonl", "jsonl"],
        "encoding": ["utf-8", "utf-8", None],
        "status": ["ok", "ok", "quarantined"],
        "reason": [None, None, "undecodable"],
        "size_bytes": [120, 80, 75],
    }
    data.update(overrides)
    return pl.DataFrame(data)


def clean_frame(bodies: list[str | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(1, len(bodies) + 1)],
            "body": bodies,
            "chars_removed": [3] * len(bodies),
        },
        schema_overrides={"body": pl.String},
    )


def articles_frame(**overrides: list[object]) -> pl.DataFrame:
    data: dict[str, list[object]] = {
        "article_id": ["a1", "a2", "a3"],
        "title": ["Budget passes", "Storm warning", "Local election"],
        "published_at": [dt.datetime(2024, 5, 1, 8, tzinfo=UTC), None,
                         dt.datetime(1999, 12, 31, 23, tzinfo=UTC)],
        "language": ["en", None, "de"],
        "word_count": [250, 40, 1],
    }
    data.update(overrides)
    return pl.DataFrame(data, schema_overrides={"published_at": pl.Datetime("us", "UTC")})


def documents_frame(**overrides: list[object]) -> pl.DataFrame:
    data: dict[str, list[object]] = {
        "doc_id": ["d1", "d2", "d3"],
        "article_id": ["a1", "a1", None],
        "status": ["curated", "duplicate", "quarantined"],
        "reason": [None, "duplicate_of:d1", "raw_sha256_not_null"],
    }
    data.update(overrides)
    return pl.DataFrame(data)


GOOD_FRAMES: dict[str, tuple[pl.DataFrame, str]] = {
    "ingest": (ingest_frame(), "doc_id"),
    "extract": (pl.DataFrame({"doc_id": ["d1", "d2"], "text": ["a", "b"], "status": ["ok", "ok"]}),
                "doc_id"),
    "clean": (clean_frame(["A clean body.", "Another one."]), "doc_id"),
    "dedup": (articles_frame(), "article_id"),
    "fields": (articles_frame(), "article_id"),
    "publish": (documents_frame(), "doc_id"),
}


def assert_clean(result: CheckResult) -> None:
    assert result.success, result.table_failures
    assert result.table_failures == []
    assert result.row_failures == {}
    assert result.failed == 0


# ---------------------------------------------------------------------- suites as data


def test_suites_cover_every_stage_and_are_valid() -> None:
    assert set(SUITES) == {"ingest", "extract", "clean", "dedup", "fields", "publish"}
    validate_suites(SUITES)  # also ran at import; must stay idempotent
    assert len(ISO_639_1) == 184
    assert {"en", "de", "fr", "zh", "bh"} <= ISO_639_1


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (Spec("x", "ExpectColumnValuesToNotBeNull", {"column": "c"},
              "fatal"),  # type: ignore[arg-type]
         "severity"),
        (Spec("x", "ExpectNoSuchThing", {"column": "c"}, "row"), "has no ExpectNoSuchThing"),
        (Spec("Bad Name", "ExpectColumnValuesToNotBeNull", {"column": "c"}, "row"), "snake_case"),
    ],
)
def test_validate_suites_rejects_bad_specs(bad: Spec, message: str) -> None:
    suites = {stage: list(specs) for stage, specs in SUITES.items()}
    suites["ingest"].append(bad)
    with pytest.raises(ValueError, match=message):
        validate_suites(suites)


def test_validate_suites_rejects_duplicate_names() -> None:
    suites = {stage: list(specs) for stage, specs in SUITES.items()}
    suites["ingest"].append(suites["ingest"][0])
    with pytest.raises(ValueError, match="duplicate name"):
        validate_suites(suites)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        # Aggregate expectations cannot name failing rows, so they cannot quarantine any.
        (Spec("x", "ExpectTableRowCountToBeBetween", {"min_value": 1}, "row"), "map expectation"),
        (Spec("x", "ExpectColumnValuesToNotBeNull", {"colum": "typo"}, "row"), "invalid kwargs"),
    ],
)
def test_runner_rejects_specs_gx_cannot_run(bad: Spec, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _expectation("ingest", bad)


def test_importing_runner_does_not_import_gx() -> None:
    code = (
        "import sys, expectations.runner, expectations.suites, expectations.result;"
        "sys.exit('great_expectations' in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)


# ---------------------------------------------------------------------- validations


@pytest.mark.parametrize("stage", list(GOOD_FRAMES))
def test_good_frame_passes(checker: Checker, stage: str) -> None:
    df, id_column = GOOD_FRAMES[stage]
    result = checker.validate(stage, df, id_column, MARKERS if stage == "clean" else None)
    assert_clean(result)
    assert result.stage == stage
    assert result.evaluated == df.height
    assert result.expectations_evaluated == len(SUITES[stage])
    assert result.expectations_failed == 0


def test_null_sha256_quarantines_only_that_row(checker: Checker) -> None:
    result = checker.validate("ingest", ingest_frame(raw_sha256=["aa" * 32, None, "cc" * 32]),
                              "doc_id")
    assert result.success  # row severity: the run goes on
    assert result.table_failures == []
    assert result.row_failures == {"d2": ["raw_sha256_not_null"]}
    assert result.reasons("d2") == ["raw_sha256_not_null"]
    assert result.reasons("d1") == []
    assert (result.evaluated, result.failed) == (3, 1)


def test_duplicate_doc_id_fails_the_table(checker: Checker) -> None:
    result = checker.validate("ingest", ingest_frame(doc_id=["d1", "d1", "d3"]), "doc_id")
    assert not result.success
    assert len(result.table_failures) == 1
    assert result.table_failures[0].startswith("doc_id_unique: 2 of 3 rows unexpected")
    assert result.row_failures == {}


def test_duplicate_raw_path_record_fails_the_table(checker: Checker) -> None:
    result = checker.validate("ingest", ingest_frame(record=[0, 0, 0]), "doc_id")
    assert not result.success
    assert [f.split(":")[0] for f in result.table_failures] == ["raw_path_record_unique"]


def test_unknown_format_and_status_fail_the_table(checker: Checker) -> None:
    result = checker.validate(
        "ingest", ingest_frame(format=["html", "pdf", "text"], status=["ok", None, "ok"]), "doc_id"
    )
    names = [f.split(":")[0] for f in result.table_failures]
    assert names == ["format_in_set", "status_not_null"]


@pytest.mark.parametrize("stage", list(SUITES))
def test_empty_frame_passes(checker: Checker, stage: str) -> None:
    df, id_column = GOOD_FRAMES[stage]
    with_schema = checker.validate(stage, df.clear(), id_column, MARKERS)
    no_columns = checker.validate(stage, pl.DataFrame(), id_column, MARKERS)
    for result in (with_schema, no_columns):
        assert_clean(result)
        assert result.evaluated == 0


def test_extract_null_text_is_a_row_failure(checker: Checker) -> None:
    df = pl.DataFrame({"doc_id": ["d1", "d2"], "text": [None, "ok"], "status": ["ok", "ok"]})
    result = checker.validate("extract", df, "doc_id")
    assert result.success
    assert result.row_failures == {"d1": ["text_not_null"]}


def test_boilerplate_regex_from_params_fails_that_row(checker: Checker) -> None:
    df = clean_frame(["Real news text.", "Please ACCEPT ALL COOKIES to continue", "More news."])
    result = checker.validate("clean", df, "doc_id", MARKERS)
    assert result.success
    assert result.row_failures == {"d2": ["body_no_boilerplate_marker"]}

    # The same suite with other params: the regex really is a runtime parameter.
    other = checker.validate("clean", df, "doc_id", {"boilerplate_markers": ["^More"]})
    assert other.row_failures == {"d3": ["body_no_boilerplate_marker"]}


def test_empty_regex_list_means_no_marker(checker: Checker) -> None:
    result = checker.validate("clean", clean_frame(["cookies"]), "doc_id",
                              {"boilerplate_markers": []})
    assert_clean(result)


def test_empty_and_null_body_collect_reasons(checker: Checker) -> None:
    result = checker.validate("clean", clean_frame(["fine", "", None]), "doc_id", MARKERS)
    assert result.success
    assert result.row_failures == {"d2": ["body_not_empty"], "d3": ["body_not_null"]}


def test_negative_chars_removed_fails_the_table(checker: Checker) -> None:
    df = clean_frame(["a", "b"]).with_columns(pl.Series("chars_removed", [0, -1]))
    result = checker.validate("clean", df, "doc_id", MARKERS)
    assert not result.success
    assert result.table_failures[0].startswith("chars_removed_non_negative:")


def test_missing_or_bad_params_are_caller_errors(checker: Checker) -> None:
    df = clean_frame(["a"])
    with pytest.raises(ValueError, match="missing params"):
        checker.validate("clean", df, "doc_id")
    with pytest.raises(ValueError, match="bad regex"):
        checker.validate("clean", df, "doc_id", {"boilerplate_markers": ["("]})
    with pytest.raises(ValueError, match="unknown stage"):
        checker.validate("nope", df, "doc_id")
    with pytest.raises(ValueError, match="id column"):
        checker.validate("clean", df, "article_id", MARKERS)


def test_dedup_article_id_must_be_unique_and_present(checker: Checker) -> None:
    dup = checker.validate("dedup", articles_frame(article_id=["a1", "a1", None]), "article_id")
    assert not dup.success
    assert [f.split(":")[0] for f in dup.table_failures] == [
        "article_id_not_null", "article_id_unique"
    ]


def test_unknown_language_fails_that_row(checker: Checker) -> None:
    result = checker.validate("fields", articles_frame(language=["en", "xx", None]), "article_id")
    assert result.success
    assert result.row_failures == {"a2": ["language_iso639_1"]}  # null language is allowed


def test_published_at_out_of_range_fails_that_row(checker: Checker) -> None:
    in_two_days = dt.datetime.now(UTC) + dt.timedelta(days=2)
    df = articles_frame(published_at=[dt.datetime(1970, 1, 1, tzinfo=UTC), None, in_two_days])
    result = checker.validate("fields", df, "article_id")
    assert result.success
    # 1970 is too old, null is allowed, the day after tomorrow is in the future.
    assert result.row_failures == {"a1": ["published_at_in_range"],
                                   "a3": ["published_at_in_range"]}


def test_max_date_param_overrides_the_default(checker: Checker) -> None:
    df = articles_frame()
    result = checker.validate("fields", df, "article_id",
                              {"max_date": dt.datetime(2000, 1, 1, tzinfo=UTC)})
    assert result.row_failures == {"a1": ["published_at_in_range"]}


def test_naive_published_at_is_reported_not_raised(checker: Checker) -> None:
    df = articles_frame().with_columns(pl.col("published_at").dt.replace_time_zone(None))
    result = checker.validate("fields", df, "article_id")
    assert not result.success
    assert result.table_failures[0].startswith("published_at_in_range: could not be evaluated")


def test_title_and_word_count_rules_collect_all_reasons(checker: Checker) -> None:
    df = articles_frame(title=["ok", "", "x" * 501], word_count=[0, 5, 0])
    result = checker.validate("fields", df, "article_id")
    assert result.row_failures == {
        "a1": ["word_count_positive"],
        "a2": ["title_length_1_500"],
        "a3": ["title_length_1_500", "word_count_positive"],
    }
    assert result.failed == 3


def test_publish_reason_must_be_null_when_curated(checker: Checker) -> None:
    df = documents_frame(reason=["oops", "duplicate_of:d1", "raw_sha256_not_null"])
    result = checker.validate("publish", df, "doc_id")
    assert not result.success
    assert [f.split(":")[0] for f in result.table_failures] == ["reason_null_when_curated"]


def test_publish_status_must_be_known(checker: Checker) -> None:
    result = checker.validate("publish", documents_frame(status=["curated", "draft", "curated"],
                                                         reason=[None, None, None]), "doc_id")
    assert [f.split(":")[0] for f in result.table_failures] == ["status_in_set"]


def test_missing_column_is_a_table_failure(checker: Checker) -> None:
    result = checker.validate("clean", clean_frame(["a"]).drop("chars_removed"), "doc_id", MARKERS)
    assert not result.success
    assert "chars_removed" in result.table_failures[0]


# ---------------------------------------------------------------------- reports (keep last)


def test_finish_builds_data_docs_and_json(checker: Checker, reports_dir: Path,
                                          workdir: Path) -> None:
    index = checker.finish()
    assert index == reports_dir / "data_docs" / "index.html"
    assert index.is_file()
    html = index.read_text()
    for stage in SUITES:
        assert f"validations/{stage}/{RUN_ID}/" in html

    run_dir = reports_dir / "validations" / RUN_ID
    for stage in SUITES:
        payload = json.loads((run_dir / f"{stage}.json").read_text())
        assert payload["results"], stage
    # Repeat validations of a stage get numbered files instead of overwriting.
    assert (run_dir / "clean.2.json").is_file()

    # GX kept everything under reports_dir.
    assert not (workdir / "gx").exists()
    assert sorted(p.name for p in workdir.iterdir()) == []


def test_docs_index_lists_every_run(checker: Checker, reports_dir: Path) -> None:
    second = Checker(reports_dir, "test-run-2")
    second.validate("publish", documents_frame(), "doc_id")
    index = second.finish()
    assert index is not None
    html = index.read_text()
    assert f"validations/publish/{RUN_ID}/" in html
    assert "validations/publish/test-run-2/" in html


def test_finish_without_validations_returns_none(tmp_path: Path) -> None:
    assert Checker(tmp_path, "idle").finish() is None
    assert not any(tmp_path.iterdir())
