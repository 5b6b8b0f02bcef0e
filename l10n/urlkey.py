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


def normalize_url(url: str) -> str:
    """The canonical form of an article URL: lower-case host, no fragment, no tracking query."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(url or "<empty URL>", "not an http(s) URL",
                         "Give the article's full address, e.g. https://example.com/news/1")
    host = parts.hostname.encode("idna").decode("ascii") if not parts.hostname.isascii() \
        else parts.hostname
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = host.lower() + (f":{port}" if port else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


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


def catalog_key(url: str) -> str:
    """``host/path-slug`` for a source URL, e.g. ``www.vietnamplus.vn/viet-nam-...-post1052174``.

    The path's segments are slugified and joined with ``-``. When the slug cannot stand for the
    URL exactly (several path segments, a query string, characters changed by slugification),
    a short hash of the normalized URL is appended, so two different articles never share a
    directory while the common one-segment news URL keeps a readable key.
    """
    normalized = normalize_url(url)
    parts = urlsplit(normalized)
    digest = hashlib.sha256(normalized.encode("utf-8")).hexdigest()
    segments = [s for s in _PAGE_EXT.sub("", parts.path.rstrip("/")).split("/") if s]
    slug = "-".join(filter(None, (_slug(s) for s in segments))) or "index"
    if parts.query or "/".join(segments) not in (slug, ""):
        slug = f"{slug}-{digest[:8]}"
    host = _UNSAFE_HOST.sub("-", parts.netloc).strip(".-") or "unknown-host"
    return f"{_shorten(host, digest)}/{_shorten(slug, digest)}"
