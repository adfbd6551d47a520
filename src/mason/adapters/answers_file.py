# @file answers_file.py
# @path src/mason/adapters/answers_file.py
# @version 0.1.0
"""Read ``.copier-answers.yml``, the record copier keeps of how a project was rendered.

A file edited by hand into something copier cannot use (not YAML, no version, a version that
is not a number, answers that are not text) is a ``ConfigError`` naming the file and the
field, raised before anything is rendered or written.
"""

from pathlib import Path
from typing import TypeGuard

import yaml

from mason.domain.errors import ConfigError
from mason.domain.recorded_answers import RecordedAnswers
from mason.domain.template_version import ANSWERS_FILE

_HINT = "restore it with `git checkout -- .copier-answers.yml`, or fix the named field"


def _is_mapping(value: object) -> TypeGuard[dict[object, object]]:
    return isinstance(value, dict)


def find_answers(start: Path, stop: Path) -> Path | None:
    """Return the nearest answers file from ``start`` up to ``stop`` (the repository root)."""
    directory = start if start.is_dir() else start.parent
    for candidate in (directory, *directory.parents):
        if (candidate / ANSWERS_FILE).is_file():
            return candidate / ANSWERS_FILE
        if candidate == stop:
            return None
    return None


def read_answers(path: Path) -> RecordedAnswers:
    """Return the recorded template version, source and answers.

    Raises:
        ConfigError: the file is not YAML, or lacks ``_commit``/``_src_path``, or holds
            answers that are not plain values.

    """
    try:
        data: object = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        msg = f"{path} cannot be read as YAML: {error}"
        raise ConfigError(msg, hint=_HINT) from None
    if not _is_mapping(data):
        msg = f"{path} is not a mapping of answers"
        raise ConfigError(msg, hint=_HINT)
    fields = {str(key): value for key, value in data.items()}
    version = str(fields.get("_commit", "")).strip()
    if not version.isdigit():
        msg = f"{path}: _commit is {fields.get('_commit')!r}, not a template version number"
        raise ConfigError(msg, hint=_HINT)
    source = fields.get("_src_path")
    if not isinstance(source, str) or not source:
        msg = f"{path}: _src_path is missing, so the template cannot be found"
        raise ConfigError(msg, hint=_HINT)
    answers: dict[str, str] = {}
    for key, value in fields.items():
        if key.startswith("_"):
            continue
        if not isinstance(value, str | int | float | bool):
            msg = f"{path}: the answer {key} is {type(value).__name__}, not a plain value"
            raise ConfigError(msg, hint=_HINT)
        answers[key] = str(value)
    return RecordedAnswers(version=int(version), source=source, answers=answers)
