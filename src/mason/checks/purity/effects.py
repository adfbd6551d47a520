# @file effects.py
# @path src/mason/checks/purity/effects.py
# @version 0.1.0
"""What a name does when code uses it: I/O, an I/O client, the environment, the clock, chance.

Names are the dotted origins the purity check resolves through a module's imports
(``from os import getenv as g``; ``g`` is ``os.getenv``). An entry holds for the name and every
name below it (``subprocess`` holds ``subprocess.run``); the longest entry wins, so
``os.path`` (pure string work) carves out of ``os``, and ``sqlite3.connect`` (a client) out of
``sqlite3`` (I/O). Third-party clients are listed by their constructors and request functions:
``httpx.Timeout(5)`` is a value, ``httpx.Client()`` a connection pool.
"""

from collections.abc import Iterable, Mapping
from enum import StrEnum

from mason.domain.io_modules import ENVIRONMENT_READERS, STDLIB_IO


class Effect(StrEnum):
    """What using a name does; the text completes "`name` ..." in a finding."""

    IO = "does file, process, network or terminal I/O"
    CLIENT = "creates an I/O client or makes a request"
    ENVIRONMENT = "reads the environment or the process's state"
    CLOCK = "reads the clock or waits on it"
    RANDOM = "draws random numbers"
    PURE = "is pure"


PATH_CLASSES = frozenset({"pathlib.Path", "pathlib.PosixPath", "pathlib.WindowsPath", "anyio.Path"})
"""Classes whose instances do file I/O through their methods (``PurePath`` does none)."""

PATH_METHODS: Mapping[str, Effect] = {
    **dict.fromkeys(
        (
            "chmod",
            "copy",
            "copy_into",
            "exists",
            "glob",
            "group",
            "hardlink_to",
            "is_block_device",
            "is_char_device",
            "is_dir",
            "is_fifo",
            "is_file",
            "is_junction",
            "is_mount",
            "is_socket",
            "is_symlink",
            "iterdir",
            "lchmod",
            "lstat",
            "mkdir",
            "move",
            "move_into",
            "open",
            "owner",
            "read_bytes",
            "read_text",
            "readlink",
            "rename",
            "replace",
            "resolve",
            "rglob",
            "rmdir",
            "samefile",
            "stat",
            "symlink_to",
            "touch",
            "unlink",
            "walk",
            "write_bytes",
            "write_text",
        ),
        Effect.IO,
    ),
    **dict.fromkeys(("absolute", "cwd", "expanduser", "home"), Effect.ENVIRONMENT),
}
"""What calling a method of a path does (``Path.cwd()`` reads the process's directory)."""

PATH_RESULTS = frozenset(
    {
        "absolute",
        "cwd",
        "expanduser",
        "home",
        "joinpath",
        "parent",
        "relative_to",
        "resolve",
        "with_name",
        "with_segments",
        "with_stem",
        "with_suffix",
    }
)
"""Methods and properties of a path that give a path."""

PATH_ITEMS = frozenset({"glob", "iterdir", "rglob"})
"""Methods of a path whose items are paths."""


def _each(effect: Effect, names: Iterable[str]) -> dict[str, Effect]:
    return dict.fromkeys(names, effect)


_JUDGED_BY_NAME = frozenset({"getpass", "glob", "ssl", "xmlrpc"})
"""I/O modules (``mason.domain.io_modules``, which a pure layer's contract forbids) whose names
the check judges one by one: ``getpass.getuser`` reads the environment, ``glob.escape`` and
``ssl.SSLContext`` do nothing, ``xmlrpc``'s I/O is its client and server."""

_STDLIB_IO = (
    *(module for module in STDLIB_IO if module not in _JUDGED_BY_NAME),
    "aiofiles",
    "anyio.connect_tcp",
    "anyio.connect_unix",
    "anyio.create_tcp_listener",
    "anyio.open_file",
    "anyio.open_process",
    "anyio.run_process",
    "asyncio.create_subprocess_exec",
    "asyncio.create_subprocess_shell",
    "asyncio.open_connection",
    "asyncio.open_unix_connection",
    "asyncio.start_server",
    "asyncio.start_unix_server",
    "builtins.input",
    "builtins.open",
    "builtins.print",
    "bz2.open",
    "codecs.open",
    "getpass.getpass",
    "glob.glob",
    "glob.iglob",
    "gzip.open",
    "http.client",
    "http.server",
    "io.FileIO",
    "io.open",
    "lzma.open",
    "urllib.request",
    "xmlrpc.client",
    "xmlrpc.server",
    *(f"os.path.{name}" for name in ("exists", "lexists", "isfile", "isdir", "islink")),
    *(f"os.path.{name}" for name in ("ismount", "isjunction", "isdevdrive", "realpath")),
    *(f"os.path.{name}" for name in ("getsize", "getmtime", "getatime", "getctime")),
    *(f"os.path.{name}" for name in ("samefile", "sameopenfile", "samestat")),
    *(f"pathlib.Path.{name}" for name, effect in PATH_METHODS.items() if effect is Effect.IO),
)

_CLIENTS = (
    "aio_pika.connect",
    "aio_pika.connect_robust",
    "aiobotocore.session.get_session",
    "aiohttp.ClientSession",
    "aiohttp.TCPConnector",
    "aiohttp.UnixConnector",
    "aiohttp.request",
    "aiokafka.AIOKafkaConsumer",
    "aiokafka.AIOKafkaProducer",
    "aiomysql.connect",
    "aiomysql.create_pool",
    "aioredis.Redis",
    "aioredis.from_url",
    "aiosqlite.connect",
    "asyncpg.connect",
    "asyncpg.create_pool",
    "boto3.Session",
    "boto3.client",
    "boto3.resource",
    "boto3.session.Session",
    "botocore.session.get_session",
    "elasticsearch.AsyncElasticsearch",
    "elasticsearch.Elasticsearch",
    "ftplib.FTP",
    "ftplib.FTP_TLS",
    "grpc.aio.insecure_channel",
    "grpc.aio.secure_channel",
    "grpc.insecure_channel",
    "grpc.secure_channel",
    "http.client.HTTPConnection",
    "http.client.HTTPSConnection",
    "imaplib.IMAP4",
    "imaplib.IMAP4_SSL",
    "kafka.KafkaConsumer",
    "kafka.KafkaProducer",
    "motor.motor_asyncio.AsyncIOMotorClient",
    "mysql.connector.connect",
    "paramiko.SSHClient",
    "pika.BlockingConnection",
    "poplib.POP3",
    "poplib.POP3_SSL",
    "psycopg.AsyncConnection.connect",
    "psycopg.Connection.connect",
    "psycopg.connect",
    "psycopg2.connect",
    "psycopg2.pool",
    "psycopg_pool.AsyncConnectionPool",
    "psycopg_pool.ConnectionPool",
    "pymongo.MongoClient",
    "pymysql.connect",
    "redis.ConnectionPool",
    "redis.Redis",
    "redis.StrictRedis",
    "redis.asyncio.ConnectionPool",
    "redis.asyncio.Redis",
    "redis.asyncio.from_url",
    "redis.from_url",
    "smtplib.LMTP",
    "smtplib.SMTP",
    "smtplib.SMTP_SSL",
    "socket.create_connection",
    "socket.create_server",
    "socket.socket",
    "sqlalchemy.create_engine",
    "sqlalchemy.engine.create_engine",
    "sqlalchemy.engine_from_config",
    "sqlalchemy.ext.asyncio.async_engine_from_config",
    "sqlalchemy.ext.asyncio.create_async_engine",
    "sqlite3.connect",
    "sqlmodel.create_engine",
    "urllib.request.urlopen",
    "urllib3.HTTPConnectionPool",
    "urllib3.HTTPSConnectionPool",
    "urllib3.PoolManager",
    "urllib3.ProxyManager",
    "urllib3.connection_from_url",
    "urllib3.proxy_from_url",
    "urllib3.request",
    "websockets.connect",
    "websockets.serve",
    "xmlrpc.client.ServerProxy",
    *(f"requests.{name}" for name in ("get", "post", "put", "patch", "delete", "head")),
    *(f"requests.{name}" for name in ("options", "request", "Session", "session")),
    "requests.sessions.Session",
    *(f"httpx.{name}" for name in ("get", "post", "put", "patch", "delete", "head")),
    *(f"httpx.{name}" for name in ("options", "request", "stream", "Client", "AsyncClient")),
)

_ENVIRONMENT = (
    *(module for module in ENVIRONMENT_READERS if module != "pydantic_settings"),
    "getpass.getuser",
    "os.path.abspath",
    "os.path.expanduser",
    "os.path.expandvars",
    "pydantic_settings.BaseSettings",
    "sys.__stderr__",
    "sys.__stdin__",
    "sys.__stdout__",
    "sys.argv",
    "sys.orig_argv",
    "sys.stderr",
    "sys.stdin",
    "sys.stdout",
    "uuid.getnode",
    *(f"pathlib.Path.{name}" for name, effect in PATH_METHODS.items() if effect is not Effect.IO),
    *(f"os.{name}" for name in ("environ", "environb", "getenv", "getenvb", "putenv")),
    *(f"os.{name}" for name in ("unsetenv", "getcwd", "getcwdb", "getpid", "getppid")),
    *(f"os.{name}" for name in ("getlogin", "getuid", "geteuid", "getgid", "getegid")),
    *(f"os.{name}" for name in ("getgroups", "uname", "cpu_count", "process_cpu_count")),
    "os.get_terminal_size",
)

_CLOCK = (
    "arrow.now",
    "arrow.utcnow",
    "datetime.date.today",
    "datetime.datetime.now",
    "datetime.datetime.today",
    "datetime.datetime.utcnow",
    "os.times",
    "pandas.Timestamp.now",
    "pandas.Timestamp.today",
    "pandas.Timestamp.utcnow",
    "pendulum.now",
    "pendulum.today",
    "pendulum.tomorrow",
    "pendulum.yesterday",
    *(f"time.{name}" for name in ("time", "time_ns", "monotonic", "monotonic_ns", "sleep")),
    *(f"time.{name}" for name in ("perf_counter", "perf_counter_ns", "process_time")),
    *(f"time.{name}" for name in ("process_time_ns", "thread_time", "thread_time_ns")),
    *(f"time.{name}" for name in ("localtime", "gmtime", "ctime", "asctime", "strftime")),
)

_RANDOM = (
    "numpy.random",
    "os.getrandom",
    "os.urandom",
    "random",
    "secrets",
    "uuid.uuid1",
    "uuid.uuid4",
    "uuid.uuid6",
    "uuid.uuid7",
    "uuid6.uuid1",
    "uuid6.uuid6",
    "uuid6.uuid7",
    "uuid_utils.uuid1",
    "uuid_utils.uuid4",
    "uuid_utils.uuid6",
    "uuid_utils.uuid7",
)

_PURE = (
    "os.path",
    *(f"os.{name}" for name in ("sep", "altsep", "extsep", "pathsep", "linesep", "curdir")),
    *(f"os.{name}" for name in ("pardir", "devnull", "name", "PathLike", "fspath", "fsencode")),
    *(f"os.{name}" for name in ("fsdecode", "strerror")),
)

EFFECTS: Mapping[str, Effect] = {
    **_each(Effect.IO, _STDLIB_IO),
    **_each(Effect.CLIENT, _CLIENTS),
    **_each(Effect.ENVIRONMENT, _ENVIRONMENT),
    **_each(Effect.CLOCK, _CLOCK),
    **_each(Effect.RANDOM, _RANDOM),
    **_each(Effect.PURE, _PURE),
}
"""Every name with an effect (and the pure names carved out of an impure module)."""

DETERMINISTIC_WITH: Mapping[str, int] = {
    "numpy.random.RandomState": 1,
    "numpy.random.default_rng": 1,
    "random.Random": 1,
    "time.asctime": 1,
    "time.ctime": 1,
    "time.gmtime": 1,
    "time.localtime": 1,
    "time.strftime": 2,
}
"""Calls that read no clock or chance when given this many arguments: a seed, a time."""

_NOT_EFFECTS = ("Error", "Exception", "Warning", "Expired")
"""Exception classes (``subprocess.TimeoutExpired``) and constants (``subprocess.PIPE``) of an
impure module do nothing themselves."""


def effect_of(name: str) -> tuple[str, Effect] | None:
    """Return the entry ``name`` falls under and its effect; ``None`` for a pure name."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        entry = ".".join(parts[:end])
        effect = EFFECTS.get(entry)
        if effect is None:
            continue
        below = parts[-1] if end < len(parts) else ""
        if effect is Effect.PURE or below.endswith(_NOT_EFFECTS) or below.isupper():
            return None
        return entry, effect
    return None
