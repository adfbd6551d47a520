# @file layouts.py
# @path src/mason/domain/layouts.py
# @version 0.1.0
"""The seven documented project layouts and the import-linter contracts each one implies.

This catalog is the single source of truth for what a layout *is*: `mason layouts` prints it,
`mason audit` derives contracts from it when a project declares none, `mason upgrade --adopt`
writes its contracts into a foreign project, and a test proves the bundled templates render
exactly these contracts.
"""

from collections.abc import Collection, Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

from mason.domain.contract_spec import ContractSpec, ContractValue
from mason.domain.io_modules import PURE_FORBIDDEN

type LayoutName = Literal[
    "functional-core", "clean-ddd", "four-layer", "webapp", "cli", "library", "script"
]

LAYOUT_NAMES: tuple[LayoutName, ...] = (
    "functional-core",
    "clean-ddd",
    "four-layer",
    "webapp",
    "cli",
    "library",
    "script",
)

ENTRY_MODULES: tuple[str, ...] = ("__main__",)
"""Modules a closed layout leaves outside its layers: ``python -m <package>``'s entry point."""


class Layout(BaseModel):
    """A documented project layout: where it comes from, its folders and their direction."""

    model_config = ConfigDict(frozen=True)

    name: LayoutName
    summary: str
    seed: str
    folders: tuple[str, ...]
    layers: tuple[str, ...]
    """import-linter layers, highest first; `a | b` marks independent siblings."""
    pure: tuple[str, ...]
    """Layers that must stay free of I/O and mutable models (design rules, forbidden contract)."""
    closed: bool = False
    """Whether the seed's layout is closed: every module of the package is in one of its layers
    (the layers contract is exhaustive, and LAY002 reports a module outside every layer). Seeds
    000, 001 and 002 draw their trees as the whole package; seed 004 calls its trees (webapp,
    cli) recommendations whose "specific layout can vary", so those stay open."""
    src_layout: bool = True

    @property
    def direction(self) -> str:
        """Return the allowed dependency direction as one readable line."""
        if self.layers:
            return " > ".join(self.layers)
        return "no import cycles" if self.name == "library" else "none"

    def contracts(
        self,
        package: str,
        present: Collection[str] | None = None,
        unplaced: Collection[str] = (),
    ) -> tuple[ContractSpec, ...]:
        """Return the import-linter contracts this layout implies for ``package``.

        ``present`` names the layer modules the package has (``None``: all of them, as in a
        project mason made). A layer that is missing is written as optional, ``(name)``, so an
        adopted project with some of the layers is checked on those it has instead of making
        import-linter fail on the ones it lacks; the no-I/O contract names present layers only.
        A closed layout's layers contract is exhaustive: every module of the package is in a
        layer, except ``__main__`` and the ``unplaced`` ones (adoption names the modules that are
        outside the layers today, so the team places them when it chooses and a new one fails).
        """
        if self.name == "script":
            return ()
        if self.name == "library":
            return (
                ContractSpec(
                    name=f"{package} has no import cycles between sibling modules",
                    type="acyclic_siblings",
                    options={"ancestors": (package,)},
                ),
            )

        def has(layer: str) -> bool:
            return present is None or layer in present

        def tails(layer: str) -> str:
            names = (name.strip() for name in layer.split("|"))
            return " | ".join(name if has(name) else f"({name})" for name in names)

        options: dict[str, ContractValue] = {
            "containers": (package,),
            "layers": tuple(map(tails, self.layers)),
        }
        if self.closed:
            options["exhaustive"] = True
            options["exhaustive_ignores"] = tuple(sorted({*ENTRY_MODULES, *unplaced}))
        contracts = [
            ContractSpec(name=f"{package} layers: {self.direction}", type="layers", options=options)
        ]
        pure = tuple(f"{package}.{layer}" for layer in self.pure if has(layer))
        if pure:
            forbidden = tuple(name for name in PURE_FORBIDDEN if name != package)
            contracts.append(
                ContractSpec(
                    name=f"{package} pure layers do no I/O",
                    type="forbidden",
                    options={"source_modules": pure, "forbidden_modules": forbidden},
                )
            )
        return tuple(contracts)

    def layer_names(self) -> frozenset[str]:
        """Return the names of every layer (``adapters | ops`` is two)."""
        return frozenset(name.strip() for layer in self.layers for name in layer.split("|"))


LAYOUTS: Mapping[LayoutName, Layout] = {
    layout.name: layout
    for layout in (
        Layout(
            name="functional-core",
            summary="Functional core, imperative shell: typed atoms, Result pipelines, ports.",
            seed="000",
            folders=("domain", "protocols", "decorators", "ops", "adapters", "runtime"),
            layers=("runtime", "adapters | ops", "decorators", "protocols", "domain"),
            pure=("domain", "protocols", "decorators", "ops"),
            closed=True,
        ),
        Layout(
            name="clean-ddd",
            summary="Clean architecture with DDD: entities, use cases, ports; inward only.",
            seed="001",
            folders=("core", "domain", "application", "infrastructure", "interface"),
            layers=("interface", "application | infrastructure", "domain", "core"),
            pure=("core", "domain"),
            closed=True,
        ),
        Layout(
            name="four-layer",
            summary="Four layers enforced by import-linter: foundation up to application.",
            seed="002",
            folders=("foundation", "infrastructure", "integration", "application"),
            layers=("application", "integration", "infrastructure", "foundation"),
            pure=("foundation",),
            closed=True,
        ),
        Layout(
            name="webapp",
            summary="FastAPI web application: routers, services, CRUD, models and schemas.",
            seed="004, 003",
            folders=("api", "core", "crud", "models", "schemas", "services", "main.py"),
            layers=("main", "api", "services", "crud", "models | schemas", "core"),
            pure=("schemas",),
        ),
        Layout(
            name="cli",
            summary="typer + rich command-line tool: app, commands and core logic.",
            seed="004",
            folders=("cli.py", "commands", "core"),
            layers=("cli", "commands", "core"),
            pure=("core",),
        ),
        Layout(
            name="library",
            summary="Installable library: public API through __init__ and __all__, py.typed.",
            seed="004",
            folders=("<modules>", "<subpackages>"),
            layers=(),
            pure=(),
        ),
        Layout(
            name="script",
            summary="Standalone typed scripts in scripts/ with tests and the same tooling.",
            seed="004",
            folders=("scripts/",),
            layers=(),
            pure=(),
            src_layout=False,
        ),
    )
}


def detect_layout(names: set[str]) -> LayoutName:
    """Return the layout whose folders best match a package's subpackages and modules.

    ``names`` holds the names directly inside the package (``domain``, ``cli.py``, ...). A
    layout matches when more than half of its folders are there (at least two); among
    matches, the fullest match wins. No match means a plain library.
    """
    best: tuple[float, int, LayoutName] | None = None
    for layout in LAYOUTS.values():
        if not layout.layers:
            continue
        wanted = set(layout.folders)
        found = len(wanted & names) + len({f"{name}.py" for name in wanted} & names)
        share = found / len(wanted)
        if found >= 2 and share > 0.5 and (best is None or (share, found) > best[:2]):  # noqa: PLR2004 - at least two folders
            best = (share, found, layout.name)
    return best[2] if best else "library"


def package_members(paths: Iterable[str], package: str) -> frozenset[str]:
    """Return the names of the modules and subpackages directly inside ``package``.

    ``paths`` are project-relative Python files (``src/shop/domain/model.py``); the package
    may sit under ``src/`` or at the top. These are the layers a package actually has.
    """
    members: set[str] = set()
    for path in paths:
        parts = path.split("/")
        start = 1 if parts[0] == "src" else 0
        if len(parts) > start + 1 and parts[start] == package and path.endswith(".py"):
            member = parts[start + 1].removesuffix(".py")
            if member != "__init__":
                members.add(member)
    return frozenset(members)
