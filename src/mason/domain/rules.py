# @file rules.py
# @path src/mason/domain/rules.py
# @version 0.1.0
"""Every rule mason reports: id, check, title, rationale, seed and fix.

``mason explain RULE`` prints these, SARIF lists them, ``docs/rules.md`` is generated from them
(a test keeps it in step). Findings of ruff, mypy and pyright keep the tools' own codes inside
the rules below (``LNT`` carries ruff's code as its rule id; ``TYP010``/``TYP011`` name mypy's
and pyright's codes in the message), so nothing the tools already document is written twice.
"""

from collections.abc import Mapping

from mason.domain.rule import Rule
from mason.domain.severity import Severity

_RULES: tuple[Rule, ...] = (
    # --- format ----------------------------------------------------------------------------
    Rule(
        id="FMT001",
        check="format",
        title="File is not formatted by ruff format",
        rationale="One formatter, no style debates in review; seed 004 PY-RUFF.",
        seed="004 (PY-RUFF), 003",
        fix="Run `ruff format` (or `.venv/bin/ruff format .`).",
    ),
    # --- typing ----------------------------------------------------------------------------
    Rule(
        id="TYP001",
        check="typing",
        title="mypy is not configured with strict = true",
        rationale="Strict mode is the floor the standard sets: every function typed, no implicit "
        "Any; seeds 003 and 004 ask for zero mypy errors in strict mode.",
        seed="003, 004 (PY-MYPY)",
        fix="Add `strict = true` to [tool.mypy] in pyproject.toml.",
    ),
    Rule(
        id="TYP002",
        check="typing",
        title='pyright is not configured with typeCheckingMode = "strict"',
        rationale="pyright strict catches unknown types mypy lets through; seed 003 asks for both "
        "with zero errors.",
        seed="003",
        fix='Add `typeCheckingMode = "strict"` to [tool.pyright] in pyproject.toml.',
    ),
    Rule(
        id="TYP003",
        check="typing",
        title="A mypy setting weakens strict mode",
        rationale="`ignore_errors`, `disallow_untyped_defs = false`, a blanket "
        "`ignore_missing_imports` and similar overrides switch strictness off where it matters.",
        seed="003, 004",
        fix="Remove the override; for a module without types, add a stub or a narrow "
        "per-module override with a comment saying why.",
    ),
    Rule(
        id="TYP004",
        check="typing",
        title="A pyright rule is switched off",
        rationale='Setting a `report*` rule to "none", "information" or false hides a class of '
        "errors from strict mode.",
        seed="003",
        fix="Remove the setting, or restrict it to the files that need it with a comment.",
    ),
    Rule(
        id="TYP010",
        check="typing",
        title="mypy reports an error",
        rationale="The code does not type-check under mypy's strict mode.",
        seed="003, 004 (PY-MYPY)",
        fix="Fix the error mypy names (its code is in brackets; `mypy --help` or the mypy docs "
        "explain each).",
    ),
    Rule(
        id="TYP011",
        check="typing",
        title="pyright reports an error",
        rationale="The code does not type-check under pyright's strict mode.",
        seed="003",
        fix="Fix the error pyright names (its rule is in brackets).",
    ),
    Rule(
        id="TYP020",
        check="typing",
        title="Any in a function signature",
        rationale="`Any` switches type checking off for every caller; seed 003 bans it and seed "
        "000's typed-atoms doctrine asks for precise types instead.",
        seed="000, 003",
        fix="Use a precise type, a Protocol, a TypeVar/PEP 695 parameter or `object`.",
        severity=Severity.WARNING,
    ),
    Rule(
        id="TYP021",
        check="typing",
        title="type: ignore without an error code and a reason",
        rationale="A bare ignore hides every present and future error on the line.",
        seed="003",
        fix="Fix the error, or write `# type: ignore[code] # why it is safe`.",
        severity=Severity.WARNING,
    ),
    Rule(
        id="TYP022",
        check="typing",
        title="cast() without a justification comment",
        rationale="cast() tells the type checker to trust you; the reader needs to know why.",
        seed="003",
        fix="Narrow with isinstance or a TypeGuard, or add a comment on the line saying why "
        "the cast is true.",
        severity=Severity.WARNING,
    ),
    Rule(
        id="TYP023",
        check="typing",
        title="pyright: ignore comment",
        rationale="Like a bare type: ignore, it silences pyright on the line.",
        seed="003",
        fix="Fix the error pyright reports instead of silencing it.",
        severity=Severity.WARNING,
    ),
    Rule(
        id="TYP030",
        check="typing",
        title="More escape hatches than the budget allows",
        rationale="Escape hatches (TYP020-TYP023) are counted; the budget "
        "([tool.mason.typing].escape_budget, default 0) keeps them from growing.",
        seed="003",
        fix="Remove escape hatches, or raise the budget deliberately in pyproject.toml.",
    ),
    Rule(
        id="TYP031",
        check="typing",
        title="Escape hatches grew since the baseline",
        rationale="A baseline accepts today's escape hatches; the count may only go down.",
        seed="003",
        fix="Remove the new escape hatches (the typing check lists each one).",
    ),
    # --- layers ----------------------------------------------------------------------------
    Rule(
        id="LAY001",
        check="layers",
        title="An import breaks an import-linter contract",
        rationale="Dependencies point one way only; an import against the direction couples a "
        "lower layer to a higher one (seeds 000, 001, 002).",
        seed="000, 001, 002",
        fix="Move the code to the right layer, invert the dependency with a Protocol in the "
        "lower layer, or (if the contract is wrong) change the contract.",
    ),
    Rule(
        id="LAY002",
        check="layers",
        title="A module is not assigned to any layer",
        rationale="An exhaustive layers contract lists every module; a new one must be placed.",
        seed="002",
        fix="Add the module to the contract's layers (or to exhaustive_ignores).",
    ),
    Rule(
        id="LAY003",
        check="layers",
        title="The project declares no import contracts",
        rationale="Without a contract nothing stops layers from tangling; seed 002 makes the "
        "import-linter contract mandatory.",
        seed="002",
        fix="Add [tool.importlinter] contracts, or set [tool.mason].layout so mason derives them "
        "(`mason upgrade --adopt` writes them for you).",
        severity=Severity.WARNING,
    ),
    # --- headers ---------------------------------------------------------------------------
    Rule(
        id="HDR001",
        check="headers",
        title="File has no header",
        rationale="Every file starts with a header naming it, its path, its version and its "
        "purpose (seed 004 HDR-REQUIRED, HDR-FORMAT).",
        seed="004 (HDR-REQUIRED, HDR-FORMAT)",
        fix="Run `mason audit --fix` to write @file, @path and @version; add the description "
        "(for Python: the module docstring). Format: docs/headers.md.",
    ),
    Rule(
        id="HDR002",
        check="headers",
        title="Header has no description",
        rationale="A reader should know what a file is for before reading it (HDR-DESCRIPTION).",
        seed="004 (HDR-DESCRIPTION)",
        fix="Add a module docstring (Python) or a `@description` line.",
    ),
    Rule(
        id="HDR003",
        check="headers",
        title="Header file name is missing or stale",
        rationale="A header that names another file misleads (HDR-FILENAME).",
        seed="004 (HDR-FILENAME)",
        fix="Run `mason audit --fix`.",
    ),
    Rule(
        id="HDR004",
        check="headers",
        title="Header path is missing or stale",
        rationale="The path says where a file belongs; after a move it must follow (HDR-FILEPATH).",
        seed="004 (HDR-FILEPATH)",
        fix="Run `mason audit --fix`.",
    ),
    Rule(
        id="HDR005",
        check="headers",
        title="Header version is missing or behind the project's version",
        rationale="The version says which release a file belongs to (HDR-VERSION).",
        seed="004 (HDR-VERSION)",
        fix="Run `mason audit --fix` after bumping [project].version.",
    ),
    Rule(
        id="SRC001",
        check="headers",
        title="File is not UTF-8",
        rationale="Tools and people read source as UTF-8; other encodings break silently.",
        seed="004",
        fix="Convert the file to UTF-8.",
    ),
    Rule(
        id="SRC003",
        check="headers",
        title="File is too large to check",
        rationale="Files over 2 MB are data, not source; mason does not read them.",
        seed="004",
        fix="Move data out of the source tree, or exclude it with [tool.mason].exclude.",
        severity=Severity.WARNING,
    ),
    # --- coverage --------------------------------------------------------------------------
    Rule(
        id="COV001",
        check="coverage",
        title="Total coverage is below the gate",
        rationale="Seed 004: below 70 % statement coverage is a failure in CI.",
        seed="004 (coverage policy)",
        fix="Write tests for the uncovered lines `coverage report -m` lists.",
    ),
    Rule(
        id="COV002",
        check="coverage",
        title="Total coverage is below the target",
        rationale="Seed 004: 80 % is the desired level; below it mason warns.",
        seed="004 (coverage policy)",
        fix="Raise coverage towards [tool.mason.coverage].target.",
        severity=Severity.WARNING,
    ),
    Rule(
        id="COV003",
        check="coverage",
        title="A layer's coverage is below its gate",
        rationale="Core layers deserve a higher bar than glue ([tool.mason.coverage].layers).",
        seed="004",
        fix="Test the layer's uncovered lines.",
    ),
    Rule(
        id="COV004",
        check="coverage",
        title="Tests fail",
        rationale="Coverage from a failing suite measures nothing; the suite must pass.",
        seed="004 (PY-PYTEST)",
        fix="Run pytest and fix the failing tests.",
    ),
    Rule(
        id="COV005",
        check="coverage",
        title="Coverage fell since the baseline",
        rationale="A baseline records coverage; it may rise, never fall (a ratchet).",
        seed="004 (coverage policy)",
        fix="Test the code that lost coverage, or rewrite the baseline deliberately.",
    ),
    # --- structure -------------------------------------------------------------------------
    Rule(
        id="STR001",
        check="structure",
        title="Code is not in a src/ layout",
        rationale="A src/ layout keeps tests honest: they import the installed package, not the "
        "working directory (seed 004 PY-PACKAGE-LAYOUT).",
        seed="004 (PY-PACKAGE-LAYOUT)",
        fix="Move the package into src/<package>/ and point the build backend at it.",
    ),
    Rule(
        id="STR002",
        check="structure",
        title="Tool configuration outside pyproject.toml",
        rationale="One file configures every tool (seed 004 PY-CONFIG); a stray mypy.ini, "
        "setup.cfg section, .coveragerc, pytest.ini, .flake8 or ruff.toml is easy to miss.",
        seed="004 (PY-CONFIG)",
        fix="Move the settings into the matching [tool.*] table of pyproject.toml and delete "
        "the file.",
    ),
    Rule(
        id="STR003",
        check="structure",
        title="No uv.lock",
        rationale="Pinned, hashed dependencies make builds reproducible (seed 004 PY-LOCKFILE).",
        seed="004 (PY-LOCKFILE)",
        fix="Run `uv lock` and commit uv.lock.",
    ),
    Rule(
        id="STR004",
        check="structure",
        title="uv.lock is out of date with pyproject.toml",
        rationale="A stale lock installs something other than what pyproject.toml asks for.",
        seed="004 (PY-LOCKFILE)",
        fix="Run `uv lock` and commit the result.",
    ),
    Rule(
        id="STR005",
        check="structure",
        title="A required project file is missing",
        rationale="Every project has README.md, LICENSE, .gitignore, tests/ and "
        ".pre-commit-config.yaml (seed 004 common requirements, PY-PRECOMMIT).",
        seed="004",
        fix="Add the file; `mason upgrade --adopt` adds the standard ones without overwriting.",
    ),
    Rule(
        id="STR006",
        check="structure",
        title="A ruff rule of the standard is not enabled",
        rationale="Where ruff already checks part of the standard (X | Y unions, no imports in "
        "functions, no print, no bare except, no mutable defaults, docstrings, no blanket "
        "type: ignore, no Any), mason checks the rule is on instead of re-implementing it.",
        seed="000, 003, 004",
        fix='Select it in [tool.ruff.lint] (`select = ["ALL"]` covers every one) and remove it '
        "from ignore.",
    ),
    # --- design ----------------------------------------------------------------------------
    Rule(
        id="DES001",
        check="design",
        title="More than three classes in one file",
        rationale="Seed 004 GEN-ONE-CLASS: a mandatory upper limit of three classes per file "
        "(an exception family counts as one concept and is exempt).",
        seed="004 (GEN-ONE-CLASS)",
        fix="Move classes into their own files.",
    ),
    Rule(
        id="DES002",
        check="design",
        title="More than one public class in one file",
        rationale="Seed 004 GEN-ONE-CLASS: aim for one public class per file.",
        seed="004 (GEN-ONE-CLASS)",
        fix="Move the other public classes into their own files, or make helpers private (_).",
        severity=Severity.WARNING,
    ),
    Rule(
        id="DES003",
        check="design",
        title="abc.ABC or ABCMeta base class",
        rationale="Seed 000: interfaces are structural (typing.Protocol); nominal abstract base "
        "classes couple implementations to the interface's module.",
        seed="000 (Protocol-first)",
        fix="Define a typing.Protocol; implementations need not inherit from it.",
    ),
    Rule(
        id="DES004",
        check="design",
        title="Pydantic model in a pure layer is not frozen",
        rationale="Seed 000: immutability by default; a mutable model in the core invites "
        "hidden state changes.",
        seed="000 (Immutability by default)",
        fix="Set `model_config = ConfigDict(frozen=True)` (or `class M(BaseModel, frozen=True)`).",
    ),
    Rule(
        id="DES005",
        check="design",
        title="Dataclass in a pure layer is not frozen",
        rationale="Seed 000: immutability by default.",
        seed="000 (Immutability by default)",
        fix="Use `@dataclass(frozen=True)`.",
    ),
    Rule(
        id="SRC002",
        check="design",
        title="File does not parse",
        rationale="A file with a syntax error cannot be checked, imported or tested.",
        seed="004",
        fix="Fix the syntax error at the reported line.",
    ),
)

RULES: Mapping[str, Rule] = {rule.id: rule for rule in _RULES}


def rule_for(rule_id: str) -> Rule | None:
    """Return the rule with ``rule_id`` (case-insensitive), if mason defines one."""
    return RULES.get(rule_id.upper())
