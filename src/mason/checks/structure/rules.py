# @file rules.py
# @path src/mason/checks/structure/rules.py
# @version 0.1.0
"""The rules of the structure check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

STR001 = Rule(
    id="STR001",
    check="structure",
    title="Code is not in a src/ layout",
    rationale="A src/ layout keeps tests honest: they import the installed package, not the "
    "working directory (seed 004 PY-PACKAGE-LAYOUT).",
    seed="004 (PY-PACKAGE-LAYOUT)",
    fix="Move the package into src/<package>/ and point the build backend at it.",
)

STR002 = Rule(
    id="STR002",
    check="structure",
    title="Tool configuration outside pyproject.toml",
    rationale="One file configures every tool (seed 004 PY-CONFIG); a stray mypy.ini, "
    "setup.cfg section, .coveragerc, pytest.ini, .flake8 or ruff.toml is easy to miss.",
    seed="004 (PY-CONFIG)",
    fix="Move the settings into the matching [tool.*] table of pyproject.toml and delete the file.",
)

STR003 = Rule(
    id="STR003",
    check="structure",
    title="No uv.lock",
    rationale="Pinned, hashed dependencies make builds reproducible (seed 004 PY-LOCKFILE).",
    seed="004 (PY-LOCKFILE)",
    fix="Run `uv lock` and commit uv.lock.",
)

STR004 = Rule(
    id="STR004",
    tool="uv",
    check="structure",
    title="uv.lock is out of date with pyproject.toml",
    rationale="A stale lock installs something other than what pyproject.toml asks for.",
    seed="004 (PY-LOCKFILE)",
    fix="Run `uv lock` and commit the result.",
)

STR005 = Rule(
    id="STR005",
    check="structure",
    title="A required project file is missing",
    rationale="Every project has README.md, LICENSE, .gitignore, tests/ and "
    ".pre-commit-config.yaml (seed 004 common requirements, PY-PRECOMMIT).",
    seed="004",
    fix="Add the file; `mason upgrade --adopt` adds the standard ones without overwriting.",
)

STR006 = Rule(
    id="STR006",
    check="structure",
    title="A ruff rule of the standard is not enabled",
    rationale="Where ruff already checks part of the standard (X | Y unions and PEP 695, no "
    "imports in functions, no print, no bare except, no mutable defaults, docstrings, no "
    "blanket type: ignore, no Any, bandit's medium and high checks and hard-coded secrets, "
    "timezone-aware datetimes, pathlib, no blocking calls in async code, PEP 8 names, "
    "unformatted log messages, sorted imports, complexity, long parameter lists, commented-out "
    "code), mason checks the rule is on instead of re-implementing it: one finding per "
    'requirement, naming its rules. Stable rules only, so `select = ["ALL"]` covers them.',
    seed="000, 001, 002, 003, 004",
    fix='Select it in [tool.ruff.lint] (`select = ["ALL"]` covers every one) and remove it '
    "from ignore.",
)

STR007 = Rule(
    id="STR007",
    check="structure",
    title="No pyproject.toml",
    rationale="pyproject.toml is where a Python project declares itself, its build and every "
    "tool's settings (PEP 517, 518, 621; seed 004 PY-CONFIG); setup.py and setup.cfg alone "
    "leave the tools to guess.",
    seed="004 (PY-CONFIG)",
    fix="`mason upgrade --adopt` writes one from what the project already declares; or move "
    "the metadata of setup.py/setup.cfg into [project] by hand.",
)

STR008 = Rule(
    id="STR008",
    check="structure",
    title="The project's template is behind this mason's",
    rationale="A mason-made project records the template version it was made from; when mason "
    "has a newer one, the project misses the standard's newer files and settings (seed 000: one "
    "standard for every repository). A warning, so a mason release does not break every build; "
    "`mason upgrade --check` is the gate for teams that want one.",
    seed="000",
    fix="Run `mason upgrade` on a clean working tree: a three-way merge that keeps every line "
    "you wrote; review with `git diff` (`mason upgrade --pretend` shows it first).",
    severity=Severity.WARNING,
)

STR009 = Rule(
    id="STR009",
    check="structure",
    title="A file the layout requires is missing from a project mason made",
    rationale="`mason new` renders each file a seed asks for: docs/architecture.md (seed 002) "
    "and m2m/README.md (seed 004), .envrc and setup.sh (seed 003), a CI workflow (seeds 002, "
    "003, 004), .env.example where the project reads settings (seeds 002, 004), py.typed in a "
    "library (PEP 561). A project that records its template (.copier-answers.yml) and lost one "
    "has left the standard it was made with.",
    seed="002 (project structure), 003, 004 (4.3 common requirements)",
    fix="Restore the file (`git log --diff-filter=D -- PATH` finds when it went), or render it "
    "again with `mason upgrade`; a CI elsewhere than GitHub counts too (.gitlab-ci.yml, ...).",
    scope="file",
)

STR010 = Rule(
    id="STR010",
    check="structure",
    title="CI does not audit the dependencies for known vulnerabilities",
    rationale="Seeds 003 and 004 ask CI to audit the locked dependencies (pip-audit, uv "
    "audit, safety, trivy). The lookup needs a vulnerability database that changes every day, "
    "so it belongs in CI, not in `mason audit` (whose results are cached by the project's "
    "content); mason checks that a workflow runs one, directly, through an action, or through "
    "a task runner (nox, tox, make, just, pre-commit, hatch) whose file does.",
    seed="003 (CI: security audit), 004 (dependency scanning)",
    fix="Add a job that runs `uv export --frozen --no-hashes --format requirements-txt | uvx "
    "pip-audit --disable-pip --no-deps -r /dev/stdin` (the workflow `mason new` renders has "
    "one), or an action such as pypa/gh-action-pip-audit.",
)

STR011 = Rule(
    id="STR011",
    check="structure",
    title="A dependency has no version constraint",
    rationale="Seed 002: every dependency is declared with a version constraint, so an "
    "incompatible major release is a decision, not a surprise at the next `uv lock`. A "
    "direct URL or a git, path or workspace source in [tool.uv.sources] fixes what is "
    "installed and counts as a constraint. A warning: the lock still pins what CI installs.",
    seed="002 (dependency management)",
    fix='Give it the range you test with (`"requests>=2.32,<3"`); `uv add NAME` writes one.',
    severity=Severity.WARNING,
)

STR012 = Rule(
    id="STR012",
    check="structure",
    title="pre-commit does not run ruff check and ruff format",
    rationale="Seed 004 (PY-PRECOMMIT): the checks run before every commit, with ruff for lint "
    "and format. A hook counts when its id is ruff's (`ruff`, `ruff-check`, `ruff-format`), "
    "its entry runs `ruff check`/`ruff format`, or it is mason's `mason-files` hook, which "
    "runs both.",
    seed="004 (PY-PRECOMMIT)",
    fix="Add the hooks the generated .pre-commit-config.yaml has (ruff-check and ruff-format "
    "from the project's .venv), or astral-sh/ruff-pre-commit's `ruff-check` and `ruff-format`.",
)

STR013 = Rule(
    id="STR013",
    check="structure",
    title="A compose file declares a top-level version",
    rationale="Seed 004 (8.2, mandatory): compose files never declare `version:`. The Compose "
    "Specification dropped it; Docker Compose ignores it with a warning, and a reader takes it "
    "for a schema the file follows.",
    seed="004 (8.2 Compose files)",
    fix="Delete the `version:` line; keep local tweaks in compose-dev.yml.",
)

STR014 = Rule(
    id="STR014",
    check="structure",
    title="A copy of a module sits next to it",
    rationale="Seed 003: fix in place; no duplicate files like module_fixed.py or module_new.py. "
    "A copy named _fixed, _new, _old, _copy, _backup, _bak or _orig beside the module it copies, "
    "and editor or merge leftovers (x.py.orig, x.py.bak, x.py~), are two versions of one thing "
    "that drift apart.",
    seed="003 (fix in place)",
    fix="Keep the version you want under the module's name and delete the other; git keeps the "
    "history.",
    severity=Severity.WARNING,
    scope="file",
)

STR015 = Rule(
    id="STR015",
    check="structure",
    title="A file the standard's layouts have is missing",
    rationale="The same files as STR009 (docs/architecture.md, m2m/README.md, .envrc, setup.sh, "
    "a CI workflow, .env.example where settings are read, py.typed in a library), for a "
    "project mason did not make: a warning until it is adopted.",
    seed="002 (project structure), 003, 004 (4.3 common requirements)",
    fix="`mason upgrade --adopt` adds the standard's files it lacks without touching any other "
    "(.env.example, which names the project's own settings, is the team's to write).",
    severity=Severity.WARNING,
    scope="file",
)

RULES = (
    STR001,
    STR002,
    STR003,
    STR004,
    STR005,
    STR006,
    STR007,
    STR008,
    STR009,
    STR010,
    STR011,
    STR012,
    STR013,
    STR014,
    STR015,
)
