# @file test_template_version.py
# @path tests/unit/test_template_version.py
# @version 0.1.0
"""The template version the checks know is the one the bundled template renders."""

from mason.adapters.template_repo import current_version
from mason.domain.template_version import TEMPLATE_VERSION


def test_the_constant_is_the_bundled_templates_version() -> None:
    assert current_version() == TEMPLATE_VERSION, "run tools/release_template.py to bump both"
