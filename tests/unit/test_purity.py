# @file test_purity.py
# @path tests/unit/test_purity.py
# @version 0.1.0
"""The purity judge over syntax trees: effects in pure layers, clients at import time.

Each case is a small module as real code writes it; the expected findings name the rule and
the line, so a case that finds too much fails as surely as one that finds too little.
"""

import ast
from textwrap import dedent

import pytest

from mason.checks.purity.effects import Effect, effect_of
from mason.checks.purity.judge import check_purity


def _found(source: str, *, layer: str | None = "domain") -> list[tuple[str, int]]:
    findings = check_purity(ast.parse(dedent(source)), "src/pkg/domain/m.py", layer=layer)
    return [(finding.rule, finding.line or 0) for finding in findings]


def _message(source: str, *, layer: str | None = "domain") -> str:
    (finding,) = check_purity(ast.parse(dedent(source)), "src/pkg/domain/m.py", layer=layer)
    return finding.message


@pytest.mark.parametrize(
    "source",
    [
        "x = open('f')",
        "name = input()",
        "print('hi')",
        "import subprocess\nsubprocess.run(['ls'])",
        "import subprocess as sp\nsp.check_output(['ls'])",
        "from subprocess import run as go\ngo(['ls'])",
        "import os\nos.remove('f')",
        "import os.path\nos.path.exists('f')",
        "import shutil\nshutil.rmtree('d')",
        "import socket\ns = socket.socket()",
        "import sqlite3\nsqlite3.connect('db')",
        "from urllib.request import urlopen\nurlopen('http://x')",
        "import http.client\nhttp.client.HTTPSConnection('x')",
        "import tempfile\ntempfile.mkdtemp()",
        "import requests\nrequests.get('http://x')",
        "import httpx\nclient = httpx.Client()",
        "from sqlalchemy import create_engine\ncreate_engine('sqlite://')",
        "import boto3\nboto3.client('s3')",
        "from redis import Redis\nRedis.from_url('redis://')",
        "from pathlib import Path\nPath('f').read_text()",
        "import pathlib\npathlib.Path('d').iterdir()",
        "import asyncio\nasyncio.create_subprocess_exec('ls')",
    ],
)
def test_io_in_a_pure_layer_is_pur001(source: str) -> None:
    assert [rule for rule, _ in _found(source)] == ["PUR001"]


@pytest.mark.parametrize(
    "source",
    [
        "import os\nhome = os.environ['HOME']",
        "import os\nos.environ.get('X')",
        "from os import environ\nenviron.get('X')",
        "import os\nos.getenv('X')",
        "import sys\nargs = sys.argv[1:]",
        "import sys\nsys.stdout.write('x')",
        "from sys import stdin\nstdin.read()",
        "from pathlib import Path\nPath.cwd()",
        "from pathlib import Path\nPath.home()",
        "import os.path\nos.path.expanduser('~')",
        "from pydantic_settings import BaseSettings\nclass S(BaseSettings):\n    x: int = 1",
    ],
)
def test_environment_and_process_state_in_a_pure_layer_is_pur002(source: str) -> None:
    assert [rule for rule, _ in _found(source)] == ["PUR002"]


@pytest.mark.parametrize(
    "source",
    [
        "import time\nt = time.time()",
        "import time\ntime.monotonic()",
        "import time\ntime.sleep(1)",
        "from datetime import datetime\ndatetime.now()",
        "from datetime import UTC, datetime\ndatetime.now(tz=UTC)",
        "import datetime\ndatetime.datetime.utcnow()",
        "import datetime as dt\ndt.date.today()",
        "from datetime import date\ndate.today()",
        "import random\nrandom.choice([1, 2])",
        "from random import randint\nrandint(1, 6)",
        "import random\nrng = random.Random()",
        "import uuid\nuuid.uuid4()",
        "from uuid import uuid1\nuuid1()",
        "import secrets\nsecrets.token_hex()",
        "import os\nos.urandom(8)",
        # arclith's domain models: ids from the uuid6 package, timestamps from a lambda
        "from uuid6 import uuid7\nfrom pydantic import Field\nID = Field(default_factory=uuid7)",
        (
            "from datetime import UTC, datetime\nfrom pydantic import Field\n"
            "AT = Field(default_factory=lambda: datetime.now(UTC))"
        ),
        # a reference draws as surely as a call: at each construction of the model
        (
            "from uuid import UUID, uuid4\nfrom pydantic import BaseModel, Field\n"
            "class Task(BaseModel):\n    id: UUID = Field(default_factory=uuid4)"
        ),
        (
            "from datetime import datetime\nfrom dataclasses import dataclass, field\n"
            "@dataclass(frozen=True)\nclass Event:\n"
            "    at: datetime = field(default_factory=datetime.now)"
        ),
    ],
)
def test_clocks_and_chance_in_a_pure_layer_are_pur003(source: str) -> None:
    assert [rule for rule, _ in _found(source)] == ["PUR003"]


@pytest.mark.parametrize(
    "source",
    [
        # pure uses of impure modules' names
        "import os\nos.path.join('a', 'b')",
        "import os\nsep = os.sep",
        "import os\nos.fspath('a')",
        "import random\nrng = random.Random(42)",
        "import time\ntime.gmtime(0)",
        "import time\ntime.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 0))",
        "from datetime import datetime\ndatetime(2024, 1, 1)",
        "from datetime import datetime\ndatetime.fromisoformat('2024-01-01')",
        "import uuid\nuuid.uuid5(uuid.NAMESPACE_DNS, 'x')",
        "from uuid import UUID\nUUID(int=1)",
        "import httpx\nTIMEOUT = httpx.Timeout(5)",
        "from pathlib import PurePosixPath\nPurePosixPath('a').with_suffix('.b')",
        "from pathlib import Path\nPath('a').with_suffix('.b').name",
        "import sys\nsys.version_info >= (3, 12)",
        # arclith's domain parses URLs; a schema names a status
        "from urllib.parse import urlsplit\nhost = urlsplit('https://x').netloc",
        "from http import HTTPStatus\nOK = HTTPStatus.OK",
        # annotations, except clauses and type-checking imports use nothing
        "import random\ndef roll(rng: random.Random) -> int:\n    return rng.randint(1, 6)",
        "import socket\ndef f(s: socket.socket) -> None: ...",
        "import subprocess\ntry:\n    pass\nexcept subprocess.CalledProcessError:\n    pass",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import os\n    x = os.getcwd()",
        # a method called open on a domain object, and local names that shadow builtins
        "class Door:\n    def open(self) -> None: ...\nDoor().open()",
        "def parse(input: str) -> str:\n    return input.strip()",
        "def f(print: object) -> None:\n    print()",
        "def open(name: str) -> str:\n    return name\nopen('x')",
        "def schedule(time: float) -> float:\n    return time.real",
        "from pathlib import Path\ndef f(p: Path) -> str:\n    return p.name",
    ],
)
def test_pure_code_passes(source: str) -> None:
    assert _found(source) == []


def test_paths_are_known_by_annotation_binding_item_and_class_field() -> None:
    source = """\
        from collections.abc import Sequence
        from pathlib import Path

        from pydantic import BaseModel

        ROOT = Path("data")


        class Store(BaseModel):
            root: Path

            def load(self) -> str:
                return self.root.read_text()


        def f(p: Path | None, paths: Sequence[Path], q: "Path") -> None:
            if p is not None:
                p.unlink()
            for item in paths:
                item.stat()
            q.parent.mkdir()
            out = ROOT / "out"
            out.write_text("x")
            (ROOT / "a").exists()
        """
    assert _found(source) == [
        ("PUR001", 13),
        ("PUR001", 18),
        ("PUR001", 20),
        ("PUR001", 21),
        ("PUR001", 23),
        ("PUR001", 24),
    ]


def test_a_finding_names_what_was_written_and_what_it_is() -> None:
    message = _message("import subprocess as sp\nsp.run(['ls'])")
    assert message == (
        "`sp.run` (subprocess.run) does file, process, network or terminal I/O "
        "in pure layer 'domain'"
    )
    assert _message("print(1)").startswith("`print` does")


CLIENT_AT_IMPORT = """\
    import functools
    from collections.abc import Callable

    import httpx
    import structlog
    from pydantic import TypeAdapter
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    TIMEOUT = httpx.Timeout(5)
    logger = structlog.get_logger()
    ADAPTER = TypeAdapter(int)


    class Repository:
        client = httpx.Client()

        def __init__(self) -> None:
            self.client = httpx.Client()


    def attach_db[**P, R](func: Callable[P, R]) -> Callable[P, R]:
        db = create_engine("sqlite://")

        @functools.wraps(func)
        def wrap(*args: P.args, **kwargs: P.kwargs) -> R:
            session = httpx.Client()
            return func(*args, **kwargs)

        return wrap


    def make_handler() -> Callable[[], httpx.Client]:
        client = httpx.Client()

        def handler() -> httpx.Client:
            return client

        return handler


    def fetch(client: httpx.Client = httpx.Client()) -> None: ...


    if __name__ == "__main__":
        httpx.get("https://example.org")
    """


def test_clients_created_at_import_time_are_pur004_in_every_other_layer() -> None:
    assert _found(CLIENT_AT_IMPORT, layer=None) == [
        ("PUR004", 9),
        ("PUR004", 16),
        ("PUR004", 23),
        ("PUR004", 42),
    ]


def test_in_a_pure_layer_the_same_clients_are_pur001_wherever_they_are() -> None:
    found = _found(CLIENT_AT_IMPORT)
    assert {rule for rule, _ in found} == {"PUR001"}
    assert [line for _, line in found] == [9, 16, 19, 23, 27, 34, 42, 46]


def test_a_decorators_own_body_is_named() -> None:
    source = """\
        import httpx

        def retry(times: int):
            client = httpx.AsyncClient()

            def decorate(func):
                def wrap(*args):
                    return func(*args)

                return wrap

            return decorate


        @retry(3)
        def ping() -> None: ...
        """
    assert _message(source, layer=None) == (
        "`httpx.AsyncClient` creates an I/O client or makes a request at import time "
        "(in decorator `retry`)"
    )


def test_the_longest_entry_decides_and_exceptions_and_constants_do_nothing() -> None:
    assert effect_of("os.path.join") is None
    assert effect_of("os.path.exists") == ("os.path.exists", Effect.IO)
    assert effect_of("os.environ.get") == ("os.environ", Effect.ENVIRONMENT)
    assert effect_of("sqlite3.connect") == ("sqlite3.connect", Effect.CLIENT)
    assert effect_of("sqlite3.Row") == ("sqlite3", Effect.IO)
    assert effect_of("subprocess.TimeoutExpired") is None
    assert effect_of("subprocess.PIPE") is None
    assert effect_of("httpx.Timeout") is None
