# @file own_source.py
# @path src/mason/adapters/own_source.py
# @version 0.1.0
"""Where the running mason came from: its installation record, or the organisation's index.

Installers write PEP 610's ``direct_url.json`` next to a distribution installed from a git
repository, a directory or an archive, and nothing for one installed from an index; that
index is what an organisation names once in ``MASON_INDEX_URL`` (which also wins over the
record, so every project of the organisation points at its index).
"""

import os
from collections.abc import Mapping
from importlib import metadata

from mason import DISTRIBUTION, __version__
from mason.domain.direct_url import source_from_direct_url
from mason.domain.mason_source import INDEX_VARIABLE, MasonSource, index_source


def own_source(environ: Mapping[str, str] | None = None) -> MasonSource | None:
    """Return where this mason came from; ``None`` for an index nobody named.

    Raises:
        UsageError: ``MASON_INDEX_URL`` or the installation record is unusable.

    """
    environ = os.environ if environ is None else environ
    index = environ.get(INDEX_VARIABLE, "").strip()
    if index:
        return index_source(index, __version__)
    try:
        record = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:  # a bare source tree on sys.path: nothing recorded
        return None
    return None if record is None else source_from_direct_url(record)
