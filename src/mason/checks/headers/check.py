# @file check.py
# @path src/mason/checks/headers/check.py
# @version 0.1.0
"""The ``headers`` check: every file that can carry a header has a correct one.

This module only declares the check; its work is in ``run.py``, loaded when a unit runs.
"""

from mason.checks.headers.rules import RULES
from mason.checks.headers.settings import HeadersConfig
from mason.domain.check import Check
from mason.domain.inputs import EVERY_FILE, Inputs
from mason.domain.unit import Unit
from mason.domain.unit_context import UnitContext
from mason.domain.unit_outcome import UnitOutcome


def run_headers(ctx: UnitContext) -> UnitOutcome:
    """Judge the header of every covered file."""
    from mason.checks.headers import run

    return run.run_headers(ctx)


CHECK = Check(
    name="headers",
    settings=HeadersConfig,
    title="a header on every file: name, path, version, description",
    tools="mason",
    rules=RULES,
    units=(
        Unit(
            name="headers",
            inputs=Inputs(files=EVERY_FILE, facts=("version", "package", "source_root")),
            run=run_headers,
            cost=5,
            subjects=EVERY_FILE,
        ),
    ),
)
