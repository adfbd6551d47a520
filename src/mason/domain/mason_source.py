# @file mason_source.py
# @path src/mason/domain/mason_source.py
# @version 0.1.0
"""Where a copy of mason came from, as PEP 610's ``direct_url.json`` records it, or an index.

``mason new`` writes this into every project it makes (a pinned development dependency with
an explicit source in the project's own ``pyproject.toml`` and ``uv.lock``), so CI and laptops
install exactly that mason and never resolve a bare name a stranger could register. A git
repository is pinned to the commit, a directory or an archive to its path or address, and an
index is the one an organisation names once (``MASON_INDEX_URL``): installers record nothing
about the index a distribution came from.
"""

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from mason import DISTRIBUTION
from mason.domain.errors import UsageError
from mason.domain.source_kind import SourceKind

INDEX_VARIABLE = "MASON_INDEX_URL"
"""The environment variable an organisation sets once: the index it serves mason from."""
INDEX_NAME = "mason"
"""The name of that index in a project's ``[[tool.uv.index]]``."""


@dataclass(frozen=True, slots=True)
class MasonSource:
    """One place mason can be installed from, precisely enough to install the same mason."""

    kind: SourceKind
    url: str
    """The git repository, the ``file:`` or ``https:`` address, or the index."""
    commit: str | None = None
    """The git commit (always recorded for git: installers resolve a tag or branch to it)."""
    subdirectory: str | None = None
    """Where mason's ``pyproject.toml`` lies inside the repository or archive."""
    editable: bool = False
    """A directory installed in editable mode (a mason developer's checkout)."""
    version: str = ""
    """The version to pin, for an index (other sources pin by commit or address)."""

    @property
    def requirement(self) -> str:
        """Return the PEP 508 requirement that installs exactly this mason."""
        if self.kind is SourceKind.INDEX:
            return f"{DISTRIBUTION}=={self.version}"
        fragment = f"#subdirectory={self.subdirectory}" if self.subdirectory else ""
        if self.kind is SourceKind.GIT:
            return f"{DISTRIBUTION} @ git+{self.url}@{self.commit}{fragment}"
        return f"{DISTRIBUTION} @ {self.url}{fragment}"

    @property
    def local(self) -> bool:
        """Return whether the source is on this machine only (no CI runner can reach it)."""
        return urlsplit(self.url).scheme in {"file", ""}

    def describe(self) -> str:
        """Return the source in a few words, for messages."""
        if self.kind is SourceKind.GIT:
            return f"git {self.url} at {(self.commit or '')[:12]}"
        if self.kind is SourceKind.INDEX:
            return f"{self.requirement} from the index {self.url}"
        place = _local_path(self.url) if self.local else self.url
        return f"the {self.kind} {place}{' (editable)' if self.editable else ''}"

    def rules_page(self) -> str | None:
        """Return the address of docs/rules.md in exactly this mason, when one is known.

        A git repository on GitHub or a GitLab host has a web page per commit; a directory
        has its file. An index or an archive says nothing about where mason's docs are.
        """
        within = f"{self.subdirectory}/docs/rules.md" if self.subdirectory else "docs/rules.md"
        if self.kind is SourceKind.DIRECTORY and self.local:
            return f"{self.url.rstrip('/')}/{within}"
        if self.kind is not SourceKind.GIT or self.commit is None:
            return None
        parts = urlsplit(self.url)
        if parts.scheme != "https" or not parts.hostname:
            return None
        home = f"https://{parts.hostname}{parts.path.removesuffix('.git').rstrip('/')}"
        if parts.hostname == "github.com":
            return f"{home}/blob/{self.commit}/{within}"
        if parts.hostname.startswith("gitlab.") or parts.hostname == "gitlab.com":
            return f"{home}/-/blob/{self.commit}/{within}"
        return None


def _local_path(url: str) -> str:
    return unquote(urlsplit(url).path) if url.startswith("file:") else url


def index_source(url: str, version: str) -> MasonSource:
    """Return the source ``mason-standard==version`` from the index at ``url``.

    Raises:
        UsageError: ``url`` is not an http(s) or file address.

    """
    if urlsplit(url).scheme not in {"https", "http", "file"}:
        msg = f"{INDEX_VARIABLE}={url} is not the address of a package index"
        raise UsageError(
            msg, hint="give the index's simple API, e.g. https://pypi.example.org/simple"
        )
    return MasonSource(SourceKind.INDEX, url.rstrip("/"), version=version)
