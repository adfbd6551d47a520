# @file template_version.py
# @path src/mason/domain/template_version.py
# @version 0.1.0
"""The newest project template version this mason renders (``template_version`` in copier.yml).

The checks compare a project's recorded version with it (STR008) without reading the bundled
template; a test keeps it equal to templates/copier.yml, and tools/release_template.py names it.
"""

TEMPLATE_VERSION = 4
"""Bumped with every template release (tools/release_template.py)."""
ANSWERS_FILE = ".copier-answers.yml"
"""Where a mason-made project records its template version (copier's ``_commit``)."""
