# @file corpus_projects.py
# @path benchmarks/corpus_projects.py
# @version 0.1.0
"""The public projects ``benchmarks/corpus.py`` tries mason on, each pinned, each a shape."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CorpusProject:
    """One public project at a pinned version, and what kind of project it is."""

    name: str
    version: str
    shape: str
    git: str | None = None
    """For a project whose source distribution lacks its configuration: the repository
    (``owner/name``) and ``version`` is a tag or commit; read from
    ``$MASON_CORPUS_MIRRORS/owner+name/repo`` when that exists, else cloned from GitHub."""
    subdir: str = ""
    """Where the Python project lies in the repository (a monorepo's or workspace's member);
    mason runs there, and nothing outside it may change."""


CORPUS: tuple[CorpusProject, ...] = (
    CorpusProject("attrs", "25.3.0", "library, src/ layout, hatch, two packages, tox"),
    CorpusProject("structlog", "25.4.0", "library, src/ layout, hatch, typed, many tool tables"),
    CorpusProject("click", "8.1.8", "CLI library, src/ layout, flit, pinned requirements/"),
    CorpusProject("itsdangerous", "2.2.0", "library, flit, pins an old ruff and mypy"),
    CorpusProject("cachetools", "5.5.2", "library, setuptools with setup.cfg, src/ layout"),
    CorpusProject("requests", "2.32.3", "library, setup.py + setup.cfg, old-style tooling"),
    CorpusProject("httpie", "3.2.4", "CLI application, flat layout, setup.cfg only"),
    CorpusProject("sqlite-utils", "3.38", "application (CLI + library), flat, no pyproject"),
    CorpusProject("fastapi-users", "14.0.1", "FastAPI library, flat layout, hatch"),
    CorpusProject("rich", "13.9.4", "library, poetry metadata ([tool.poetry]), no tests shipped"),
    CorpusProject("six", "1.17.0", "one module, flat, setup.py, Python 2 era"),
    CorpusProject("toolz", "1.0.0", "two flat packages, versioneer, setup.py"),
    CorpusProject("black", "25.1.0", "application, src/ layout, hatch, .flake8, many tables"),
    CorpusProject(
        "import-linter",
        "v2.12",
        "layered (import-linter contracts in .importlinter), src/, Python >= 3.10",
        git="seddonym/import-linter",
    ),
    CorpusProject(
        "full-stack-fastapi-template",
        "f459c20a",
        "uv workspace (backend/ member) in a monorepo with a TypeScript frontend/, Docker",
        git="fastapi/full-stack-fastapi-template",
        subdir="backend",
    ),
    CorpusProject("tomlkit", "0.15.3", "library, poetry-core, 773 TOML fixtures under tests/"),
    CorpusProject("tomli", "2.2.1", "library, flit, src/ (its sdist ships no tests)"),
    CorpusProject("markdown-it-py", "3.0.0", "library, flit, scripts/ (its sdist ships no tests)"),
    CorpusProject("markdown", "3.7", "library, setuptools pyproject, 266 test data files"),
    CorpusProject("sqlparse", "0.5.3", "library, hatch, SQL test files under tests/files"),
    CorpusProject(
        "pycodestyle", "2.12.1", "one module, setup.py + setup.cfg (sdist: tests without testing/)"
    ),
    CorpusProject("pyflakes", "3.2.0", "library, setup.py + setup.cfg, no pyproject"),
    CorpusProject("mccabe", "0.7.0", "one module, setup.py only (no tests in the sdist)"),
    CorpusProject("docopt", "0.6.2", "one module, setup.py only, Python 2 era, no tests"),
    CorpusProject(
        "flake8", "7.1.1", "application, setup.cfg metadata, stub setup.py, no pyproject, no tests"
    ),
    CorpusProject(
        "pyupgrade", "3.19.0", "CLI, setup.cfg metadata, stub setup.py, no pyproject, no tests"
    ),
    CorpusProject("jmespath", "1.0.1", "library, setup.py + setup.cfg, JSON compliance data"),
    CorpusProject("python-dotenv", "1.0.1", "library + CLI, setup.py + setup.cfg, src/"),
    CorpusProject("pluggy", "1.5.0", "library, setuptools-scm version, src/, .coveragerc"),
    CorpusProject("packaging", "24.2", "library, flit, src/, test data (ELF files, METADATA)"),
    CorpusProject("iniconfig", "2.0.0", "library, hatch-vcs version, src/ (no tests in the sdist)"),
)
