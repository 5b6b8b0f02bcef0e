"""The glossary check: entity names and terms rendered as the newsroom's glossary says."""

from __future__ import annotations

from l10n.checks import Unit
from l10n.glossary import Glossary, occurs


def glossary(unit: Unit) -> list[str]:
    """Each glossary term found in the source must appear in one of its accepted target forms."""
    terms = unit.context.glossary if unit.context else None
    if not isinstance(terms, Glossary) or not terms.terms:
        return []
    problems = []
    for form, targets, _term in terms.expected(unit.source, unit.source_lang, unit.target_lang):
        if not any(occurs(t, unit.target) for t in targets):
            problems.append(f"{form!r} should be rendered as {' or '.join(map(repr, targets))}")
    return problems
