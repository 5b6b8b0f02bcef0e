"""Writers: turn an :class:`~l10n.model.article.Article` into a page in one output format.

Each format lives in its own module with one pure function, ``render(article) -> str``; the
caller does the I/O. Modules are imported on demand so that exporting text never loads the
HTML writer.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from l10n.errors import InputError
from l10n.model.article import Article

FORMATS = ("html", "md", "txt")

# Format name → module in this package; the names in FORMATS are a CLI contract.
_MODULES = {"html": "html", "md": "markdown", "txt": "text"}


def render(article: Article, fmt: str) -> str:
    """Render ``article`` as ``fmt`` (one of :data:`FORMATS`)."""
    return renderer(fmt)(article)


def renderer(fmt: str) -> Callable[[Article], str]:
    """The render function for ``fmt``, importing only that writer."""
    if fmt not in _MODULES:
        raise InputError("--format", f"unknown format {fmt!r}", "Use one of html, md, txt")
    function: Callable[[Article], str] = import_module(f"{__name__}.{_MODULES[fmt]}").render
    return function
