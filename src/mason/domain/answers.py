# @file answers.py
# @path src/mason/domain/answers.py
# @version 0.1.0
"""The answers to the template's questions, validated all at once before anything is written.

The rules mirror the validators in ``templates/copier.yml`` (which guard people who run copier
directly) and add what only Python can check cheaply: keywords, standard-library names, length
limits that keep every generated line within 100 columns.
"""

import difflib
import keyword
import re
import sys
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from mason.domain.errors import UsageError
from mason.domain.layouts import LAYOUT_NAMES, LayoutName

type License = Literal["MIT", "Apache-2.0", "BSD-3-Clause", "Proprietary"]
type PythonVersion = Literal["3.12", "3.13", "3.14"]

LICENSES: tuple[License, ...] = ("MIT", "Apache-2.0", "BSD-3-Clause", "Proprietary")
PYTHON_VERSIONS: tuple[PythonVersion, ...] = ("3.12", "3.13", "3.14")
MAX_PROJECT_NAME = 40
MAX_PACKAGE_NAME = 32

_PROJECT_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
_PACKAGE_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def package_name_for(project_name: str) -> str:
    """Derive an import package name from a project name (``Shop-API`` -> ``shop_api``)."""
    name = re.sub(r"[^a-z0-9]+", "_", project_name.lower()).strip("_")
    return f"_{name}" if name[:1].isdigit() else name


def python_version_for(version_info: tuple[int, int]) -> PythonVersion:
    """Return the supported version closest to ``version_info`` (at least 3.12, at most 3.14)."""
    minor = min(max(version_info[1], 12), 14) if version_info[0] == 3 else 12  # noqa: PLR2004 - Python 3's minor versions
    return PYTHON_VERSIONS[minor - 12]


class ProjectAnswers(BaseModel):
    """Everything the template asks; each field is one question of ``templates/copier.yml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    project_name: str
    package_name: str
    description: str = "A Python project that follows the mason standard."
    author_name: str = "Your Name"
    author_email: str = "you@example.com"
    license: License = "MIT"
    python_version: PythonVersion = "3.12"
    layout: LayoutName = "library"

    @field_validator("project_name")
    @classmethod
    def _project_name(cls, value: str) -> str:
        if not _PROJECT_NAME.fullmatch(value):
            msg = (
                "use letters, digits, '.', '_' and '-', starting and ending with a letter or digit"
            )
            raise ValueError(msg)
        if len(value) > MAX_PROJECT_NAME:
            msg = f"use at most {MAX_PROJECT_NAME} characters"
            raise ValueError(msg)
        return value

    @field_validator("package_name")
    @classmethod
    def _package_name(cls, value: str) -> str:
        if not _PACKAGE_NAME.fullmatch(value):
            msg = "use a lowercase Python identifier (letters, digits, '_'; no leading digit)"
            raise ValueError(msg)
        if keyword.iskeyword(value) or keyword.issoftkeyword(value):
            msg = "is a Python keyword"
            raise ValueError(msg)
        if value in sys.stdlib_module_names:
            msg = "shadows a standard-library module"
            raise ValueError(msg)
        if len(value) > MAX_PACKAGE_NAME:
            msg = f"use at most {MAX_PACKAGE_NAME} characters"
            raise ValueError(msg)
        return value

    @field_validator("description", "author_name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if not value.strip() or any(ord(char) < 32 for char in value):  # noqa: PLR2004 - below 32 are control characters
            msg = "use one non-empty line without control characters"
            raise ValueError(msg)
        return value

    @field_validator("description")
    @classmethod
    def _docstring_safe(cls, value: str) -> str:
        if '"""' in value or "\\" in value:
            msg = "may not contain triple quotes or backslashes (it becomes a docstring)"
            raise ValueError(msg)
        return value

    @field_validator("author_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not _EMAIL.fullmatch(value):
            msg = "is not an email address"
            raise ValueError(msg)
        return value

    def as_data(self) -> dict[str, str]:
        """Return the answers as copier's ``data`` mapping."""
        return {key: str(value) for key, value in self.model_dump().items()}


QUESTIONS: tuple[str, ...] = tuple(ProjectAnswers.model_fields)


def _explain(error: ValidationError) -> list[str]:
    problems: list[str] = []
    for detail in error.errors(include_url=False):
        name = str(detail["loc"][0]) if detail["loc"] else "answers"
        value = detail.get("input")
        if detail["type"] == "extra_forbidden":
            close = difflib.get_close_matches(name, QUESTIONS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(f"{name}: not a question of the template{hint}")
        elif detail["type"] == "literal_error" and name == "layout":
            close = difflib.get_close_matches(str(value), LAYOUT_NAMES, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append(
                f"layout = {value!r}: not a layout{hint} (layouts: {', '.join(LAYOUT_NAMES)})"
            )
        elif detail["type"] == "literal_error":
            problems.append(f"{name} = {value!r}: {detail['msg'].removeprefix('Input should be ')}")
        else:
            message = detail["msg"].removeprefix("Value error, ")
            problems.append(f"{name} = {value!r}: {message}")
    return problems


def validate_answers(raw: Mapping[str, str]) -> ProjectAnswers:
    """Validate ``raw`` answers, deriving the package name when it is not given.

    Raises:
        UsageError: listing every invalid answer at once.

    """
    data = dict(raw)
    if "package_name" not in data and "project_name" in data:
        data["package_name"] = package_name_for(data["project_name"])
    try:
        return ProjectAnswers.model_validate(data)
    except ValidationError as error:
        problems = _explain(error)
    listed = "".join(f"\n  - {problem}" for problem in problems)
    noun = "answer is" if len(problems) == 1 else f"{len(problems)} answers are"
    msg = f"the project cannot be created; {noun} invalid:{listed}"
    raise UsageError(msg, hint="fix them with --name, --layout, --python or --data KEY=VALUE")
