"""JSON writer: the localized article for a CMS, with metadata, blocks and each unit's state.

Unlike the page writers it takes the whole :class:`~l10n.localize.Localized` result, because a
CMS wants to know which units are translated, which fell back to the source and why.
"""

from __future__ import annotations

import json
from typing import Any

from l10n.localize import Localized, State

FORMAT = "l10n-article"
VERSION = 1


def render_json(result: Localized, key: str) -> str:
    """The document as stable, UTF-8-readable JSON ending with a newline."""
    article = result.article
    tally = result.tally()
    extra = dict(article.extra)
    by_block: dict[str, list[dict[str, object]]] = {}
    for record in result.records:  # refs are block-N:M
        by_block.setdefault(record.ref.partition(":")[0], []).append(record.as_dict())
    blocks = [
        {
            "kind": block.kind.value,
            "text": block.text,
            "attrs": dict(block.attrs),
            "units": by_block.get(f"block-{number}", []),
        }
        for number, block in enumerate(article.blocks, 1)
    ]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "key": key,
        "lang": article.lang,
        "source_lang": extra.get("source-lang", article.lang),
        "source_url": article.source_url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "site": article.site,
        "byline": article.byline,
        "alternates": [v for k, v in article.extra if k == "alternate"],
        "counts": {
            "units": tally.units,
            "used": tally.units - tally.fallbacks,
            "fallbacks": tally.fallbacks,
            "percent": round(tally.percent, 1),
            **{s.value: tally.count(s) for s in State},
            "broken": len(tally.broken),
        },
        "blocks": blocks,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
