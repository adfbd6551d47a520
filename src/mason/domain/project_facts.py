# @file project_facts.py
# @path src/mason/domain/project_facts.py
# @version 0.1.0
"""The facts about a repository that audit, adoption and upgrade all start from.

They are computed once, in one place (``mason.checks.facts.derive_facts``), so that the audit
and the adoption of the same tree can never disagree about its package or its Python floor.
"""

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from mason.domain.layouts import LayoutName


class ProjectFacts(BaseModel):
    """What a repository is: its name, package, source root, layers and Python floor."""

    model_config = ConfigDict(frozen=True)

    root: Path
    name: str | None
    version: str | None
    package: str | None
    """The import package: configured, else the one found under ``src/`` (or at the top)."""
    source_root: str
    """The directory that holds the package, relative to the root: ``src`` or ``.``."""
    layers: tuple[str, ...]
    """The modules and subpackages directly inside the package (its layers, if layered), sorted:
    facts are part of cache keys, and a set's order changes from one process to the next."""
    python_floor: tuple[int, int] | None
    """The lowest Python ``requires-python`` admits, as (major, minor); ``None`` if unstated."""
    layout: LayoutName | None
    """The layout ``[tool.mason].layout`` names, if any."""
    detected_layout: LayoutName
    """The layout whose folders best match the package's layers."""
    pure_layers: tuple[str, ...]
    """Layers that must stay pure: configured, else the layout's."""
    workspace_root: str | None = None
    """The root of the uv workspace this project is a member of, relative to ``root`` (e.g.
    ``../..``), where its environment and ``uv.lock`` are; ``None`` for a project of its own."""
    repository_path: str | None = None
    """Where the project lies in its git work tree (``.`` at the top, ``packages/api`` below
    it), ``None`` outside git: what lives at a repository's top (CI) is not the project's."""

    @property
    def at_repository_top(self) -> bool:
        """Return whether the project is the whole repository (or not in one)."""
        return self.repository_path in {None, "."}

    @property
    def source_path(self) -> Path:
        """Return the absolute source root."""
        return self.root if self.source_root == "." else self.root / self.source_root

    @property
    def package_path(self) -> str | None:
        """Return the package's folder relative to the root (``src/shop``), if there is one."""
        if self.package is None:
            return None
        return self.package if self.source_root == "." else f"{self.source_root}/{self.package}"

    def in_package(self, path: str) -> bool:
        """Return whether ``path`` (relative to the root, POSIX) lies in the package."""
        package = self.package_path
        return package is not None and path.startswith(f"{package}/")

    def layer_of(self, path: str) -> str | None:
        """Return the layer ``path`` lies in: the package's folder or module (``cli.py``: cli).

        ``None`` outside the package and for its ``__init__``. The one answer to "is this in the
        package, and where": coverage's per-layer gates and the design rules of pure layers
        both ask it. ``path`` is relative to the root (POSIX) or absolute under it.
        """
        package = self.package_path
        if package is None:
            return None
        absolute = f"{self.root.as_posix()}/"
        relative = path.removeprefix(absolute) if path.startswith(absolute) else path
        if not relative.startswith(f"{package}/"):
            return None
        first, _, rest = relative.removeprefix(f"{package}/").partition("/")
        if rest:
            return first
        module = first.removesuffix(".pyi").removesuffix(".py")
        return module if module not in {first, "__init__"} else None

    def is_pure(self, path: str) -> bool:
        """Return whether ``path`` lies in one of the pure layers of the package."""
        layer = self.layer_of(path)
        return layer is not None and layer in self.pure_layers
