# @file rules.py
# @path src/mason/checks/purity/rules.py
# @version 0.1.0
"""The rules of the purity check: each one a value that makes its own findings."""

from mason.domain.rule import Rule

_PURE = (
    "Pure layers are the layout's (functional-core: domain, protocols, decorators, ops; "
    "clean-ddd: core, domain; four-layer: foundation; webapp: schemas; cli: core) or "
    "[tool.mason].pure_layers."
)

PUR001 = Rule(
    id="PUR001",
    check="purity",
    title="I/O in a pure layer",
    rationale="Seed 000: the functional core computes; I/O, persistence and external mutation "
    "are pushed to the shell. An import contract cannot see `open()` (a builtin) or "
    "`Path.read_text` (pathlib is imported for values too), so the calls are judged: the "
    "builtins open/input/print, path methods that touch the file system, os, subprocess, "
    "socket, sqlite3, shutil, tempfile, urllib.request, http.client, and the constructors and "
    f"requests of known clients (requests, httpx, aiohttp, sqlalchemy, redis, boto3...). {_PURE}",
    seed="000 (1. Principles: Functional Core / Imperative Shell), 001, 002",
    fix="Define a Protocol for the capability in the pure layer, implement it in an adapter "
    "(or infrastructure) layer, and pass it in; or return the data and let the shell write it.",
)

PUR002 = Rule(
    id="PUR002",
    check="purity",
    title="Environment or process state read in a pure layer",
    rationale="Seed 000: pure functions depend on their arguments only. os.environ, "
    "os.getenv, sys.argv, sys.stdin/stdout, the working directory, the user's home and "
    f"pydantic-settings' BaseSettings make the core's result depend on the machine. {_PURE}",
    seed="000 (1. Principles: Functional Core / Imperative Shell)",
    fix="Read settings and arguments at the program's edge (runtime, interface) and pass the "
    "values in.",
)

PUR003 = Rule(
    id="PUR003",
    check="purity",
    title="Clock or randomness in a pure layer",
    rationale="Seed 000: the core computes deterministic state transitions. time.time, "
    "datetime.now/utcnow/today, date.today, time.sleep, random, secrets, uuid1/uuid4/uuid7 "
    "and os.urandom make it give different answers to the same question, and so do they "
    "passed as a default (`Field(default_factory=uuid4)`). A seeded `random.Random(seed)` is "
    f"deterministic and allowed. {_PURE}",
    seed="000 (1. Principles: Functional Core / Imperative Shell)",
    fix="Take the time, the id or the random source as a parameter (`now: datetime`, "
    "`new_id: Callable[[], UUID]`, `rng: random.Random`) and let the shell supply it.",
)

PUR004 = Rule(
    id="PUR004",
    check="purity",
    title="I/O client created at import time",
    rationale="Seed 000 (anti-pattern 7): a connection, session or client made at module "
    "level, or in a decorator's own body (which runs when the decorated function is defined), "
    "is I/O at import time: importing the module needs the network or the database, tests "
    "cannot replace it, and settings are read before the program chose them. Judged in every "
    "module of the package; in a pure layer the same call is PUR001.",
    seed="000 (12. Anti-patterns: 7. Import-Time IO Side Effects in Decorator Bodies), 002",
    fix="Create the client where the program starts (a main function, an app factory, a "
    "lifespan handler) and pass it to what needs it; in a decorator, inside the wrapper.",
)

RULES = (PUR001, PUR002, PUR003, PUR004)
