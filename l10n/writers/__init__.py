"""Writers: a localized article as a page in one output format.

One registry, :data:`WRITERS`, maps each ``--format`` to a function of the localized article
and its catalog key. The page formats (html, md, txt) draw the article alone, each with one
pure ``render(article) -> str`` in its own module; ``json`` also tells a CMS each unit's state.
The caller does the I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from l10n.errors import InputError
from l10n.localize import Localized
from l10n.model.article import Article
from l10n.writers import html, jsondoc, markdown, text

Page = Callable[[Article], str]
T = TypeVar("T")
Writer = Callable[[Localized, str], str]

# The page writers by format name; the names are a CLI contract.
PAGES: dict[str, Page] = {"html": html.render, "md": markdown.render, "txt": text.render}


def _page(render_page: Page) -> Writer:
    """A page writer as a registry entry: the key is not drawn on the page."""
    return lambda doc, _key: render_page(doc.article)


WRITERS: dict[str, Writer] = {
    **{fmt: _page(function) for fmt, function in PAGES.items()},
    "json": jsondoc.render_json,
}
FORMATS = tuple(WRITERS)
PAGE_FORMATS = tuple(PAGES)


def write(doc: Localized, fmt: str, key: str) -> str:
    """The localized article ``doc`` (catalog ``key``) as ``fmt``, one of :data:`FORMATS`."""
    return _lookup(WRITERS, fmt)(doc, key)


def render(article: Article, fmt: str) -> str:
    """An article as a page in ``fmt``, one of :data:`PAGE_FORMATS`."""
    return _lookup(PAGES, fmt)(article)


def _lookup(registry: dict[str, T], fmt: str) -> T:
    if fmt not in registry:
        raise InputError("--format", f"unknown format {fmt!r}", f"Use one of {', '.join(registry)}")
    return registry[fmt]
