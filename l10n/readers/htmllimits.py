"""Refuse pages too deep or too big for the HTML reader, instead of losing their text.

libxml2 (under lxml) stops building the tree at depth 256 and silently drops everything
after that point, including the rest of the article; with ``huge_tree`` it goes to 2048 and
then does the same. So a page is measured first, with the larger bound, and refused with the
limit named when it is nested deeper than ``[limits] max_depth`` (which cannot exceed what the
parser keeps) or holds more than ``max_elements`` elements.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from l10n.limits import Limits

PARSER_MAX_DEPTH = 2048  # libxml2's bound with XML_PARSE_HUGE; deeper content is dropped


def check_page(tree: HtmlElement, limits: Limits, where: str) -> None:
    """Raise :class:`~l10n.errors.InputError` when the parsed page (parsed with ``huge_tree``,
    as :func:`l10n.readers.html.parse` does) is over a structural limit. Both measures run in
    libxml2's XPath engine: a Python walk over every element cost a tenth of an ingest."""
    # An element max_depth + 1 levels down (the root is level 1); a page cut off by the parser
    # at PARSER_MAX_DEPTH is over any max_depth the parser can honour.
    deep = bool(tree.xpath("boolean(" + "/*" * (min(limits.max_depth, PARSER_MAX_DEPTH) + 1)
                           + ")"))
    limits.check_depth(limits.max_depth + 1 if deep else 0, where)
    limits.check_elements(int(tree.xpath("count(//*)")), where)
