"""Readers turn an article's decoded text into an :class:`~l10n.model.article.Article`.

One registry, :data:`READERS`, maps each format (``html``, ``md``, ``txt``) to a function with
one signature, ``read(source) -> Article``. A reader reports what the document says about
itself (its own address, its declared language); :mod:`l10n.sources.resolve` decides which
address and language the article gets, and has already decoded the bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from l10n.errors import InputError
from l10n.limits import Limits
from l10n.locale import base_language, normalize_lang
from l10n.model.article import Article
from l10n.model.textsafe import without_controls
from l10n.readers.markdown import read_markdown
from l10n.readers.mdlimits import check_markdown
from l10n.readers.text import read_text


@dataclass(frozen=True, slots=True)
class Source:
    """One article's text as a reader receives it."""

    text: str
    url: str = ""  # the address known so far: resolves relative links, picks a site profile
    where: str = "<input>"  # the file, URL or <stdin>, for error messages
    limits: Limits = field(default_factory=Limits)


Reader = Callable[[Source], Article]


def read_html(source: Source) -> Article:
    """An HTML page: the article trafilatura finds, the page's canonical link and language."""
    # lxml and trafilatura cost a few tenths of a second to load: only HTML pages need them.
    from l10n.readers import html, htmllimits  # noqa: PLC0415

    text = without_controls(source.text)  # lxml refuses them in text and attribute values
    htmllimits.check_page(text, source.limits, source.where)
    article, meta = html.read_html(text, source.url)
    return replace(article, source_url=meta.url, lang=_page_lang(meta.lang))


def _page_lang(tag: str) -> str:
    """``<html lang>`` as a base language tag; a page's wrong or unknown tag is ignored."""
    try:
        return base_language(normalize_lang(tag, "<html lang>")) if tag else ""
    except InputError:
        return ""


def read_md(source: Source) -> Article:
    """A Markdown article with its front matter."""
    check_markdown(source.text, source.limits, source.where)
    return read_markdown(source.text, source.url, source.where)


def read_txt(source: Source) -> Article:
    """An article saved as plain text."""
    return read_text(source.text, "", source.url)


READERS: dict[str, Reader] = {"html": read_html, "md": read_md, "txt": read_txt}


def read(fmt: str, source: Source) -> Article:
    """The article in ``source``, read by the reader of ``fmt`` (one of :data:`READERS`)."""
    return READERS[fmt](source)
