# @file io_modules.py
# @path src/mason/domain/io_modules.py
# @version 0.1.0
"""The modules a pure layer may not import: I/O, environment readers, I/O clients, frameworks.

Every layout's forbidden contract names them (``Layout.contracts``); import-linter reports an
import of one as LAY001. import-linter sees external packages by their top-level name only, so
only a package that is I/O as a whole is listed: ``urllib`` and ``http`` are not, since pure code
parses URLs with ``urllib.parse`` and names statuses with ``http.HTTPStatus`` (a domain model of
a real project did); their I/O (``urllib.request``, ``http.client``) is a call the purity check
sees. What a pure layer does with names it may import (``open``, ``Path.read_text``,
``time.time``) is the purity check's to judge (PUR001-PUR003).
"""

STDLIB_IO: tuple[str, ...] = (
    "dbm",
    "fcntl",
    "fileinput",
    "ftplib",
    "getpass",
    "glob",
    "imaplib",
    "mmap",
    "multiprocessing",
    "os",
    "poplib",
    "pty",
    "select",
    "selectors",
    "shelve",
    "shutil",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "ssl",
    "subprocess",
    "tempfile",
    "termios",
    "tty",
    "webbrowser",
    "xmlrpc",
)
"""Standard-library modules whose purpose is file, process, network or terminal I/O."""

IO_CLIENTS: tuple[str, ...] = (
    "aio_pika",
    "aiobotocore",
    "aiofiles",
    "aiohttp",
    "aiokafka",
    "aiomysql",
    "aioredis",
    "aiosqlite",
    "asyncpg",
    "boto3",
    "botocore",
    "elasticsearch",
    "grpc",
    "httpx",
    "kafka",
    "motor",
    "mysql",
    "paramiko",
    "pika",
    "psycopg",
    "psycopg2",
    "psycopg_pool",
    "pymongo",
    "pymysql",
    "redis",
    "requests",
    "sqlalchemy",
    "sqlmodel",
    "urllib3",
    "websockets",
)
"""Third-party HTTP, database, queue and cloud clients."""

ENVIRONMENT_READERS: tuple[str, ...] = ("decouple", "dotenv", "environs", "pydantic_settings")
"""Third-party packages that read the process environment or ``.env`` files."""

FRAMEWORKS: tuple[str, ...] = (
    "click",
    "django",
    "falcon",
    "fastapi",
    "flask",
    "litestar",
    "quart",
    "rich",
    "sanic",
    "starlette",
    "tornado",
    "typer",
    "uvicorn",
)
"""Web and command-line frameworks: their objects belong to the shell, not to pure code."""

PURE_FORBIDDEN: tuple[str, ...] = tuple(
    sorted({*STDLIB_IO, *IO_CLIENTS, *ENVIRONMENT_READERS, *FRAMEWORKS})
)
"""Everything a pure layer's forbidden contract names, sorted (the order the template uses)."""
