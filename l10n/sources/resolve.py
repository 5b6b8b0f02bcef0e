"""Where articles come from: files (text, HTML, Markdown), directories, standard input, URLs.

This is the I/O edge of ingest: it reads bytes, picks the reader by file type (or by sniffing
standard input), decides the article's language and source URL, and turns every failure into a
one-line :class:`~l10n.errors.InputError` naming the file or URL.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from l10n.catalog.fsio import decode_utf8, read_bytes, read_stream
from l10n.config import Config
from l10n.errors import InputError
from l10n.limits import Limits
from l10n.locale import base_language, normalize_lang
from l10n.model.article import Article
from l10n.model.inline import to_text
from l10n.model.textsafe import without_controls
from l10n.readers.profiles import Profile, load_profiles
from l10n.sources.detect import detect_lang

if TYPE_CHECKING:
    from l10n.readers.html import Dropped
    from l10n.readers.htmlcoverage import Coverage

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES


def expand(specs: list[str] | tuple[str, ...]) -> list[str]:
    """Each source as given, directories replaced by the article files they hold (sorted)."""
    found: list[str] = []
    for spec in specs:
        path = Path(spec)
        if spec != "-" and not is_url(spec) and path.is_dir():
            inside = sorted(str(p) for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                            and not any(part.startswith(".") for part in p.parts))
            if not inside:
                raise InputError(spec, "no article files (.html, .md, .txt) in this directory",
                                 "Give article files or a directory holding them")
            found += inside
        else:
            found.append(spec)
    return found


def is_url(spec: str) -> bool:
    """Whether a source is a web address rather than a file."""
    return spec.startswith(("http://", "https://"))


def _format(spec: str, data: bytes) -> str:
    """``html``, ``md`` or ``txt``: by suffix for files, by content for stdin and URLs."""
    suffix = Path(spec).suffix.lower() if spec != "-" else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if spec != "-" and suffix:
        raise InputError(spec, f"unsupported file type '{suffix}'",
                         "Give an article as .html, .md or .txt")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if head.startswith(b"---\n") or head.startswith(b"---\r\n") or head.startswith(b"# "):
        return "md"
    return "txt"


class ReadReport(NamedTuple):
    """An article as read, with what the HTML reader left out and how much of the page's
    article text it holds (nothing of the kind for other formats)."""

    article: Article
    dropped: tuple[Dropped, ...] = ()
    coverage: Coverage | None = None


def read_source(spec: str, lang: str | None = None, url: str = "",
                config: Config | None = None) -> Article:
    """Read one article from a file, a URL or ``-`` (standard input)."""
    return read_article(spec, lang, url, config).article


def read_article(spec: str, lang: str | None = None, url: str = "",
                 config: Config | None = None) -> ReadReport:
    """:func:`read_source`, with what the reader left out (``ingest --dry-run`` shows it)."""
    limits = config.limits if config else Limits()
    profiles = load_profiles(config.profiles if config else None)
    if is_url(spec):
        from l10n.sources.fetch import fetch

        page = fetch(spec, max_bytes=limits.max_bytes)
        fmt = _WEB_FORMATS.get(page.content_type, "html")
        # HTML needs the address to resolve relative links; any page's own canonical address
        # (link, front matter, Source line) wins over where it was fetched from.
        read = _read_report(fmt, page.body, page.charset, page.url if fmt == "html" else "",
                            spec, limits, profiles)
        article = read.article
        if not article.source_url:
            article = replace(article, source_url=page.url)
        return read._replace(article=_finish(article, lang, url, config, spec))
    where = "<stdin>" if spec == "-" else spec
    data = read_stream(sys.stdin.buffer, where, limits) if spec == "-" \
        else read_bytes(Path(spec), limits)
    if b"\0" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "binary data, not an article", "Give a text, HTML or Markdown file")
    read = _read_report(_format(spec, data), data, None, url, where, limits, profiles)
    return read._replace(article=_finish(read.article, lang, url, config, where))


# Pages served as something else than HTML still go to the reader of their kind.
_WEB_FORMATS = {"text/markdown": "md", "text/plain": "txt"}


def _read(fmt: str, data: bytes, charset: str | None, url: str, where: str,
          limits: Limits, profiles: tuple[Profile, ...] = ()) -> Article:
    """The article in ``data`` (:func:`_read_report` without the report)."""
    return _read_report(fmt, data, charset, url, where, limits, profiles).article


def _read_report(fmt: str, data: bytes, charset: str | None, url: str, where: str,
                 limits: Limits, profiles: tuple[Profile, ...] = ()) -> ReadReport:
    """The article in ``data`` read by the reader of ``fmt``; ``url`` is the address known so
    far, which a page's canonical link (only) may replace."""
    read = _read_format(fmt, data, charset, url, where, limits, profiles)
    article = read.article
    limits.check_elements(len(article.blocks), where)
    if article.source_url and not _valid_url(article.source_url):
        # A page's own broken address (canonical link, front matter, Source line) is not
        # worth failing for: the address known so far, or --url, stands in.
        article = replace(article, source_url=url)
    return read._replace(article=article)


def _valid_url(url: str) -> bool:
    from l10n.catalog.urlkey import normalize_url

    try:
        normalize_url(url)
    except InputError:
        return False
    return True


def _read_format(fmt: str, data: bytes, charset: str | None, url: str, where: str,
                 limits: Limits, profiles: tuple[Profile, ...]) -> ReadReport:
    if fmt == "html":
        return _read_html(data, charset, url, where, limits, profiles)
    from l10n.sources.charset import decode_page

    text = decode_page(data, charset)[0] if charset else decode_utf8(data, where)
    if fmt == "md":
        from l10n.readers.markdown import read_markdown
        from l10n.readers.mdlimits import check_markdown

        check_markdown(text, limits, where)
        return ReadReport(read_markdown(text, url, where))
    from l10n.readers.text import read_text

    return ReadReport(read_text(text, "", url, profiles))


def _read_html(data: bytes, charset: str | None, url: str, where: str,
               limits: Limits, profiles: tuple[Profile, ...]) -> ReadReport:
    """An HTML page's article; its canonical link wins over ``url``."""
    from l10n.readers.html import parse, read_page
    from l10n.readers.htmllimits import check_page
    from l10n.sources.charset import decode_page

    text, _ = decode_page(data, charset)
    text = without_controls(text)  # lxml refuses them in text and attribute values
    tree = parse(text)
    check_page(tree, limits, where)
    page = read_page(text, url, profiles, tree)
    article, meta = page.article, page.meta
    source = meta.url or url
    lang = meta.lang
    try:
        lang = base_language(normalize_lang(lang, "<html lang>")) if lang else ""
    except InputError:
        lang = ""
    return ReadReport(replace(article, source_url=source, lang=lang), page.dropped, page.coverage)


def _check_segmentable(lang: str, where: str) -> None:
    """Refuse a page that says it is in a language l10n has no sentence rules for: its units
    would be cut wrongly. ``--lang`` (or ``source_lang``) reads it as another language."""
    from l10n.segment.rules import has_rules

    if not has_rules(lang):
        raise InputError(where, f"the page is in '{lang}', a language l10n cannot split into "
                         "sentences", "Pass --lang (fr, vi or en) to read it as that language")


def _finish(article: Article, lang: str | None, url: str, config: Config | None,
            where: str) -> Article:
    """Settle the language and check the article is usable."""
    body = " ".join(to_text(b.text, b.attrs) for b in article.blocks if b.kind.value != "title")
    if len(body.split()) < 3:
        raise InputError(where, "no article text found",
                         "Check that the page or file holds an article (not only navigation)")
    if not lang and article.lang:
        _check_segmentable(article.lang, where)
    chosen = lang or article.lang or (config.source_lang if config else None) \
        or detect_lang("\n".join(to_text(b.text, b.attrs) for b in article.blocks))
    if not chosen:
        raise InputError(where, "cannot tell the article's language", "Pass --lang fr, vi or en")
    article = replace(article, lang=normalize_lang(chosen))
    if url:
        article = replace(article, source_url=url)
    if not article.source_url:
        raise InputError(where, "no source URL (no canonical link or 'Source : https://…' line)",
                         "Pass --url with the article's address")
    return article
