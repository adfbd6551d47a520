# @file test_results_logging_properties_audit.py
# @path tests/integration/test_results_logging_properties_audit.py
# @version 0.1.0
"""Result discipline, structured logging and property tests on generated projects.

For every layout each rule applies to, the violation is planted in a private copy of the
project `mason new` made and the real ``mason audit`` finds it, at its line: a ``raise`` in a
Result layer (RES001) beside one under the template's barrier (which passes), an ``X | None``
return once RES002 is switched on (the template itself passes with it on), a %-style log call
and a logged password (LOG001, LOG003), a set-up without JSON (LOG002), every Hypothesis test
deleted (PRP001 for each pure layer with code) and a profile of ten examples (PRP002).
"""

from pathlib import Path

import pytest

from mason.domain.layouts import LayoutName
from tests.integration.conftest import ProjectFactory, private_copy
from tests.support import audit, findings, messages, write_tree

pytestmark = pytest.mark.slow

RAISING = '''\
"""Planted: an expected failure raised, and one turned into an Err by the barrier."""

from {package}.decorators.catching import catching


def parse(text: str) -> int:
    """Fail the old way."""
    if not text:
        raise ValueError(text)
    return len(text)


@catching(ValueError)
def parse_safely(text: str) -> int:
    """Fail the railway way: the barrier returns an Err."""
    if not text:
        raise ValueError(text)
    return len(text)
'''

RAISING_CLEAN = '''\
"""Planted: an expected failure raised."""


def parse(text: str) -> int:
    """Fail the old way."""
    if not text:
        raise ValueError(text)
    return len(text)
'''

OPTIONAL = '''\
"""Planted: a failure masked as None."""


def find(key: str) -> str | None:
    """Return nothing when anything goes wrong."""
    return key or None
'''

RESULT_LAYERS: dict[LayoutName, tuple[str, str, int]] = {
    "functional-core": ("ops", RAISING, 9),
    "clean-ddd": ("application", RAISING_CLEAN, 7),
}
"""A Result layer of each layout that has one, what to plant there, and the line it raises on."""

UNSTRUCTURED = '''\
"""Planted: a sentence with %-style values, and a password in the context."""

import logging

logger = logging.getLogger(__name__)


def login(user: str, password: str) -> None:
    """Log the old way."""
    logger.info("User %s failed", user)
    logger.info("login.failed", extra={{"user": user, "password": password}})
'''

LOGGING_MODULES: dict[LayoutName, tuple[str, str]] = {
    "functional-core": ("runtime", "runtime/telemetry.py"),
    "clean-ddd": ("infrastructure", "infrastructure/observability.py"),
    "four-layer": ("infrastructure", "infrastructure/observability.py"),
    "webapp": ("crud", "core/logging_config.py"),
    "cli": ("commands", "logging_config.py"),
}
"""A layer of each layout with an application edge that may log, and its logging module."""

PROPERTY_LAYERS: dict[LayoutName, list[str]] = {
    "functional-core": ["decorators", "domain", "ops"],
    "clean-ddd": ["core", "domain"],
    "four-layer": ["foundation"],
    "webapp": ["schemas"],
    "cli": ["core"],
}
"""The pure layers with code of each layout (functional-core's protocols has only a Protocol)."""

PROFILE = '''\
"""Planted: a profile that runs every property on ten examples."""

from hypothesis import settings

settings.register_profile("quick", max_examples=10)
'''


def _copy(generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName) -> Path:
    return private_copy(generated_project(layout), tmp_path / f"demo-{layout}")


def _package(layout: LayoutName) -> str:
    return f"demo_{layout.replace('-', '_')}"


@pytest.mark.parametrize("layout", list(RESULT_LAYERS))
def test_raises_and_optional_returns_in_result_layers_are_found(
    generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName
) -> None:
    project = _copy(generated_project, tmp_path, layout)
    package = _package(layout)
    layer, planted, line = RESULT_LAYERS[layout]
    raising = f"src/{package}/{layer}/planted_raise.py"
    optional = f"src/{package}/domain/planted_optional.py"
    write_tree(project, {raising: planted.format(package=package), optional: OPTIONAL})
    code, checks = audit(project, "--check", "results")
    assert code == 1
    assert findings(checks["results"]) == [("RES001", raising, line)]
    expected = f"`raise ValueError(text)` in `parse` in Result layer '{layer}'"
    assert messages(checks["results"]) == [f"{expected}: an expected failure is an Err value"]
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(f"{text}\n[tool.mason.results]\noptional_returns = true\n", "utf-8")
    code, checks = audit(project, "--check", "results")
    assert code == 1
    assert sorted(findings(checks["results"])) == [
        ("RES001", raising, line),
        ("RES002", optional, 4),
    ]


def test_the_functional_core_template_passes_with_optional_returns_on(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project = _copy(generated_project, tmp_path, "functional-core")
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(f"{text}\n[tool.mason.results]\noptional_returns = true\n", "utf-8")
    code, checks = audit(project, "--check", "results")
    assert (code, checks["results"].status) == (0, "pass")


def test_four_layer_raises_by_design(generated_project: ProjectFactory, tmp_path: Path) -> None:
    project = _copy(generated_project, tmp_path, "four-layer")
    write_tree(project, {"src/demo_four_layer/foundation/planted.py": RAISING_CLEAN})
    code, checks = audit(project, "--check", "results")
    assert (code, checks["results"].status) == (0, "skipped")


@pytest.mark.parametrize("layout", list(LOGGING_MODULES))
def test_unstructured_logs_secrets_and_a_missing_json_setup_are_found(
    generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName
) -> None:
    project = _copy(generated_project, tmp_path, layout)
    package = _package(layout)
    layer, setup = LOGGING_MODULES[layout]
    planted = f"src/{package}/{layer}/planted_login.py"
    write_tree(project, {planted: UNSTRUCTURED.format()})
    code, checks = audit(project, "--check", "logging")
    assert code == 1
    assert findings(checks["logging"]) == [("LOG001", planted, 10), ("LOG003", planted, 11)]
    module = project / "src" / package / setup
    module.write_text(
        module.read_text(encoding="utf-8").replace(
            "structlog.processors.JSONRenderer(sort_keys=True)", "structlog.dev.ConsoleRenderer()"
        ),
        encoding="utf-8",
    )
    code, checks = audit(project, "--check", "logging")
    assert code == 1
    assert ("LOG002", f"src/{package}/__init__.py", None) in findings(checks["logging"])


def test_a_library_may_log_the_old_way_but_not_its_secrets(
    generated_project: ProjectFactory, tmp_path: Path
) -> None:
    project = _copy(generated_project, tmp_path, "library")
    planted = "src/demo_library/planted_login.py"
    write_tree(project, {planted: UNSTRUCTURED.format()})
    code, checks = audit(project, "--check", "logging")
    assert code == 0  # LOG003 is a warning
    assert findings(checks["logging"]) == [("LOG003", planted, 11)]


@pytest.mark.parametrize("layout", list(PROPERTY_LAYERS))
def test_pure_layers_without_property_tests_are_found(
    generated_project: ProjectFactory, tmp_path: Path, layout: LayoutName
) -> None:
    project = _copy(generated_project, tmp_path, layout)
    code, checks = audit(project, "--check", "properties")
    assert (code, checks["properties"].status) == (0, "pass")
    for test in (project / "tests").glob("test_*.py"):
        if "@given" in test.read_text(encoding="utf-8"):
            test.unlink()
    write_tree(project, {"tests/conftest.py": PROFILE})
    code, checks = audit(project, "--check", "properties")
    assert code == 1
    found = findings(checks["properties"])
    assert [rule for rule, _, _ in found if rule == "PRP002"] == ["PRP002"]
    assert ("PRP002", "tests/conftest.py", 5) in found
    missing = sorted(path for rule, path, _ in found if rule == "PRP001" and path)
    layers = [path.split("/")[2] for path in missing]
    assert layers == PROPERTY_LAYERS[layout]
    said = " ".join(messages(checks["properties"]))
    assert f"pure layer '{PROPERTY_LAYERS[layout][0]}' has no property test" in said
