# @file test_mason_source.py
# @path tests/unit/test_mason_source.py
# @version 0.1.0
"""What a project records about the mason that made it, read from PEP 610's direct_url.json."""

import json

import pytest

from mason.domain.direct_url import source_from_direct_url
from mason.domain.errors import UsageError
from mason.domain.mason_source import MasonSource, index_source
from mason.domain.rule import Rule
from mason.domain.source_kind import SourceKind

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def _record(**fields: object) -> str:
    return json.dumps(fields)


def test_a_git_install_is_recorded_at_its_commit_whatever_revision_was_asked() -> None:
    source = source_from_direct_url(
        _record(
            url="https://github.com/acme/mason.git",
            vcs_info={"vcs": "git", "commit_id": COMMIT, "requested_revision": "v0.2.0"},
        )
    )
    assert source == MasonSource(SourceKind.GIT, "https://github.com/acme/mason.git", COMMIT)
    assert source.requirement == f"mason-standard @ git+https://github.com/acme/mason.git@{COMMIT}"
    assert not source.local
    assert source.rules_page() == f"https://github.com/acme/mason/blob/{COMMIT}/docs/rules.md"


def test_a_subdirectory_of_a_repository_is_kept() -> None:
    source = source_from_direct_url(
        _record(
            url="https://gitlab.example.com/acme/tools.git",
            subdirectory="mason",
            vcs_info={"vcs": "git", "commit_id": COMMIT},
        )
    )
    assert source.requirement.endswith(f"@{COMMIT}#subdirectory=mason")
    assert source.rules_page() == (
        f"https://gitlab.example.com/acme/tools/-/blob/{COMMIT}/mason/docs/rules.md"
    )


def test_a_checkout_is_recorded_as_its_directory_editable_or_not() -> None:
    source = source_from_direct_url(
        _record(url="file:///home/ada/mason", dir_info={"editable": True})
    )
    assert (source.kind, source.editable, source.local) == (SourceKind.DIRECTORY, True, True)
    assert source.requirement == "mason-standard @ file:///home/ada/mason"
    assert source.describe() == "the directory /home/ada/mason (editable)"
    assert source.rules_page() == "file:///home/ada/mason/docs/rules.md"


def test_an_archive_is_recorded_by_its_address() -> None:
    url = "https://files.example.com/mason_standard-0.1.0-py3-none-any.whl"
    source = source_from_direct_url(_record(url=url, archive_info={"hash": "sha256=ab"}))
    assert source.requirement == f"mason-standard @ {url}"
    assert not source.local
    assert source.rules_page() is None


def test_an_index_is_pinned_to_the_version_and_has_no_page() -> None:
    source = index_source("https://pypi.example.com/simple/", "0.3.1")
    assert source.requirement == "mason-standard==0.3.1"
    assert source.url == "https://pypi.example.com/simple"
    assert source.rules_page() is None
    with pytest.raises(UsageError, match="is not the address of a package index"):
        index_source("pypi.example.com", "0.3.1")


def test_other_version_control_systems_and_broken_records_are_refused() -> None:
    with pytest.raises(UsageError, match="installed from a hg repository"):
        source_from_direct_url(_record(url="https://x", vcs_info={"vcs": "hg", "commit_id": "1"}))
    with pytest.raises(UsageError, match="unreadable"):
        source_from_direct_url("{}")


def test_a_git_host_without_known_pages_links_nowhere() -> None:
    source = MasonSource(SourceKind.GIT, "https://git.example.com/acme/mason", COMMIT)
    assert source.rules_page() is None
    assert MasonSource(SourceKind.GIT, "file:///srv/mason", COMMIT).rules_page() is None


def test_a_rule_links_to_its_anchor_only_where_the_page_is_known() -> None:
    rule = Rule(id="LAY001", check="layers", title="t", rationale="r", seed="s", fix="f")
    assert rule.documentation("https://h/docs/rules.md") == "https://h/docs/rules.md#lay001"
    assert rule.documentation(None) is None
    own = rule.model_copy(update={"help_uri": "https://tool/rule"})
    assert own.documentation(None) == "https://tool/rule"
