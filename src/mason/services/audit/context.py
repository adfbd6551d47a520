# @file context.py
# @path src/mason/services/audit/context.py
# @version 0.1.0
"""The facts every check reads, computed once per audit and shared (repo-review's idea).

The file list, each file's text, hash and parsed tree are computed on first use and kept:
seven checks that read ``src/app/core.py`` read and parse it once. Access is thread-safe
because checks run in parallel.
"""

import ast
import hashlib
import json
import threading
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from mason import __version__
from mason.adapters.cache_store import CacheStore
from mason.adapters.tool_env import Environment
from mason.domain.audit_request import AuditRequest
from mason.domain.layouts import LAYOUTS
from mason.domain.project import Project

MAX_FILE_BYTES = 2_000_000
"""Files larger than this are not read by mason's own checks (they are data, not source)."""
PYTHON_SUFFIXES = (".py", ".pyi")


class Unreadable(Exception):  # noqa: N818 - a reason, not an error of mason's
    """A file that cannot be read as UTF-8 text, with the reason."""

    def __init__(self, reason: str, *, too_large: bool = False) -> None:
        """Record why the file cannot be read, and whether it is only too large."""
        super().__init__(reason)
        self.too_large = too_large


class AuditContext:
    """The project, its files and environment, and lazily computed per-file facts."""

    def __init__(
        self,
        project: Project,
        files: list[str],
        env: Environment,
        request: AuditRequest,
    ) -> None:
        """Collect the facts; nothing is read from disk until a check asks."""
        self.project = project
        self.root = project.root
        self.config = project.config
        self.files = files
        self.env = env
        self.request = request
        self.cache = CacheStore(project.root, enabled=request.use_cache)
        self._lock = threading.Lock()
        self._texts: dict[str, str | Unreadable] = {}
        self._trees: dict[str, ast.Module | SyntaxError] = {}
        self._digests: dict[str, str] = {}

    @cached_property
    def python_files(self) -> list[str]:
        """Return the Python source files."""
        return [path for path in self.files if path.endswith(PYTHON_SUFFIXES)]

    @cached_property
    def package(self) -> str | None:
        """Return the import package: configured, else the one under src/ (or at the top)."""
        if self.config.package:
            return self.config.package
        candidates = sorted(
            {
                parts[-2]
                for path in self.python_files
                if (parts := path.split("/"))[-1] == "__init__.py"
                and ((len(parts) == 3 and parts[0] == "src") or len(parts) == 2)  # noqa: PLR2004 - src/pkg/__init__.py or pkg/__init__.py
                and parts[-2] not in {"tests", "test", "docs", "scripts", "benchmarks"}
            }
        )
        return candidates[0] if candidates else None

    @cached_property
    def source_root(self) -> Path:
        """Return the directory that holds the package: ``src`` or the project root."""
        return self.root / "src" if (self.root / "src").is_dir() else self.root

    @cached_property
    def pure_layers(self) -> tuple[str, ...]:
        """Return the subpackages that must stay pure."""
        if self.config.pure_layers is not None:
            return self.config.pure_layers
        layout = LAYOUTS.get(self.config.layout) if self.config.layout else None
        return layout.pure if layout else ()

    def is_pure(self, path: str) -> bool:
        """Return whether ``path`` lies in one of the pure layers of the package."""
        parts = path.split("/")
        if self.package is None or self.package not in parts:
            return False
        index = parts.index(self.package)
        return index + 1 < len(parts) and parts[index + 1].removesuffix(".py") in self.pure_layers

    def text(self, path: str) -> str | Unreadable:
        """Return the UTF-8 text of ``path`` (or why it cannot be read)."""
        with self._lock:
            cached = self._texts.get(path)
        if cached is not None:
            return cached
        full = self.root / path
        result: str | Unreadable
        try:
            if full.stat().st_size > MAX_FILE_BYTES:
                result = Unreadable(f"larger than {MAX_FILE_BYTES // 1_000_000} MB", too_large=True)
            else:
                result = full.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            result = Unreadable(f"not UTF-8 (byte {error.start} cannot be decoded)")
        except OSError as error:
            result = Unreadable(f"cannot be read ({error.strerror})")
        with self._lock:
            self._texts[path] = result
        return result

    def tree(self, path: str) -> ast.Module | SyntaxError | None:
        """Return the parsed module at ``path``, its syntax error, or ``None`` if unreadable."""
        with self._lock:
            cached = self._trees.get(path)
        if cached is not None:
            return cached
        text = self.text(path)
        if isinstance(text, Unreadable):
            return None
        result: ast.Module | SyntaxError
        try:
            result = ast.parse(text, filename=path)
        except SyntaxError as error:
            result = error
        with self._lock:
            self._trees[path] = result
        return result

    def digest(self, path: str) -> str:
        """Return the SHA-256 of the file's bytes (``missing`` when it cannot be read)."""
        with self._lock:
            cached = self._digests.get(path)
        if cached is not None:
            return cached
        try:
            value = hashlib.sha256((self.root / path).read_bytes()).hexdigest()
        except OSError:
            value = "missing"
        with self._lock:
            self._digests[path] = value
        return value

    def key(self, unit: str, files: Iterable[str], *extra: object) -> str:
        """Return the cache key of ``unit``: a hash of exactly what it reads."""
        content = {
            "unit": unit,
            "mason": __version__,
            "config": self.config.model_dump(mode="json"),
            "files": sorted((path, self.digest(path)) for path in set(files)),
            "extra": [str(part) for part in extra],
        }
        return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()

    def existing(self, *names: str) -> list[str]:
        """Return those of ``names`` that are files of the project."""
        return [name for name in names if (self.root / name).is_file()]
