"""URL ingest against a real HTTP server on 127.0.0.1: redirects, errors, slow and huge pages,
and servers that declare the wrong charset."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from l10n.catalog.urlkey import catalog_key
from l10n.errors import InputError
from l10n.sources.fetch import fetch
from l10n.sources.resolve import read_source
from tests.conftest import ROOT
from tests.test_cli import assert_one_line_error, run

PAGE = (ROOT / "tests" / "fixtures" / "pages" / "iom-report.html").read_bytes()
CANONICAL = "https://www.deltaherald.example/world/2025/07/28/migrants-mekong-route?utm_source=rss"
FRENCH = ("<html><head><title>Été</title></head><body><article><h1>Un été à Hà Nội</h1>"
          + "<p>L’été a été très chaud à Hà Nội cette année, déjà en mai, dit-on là-bas.</p>" * 4
          + "</article></body></html>")
LEGACY = FRENCH.replace("’", "'").replace("Hà Nội", "Hanoï")


class Handler(BaseHTTPRequestHandler):
    """One route per case; every answer is what a real, misbehaving web server would send."""

    routes: ClassVar[dict[str, Callable[[Handler], None]]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    def log_message(self, format: str, *args: object) -> None:
        return

    def reply(self, body: bytes, content_type: str = "text/html; charset=utf-8",
              status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, target: str) -> None:
        self.send_response(301)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _slow(handler: Handler) -> None:
    time.sleep(2)
    handler.reply(PAGE)


def _huge(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()  # no length: the client must count
    chunk = b"<p>" + b"x" * 65533
    try:
        for _ in range(64):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


def _declared_huge(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * 1024 * 1024))
    handler.end_headers()


Handler.routes = {
    "/article": lambda h: h.reply(PAGE),
    "/moved": lambda h: h.redirect("/article"),
    "/loop": lambda h: h.redirect("/loop"),
    "/gone": lambda h: h.reply(b"<h1>Gone</h1>", status=410),
    "/slow": _slow,
    "/huge": _huge,
    "/declared-huge": _declared_huge,
    "/mislabelled": lambda h: h.reply(FRENCH.encode("utf-8"), "text/html; charset=iso-8859-1"),
    "/legacy": lambda h: h.reply(LEGACY.encode("cp1252"), "text/html; charset=windows-1252"),
    "/unlabelled": lambda h: h.reply(LEGACY.encode("cp1252"), "text/html"),
    "/pdf": lambda h: h.reply(b"%PDF-1.4", "application/pdf"),
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A threaded HTTP server on a free port of 127.0.0.1; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_redirect_is_followed_and_the_canonical_url_is_the_source(server: str) -> None:
    page = fetch(f"{server}/moved")
    assert page.url == f"{server}/article"
    article = read_source(f"{server}/moved")
    assert article.source_url == CANONICAL
    assert article.lang == "en"


def test_url_flag_wins_over_the_canonical_link(server: str) -> None:
    article = read_source(f"{server}/article", url="https://example.com/other")
    assert article.source_url == "https://example.com/other"


def test_a_page_without_canonical_link_is_keyed_by_its_address(server: str) -> None:
    article = read_source(f"{server}/mislabelled")
    assert article.source_url == f"{server}/mislabelled"


def test_wrong_charset_header_on_utf8_bytes(server: str) -> None:
    article = read_source(f"{server}/mislabelled")
    assert "L’été a été très chaud à Hà Nội" in article.blocks[1].text


@pytest.mark.parametrize("route", ["/legacy", "/unlabelled"])
def test_windows_1252_pages(server: str, route: str) -> None:
    article = read_source(f"{server}{route}")
    assert "L'été a été très chaud à Hanoï" in article.blocks[1].text


@pytest.mark.parametrize(("route", "message"), [
    ("/missing", "HTTP 404"),
    ("/gone", "HTTP 410"),
    ("/loop", "more than 10 redirects"),
    ("/pdf", "not a web page (application/pdf)"),
])
def test_errors_name_the_url(server: str, route: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        fetch(f"{server}{route}")
    assert caught.value.where == f"{server}{route}"


def test_slow_server_times_out(server: str) -> None:
    with pytest.raises(InputError, match=r"no answer within 0\.5 s"):
        fetch(f"{server}/slow", timeout=0.5)


@pytest.mark.parametrize("route", ["/huge", "/declared-huge"])
def test_huge_page_is_refused(server: str, route: str) -> None:
    with pytest.raises(InputError, match="page larger than 1 MiB"):
        fetch(f"{server}{route}", max_bytes=1024 * 1024)


def test_nothing_listens(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/article", timeout=2)


def test_cli_ingests_a_url(server: str, tmp_path: Path) -> None:
    proc = run("ingest", f"{server}/moved", "--to", "vi", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "catalogs" / catalog_key(CANONICAL) / "vi.po").is_file()


def test_cli_http_error_is_one_line(server: str, tmp_path: Path) -> None:
    assert_one_line_error(run("ingest", f"{server}/missing", cwd=tmp_path), "/missing",
                          "HTTP 404")


def test_markdown_served_over_http_is_read_as_markdown(server: str) -> None:
    Handler.routes["/note.md"] = lambda h: h.reply(
        "---\ntitle: Note\nurl: https://example.com/notes/1\n---\n\nUne *courte* note, "
        "écrite en Markdown et servie telle quelle.\n".encode(), "text/markdown; charset=utf-8")
    article = read_source(f"{server}/note.md")
    assert article.source_url == "https://example.com/notes/1"
    assert article.blocks[-1].text.startswith("Une <1>courte</1> note")
