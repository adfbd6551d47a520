# @file test_declared_inputs.py
# @path tests/integration/test_declared_inputs.py
# @version 0.1.0
"""Every unit of every check reads only what it declares: files, facts and [tool.mason] keys.

A unit's cache key is derived from its ``Inputs``; a read outside them would serve a stale
result when that input changes, with no error (issue 21 found one: a check's setting raised,
its cached finding stayed). The view refuses such reads; here every unit of mason's checks and
of a plugin-shaped check with settings runs on a real project, with findings planted so that
every path of the checks is taken, and none may be refused.
"""

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from mason.adapters.cache_store import CacheStore
from mason.adapters.file_listing import list_files
from mason.adapters.pyproject import read_pyproject
from mason.adapters.tools.environment import environment
from mason.adapters.tools.toolbox import Toolbox
from mason.api import PYTHON, Check, Inputs, Rule, Unit, UnitContext, UnitOutcome
from mason.checks.builtin import BUILTIN_CHECKS
from mason.checks.facts import derive_facts
from mason.domain.config import parse_mason_config
from mason.domain.project import Project
from mason.domain.registry import Registry
from mason.domain.toml import table_at
from mason.services.audit.context import AuditContext
from mason.services.audit.runner import run_unit
from tests.support import insert_after_docstring

pytestmark = pytest.mark.slow


class LengthSettings(BaseModel):
    """``[tool.mason.length]``: how long a module may be."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_lines: int = 400


LEN001 = Rule(
    id="LEN001", check="length", title="A long module", rationale="r", seed="s", fix="Split it."
)


def _length(ctx: UnitContext) -> UnitOutcome:
    limit = ctx.config.settings(LengthSettings).max_lines
    findings = [
        LEN001.finding(f"{len(text.splitlines())} lines", path=path)
        for path in ctx.python_files
        if isinstance(text := ctx.text(path), str) and len(text.splitlines()) > limit
    ]
    return UnitOutcome.counted(findings, "length")


LENGTH = Check(
    name="length",
    title="modules of a readable length",
    tools="mason-length",
    rules=(LEN001,),
    units=(Unit(name="length", inputs=Inputs(files=PYTHON), run=_length, subjects=PYTHON),),
    settings=LengthSettings,
    origin="mason-length",
)


def test_no_unit_reads_an_input_it_does_not_declare(project: Path) -> None:
    package = project / "src" / "demo_cli"
    insert_after_docstring(package / "cli.py", "import os\n")
    (package / "loose.py").write_text('"""No header."""\nx: int = "text"\n', encoding="utf-8")
    known = Registry((*BUILTIN_CHECKS, LENGTH))
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    (project / "pyproject.toml").write_text(
        pyproject + "\n[tool.mason.length]\nmax_lines = 5\n", encoding="utf-8"
    )
    document = read_pyproject(project / "pyproject.toml")
    config = parse_mason_config(
        table_at(document, "tool", "mason"), project / "pyproject.toml", known.settings
    )
    loaded = Project(
        root=project, pyproject_path=project / "pyproject.toml", pyproject=document, config=config
    )
    files = list_files(project)
    facts = derive_facts(project, document, config, files)
    tools = Toolbox(
        project, environment(project), source_root=facts.source_path, excludes=(), timeout=600
    )
    refused: list[str] = []
    for focus in (None, ("src/demo_cli/loose.py",)):  # the whole project, and --files on one
        ctx = AuditContext(
            loaded, facts, files, tools, CacheStore(project, enabled=False), focus=focus
        )
        for check in known.checks:
            for unit in check.units:
                outcome = run_unit(ctx, check, unit, known).outcome
                if outcome.error and "internal error" in outcome.error:
                    refused.append(outcome.error)
                if check is LENGTH and focus is None:
                    assert outcome.findings, "the plugin-shaped check read its own setting"
    assert refused == []
