# @file source_kind.py
# @path src/mason/domain/source_kind.py
# @version 0.1.0
"""The kinds of place a project can record mason's source as."""

from enum import StrEnum


class SourceKind(StrEnum):
    """The kinds of source a project can record for mason."""

    GIT = "git"
    DIRECTORY = "directory"
    ARCHIVE = "archive"
    INDEX = "index"
