"""The opposites check: a word rendered by its opposite ("remarquables" → "disappointing",
"tăng" → "giảm", "des réseaux fermés" → "open networks").

A translation that reverses a word without a negation says the opposite of the source, and
no form check sees it: the negation check counts negations, and an antonym has none. The
concepts and their two poles are per-language data read by :mod:`l10n.checks.poles`. A unit
whose two sides hold different numbers of negations is left to the negation check: "not easy"
says "difficult".
"""

from __future__ import annotations

from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.checks.lexicon import NEGATION_CUES, OPPOSITES_FAIL
from l10n.checks.meaning import negations
from l10n.checks.poles import opposed
from l10n.model.langtag import base_language


def _failing(text: str, lang: str, forms: list[str]) -> bool:
    """Whether ``text`` holds a word that says an action fails ("still fails to respond
    adequately" is "reste insuffisante"), which turns others round as a negation does; not
    one within the ``forms`` of a pole it holds ("hardly any" says few, as "few" does)."""
    lowered = lowercase(text)
    for form in forms:
        lowered = lowered.replace(form, " ")
    return any(map(lowered.__contains__, OPPOSITES_FAIL.get(lang, ())))


@check(
    "opposites",
    Severity.WARNING,
    explain=(
        "A word rendered by its opposite, with as many negations on each side: 'des résultats "
        "remarquables' as 'disappointing results', 'tăng' as 'giảm', 'des réseaux fermés' as "
        "'open networks', 'peu qualifiés' as 'high-skilled', 'renforcer' as 'làm giảm'. "
        "Concepts and their two poles per language (more/less, hard/easy, important/minor, "
        "fast/slow, strong/weak, many/few, high/low, legal/illegal, add/remove, effective/"
        "ineffective, private/public sector, all/some, …) are data; "
        "a word that flips the next ('far from simple', 'bớt phức tạp') turns its pole; a "
        "translation is flagged when it says a pole of the source fewer times than the source "
        "does and the other more ('victimes … victimes' as 'victims … offenders', 'certains "
        "… toutes les formes' as 'some … some forms'). Suppress when the "
        "translation says the same thing the other way round ('plus difficile' as 'less easy')."
    ),
)
def opposites(unit: Unit) -> list[str]:
    """A word of the source rendered by its opposite."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in NEGATION_CUES or t_lang not in NEGATION_CUES:
        return []
    found = opposed(unit.source, s_lang, unit.target, t_lang)
    if not found or negations(unit.source, s_lang) != negations(unit.target, t_lang):
        return []  # a negation on one side turns a word into its opposite: the negation check's
    if _failing(unit.target, t_lang, [other for _, other in found]):
        return []  # "still fails to respond adequately" is "insuffisante": the negation check's
    return [
        f"'{word}' in the source, its opposite '{other}' in the translation"
        for word, other in found
    ]
