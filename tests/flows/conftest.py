from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for all flow tests (it takes 10-25 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
