# @file test_generated.py
# @path tests/unit/test_generated.py
# @version 0.1.0
"""Every file derived from the registry is what ``python -m tools.generate`` makes of it.

docs/rules.md, the shipped schemas, the keys of docs/configuration.md and the checks in
README.md are generated; a check, rule or setting added without regenerating fails here (and
so in CI), with the one command that mends it.
"""

import re
import tomllib

from tools.generate import ROOT, stale

from mason.checks.builtin import BUILTIN_CHECKS
from mason.domain.registry import Registry
from mason.services.reference import settings_reference

BUILTIN = Registry(BUILTIN_CHECKS)


def test_no_generated_file_is_stale() -> None:
    assert [path.relative_to(ROOT).as_posix() for path in stale()] == [], (
        "run: python -m tools.generate"
    )


def test_the_configuration_example_names_only_real_keys_and_checks() -> None:
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert example is not None
    table = tomllib.loads(example[1])["tool"]["mason"]
    named: set[str] = set()
    for name, value in table.items():
        named |= {f"{name}.{inner}" for inner in value} if name in BUILTIN.settings else {name}
    assert named <= {key.name for key in settings_reference(BUILTIN)}
    assert set(table["checks"]) <= set(BUILTIN.names)
