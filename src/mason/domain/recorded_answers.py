# @file recorded_answers.py
# @path src/mason/domain/recorded_answers.py
# @version 0.1.0
"""The answers file of a project: which template version made it, and with which answers."""

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict


class RecordedAnswers(BaseModel):
    """``.copier-answers.yml``, validated: the template, its version and the answers."""

    model_config = ConfigDict(frozen=True)

    version: int
    source: str
    answers: Mapping[str, str]
