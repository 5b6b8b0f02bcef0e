"""The skeleton: everything export needs besides the translations, stored as ``skeleton.json``.

It records the article's metadata and, per block, its kind, attributes, source segments and
the separators between them, so that a catalog directory is self-sufficient: export rebuilds the
article from the skeleton and a PO file without the source page or the network.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from l10n.errors import CatalogError
from l10n.model import inline
from l10n.model.article import BlockKind

FORMAT_VERSION = 1
# A surrogate can reach decoded JSON only through an escape from \\uD800 to \\uDFFF.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True, slots=True)
class SkeletonBlock:
    """A block as segments (translation units) and the separators that glue them back."""

    kind: BlockKind
    segments: tuple[str, ...]
    separators: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = ()

    def join(self, texts: list[str]) -> str:
        """The block's text with each segment replaced by ``texts`` (same length)."""
        parts = [self.separators[0]]
        for text, sep in zip(texts, self.separators[1:], strict=True):
            parts += [text, sep]
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class Skeleton:
    """An article's structure and metadata, without its translatable text's translations."""

    source_url: str
    lang: str
    blocks: tuple[SkeletonBlock, ...]
    title: str = ""
    published: dt.date | None = None
    site: str = ""
    byline: str = ""

    def units(self) -> list[tuple[str, str, BlockKind]]:
        """(msgid, reference, kind) for every segment in article order; references are
        ``block-N:M`` (block N, sentence M), which gettext tools read as file:line."""
        return [
            (seg, f"block-{b}:{s}", block.kind)
            for b, block in enumerate(self.blocks, 1)
            for s, seg in enumerate(block.segments, 1)
        ]

    def placeholder_notes(self) -> dict[str, list[str]]:
        """msgid → what its placeholders stand for (``<1> = link to …``), for ``#.`` comments."""
        notes: dict[str, list[str]] = {}
        for block in self.blocks:
            if not any(key.startswith(inline.PREFIX) for key, _ in block.attrs):
                continue
            for seg in block.segments:
                for line in inline.describe(seg, block.attrs):
                    if line not in notes.setdefault(seg, []):
                        notes[seg].append(line)
        return notes


def to_json(skel: Skeleton) -> str:
    """Stable, diff-friendly JSON (one key order, UTF-8 kept readable)."""
    data = {
        "format": FORMAT_VERSION,
        "source_url": skel.source_url,
        "lang": skel.lang,
        "title": skel.title,
        "published": skel.published.isoformat() if skel.published else None,
        "site": skel.site,
        "byline": skel.byline,
        "blocks": [
            {
                "kind": b.kind.value,
                "segments": list(b.segments),
                "separators": list(b.separators),
                "attrs": dict(b.attrs),
            }
            for b in skel.blocks
        ],
    }
    return _indented(data, "\n") + "\n"


_encode_str = json.encoder.encode_basestring


def _indented(value: object, newline: str) -> str:
    """What ``json.dumps(value, ensure_ascii=False, indent=1)`` writes, byte for byte.

    ``indent`` makes the json module fall back to its pure-Python encoder, which cost more
    than all the rest of writing a skeleton; strings still go through the C escaper here.
    """
    if isinstance(value, str):
        return str(_encode_str(value))
    inner = newline + " "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{inner}{_encode_str(key)}: {_indented(item, inner)}" for key, item in value.items()
        ]
        return "{" + ",".join(items) + newline + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ",".join(inner + _indented(item, inner) for item in value) + newline + "]"
    return json.dumps(value)


def _strings(value: Any, what: str) -> tuple[str, ...]:
    """A JSON list of strings as a tuple; a hand-edited file may hold anything.

    ``str.join`` refuses any item that is not a string, in C: export reads thousands of these.
    """
    try:
        if type(value) is list:
            "".join(value)
            return tuple(value)
    except TypeError:
        pass
    raise ValueError(f"{what} must be a list of strings")


def _block(raw: dict[str, Any]) -> SkeletonBlock:
    block = SkeletonBlock(
        BlockKind(raw["kind"]),
        _strings(raw["segments"], "segments"),
        _strings(raw["separators"], "separators"),
        tuple((str(k), str(v)) for k, v in raw.get("attrs", {}).items()),
    )
    if len(block.separators) != len(block.segments) + 1:
        raise ValueError("separators do not match segments")
    return block


def from_json(text: str, where: str) -> Skeleton:
    """Read a skeleton back, refusing anything that does not have the expected shape."""
    try:
        raw = json.loads(text)
        if _SURROGATE_ESCAPE.search(text):  # a lone "\ud800" would fail only when written out
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        if raw.get("format") != FORMAT_VERSION:
            raise ValueError(f"unsupported format {raw.get('format')!r}")
        published = raw.get("published")
        return Skeleton(
            source_url=str(raw["source_url"]),
            lang=str(raw["lang"]),
            blocks=tuple(_block(b) for b in raw["blocks"]),
            title=str(raw.get("title", "")),
            published=dt.date.fromisoformat(published) if published else None,
            site=str(raw.get("site", "")),
            byline=str(raw.get("byline", "")),
        )
    except json.JSONDecodeError as exc:  # name the line, as for a PO file
        raise CatalogError(
            f"{where}:{exc.lineno}",
            f"not a valid l10n skeleton ({exc.msg})",
            "Re-ingest the article to rebuild it",
        ) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CatalogError(
            where, f"not a valid l10n skeleton ({exc})", "Re-ingest the article to rebuild it"
        ) from exc
