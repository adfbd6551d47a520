# @file test_log_calls.py
# @path tests/unit/test_log_calls.py
# @version 0.1.0
"""The logging judge over syntax trees: which calls are log calls, structured events, secrets.

Each case is a small module as real code writes it; the expected findings name the rule and
the line, so a case that finds too much fails as surely as one that finds too little.
"""

import ast
import re
from textwrap import dedent

import pytest

from mason.checks.logging.json_setup import sets_up_json_logging
from mason.checks.logging.judge import check_logging
from mason.checks.logging.secret_names import is_secret


def _found(
    source: str, *, structured: bool = True, pattern: str | None = None
) -> list[tuple[str, int]]:
    findings = check_logging(
        ast.parse(dedent(source)),
        "src/pkg/m.py",
        structured=structured,
        pattern=re.compile(pattern) if pattern else None,
    )
    return [(finding.rule, finding.line or 0) for finding in findings]


def _message(source: str) -> str:
    tree = ast.parse(dedent(source))
    (finding,) = check_logging(tree, "src/pkg/m.py", structured=True, pattern=None)
    return finding.message


@pytest.mark.parametrize(
    "source",
    [
        # the issue's own example: a sentence with %-style values
        "import logging\nlogger = logging.getLogger(__name__)\nlogger.info('User %s failed', u)",
        "import logging\nlogger = logging.getLogger(__name__)\nlogger.info(f'User {u} failed')",
        "import logging\nlogging.warning('User %s failed' % u)",
        "import structlog\nlog = structlog.get_logger()\nlog.info('user ' + name)",
        "import structlog\nlog = structlog.get_logger()\nlog.error('user {}'.format(name))",
        "log.info(message)",
        "self._logger.debug(text)",
        "self.log.exception(error)",
        "import logging\nlogging.getLogger(__name__).info('%d items', n)",
        "import logging\nlogger = logging.getLogger()\nlogger.log(logging.INFO, 'n=%d', n)",
        "from loguru import logger\nlogger.info('User {} failed', u)",
        "import structlog\nlog = structlog.get_logger().bind(a=1)\nlog.info(f'{x}')",
        "async def f() -> None:\n    await log.ainfo(f'{x}')",
        # named anything, bound from a factory or annotated as a logger
        "import structlog\nout = structlog.get_logger()\nout.info(f'{x}')",
        "def f(sink: BoundLogger) -> None:\n    sink.info(f'{x}')",
        "audit_log.warning('x=%s', x)",
        "from shop.telemetry import get_logger\nget_logger().info(f'{x}')",
    ],
)
def test_unstructured_log_calls_are_log001(source: str) -> None:
    last = source.count("\n") + 1
    assert _found(source) == [("LOG001", last)]


@pytest.mark.parametrize(
    "source",
    [
        "import structlog\nlog = structlog.get_logger()\nlog.info('order.priced', total=3)",
        (
            "import logging\nlogger = logging.getLogger(__name__)\n"
            "logger.info('user.created', extra={'user_id': 1})"
        ),
        "import logging\nlogger = logging.getLogger()\nlogger.log(logging.INFO, 'started')",
        "EVENT = 'order.priced'\nlog.info(EVENT, total=3)",
        "log.info(ORDER_PRICED)",
        "log.info(Events.PRICED)",
        "log.info(Events.PRICED.value, total=1)",
        "log.info(f'constant')",
        "log.exception('import.failed', exc_info=True)",
        # not log calls: other receivers of a method with a level's name
        "import math\nmath.log(2)",
        "console.log(f'{x}')",
        "self.log(f'{x}')",
        "results.error(f'{x}')",
        "catalog.info(f'{x}')",
        "changelog.info(f'{x}')",
        "parser.error(f'bad {x}')",
        "warnings.warn(f'{x}')",
        "import logging\nlogging.basicConfig(format='%(message)s')",
        # an event given by keyword (structlog)
        "log.info(event='order.priced')",
        "log.info(*args)",
        # a wrapper forwards its caller's event (structlog's exception, sigstore's _fatal)
        "def fatal(message: str) -> None:\n    log.error(message)",
        "class L:\n    def exception(self, event, **kw):\n        self.log.error(event, **kw)",
    ],
)
def test_structured_events_and_other_calls_pass(source: str) -> None:
    assert _found(source) == []


def test_log001_says_what_is_wrong_and_quotes_the_call() -> None:
    source = "import logging\nlogger = logging.getLogger()\nlogger.info('User %s failed', user)"
    assert _message(source) == (
        "`logger.info('User %s failed', user)`: %-style values follow the event (user); "
        "log a constant event with key-value context"
    )
    assert "the event is an f-string" in _message("log.info(f'User {u}')")
    assert "the event is not a constant" in _message("log.info(text)")


def test_log001_is_off_where_logs_need_not_be_structured() -> None:
    source = "import logging\nlogger = logging.getLogger()\nlogger.info('User %s failed', u)"
    assert _found(source, structured=False) == []


def test_an_event_pattern_is_checked_on_constants() -> None:
    pattern = r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*"
    assert _found("log.info('order.priced')", pattern=pattern) == []
    assert _found("log.info('Order priced')", pattern=pattern) == [("LOG001", 1)]
    assert _found("EVENT = 'Order priced'\nlog.info(EVENT)", pattern=pattern) == [("LOG001", 2)]
    assert _found("log.info(EVENT)", pattern=pattern) == []  # imported: its text is unknown


@pytest.mark.parametrize(
    "source",
    [
        "log.info('login', password=password)",
        "log.info('login', user=u, client_secret=s)",
        "logger.info('login', extra={'api_key': key})",
        "logger.debug('token %s', access_token)",
        "logger.debug('auth %s', request.headers.authorization)",
        "log.info(f'login with {user.password}')",
        "log.info('call', apiKey=key)",
        "log.debug('Obtained token %s.', self.token)",
    ],
)
def test_secrets_in_log_calls_are_log003_even_where_logs_are_free(source: str) -> None:
    assert _found(source, structured=False) == [("LOG003", 1)]


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("password", True),
        ("db_password", True),
        ("client_secret", True),
        ("api_key", True),
        ("apiKey", True),
        ("private_key", True),
        ("access_token", True),
        ("refreshToken", True),
        ("authorization", True),
        ("session_cookie", True),
        ("credentials", True),
        ("token", True),
        ("next_token", False),
        ("unexpected_token", False),
        ("token_count", False),
        ("tokens", False),
        ("cache_key", False),
        ("key", False),
        ("password_length", False),
        ("secrets_path", False),
        ("", False),
    ],
)
def test_secret_names(name: str, secret: bool) -> None:  # noqa: FBT001 - a parametrized expectation
    assert is_secret(name) is secret


@pytest.mark.parametrize(
    "source",
    [
        "import structlog\nstructlog.configure(processors=[structlog.processors.JSONRenderer()])",
        "from structlog.processors import JSONRenderer\nrenderer = JSONRenderer(sort_keys=True)",
        "from pythonjsonlogger import jsonlogger\nformatter = jsonlogger.JsonFormatter()",
        "from pythonjsonlogger.json import JsonFormatter\nh.setFormatter(JsonFormatter())",
        "CONFIG = {'formatters': {'json': {'()': 'pythonjsonlogger.json.JsonFormatter'}}}",
        "import ecs_logging\nh.setFormatter(ecs_logging.StdlibFormatter())",
        "import sys\nfrom loguru import logger\nlogger.add(sys.stdout, serialize=True)",
        dedent(
            """\
            import json
            import logging

            class JsonLines(logging.Formatter):
                def format(self, record: logging.LogRecord) -> str:
                    return json.dumps({"event": record.getMessage()})
            """
        ),
    ],
)
def test_json_setups_are_seen(source: str) -> None:
    assert sets_up_json_logging(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        "import logging\nlogging.basicConfig(format='%(asctime)s %(message)s')",
        "import structlog\nstructlog.configure(processors=[structlog.dev.ConsoleRenderer()])",
        '"""We once used structlog\'s JSONRenderer; no more."""',
        "import json\nimport logging\nclass Plain(logging.Formatter):\n    pass\njson.dumps({})",
        "from loguru import logger\nlogger.add('app.log')",
    ],
)
def test_other_setups_are_not_json(source: str) -> None:
    assert not sets_up_json_logging(ast.parse(source))
