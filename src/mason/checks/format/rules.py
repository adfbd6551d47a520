# @file rules.py
# @path src/mason/checks/format/rules.py
# @version 0.1.0
"""The format check's one rule."""

from mason.domain.rule import Rule

FMT001 = Rule(
    id="FMT001",
    tool="ruff format",
    check="format",
    title="File is not formatted by ruff format",
    rationale="One formatter, no style debates in review; seed 004 PY-RUFF.",
    seed="004 (PY-RUFF), 003",
    fix="Run `ruff format` (or `.venv/bin/ruff format .`).",
)

RULES = (FMT001,)
