# @file __init__.py
# @path src/mason/__init__.py
# @version 0.1.0
"""mason: scaffold, audit and upgrade Python repositories to one written engineering standard."""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "mason-standard"
"""mason's distribution name: "mason" on the public index is someone else's; the command and
the import package are ``mason``."""

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # pragma: no cover - only when run from a bare source tree
    __version__ = "0.0.0+unknown"

__all__ = ["DISTRIBUTION", "__version__"]
