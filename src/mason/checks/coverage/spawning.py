# @file spawning.py
# @path src/mason/checks/coverage/spawning.py
# @version 0.1.0
"""Which Python files may run the project's code in another process, where no test sees it.

Coverage's per-test contexts say which test ran which line in the test process; a test that
runs ``python -m app.cli`` (``subprocess``, ``os.system``, ``multiprocessing``, pytester's
subprocess runs, ``sys.executable``) runs code no context records. Such tests, and everything
they import, are found here by reading the code: a changed module of the project's may then
change them, and the test run cannot be narrowed (exact or full).
"""

import ast

PROCESS_MODULES = frozenset(
    {
        "subprocess",
        "multiprocessing",
        "pty",
        "pexpect",
        "sh",
        "plumbum",
        "sarge",
        "execnet",
        "xprocess",
        "delegator",
    }
)
"""Modules whose purpose is to start processes: importing one counts as spawning."""

OS_CALLS = frozenset({"system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp"})
"""``os`` functions that start a process (with every ``exec*`` and ``spawn*`` one)."""

NAMES = frozenset(
    {"create_subprocess_exec", "create_subprocess_shell", "ProcessPoolExecutor", "startfile"}
)
"""Names that start a process wherever they come from (asyncio, concurrent.futures, os)."""

FIXTURES = frozenset({"pytester", "testdir", "script_runner", "xprocess", "virtualenv"})
"""Fixtures of pytest and its plugins that can run the project in a subprocess."""


def _imports_a_process_module(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(alias.name.partition(".")[0] in PROCESS_MODULES for alias in node.names)
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return node.module.partition(".")[0] in PROCESS_MODULES
    return False


def _starts_a_process(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        name = node.attr
        owner = node.value.id if isinstance(node.value, ast.Name) else ""
        if owner == "os" and (name in OS_CALLS or name.startswith(("exec", "spawn"))):
            return True
        if owner == "sys" and name == "executable":
            return True
        return name in NAMES
    if isinstance(node, ast.Name):
        return node.id in NAMES
    if isinstance(node, ast.arg):
        return node.arg in FIXTURES
    return False


def spawns(tree: ast.Module) -> bool:
    """Return whether the module may start a process (and run code no test context sees)."""
    return any(
        _imports_a_process_module(node) or _starts_a_process(node) for node in ast.walk(tree)
    )
