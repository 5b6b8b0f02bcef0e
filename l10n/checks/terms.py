"""The glossary check: entity names and terms rendered as the newsroom's glossary says."""

from __future__ import annotations

import re
from functools import lru_cache

from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.glossary import Glossary, Term, occurs

_ACRONYM = re.compile(r"\s*\([^()]*\)$")


_APOSTROPHES = str.maketrans("'’", "’'")


@lru_cache(maxsize=1024)
def _accepted(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The accepted forms, each also without a final parenthesised acronym ("Tổ chức Di cư
    Quốc tế (IOM)" is right as "Tổ chức Di cư Quốc tế" alone), and with the other apostrophe
    ("Agence vietnamienne d’information" is "d'information" typeset)."""
    shorter = tuple(_ACRONYM.sub("", f) for f in forms if _ACRONYM.search(f))
    both = forms + tuple(f for f in shorter if f)
    return both + tuple(f.translate(_APOSTROPHES) for f in both if "'" in f or "’" in f)


@lru_cache(maxsize=1024)
def _foreign_forms(term: Term, target_lang: str) -> tuple[tuple[str, str], ...]:
    """Forms of ``term`` in other languages than the target's (the source's, or a third:
    French "OIM" in a Vietnamese translation of English), each with its language, that are no
    form of it in the target."""
    targets = term.get(target_lang)
    inside = " ".join(targets)
    return tuple(
        (tag, f)
        for tag, forms in term.forms
        if tag != target_lang
        for f in forms
        if f not in targets and not occurs(f, inside)
    )


def _written(form: str, text: str) -> bool:
    """Whether ``text`` writes ``form``: as it is, or, for a form in lower case (a term, not a
    name), in any case ("Human Trafficking Is Organized Crime" writes "organized crime")."""
    return occurs(form, text) or (form.islower() and occurs(form, lowercase(text)))


@check(
    "glossary",
    Severity.WARNING,
    explain=(
        "Names and terms as glossary.csv says. A glossary term of the source must appear in one "
        "of its accepted target forms (a cell lists variants separated by ' | '; a form's final "
        "parenthesised acronym may be left out, either apostrophe is right, and a form in lower "
        "case, a term rather than a name, is found in any case, in the source as in the "
        "translation). A form of another language "
        "that is no target form ('OIM' in an English or a Vietnamese translation) must not "
        "appear, even beside the right one ('IOM')."
    ),
)
def glossary(unit: Unit) -> list[str]:
    """Glossary terms of the source in an accepted target form, and no source-language form."""
    terms = unit.context.glossary if unit.context else None
    if not isinstance(terms, Glossary) or not terms.terms:
        return []
    problems = []
    lowered = lowercase(unit.source)  # the runner's cue pass has it already
    for form, targets, term in terms.expected(
        unit.source, unit.source_lang, unit.target_lang, lowered
    ):
        if not any(_written(t, unit.target) for t in _accepted(targets)):
            problems.append(f"{form!r} should be rendered as {' or '.join(map(repr, targets))}")
        for tag, foreign in _foreign_forms(term, unit.target_lang):
            if occurs(foreign, unit.target):
                problems.append(f"{foreign!r} is the {tag} form; write {targets[0]!r}")
    return problems
