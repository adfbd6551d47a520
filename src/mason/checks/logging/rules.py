# @file rules.py
# @path src/mason/checks/logging/rules.py
# @version 0.1.0
"""The rules of the logging check: each one a value that makes its own findings."""

from mason.domain.rule import Rule
from mason.domain.severity import Severity

_WHERE = (
    "Judged where the layout has an application edge (functional-core, clean-ddd, four-layer, "
    "webapp, cli) or the project depends on structlog, or [tool.mason.logging].structured "
    "says so: most code written for the standard library's logging is %-style by design."
)

LOG001 = Rule(
    id="LOG001",
    check="logging",
    title="Log call is not a constant event with key-value context",
    rationale="Seed 000 (structured logging doctrine; anti-pattern 21), seed 002 (principle 7) "
    "and seed 004 (7. logging): a log line is a record to query, not a sentence to read. The "
    "event must be a constant (a string literal, or a constant's name) and its values keyword "
    "arguments (`log.info('order.priced', total=total)`; `extra={...}` for the standard "
    "library's logging). An f-string, `%` or `+` or `.format()` in the event, or positional "
    "%-style arguments after it (`logger.info('User %s failed', user)`), bake the values into "
    "text no index can search. Log calls are the level methods (debug ... critical, "
    "exception, log, structlog's async ainfo ...) of loggers: names bound from "
    "logging.getLogger or get_logger, annotated `...Logger`, or named log/logger "
    "(`self._log`, `audit_logger`), and the logging module itself. "
    "A wrapper that logs its own parameter (`def fatal(message): log.error(message)`) "
    "forwards its callers' events; they are judged where they are made. "
    f"{_WHERE} [tool.mason.logging].event_pattern can also ask every event to match a pattern.",
    seed="000 (1. Principles: structured logging doctrine; 12.21 Unstructured logging), "
    "002 (Principle 7: observable behavior), 004 (7. Logging & observability)",
    fix="Log a constant event name and pass the values as keywords: "
    "`log.warning('user.login_failed', user_id=user.id)` (structlog), "
    "`logger.warning('user.login_failed', extra={'user_id': user.id})` (logging).",
)

LOG002 = Rule(
    id="LOG002",
    check="logging",
    title="No JSON logging set-up in the package",
    rationale="Seed 004 (7.1, 7.5): runtime logs are JSON lines, and every component "
    "initialises logging through one shared module; seeds 000, 001, 002 and 003 configure "
    "structlog's JSONRenderer. Some module of the package must set up JSON output: structlog "
    "with JSONRenderer, python-json-logger's or ecs-logging's formatter, loguru with "
    "`serialize=True`, or a logging.Formatter of its own that writes json.dumps. Judged where "
    "the layout has an application edge (functional-core, clean-ddd, four-layer, webapp, cli) "
    "or [tool.mason.logging].json_setup says so; a library leaves logging to its users.",
    seed="004 (7.1 Mandatory format; 7.5 Rule), 000 (10. Observability), "
    "001 (Library stack: observability), 002 (Principle 7)",
    fix="Add a logging module in a layer that may do I/O (`configure_logging(level)`, as "
    "mason's templates do: structlog with merge_contextvars, add_log_level, "
    "TimeStamper(utc=True), CallsiteParameterAdder and JSONRenderer) and call it where the "
    "program starts.",
    scope="file",
)

LOG003 = Rule(
    id="LOG003",
    check="logging",
    title="Log call passes a secret",
    rationale="Seed 004 (7.4): never log secrets (tokens, passwords, PII). A log call that "
    "passes a value named like one (`password`, `client_secret`, `api_key`, `access_token`, "
    "`authorization`, `cookie`, `token`), as a keyword, an `extra` key, a %-style argument or "
    "an f-string field, writes it to every log sink. A parser's position in its token stream "
    "(`next_token`, `unexpected_token`) is not one. Judged in every project.",
    seed="004 (7.4 Best practices: never log secrets)",
    fix="Drop the value, or log what identifies it without revealing it (its length, a "
    "fingerprint, the last four characters).",
    severity=Severity.WARNING,
)

RULES = (LOG001, LOG002, LOG003)
