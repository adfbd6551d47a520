# @file template_repo.py
# @path src/mason/adapters/template_repo.py
# @version 0.1.0
"""Every template version mason can upgrade from, rebuilt offline as a local git repository.

mason ships its current template plus, in ``templates/history/``, one reverse patch per older
version (``N.patch`` turns version N+1 back into N). Applying them in turn reproduces every
released version; each is committed and tagged in ``~/.cache/mason/template``, the location
``.copier-answers.yml`` records, so copier's ``run_update`` finds both versions of an update
without any network. The repository is rebuilt only when the shipped template changes (a
stamp holds the hash of what built it), in a temporary directory renamed into place.
"""

import hashlib
import re
import shutil
import tempfile
from pathlib import Path

from mason.adapters.git import git
from mason.adapters.process import run
from mason.adapters.templates import bundled_template
from mason.domain.errors import ToolError

CACHE_PATH = "~/.cache/mason/template"
"""Where the versioned template lives; ``.copier-answers.yml`` names this exact string."""
HISTORY = "history"
STAMP = ".mason-stamp"
PATCH_TIMEOUT = 60
_VERSION = re.compile(
    r'^template_version:\s*\n(?:\s+.*\n)*?\s+default:\s*"?(?P<version>\d+)"?', re.MULTILINE
)
_IDENTITY = ("-c", "user.name=mason", "-c", "user.email=mason@localhost")


def current_version(template: Path | None = None) -> int:
    """Return the template version of the bundled template (``template_version`` in copier.yml).

    Raises:
        ToolError: the bundled copier.yml has no readable template version.

    """
    text = ((template or bundled_template()) / "copier.yml").read_text(encoding="utf-8")
    match = _VERSION.search(text)
    if match is None:
        msg = "the bundled template's copier.yml has no template_version"
        raise ToolError(msg, hint="reinstall mason")
    return int(match["version"])


def known_versions(template: Path | None = None) -> list[int]:
    """Return every version mason can reproduce, oldest first."""
    source = template or bundled_template()
    latest = current_version(source)
    older = sorted(
        int(patch.stem)
        for patch in (source / HISTORY).glob("*.patch")
        if patch.stem.isdigit() and int(patch.stem) < latest
    )
    return [*older, latest]


def _fingerprint(source: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(source).as_posix().encode())
            digest.update(str(path.stat().st_mode & 0o111).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(
        source,
        target,
        ignore=shutil.ignore_patterns(HISTORY, "__pycache__", ".git"),
        dirs_exist_ok=True,
    )


def _build(source: Path, target: Path) -> None:
    """Create the repository at ``target``: one commit and tag per version, oldest first."""
    versions = known_versions(source)
    with tempfile.TemporaryDirectory(prefix="mason-template-versions-") as scratch:
        trees: dict[int, Path] = {}
        working = Path(scratch) / "working"
        _copy_tree(source, working)
        trees[versions[-1]] = Path(scratch) / f"v{versions[-1]}"
        _copy_tree(working, trees[versions[-1]])
        for version in reversed(versions[:-1]):
            patch = source / HISTORY / f"{version}.patch"
            applied = run(
                ["git", "apply", "--whitespace=nowarn", str(patch)],
                cwd=working,
                timeout=PATCH_TIMEOUT,
            )
            if not applied.ok:
                msg = f"template version {version} cannot be rebuilt: {applied.tail(3)}"
                raise ToolError(msg, hint="reinstall mason; its template history is damaged")
            trees[version] = Path(scratch) / f"v{version}"
            _copy_tree(working, trees[version])
        target.mkdir(parents=True)
        git("init", "--quiet", "--initial-branch=main", cwd=target)
        for version in versions:
            for entry in target.iterdir():
                if entry.is_dir() and entry.name != ".git":
                    shutil.rmtree(entry)
                elif entry.is_file():
                    entry.unlink()
            _copy_tree(trees[version], target)
            git("add", "-A", cwd=target)
            git(
                *_IDENTITY,
                "commit",
                "--quiet",
                "--allow-empty",
                "-m",
                f"template {version}",
                cwd=target,
            )
            git("tag", str(version), cwd=target)


def ensure_template_repo(location: str = CACHE_PATH) -> Path:
    """Return the versioned template repository, (re)building it if the template changed.

    Raises:
        ToolError: git is missing, or the shipped history cannot be applied.

    """
    source = bundled_template()
    target = Path(location).expanduser()
    fingerprint = _fingerprint(source)
    stamp = target / STAMP
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == fingerprint:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".template-", dir=target.parent))
    try:
        shutil.rmtree(staging)
        _build(source, staging)
        (staging / ".git" / "info" / "exclude").write_text(f"{STAMP}\n", encoding="utf-8")
        (staging / STAMP).write_text(fingerprint + "\n", encoding="utf-8")
        old = target.with_name(f".{target.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
