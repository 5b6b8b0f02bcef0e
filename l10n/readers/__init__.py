"""Readers turn an article's decoded text into an :class:`~l10n.model.article.Article`.

One registry, :data:`READERS`, maps each format (``html``, ``md``, ``txt``) to a function with
one signature, ``read(source) -> ReadReport``: the article, and for HTML what the reader left
out and how much of the page's article text it holds (``ingest --dry-run`` shows them). A
reader reports what the document says about
itself (its own address, its declared language); :mod:`l10n.sources.resolve` decides which
address and language the article gets, and has already decoded the bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from l10n.errors import InputError
from l10n.limits import Limits
from l10n.locale import normalize_lang
from l10n.model.article import Article
from l10n.model.langtag import base_language
from l10n.model.textsafe import without_controls
from l10n.readers.markdown import read_markdown
from l10n.readers.mdlimits import check_markdown
from l10n.readers.profiles import Profile
from l10n.readers.text import read_text

if TYPE_CHECKING:
    from l10n.readers.html import Dropped
    from l10n.readers.htmlcoverage import Coverage


@dataclass(frozen=True, slots=True)
class Source:
    """One article's text as a reader receives it."""

    text: str
    url: str = ""  # the address known so far: resolves relative links, picks a site profile
    where: str = "<input>"  # the file, URL or <stdin>, for error messages
    limits: Limits = field(default_factory=Limits)
    profiles: tuple[Profile, ...] = ()  # site profiles, the user's first
    estimate: bool = False  # HTML: estimate the article text kept even when it looks whole


@dataclass(frozen=True, slots=True)
class ReadReport:
    """An article as read, with what the HTML reader left out and how much of the page's
    article text it holds (nothing of the kind for other formats)."""

    article: Article
    dropped: tuple[Dropped, ...] = ()
    coverage: Coverage | None = None


Reader = Callable[[Source], ReadReport]


def read_html(source: Source) -> ReadReport:
    """An HTML page: the article trafilatura (or a site profile) finds, the page's canonical
    link and language."""
    # trafilatura costs a few tenths of a second to load: only HTML pages need it.
    from l10n.readers import html, htmllimits  # noqa: PLC0415

    text = without_controls(source.text)  # lxml refuses them in text and attribute values
    tree = html.parse(text)
    htmllimits.check_page(tree, source.limits, source.where)
    page = html.read_page(text, source.url, source.profiles, tree, source.estimate)
    article = replace(page.article, source_url=page.meta.url, lang=_page_lang(page.meta.lang))
    return ReadReport(article, page.dropped, page.coverage)


def _page_lang(tag: str) -> str:
    """``<html lang>`` as a base language tag; a page's wrong or unknown tag is ignored."""
    try:
        return base_language(normalize_lang(tag, "<html lang>")) if tag else ""
    except InputError:
        return ""


def read_md(source: Source) -> ReadReport:
    """A Markdown article with its front matter."""
    check_markdown(source.text, source.limits, source.where)
    return ReadReport(read_markdown(source.text, source.url, source.where))


def read_txt(source: Source) -> ReadReport:
    """An article saved as plain text."""
    return ReadReport(read_text(source.text, "", source.url, source.profiles))


READERS: dict[str, Reader] = {"html": read_html, "md": read_md, "txt": read_txt}


def read(fmt: str, source: Source) -> ReadReport:
    """The article in ``source``, read by the reader of ``fmt`` (one of :data:`READERS`)."""
    return READERS[fmt](source)
