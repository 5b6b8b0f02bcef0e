"""Refuse pages too deep or too big for the HTML reader, instead of losing their text.

libxml2 (under lxml) stops building the tree at depth 256 and silently drops everything
after that point, including the rest of the article; with ``huge_tree`` it goes to 2048 and
then does the same. So a page is measured first, with the larger bound, and refused with the
limit named when it is nested deeper than ``[limits] max_depth`` (which cannot exceed what the
parser keeps) or holds more than ``max_elements`` elements.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from l10n.limits import Limits

PARSER_MAX_DEPTH = 2048  # libxml2's bound with XML_PARSE_HUGE; deeper content is dropped


def check_page(text: str, limits: Limits, where: str) -> None:
    """Raise :class:`~l10n.errors.InputError` when the page is over a structural limit."""
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return  # nothing to measure: the reader reports an empty page
    depth = deepest = elements = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            elements += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    limits.check_depth(
        min(deepest, limits.max_depth + 1) if deepest >= PARSER_MAX_DEPTH - 2 else deepest, where
    )
    limits.check_elements(elements, where)
