"""Where articles come from: files (text, HTML, Markdown), directories, standard input, URLs.

This is the I/O edge of ingest: it reads bytes, picks the reader by file type (or by sniffing
standard input), decides the article's language and source URL, and turns every failure into a
one-line :class:`~l10n.errors.InputError` naming the file or URL.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from l10n.catalog.fsio import decode_utf8, read_bytes, read_stream
from l10n.catalog.urlkey import normalize_url
from l10n.config import Config
from l10n.errors import InputError
from l10n.limits import Limits
from l10n.locale import normalize_lang
from l10n.model.article import Article
from l10n.model.inline import to_text
from l10n.readers import ReadReport, Source, read
from l10n.readers.profiles import Profile, load_profiles
from l10n.segment.rules import has_rules
from l10n.sources.charset import decode_page
from l10n.sources.detect import detect_lang
from l10n.sources.fetch import fetch

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
            inside = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.parts)
            )
            if not inside:
                raise InputError(
                    spec,
                    "no article files (.html, .md, .txt) in this directory",
                    "Give article files or a directory holding them",
                )
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
        raise InputError(
            spec, f"unsupported file type '{suffix}'", "Give an article as .html, .md or .txt"
        )
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if head.startswith(b"---\n") or head.startswith(b"---\r\n") or head.startswith(b"# "):
        return "md"
    return "txt"


def read_source(
    spec: str, lang: str | None = None, url: str = "", config: Config | None = None
) -> Article:
    """Read one article from a file, a URL or ``-`` (standard input)."""
    return read_article(spec, lang, url, config).article


def read_article(
    spec: str,
    lang: str | None = None,
    url: str = "",
    config: Config | None = None,
    estimate: bool = False,
) -> ReadReport:
    """:func:`read_source`, with what the reader left out (``ingest --dry-run`` shows it);
    ``estimate``: an HTML page's coverage is estimated even when the article looks whole.

    This is where the article's format, source URL and language are decided, each once.
    """
    limits = config.limits if config else Limits()
    profiles = load_profiles(config.profiles if config else None)
    fetched = ""
    if is_url(spec):
        page = fetch(spec, max_bytes=limits.max_bytes)
        fmt = _WEB_FORMATS.get(page.content_type, "html")
        data, charset, where, fetched = page.body, page.charset, spec, page.url
    else:
        where = "<stdin>" if spec == "-" else spec
        data = (
            read_stream(sys.stdin.buffer, where, limits)
            if spec == "-"
            else read_bytes(Path(spec), limits)
        )
        if b"\0" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(
                where, "binary data, not an article", "Give a text, HTML or Markdown file"
            )
        fmt, charset = _format(spec, data), None
    # HTML resolves its relative links against the address known so far.
    known = url or (fetched if fmt == "html" else "")
    report = _read_report(fmt, data, charset, known, where, limits, profiles, estimate)
    article = replace(
        report.article, source_url=source_url(url, report.article.source_url, fetched)
    )
    return replace(report, article=_finish(article, lang, config, where))


# Pages served as something else than HTML still go to the reader of their kind.
_WEB_FORMATS = {"text/markdown": "md", "text/plain": "txt"}


def _read(
    fmt: str,
    data: bytes,
    charset: str | None,
    url: str,
    where: str,
    limits: Limits,
    profiles: tuple[Profile, ...] = (),
) -> Article:
    """The article in ``data`` (:func:`_read_report` without the report)."""
    return _read_report(fmt, data, charset, url, where, limits, profiles).article


def _read_report(
    fmt: str,
    data: bytes,
    charset: str | None,
    url: str,
    where: str,
    limits: Limits,
    profiles: tuple[Profile, ...] = (),
    estimate: bool = False,
) -> ReadReport:
    """The article in ``data`` (decoded here) as the reader of ``fmt`` reads it; ``url`` is the
    address known so far, which stands in for a broken address of the document's own."""
    if fmt == "html":
        text = decode_page(data, charset)[0]
    else:
        text = decode_page(data, charset)[0] if charset else decode_utf8(data, where)
    report = read(fmt, Source(text, url, where, limits, profiles, estimate))
    article = report.article
    limits.check_elements(len(article.blocks), where)
    article = replace(article, source_url=source_url("", article.source_url, url))
    return replace(report, article=article)


def source_url(flag: str, own: str, fetched: str = "") -> str:
    """The article's source URL: ``--url``, then the document's own address (canonical link,
    front matter, ``Source :`` line) when it is a valid one, then where it was fetched from.

    A broken address of the document's own is not worth failing for: the next one stands in.
    """
    if flag:
        return flag
    if own and _valid_url(own):
        return own
    return fetched


def _valid_url(url: str) -> bool:
    try:
        normalize_url(url)
    except InputError:
        return False
    return True


def _check_segmentable(lang: str, where: str) -> None:
    """Refuse a page that says it is in a language l10n has no sentence rules for: its units
    would be cut wrongly. ``--lang`` (or ``source_lang``) reads it as another language."""
    if not has_rules(lang):
        raise InputError(
            where,
            f"the page is in '{lang}', a language l10n cannot split into sentences",
            "Pass --lang (fr, vi or en) to read it as that language",
        )


def _finish(article: Article, lang: str | None, config: Config | None, where: str) -> Article:
    """Settle the language (``--lang``, then the document's, then ``l10n.toml``'s, then a
    guess from the text) and check the article is usable."""
    body = " ".join(to_text(b.text, b.attrs) for b in article.blocks if b.kind.value != "title")
    if len(body.split()) < 3:
        raise InputError(
            where,
            "no article text found",
            "Check that the page or file holds an article (not only navigation)",
        )
    if not lang and article.lang:
        _check_segmentable(article.lang, where)
    chosen = (
        lang
        or article.lang
        or (config.source_lang if config else None)
        or detect_lang("\n".join(to_text(b.text, b.attrs) for b in article.blocks))
    )
    if not chosen:
        raise InputError(where, "cannot tell the article's language", "Pass --lang fr, vi or en")
    article = replace(article, lang=normalize_lang(chosen))
    if not article.source_url:
        raise InputError(
            where,
            "no source URL (no canonical link or 'Source : https://…' line)",
            "Pass --url with the article's address",
        )
    return article
