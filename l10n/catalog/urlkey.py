"""Catalog keys derived from source URLs: where an article's catalogs live under ``catalogs/``.

The key is a pure function of the normalized URL so that re-ingesting the same article (from a
file, a URL or a CMS export) always lands in the same directory. It is built only from safe
characters, so it can never escape the catalogs directory.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from l10n.errors import InputError

# Query parameters that identify a campaign, not an article.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|cmpid|at_\w+)$",
                       re.I)
# Page extensions that say how a page was made, not which article it is.
_PAGE_EXT = re.compile(r"\.(html?|shtml|php|aspx?|jsp|vnp|cms|ece|htm)$", re.I)
_UNSAFE = re.compile(r"[^a-z0-9]+")
_UNSAFE_HOST = re.compile(r"[^a-z0-9.-]+")
_MAX_SEGMENT = 120
# Names Windows reserves for devices, with or without an extension (``con``, ``nul.txt``).
_RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                       *(f"{dev}{n}" for dev in ("com", "lpt") for n in range(10))})
# A registered host name as RFC 3986 allows it (after IDNA); IPv6 literals are checked apart.
_REG_NAME = re.compile(r"[a-z0-9._~!$&'()*+,;=%-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_SPACE = " \t\n\r\f\v"  # what may surround a URL pasted from a file or a terminal
_BAD_URL = "Give the article's full address, e.g. https://example.com/news/1"


def normalize_url(url: str) -> str:
    """The canonical form of an article URL: lower-case host, no fragment, no tracking query.

    Credentials are dropped (they never name a different article, and must not be stored).
    Control characters are refused rather than cleaned: the URL goes into PO headers, where a
    newline would forge a header line.
    """
    text = url.strip(_ASCII_SPACE)
    bad = _CONTROL.search(text)
    if bad:
        raise InputError(repr(url)[:200], f"control character U+{ord(bad.group()):04X} in URL",
                         _BAD_URL)
    try:
        parts = urlsplit(text)
        hostname, port = parts.hostname, parts.port
    except ValueError as exc:  # bad IPv6 literal, port out of range or not a number
        raise InputError(url[:200], f"not a valid URL ({exc})", _BAD_URL) from exc
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        raise InputError(url[:200] or "<empty URL>", "not an http(s) URL", _BAD_URL)
    host = _ascii_host(hostname, url)
    host = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets
    netloc = host + (f":{port}" if port not in (None, 80, 443) else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def public_url(url: str) -> str:
    """``url`` as catalogs store it: checked like :func:`normalize_url` and without credentials
    (a password must not travel in a PO header), otherwise as given."""
    normalize_url(url)
    text = url.strip(_ASCII_SPACE)
    netloc = urlsplit(text).netloc
    if "@" not in netloc:
        return text
    return text.replace(f"//{netloc}", "//" + netloc.rpartition("@")[2], 1)


def _ascii_host(hostname: str, url: str) -> str:
    """The host in ASCII (IDNA for international names), lower case."""
    try:
        host = hostname if hostname.isascii() else hostname.encode("idna").decode("ascii")
    except UnicodeError:  # a label too long or empty, or a character IDNA forbids
        host = ""
    host = host.lower()
    if ":" in host or _REG_NAME.fullmatch(host):  # urlsplit has checked IPv6 literals
        return host
    raise InputError(url[:200], f"not a valid host name {hostname[:60]!r}", _BAD_URL)


def _slug(segment: str) -> str:
    """A segment as lower-case ASCII words joined by hyphens (Vietnamese loses its accents)."""
    ascii_text = unicodedata.normalize("NFKD", segment.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return _UNSAFE.sub("-", ascii_text).strip("-")


def _shorten(slug: str, digest: str) -> str:
    """Keep path components short enough for every file system; the digest keeps them unique."""
    if len(slug) <= _MAX_SEGMENT:
        return slug
    return slug[: _MAX_SEGMENT - 9].rstrip("-") + "-" + digest[:8]


def _portable(component: str, digest: str) -> str:
    """A component Windows can create: a device name (``con``, ``nul.com``) gets the digest."""
    stem, dot, rest = component.partition(".")
    if stem not in _RESERVED:
        return component
    return f"{stem}-{digest[:8]}{dot}{rest}"


def _host_component(netloc: str) -> str:
    """The host (and port) as a directory name; a hash when characters had to change, so that
    ``a_b.org`` never meets ``a-b.org``, nor ``host:8080`` meets ``host-8080``."""
    host = _UNSAFE_HOST.sub("-", netloc).strip(".-") or "unknown-host"
    digest = hashlib.sha256(netloc.encode("utf-8")).hexdigest()
    if host != netloc:
        host = f"{host[:_MAX_SEGMENT - 9]}-{digest[:8]}"
    return _portable(_shorten(host, digest), digest)


def catalog_key(url: str) -> str:
    """``host/path-slug`` for a source URL, e.g. ``www.vietnamplus.vn/viet-nam-...-post1052174``.

    The path's segments are slugified and joined with ``-``. When the slug cannot stand for the
    URL exactly (several path segments, a query string, characters changed by slugification,
    a trailing slash), a short hash of the normalized URL is appended, so two different
    articles never share a directory while the common one-segment news URL keeps a readable
    key. The only URLs that share a key are those :func:`normalize_url` makes equal and those
    differing only in http/https or in the last segment's page extension (``/x`` and
    ``/x.html`` are one page).
    Every component is at most 120 ASCII characters from ``[a-z0-9.-]``, never a Windows
    device name, never ``.`` or ``..``: the key is a portable path inside the catalogs dir.
    """
    normalized = normalize_url(url)
    parts = urlsplit(normalized)
    digest = hashlib.sha256(normalized.encode("utf-8")).hexdigest()
    path = parts.path
    segments = [s for s in _PAGE_EXT.sub("", path.rstrip("/")).split("/") if s]
    slug = "-".join(filter(None, (_slug(s) for s in segments))) or "index"
    readable = path == "/" or (_PAGE_EXT.sub("", path) == f"/{slug}" and slug != "index")
    if parts.query or not readable:
        slug = f"{slug}-{digest[:8]}"
    return f"{_host_component(parts.netloc)}/{_portable(_shorten(slug, digest), digest)}"
