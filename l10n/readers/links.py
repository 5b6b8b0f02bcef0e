"""Addresses found in pages, resolved and split without ever raising.

An ``href`` or ``src`` may hold any text, and urllib raises ValueError on some of it
(``//[x``, ``https://[::1``: an unclosed IPv6 bracket). Such an address names nothing a reader
could use, so it becomes ``""`` (no link, no image path) instead of ending the ingest.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import SplitResult, urljoin, urlsplit


def split(url: str) -> SplitResult | None:
    """The parts of ``url``, or None when urllib cannot split it."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def splittable(url: str) -> bool:
    """Whether urllib can split ``url``: only a bracket or a non-ASCII character can stop it,
    so nearly every address is answered without splitting it."""
    return (url.isascii() and "[" not in url and "]" not in url) or split(url) is not None


def resolve(base: str, url: str) -> str:
    """``url`` made absolute against ``base`` (when there is one); ``""`` when unparseable."""
    url = url.strip()
    if not url or not base or url.startswith(("http://", "https://")):
        return url if splittable(url) else ""
    try:
        return urljoin(base, url)
    except ValueError:
        return ""


def path_of(url: str) -> str:
    """The path part of ``url`` (relative or not, it names a resource); ``""`` when unparseable."""
    parts = split(url)
    return parts.path if parts is not None else ""


def addresses(value: str) -> Iterator[str]:
    """The addresses in an attribute value: one in ``src``, one per candidate in ``srcset``
    (``a.jpg 1x, b.jpg 2x``)."""
    for candidate in value.split(","):
        address = candidate.strip().split(" ")[0]
        if address:
            yield address
