"""Keep what an engine must not touch out of its reach, and check what comes back.

Placeholders (``<1>…</1>``), URLs and glossary names are replaced by numbered shields
(``⟦1⟧``) before a text goes to an engine; engines pass such opaque tokens through. On return
every shield must come back exactly once; names are restored in the glossary's target form,
and the restored text's placeholders, numbers and URLs are compared with the source. A result
that fails is not used.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from l10n.checks.markup import URL_RE
from l10n.glossary import Glossary, occurs
from l10n.model import placeholders

SHIELD_RE = re.compile(r"⟦(\d{1,4})⟧")


@dataclass(frozen=True, slots=True)
class Shielded:
    """A text ready for an engine and how to put back what it hides."""

    text: str
    restore: tuple[str, ...]  # shield k (1-based) stands for restore[k-1] in the target


def _spans(text: str, glossary: Glossary, src: str,
           tgt: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement in the target) of every part to shield, left to right."""
    spans = [(t.start, t.end, t.text) for t in placeholders.tokens(text)]
    spans += [(m.start(), m.end(), m.group()) for m in URL_RE.finditer(text)]
    for form, targets, _term in glossary.expected(text, src, tgt):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            spans.append((match.start(), match.end(), targets[0]))
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:  # a URL inside a glossary hit (or the reverse) is shielded once
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def shield(text: str, glossary: Glossary, src: str, tgt: str) -> Shielded:
    """``text`` with placeholders, URLs and glossary names replaced by ``⟦k⟧``."""
    out: list[str] = []
    restore: list[str] = []
    last = 0
    for start, end, target in _spans(text, glossary, src, tgt):
        restore.append(target)
        out += [text[last:start], f"⟦{len(restore)}⟧"]
        last = end
    out.append(text[last:])
    return Shielded("".join(out), tuple(restore))


def unshield(result: str, shielded: Shielded) -> tuple[str, list[str]]:
    """The engine's ``result`` with shields put back, and why it cannot be used (if so)."""
    seen = Counter(int(m.group(1)) for m in SHIELD_RE.finditer(result))
    wanted = range(1, len(shielded.restore) + 1)
    problems = [f"lost {shielded.restore[k - 1]!r}" for k in wanted if seen[k] == 0]
    problems += [f"repeated {shielded.restore[k - 1]!r}" for k in wanted if seen[k] > 1]
    problems += [f"invented shield ⟦{k}⟧" for k in seen if not 1 <= k <= len(shielded.restore)]
    if problems:
        return result, problems

    def put_back(match: re.Match[str]) -> str:
        return shielded.restore[int(match.group(1)) - 1]

    return SHIELD_RE.sub(put_back, result), []


def check(source: str, translation: str, src: str, tgt: str) -> list[str]:
    """Why ``translation`` lost or invented a placeholder, URL or number of ``source``.

    The same rules as ``l10n check`` (placeholders, URLs, numbers by value in each language's
    notation), so an engine's answer that passes here also passes there.
    """
    from l10n.checks import Unit
    from l10n.checks.markup import placeholders as placeholder_problems
    from l10n.checks.markup import urls as url_problems
    from l10n.checks.numbers import numbers

    unit = Unit(source, translation, src, tgt)
    return [*placeholder_problems(unit), *url_problems(unit), *numbers(unit)]


def glossary_problems(source: str, translation: str, glossary: Glossary, src: str,
                      tgt: str) -> list[str]:
    """Glossary names of ``source`` that ``translation`` does not write in an accepted form."""
    return [f"{form!r} should be {targets[0]!r}"
            for form, targets, _term in glossary.expected(source, src, tgt)
            if not any(occurs(t, translation) for t in targets)]
