"""Fetch an article page over HTTP(S): bounded in time and size, redirects followed.

A newsroom pipeline must never hang on a slow server nor fill memory with a huge or endless
response, so every fetch has a connect/read timeout, an overall deadline, and a byte limit read
in chunks. Failures become one-line :class:`~l10n.errors.InputError` naming the URL.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from l10n import __version__
from l10n.errors import InputError
from l10n.sources.charset import header_charset

if TYPE_CHECKING:
    import requests

TIMEOUT = 20.0  # seconds: connect and between bytes, and for the whole download
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 10
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml",
               "text/xml", "text/markdown")


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: where it ended up after redirects, its bytes and declared charset."""

    url: str
    body: bytes
    charset: str | None
    content_type: str


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """GET ``url``; raise :class:`InputError` on HTTP errors, timeouts and oversized pages."""
    import requests

    session = requests.Session()
    session.max_redirects = MAX_REDIRECTS
    headers = {"User-Agent": f"l10n/{__version__} (news translation workflow)",
               "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
    try:
        with session.get(url, headers=headers, timeout=timeout, stream=True) as response:
            if response.status_code >= 400:
                raise InputError(url, f"the server answered HTTP {response.status_code}"
                                 f" {response.reason or ''}".rstrip(),
                                 "Check the address, or save the page and ingest the file")
            content_type = response.headers.get("Content-Type", "")
            kind = content_type.split(";")[0].strip().lower()
            if kind and kind not in _PAGE_TYPES:
                raise InputError(url, f"not a web page ({kind})",
                                 "Give the address of an article page")
            body = _read_limited(response, url, timeout, max_bytes)
            return Page(response.url, body, header_charset(content_type), kind)
    except requests.exceptions.TooManyRedirects as exc:
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects",
                         "Check the address in a browser") from exc
    except requests.exceptions.Timeout as exc:
        raise InputError(url, f"no answer within {timeout:g} s",
                         "Try again later, or save the page and ingest the file") from exc
    except requests.exceptions.RequestException as exc:
        reason = type(exc).__name__
        raise InputError(url, f"cannot fetch ({reason})",
                         "Check the address and the network, or ingest a saved file") from exc
    finally:
        session.close()


def _read_limited(response: requests.Response, url: str, timeout: float,
                  max_bytes: int) -> bytes:
    """The body, refusing more than ``max_bytes`` and downloads slower than ``timeout``."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_big(url, max_bytes)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + timeout
    for chunk in response.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > max_bytes:
            raise _too_big(url, max_bytes)
        if time.monotonic() > deadline:
            raise InputError(url, f"download took more than {timeout:g} s",
                             "Try again later, or save the page and ingest the file")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> InputError:
    return InputError(url, f"page larger than {max_bytes // (1024 * 1024)} MiB",
                      "Save the article part of the page and ingest the file")
