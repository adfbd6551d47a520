# @file copier_engine.py
# @path src/mason/adapters/copier_engine.py
# @version 0.1.0
"""copier, behind one narrow interface: render a template, and turn copier's errors into ours.

Rendering, answers files, validation of answers by the template and the trust model for tasks
and migrations all stay copier's; this module only chooses the options and translates failures
into ``MasonError`` messages with a hint.
"""

import contextlib
import io
from collections.abc import Mapping
from pathlib import Path

from copier import run_copy
from copier.errors import ConfigFileError, CopierError, UnsafeTemplateError, UserMessageError

from mason.domain.errors import ConfigError, UsageError


def render(  # noqa: PLR0913 - keyword-only options, one per copier behaviour mason chooses
    template: Path,
    destination: Path,
    data: Mapping[str, str],
    *,
    interactive: bool = False,
    trust: bool = False,
    user_defaults: Mapping[str, str] | None = None,
) -> None:
    """Render ``template`` into the existing, empty directory ``destination``.

    Non-interactive renders never prompt: every question takes its answer from ``data`` or its
    default. Interactive renders ask the questions ``data`` does not answer, on the terminal.

    Raises:
        UsageError: the template needs ``--trust``, or an answer is invalid or missing.
        ConfigError: the template itself is broken (unreadable ``copier.yml``, not a directory).

    """
    chatter = io.StringIO()  # copier prints even when quiet (e.g. config errors); keep it ours
    try:
        with contextlib.ExitStack() as stack:
            if not interactive:
                stack.enter_context(contextlib.redirect_stdout(chatter))
                stack.enter_context(contextlib.redirect_stderr(chatter))
            run_copy(
                str(template),
                destination,
                data=dict(data),
                user_defaults=dict(user_defaults or {}),
                defaults=not interactive,
                overwrite=True,
                quiet=True,
                unsafe=trust,
                cleanup_on_error=False,
            )
    except UnsafeTemplateError as error:
        msg = f"the template at {template} runs code on this machine: {_first_line(error)}"
        raise UsageError(
            msg,
            hint="read its copier.yml (tasks, migrations, jinja extensions); rerun with --trust "
            "if you trust it",
        ) from None
    except ConfigFileError:
        msg = f"the template at {template} has a copier.yml that copier cannot read"
        raise ConfigError(msg, hint="check the YAML syntax of copier.yml") from None
    except UserMessageError as error:
        raise UsageError(str(error), hint="see the template's documentation") from None
    except (ValueError, CopierError) as error:
        message = str(error) or type(error).__name__
        if "must be a directory" in message:
            msg = f"no template at {template}: {message}"
            raise ConfigError(msg, hint="pass the directory that holds copier.yml") from None
        msg = f"the template refused the answers: {message}"
        raise UsageError(msg, hint="answer with --data KEY=VALUE") from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
