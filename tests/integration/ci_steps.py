# @file ci_steps.py
# @path tests/integration/ci_steps.py
# @version 0.1.0
"""Run CI files' own steps on this machine, where a squatter holds mason's names on the index.

A CI job on a fresh runner has uv and Python, the repository, and whatever its steps install.
``squatted_environment`` gives a step exactly that: ``uv`` on ``PATH`` but nothing of mason's
own environment (so a bare ``mason`` is not found, as on a runner), and ``UV_FIND_LINKS`` at a
directory holding wheels named ``mason`` and ``mason-standard`` (0.1.0 and 99.0) whose
``mason`` program only leaves a mark: the stand-in for whoever registers those names on the
public index. A file that resolves mason by name installs the squatter, which the mark shows;
one that installs the recorded mason never does.

``run_job`` runs a GitHub Actions job's ``run:`` steps with bash as the runner does
(``bash -e -o pipefail``), its ``env:`` and ``matrix`` values filled in; the actions it uses are
either no-ops here (checkout: the project is there; setup-python and setup-uv: the machine has
both; the cache) or emulated (artifacts are copied, a SARIF upload needs its file). An action it
does not know fails the test, so nothing is skipped silently.
"""

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.support import UV, write_tree

ROOT = Path(__file__).resolve().parents[2]

SQUATTED_VERSIONS = ("0.1.0", "99.0")
_SQUAT_PROGRAM = """import os, pathlib, sys


def main() -> int:
    pathlib.Path(os.environ["SQUATTER_MARK"]).write_text(" ".join(sys.argv), encoding="utf-8")
    print("a stranger's package ran")
    return 0
"""
_NO_OP_ACTIONS = (
    "actions/checkout@",
    "actions/setup-python@",
    "astral-sh/setup-uv@",
    "actions/cache/restore@",
    "actions/cache/save@",
)


def build_squatters(where: Path) -> Path:
    """Build the squatter's wheels into ``where/wheels`` and return that directory."""
    wheels = where / "wheels"
    for name in ("mason", "mason-standard"):
        for version in SQUATTED_VERSIONS:
            module = f"squat_{name.replace('-', '_')}_{version.replace('.', '_')}"
            source = write_tree(
                where / f"{name}-{version}",
                {
                    "pyproject.toml": (
                        '[build-system]\nrequires = ["hatchling"]\n'
                        'build-backend = "hatchling.build"\n\n'
                        f'[project]\nname = "{name}"\nversion = "{version}"\n\n'
                        f'[project.scripts]\nmason = "{module}:main"\n\n'
                        f'[tool.hatch.build.targets.wheel]\npackages = ["{module}"]\n'
                    ),
                    f"{module}/__init__.py": _SQUAT_PROGRAM,
                },
            )
            subprocess.run(
                [*UV, "build", "--wheel", "--quiet", "--out-dir", str(wheels), str(source)],
                check=True,
                timeout=300,
            )
    return wheels


@dataclass(frozen=True)
class Squatted:
    """An environment for CI steps, and the file the squatter writes if it ever runs."""

    env: dict[str, str]
    mark: Path

    @property
    def squatter_ran(self) -> bool:
        """Return whether any step ran the squatter's ``mason``."""
        return self.mark.exists()


def squatted_environment(wheels: Path, scratch: Path) -> Squatted:
    """Return a runner-like environment whose package sources hold the squatter's wheels."""
    tools = scratch / "runner-bin"
    tools.mkdir(parents=True, exist_ok=True)
    uv_program = Path(UV[0]) if len(UV) == 1 else None
    if uv_program is not None and not (tools / "uv").exists():
        (tools / "uv").symlink_to(uv_program)
    mason_bin = str(Path(sys.executable).parent)
    path = [str(tools), *(p for p in os.environ["PATH"].split(os.pathsep) if p != mason_bin)]
    mark = scratch / "squatter-ran"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("MASON_", "GITHUB_"))},
        "PATH": os.pathsep.join(path),
        "UV_FIND_LINKS": str(wheels),
        "SQUATTER_MARK": str(mark),
        "NO_COLOR": "1",
    }
    env.pop("VIRTUAL_ENV", None)
    return Squatted(env, mark)


def run_script(script: str, cwd: Path, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``script`` the way a GitHub runner runs a ``run:`` step on Linux."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def _value(text: object, matrix: Mapping[str, str]) -> str:
    value = str(text)
    for key, item in matrix.items():
        value = value.replace("${{ matrix.%s }}" % key, item)  # noqa: UP031 - GitHub's syntax
    return value


@dataclass
class JobRun:
    """What a job's steps printed, step by step, and the status of the last one."""

    log: list[str]
    status: int


def run_job(  # noqa: PLR0913 - a job, where it runs, and what the runner gives it
    workflow: str,
    job: str,
    project: Path,
    env: Mapping[str, str],
    *,
    matrix: Mapping[str, str] | None = None,
    artifacts: Path | None = None,
) -> JobRun:
    """Run the steps of ``job`` of the ``workflow`` text in ``project``; stop at a failure."""
    matrix = matrix or {}
    loaded = yaml.safe_load(workflow)
    spec = loaded["jobs"][job]
    top: dict[str, str] = loaded.get("env") or {}
    base = {**env, **{key: _value(value, matrix) for key, value in top.items()}}
    log: list[str] = []
    for step in spec["steps"]:
        own: dict[str, str] = step.get("env") or {}
        step_env = {**base, **{key: _value(value, matrix) for key, value in own.items()}}
        uses = step.get("uses")
        if uses is None:
            completed = run_script(step["run"], project, step_env)
            log.append(f"$ {step['run']}\n{completed.stdout}{completed.stderr}")
            if completed.returncode != 0:
                return JobRun(log, completed.returncode)
        elif uses.startswith(_NO_OP_ACTIONS):
            continue
        elif uses.startswith("github/codeql-action/upload-sarif@"):
            sarif = project / step["with"]["sarif_file"]
            assert sarif.is_file(), f"the SARIF upload finds no {sarif}"
        elif uses.startswith("actions/upload-artifact@"):
            assert artifacts is not None
            name = _value(step["with"]["name"], matrix)
            shutil.copytree(project / step["with"]["path"], artifacts / name)
        elif uses.startswith("actions/download-artifact@"):
            assert artifacts is not None
            shutil.copytree(artifacts, project / step["with"]["path"], dirs_exist_ok=True)
        else:
            msg = f"this harness does not know the action {uses}"
            raise AssertionError(msg)
    return JobRun(log, 0)


def run_action_step(
    project: Path, env: Mapping[str, str], scratch: Path, inputs: Mapping[str, str]
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """Run the action's audit step as GitHub would; return it and the outputs it wrote.

    The step's environment comes from its own ``env:``: each ``${{ inputs.NAME }}`` is the
    input given in ``inputs`` or its default in action.yml; mason comes from this checkout as
    from the action's (``github.action_path``), and ``RUNNER_TEMP`` is ``scratch``.
    """
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "audit")
    given = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    given |= {"path": str(project), "python-version": sys.executable, **inputs}
    contexts = {"github.action_path": str(ROOT)} | {f"inputs.{k}": v for k, v in given.items()}
    scratch.mkdir(parents=True, exist_ok=True)
    outputs = scratch / "github_output"
    outputs.touch()
    step_env = {**env, "GITHUB_OUTPUT": str(outputs), "RUNNER_TEMP": str(scratch)}
    for key, expression in step["env"].items():
        match = re.fullmatch(r"\$\{\{ ([\w.-]+) \}\}", expression)
        assert match is not None, f"{key}: {expression}"
        step_env[key] = contexts[match[1]]
    completed = run_script(step["run"], project, step_env)
    written = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    return completed, written
