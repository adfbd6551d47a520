# @file release_template.py
# @path tools/release_template.py
# @version 0.1.0
"""Record a template release: the reverse patch that lets mason rebuild the previous version.

Run it after changing the template, with the commit of the previous release:

    python -m tools.release_template --previous <commit-or-tag>

It bumps ``template_version`` in templates/copier.yml (if it still equals the previous one)
and ``TEMPLATE_VERSION`` in src/mason/domain/template_version.py, stages templates/, and
writes ``templates/history/<previous>.patch``, the diff that turns the new template back into
the previous one. mason applies these patches, newest first, to rebuild
every released version offline (src/mason/adapters/template_repo.py). Add a CHANGELOG entry
naming the new template version.
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
VERSION = re.compile(r'(template_version:\s*\n(?:\s+.*\n)*?\s+default:\s*")(\d+)(")')


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def version_in(text: str) -> int:
    """Return the template version written in a copier.yml text."""
    match = VERSION.search(text)
    if match is None:
        msg = "copier.yml has no template_version"
        raise SystemExit(msg)
    return int(match.group(2))


def main() -> int:
    """Bump the version if needed and write the reverse patch of the previous release."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--previous", required=True, help="commit or tag of the previous release")
    previous_ref = parser.parse_args().previous
    previous = version_in(_git("show", f"{previous_ref}:templates/copier.yml"))
    copier_yml = TEMPLATES / "copier.yml"
    text = copier_yml.read_text(encoding="utf-8")
    if version_in(text) == previous:
        copier_yml.write_text(
            VERSION.sub(rf"\g<1>{previous + 1}\g<3>", text, count=1), encoding="utf-8"
        )
    constant = ROOT / "src" / "mason" / "domain" / "template_version.py"
    constant.write_text(
        re.sub(
            r"^TEMPLATE_VERSION = \d+$",
            f"TEMPLATE_VERSION = {version_in(copier_yml.read_text(encoding='utf-8'))}",
            constant.read_text(encoding="utf-8"),
            count=1,
            flags=re.MULTILINE,
        ),
        encoding="utf-8",
    )
    _git("add", "-A", "templates", str(constant))
    patch = _git(
        "diff",
        "--cached",
        "--binary",
        "-R",
        "--relative=templates",
        previous_ref,
        "--",
        "templates",
        ":(exclude)templates/history",
    )
    target = TEMPLATES / "history" / f"{previous}.patch"
    target.parent.mkdir(exist_ok=True)
    target.write_text(patch, encoding="utf-8")
    _git("add", str(target))
    sys.stdout.write(f"template version {previous + 1}: wrote {target.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
