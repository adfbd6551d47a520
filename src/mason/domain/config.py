# @file config.py
# @path src/mason/domain/config.py
# @version 0.1.0
"""The ``[tool.mason]`` configuration: frozen models and the validation that explains mistakes.

``MasonConfig`` holds the keys of mason itself (layout, package, rule control, exclude, ...).
Each check that has settings declares their model (``Check.settings``); its table
``[tool.mason.<check>]`` is validated by that model, built into the configuration model of the
registry the project runs with (``config_model``), so mason's checks and plugins' get settings
the same way, and a typo in either is caught alike.

Validation turns pydantic's errors into one ``ConfigError`` that names every bad key, its value
and the closest valid key, so a typo costs one run, not a search through documentation.
"""

import difflib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Annotated, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mason.domain.errors import ConfigError
from mason.domain.ignored_rule import IgnoredRule
from mason.domain.layouts import LAYOUT_NAMES, LayoutName

type CheckName = str
"""The name of a check (``lint``, ``typing``, ...); the registry says which exist."""


class MasonConfig(BaseModel):
    """``[tool.mason]``: the one section that configures mason for a repository."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=True,
        use_attribute_docstrings=True,
    )

    layout: LayoutName | None = None
    """The documented layout the project follows (docs/layouts.md); sets its layer contracts."""
    package: str | None = None
    """The import package, when mason cannot tell it from the src/ tree."""
    checks: tuple[CheckName, ...] | None = None
    """The checks to run (default: every registered check, plugins' included)."""
    select: tuple[str, ...] = ()
    """Rule ids or prefixes to report (default: every rule); others are not reported."""
    ignore: tuple[IgnoredRule, ...] = ()
    """Rules (or prefixes) switched off everywhere, each with the reason why."""
    per_file_ignores: Mapping[str, tuple[str, ...]] = Field(
        default_factory=dict[str, tuple[str, ...]], alias="per-file-ignores"
    )
    """gitignore-style pattern -> rules switched off in the files it matches."""
    exclude: tuple[str, ...] = ()
    """Glob patterns (relative to the project root) that no check looks at."""
    pure_layers: tuple[str, ...] | None = None
    """Subpackages that must stay pure; defaults to the layout's pure layers."""
    timeout: Annotated[float, Field(gt=0)] = 600
    """Seconds a single tool may run before its check is reported as an error."""

    def section(self, name: str) -> BaseModel | None:
        """Return the settings of the check called ``name`` (``None``: it has none)."""
        field = section_field(name)
        if field not in type(self).model_fields or field in MasonConfig.model_fields:
            return None
        value: object = getattr(self, field)
        return value if isinstance(value, BaseModel) else None

    def settings[Settings: BaseModel](self, model: type[Settings]) -> Settings:
        """Return the section validated by ``model`` (its defaults where this has no such section).

        A check reads its settings this way: ``ctx.config.settings(CoverageConfig)``.
        """
        for name, field in type(self).model_fields.items():
            if field.annotation is model and name not in MasonConfig.model_fields:
                value: object = getattr(self, name)
                if isinstance(value, model):
                    return value
        return model()


def section_field(check: str) -> str:
    """Return the field name of the check ``check``'s section (``my-check`` -> ``my_check``)."""
    return check.replace("-", "_")


@cache
def _config_model(sections: tuple[tuple[str, type[BaseModel]], ...]) -> type[MasonConfig]:
    namespace: dict[str, object] = {
        "__annotations__": {section_field(name): model for name, model in sections},
        "__module__": __name__,
        "__doc__": MasonConfig.__doc__,
        **{
            section_field(name): Field(default_factory=model, alias=name)
            for name, model in sections
        },
    }
    return type("MasonConfig", (MasonConfig,), namespace)  # pydantic builds the model


def config_model(sections: Mapping[str, type[BaseModel]]) -> type[MasonConfig]:
    """Return the model of ``[tool.mason]`` with a table per check that has settings.

    Raises:
        ConfigError: a check's name is taken by one of mason's own keys.

    """
    taken = [name for name in sections if section_field(name) in MasonConfig.model_fields]
    if taken:
        msg = f"a check named {taken[0]!r} has settings, but [tool.mason].{taken[0]} is mason's"
        raise ConfigError(msg, hint="rename the check of the plugin that defines it")
    return _config_model(tuple(sorted(sections.items())))


def _section_for(location: Sequence[str | int], root: type[BaseModel]) -> type[BaseModel]:
    """Return the model that owns the key at ``location`` (for suggesting a close match)."""
    model: type[BaseModel] = root
    for part in location[:-1]:
        if isinstance(part, int):
            continue  # an index into a list of tables: the model is the list's item type
        field = model.model_fields.get(section_field(part))
        annotation = field.annotation if field is not None else None
        for candidate in (annotation, *get_args(annotation)):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
    return model


def _describe(
    error_type: str,
    message: str,
    location: Sequence[str | int],
    value: object,
    root: type[BaseModel],
) -> str:
    key = ".".join(str(part) for part in location) or "(section)"
    if error_type == "extra_forbidden":
        fields = _section_for(location, root).model_fields
        candidates = [field.alias or name for name, field in fields.items()]
        close = difflib.get_close_matches(str(location[-1]), candidates, n=1)
        suggestion = f"; did you mean '{close[0]}'?" if close else ""
        return f"unknown key '{key}'{suggestion} (valid keys: {', '.join(candidates)})"
    if error_type == "literal_error" and location and location[0] == "layout":
        close = difflib.get_close_matches(str(value), LAYOUT_NAMES, n=1)
        suggestion = f"; did you mean '{close[0]}'?" if close else ""
        layouts = ", ".join(LAYOUT_NAMES)
        return f"'{key}' = {value!r} is not a layout{suggestion} (layouts: {layouts})"
    if location and location[0] == "ignore":
        return (
            f"'{key}' = {value!r}: {message}; write each entry as "
            '{ rule = "DES001", reason = "why it is off" } (a reason is required)'
        )
    return f"'{key}' = {value!r}: {message}"


def parse_mason_config(
    raw: Mapping[str, object],
    source: Path,
    sections: Mapping[str, type[BaseModel]] | None = None,
) -> MasonConfig:
    """Validate the raw ``[tool.mason]`` table from ``source``, reporting every problem at once.

    ``sections`` maps each check that has settings to their model (the registry's
    ``settings``); without it, only mason's own keys are valid.

    Raises:
        ConfigError: one message naming every unknown key, wrong type or invalid value.

    """
    model = config_model(sections or {})
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems = [
            _describe(detail["type"], detail["msg"], detail["loc"], detail.get("input"), model)
            for detail in error.errors(include_url=False)
        ]
        if len(problems) == 1:
            message = f"invalid [tool.mason] in {source}: {problems[0]}"
        else:
            listed = "".join(f"\n  - {problem}" for problem in problems)
            message = f"invalid [tool.mason] in {source}:{listed}"
        raise ConfigError(
            message,
            hint="fix the key in pyproject.toml; `mason explain config` lists every key",
        ) from None
