# @file oracle_model.py
# @path tests/oracle_model.py
# @version 0.1.0
"""The files the exactness search edits, written from a small model of the project.

Each field of ``Model`` is one thing an edit can change; ``files`` writes the project's planted
modules from it. Every edit of the search is then a change of one field, so a failure shrinks
to a short list of field changes that reproduce it.
"""

from dataclasses import dataclass, field

SPAWN_FREE_TEST = "tests/test_values.py"


def _with_header(path: str, text: str | None) -> str | None:
    if text is None:
        return None
    return f"# @file {path.rsplit('/', 1)[-1]}\n# @path {path}\n# @version 0.1.0\n{text}"


@dataclass
class Model:
    """What the planted modules of the oracle's project say."""

    package: str
    stream_yields: bool = True
    stream_async: bool = True
    helper_type: str = "int"
    test_note: int = 0
    greeting: str = "hello"
    factor: int = 2
    scale_parameter: str = "int"
    scale_decorated: bool = False
    extra: dict[str, int] = field(default_factory=dict[str, int])
    """Added modules: name -> the number each returns (below 0: the module does not parse)."""
    conftest: int | None = None
    """The value a conftest fixture gives (``None``: no conftest)."""
    failing_test: bool = False
    fail_under: int = 70
    use_import: str = "absolute"
    """How ``tests/test_values.py`` imports the package: ``absolute``, ``relative helper``."""

    def files(self) -> dict[str, str | None]:
        """Return every planted file's text (``None``: the file is not there)."""
        package = self.package
        files: dict[str, str | None] = {
            f"src/{package}/stream.py": self._stream(),
            "tests/helpers.py": (
                '"""What the tests share."""\n\n\n'
                f"def make() -> {self.helper_type}:\n"
                '    """Return a number (or its text)."""\n'
                f"    return {'1' if self.helper_type == 'int' else repr('1')}\n"
            ),
            "tests/test_use.py": (
                '"""A test that imports its helper relatively."""\n\n'
                "import asyncio\n\n"
                f"from {package}.consume import total\n\n"
                "from .helpers import make\n\n\n"
                "def test_make() -> None:\n"
                "    value: int = make()\n"
                f"    assert value == 1{' + 0' * self.test_note}\n\n\n"
                "def test_total() -> None:\n"
                "    assert asyncio.run(total()) == 3\n"
            ),
            f"src/{package}/cli.py": (
                '"""A command that greets."""\n\n\n'
                "def main() -> None:\n"
                '    """Print the greeting."""\n'
                f'    print("{self.greeting}")  # noqa: T201 - the command prints\n\n\n'
                'if __name__ == "__main__":\n'
                "    main()\n"
            ),
            f"src/{package}/consume.py": (
                '"""Add up the numbers."""\n\n'
                f"from {package}.stream import numbers\n\n\n"
                "async def total() -> int:\n"
                '    """Return the sum of the numbers."""\n'
                "    found = 0\n"
                "    async for number in numbers():\n"
                "        found += number\n"
                "    return found\n"
            ),
            "tests/test_child.py": (
                '"""A test that runs the command in a child process."""\n\n'
                "import subprocess\n"
                "import sys\n\n\n"
                "def test_the_command_greets() -> None:\n"
                "    done = subprocess.run(\n"
                f'        [sys.executable, "-m", "{package}.cli"],\n'
                "        capture_output=True,\n"
                "        text=True,\n"
                "        check=True,\n"
                "    )\n"
                '    assert done.stdout == "hello\\n"\n'
            ),
            f"src/{package}/values.py": self._values(),
            SPAWN_FREE_TEST: self._values_test(),
            "tests/conftest.py": None
            if self.conftest is None
            else (
                '"""Fixtures."""\n\nimport pytest\n\n\n'
                "@pytest.fixture\ndef base() -> int:\n"
                '    """Return the base."""\n'
                f"    return {self.conftest}\n"
            ),
            "tests/test_base.py": None
            if self.conftest is None
            else (
                '"""Uses the fixture."""\n\n\n'
                "def test_base(base: int) -> None:\n    assert base == 1\n"
            ),
            "tests/test_failing.py": (
                '"""A test that fails."""\n\n\ndef test_fails() -> None:\n    assert 1 == 2\n'
                if self.failing_test
                else None
            ),
        }
        for name, number in self.extra.items():
            files[f"src/{package}/{name}.py"] = (
                f'"""Extra module {name}."""\n\n\ndef {name}() -> int:\n'
                f'    """Return its number."""\n{"  " if number < 0 else ""}    return {number}\n'
            )
        return {path: _with_header(path, text) for path, text in files.items()}

    def _stream(self) -> str:
        header = '"""Numbers, one at a time."""\n\nfrom collections.abc import AsyncIterator\n\n\n'
        keyword = "async def" if self.stream_async else "def"
        body = (
            "    for number in range(3):\n        yield number\n"
            if self.stream_yields
            else "    raise NotImplementedError\n"
        )
        return (
            f'{header}{keyword} numbers() -> AsyncIterator[int]:\n    """Yield 0, 1, 2."""\n{body}'
        )

    def _values(self) -> str:
        decorator = "@functools.cache\n" if self.scale_decorated else ""
        imports = "import functools\n\n" if self.scale_decorated else ""
        return (
            f'"""Scaling."""\n\n{imports}FACTOR = {self.factor}\n\n\n{decorator}'
            f"def scale(x: {self.scale_parameter}) -> int:\n"
            '    """Return x times the factor."""\n'
            "    return int(x) * FACTOR\n"
        )

    def _values_test(self) -> str:
        if self.use_import == "absolute":
            line = f"from {self.package}.values import scale\n"
        else:
            line = f"from {self.package} import values\n\nscale = values.scale\n"
        return f'"""Scaling."""\n\n{line}\n\ndef test_scale() -> None:\n    assert scale(2) == 4\n'
