"""The glossary check: entity names and terms rendered as the newsroom's glossary says."""

from __future__ import annotations

from l10n.checks.base import Severity, Unit, check
from l10n.glossary import Glossary, occurs


@check("glossary", Severity.WARNING, explain=(
    'Names and terms as glossary.csv says: a glossary term of the source must appear in one '
    "of its accepted target forms (cells list variants separated by ' | '; a form's "
    'parenthesised acronym may be left out), and a source-language form that is not a target '
    "form ('OIM' in English) must not appear in the translation, even beside the right one."))
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
