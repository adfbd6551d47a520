# @file build_metadata.py
# @path src/mason/adapters/build_metadata.py
# @version 0.1.0
"""A project's distribution metadata, from its own build backend (PEP 517), never guessed.

``build`` (the PyPA build frontend) installs the project's ``build-system.requires`` into an
isolated environment (with uv) and calls the backend's ``prepare_metadata_for_build_wheel``
(or builds the wheel where a backend lacks that hook); a project without ``pyproject.toml``
gets setuptools' legacy backend, as pip does. The backend writes into the tree it reads
(``*.egg-info``), so it is only ever pointed at a staging copy.

A version the backend takes from git (setuptools-scm, hatch-vcs, pdm's scm) is pinned to one
stand-in value in every build: a copy has no git history, and mason's edits cannot change the
commit a version is derived from.
"""

import subprocess
import tempfile
import warnings
from collections.abc import Mapping, Sequence
from importlib.metadata import PathDistribution
from pathlib import Path
from types import TracebackType
from typing import Self

from build import BuildBackendException, BuildException, ProjectBuilder
from build.env import DefaultIsolatedEnv
from pyproject_hooks import BuildBackendWarning

from mason.adapters.process import run
from mason.domain.distribution import Distribution
from mason.domain.errors import ToolError

BUILD_TIMEOUT = 600
PINNED_VERSION = {
    "SETUPTOOLS_SCM_PRETEND_VERSION": "0.0.0+mason.staging",
    "PDM_BUILD_SCM_VERSION": "0.0.0+mason.staging",
}
"""The stand-in for a version taken from git (read by setuptools-scm, hatch-vcs, pdm)."""


class _Runner:
    """Run a backend hook through mason's one process runner (a timeout, the group ended)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout

    def __call__(
        self,
        cmd: Sequence[str],
        cwd: str | None = None,
        extra_environ: Mapping[str, str] | None = None,
    ) -> None:
        environment = {**PINNED_VERSION, **(extra_environ or {})}
        done = run(cmd, cwd=Path(cwd or "."), timeout=self.timeout, env=environment)
        if not done.ok:
            raise subprocess.CalledProcessError(done.returncode, cmd, done.stdout, done.stderr)


def _reason(error: BaseException) -> str:
    """Return the last lines the backend printed, or the error itself."""
    cause = getattr(error, "exception", None)
    if isinstance(cause, subprocess.CalledProcessError):
        output = [
            line.strip()
            for line in f"{cause.stderr or ''}{cause.stdout or ''}".splitlines()
            if line.strip()
        ]
        errors = [line for line in output if line.lower().startswith("error")]
        return " / ".join(errors[-2:] or output[-3:]) or str(cause)
    return str(cause or error).strip().splitlines()[-1] if str(cause or error).strip() else "?"


def _read(folder: Path) -> Distribution:
    distribution = PathDistribution(folder)
    metadata = distribution.metadata
    return Distribution(
        name=metadata["Name"] or "",
        version=metadata["Version"] or "",
        requires_python=metadata.get("Requires-Python"),
        requires_dist=tuple(sorted(metadata.get_all("Requires-Dist") or [])),
        provides_extra=tuple(sorted(metadata.get_all("Provides-Extra") or [])),
        entry_points=distribution.read_text("entry_points.txt") or "",
    )


class MetadataBuilder:
    """One isolated build environment, reused for every tree of one adoption."""

    def __init__(self, timeout: float = BUILD_TIMEOUT) -> None:
        """Prepare (not yet create) the environment; each hook gets ``timeout`` seconds."""
        self.timeout = timeout
        self._environment = DefaultIsolatedEnv(installer="uv")

    def __enter__(self) -> Self:
        """Create the isolated environment."""
        self._environment.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Remove the isolated environment."""
        self._environment.__exit__(kind, error, traceback)

    def metadata(self, source: Path) -> Distribution:
        """Return the metadata the backend of the tree ``source`` gives its wheel.

        Raises:
            ToolError: the backend, or installing what it requires, failed.

        """
        try:
            with warnings.catch_warnings():
                # pyproject-hooks re-raises the backend's own warnings (deprecated license
                # classifiers ...) here: the project's business, not a line of mason's output
                warnings.simplefilter("ignore", BuildBackendWarning)
                return self._metadata(source)
        except (BuildBackendException, BuildException, subprocess.CalledProcessError) as error:
            msg = "the build backend could not prepare the project's metadata: "
            raise ToolError(msg + _reason(error), hint="run `python -m build` to see why") from None

    def _metadata(self, source: Path) -> Distribution:
        builder = ProjectBuilder.from_isolated_env(
            self._environment, source, runner=_Runner(self.timeout)
        )
        self._environment.install(builder.build_system_requires)
        self._environment.install(builder.get_requires_for_build("wheel"))
        with tempfile.TemporaryDirectory(prefix="mason-metadata-") as scratch:
            return _read(Path(builder.metadata_path(scratch)))
