# @file importlinter.py
# @path src/mason/adapters/tools/importlinter.py
# @version 0.1.0
"""import-linter, run through mason's probe in a subprocess; its report comes back as JSON.

The probe (``importlinter_probe``) scans the project's code (never imports it) with mason's own
import-linter, with the project's source root first on ``sys.path``, and writes import-linter's
own contract-check data as JSON. A configuration derived from a layout is written to a scratch
file first.
"""

import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import tomlkit

from mason.adapters.process import run
from mason.domain.toml import TomlTable
from mason.domain.tool_output import ToolOutput

PROBE = "mason.adapters.tools.importlinter_probe"


def _failed(output: ToolOutput, report: Path) -> bool:
    """Return whether the probe could not do its work (it says so in its report)."""
    if not output.ok or not report.is_file():
        return True
    try:
        document: object = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return isinstance(document, dict) and "error" in document


def _probe(
    argv: Sequence[str], *, root: Path, report: Path, cache_dir: Path | None, timeout: float
) -> ToolOutput:
    """Run the probe; where it fails with a graph cache, once more on a fresh cache.

    grimp's cache is mason's own scratch data: a damaged one (a file where its folder was,
    entries it cannot read) must cost one rebuild, not an error on every audit.
    """
    cache = ["--cache-dir", str(cache_dir)] if cache_dir is not None else []
    output = run([*argv, *cache], cwd=root, timeout=timeout)
    if cache_dir is not None and _failed(output, report):
        if cache_dir.is_dir() and not cache_dir.is_symlink():
            shutil.rmtree(cache_dir, ignore_errors=True)
        else:
            cache_dir.unlink(missing_ok=True)
        report.unlink(missing_ok=True)
        output = run([*argv, *cache], cwd=root, timeout=timeout)
    if not output.ok or not report.is_file():
        return output if not output.ok else ToolOutput(output.argv, 1, "", "no report")
    return ToolOutput(output.argv, 0, report.read_text(encoding="utf-8"), output.stderr)


def check(
    config: Path | TomlTable,
    *,
    root: Path,
    source_root: Path,
    cache_dir: Path | None,
    timeout: float,
) -> ToolOutput:
    """Check the contracts in ``config``; the probe's JSON report is the output's stdout."""
    with tempfile.TemporaryDirectory(prefix="mason-layers-") as scratch:
        if isinstance(config, Path):
            config_file = config
        else:
            config_file = Path(scratch) / "importlinter.toml"
            config_file.write_text(tomlkit.dumps(config), encoding="utf-8")
        report = Path(scratch) / "report.json"
        argv = [
            sys.executable,
            "-P",  # never the project's directory first on sys.path: its `rich` is not mason's
            "-m",
            PROBE,
            "--config",
            str(config_file),
            "--source-root",
            str(source_root),
            "--project-root",
            str(root),
            "--output",
            str(report),
        ]
        return _probe(argv, root=root, report=report, cache_dir=cache_dir, timeout=timeout)


def graph(
    package: str, *, root: Path, source_root: Path, cache_dir: Path | None, timeout: float
) -> ToolOutput:
    """Return the probe's import graph of ``package`` as the output's stdout (JSON)."""
    with tempfile.TemporaryDirectory(prefix="mason-graph-") as scratch:
        report = Path(scratch) / "graph.json"
        argv = [
            sys.executable, "-P", "-m", PROBE, "--graph-of", package,
            "--source-root", str(source_root), "--project-root", str(root),
            "--output", str(report),
        ]  # fmt: skip
        return _probe(argv, root=root, report=report, cache_dir=cache_dir, timeout=timeout)
