"""Test-wide settings. Prefect reads its settings at import, so they are set before anything
imports it; its state goes to a project-local folder, never the user's ~/.prefect."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect" / "test"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_SERVER_LEVEL", "CRITICAL")
Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return DATA / "seeds"
