# @file direct_url.py
# @path src/mason/domain/direct_url.py
# @version 0.1.0
"""PEP 610's ``direct_url.json``: what an installer records of a distribution not from an index.

That is a git repository and the commit it resolved, a directory (editable or not), or an
archive; a distribution installed from an index has no such record.
"""

from pydantic import BaseModel, ConfigDict, ValidationError

from mason.domain.errors import UsageError
from mason.domain.mason_source import INDEX_VARIABLE, MasonSource
from mason.domain.source_kind import SourceKind

_SOURCES_HINT = (
    "install mason from a git repository, a directory or an archive, or set "
    f"{INDEX_VARIABLE} to the index you serve it from (docs/ci.md, 'Where mason comes from')"
)


class _Vcs(BaseModel):
    model_config = ConfigDict(frozen=True)

    vcs: str
    commit_id: str
    requested_revision: str | None = None


class _Directory(BaseModel):
    model_config = ConfigDict(frozen=True)

    editable: bool = False


class _DirectUrl(BaseModel):
    """PEP 610's ``direct_url.json`` (the keys mason reads)."""

    model_config = ConfigDict(frozen=True)

    url: str
    subdirectory: str | None = None
    vcs_info: _Vcs | None = None
    dir_info: _Directory | None = None
    archive_info: dict[str, object] | None = None


def source_from_direct_url(text: str) -> MasonSource:
    """Return the source a ``direct_url.json`` records.

    Raises:
        UsageError: the record is unreadable, or names a version control system uv cannot
            install from (only git).

    """
    try:
        record = _DirectUrl.model_validate_json(text)
    except ValidationError as error:
        msg = f"mason's installation record (direct_url.json) is unreadable: {error.errors()[0]}"
        raise UsageError(msg, hint=_SOURCES_HINT) from None
    if record.vcs_info is not None:
        if record.vcs_info.vcs != "git":
            msg = f"mason was installed from a {record.vcs_info.vcs} repository ({record.url})"
            raise UsageError(msg, hint=f"uv installs from git only: {_SOURCES_HINT}")
        return MasonSource(
            SourceKind.GIT,
            record.url.removeprefix("git+"),
            commit=record.vcs_info.commit_id,
            subdirectory=record.subdirectory,
        )
    if record.dir_info is not None:
        return MasonSource(
            SourceKind.DIRECTORY,
            record.url,
            subdirectory=record.subdirectory,
            editable=record.dir_info.editable,
        )
    return MasonSource(SourceKind.ARCHIVE, record.url, subdirectory=record.subdirectory)
