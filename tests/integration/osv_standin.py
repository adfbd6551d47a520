# @file osv_standin.py
# @path tests/integration/osv_standin.py
# @version 0.1.0
"""A stand-in for OSV's query API (https://api.osv.dev/v1/query), served on this machine.

The generated workflow's dependency audit asks OSV about every locked package; this machine
cannot reach OSV, and a test must not depend on what the real database says today. The
stand-in answers the same POST requests with the advisories a test plants, and records every
package it was asked about, so a test can prove the audit covered the lock.
"""

import json
import threading
from collections.abc import Generator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Osv:
    """The stand-in's address, the advisories it serves, and what it was asked."""

    url: str
    advisories: Mapping[str, str]
    """Package name -> the advisory id every version of it is affected by."""
    asked: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    """``(name, version)`` of every query, in the order they came."""


def _advisory(advisory: str, name: str) -> dict[str, object]:
    return {
        "id": advisory,
        "summary": f"a vulnerability planted in {name} by mason's tests",
        "aliases": [],
        "modified": "2026-01-01T00:00:00Z",
        "published": "2026-01-01T00:00:00Z",
        "affected": [
            {
                "package": {"name": name, "ecosystem": "PyPI"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}],
            }
        ],
    }


@contextmanager
def osv_standin(advisories: Mapping[str, str]) -> Generator[Osv]:
    """Serve the stand-in on a free local port while the ``with`` block runs."""
    osv = Osv(url="", advisories=advisories)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            name, version = query["package"]["name"], query["version"]
            with lock:
                osv.asked.append((name, version))
            found = advisories.get(name)
            body = json.dumps({"vulns": [_advisory(found, name)]} if found else {}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
            """Keep the test's output for the test."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    osv.url = f"http://127.0.0.1:{server.server_address[1]}/v1/query"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield osv
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
