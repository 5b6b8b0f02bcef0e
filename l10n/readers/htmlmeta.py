"""An HTML page's metadata: canonical URL, language, title, standfirst, date, author, site.

Read from what publishers put there for search engines and social networks (canonical link,
Open Graph, JSON-LD ``NewsArticle``, meta tags, a byline element), in that order of trust.
trafilatura's own metadata pass doubled its extraction time on news pages, so this small
module reads just what an article's skeleton needs; htmldate (fast mode) is the last resort
for the date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from l10n.readers.links import split

_ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "BlogPosting",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "Report",
        "LiveBlogPosting",
        "WebPage",
    }
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_XPATH = '//*[@itemprop="datePublished"]|//time[@pubdate]'
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "publish-date",
    "cxenseparse:recs:publishtime",
)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")
_SPACE = re.compile(r"\s+")
_AUTHOR_XPATH = '//*[contains(@rel, "author") or contains(@itemprop, "author")]'


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a page says about itself; empty strings where it says nothing."""

    url: str = ""
    lang: str = ""
    title: str = ""
    description: str = ""
    published: dt.date | None = None
    author: str = ""
    site: str = ""


def read_meta(tree: HtmlElement, base_url: str = "") -> PageMeta:
    """The page's metadata, read from the parsed document (which is left unchanged)."""
    metas = _metas(tree)
    ld = _json_ld_article(tree)
    canonical = _canonical(tree, metas, base_url)
    return PageMeta(
        url=canonical,
        lang=_lang(tree, metas),
        title=_title(tree, metas, ld),
        description=_clean(
            metas.get("og:description")
            or metas.get("description")
            or _text_of(ld.get("description"))
        ),
        published=_published(tree, metas, ld, canonical),
        author=_author(tree, metas, ld),
        site=_clean(
            metas.get("og:site_name") or _name(ld.get("publisher")) or metas.get("application-name")
        ),
    )


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _metas(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property, name or itemprop; the first one wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        value = meta.get("content") or meta.get("value") or ""
        if key and value:
            found.setdefault(key.strip().lower(), value.strip())
        if (meta.get("http-equiv") or "").lower() == "content-language" and value:
            found.setdefault("content-language", value)
    return found


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, including ``@graph`` members."""
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _json_objects(value.get("@graph"))


def _json_ld_article(tree: HtmlElement) -> dict[str, Any]:
    """The page's JSON-LD article object (NewsArticle first), or an empty dict."""
    best: dict[str, Any] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _json_objects(data):
            types = obj.get("@type")
            names = set(types) if isinstance(types, list) else {types}
            if "NewsArticle" in names:
                return obj
            if names & _ARTICLE_TYPES and not best:
                best = obj
    return best


def _text_of(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _name(value: Any) -> str:
    """A JSON-LD person or organization name (``{"name": …}``, a list of them, or a string)."""
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        return _text_of(value.get("name")).strip()
    return _text_of(value).strip()


def _absolute(url: str, base_url: str) -> str:
    """``url`` resolved against ``base_url`` if it is an http(s) address with a host, else ""."""
    try:
        url = urljoin(base_url, url.strip()) if base_url else url.strip()
    except ValueError:  # "https://[::1" and other addresses urllib cannot split
        return ""
    parts = split(url)
    return url if parts is not None and parts.scheme in ("http", "https") and parts.hostname else ""


def _canonical(tree: HtmlElement, metas: dict[str, str], base_url: str) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = _absolute(link.get("href", ""), base_url)
            if url:
                return url
    return _absolute(metas.get("og:url", ""), base_url)


def _lang(tree: HtmlElement, metas: dict[str, str]) -> str:
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    lang = lang or metas.get("content-language", "") or metas.get("og:locale", "")
    return lang.strip().replace("_", "-").split(",")[0]


def _title(tree: HtmlElement, metas: dict[str, str], ld: dict[str, Any]) -> str:
    title = _clean(
        _text_of(ld.get("headline")) or metas.get("og:title") or metas.get("twitter:title")
    )
    if title:
        return title
    h1s = [_clean(h.text_content()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    if len(h1s) == 1:
        return h1s[0]
    head = tree.find(".//title")
    return _TITLE_SUFFIX.sub("", _clean(head.text_content())) if head is not None else ""


def iso_date(text: str | None) -> dt.date | None:
    """The first ``YYYY-MM-DD`` date in ``text`` (ISO 8601 timestamps included), if valid."""
    match = _ISO_DATE.search(text or "")
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _published(
    tree: HtmlElement, metas: dict[str, str], ld: dict[str, Any], url: str
) -> dt.date | None:
    candidates = [_text_of(ld.get("datePublished")), *(metas.get(k) for k in _DATE_METAS)]
    for text in candidates:
        found = iso_date(text)
        if found:
            return found
    for element in tree.xpath(_DATE_XPATH):
        found = iso_date(element.get("datetime") or element.get("content") or element.text)
        if found:
            return found
    return _htmldate(tree, url)


def _htmldate(tree: HtmlElement, url: str) -> dt.date | None:
    """htmldate's fast search (its extensive mode took seconds on one page); it copies the
    tree before pruning it, and tries the URL's date first."""
    from htmldate import find_date  # noqa: PLC0415  (heavy: only pages without a dated meta tag)

    found = find_date(tree, url=url or None, extensive_search=False, original_date=True)
    return iso_date(found)


def _author(tree: HtmlElement, metas: dict[str, str], ld: dict[str, Any]) -> str:
    author = _name(ld.get("author"))
    if not author:
        meta = metas.get("author") or metas.get("article:author") or metas.get("byl") or ""
        author = "" if meta.startswith(("http://", "https://")) else meta
    if not author:
        for element in tree.xpath(_AUTHOR_XPATH):
            marks = f"{element.get('rel', '')} {element.get('itemprop', '')}".split()
            if "author" in marks:
                author = _clean(element.text_content())
                break
    return _clean(re.sub(r"^(?:by|par|bởi)\s+", "", author, flags=re.I))[:200]
