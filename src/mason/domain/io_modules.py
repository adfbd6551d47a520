# @file io_modules.py
# @path src/mason/domain/io_modules.py
# @version 0.1.0
"""The modules a pure layer may not import: I/O, environment readers, I/O clients, frameworks.

Every layout's forbidden contract names them (``Layout.contracts``); import-linter reports an
import of one as LAY001. import-linter sees external packages by their top-level name only, so
a module is listed whole: ``http`` (for ``http.client``) also forbids ``http.HTTPStatus``, and
``urllib`` (for ``urllib.request``) also forbids ``urllib.parse``; a pure layer keeps both out.
What a pure layer does with names it may import (``open``, ``Path.read_text``, ``time.time``)
is the purity check's to judge (PUR001-PUR003).
"""

STDLIB_IO: tuple[str, ...] = (
    "dbm",
    "fcntl",
    "fileinput",
    "ftplib",
    "getpass",
    "glob",
    "http",
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
    "urllib",
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
