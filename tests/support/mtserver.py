"""A LibreTranslate-speaking HTTP server on 127.0.0.1 for MT tests and benchmarks.

It answers ``POST /translate`` as LibreTranslate does (``q``, ``source``, ``target`` as query
or form parameters; ``{"translatedText": …}``), "translating" by prefixing the target
language, so shields, numbers and URLs pass through. Markers in the text inject failures:

- ``E429xN`` / ``E429RAxN`` / ``E500xN`` / ``SLOWxN`` / ``BADJSONxN``: the first N requests for
  this text get a 429 (``RA``: with ``Retry-After: 1``), a 500, a late answer (``slow``
  seconds) or a body that is not JSON;
- ``DROP`` loses the first shield, ``SWAP`` swaps the first two, ``NUMX`` changes a number.

Every request's text is logged (``server.log``), so a test can count what was sent.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FAIL = re.compile(r"(E429RA|E429|E500|SLOW|BADJSON)x(\d)")
SHIELD = re.compile(r"⟦\d+⟧")


class MTServer(ThreadingHTTPServer):
    """The server and what it saw."""

    daemon_threads = True

    def __init__(self, latency: float = 0.0, slow: float = 2.0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.latency, self.slow = latency, slow
        self.log: list[str] = []
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        """Base URL to give ``--base-url``."""
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self) -> MTServer:
        """Serve from a daemon thread."""
        threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True).start()
        return self


def fake_translation(text: str, target: str) -> str:
    """The server's 'translation', with the output faults the markers ask for."""
    out = f"[{target}] {text}"
    shields = SHIELD.findall(out)
    if "DROP" in text and shields:
        out = out.replace(shields[0], "", 1)
    if "SWAP" in text and len(shields) >= 2:
        a, b = shields[0], shields[1]
        out = out.replace(a, "\0").replace(b, a).replace("\0", b)
    if "NUMX" in text:
        out = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), out.replace("NUMX", "", 1), count=1)
    return out


class _Handler(BaseHTTPRequestHandler):
    server: MTServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read ``server.log`` instead."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        params = {**parse_qs(body), **parse_qs(urlsplit(self.path).query)}
        if urlsplit(self.path).path.rstrip("/") != "/translate":
            self._send(404, b'{"error": "not found"}')
            return
        text, target = params.get("q", [""])[0], params.get("target", [""])[0]
        if params.get("api_key", [""])[0] == "refused-key":
            self._send(403, b'{"error": "Invalid API key"}')
            return
        with self.server.lock:
            self.server.log.append(text)
            self.server.seen[text] += 1
            attempt = self.server.seen[text]
        if self.server.latency:
            time.sleep(self.server.latency)
        fault = FAIL.search(text)
        if fault and attempt <= int(fault.group(2)):
            self._fault(fault.group(1))
            return
        data = json.dumps({"translatedText": fake_translation(text, target)}).encode()
        self._send(200, data)

    def _fault(self, kind: str) -> None:
        if kind == "SLOW":
            time.sleep(self.server.slow)
            self._send(200, json.dumps({"translatedText": "too late"}).encode())
        elif kind == "BADJSON":
            self._send(200, b"<html>Bad gateway</html>")
        elif kind == "E500":
            self._send(500, b'{"error": "internal"}')
        else:
            self._send(429, b'{"error": "slow down"}',
                       {"Retry-After": "1"} if kind == "E429RA" else {})

    def _send(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out test)


def main() -> None:
    """``python -m tests.support.mtserver LATENCY``: serve until killed, print the base URL."""
    server = MTServer(latency=float(sys.argv[1]) if len(sys.argv) > 1 else 0.0)
    print(server.url, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
