# @file mason_no_report_files.py
# @path src/mason/adapters/tools/pytest_plugin/mason_no_report_files.py
# @version 0.1.0
"""A pytest plugin mason loads into the project's test run: coverage writes no report files.

A project's own ``addopts`` may ask pytest-cov for reports (``--cov-report xml:coverage.xml``,
``html``, ``lcov``...). mason reads coverage's data itself, so those files would only be left
in the user's tree. This plugin drops every pytest-cov report from the options pytest parsed,
before pytest-cov reads them; every other option of the project's stays as the project set it,
so the run is the project's own. It runs in the project's interpreter (any Python pytest
supports: annotations are never evaluated), imports nothing of mason's, and is loaded with
``-p mason_no_report_files`` from this folder, which holds nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Generator


@pytest.hookimpl(hookwrapper=True)
def pytest_load_initial_conftests(
    early_config: pytest.Config, parser: pytest.Parser, args: list[str]
) -> Generator[None]:
    """Empty pytest-cov's report choices before its own hook of this name reads them."""
    del parser, args
    namespace = early_config.known_args_namespace
    reports: object = getattr(namespace, "cov_report", None)
    if isinstance(reports, dict):
        reports.clear()
        reports[""] = None  # pytest-cov's own spelling of --cov-report= (no report)
    yield
