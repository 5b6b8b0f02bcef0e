"""Refuse Markdown nested deeper than ``[limits] max_depth`` instead of losing its text.

markdown-it stops reading a document at its ``maxNesting`` and drops the rest without a word
(with CommonMark's default, ten nested list items lose the remainder of the article), and each
level costs Python stack frames. So the body is measured first with a bound just over the limit
and refused, naming the limit, when it reaches it; the reader itself runs with a bound above
any allowed limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.limits import Limits

if TYPE_CHECKING:
    from markdown_it.token import Token

_CONTAINERS = frozenset(
    {
        "blockquote_open",
        "blockquote_close",
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
    }
)


def check_markdown(body: str, limits: Limits, where: str) -> None:
    """Raise :class:`~l10n.errors.InputError` when ``body`` is nested over ``max_depth``."""
    from markdown_it import MarkdownIt  # noqa: PLC0415  (heavy: only Markdown sources)

    bound = 2 * limits.max_depth + 4
    try:
        tokens = MarkdownIt("commonmark", {"maxNesting": bound}).parse(body)
    except RecursionError:
        deepest = limits.max_depth + 1
    else:
        deepest = _containers(tokens)
        if any(token.level >= bound - 1 for token in tokens):  # markdown-it stopped there
            deepest = limits.max_depth + 1
    limits.check_depth(deepest, where)


def _containers(tokens: list[Token]) -> int:
    """How deep lists and block quotes nest."""
    depth = deepest = 0
    for token in tokens:
        if token.type in _CONTAINERS:
            depth += token.nesting
            deepest = max(deepest, depth)
    return deepest
