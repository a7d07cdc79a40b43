"""`newsclean` command line: run the flow, score quality (eval), measure speed (bench)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from newsclean.textsets import TEXTSETS


def _prefect_env(verbose: bool) -> None:
    """Defaults for Prefect's local temporary server; a user's own settings always win."""
    defaults = {
        # A fresh PREFECT_HOME needs longer than the default 20 s to create its database.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # Task-run chatter would bury the summary; --verbose shows it.
        "PREFECT_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        "PREFECT_LOGGING_SERVER_LEVEL": "CRITICAL",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    # Prefect does not create missing parents of PREFECT_HOME, and without it the temporary
    # server cannot create its database and the run times out.
    home = os.environ.get("PREFECT_HOME")
    if home:
        Path(home).expanduser().mkdir(parents=True, exist_ok=True)


def _quiet_shutdown() -> None:
    # The temporary server may log "database is locked" / CancelledError while it stops after a
    # successful run; those are not the run's errors and must not reach the user's terminal.
    for name in ("prefect.server", "prefect._internal", "uvicorn", "uvicorn.error", "sqlalchemy", "aiosqlite", "docket"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def cmd_run(args: argparse.Namespace) -> int:
    _prefect_env(args.verbose)
    from rich.console import Console

    console = Console(stderr=False)
    from flows.curate import RunFailed, curate

    _quiet_shutdown()
    try:
        summary = curate(
            raw=str(args.raw),
            curated=str(args.curated),
            batch_size=args.batch_size,
            full_refresh=args.full_refresh,
            max_input_mb=args.max_input_mb,
            extract_timeout_s=args.extract_timeout,
            extract_workers=args.workers,
        )
    except RunFailed as exc:
        console.print(f"[red]newsclean: run failed:[/red] {exc}", highlight=False)
        return 1
    except Exception as exc:  # one line for the user; --debug re-raises for the traceback
        if args.debug:
            raise
        console.print(f"[red]newsclean: error:[/red] {type(exc).__name__}: {exc}", highlight=False)
        return 2
    from newsclean.report import print_summary

    print_summary(console, summary, Path(args.curated))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the flow as a deployment on a Prefect server: scheduled and manual runs."""
    _prefect_env(verbose=True)
    if not os.environ.get("PREFECT_API_URL"):
        print(
            "newsclean: error: serve needs a Prefect server: run `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api",
            file=sys.stderr,
        )
        return 2
    from flows.curate import curate

    curate.serve(
        name=args.name,
        cron=args.cron,
        parameters={"raw": str(args.raw.resolve()), "curated": str(args.curated.resolve()), "batch_size": args.batch_size},
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from newsclean.evaluate import main as eval_main

    return eval_main(args)


def cmd_crashtest(args: argparse.Namespace) -> int:
    _prefect_env(verbose=False)
    from newsclean.crashtest import main as crash_main

    return crash_main(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from newsclean.bench import main as bench_main

    return bench_main(args)


def cmd_train_model(args: argparse.Namespace) -> int:
    from newsclean.train_model import main as train_main

    return train_main(args)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsclean", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="curate raw/ into curated/ (a manual trigger of the `curate` flow)")
    run.add_argument("--raw", type=Path, default=Path(os.environ.get("NEWSCLEAN_RAW", "raw")))
    run.add_argument("--curated", type=Path, default=Path(os.environ.get("NEWSCLEAN_CURATED", "curated")))
    run.add_argument("--batch-size", type=int, default=500, help="documents per task run (default 500)")
    run.add_argument("--full-refresh", action="store_true", help="ignore state and rebuild every dataset")
    run.add_argument("--max-input-mb", type=float, help="quarantine inputs larger than this (default 20)")
    run.add_argument("--extract-timeout", type=float, help="seconds per HTML page before it is quarantined (default 30)")
    run.add_argument("--workers", type=int, help="HTML extraction worker processes (default 1)")
    run.add_argument("--verbose", action="store_true", help="show Prefect's task-run logs")
    run.add_argument("--debug", action="store_true", help="show tracebacks")
    run.set_defaults(func=cmd_run)

    serve = sub.add_parser("serve", help="serve the flow on a Prefect server with a cron schedule")
    serve.add_argument("--raw", type=Path, default=Path(os.environ.get("NEWSCLEAN_RAW", "raw")))
    serve.add_argument("--curated", type=Path, default=Path(os.environ.get("NEWSCLEAN_CURATED", "curated")))
    serve.add_argument("--batch-size", type=int, default=500)
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    serve.add_argument("--cron", default="0 2 * * *", help="cron schedule, server time zone (default: daily 02:00)")
    serve.set_defaults(func=cmd_serve)

    ev = sub.add_parser("eval", help="score cleaning (and dedup) against the labelled sets")
    ev.add_argument("--data", type=Path, default=Path("tests/data"), help="folder holding the labelled sets")
    ev.add_argument("--set", choices=["all", "aeb", *TEXTSETS, "syndication", "clean-text"], default="all")
    ev.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ev.add_argument("--show", type=int, default=0, help="print the N worst pages/cases")
    ev.add_argument("--sweep", action="store_true", help="also sweep the dedup parameters on the syndication set")
    ev.set_defaults(func=cmd_eval)

    crash = sub.add_parser("crashtest", help="kill -9 real runs at random moments and check curated/ stays consistent")
    crash.add_argument("--points", type=int, default=20)
    crash.add_argument("--seed", type=int, default=1)
    crash.add_argument("--data", type=Path, default=Path("tests/data"))
    crash.add_argument("--keep", action="store_true", help="keep the scratch folder")
    crash.set_defaults(func=cmd_crashtest)

    bench = sub.add_parser("bench", help="measure stage throughput on synthetic data")
    bench.add_argument("--docs", type=int, default=100_000, help="documents for the dedup benchmark")
    bench.set_defaults(func=cmd_bench)
    tm = sub.add_parser("train-model", help="fit the clean stage's line model and headline chooser on the labelled dev sets")
    tm.add_argument("--data", default=str(Path(__file__).resolve().parent.parent / "tests" / "data"), help="labelled data folder (default: tests/data)")
    tm.add_argument("--out", default=None, help="where to write the model (default: newsclean/rules/line_model.npz)")
    tm.add_argument("--cv", action="store_true", help="leave-one-set-out figures instead of writing the model")
    tm.add_argument("--cache", default=None, help="with --cv: keep the left-out models (one per set) in this folder and reuse them while the data, rules and features are unchanged (decision settings may change)")
    tm.add_argument("--set", action="append", metavar="KEY=VALUE", help="with --cv: try a [line_model] decision setting (threshold, alone, ...) without editing the rules file; repeatable")
    tm.add_argument("--line-cv", action="store_true", help="line-level cross-validation of the fitting settings (first-stage C, the trees) over folds of sets; no cleaning, no model written")
    tm.add_argument("--folds", type=int, help="with --line-cv: folds of sets (default 9)")
    tm.add_argument("--c", type=float, action="append", help="with --line-cv: a first-stage C to try (default the trained one); repeatable")
    tm.add_argument("--trees", action="append", metavar="JSON", help="with --line-cv: tree settings over the trained ones, e.g. '{\"max_iter\": 300}'; repeatable")
    tm.set_defaults(func=cmd_train_model)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        for flag, value, low in (("--batch-size", args.batch_size, 1), ("--workers", args.workers, 1), ("--max-input-mb", args.max_input_mb, 0.001), ("--extract-timeout", args.extract_timeout, 0.1)):
            if value is not None and value < low:
                print(f"newsclean: error: {flag} must be >= {low}", file=sys.stderr)
                return 2
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
