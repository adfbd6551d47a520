# @file shard_folder.py
# @path src/mason/services/audit/shard_folder.py
# @version 0.1.0
"""Where ``mason audit --shard I/N`` leaves its report and test data for ``mason audit merge``.

Apart from the merge (``shard_merge.py``) so that an audit, which only needs the folder, does
not load what the merge needs (coverage's verdicts, the test re-run).
"""

from pathlib import Path

from mason.adapters.cache_store import CACHE_DIR
from mason.domain.audit_request import AuditRequest
from mason.domain.errors import UsageError

SHARD_REPORT = "report.json"
"""The report a shard writes into its directory, for the merge."""


def shard_directory(root: Path, request: AuditRequest) -> Path | None:
    """Return the directory the shard of ``request`` writes to (``None``: not a shard).

    Raises:
        UsageError: ``--shard`` with an option that needs the whole project at once.

    """
    shard = request.shard
    if shard is None:
        return None
    for given, option in (
        (request.changed_since, "--changed-since"),
        (request.files, "--files"),
        (request.write_baseline or None, "--write-baseline"),
    ):
        if given is not None:
            msg = f"--shard cannot be combined with {option}"
            raise UsageError(msg, hint=f"run {option} without --shard, on the whole project")
    folder = request.shard_dir or root / CACHE_DIR / "shards" / f"{shard.index}-of-{shard.count}"
    folder = folder if folder.is_absolute() else Path.cwd() / folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SHARD_REPORT).unlink(missing_ok=True)  # a failed run leaves no stale report
    return folder
