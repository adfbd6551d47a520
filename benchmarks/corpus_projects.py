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
    (``owner/name``) and ``version`` is a tag; read from ``$MASON_CORPUS_MIRRORS/owner+name/repo``
    when that exists, else cloned from GitHub."""


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
)
