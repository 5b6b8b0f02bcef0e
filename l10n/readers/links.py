"""Addresses found in pages, resolved and split without ever raising.

An ``href`` or ``src`` may hold any text, and urllib raises ValueError on some of it
(``//[x``, ``https://[::1``: an unclosed IPv6 bracket). Such an address names nothing a reader
could use, so it becomes ``""`` (no link, no image path) instead of ending the ingest.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def resolve(base: str, url: str) -> str:
    """``url`` made absolute against ``base`` (when there is one); ``""`` when unparseable."""
    url = url.strip()
    if not url or not base or url.startswith(("http://", "https://")):
        return url if split(url) is not None else ""
    try:
        return urljoin(base, url)
    except ValueError:
        return ""


def split(url: str) -> SplitResult | None:
    """The parts of ``url``, or None when urllib cannot split it."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def path_of(url: str) -> str:
    """The path part of ``url`` (relative or not, it names a resource); ``""`` when unparseable."""
    parts = split(url)
    return parts.path if parts is not None else ""
