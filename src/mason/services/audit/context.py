# @file context.py
# @path src/mason/services/audit/context.py
# @version 0.1.0
"""The facts every unit reads, computed once per audit and shared (repo-review's idea).

The file list, each file's text, hash and parsed tree are computed on first use and kept:
seven units that read ``src/app/core.py`` read and parse it once. Access is thread-safe because
units run in parallel. Each unit sees the project through a ``UnitView`` that serves only what
the unit declares, so the cache key derived from the declaration is never short of an input.
"""

import ast
import hashlib
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path

from mason.adapters.cache_store import CacheStore
from mason.adapters.file_snapshot import Snapshot, link_target, still, take
from mason.adapters.tools.toolbox import Toolbox
from mason.domain.patterns import hits, select
from mason.domain.project import Project
from mason.domain.project_facts import ProjectFacts
from mason.domain.shard import Shard
from mason.domain.toml import TomlTable, TomlValue
from mason.domain.unit import Sees
from mason.domain.unreadable import Unreadable
from mason.services.audit.dependents import ImportGraph, dependents, parse_graph
from mason.services.audit.interface import interface_digest
from mason.services.audit.pending import Pending

MAX_FILE_BYTES = 2_000_000
"""Files larger than this are not read by mason's own checks (they are data, not source)."""
PYTHON_SUFFIXES = (".py", ".pyi")


def value_at(document: TomlTable, dotted: str) -> TomlValue | None:
    """Return the value at the dotted key (``tool.mypy``) of ``document``, if there is one."""
    node: TomlValue = document
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def projection(document: TomlTable, tables: Sequence[str]) -> TomlTable:
    """Return only the dotted keys ``tables`` of ``document``, nested as they were."""
    result: TomlTable = {}
    for dotted in tables:
        value = value_at(document, dotted)
        if value is None:
            continue
        *parents, last = dotted.split(".")
        node = result
        for part in parents:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            node[last] = value
    return result


class AuditContext:
    """One tree being audited: its project, facts, files, tools and cache."""

    def __init__(  # noqa: PLR0913 - each is one fact about the audited tree, named at the call
        self,
        project: Project,
        facts: ProjectFacts,
        files: Sequence[str],
        tools: Toolbox,
        cache: CacheStore,
        *,
        coverage_file: Path | None = None,
        stand_ins: Mapping[str, Path] | None = None,
        focus: Sequence[str] | None = None,
        incremental: bool = True,
        shard: Shard | None = None,
        shard_dir: Path | None = None,
        links: Sequence[str] = (),
    ) -> None:
        """Collect the facts; nothing is read from disk until a unit asks."""
        # Python 3.12+ warns about invalid escapes while parsing or tokenizing: in the code of
        # the project being audited, which the checks report on; never on mason's own stderr
        warnings.filterwarnings("ignore", category=SyntaxWarning)
        self.project = project
        self.facts = facts
        self.root = facts.root
        self.files = tuple(files)
        self.tools = tools
        self.cache = cache
        self.coverage_file = coverage_file
        self.stand_ins = dict(stand_ins or {})
        """Project files replaced by another file (adoption's edited pyproject.toml)."""
        self.focus = None if focus is None else tuple(path for path in focus if path in files)
        """The files ``--files`` named that the project lists: per-file units check only these."""
        self.links = tuple(links)
        """The project's symbolic links: the tools read through them, mason's checks do not."""
        self.verifiable = not any(self.location(link).is_dir() for link in self.links)
        """False when a link points at a directory: what the tools read through it is not
        listed, so no result of this tree can be bound to its inputs (nothing is cached)."""
        self.incremental = incremental and cache.enabled and shard is None and self.verifiable
        """Whether a unit may re-check only what changed since its last run in this tree."""
        self.pending = Pending()
        """Cache writes that wait for the end of the audit (``settle``)."""
        self.shard = shard
        """``--shard``: the slice of the subjects (and tests) this audit judges."""
        self.shard_dir = shard_dir
        """Where a shard keeps its test data for ``mason audit merge``."""
        self._graph_lock = threading.Lock()
        self._graph: ImportGraph | None = None
        self._graph_built = False
        self._lock = threading.Lock()
        self._texts: dict[str, str | Unreadable] = {}
        self._snapshots: dict[str, Snapshot] = {}
        self._held: dict[str, bool] = {}
        self._trees: dict[str, ast.Module | SyntaxError] = {}
        self._interfaces: dict[tuple[str, Sees], str] = {}
        self._matching: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._matching_sets: dict[tuple[str, ...], frozenset[str]] = {}
        self._pattern_hits: dict[str, frozenset[str]] = {}

    @cached_property
    def python_files(self) -> tuple[str, ...]:
        """Return the Python source files."""
        return tuple(path for path in self.files if path.endswith(PYTHON_SUFFIXES))

    def _remembered[K, V](self, store: dict[K, V], key: K, compute: Callable[[], V]) -> V:
        """Return ``store[key]``, computing it once per audit (outside the lock) when missing."""
        with self._lock:
            found = store.get(key)
        if found is None:
            found = compute()
            with self._lock:
                found = store.setdefault(key, found)
        return found

    def matching(self, patterns: tuple[str, ...]) -> tuple[str, ...]:
        """Return the files that match the gitignore-style ``patterns``."""
        return self._remembered(
            self._matching, patterns, lambda: select(self.files, patterns, self._hits)
        )

    def _hits(self, pattern: str) -> frozenset[str]:
        """Return the files one pattern matches; asked once per pattern, shared by every unit."""
        return self._remembered(self._pattern_hits, pattern, lambda: hits(self.files, pattern))

    def matching_set(self, patterns: tuple[str, ...]) -> frozenset[str]:
        """Return ``matching(patterns)`` as a set, for membership tests (made once per audit).

        A warm audit asks of every file whether it is a subject of every unit: pathspec's
        matcher, once per file and unit, was most of its time at 5,000 modules.
        """
        return self._remembered(
            self._matching_sets, patterns, lambda: frozenset(self.matching(patterns))
        )

    def location(self, name: str) -> Path:
        """Return where the project file ``name`` is read from (a stand-in, or the file)."""
        return self.stand_ins.get(name, self.root / name)

    def _read(self, path: str) -> tuple[str | Unreadable, Snapshot]:
        """Read ``path`` once per audit: its text and the snapshot its digest comes from.

        The text a check judges and the digest its cache key holds come from the same bytes.
        """
        with self._lock:
            text, snapshot = self._texts.get(path), self._snapshots.get(path)
        if text is not None and snapshot is not None:
            return text, snapshot
        data, snapshot = take(self.location(path))
        result: str | Unreadable
        if isinstance(data, OSError):
            result = Unreadable(f"cannot be read ({data.strerror})")
        elif len(data) > MAX_FILE_BYTES:
            result = Unreadable(f"larger than {MAX_FILE_BYTES // 1_000_000} MB", too_large=True)
        else:
            try:
                result = data.decode("utf-8-sig")  # Python accepts a BOM
            except UnicodeDecodeError as error:
                result = Unreadable(f"not UTF-8 (byte {error.start} cannot be decoded)")
        with self._lock:
            self._texts.setdefault(path, result)
            self._snapshots.setdefault(path, snapshot)
            return self._texts[path], self._snapshots[path]

    def text(self, path: str) -> str | Unreadable:
        """Return the UTF-8 text of ``path`` (or why it cannot be read)."""
        return self._read(path)[0]

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
        known = self._snapshots.get(path)  # set once per path and never replaced: no lock
        return known.digest if known is not None else self._read(path)[1].digest

    def held(self, paths: Iterable[str]) -> bool:
        """Return whether every file of ``paths`` still holds what this audit read of it.

        A file this audit never read held nothing it relied on; one that changed while it was
        read, or since, did not hold.
        """
        for path in paths:
            with self._lock:
                snapshot = self._snapshots.get(path)
                known = self._held.get(path)
            if snapshot is None:
                continue
            if known is None:
                known = still(self.location(path), snapshot)
                with self._lock:
                    self._held[path] = known
            if not known:
                return False
        return True

    @cached_property
    def link_targets(self) -> tuple[tuple[str, str, str], ...]:
        """Return each link, where it points and the digest of what it points at."""
        return tuple(
            (link, link_target(self.root / link), self.digest(link)) for link in self.links
        )

    def tree_digest(self, *extra: str) -> str:
        """Return the SHA-256 of every file (path and contents), every link, and ``extra``."""
        digest = hashlib.sha256()
        for path in self.files:
            digest.update(f"{path}\0{self.digest(path)}\n".encode())
        for link, target, content in self.link_targets:
            digest.update(f"{link}\0{target}\0{content}\n".encode())
        digest.update("\0".join(extra).encode())
        return digest.hexdigest()

    def read_by(self, patterns: tuple[str, ...]) -> tuple[str, ...]:
        """Return every file a unit declaring ``patterns`` may have read through its tools.

        Its declared files, every link (the tools follow them) and ``pyproject.toml``.
        """
        return (*self.matching(patterns), *self.links, "pyproject.toml")

    def import_graph(self) -> ImportGraph | None:
        """Return the package's import graph (built once per audit), or ``None``."""
        with self._graph_lock:
            if not self._graph_built:
                package = self.facts.package
                output = self.tools.import_graph(package) if package else None
                self._graph = parse_graph(output.stdout) if output and output.ok else None
                self._graph_built = True
            return self._graph

    def dependents(self, paths: Sequence[str]) -> set[str] | None:
        """Return ``paths`` and every Python file that imports one, transitively (or ``None``).

        ``None`` when there is no import graph (no package, or grimp failed): the caller then
        checks everything.
        """
        graph = self.import_graph()
        if graph is None:
            return None
        covered = set(graph.files.values())
        outside = [path for path in self.python_files if path not in covered]

        def tree_of(path: str) -> ast.Module | None:
            tree = self.tree(path)
            return tree if isinstance(tree, ast.Module) else None

        return dependents(paths, graph, outside, tree_of)

    def interface(self, path: str, kind: Sees) -> str | None:
        """Return the digest of what ``path`` shows its importers (``None``: it does not parse)."""
        with self._lock:
            cached = self._interfaces.get((path, kind))
        if cached is not None:
            return cached
        tree = self.tree(path)
        if not isinstance(tree, ast.Module):
            return None
        value = interface_digest(tree, kind)
        with self._lock:
            self._interfaces[(path, kind)] = value
        return value

    def source_line(self, path: str, line: int) -> str:
        """Return line ``line`` (1-based) of ``path``, or ``""``."""
        text = self.text(path)
        rows = text.splitlines() if isinstance(text, str) else []
        return rows[line - 1] if 0 < line <= len(rows) else ""
