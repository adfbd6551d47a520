# @file templates.py
# @path src/mason/adapters/templates.py
# @version 0.1.0
"""Where mason's bundled copier template lives, installed or in a source checkout."""

from pathlib import Path

from mason.domain.errors import ToolError

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_CANDIDATES = (
    _PACKAGE_DIR / "templates",  # installed from a wheel: shipped inside the package
    _PACKAGE_DIR.parent.parent / "templates",  # a source checkout (editable install)
)


def bundled_template() -> Path:
    """Return the directory of the bundled template (the one holding ``copier.yml``).

    Raises:
        ToolError: the installation is broken and the template is missing.

    """
    for candidate in _CANDIDATES:
        if (candidate / "copier.yml").is_file():
            return candidate
    msg = "mason's bundled template is missing from this installation"
    raise ToolError(
        msg,
        hint="reinstall mason from where it came from (`uv tool install --force` with its source)",
    )
