# @file importlinter.py
# @path src/mason/adapters/tools/importlinter.py
# @version 0.1.0
"""import-linter, run through mason's probe in a subprocess; its report comes back as JSON.

The probe (``importlinter_probe``) scans the project's code (never imports it) with mason's own
import-linter, with the project's source root first on ``sys.path``, and writes import-linter's
own contract-check data as JSON. A configuration derived from a layout is written to a scratch
file first.
"""

import sys
import tempfile
from pathlib import Path

import tomlkit

from mason.adapters.process import run
from mason.domain.toml import TomlTable
from mason.domain.tool_output import ToolOutput

PROBE = "mason.adapters.tools.importlinter_probe"


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
        cache = ["--cache-dir", str(cache_dir)] if cache_dir is not None else []
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
            *cache,
        ]
        output = run(argv, cwd=root, timeout=timeout)
        if not output.ok or not report.is_file():
            return output if not output.ok else ToolOutput(output.argv, 1, "", "no report")
        return ToolOutput(output.argv, 0, report.read_text(encoding="utf-8"), output.stderr)


def graph(
    package: str, *, root: Path, source_root: Path, cache_dir: Path | None, timeout: float
) -> ToolOutput:
    """Return the probe's import graph of ``package`` as the output's stdout (JSON)."""
    with tempfile.TemporaryDirectory(prefix="mason-graph-") as scratch:
        report = Path(scratch) / "graph.json"
        cache = ["--cache-dir", str(cache_dir)] if cache_dir is not None else []
        argv = [
            sys.executable, "-P", "-m", PROBE, "--graph-of", package,
            "--source-root", str(source_root), "--project-root", str(root),
            "--output", str(report), *cache,
        ]  # fmt: skip
        output = run(argv, cwd=root, timeout=timeout)
        if not output.ok or not report.is_file():
            return output if not output.ok else ToolOutput(output.argv, 1, "", "no graph")
        return ToolOutput(output.argv, 0, report.read_text(encoding="utf-8"), output.stderr)
