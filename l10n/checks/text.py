"""Checks on the text as text: Unicode form, spacing, copies, doubled words and length."""

from __future__ import annotations

import operator
import re
import unicodedata

from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.checks.markup import EMAIL_RE, URL_RE
from l10n.model.langtag import base_language
from l10n.model.placeholders import strip

# A space before a comma or a full stop, not one before a decimal (" .5") or an ellipsis.
_SPACE_BEFORE = {",": re.compile(r" ,"), ".": re.compile(r" \.(?![.\d])")}
_DOUBLE_SPACE = re.compile(r"\S( {2,}|\u00a0 | \u00a0)\S")
# What the double space and the space before a mark start with: one scan for the three
# ("  ", " ,", " .") where three ``in`` tests took 0.56 us a bench translation, it 0.35.
_SPACE_THEN = re.compile(r" [ ,.]")
_DOUBLED = re.compile(r"(?<!\w)(\w+)\s+\1(?!\w)", re.IGNORECASE)
_DOUBLED_LOWER = re.compile(r"(?<!\w)(\w+)\s+\1(?!\w)")
_LETTER = re.compile(r"[^\W\d_]")

# Legitimate repetitions: French reflexive "nous nous", English "had had", and Vietnamese
# reduplicatives ("người người": everyone) which are grammar, not typos.
_DOUBLING_ALLOWED = {
    "fr": frozenset("nous vous".split()),
    "en": frozenset("that had is".split()),
    # Vietnamese reduplicatives are words of their own: "song song" (parallel), "dần dần"
    # (gradually), "luôn luôn" (always), "mãi mãi" (forever), "đều đều" (steadily); and two
    # words of two syllables may meet on the same one: "toàn bộ bộ máy", "hành vi vi phạm",
    # "năng lực lực lượng", "biện pháp pháp lý".
    "vi": frozenset(
        "người nhà ngày đời từ đâu xa thường lâu nhiều hàng lớp ai năm tháng mỗi từng song dần"
        " luôn mãi đều chầm khắp bộ vi lực pháp".split()
    ),
}

# Typical length of a translation relative to its source (characters), per language pair;
# a unit is flagged only when far outside it (below 40 % or above 250 % of the norm).
LENGTH_RATIO = {
    ("fr", "en"): 0.9,
    ("en", "fr"): 1.15,
    ("fr", "vi"): 0.95,
    ("vi", "fr"): 1.1,
    ("en", "vi"): 1.05,
    ("vi", "en"): 0.95,
}
_MIN_LENGTH = 20
_LONG_COPY = 8  # words: a copied sentence this long is an error, not a doubt
UNTRANSLATED = "untranslated"  # its id: `l10n check` folds its findings into a count


@check(
    UNTRANSLATED,
    Severity.WARNING,
    on_empty=True,
    explain=(
        "A unit with no translation yet. Never published: export shows the source text (or "
        "refuses the article under its threshold). Translate it, or leave it: this is a reminder,"
        " not a fault."
    ),
)
def untranslated(unit: Unit) -> list[str]:
    """A unit still waiting for its translation."""
    return [] if unit.target else ["not translated yet"]


@check(
    "nfc",
    Severity.ERROR,
    explain=(
        "The translation is not in Unicode NFC: Vietnamese typed with combining accents looks "
        "right but breaks search, sorting and some fonts. Normalize the text (most editors have a"
        " command for it); there is no reason to suppress it."
    ),
)
def nfc(unit: Unit) -> list[str]:
    """Text not in NFC: Vietnamese typed with combining marks looks right but breaks search."""
    if unit.target.isascii() or unicodedata.is_normalized("NFC", unit.target):
        return []
    at = next(
        i
        for i, c in enumerate(unit.target)
        if not unicodedata.is_normalized("NFC", unit.target[max(0, i - 1) : i + 2])
    )
    return [f"not in Unicode NFC (from character {at + 1}); normalize it"]


@check(
    "whitespace",
    Severity.WARNING,
    explain=(
        "Leading or trailing whitespace unlike the source's, a double space the source lacks, or "
        "a space before a comma or a full stop (no language here writes one: 'qua mạng , nhắm'). "
        "Usually a stray keystroke."
    ),
)
def whitespace(unit: Unit) -> list[str]:
    """Leading or trailing whitespace unlike the source's, or doubled spaces the source lacks."""
    source, target = unit.source, unit.target
    problems = []
    if target[:1].isspace() != source[:1].isspace():
        problems.append("leading whitespace differs from the source")
    if target[-1:].isspace() != source[-1:].isspace():
        problems.append("trailing whitespace differs from the source")
    if "\u00a0" not in target and not _SPACE_THEN.search(target):
        return problems  # no space before a space, a comma or a full stop: the usual case
    # The no-break space looked up alone first: one character is found four times faster.
    spaced = "  " in target or ("\u00a0" in target and ("\u00a0 " in target or " \u00a0" in target))
    if spaced and _DOUBLE_SPACE.search(target) and not _DOUBLE_SPACE.search(source):
        problems.append("double space")
    if " ," in target or " ." in target:  # seldom: a stray space before a mark
        for mark, name in ((",", "comma"), (".", "full stop")):
            if f" {mark}" not in source and _SPACE_BEFORE[mark].search(target):
                problems.append(f"space before a {name}")
    return problems


@check(
    "unchanged",
    Severity.WARNING,
    explain=(
        "A short translation (under eight words) identical to its source, or differing only in "
        "punctuation or spacing, although the source has ordinary words (names, acronyms, codes "
        "and e-mail addresses are the same everywhere and not flagged). A "
        "longer sentence left as the source is the 'copied' error. Suppress when the words really "
        "are the same in both languages."
    ),
)
def unchanged(unit: Unit) -> list[str]:
    """A short translation identical to a source that has words to translate."""
    words = _copied_words(unit)
    return ["same as the source"] if 2 <= len(words) < _LONG_COPY else []


@check(
    "copied",
    Severity.ERROR,
    explain=(
        "A sentence of eight or more words left as the source (punctuation and spacing aside): "
        "published as is, readers "
        "get the wrong language. Translate it; suppress only for a quotation meant to stay in the "
        "original language."
    ),
)
def copied(unit: Unit) -> list[str]:
    """A long sentence left exactly as the source."""
    words = _copied_words(unit)
    return [f"{len(words)}-word sentence left as the source"] if len(words) >= _LONG_COPY else []


_WORDS = re.compile(r"\w+")
_SAME_START = 6  # a copy starts as the source does


def _copied_words(unit: Unit) -> list[str]:
    """The words of a source the translation copies exactly, when it has some to translate
    (names, acronyms and codes such as "OIM", "Kendra Rinas", "COVID-19" are the same
    everywhere); empty otherwise. A copy that only changed punctuation or spacing ("Merci
    beaucoup./." left as "Merci beaucoup.", "lutte ?" as "lutte?") is still a copy; the
    first characters are compared first, so that a translation that starts otherwise (nearly
    all) is not split into words."""
    source, target = unit.source.strip(), unit.target.strip()
    if source != target and (
        source[:_SAME_START] != target[:_SAME_START]
        or _WORDS.findall(strip(source)) != _WORDS.findall(strip(target))
    ):
        return []
    if base_language(unit.source_lang) == base_language(unit.target_lang):
        return []
    plain = strip(unit.source)
    if "@" in plain or "://" in plain:  # addresses are the same in every language
        plain = EMAIL_RE.sub(" ", URL_RE.sub(" ", plain))
    words = [w for w in _WORDS.findall(plain) if _LETTER.search(w)]
    if all(w[0].isupper() or not w.islower() for w in words):
        return []
    return words


@check(
    "doubled-words",
    Severity.WARNING,
    explain=(
        "A word typed twice ('the the'); grammatical repetitions of each language (French 'nous "
        "nous', Vietnamese reduplicatives) and repetitions the source has too are allowed."
    ),
)
def doubled_words(unit: Unit) -> list[str]:
    """A word repeated, as in "the the"; allowed when the source repeats it too."""
    lowered = lowercase(unit.target)
    spaced = lowered.replace(".", " ").replace(",", " ").replace(";", " ").replace(":", " ")
    spaced = spaced.replace("!", " ").replace("?", " ").replace(")", " ").replace("”", " ")
    spaced = spaced.replace("»", " ").replace("(", " ").replace("«", " ").replace("“", " ")
    words = spaced.replace('"', " ").split()
    if not any(map(operator.eq, words, words[1:])):  # no word next to itself: the usual case
        # Nor two further on (no "a b a b"): tested here, _doubled_pairs is called only on
        # the few where it is (273 of the bench's 10,000; 2 ms a 10,000 units less).
        if not any(map(operator.eq, words, words[2:])):
            return []
        return _doubled_pairs(words, unit.target, unit.source)
    if not _DOUBLED_LOWER.search(lowered):
        return []
    allowed = _DOUBLING_ALLOWED.get(base_language(unit.target_lang), frozenset())
    source = {m.group(1).lower() for m in _DOUBLED.finditer(unit.source)}
    return [
        f"doubled word {m.group(0)!r}"
        for m in _DOUBLED.finditer(unit.target)
        if m.group(1).lower() not in allowed | source and _LETTER.search(m.group(1))
    ]


def _doubled_pairs(words: list[str], target: str, source: str) -> list[str]:
    """Two words typed twice ("sử dụng sử dụng", "in the in the"), with nothing but a space
    between ("des squelettes, des squelettes" repeats on purpose), unless the source repeats
    them too; ``words`` are the lower-case words of ``target``, punctuation aside, one of
    which equals the word two further on."""
    fours = zip(words, words[1:], words[2:], words[3:], strict=False)
    doubled = {f"{a} {b}" for a, b, c, d in fours if (a, b) == (c, d)}
    mine, theirs = lowercase(target), lowercase(source)
    return [
        f"doubled words '{p} {p}'"
        for p in sorted(doubled)
        if f"{p} {p}" in mine and f"{p} {p}" not in theirs
    ]


@check(
    "length",
    Severity.WARNING,
    explain=(
        "A translation far shorter or longer than the language pair's norm (below 40 % or above "
        "250 % of the usual ratio): text lost or added. Suppress for a deliberate summary."
    ),
)
def length(unit: Unit) -> list[str]:
    """A translation much shorter or longer than the language pair's norm: text lost or added."""
    source, target = strip(unit.source), strip(unit.target)
    if len(source) < _MIN_LENGTH:
        return []
    pair = (base_language(unit.source_lang), base_language(unit.target_lang))
    ratio = len(target) / len(source) / LENGTH_RATIO.get(pair, 1.0)
    if 0.4 <= ratio <= 2.5:
        return []
    return [
        f"{len(target)} characters for {len(source)} in the source "
        f"({'too short' if ratio < 1 else 'too long'} for {pair[0]}→{pair[1]})"
    ]


@check(
    "newline-count",
    Severity.WARNING,
    explain=(
        "A line break (\\n) added or lost: source and translation hold a different number of them, "
        "so lines of a poem, an address or a list are merged or split on publication."
    ),
)
def newline_count(unit: Unit) -> list[str]:
    """A line break added or lost."""
    want, got = unit.source.count("\n"), unit.target.count("\n")
    if want == got:
        return []
    return [f"{got} line break(s) for {want} in the source"]
